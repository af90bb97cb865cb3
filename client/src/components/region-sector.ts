// The Region × sector sidebar: two matrices, Japanese regions (expandable into their prefectures)
// and Vietnamese localities (old provinces under their successor), against sectors. Counts are
// of facts or of articles (a toggle; the corner header says which); a column header sorts the
// rows by that sector, a row header sorts the columns by that place (again: reversed). The
// venue rule is off unless "count venues" is ticked. Clicking a cell lists its facts here — the
// sentence, the article's outlet and date, the fact's own date — and asks the host to draw it.
import type { PlaceSide, RegionSectorFact, RegionSectorResponse } from '../../../contract/api/insights.ts';
import { ALL_TIME, type TimeRange } from '../../../contract/fact-date.ts';
import {
  buildMatrix,
  cellKey,
  countOf,
  DEFAULT_SORT,
  intensity,
  maxCount,
  shortLabel,
  sortedColumns,
  sortedRows,
  toggleSort,
  type CountBy,
  type MatrixCell,
  type MatrixColumn,
  type MatrixRow,
  type MatrixSort,
  type RegionSectorModel,
  type SideMatrix,
} from '../analysis/matrix.ts';
import { formatIsoDate } from '../evidence/evidence.ts';
import { plural } from '../text.ts';
import { createEvidenceCard } from './evidence-card.ts';
import { h } from './dom.ts';

const RULE_TEXT: Record<RegionSectorFact['via'][number], string> = {
  'asked-of': 'asked of the place, or of someone representing or located in it',
  'requester-place': 'asked by someone representing the place',
  investment: 'the place invests in the sector',
  partnership: 'a partnership agreement of the place names the sector',
  'meeting-place': 'asked at an event held in the place',
};

const SIDE_TITLE: Record<PlaceSide, string> = {
  japan: 'Japan: regions and their prefectures',
  vietnam: 'Vietnam: localities',
};

const countWord = (by: CountBy, n: number) => plural(n, by === 'facts' ? 'fact' : 'article');

export interface RegionSectorHost {
  /** Draw the cell's subgraph on the canvas. */
  showCell(cell: MatrixCell, response: RegionSectorResponse): Promise<void>;
  /** The selected cell is gone (after a reload): clear the canvas. */
  clearCell(): void;
  /** Something the URL carries changed. */
  changed(): void;
}

export interface RegionSectorView {
  activate(): Promise<void>;
  /** Load again (the graph changed); keeps the selected cell when it still exists. */
  reload(): Promise<void>;
  setTime(range: TimeRange): void;
  setVenues(on: boolean): Promise<void>;
  select(place: string, sector: string): Promise<void>;
  cell(): { place: string; sector: string } | null;
  venues(): boolean;
}

export function createRegionSectorView(
  root: HTMLElement,
  host: RegionSectorHost,
  load: (opts: { venues: boolean }) => Promise<RegionSectorResponse>,
): RegionSectorView {
  let response: RegionSectorResponse | null = null;
  let model: RegionSectorModel | null = null;
  let loading: Promise<void> | null = null;
  let selected: { place: string; sector: string } | null = null;
  let time: TimeRange = ALL_TIME;
  let venues = false;
  let countBy: CountBy = 'facts';
  const sorts: Record<PlaceSide, MatrixSort> = { japan: DEFAULT_SORT, vietnam: DEFAULT_SORT };
  const expanded = new Set<string>();

  const countToggle = (['facts', 'articles'] as const).map((by) =>
    h(
      'button',
      {
        type: 'button',
        class: 'small-button',
        'aria-pressed': String(by === countBy),
        'data-testid': `matrix-count-${by}`,
        onclick: () => {
          countBy = by;
          countToggle.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.testid === `matrix-count-${by}`)));
          render();
        },
      },
      by === 'facts' ? 'Facts' : 'Articles',
    ),
  );
  const venuesBox = h('input', {
    type: 'checkbox',
    id: 'matrix-venues',
    'data-testid': 'matrix-venues',
    onchange: () => void setVenues(venuesBox.checked, true),
  });
  const timeNote = h('p', { class: 'hint', 'data-testid': 'matrix-time-note', hidden: true });
  const grids: Record<PlaceSide, HTMLElement> = {
    japan: h('div', { class: 'matrix-wrap', 'data-testid': 'matrix-japan' }),
    vietnam: h('div', { class: 'matrix-wrap', 'data-testid': 'matrix-vietnam' }),
  };
  const status = h('div', { 'data-testid': 'matrix' });
  const evidence = h('div', { class: 'cell-evidence', 'data-testid': 'cell-evidence', 'aria-live': 'polite' });
  root.append(
    h('h2', {}, 'Places × sectors'),
    h(
      'p',
      { class: 'hint' },
      'Which places are linked to which sectors, by facts: a request asked of the place (or of someone representing or located in it), a request by someone representing it, an investment. Darker = more. Click a header to sort, a cell for its subgraph and sentences.',
    ),
    h(
      'div',
      { class: 'matrix-controls' },
      h('span', { role: 'group', 'aria-label': 'Count', class: 'button-group' }, h('span', { class: 'hint' }, 'Count '), ...countToggle),
      h(
        'label',
        { for: 'matrix-venues', title: 'Also link a city to what was requested at a meeting held there' },
        venuesBox,
        ' count venues',
      ),
    ),
    timeNote,
    status,
    h('h3', { class: 'matrix-side-title' }, SIDE_TITLE.japan),
    grids.japan,
    h('h3', { class: 'matrix-side-title' }, SIDE_TITLE.vietnam),
    grids.vietnam,
    evidence,
  );

  const cellOf = (place: string, sector: string): MatrixCell | undefined => {
    for (const side of Object.values(model?.sides ?? {})) {
      const cell = side.cells.get(cellKey(place, sector));
      if (cell) return cell;
    }
    return undefined;
  };

  const sortHeader = (active: boolean, dir: 'asc' | 'desc') => (active ? (dir === 'desc' ? 'descending' : 'ascending') : 'none');

  const renderSide = (side: SideMatrix) => {
    const grid = grids[side.side];
    if (!side.rows.length) {
      grid.replaceChildren(
        h(
          'p',
          { class: 'empty' },
          side.side === 'japan'
            ? 'No Japanese place is linked to a sector in this time range.'
            : venues
              ? 'No Vietnamese locality is linked to a sector in this time range.'
              : 'No Vietnamese locality is linked to a sector in this time range (venues do not count: tick “count venues” to link the cities where requests were made).',
        ),
      );
      return;
    }
    const sort = sorts[side.side];
    const columns = sortedColumns(side, sort, countBy);
    const rows = sortedRows(side, sort, countBy);
    const max = maxCount(side, countBy);
    const word = countBy === 'facts' ? 'Facts' : 'Articles';
    const resort = (next: MatrixSort) => {
      sorts[side.side] = next;
      render();
    };
    const head = h(
      'tr',
      {},
      h(
        'th',
        { scope: 'col', class: 'corner', 'aria-sort': sortHeader(sort.rowsBy === null, sort.rowsDir) },
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            'data-testid': 'matrix-count-header',
            title: `Counting ${word.toLowerCase()}. Sort the places by their total`,
            onclick: () => resort(toggleSort(sort, 'rows', null)),
          },
          `${word} per place`,
        ),
      ),
      ...columns.map((c: MatrixColumn) =>
        h(
          'th',
          { scope: 'col', class: 'col-head', title: c.name, 'aria-sort': sortHeader(sort.rowsBy === c.id, sort.rowsDir) },
          h(
            'button',
            {
              type: 'button',
              class: 'col-sort',
              title: `${c.name}: ${countWord(countBy, countOf(c.facts, countBy))}. Sort the places by it`,
              'data-testid': 'col-sort',
              'data-sector': c.id,
              onclick: () => resort(toggleSort(sort, 'rows', c.id)),
            },
            h('span', { class: 'col-label' }, shortLabel(c.name, 16, 2)),
          ),
        ),
      ),
    );
    const line = (row: MatrixRow, depth: 0 | 1): HTMLElement => {
      const p = row.place;
      const open = expanded.has(p.id);
      const what = p.label === 'Region' ? 'prefectures' : p.side === 'vietnam' ? 'former provinces' : 'places';
      const toggle = row.children.length
        ? h(
            'button',
            {
              type: 'button',
              class: 'row-toggle',
              'aria-expanded': String(open),
              'aria-label': `${open ? 'Hide' : 'Show'} the ${what} of ${p.name}`,
              'data-testid': 'row-toggle',
              'data-place': p.id,
              onclick: () => {
                if (open) expanded.delete(p.id);
                else expanded.add(p.id);
                render();
              },
            },
            open ? '▾' : '▸',
          )
        : null;
      const total = countOf(row.facts, countBy);
      return h(
        'tr',
        { class: depth ? 'child-row' : '', 'data-row': p.id },
        h(
          'th',
          { scope: 'row', class: 'row-head', 'aria-sort': sortHeader(sort.colsBy === p.id, sort.colsDir) },
          toggle,
          h(
            'button',
            {
              type: 'button',
              class: 'row-sort',
              title: `${p.name} (${p.label}${p.inGraph ? '' : ', not in the graph'}): ${countWord(countBy, total)}. Sort the sectors by it`,
              'data-testid': 'row-sort',
              'data-place': p.id,
              onclick: () => resort(toggleSort(sort, 'cols', p.id)),
            },
            h('span', { class: 'row-label' }, shortLabel(p.name, 22, 2)),
            h('span', { class: 'row-total' }, String(total)),
          ),
        ),
        ...columns.map((c) => {
          const cell = side.cells.get(cellKey(p.id, c.id));
          if (!cell) return h('td', { class: 'cell empty-cell' });
          const n = countOf(cell.facts, countBy);
          const isSel = selected?.place === p.id && selected.sector === c.id;
          return h(
            'td',
            { class: 'cell' },
            h(
              'button',
              {
                type: 'button',
                class: `heat heat-${intensity(n, max)}`,
                'aria-pressed': String(isSel),
                'aria-label': `${p.name} × ${c.name}: ${countWord(countBy, n)}`,
                title: `${p.name} × ${c.name}: ${countWord('facts', countOf(cell.facts, 'facts'))} from ${countWord('articles', countOf(cell.facts, 'articles'))}`,
                'data-testid': 'matrix-cell',
                'data-place': p.id,
                'data-sector': c.id,
                onclick: () => void choose(cell),
              },
              String(n),
            ),
          );
        }),
      );
    };
    const body = rows.flatMap((r) => [line(r, 0), ...(expanded.has(r.place.id) ? r.children.map((c) => line(c, 1)) : [])]);
    grid.replaceChildren(
      h(
        'table',
        { class: 'matrix', 'data-count': countBy },
        h('caption', { class: 'sr-only' }, `${word} per ${side.side === 'japan' ? 'Japanese place' : 'Vietnamese locality'} and sector`),
        h('thead', {}, head),
        h('tbody', {}, ...body),
      ),
    );
  };

  const render = () => {
    if (!response) return;
    model = buildMatrix(response, time);
    timeNote.hidden = model.hiddenByTime === 0;
    timeNote.textContent = model.hiddenByTime
      ? `${plural(model.hiddenByTime, 'fact')} outside the time range ${model.hiddenByTime === 1 ? 'is' : 'are'} hidden.`
      : '';
    renderSide(model.sides.japan);
    renderSide(model.sides.vietnam);
  };

  const factLine = (f: RegionSectorFact) => {
    const when = f.date ?? f.inferredDate;
    const date = when ? `${f.dateText ?? formatIsoDate(when)}${f.date ? '' : ' (year inferred)'}` : 'undated';
    return h('p', { class: 'hint fact-meta', 'data-testid': 'cell-fact' }, `${date} · ${f.via.map((v) => RULE_TEXT[v]).join('; ')}`);
  };

  const showEvidence = (cell: MatrixCell) => {
    const row = model && Object.values(model.sides).flatMap((s) => s.rows.flatMap((r) => [r, ...r.children]));
    const place = row?.find((r) => r.place.id === cell.rowId)?.place;
    const sectorName = response?.sectors.find((s) => s.id === cell.sectorId)?.name ?? cell.sectorId;
    const unique = [...new Map(cell.facts.map((f) => [f.id, f])).values()];
    evidence.replaceChildren(
      h('h3', { 'data-testid': 'cell-title' }, `${place?.name ?? cell.rowId} × ${sectorName}`),
      h(
        'p',
        { class: 'hint', 'data-testid': 'cell-summary' },
        `${countWord('facts', unique.length)} from ${countWord('articles', countOf(unique, 'articles'))}. `,
        'The graph shows who asked, the sector, and how the place is reached; a dashed ',
        h('span', { class: 'asked-of-key' }, 'asked of'),
        ' edge is whom a request was addressed to (the request names them; it is not a relationship of its own).',
      ),
      ...unique.flatMap((f) => [factLine(f), createEvidenceCard({ source: f.source, evidence: f.evidence })]),
    );
  };

  const choose = async (cell: MatrixCell) => {
    selected = { place: cell.rowId, sector: cell.sectorId };
    // A prefecture's or old province's cell (from a link) is only visible under its open parent.
    for (const side of Object.values(model?.sides ?? {}))
      for (const row of side.rows) if (row.children.some((c) => c.place.id === cell.rowId)) expanded.add(row.place.id);
    render();
    showEvidence(cell);
    host.changed();
    if (response) await host.showCell(cell, response);
  };

  const fetchNow = async () => {
    status.replaceChildren(h('p', { class: 'hint loading' }, 'Loading the matrix…'));
    try {
      response = await load({ venues });
      status.replaceChildren();
      render();
      const again = selected && cellOf(selected.place, selected.sector);
      if (again) await choose(again);
      else if (selected) {
        selected = null;
        evidence.replaceChildren();
        host.clearCell();
        host.changed();
      }
    } catch (err) {
      loading = null;
      status.replaceChildren(
        h('p', { class: 'error-text', role: 'alert' }, `Could not load the matrix: ${err instanceof Error ? err.message : String(err)}`),
        h('button', { type: 'button', class: 'small-button', onclick: () => void activate() }, 'Retry'),
      );
    }
  };

  const activate = () => (loading ??= fetchNow());

  const setVenues = async (on: boolean, byUser = false) => {
    venuesBox.checked = on;
    if (on === venues) return;
    venues = on;
    if (byUser) host.changed();
    if (response || loading) {
      loading = fetchNow();
      await loading;
    }
  };

  return {
    activate,
    async reload() {
      if (!loading) return; // never shown: it loads fresh when first opened
      loading = fetchNow();
      await loading;
    },
    setTime(range) {
      time = range;
      render();
      const cell = selected && cellOf(selected.place, selected.sector);
      if (cell) void choose(cell);
      else if (selected) {
        selected = null;
        evidence.replaceChildren();
        host.clearCell();
        host.changed();
      }
    },
    setVenues: (on) => setVenues(on),
    async select(place, sector) {
      await activate();
      const cell = cellOf(place, sector);
      if (cell) await choose(cell);
    },
    cell: () => selected,
    venues: () => venues,
  };
}
