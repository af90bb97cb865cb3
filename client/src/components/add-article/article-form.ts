// Where an article comes in: pasted text, a .txt/.html file read in the browser (an HTML file
// goes to the server as HTML, whose main text it reads), or a URL the server fetches; plus what is
// known of it (title, outlet, URL, date, language). It only gathers: the view runs the requests.
import { INGEST_LANGUAGES, type ExtractBody, type FetchResponse } from '../../../../contract/ingest.ts';
import { h, uid } from '../dom.ts';

export interface ArticleForm {
  /** Fills the text and whatever the fetched page said of itself (fields the user filled stay). */
  fill(page: FetchResponse): void;
  setBusy(busy: boolean): void;
}

type Language = ExtractBody['language'];

export function createArticleForm(
  root: HTMLElement,
  opts: { onExtract(body: ExtractBody): void; onFetch(url: string): void },
): ArticleForm {
  const input = (attrs: Record<string, string>) => h('input', { id: uid('add-field'), ...attrs });
  const text = h('textarea', {
    id: uid('add-field'),
    class: 'add-textarea',
    rows: 8,
    'data-testid': 'add-text',
    placeholder: 'Paste the article text here…',
  });
  const file = input({ type: 'file', accept: '.txt,.html,.htm,text/plain,text/html', 'data-testid': 'add-file' });
  const url = input({ type: 'url', placeholder: 'https://…', 'data-testid': 'add-url' });
  const title = input({ type: 'text', 'data-testid': 'add-title' });
  const outlet = input({ type: 'text', 'data-testid': 'add-outlet' });
  const date = input({ type: 'date', 'data-testid': 'add-date' });
  const language = h(
    'select',
    { id: uid('add-field'), 'data-testid': 'add-language' },
    ...INGEST_LANGUAGES.map((l) => h('option', { value: l }, l)),
  );
  const fetchButton = h('button', { type: 'button', class: 'small-button', 'data-testid': 'add-fetch' }, 'Read the page');
  const extract = h('button', { type: 'submit', class: 'primary-button', 'data-testid': 'add-extract' }, 'Extract');
  const fileNote = h('p', { class: 'hint', 'aria-live': 'polite' });
  /** An uploaded HTML page, sent as such; typing in the text box replaces it. */
  let html: string | null = null;

  const labelled = (label: string, control: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { class: 'field-label', for: control.id }, label), control);
  const form = h(
    'form',
    { class: 'article-form', 'data-testid': 'add-form' },
    labelled('Article text', text),
    h('div', { class: 'row' }, labelled('Or a .txt / .html file', file)),
    fileNote,
    h('div', { class: 'row url-row' }, labelled('URL', url), fetchButton),
    h(
      'div',
      { class: 'meta-grid' },
      labelled('Title', title),
      labelled('Outlet', outlet),
      labelled('Publication date', date),
      labelled('Language', language),
    ),
    h('div', { class: 'row' }, extract),
  );
  root.append(form);

  text.addEventListener('input', () => {
    html = null;
    fileNote.textContent = '';
  });
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (!picked) return;
    void picked.text().then((content) => {
      const isHtml = /\.html?$/i.test(picked.name) || picked.type === 'text/html';
      html = isHtml ? content : null;
      text.value = isHtml ? '' : content;
      fileNote.textContent = isHtml
        ? `${picked.name}: an HTML page; the server reads its main text on Extract.`
        : `${picked.name} loaded below.`;
    });
  });
  fetchButton.addEventListener('click', () => {
    if (url.value.trim()) opts.onFetch(url.value.trim());
    else url.focus();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const known = (el: HTMLInputElement) => el.value.trim() || undefined;
    const meta = {
      title: known(title),
      outlet: known(outlet),
      url: known(url),
      publishedDate: known(date),
      language: language.value as Language,
    };
    if (html !== null) opts.onExtract({ html, ...meta });
    else if (text.value.trim()) opts.onExtract({ text: text.value, ...meta });
    else text.focus();
  });

  return {
    fill(page) {
      text.value = page.text;
      html = null;
      url.value = page.url;
      if (page.title && !title.value) title.value = page.title;
      if (page.outlet && !outlet.value) outlet.value = page.outlet;
      if (page.publishedDate && !date.value && /^\d{4}-\d{2}-\d{2}$/.test(page.publishedDate)) date.value = page.publishedDate;
      if (page.language && (INGEST_LANGUAGES as readonly string[]).includes(page.language)) language.value = page.language;
    },
    setBusy(busy) {
      extract.disabled = busy;
      fetchButton.disabled = busy;
    },
  };
}
