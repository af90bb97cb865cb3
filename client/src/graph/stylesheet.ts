// The Cytoscape stylesheet: shape and colour per label, relationship type on every edge,
// bezier edges so parallel relationships fan out instead of overlapping, and the classes the
// view toggles (dimmed, neighbourhood highlight, path members, expanded). A large graph is drawn
// cheaply: straight (haystack) edges without arrows, and relationship types only on the edges
// in focus (hovered or selected neighbourhood, path), since thousands of rotated labels with
// backgrounds cost more than everything else together and are unreadable at that zoom anyway.
import type { StylesheetJson } from 'cytoscape';
import { cssIdent } from './elements.ts';
import { labelStyle, typeColor, VIRTUAL_EDGE_NOTES } from './label-style.ts';

export function buildStylesheet(labels: string[], types: string[], opts: { large?: boolean } = {}): StylesheetJson {
  const base: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
        'font-size': 12,
        color: '#1d2733',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        // Names come broken at spaces into two lines (elements.ts displayName); the width leaves
        // room for wide letters so Cytoscape does not break them again.
        'text-wrap': 'wrap',
        'text-max-width': '170px',
        'min-zoomed-font-size': 6,
        width: 28,
        height: 28,
        'border-width': 1.5,
        'overlay-padding': 4,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 36,
        width: 1.6,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        label: 'data(display)',
        'font-size': 8,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
        color: '#3e4c5e',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
        opacity: 0.85,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
  ];
  if (opts.large) {
    base.push(
      { selector: 'node', style: { 'transition-property': 'none', 'text-wrap': 'none' } },
      {
        selector: 'edge',
        style: {
          'curve-style': 'haystack',
          'haystack-radius': 0,
          'target-arrow-shape': 'none',
          label: '',
          width: 1,
          opacity: 0.6,
          'transition-property': 'none',
        },
      },
      {
        selector: 'edge.hl, edge:selected, edge.path-edge',
        style: { label: 'data(display)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' },
      },
    );
  }
  for (const label of labels) {
    const s = labelStyle(label);
    base.push({
      selector: `node.label-${cssIdent(label)}`,
      style: { 'background-color': s.color, 'border-color': s.border, shape: s.shape, width: s.size, height: s.size },
    });
  }
  for (const type of types) {
    const c = typeColor(type);
    base.push({ selector: `edge.type-${cssIdent(type)}`, style: { 'line-color': c, 'target-arrow-color': c } });
  }
  base.push(
    // Hubs keep a readable name when the whole graph is in view; other names appear on zoom or hover.
    { selector: 'node.hub', style: { 'font-size': 17, 'font-weight': 'bold', 'min-zoomed-font-size': 4, 'text-max-width': '240px' } },
    { selector: 'node.expanded', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#1d2733' } },
    // The nodes Shift/Ctrl-click or a box picked, which the selection bar's actions apply to.
    { selector: 'node.picked', style: { 'underlay-color': '#1f6feb', 'underlay-opacity': 0.35, 'underlay-padding': 7 } },
    { selector: 'node.fresh', style: { 'border-width': 3, 'border-color': '#1d2733', 'border-style': 'dashed' } },
    // Client-drawn edges (a request's addressee, a province's successor): dashed, as they are no relationship in the graph.
    {
      selector: Object.keys(VIRTUAL_EDGE_NOTES)
        .map((t) => `edge[type = "${t}"]`)
        .join(', '),
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
    },
    { selector: '.dimmed', style: { opacity: 0.14 } },
    { selector: 'node.hl', style: { 'z-index': 10, 'font-weight': 'bold' } },
    { selector: 'edge.hl', style: { width: 2.6, opacity: 1, 'z-index': 10, 'font-size': 12, 'min-zoomed-font-size': 5, color: '#111827' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 5, 'border-color': '#111827', 'border-style': 'solid', 'overlay-color': '#111827', 'overlay-opacity': 0.08 },
    },
    {
      selector: 'edge:selected',
      style: {
        'font-size': 12,
        'min-zoomed-font-size': 5,
        width: 4,
        'line-color': '#111827',
        'target-arrow-color': '#111827',
        opacity: 1,
        'z-index': 20,
        color: '#111827',
      },
    },
    { selector: 'node.path-node', style: { 'border-width': 5, 'border-color': '#d7263d', 'border-style': 'solid', 'z-index': 30 } },
    {
      selector: 'edge.path-edge',
      style: {
        'font-size': 12,
        'min-zoomed-font-size': 5,
        width: 5,
        'line-color': '#d7263d',
        'target-arrow-color': '#d7263d',
        opacity: 1,
        'z-index': 30,
        color: '#8c1020',
        'font-weight': 'bold',
      },
    },
    { selector: 'node.path-end', style: { 'border-width': 6, 'border-color': '#8c1020' } },
  );
  return base;
}
