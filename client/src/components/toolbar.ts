// Canvas controls: layout switcher, re-layout, fit, zoom, undo/redo, show hidden, and a status
// line with what is drawn (and whether a result was capped).
import { LAYOUTS, type LayoutName } from '../state/url-state.ts';
import { h } from './dom.ts';

export interface ToolbarOptions {
  onLayout(name: LayoutName): void;
  onFit(): void;
  onZoom(factor: number): void;
  onUndo(): void;
  onRedo(): void;
  onShowHidden(): void;
}

export interface ToolbarState {
  layout: LayoutName;
  canUndo: boolean;
  canRedo: boolean;
  hidden: number;
  status: string;
  warning: string;
}

export interface Toolbar {
  update(state: ToolbarState): void;
}

const LAYOUT_TITLES: Record<LayoutName, string> = {
  fcose: 'Force (fCoSE)',
  concentric: 'Concentric',
  breadthfirst: 'Breadth-first',
  dagre: 'Layered (dagre)',
};

export function createToolbar(root: HTMLElement, footer: HTMLElement, opts: ToolbarOptions): Toolbar {
  const layout = h(
    'select',
    { id: 'layout-select', 'data-testid': 'layout-select' },
    ...LAYOUTS.map((l) => h('option', { value: l }, LAYOUT_TITLES[l])),
  );
  layout.addEventListener('change', () => opts.onLayout(layout.value as LayoutName));
  const button = (text: string, label: string, testId: string, onclick: () => void) =>
    h('button', { type: 'button', class: 'tool-button', 'aria-label': label, title: label, 'data-testid': testId, onclick }, text);
  const undo = button('↶', 'Undo (Ctrl+Z)', 'undo', opts.onUndo);
  const redo = button('↷', 'Redo (Ctrl+Y)', 'redo', opts.onRedo);
  const showHidden = h(
    'button',
    { type: 'button', class: 'tool-button text', 'data-testid': 'show-hidden', onclick: opts.onShowHidden, hidden: true },
    '',
  );
  const status = h('span', { class: 'graph-status', 'data-testid': 'graph-status', 'aria-live': 'polite' });
  const warning = h('span', { class: 'graph-warning', 'data-testid': 'graph-warning', hidden: true });
  root.setAttribute('role', 'toolbar');
  root.setAttribute('aria-label', 'Graph controls');
  root.append(
    h('label', { for: 'layout-select', class: 'field-label inline' }, 'Layout'),
    layout,
    button('⟳', 'Run the layout again', 'relayout', () => opts.onLayout(layout.value as LayoutName)),
    h('span', { class: 'sep', 'aria-hidden': 'true' }),
    button('⤢', 'Fit the graph to the window (F)', 'fit', opts.onFit),
    button('+', 'Zoom in (+)', 'zoom-in', () => opts.onZoom(1.25)),
    button('−', 'Zoom out (−)', 'zoom-out', () => opts.onZoom(0.8)),
    h('span', { class: 'sep', 'aria-hidden': 'true' }),
    undo,
    redo,
    showHidden,
  );
  footer.append(status, warning);
  return {
    update(s) {
      layout.value = s.layout;
      undo.disabled = !s.canUndo;
      redo.disabled = !s.canRedo;
      showHidden.hidden = s.hidden === 0;
      showHidden.textContent = `Show ${s.hidden} hidden`;
      status.textContent = s.status;
      warning.hidden = !s.warning;
      warning.textContent = s.warning;
    },
  };
}
