// A list of review items worked from the keyboard: j/k or the arrow keys move between items
// (roving focus, so Tab leaves the list from the active item), a accepts, r rejects. Keys typed
// into an item's own fields (rename, relabel, search) are theirs, not the list's.
import { h } from '../dom.ts';

export type ListKeyCommand = { move: 1 | -1 } | { decide: 'accepted' | 'rejected' };

const KEYS: Record<string, ListKeyCommand> = {
  j: { move: 1 },
  ArrowDown: { move: 1 },
  k: { move: -1 },
  ArrowUp: { move: -1 },
  a: { decide: 'accepted' },
  r: { decide: 'rejected' },
};

/** The command a key press in a list stands for; null for keys the list leaves alone. */
export function listKeyCommand(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, inField: boolean): ListKeyCommand | null {
  if (inField || e.ctrlKey || e.metaKey || e.altKey) return null;
  return KEYS[e.key] ?? null;
}

export interface ReviewList {
  readonly element: HTMLElement;
  /** Replaces the items; the active one is reachable with Tab and keeps focus if the list had it. */
  render(items: HTMLElement[], active: number | null): void;
}

export function createReviewList(opts: {
  label: string;
  testId: string;
  onKey(command: ListKeyCommand, index: number): void;
  onActivate(index: number): void;
}): ReviewList {
  const list = h('ol', { class: 'review-list', 'aria-label': opts.label, 'data-testid': opts.testId });
  const indexOf = (target: EventTarget | null) => {
    const li = (target as HTMLElement | null)?.closest('li.review-item');
    return li ? [...list.children].indexOf(li) : -1;
  };
  list.addEventListener('keydown', (e) => {
    const index = indexOf(e.target);
    const command = listKeyCommand(e, !!(e.target as HTMLElement).closest('input, select, textarea'));
    if (index < 0 || !command) return;
    e.preventDefault();
    opts.onKey(command, index);
  });
  list.addEventListener('click', (e) => {
    const index = indexOf(e.target);
    if (index >= 0 && !(e.target as HTMLElement).closest('button, input, select, textarea, a')) opts.onActivate(index);
  });
  list.addEventListener('focusin', (e) => {
    const target = e.target as HTMLElement;
    if (target.matches('li.review-item') && !target.hasAttribute('aria-current')) opts.onActivate(indexOf(target));
  });
  return {
    element: list,
    render(items, active) {
      const hadFocus = list.contains(document.activeElement);
      items.forEach((li, i) => {
        li.classList.add('review-item');
        li.tabIndex = i === (active ?? 0) ? 0 : -1;
        if (i === active) li.setAttribute('aria-current', 'true');
      });
      list.replaceChildren(...items);
      if (hadFocus && active !== null) items[active]?.focus({ preventScroll: false });
    },
  };
}
