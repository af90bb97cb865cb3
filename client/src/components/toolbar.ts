// Canvas controls: layout switcher, re-layout, fit, zoom, undo/redo, show hidden, box selection,
// the Limits form (nodes on opening, neighbours per expansion), the multi-selection's actions, and
// a status line with what is drawn (and whether a result was capped).
import type { CapRequest } from '../config.ts';
import { capClampNotice } from '../config.ts';
import { LAYOUTS, type LayoutName } from '../state/url-state.ts';
import { h } from './dom.ts';

export interface ToolbarOptions {
  onLayout(name: LayoutName): void;
  onFit(): void;
  onZoom(factor: number): void;
  onUndo(): void;
  onRedo(): void;
  onShowHidden(): void;
  /** Box mode on: a plain drag on the background selects instead of panning. */
  onBoxMode(on: boolean): void;
  /** An action on every node of the multi-selection (clear: empty it). */
  onPicked(action: 'hide' | 'expand' | 'remove' | 'clear'): void;
  /** The caps in force, their bounds and what the URL asked for, for the Limits form. */
  limits: { nodes: CapRequest; expand: CapRequest };
  onLimits(caps: { nodes: number; expand: number }): void;
}

export interface ToolbarState {
  layout: LayoutName;
  canUndo: boolean;
  canRedo: boolean;
  hidden: number;
  status: string;
  warning: string;
  /** Nodes in the multi-selection. */
  picked: number;
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
  const boxMode = h('button', {
    type: 'button',
    class: 'tool-button text',
    'aria-pressed': 'false',
    title: 'Box select: drag on the background to select nodes (or Shift-drag at any time)',
    'data-testid': 'box-select',
  });
  boxMode.textContent = '⬚ Select';
  boxMode.addEventListener('click', () => {
    const on = boxMode.getAttribute('aria-pressed') !== 'true';
    boxMode.setAttribute('aria-pressed', String(on));
    opts.onBoxMode(on);
  });

  const pickedCount = h('span', { class: 'picked-count', 'data-testid': 'picked-count' });
  const pickedButton = (text: string, action: 'hide' | 'expand' | 'remove' | 'clear') =>
    h(
      'button',
      { type: 'button', class: 'tool-button text', 'data-testid': `picked-${action}`, onclick: () => opts.onPicked(action) },
      text,
    );
  const pickedBar = h(
    'span',
    { class: 'picked-bar', role: 'group', 'aria-label': 'Selected nodes', 'data-testid': 'picked-bar', hidden: true },
    pickedCount,
    pickedButton('Expand', 'expand'),
    pickedButton('Hide', 'hide'),
    pickedButton('Remove', 'remove'),
    pickedButton('Clear', 'clear'),
  );

  const limitsForm = createLimitsForm(opts.limits, opts.onLimits);

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
    h('span', { class: 'sep', 'aria-hidden': 'true' }),
    boxMode,
    limitsForm,
    pickedBar,
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
      pickedBar.hidden = s.picked === 0;
      pickedCount.textContent = `${s.picked} selected:`;
    },
  };
}

/**
 * "Limits": how many nodes the explorer draws on opening and how many neighbours one expansion
 * adds, within the server's bounds. Applying writes them to the address (?cap=&expand=), where
 * they stay for shared links, and loads the data again. It also says when the address asked for
 * more than a bound allows.
 */
function createLimitsForm(
  limits: { nodes: CapRequest; expand: CapRequest },
  onApply: (caps: { nodes: number; expand: number }) => void,
): HTMLElement {
  const field = (id: string, text: string, cap: CapRequest) =>
    h(
      'p',
      { class: 'limits-field' },
      h('label', { for: id }, text),
      h('input', {
        id,
        type: 'number',
        min: '1',
        max: String(cap.max),
        step: '1',
        required: true,
        value: String(cap.value),
        'data-testid': id,
      }),
      h('span', { class: 'hint' }, `1–${cap.max.toLocaleString('en')}`),
    );
  const nodes = field('limits-cap', 'Nodes on opening', limits.nodes);
  const expand = field('limits-expand', 'Neighbours per expansion', limits.expand);
  const clamped = capClampNotice(limits);
  const form = h(
    'form',
    { class: 'limits-form', 'aria-label': 'Limits' },
    nodes,
    expand,
    clamped ? h('p', { class: 'graph-warning', role: 'status', 'data-testid': 'limits-clamped' }, clamped) : '',
    h('button', { type: 'submit', class: 'primary-button', 'data-testid': 'limits-apply' }, 'Apply and reload'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const value = (p: HTMLElement) => Number(p.querySelector('input')!.value);
    onApply({ nodes: value(nodes), expand: value(expand) });
  });
  return h(
    'details',
    { class: 'menu limits-menu' },
    h(
      'summary',
      { class: 'tool-button text', 'data-testid': 'limits-menu', title: 'Caps on nodes drawn and neighbours per expansion' },
      clamped ? 'Limits ⚠' : 'Limits',
    ),
    h('div', { class: 'limits-panel' }, form),
  );
}
