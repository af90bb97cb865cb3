// Search-as-you-type with the ARIA 1.2 combobox pattern: the input keeps focus, arrow keys move
// the active option (aria-activedescendant), Enter picks, Escape closes. Used by the explorer
// and by both ends of the path finder.
import { api, isAbort } from '../api.ts';
import type { SearchResult } from '../../../contract/api/search.ts';
import { API_LIMITS, SEARCH_DEBOUNCE_MS } from '../config.ts';
import { labelStyle, shapeSvg } from '../graph/label-style.ts';
import { h, svg, uid } from './dom.ts';

export interface SearchBoxOptions {
  label: string;
  placeholder?: string;
  testId: string;
  onPick(result: SearchResult): void;
}

export interface SearchBox {
  setValue(text: string): void;
}

export function createSearchBox(root: HTMLElement, opts: SearchBoxOptions): SearchBox {
  const listId = uid('search-list');
  const inputId = uid('search-input');
  const input = h('input', {
    id: inputId,
    type: 'search',
    class: 'search-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: opts.placeholder ?? 'Search…',
    'data-testid': `${opts.testId}-input`,
  });
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    class: 'search-list',
    'aria-label': `${opts.label} results`,
    hidden: true,
    'data-testid': `${opts.testId}-results`,
  });
  const status = h('div', { class: 'search-status', 'aria-live': 'polite' });
  root.append(h('label', { class: 'field-label', for: inputId }, opts.label), h('div', { class: 'search-box' }, input, list), status);

  let results: SearchResult[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll('[role=option]').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = list.children[i] as HTMLElement | undefined;
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = () => {
    list.replaceChildren(
      ...results.map((r, i) => {
        const s = labelStyle(r.label);
        return h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            class: 'search-option',
            'aria-selected': 'false',
            'data-id': r.id,
            'data-testid': 'search-option',
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => pick(i),
          },
          svg(shapeSvg(s.shape, s.color, s.border)),
          h('span', { class: 'option-name' }, r.name),
          h('span', { class: 'option-label' }, r.label),
        );
      }),
    );
    const open = results.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    active = -1;
    if (open) setActive(0);
  };

  const pick = (i: number) => {
    const r = results[i];
    if (!r) return;
    input.value = r.name;
    close();
    opts.onPick(r);
  };

  const runSearch = async (q: string) => {
    controller?.abort();
    if (!q.trim()) {
      results = [];
      status.textContent = '';
      render();
      return;
    }
    controller = new AbortController();
    try {
      const res = await api.search(q.trim(), { limit: API_LIMITS.searchResults, signal: controller.signal });
      results = res.results;
      status.textContent = results.length ? `${results.length} result${results.length === 1 ? '' : 's'}` : 'No matches';
      render();
    } catch (err) {
      if (isAbort(err)) return;
      results = [];
      render();
      status.textContent = err instanceof Error ? `Search failed: ${err.message}` : 'Search failed';
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void runSearch(input.value), SEARCH_DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && results.length) render();
      else if (results.length) setActive((active + 1) % results.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (results.length) setActive((active - 1 + results.length) % results.length);
    } else if (e.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        e.preventDefault();
        pick(active);
      }
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else input.value = '';
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  input.addEventListener('focus', () => {
    if (results.length && input.value) render();
  });

  return {
    setValue: (text) => {
      input.value = text;
    },
  };
}
