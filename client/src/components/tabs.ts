// The view switcher (ARIA tabs with roving focus: arrow keys move between tabs, Enter/Space or
// focus-follows-click activates).
import type { Tab } from '../state/url-state.ts';
import { h } from './dom.ts';

export const TAB_TITLES: Record<Tab, string> = {
  explore: 'Explore',
  paths: 'Paths',
  insights: 'Region × sector',
  map: 'Map',
  sources: 'Sources',
  add: 'Add article',
  cypher: 'Cypher',
};

export interface Tabs {
  set(tab: Tab): void;
}

export function createTabs(root: HTMLElement, tabs: readonly Tab[], onChange: (tab: Tab) => void): Tabs {
  root.setAttribute('role', 'tablist');
  root.setAttribute('aria-label', 'Views');
  const buttons = tabs.map((tab) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${tab}`,
        'aria-controls': `panel-${tab}`,
        'aria-selected': 'false',
        tabindex: -1,
        'data-testid': `tab-${tab}`,
        onclick: () => onChange(tab),
      },
      TAB_TITLES[tab],
    ),
  );
  root.append(...buttons);
  root.addEventListener('keydown', (e) => {
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % buttons.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + buttons.length) % buttons.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    if (next < 0) return;
    e.preventDefault();
    buttons[next]!.focus();
    onChange(tabs[next]!);
  });
  return {
    set(tab) {
      buttons.forEach((b, i) => {
        const on = tabs[i] === tab;
        b.setAttribute('aria-selected', String(on));
        b.tabIndex = on ? 0 : -1;
      });
    },
  };
}
