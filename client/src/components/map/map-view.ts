// The Map tab's view, loaded on first use with its outlines (basemap.ts): an SVG map of the
// places with a position, coloured by label as on the graph canvas; the links between places
// that share facts, as curves whose width follows the number of facts in the time range; a
// tooltip on hover or focus; and in the sidebar the selected link's or place's facts with their
// sentences (evidence cards: article, outlet, date), the places not on the map and a legend.
// Links and places with facts are focusable buttons (Enter or Space selects, Esc deselects);
// buttons, the wheel and dragging zoom and pan (Kyushu's prefectures sit close together).
// Everything from the graph goes in as text: names and sentences never become markup.
import type { MapFact, MapPlace, MapResponse } from '../../../../contract/api/map.ts';
import { ALL_TIME, factDate, isAllTime, type TimeRange } from '../../../../contract/fact-date.ts';
import { labelStyle, shapeSvg, typeColor } from '../../graph/label-style.ts';
import { plural } from '../../text.ts';
import { h, svg as staticSvg } from '../dom.ts';
import { createEvidenceCard } from '../evidence-card.ts';
import { buildBasemap, type Basemap } from './basemap.ts';
import {
  countsByType,
  curvePath,
  dateProperties,
  describeCounts,
  FACT_TYPE_NOUNS,
  factsOfPlace,
  linkWidth,
  placeIndex,
  placesWithFacts,
  visibleLinks,
  type VisibleLink,
} from './links.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PLACE_LABELS = ['Country', 'Region', 'Prefecture', 'Locality'] as const;
const ZOOM_STEP = 1.6;
const MAX_ZOOM = 12;

type SvgAttrs = Record<string, string | number | null | undefined>;

/** An SVG element; text only through textContent. */
function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: SvgAttrs = {}, ...children: (Node | null)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== undefined) el.setAttribute(key, String(value));
  for (const child of children) if (child) el.append(child);
  return el;
}

function svgText(tag: 'title' | 'text', text: string, attrs: SvgAttrs = {}): SVGElement {
  const el = s(tag, attrs);
  el.textContent = text;
  return el;
}

export type MapSelection = { kind: 'link' | 'place'; id: string } | null;

export interface MapView {
  setData(data: MapResponse): void;
  setRange(range: TimeRange): void;
  /** The current selection (for tests and the controller). */
  selection(): MapSelection;
}

function factWhen(f: MapFact): string {
  const when = factDate(dateProperties(f));
  if (!when) return f.dateText ? `${f.dateText} (no year)` : 'undated';
  const text = f.dateText ? `${f.dateText} · ${when.date}` : when.date;
  return when.inferred ? `${text} (year inferred)` : text;
}

function rangeText(range: TimeRange): string {
  if (isAllTime(range)) return 'all dates';
  const span =
    range.from && range.to
      ? `${range.from} to ${range.to}`
      : range.from
        ? `from ${range.from}`
        : range.to
          ? `until ${range.to}`
          : 'all dates';
  return range.showUndated ? `${span}, undated facts included` : `${span}, undated facts hidden`;
}

export function createMapView(stage: HTMLElement, panel: HTMLElement, initialRange: TimeRange = ALL_TIME): MapView {
  const basemap: Basemap = buildBasemap();
  let data: MapResponse = { places: [], unplaced: [], links: [], truncated: false };
  let range = initialRange;
  let links: VisibleLink[] = [];
  let selected: MapSelection = null;

  // ---- the stage: the map itself ----
  const outlineLayer = s(
    'g',
    { class: 'map-outlines', 'aria-hidden': 'true' },
    ...basemap.outlines.map((o) =>
      s('path', {
        d: o.d,
        class: o.emphasised ? 'map-country emphasised' : 'map-country',
        'data-name': o.name,
        'data-testid': 'map-country',
      }),
    ),
  );
  const linkLayer = s('g', { class: 'map-links' });
  const placeLayer = s('g', { class: 'map-places' });
  const labelLayer = s('g', { class: 'map-labels', 'aria-hidden': 'true' });
  const map = s(
    'svg',
    {
      class: 'map-svg',
      viewBox: `0 0 ${basemap.width} ${basemap.height}`,
      preserveAspectRatio: 'xMidYMid meet',
      role: 'group',
      'aria-label': 'Map of Japan and Vietnam: places and the facts linking them',
      'data-testid': 'map-svg',
    },
    s('rect', { class: 'map-sea', x: 0, y: 0, width: basemap.width, height: basemap.height }),
    outlineLayer,
    linkLayer,
    placeLayer,
    labelLayer,
  );
  const tooltip = h('div', { class: 'map-tooltip', hidden: true, 'aria-hidden': 'true', 'data-testid': 'map-tooltip' });
  // A symbol's button is named by its label; a word's by the word itself (axe: the name must contain the visible text).
  const zoomButton = (label: string | null, text: string, testid: string, onclick: () => void) =>
    h('button', { type: 'button', class: 'small-button', 'aria-label': label, title: label, 'data-testid': testid, onclick }, text);
  const controls = h(
    'div',
    { class: 'map-controls', role: 'group', 'aria-label': 'Zoom' },
    zoomButton('Zoom in', '+', 'map-zoom-in', () => zoomBy(ZOOM_STEP)),
    zoomButton('Zoom out', '−', 'map-zoom-out', () => zoomBy(1 / ZOOM_STEP)),
    zoomButton(null, 'Whole map', 'map-zoom-reset', () => setZoom({ k: 1, tx: 0, ty: 0 })),
  );
  stage.replaceChildren(map, controls, tooltip);

  // ---- the sidebar: summary, selection, places not on the map, legend ----
  const summary = h('p', { class: 'hint', 'data-testid': 'map-summary', 'aria-live': 'polite' });
  const selectionBox = h('section', { class: 'map-selection', 'data-testid': 'map-selection', 'aria-label': 'Selected on the map' });
  const unplacedList = h('ul', { class: 'map-unplaced-list' });
  const unplacedCount = h('span', {});
  const unplaced = h(
    'details',
    { class: 'map-unplaced', 'data-testid': 'map-unplaced' },
    h('summary', {}, 'Places not on the map (', unplacedCount, ')'),
    h('p', { class: 'hint' }, 'The gazetteer has no position for these (ingest/gazetteers/coordinates.json).'),
    unplacedList,
  );
  const legend = h(
    'ul',
    { class: 'map-legend', 'aria-label': 'Place colours' },
    PLACE_LABELS.map((label) => {
      const st = labelStyle(label);
      const li = h('li', {});
      li.append(staticSvg(shapeSvg('ellipse', st.color, st.border)), label);
      return li;
    }),
  );
  panel.replaceChildren(
    h('h2', {}, 'Places and their links'),
    h(
      'p',
      { class: 'hint' },
      'Lines join places that share a meeting, a partnership or a request; the wider, the more facts. Hover or focus for counts; click or press Enter for the facts and their sentences.',
    ),
    summary,
    selectionBox,
    unplaced,
    legend,
  );

  // Zoom and pan: the outlines are scaled as a group (their strokes do not scale), while dots,
  // links and names are placed at the zoomed positions, so they keep their size and width.
  let zoom = { k: 1, tx: 0, ty: 0 };
  const point = (p: MapPlace): [number, number] => {
    const [x, y] = basemap.projection([p.lon, p.lat]) ?? [0, 0];
    return [x * zoom.k + zoom.tx, y * zoom.k + zoom.ty];
  };
  const setZoom = (next: { k: number; tx: number; ty: number }) => {
    const k = Math.min(MAX_ZOOM, Math.max(1, next.k));
    // The map always covers the view: no panning past its edges.
    const tx = Math.min(0, Math.max(basemap.width * (1 - k), next.tx));
    const ty = Math.min(0, Math.max(basemap.height * (1 - k), next.ty));
    zoom = { k, tx, ty };
    outlineLayer.setAttribute('transform', `translate(${tx} ${ty}) scale(${k})`);
    map.dataset.zoom = String(Math.round(k * 100) / 100);
    drawLinks();
    drawPlaces();
  };
  /** Zooms by `factor` keeping the map point under (x, y) (viewBox units; default the centre) in place. */
  const zoomBy = (factor: number, x = basemap.width / 2, y = basemap.height / 2) => {
    const k = Math.min(MAX_ZOOM, Math.max(1, zoom.k * factor));
    const f = k / zoom.k;
    setZoom({ k, tx: x - (x - zoom.tx) * f, ty: y - (y - zoom.ty) * f });
  };
  const toMapUnits = (e: { clientX: number; clientY: number }): [number, number] => {
    const m = map.getScreenCTM();
    if (!m) return [basemap.width / 2, basemap.height / 2];
    const inv = m.inverse();
    return [inv.a * e.clientX + inv.c * e.clientY + inv.e, inv.b * e.clientX + inv.d * e.clientY + inv.f];
  };
  map.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      zoomBy(e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, ...toMapUnits(e));
    },
    { passive: false },
  );
  // Dragging the sea or the land pans; a press on a link or a place stays a click.
  let drag: { x: number; y: number; tx: number; ty: number } | null = null;
  map.addEventListener('pointerdown', (e) => {
    if ((e.target as Element).closest('.map-link, .map-place') || zoom.k === 1) return;
    const [x, y] = toMapUnits(e);
    drag = { x, y, tx: zoom.tx, ty: zoom.ty };
    map.setPointerCapture(e.pointerId);
    map.classList.add('panning');
  });
  map.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const [x, y] = toMapUnits(e);
    setZoom({ k: zoom.k, tx: drag.tx + x - drag.x, ty: drag.ty + y - drag.y });
  });
  const endDrag = () => {
    drag = null;
    map.classList.remove('panning');
  };
  map.addEventListener('pointerup', endDrag);
  map.addEventListener('pointercancel', endDrag);
  let byId = new Map<string, MapPlace>();
  const name = (id: string) => byId.get(id)?.name ?? id;

  const showTooltip = (target: Element, lines: string[]) => {
    tooltip.replaceChildren(...lines.map((line, i) => h(i === 0 ? 'strong' : 'span', {}, line)));
    tooltip.hidden = false;
    const box = stage.getBoundingClientRect();
    const at = target.getBoundingClientRect();
    tooltip.style.left = `${Math.max(4, Math.min(box.width - 220, at.left - box.left + at.width / 2 + 10))}px`;
    tooltip.style.top = `${Math.max(4, at.top - box.top + at.height / 2 + 10)}px`;
  };
  const hideTooltip = () => (tooltip.hidden = true);

  const interactive = (el: SVGElement, sel: NonNullable<MapSelection>, label: string, tip: () => string[]) => {
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', label);
    el.setAttribute('aria-pressed', String(selected?.kind === sel.kind && selected.id === sel.id));
    el.addEventListener('click', () => select(sel));
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        select(sel);
      } else if (e.key === 'Escape') select(null);
    });
    el.addEventListener('mouseenter', () => showTooltip(el, tip()));
    el.addEventListener('mouseleave', hideTooltip);
    el.addEventListener('focus', () => showTooltip(el, tip()));
    el.addEventListener('blur', hideTooltip);
  };

  const drawLinks = () => {
    const max = Math.max(0, ...links.map((l) => l.facts.length));
    linkLayer.replaceChildren(
      ...links.map((l) => {
        const [a, b] = l.places.map((id) => byId.get(id)!) as [MapPlace, MapPlace];
        const d = curvePath(point(a), point(b));
        const top = countsByType(l.facts)[0]![0];
        const width = linkWidth(l.facts.length, max);
        const g = s(
          'g',
          { class: 'map-link', 'data-id': l.id, 'data-testid': 'map-link', 'data-facts': l.facts.length, 'data-width': width },
          // A wide invisible stroke under the drawn one, so a thin link can still be hovered and clicked.
          s('path', { d, class: 'map-link-hit' }),
          s('path', { d, class: 'map-link-line', stroke: typeColor(top), 'stroke-width': width }),
        );
        const title = `${a.name} – ${b.name}`;
        interactive(g, { kind: 'link', id: l.id }, `${title}: ${describeCounts(l.facts)}`, () => [title, describeCounts(l.facts)]);
        return g;
      }),
    );
  };

  const drawPlaces = () => {
    const withFacts = placesWithFacts(links);
    // Countries first (under the cities that share their capital's position), then by latitude.
    const order = [...byId.values()].sort(
      (x, y) => Number(y.label === 'Country') - Number(x.label === 'Country') || y.lat - x.lat || x.id.localeCompare(y.id),
    );
    placeLayer.replaceChildren();
    labelLayer.replaceChildren();
    for (const p of order) {
      const [x, y] = point(p);
      const st = labelStyle(p.label);
      const active = withFacts.has(p.id);
      const isCountry = p.label === 'Country';
      const dot = isCountry
        ? s('circle', { cx: x, cy: y, r: 9, class: 'map-dot country', stroke: st.border, fill: st.color, 'fill-opacity': 0.35 })
        : s('circle', { cx: x, cy: y, r: active ? 5.5 : 3.5, class: 'map-dot', fill: st.color, stroke: st.border });
      const g = s(
        'g',
        {
          class: active ? 'map-place active' : 'map-place',
          'data-id': p.id,
          'data-label': p.label,
          'data-name': p.name,
          'data-testid': 'map-place',
        },
        dot,
        svgText('title', `${p.name} (${p.label})`),
      );
      if (active) {
        const facts = factsOfPlace(links, p.id);
        const partners = new Set(facts.map((f) => f.other)).size;
        const counts = describeCounts(facts.map((f) => f.fact));
        interactive(g, { kind: 'place', id: p.id }, `${p.name}, ${p.label}: ${counts} with ${plural(partners, 'place')}`, () => [
          `${p.name} (${p.label})`,
          counts,
          `with ${plural(partners, 'place')}`,
        ]);
        // A country's dot is its capital's, often a city's too: its name goes below, on the sea side
        // (Japan's to the east, Vietnam's to the west), clear of its own regions' names.
        const east = x > basemap.width / 2;
        labelLayer.append(
          svgText('text', p.name, {
            x: isCountry ? (east ? x + 8 : x - 8) : x + 8,
            y: isCountry ? y + 20 : y + 4,
            'text-anchor': isCountry && !east ? 'end' : 'start',
            class: 'map-label',
            'data-testid': 'map-label',
            'data-id': p.id,
          }),
        );
      } else {
        g.setAttribute('aria-hidden', 'true');
        g.addEventListener('mouseenter', () => showTooltip(g, [`${p.name} (${p.label})`, 'no facts in the time range']));
        g.addEventListener('mouseleave', hideTooltip);
      }
      placeLayer.append(g);
    }
  };

  const factItem = (fact: MapFact, context: string | null) =>
    h(
      'li',
      { class: 'map-fact', 'data-testid': 'map-fact', 'data-id': fact.id, 'data-type': fact.type },
      h(
        'p',
        { class: 'map-fact-meta' },
        h('span', { class: 'badge', style: `border-color: ${typeColor(fact.type)}` }, FACT_TYPE_NOUNS[fact.type][0]),
        context ? ` ${context} · ` : ' ',
        h('span', { 'data-testid': 'map-fact-date' }, factWhen(fact)),
      ),
      createEvidenceCard({ source: fact.source, evidence: fact.evidence }),
    );

  const renderSelection = () => {
    if (!selected) {
      selectionBox.replaceChildren(h('p', { class: 'hint' }, 'Nothing selected: click a line or a place.'));
      return;
    }
    if (selected.kind === 'link') {
      const link = links.find((l) => l.id === selected!.id)!;
      const [a, b] = link.places.map(name) as [string, string];
      selectionBox.replaceChildren(
        h('h3', { 'data-testid': 'map-selection-title' }, `${a} – ${b}`),
        h('p', { class: 'hint' }, `${plural(link.facts.length, 'fact')}: ${describeCounts(link.facts)}`),
        h(
          'ol',
          { class: 'map-facts' },
          link.facts.map((f) => factItem(f, null)),
        ),
      );
      return;
    }
    const place = byId.get(selected.id)!;
    const facts = factsOfPlace(links, place.id);
    selectionBox.replaceChildren(
      h('h3', { 'data-testid': 'map-selection-title' }, `${place.name} (${place.label})`),
      h('p', { class: 'hint' }, `${plural(facts.length, 'fact')}: ${describeCounts(facts.map((f) => f.fact))}`),
      h(
        'ol',
        { class: 'map-facts' },
        facts.map((f) => factItem(f.fact, `with ${name(f.other)}`)),
      ),
    );
  };

  const render = () => {
    byId = placeIndex(data.places);
    links = visibleLinks(data.links, range).filter((l) => byId.has(l.places[0]) && byId.has(l.places[1]));
    // A selection the range took away goes with it.
    if (selected?.kind === 'link' && !links.some((l) => l.id === selected!.id)) selected = null;
    if (selected?.kind === 'place' && !placesWithFacts(links).has(selected.id)) selected = null;
    drawLinks();
    drawPlaces();
    const facts = new Set(links.flatMap((l) => l.facts.map((f) => f.id))).size;
    const all = new Set(data.links.flatMap((l) => l.facts.map((f) => f.id))).size;
    summary.textContent =
      `${plural(data.places.length, 'place')} on the map; ${plural(links.length, 'link')} from ${plural(facts, 'fact')} (${rangeText(range)})` +
      (all > facts ? `; ${plural(all - facts, 'fact')} outside the time range hidden.` : '.') +
      (data.truncated ? ' The graph has more facts than the map reads: some links may be missing.' : '');
    unplacedCount.textContent = String(data.unplaced.length);
    unplacedList.replaceChildren(
      ...data.unplaced.map((p) => h('li', { 'data-testid': 'map-unplaced-place', 'data-id': p.id }, `${p.name} (${p.label})`)),
    );
    renderSelection();
  };

  const select = (sel: MapSelection) => {
    selected = sel;
    for (const el of map.querySelectorAll('[aria-pressed]')) {
      const g = el as SVGGElement;
      const kind = g.classList.contains('map-link') ? 'link' : 'place';
      g.setAttribute('aria-pressed', String(sel !== null && sel.kind === kind && sel.id === g.dataset.id));
    }
    renderSelection();
  };

  map.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') select(null);
  });
  render();

  return {
    setData(next) {
      data = next;
      render();
    },
    setRange(next) {
      range = next;
      render();
    },
    selection: () => selected,
  };
}
