// The Sources tab's list: every article with its outlet, link, language, date (stated, or
// inferred with the reasoning on demand), when it was added and how many facts it contributes,
// sortable by date or by when it was added.
import type { ArticleSummary } from '../../../../contract/api/articles.ts';
import { safeHttpUrl } from '../../evidence/evidence.ts';
import { plural } from '../../text.ts';
import { h } from '../dom.ts';
import { articleDateParts } from '../evidence-card.ts';

export interface SourceRow {
  article: ArticleSummary;
  /** Distinct facts the article states. */
  facts: number;
}

export type SortKey = 'date' | 'added';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const dateOf = (a: ArticleSummary) => a.date ?? a.inferredDate;

/** Sorted copy; articles without the key's value (undated; the curated seed for "added") go last, then by title. */
export function sortSources(rows: SourceRow[], sort: Sort): SourceRow[] {
  const value = (r: SourceRow) => (sort.key === 'date' ? dateOf(r.article) : r.article.addedAt);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      return (va < vb ? -1 : 1) * (sort.descending ? -1 : 1);
    }
    return a.article.title.localeCompare(b.article.title);
  });
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

const SORT_LABELS: Record<SortKey, string> = { date: 'Date', added: 'Added' };

export interface ArticleList {
  render(rows: SourceRow[], openId: string | null): void;
}

export function createArticleList(root: HTMLElement, opts: { onOpen(id: string): void }): ArticleList {
  let sort: Sort = { key: 'date', descending: true };
  let rows: SourceRow[] = [];
  let openId: string | null = null;
  const list = h('ol', { class: 'source-list', 'data-testid': 'source-list' });
  const sortButtons = (Object.keys(SORT_LABELS) as SortKey[]).map((key) =>
    h('button', { type: 'button', class: 'small-button', 'data-testid': `source-sort-${key}`, onclick: () => setSort(key) }),
  );
  root.append(
    h(
      'div',
      { class: 'row source-sort', role: 'group', 'aria-label': 'Sort articles' },
      h('span', { class: 'field-label inline' }, 'Sort by'),
      ...sortButtons,
    ),
    list,
  );

  function setSort(key: SortKey): void {
    // Choosing the current key again flips its direction.
    sort = sort.key === key ? { key, descending: !sort.descending } : { key, descending: true };
    draw();
  }

  const item = ({ article: a, facts }: SourceRow) => {
    const inference = h('p', { class: 'inference hint', hidden: true, 'data-testid': 'source-inference' });
    const url = safeHttpUrl(a.url);
    return h(
      'li',
      { class: a.id === openId ? 'source open' : 'source', 'data-testid': 'source', 'data-id': a.id },
      h(
        'button',
        {
          type: 'button',
          class: 'source-title',
          'aria-current': a.id === openId ? 'true' : null,
          'data-testid': 'source-open',
          onclick: () => opts.onOpen(a.id),
        },
        a.title,
      ),
      h(
        'p',
        { class: 'source-meta' },
        h('span', { 'data-testid': 'source-outlet' }, a.outlet ?? 'outlet unknown'),
        h('span', { class: 'article-lang', title: 'Language' }, a.language.toUpperCase()),
        h('span', { class: 'article-date', 'data-testid': 'source-date' }, ...articleDateParts(a, inference)),
      ),
      inference,
      h(
        'p',
        { class: 'source-meta' },
        h('span', { 'data-testid': 'source-facts' }, plural(facts, 'fact')),
        h(
          'span',
          { 'data-testid': 'source-added' },
          a.addedAt ? h('span', {}, 'added ', h('time', { datetime: a.addedAt }, new Date(a.addedAt).toLocaleString())) : 'curated seed',
        ),
        url
          ? h(
              'a',
              { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'article-url', 'data-testid': 'source-url', title: url },
              hostOf(url),
            )
          : h('span', { class: 'muted' }, 'no URL'),
      ),
    );
  };

  function draw(): void {
    sortButtons.forEach((b, i) => {
      const key = (Object.keys(SORT_LABELS) as SortKey[])[i]!;
      const on = sort.key === key;
      b.setAttribute('aria-pressed', String(on));
      b.textContent = on ? `${SORT_LABELS[key]} ${sort.descending ? '↓' : '↑'}` : SORT_LABELS[key];
      b.title = on
        ? `Sorted by ${SORT_LABELS[key].toLowerCase()}, ${sort.descending ? 'newest' : 'oldest'} first; click to reverse`
        : `Sort by ${SORT_LABELS[key].toLowerCase()}`;
    });
    list.replaceChildren(...(rows.length ? sortSources(rows, sort).map(item) : [h('li', { class: 'hint' }, 'No articles in the graph.')]));
  }

  return {
    render(next, open) {
      rows = next;
      openId = open;
      draw();
    },
  };
}
