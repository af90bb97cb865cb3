// Region × sector heatmap: which places asked for or offer cooperation in which sectors, from
// /api/insights/region-sector. Sectors are rows (there are many), places are columns; clicking
// a cell draws that place–sector subgraph and lists its evidence sentences.
import { api, ApiError } from '../api.ts';
import type { RegionSectorRow } from '../../../contract/api/insights.ts';
import { buildMatrix, cellKey, intensity, type Matrix, type MatrixCell } from '../analysis/matrix.ts';
import { labelStyle } from '../graph/label-style.ts';
import { createEvidenceCard } from './evidence-card.ts';
import { h } from './dom.ts';

const VIA_TEXT: Record<RegionSectorRow['via'][number], string> = {
  'asked-of': 'a request addressed to the place or someone representing it',
  'meeting-place': 'a request made at an event held there',
  investment: 'the place invests in the sector',
};

export interface RegionSectorHost {
  showCell(cell: MatrixCell): Promise<void>;
  changed(): void;
}

export interface RegionSector {
  activate(): Promise<void>;
  select(place: string, sector: string): Promise<void>;
  cell(): { place: string; sector: string } | null;
}

export function createRegionSector(root: HTMLElement, host: RegionSectorHost): RegionSector {
  let matrix: Matrix | null = null;
  let loading: Promise<void> | null = null;
  let selected: MatrixCell | null = null;
  const grid = h('div', { class: 'matrix-wrap', 'data-testid': 'matrix' });
  const evidence = h('div', { class: 'cell-evidence', 'data-testid': 'cell-evidence', 'aria-live': 'polite' });
  root.append(
    h('h2', {}, 'Places × sectors'),
    h(
      'p',
      { class: 'hint' },
      'How often each place is linked to each sector in the articles. Darker = more relationships. Click a cell for its subgraph and evidence.',
    ),
    grid,
    evidence,
  );

  const render = () => {
    if (!matrix) return;
    if (!matrix.places.length) {
      grid.replaceChildren(h('p', { class: 'empty' }, 'No place–sector links in the graph yet.'));
      return;
    }
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col', class: 'corner' }, h('span', { class: 'sr-only' }, 'Sector')),
      ...matrix.places.map((p) =>
        h(
          'th',
          { scope: 'col', class: 'col-head', title: `${p.name} (${p.label}) — ${p.total}` },
          h('span', { class: 'rotated', style: `--dot:${labelStyle(p.label).color}` }, p.name),
        ),
      ),
    );
    const rows = matrix.sectors.map((s) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row', class: 'row-head', title: `${s.name} — ${s.total}` }, s.name),
        ...matrix!.places.map((p) => {
          const cell = matrix!.cells.get(cellKey(p.id, s.id));
          if (!cell) return h('td', { class: 'cell empty-cell' });
          const level = intensity(cell.count, matrix!.max);
          const isSel = selected?.place.id === p.id && selected.sector.id === s.id;
          return h(
            'td',
            { class: 'cell' },
            h(
              'button',
              {
                type: 'button',
                class: `heat heat-${level}`,
                'aria-pressed': String(isSel),
                'aria-label': `${p.name} × ${s.name}: ${cell.count} relationship${cell.count === 1 ? '' : 's'}`,
                title: `${p.name} × ${s.name}: ${cell.count}`,
                'data-testid': 'matrix-cell',
                'data-place': p.id,
                'data-sector': s.id,
                onclick: () => void choose(cell),
              },
              String(cell.count),
            ),
          );
        }),
      ),
    );
    grid.replaceChildren(
      h(
        'table',
        { class: 'matrix' },
        h('caption', { class: 'sr-only' }, 'Relationships per place and sector'),
        h('thead', {}, head),
        h('tbody', {}, ...rows),
      ),
    );
  };

  const choose = async (cell: MatrixCell) => {
    selected = cell;
    render();
    evidence.replaceChildren(
      h('h3', { 'data-testid': 'cell-title' }, `${cell.place.name} × ${cell.sector.name}`),
      h(
        'p',
        { class: 'hint' },
        `${cell.count} linking fact${cell.count === 1 ? '' : 's'}`,
        cell.via.length ? ` (${cell.via.map((v) => VIA_TEXT[v]).join('; ')})` : '',
        '. The graph shows the relationships these sentences state and how they reach the place.',
      ),
      ...cell.evidence.map((ev) => createEvidenceCard(ev)),
    );
    host.changed();
    await host.showCell(cell);
  };

  const activate = () =>
    (loading ??= (async () => {
      grid.replaceChildren(h('p', { class: 'hint loading' }, 'Loading the matrix…'));
      try {
        matrix = buildMatrix((await api.regionSector()).rows);
        render();
      } catch (err) {
        loading = null;
        grid.replaceChildren(
          h(
            'p',
            { class: 'error-text', role: 'alert' },
            `Could not load the matrix: ${err instanceof ApiError ? err.message : String(err)}`,
          ),
          h('button', { type: 'button', class: 'small-button', onclick: () => void activate() }, 'Retry'),
        );
      }
    })());

  return {
    activate,
    async select(place, sector) {
      await activate();
      const cell = matrix?.cells.get(cellKey(place, sector));
      if (cell) await choose(cell);
    },
    cell: () => (selected ? { place: selected.place.id, sector: selected.sector.id } : null),
  };
}
