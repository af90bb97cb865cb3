// The view state a copied link carries, encoded in the URL hash as query parameters
// (#tab=explore&sel=kyushu&exp=kyushu,saga…). Only values that differ from the defaults are
// written, so links stay short; anything unreadable decodes to the default.
import { ALL_TIME, isoDateOrNull, type TimeRange } from '../../../contract/fact-date.ts';

export const TABS = ['explore', 'paths', 'insights', 'map', 'sources', 'add', 'cypher'] as const;
export type Tab = (typeof TABS)[number];
export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'dagre'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
/** How the Cypher console shows its result (the first is the default). */
export const CYPHER_VIEWS = ['graph', 'table', 'raw'] as const;
export type CypherView = (typeof CYPHER_VIEWS)[number];

export interface ViewState {
  tab: Tab;
  /** Selected node id, or edge id when `selectedKind` is 'edge'. */
  selected: string | null;
  selectedKind: 'node' | 'edge';
  /** Explore: expanded nodes in the order they were expanded (a later one may sit inside an earlier one). */
  expanded: string[];
  hidden: string[];
  deleted: string[];
  /** Nodes added to the explore view by search (beyond the overview). */
  added: string[];
  hiddenLabels: string[];
  hiddenTypes: string[];
  layout: LayoutName;
  /** Cypher console query. */
  query: string;
  /** Cypher console: its parameters as the JSON text typed, and which view of the result is shown. */
  cypherParams: string;
  cypherView: CypherView;
  pathFrom: string | null;
  pathTo: string | null;
  pathIndex: number;
  /** Region × sector cell: place id and sector id. */
  cell: { place: string; sector: string } | null;
  /** The time filter (timeline brush) every fact-showing view applies. */
  time: TimeRange;
  /** Region × sector: also link a place to what was requested at an event held there. */
  venues: boolean;
}

export const DEFAULT_STATE: ViewState = {
  tab: 'explore',
  selected: null,
  selectedKind: 'node',
  expanded: [],
  hidden: [],
  deleted: [],
  added: [],
  hiddenLabels: [],
  hiddenTypes: [],
  layout: 'fcose',
  query: '',
  cypherParams: '',
  cypherView: 'graph',
  pathFrom: null,
  pathTo: null,
  pathIndex: 0,
  cell: null,
  time: ALL_TIME,
  venues: false,
};

const LIST_SEP = ',';

function list(values: string[]): string {
  return values.map((v) => v.replaceAll('%', '%25').replaceAll(LIST_SEP, '%2C')).join(LIST_SEP);
}

function unlist(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(LIST_SEP)
    .map((v) => {
      try {
        return decodeURIComponent(v);
      } catch {
        return v;
      }
    })
    .filter(Boolean);
}

export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.tab !== DEFAULT_STATE.tab) p.set('tab', state.tab);
  if (state.selected) p.set(state.selectedKind === 'edge' ? 'edge' : 'sel', state.selected);
  if (state.expanded.length) p.set('exp', list(state.expanded));
  if (state.added.length) p.set('add', list(state.added));
  if (state.hidden.length) p.set('hide', list(state.hidden));
  if (state.deleted.length) p.set('del', list(state.deleted));
  if (state.hiddenLabels.length) p.set('xl', list(state.hiddenLabels));
  if (state.hiddenTypes.length) p.set('xt', list(state.hiddenTypes));
  if (state.layout !== DEFAULT_STATE.layout) p.set('layout', state.layout);
  if (state.query) p.set('q', state.query);
  if (state.cypherParams) p.set('qp', state.cypherParams);
  if (state.cypherView !== DEFAULT_STATE.cypherView) p.set('cv', state.cypherView);
  if (state.pathFrom) p.set('from', state.pathFrom);
  if (state.pathTo) p.set('to', state.pathTo);
  if (state.pathIndex > 0) p.set('path', String(state.pathIndex));
  if (state.cell) p.set('cell', list([state.cell.place, state.cell.sector]));
  if (state.time.from) p.set('since', state.time.from);
  if (state.time.to) p.set('until', state.time.to);
  if (!state.time.showUndated) p.set('undated', 'hide');
  if (state.venues) p.set('venues', '1');
  return p.toString();
}

export function decodeState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const tab = p.get('tab');
  const layout = p.get('layout');
  const edge = p.get('edge');
  const sel = p.get('sel');
  const pathIndex = Number.parseInt(p.get('path') ?? '', 10);
  const cell = unlist(p.get('cell'));
  return {
    tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : DEFAULT_STATE.tab,
    selected: edge || sel || null,
    selectedKind: edge ? 'edge' : 'node',
    expanded: unlist(p.get('exp')),
    added: unlist(p.get('add')),
    hidden: unlist(p.get('hide')),
    deleted: unlist(p.get('del')),
    hiddenLabels: unlist(p.get('xl')),
    hiddenTypes: unlist(p.get('xt')),
    layout: (LAYOUTS as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : DEFAULT_STATE.layout,
    query: p.get('q') ?? '',
    cypherParams: p.get('qp') ?? '',
    cypherView: (CYPHER_VIEWS as readonly string[]).includes(p.get('cv') ?? '') ? (p.get('cv') as CypherView) : DEFAULT_STATE.cypherView,
    pathFrom: p.get('from') || null,
    pathTo: p.get('to') || null,
    pathIndex: Number.isFinite(pathIndex) && pathIndex > 0 ? pathIndex : 0,
    cell: cell.length === 2 ? { place: cell[0]!, sector: cell[1]! } : null,
    time: { from: isoDateOrNull(p.get('since')), to: isoDateOrNull(p.get('until')), showUndated: p.get('undated') !== 'hide' },
    venues: p.get('venues') === '1',
  };
}
