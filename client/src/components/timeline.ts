// The timeline strip under the graph: a histogram of the dated facts (SVG bars stacked by type,
// in the graph's edge colours, an axis of dates), a brush over whole bars (drag to select, drag
// the selection to move it, the handles to resize; arrows, Shift+arrows and Escape from the
// keyboard), "Show undated (n)", a reset, and the range in words. It only draws and reports:
// the controller owns the range and tells the rest of the app.
import type { TimelineResponse } from '../../../contract/api/timeline.ts';
import { ALL_TIME, isAllTime, type TimeRange } from '../../../contract/fact-date.ts';
import {
  binAt,
  binFacts,
  formatDay,
  moveSpan,
  rangeText,
  rangeToSpan,
  resizeSpan,
  spanToRange,
  tickLabel,
  TIMELINE_CATEGORIES,
  type BinSpan,
  type Histogram,
  type TimelineCategory,
} from '../analysis/timeline.ts';
import { displayType } from '../graph/elements.ts';
import { typeColor } from '../graph/label-style.ts';
import { plural } from '../text.ts';
import { h } from './dom.ts';

export interface TimelineView {
  /** Draws new data (null while loading or after a failure, with `message` saying which) and the current range. */
  update(data: TimelineResponse | null, range: TimeRange, message?: string): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const BAR_AREA = 56;
const PLOT_HEIGHT = 76;
const OTHER_COLOR = '#8a96a3';
/** Roughly the width of one axis label, so labels never overlap or run past the plot. */
const TICK_WIDTH = 74;

export const categoryColor = (c: TimelineCategory): string => (c === 'other' ? OTHER_COLOR : typeColor(c));
const categoryName = (c: TimelineCategory): string => (c === 'other' ? 'other dated facts' : displayType(c));

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const pct = (x: number) => `${(x * 100).toFixed(4)}%`;

type Drag = { mode: 'new' | 'move' | 'start' | 'end'; anchor: number; from: BinSpan; pointer: number };

export function createTimeline(root: HTMLElement, opts: { onChange(range: TimeRange): void }): TimelineView {
  let data: TimelineResponse | null = null;
  let histogram: Histogram = { granularity: 'month', bins: [] };
  let range: TimeRange = ALL_TIME;
  /** What the brush shows: the range's bins, or the bins being dragged. */
  let span: BinSpan | null = null;
  let drag: Drag | null = null;

  const legend = h('ul', { class: 'timeline-legend', 'aria-label': 'Bar colours' });
  const undated = h('input', { type: 'checkbox', 'data-testid': 'timeline-undated' });
  const undatedText = h('span', {});
  const reset = h('button', { type: 'button', class: 'link-button', 'data-testid': 'timeline-reset' }, 'Reset');
  const svg = svgEl('svg', { class: 'timeline-svg', height: PLOT_HEIGHT, role: 'img', 'data-testid': 'timeline-histogram' });
  const selection = h('div', {
    class: 'timeline-selection',
    role: 'slider',
    tabindex: 0,
    'aria-label': 'Time range: arrows move it, Shift and arrows resize it, Escape clears it',
    'data-testid': 'timeline-selection',
  });
  const startHandle = h('div', {
    class: 'timeline-handle',
    role: 'slider',
    tabindex: 0,
    'aria-label': 'Start of the time range',
    'data-testid': 'timeline-handle-start',
  });
  const endHandle = h('div', {
    class: 'timeline-handle',
    role: 'slider',
    tabindex: 0,
    'aria-label': 'End of the time range',
    'data-testid': 'timeline-handle-end',
  });
  const brush = h('div', { class: 'timeline-brush', 'data-testid': 'timeline-brush' }, selection, startHandle, endHandle);
  const plot = h('div', { class: 'timeline-plot' }, svg, brush);
  const text = h('p', { class: 'timeline-text', 'aria-live': 'polite', 'data-testid': 'timeline-text' });
  root.replaceChildren(
    h('div', { class: 'timeline-controls' }, legend, h('label', { class: 'timeline-undated' }, undated, undatedText), reset),
    plot,
    text,
  );

  const binCount = () => histogram.bins.length;
  const shownSpan = (): BinSpan => span ?? { start: 0, end: Math.max(0, binCount() - 1) };

  const emit = (next: TimeRange) => {
    range = next;
    span = rangeToSpan(histogram.bins, range);
    drawBrush();
    drawText();
    opts.onChange(next);
  };
  const emitSpan = (next: BinSpan | null) => emit(spanToRange(histogram.bins, next, range.showUndated));

  function drawBrush(): void {
    const n = binCount();
    brush.hidden = n === 0;
    if (!n) return;
    const s = shownSpan();
    const left = s.start / n;
    const right = (s.end + 1) / n;
    selection.style.left = pct(left);
    selection.style.width = pct(right - left);
    startHandle.style.left = pct(left);
    endHandle.style.left = pct(right);
    selection.classList.toggle('is-all', !span);
    const first = histogram.bins[s.start]!.start;
    const last = histogram.bins[s.end]!.end;
    const words = span ? `${formatDay(first)} to ${formatDay(last)}` : `every date (${formatDay(first)} to ${formatDay(last)})`;
    for (const [el, now, valueText] of [
      [selection, s.start, words],
      [startHandle, s.start, formatDay(first)],
      [endHandle, s.end, formatDay(last)],
    ] as const) {
      el.setAttribute('aria-valuemin', '0');
      el.setAttribute('aria-valuemax', String(n - 1));
      el.setAttribute('aria-valuenow', String(now));
      el.setAttribute('aria-valuetext', valueText);
    }
  }

  function drawText(): void {
    const days = data?.days ?? [];
    const undatedCount = data ? Object.values(data.undated).reduce((a, b) => a + b, 0) : 0;
    undated.checked = range.showUndated;
    undatedText.textContent = `Show undated (${undatedCount})`;
    reset.disabled = isAllTime(range);
    if (!data) return;
    text.textContent = days.length
      ? `${rangeText(range, days)}${range.showUndated ? '' : ` · ${plural(undatedCount, 'undated fact')} hidden`}`
      : `No dated facts · ${plural(undatedCount, 'undated fact')}`;
  }

  function drawBars(): void {
    const { bins, granularity } = histogram;
    const n = bins.length;
    const max = Math.max(1, ...bins.map((b) => b.total));
    const children: SVGElement[] = [];
    bins.forEach((bin, i) => {
      const g = svgEl('g', { class: 'timeline-bar', 'data-testid': 'timeline-bar', 'data-start': bin.start, 'data-total': bin.total });
      const title = svgEl('title', {});
      const parts = TIMELINE_CATEGORIES.filter((c) => bin.counts[c]).map((c) => `${bin.counts[c]} ${categoryName(c)}`);
      title.textContent = `${tickLabel(bin, granularity)}: ${plural(bin.total, 'fact')}${parts.length ? ` (${parts.join(', ')})` : ''}`;
      g.append(title);
      let y = BAR_AREA;
      for (const c of TIMELINE_CATEGORIES) {
        if (!bin.counts[c]) continue;
        const height = Math.max(2, (bin.counts[c] / max) * (BAR_AREA - 4));
        y -= height;
        g.append(svgEl('rect', { x: pct((i + 0.12) / n), width: pct(0.76 / n), y, height, fill: categoryColor(c), 'data-category': c }));
      }
      children.push(g);
    });
    children.push(svgEl('line', { x1: 0, x2: '100%', y1: BAR_AREA + 0.5, y2: BAR_AREA + 0.5, class: 'timeline-axis' }));
    const width = plot.clientWidth || 600;
    const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(width / TICK_WIDTH))));
    for (let i = 0; i < n; i += every) {
      if (i > 0 && (i / n) * width + TICK_WIDTH > width) break;
      children.push(svgEl('line', { x1: pct(i / n), x2: pct(i / n), y1: BAR_AREA, y2: BAR_AREA + 4, class: 'timeline-axis' }));
      const label = svgEl('text', { x: pct(i / n), y: PLOT_HEIGHT - 4, class: 'timeline-tick' });
      label.textContent = tickLabel(bins[i]!, granularity);
      children.push(label);
    }
    svg.replaceChildren(...children);
    const busiest = bins.reduce((a, b) => (b.total > a.total ? b : a), bins[0]!);
    svg.setAttribute(
      'aria-label',
      n
        ? `Histogram of dated facts by ${granularity}, ${tickLabel(bins[0]!, granularity)} to ${tickLabel(bins[n - 1]!, granularity)}; most in ${tickLabel(busiest, granularity)} (${busiest.total})`
        : 'No dated facts',
    );
  }

  function drawLegend(): void {
    const present = TIMELINE_CATEGORIES.filter((c) => histogram.bins.some((b) => b.counts[c]));
    legend.replaceChildren(
      ...present.map((c) =>
        h(
          'li',
          {},
          h('span', { class: 'timeline-swatch', style: `background:${categoryColor(c)}`, 'aria-hidden': 'true' }),
          categoryName(c),
        ),
      ),
    );
  }

  // ---- pointer: drag on the plot to select, the selection to move, a handle to resize ----
  const binUnder = (e: PointerEvent) => {
    const box = brush.getBoundingClientRect();
    return binAt(box.width ? (e.clientX - box.left) / box.width : 0, binCount());
  };
  brush.addEventListener('pointerdown', (e) => {
    if (!binCount() || e.button !== 0) return;
    const at = binUnder(e);
    const from = shownSpan();
    const mode: Drag['mode'] =
      e.target === startHandle ? 'start' : e.target === endHandle ? 'end' : e.target === selection && span ? 'move' : 'new';
    drag = { mode, anchor: at, from, pointer: e.pointerId };
    if (mode === 'new') span = { start: at, end: at };
    brush.setPointerCapture(e.pointerId);
    (e.target === brush ? selection : (e.target as HTMLElement)).focus({ preventScroll: true });
    e.preventDefault();
    drawBrush();
  });
  brush.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.pointer) return;
    const at = binUnder(e);
    const n = binCount();
    if (drag.mode === 'new') span = { start: Math.min(drag.anchor, at), end: Math.max(drag.anchor, at) };
    else if (drag.mode === 'move') span = moveSpan(drag.from, at - drag.anchor, n);
    else if (drag.mode === 'start') span = { start: Math.min(at, drag.from.end), end: drag.from.end };
    else span = { start: drag.from.start, end: Math.max(at, drag.from.start) };
    drawBrush();
  });
  const endDrag = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.pointer) return;
    drag = null;
    emitSpan(span);
  };
  brush.addEventListener('pointerup', endDrag);
  brush.addEventListener('pointercancel', endDrag);

  // ---- keyboard ----
  const onKey = (which: 'selection' | 'start' | 'end') => (e: KeyboardEvent) => {
    const n = binCount();
    if (!n) return;
    const s = shownSpan();
    let next: BinSpan | null;
    const step = e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? -1 : e.key === 'ArrowRight' || e.key === 'ArrowUp' ? 1 : 0;
    if (e.key === 'Escape') next = null;
    else if (step && which === 'selection' && e.shiftKey) next = resizeSpan(s, 'end', step, n);
    else if (step && which === 'selection') next = moveSpan(s, step, n);
    else if (step && which !== 'selection') next = resizeSpan(s, which, step, n);
    else if (e.key === 'Home' && which !== 'end') next = which === 'start' ? resizeSpan(s, 'start', -n, n) : moveSpan(s, -n, n);
    else if (e.key === 'End' && which !== 'start') next = which === 'end' ? resizeSpan(s, 'end', n, n) : moveSpan(s, n, n);
    else return;
    e.preventDefault();
    e.stopPropagation();
    emitSpan(next);
  };
  selection.addEventListener('keydown', onKey('selection'));
  startHandle.addEventListener('keydown', onKey('start'));
  endHandle.addEventListener('keydown', onKey('end'));

  undated.addEventListener('change', () => emit({ ...range, showUndated: undated.checked }));
  reset.addEventListener('click', () => emit(ALL_TIME));

  // The axis labels depend on the width: redraw them when the strip changes size.
  new ResizeObserver(() => {
    if (binCount()) drawBars();
  }).observe(plot);

  return {
    update(next, nextRange, message) {
      range = nextRange;
      if (next !== data) {
        data = next;
        histogram = binFacts(next?.days ?? []);
        drawBars();
        drawLegend();
      }
      span = rangeToSpan(histogram.bins, range);
      plot.hidden = !histogram.bins.length;
      drawBrush();
      drawText();
      if (message) text.textContent = message;
    },
  };
}
