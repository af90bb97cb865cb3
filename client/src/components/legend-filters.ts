// The legend doubles as the label filter (each entry is a toggle button showing the label's
// colour, shape and how many of its nodes are drawn), followed by the relationship-type filter
// with, per type, its facts (parallel citations counted once) and the articles stating them.
import { KNOWN_LABELS, labelStyle, shapeSvg, typeColor, VIRTUAL_EDGE_NOTES } from '../graph/label-style.ts';
import { displayType } from '../graph/elements.ts';
import { tallyText, type FactTally } from '../evidence/facts.ts';
import { h, svg } from './dom.ts';

export interface LegendFiltersOptions {
  onToggleLabel(label: string): void;
  onToggleType(type: string): void;
  onReset(): void;
}

export interface LegendFilters {
  update(
    labels: Map<string, number>,
    types: Map<string, FactTally>,
    hiddenLabels: ReadonlySet<string>,
    hiddenTypes: ReadonlySet<string>,
  ): void;
}

/** "4 facts from 2 articles": a fact is one type between the same two nodes, however many sentences state it. */
function typeCount(t: FactTally | undefined): HTMLElement {
  return h('span', { class: 'count type-count', 'data-testid': 'type-count' }, tallyText(t ?? { facts: 0, articles: 0 }));
}

export function createLegendFilters(root: HTMLElement, opts: LegendFiltersOptions): LegendFilters {
  const labelList = h('ul', { class: 'legend', 'aria-label': 'Node labels', 'data-testid': 'legend' });
  const typeList = h('ul', { class: 'type-filter', 'aria-label': 'Relationship types', 'data-testid': 'type-filter' });
  const reset = h(
    'button',
    { type: 'button', class: 'link-button', onclick: () => opts.onReset(), hidden: true, 'data-testid': 'filters-reset' },
    'Show all',
  );
  root.append(
    h('div', { class: 'section-head' }, h('h2', { id: 'legend-heading' }, 'Labels'), reset),
    h('p', { class: 'hint' }, 'Click a label to hide or show it.'),
    labelList,
    h('h2', {}, 'Relationships'),
    typeList,
  );

  const order = (labels: Iterable<string>) => {
    const all = [...labels];
    return [...KNOWN_LABELS.filter((l) => all.includes(l)), ...all.filter((l) => !KNOWN_LABELS.includes(l)).sort()];
  };

  return {
    update(labels, types, hiddenLabels, hiddenTypes) {
      const labelNames = order(new Set([...labels.keys(), ...hiddenLabels]));
      labelList.replaceChildren(
        ...labelNames.map((label) => {
          const s = labelStyle(label);
          const shown = !hiddenLabels.has(label);
          return h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'legend-item',
                'aria-pressed': String(shown),
                'data-testid': `legend-${label}`,
                title: shown ? `Hide ${label} nodes` : `Show ${label} nodes`,
                onclick: () => opts.onToggleLabel(label),
              },
              svg(shapeSvg(s.shape, s.color, s.border)),
              h('span', { class: 'legend-name' }, label),
              h('span', { class: 'count', title: `${labels.get(label) ?? 0} drawn` }, labels.get(label) ?? 0),
            ),
          );
        }),
      );
      const typeNames = [...new Set([...types.keys(), ...hiddenTypes])].sort(
        (a, b) => (types.get(b)?.facts ?? 0) - (types.get(a)?.facts ?? 0) || a.localeCompare(b),
      );
      typeList.replaceChildren(
        ...typeNames.map((type) => {
          const shown = !hiddenTypes.has(type);
          const id = `type-${type}`;
          return h(
            'li',
            {},
            h('input', {
              type: 'checkbox',
              id,
              checked: shown,
              'data-testid': `type-filter-${type}`,
              onchange: () => opts.onToggleType(type),
            }),
            h(
              'label',
              { for: id },
              h('span', { class: `edge-swatch${VIRTUAL_EDGE_NOTES[type] ? ' dashed' : ''}`, style: `background:${typeColor(type)}` }),
              h(
                'span',
                { class: 'type-text' },
                h(
                  'span',
                  { class: 'type-name', title: VIRTUAL_EDGE_NOTES[type] ? `${type}: ${VIRTUAL_EDGE_NOTES[type]}` : type },
                  displayType(type),
                ),
                typeCount(types.get(type)),
              ),
            ),
          );
        }),
      );
      if (!typeNames.length) typeList.append(h('li', { class: 'hint' }, 'No relationships in view.'));
      reset.hidden = hiddenLabels.size === 0 && hiddenTypes.size === 0;
    },
  };
}
