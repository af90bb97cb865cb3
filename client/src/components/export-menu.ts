// Copy-link and export (PNG, SVG of the view; JSON, CSV of the visible graph). The SVG
// exporter is loaded only when used.
import cytoscape, { type Core } from 'cytoscape';
import type { GraphPayload } from '../../../contract/api/graph.ts';
import { edgesCsv, exportSummary, graphJson, nodesCsv } from '../export/csv.ts';
import { h } from './dom.ts';

export interface ExportMenuOptions {
  cy(): Core;
  visible(): GraphPayload;
  baseName(): string;
  notify(text: string): void;
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

let svgRegistered: Promise<void> | null = null;
const ensureSvg = () =>
  (svgRegistered ??= import('cytoscape-svg').then((m) => {
    cytoscape.use(m.default);
  }));

interface RoundPolygonRenderer {
  drawRoundPolygonPath(context: { beginPath?(): void }, ...rest: unknown[]): void;
  svgSafeRoundPolygons?: true;
}

/**
 * Cytoscape draws its round shapes (our Sector round-tag and Event round-triangle) without
 * opening a new path: harmless on a canvas, where each shape gets a fresh Path2D, but the SVG
 * exporter draws into a canvas2svg context, whose current element is then the previous label's
 * <text>. The shape was lost, the label took the shape's fill (the coloured second lines) and
 * canvas2svg logged "Attempted to apply path command to node text" once per shape. Opening the
 * path first is what the other shapes' paths already do.
 */
function openRoundPolygonPaths(cy: Core): void {
  const renderer = (cy as Core & { renderer(): RoundPolygonRenderer }).renderer();
  if (renderer.svgSafeRoundPolygons) return;
  const draw = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (context, ...rest) {
    context.beginPath?.();
    draw.call(this, context, ...rest);
  };
  renderer.svgSafeRoundPolygons = true;
}

export function createExportMenu(root: HTMLElement, opts: ExportMenuOptions): void {
  const copy = h('button', { type: 'button', class: 'top-button', 'data-testid': 'copy-link' }, 'Copy link');
  copy.addEventListener('click', async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      opts.notify('Link copied: it reopens this view.');
    } catch {
      // Clipboard may be refused (insecure context); show the link so it can be copied by hand.
      window.prompt('Copy this link:', url);
    }
  });

  const item = (text: string, testId: string, run: () => Promise<void> | void) =>
    h(
      'li',
      { role: 'none' },
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          'data-testid': testId,
          onclick: async () => {
            menu.open = false;
            try {
              await run();
            } catch (err) {
              opts.notify(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
            }
          },
        },
        text,
      ),
    );
  const stamp = () => `${opts.baseName()}-${new Date().toISOString().slice(0, 10)}`;
  const menu = h(
    'details',
    { class: 'menu' },
    h('summary', { class: 'top-button', 'data-testid': 'export-menu' }, 'Export'),
    h(
      'ul',
      { role: 'menu', class: 'menu-list' },
      item('PNG image of the view', 'export-png', async () => {
        const blob = (await opts.cy().png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })) as Blob;
        download(`${stamp()}.png`, blob);
      }),
      item('SVG image of the view', 'export-svg', async () => {
        await ensureSvg();
        openRoundPolygonPaths(opts.cy());
        const markup = (opts.cy() as Core & { svg(o: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
        download(`${stamp()}.svg`, new Blob([markup], { type: 'image/svg+xml' }));
      }),
      item('Visible graph as JSON', 'export-json', () => {
        const graph = opts.visible();
        download(`${stamp()}.json`, new Blob([graphJson(graph)], { type: 'application/json' }));
        opts.notify(`Exported ${exportSummary(graph).text}.`);
      }),
      item('Visible nodes as CSV', 'export-nodes-csv', () =>
        download(`${stamp()}-nodes.csv`, new Blob([nodesCsv(opts.visible().nodes)], { type: 'text/csv' })),
      ),
      item('Visible relationships as CSV', 'export-edges-csv', () => {
        const graph = opts.visible();
        download(`${stamp()}-relationships.csv`, new Blob([edgesCsv(graph.edges)], { type: 'text/csv' }));
        opts.notify(`Exported ${exportSummary(graph).text}, each relationship with its article and sentence.`);
      }),
    ),
  );
  document.addEventListener('click', (e) => {
    if (menu.open && !menu.contains(e.target as Node)) menu.open = false;
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
  root.append(copy, menu);
}
