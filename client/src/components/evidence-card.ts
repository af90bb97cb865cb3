// One piece of evidence: the verbatim sentence, the article it comes from (title, date, with an
// inferred year flagged, outlet and a link to the original), and on demand the sentence highlighted inside the article text —
// first a short excerpt around it, then the whole article scrolled to the highlight.
import type { Article, ArticleMetadata } from '../../../contract/api/articles.ts';
import { getArticle } from '../evidence/article-store.ts';
import { articleDate, safeHttpUrl, type Evidence } from '../evidence/evidence.ts';
import { excerpt, locateEvidence, type Located } from '../evidence/locate.ts';
import { h, uid } from './dom.ts';

/** The sentence with the clause that states the fact (when known) emphasised. */
function withClause(sentence: string, clause: string | undefined): (string | HTMLElement)[] {
  const at = clause ? locateEvidence(sentence, clause) : null;
  return at ? [at.before, h('strong', { class: 'clause', 'data-testid': 'evidence-clause' }, at.match), at.after] : [sentence];
}

/**
 * An article's date: a <time>, and when only the year is inferred a "year inferred" badge that,
 * when the data says why, toggles the reasoning into `inference` (an element the caller places).
 */
export function articleDateParts(a: ArticleMetadata, inference: HTMLElement): HTMLElement[] {
  const d = articleDate(a);
  const time = h('time', { datetime: a.date ?? a.inferredDate ?? '' }, d.text);
  if (!d.inferred) return [time];
  const title = `The article says “${a.dateText}”; the year is inferred.`;
  if (!a.inference) return [time, h('span', { class: 'badge', title }, 'year inferred')];
  inference.id ||= uid('inference');
  inference.textContent = a.inference;
  const badge = h(
    'button',
    {
      type: 'button',
      class: 'badge',
      title: `${title} Show why.`,
      'aria-expanded': 'false',
      'aria-controls': inference.id,
      'data-testid': 'evidence-inference-toggle',
    },
    'year inferred',
  );
  badge.addEventListener('click', () => {
    inference.hidden = !inference.hidden;
    badge.setAttribute('aria-expanded', String(!inference.hidden));
  });
  return [time, badge];
}

export function createEvidenceCard(ref: Evidence, opts: { open?: boolean } = {}): HTMLElement {
  const contextId = uid('context');
  const title = h('span', { class: 'article-title' }, ref.source || 'unknown article');
  const date = h('span', { class: 'article-date' });
  const lang = h('span', { class: 'article-lang' });
  const origin = h('span', { class: 'article-origin' });
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'small-button',
      'aria-expanded': 'false',
      'aria-controls': contextId,
      'data-testid': 'evidence-context-toggle',
    },
    'Show in article',
  );
  const context = h('div', { id: contextId, class: 'evidence-context', hidden: true, 'data-testid': 'evidence-context' });
  const quote = h(
    'blockquote',
    { class: 'evidence-sentence', 'data-testid': 'evidence-sentence' },
    ...withClause(ref.evidence, ref.clause),
  );
  const inference = h('p', { class: 'inference hint', hidden: true, 'data-testid': 'evidence-inference' });
  const card = h(
    'figure',
    { class: 'evidence', 'data-testid': 'evidence', 'data-source': ref.source },
    quote,
    h('figcaption', {}, title, date, lang, origin, toggle),
    inference,
    context,
  );

  let article: Article | null = null;
  let full = false;

  const articlePromise = ref.source ? getArticle(ref.source) : Promise.reject(new Error('no source'));
  articlePromise
    .then((a) => {
      article = a;
      title.textContent = a.title;
      title.title = `${a.title} (article ${a.id})`;
      date.replaceChildren(...articleDateParts(a, inference));
      lang.textContent = a.language.toUpperCase();
      const url = safeHttpUrl(a.url);
      origin.replaceChildren(
        a.outlet ? h('span', { class: 'article-outlet', 'data-testid': 'evidence-outlet' }, a.outlet) : '',
        url
          ? h(
              'a',
              { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'article-url', 'data-testid': 'evidence-url', title: url },
              'original',
            )
          : '',
      );
      quote.lang = a.language;
    })
    .catch(() => {
      title.textContent = ref.source ? `Article ${ref.source} (unavailable)` : 'No source article';
    });

  const renderContext = () => {
    if (!article) {
      context.replaceChildren(h('p', { class: 'hint' }, 'Loading the article…'));
      return;
    }
    const located = locateEvidence(article.text, ref.evidence);
    if (!located) {
      context.replaceChildren(
        h('p', { class: 'warning' }, 'This sentence was not found verbatim in the article text.'),
        h('div', { class: 'article-text' }, article.text),
      );
      return;
    }
    const shown: Located = full ? located : excerpt(located, 220);
    const mark = h('mark', { 'data-testid': 'evidence-highlight' }, ...withClause(shown.match, ref.clause));
    const text = h(
      'div',
      {
        class: full ? 'article-text full' : 'article-text',
        lang: article.language,
        tabindex: full ? 0 : null,
        'aria-label': full ? `Full text of ${article.title}` : null,
      },
      shown.before,
      mark,
      shown.after,
    );
    const more = h(
      'button',
      { type: 'button', class: 'link-button', 'data-testid': 'evidence-full-toggle', onclick: () => ((full = !full), renderContext()) },
      full ? 'Show excerpt only' : 'Show whole article',
    );
    context.replaceChildren(text, more);
    if (full) requestAnimationFrame(() => (text.scrollTop = Math.max(0, mark.offsetTop - text.offsetTop - text.clientHeight / 3)));
  };

  const setOpen = (open: boolean) => {
    context.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide context' : 'Show in article';
    if (open) {
      renderContext();
      if (!article)
        void articlePromise.then(renderContext, () =>
          context.replaceChildren(h('p', { class: 'warning' }, 'The article could not be loaded.')),
        );
    }
  };
  toggle.addEventListener('click', () => setOpen(context.hidden));
  if (opts.open) setOpen(true);
  return card;
}
