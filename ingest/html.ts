// An article page (HTML) → its main text and what the page says of itself. Readability (the
// library behind Firefox's reader view) finds the article among menus, ads and comments;
// linkedom parses without running anything (no scripts, no requests). The text keeps one line
// per paragraph, so sentences and offsets are those of the article, not of the markup.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface PageArticle {
  text: string;
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD, when the page states its publication time. */
  publishedDate?: string;
  language?: string;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption';

// linkedom's own types: the server is compiled without the browser's DOM library.
type Page = ReturnType<typeof parseHTML>['document'];
type Node = NonNullable<ReturnType<Page['querySelector']>>;

/** Text of the block elements, one per line; the element's own text when it has no blocks. */
function blockText(root: Node): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const lines = (blocks.length ? blocks : [root]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  return lines.filter(Boolean).join('\n');
}

function meta(document: Page, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** A fragment ("<p>…</p>") parses without a body; give it the document around it. */
const asDocument = (html: string) =>
  parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`).document;

export function articleFromHtml(html: string): PageArticle {
  const document = asDocument(html);
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || undefined;
  const published = meta(document, 'article:published_time', 'datePublished', 'date', 'DC.date.issued');
  const outlet = meta(document, 'og:site_name', 'application-name');
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  let text = '';
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = blockText(content.body);
  }
  // A page too short or too plain for Readability: its body's blocks, without scripts and styles.
  if (!text) {
    const whole = asDocument(html);
    for (const el of whole.querySelectorAll('script, style, noscript, template, nav, header, footer')) el.remove();
    text = whole.body ? blockText(whole.body) : '';
  }
  return {
    text,
    title: parsed?.title?.trim() || meta(document, 'og:title') || document.title?.trim() || undefined,
    outlet: parsed?.siteName?.trim() || outlet,
    publishedDate: /^\d{4}-\d{2}-\d{2}/.exec(parsed?.publishedTime ?? published ?? '')?.[0],
    language: parsed?.lang?.slice(0, 2).toLowerCase() || language,
  };
}
