// Path finder: two search boxes, all shortest paths between the picks drawn together, one
// highlighted at a time with its steps (and their evidence) listed; Previous/Next step through.
import { api, ApiError } from '../api.ts';
import type { GraphPayload, NodeSummary } from '../../../contract/api/graph.ts';
import { orderPath, pathStart, type PathStep } from '../analysis/paths.ts';
import { API_LIMITS } from '../config.ts';
import { displayType } from '../graph/elements.ts';
import { typeColor } from '../graph/label-style.ts';
import { edgeEvidence } from '../evidence/evidence.ts';
import { createEvidenceCard } from './evidence-card.ts';
import { createSearchBox } from './search-box.ts';
import { plural } from '../text.ts';
import { h } from './dom.ts';

export interface PathHost {
  showPaths(paths: GraphPayload[]): Promise<void>;
  highlight(path: GraphPayload | null, ends: string[]): void;
  selectEdge(id: string): void;
  selectNode(id: string): void;
  changed(): void;
}

export interface PathFinder {
  setEnd(which: 'from' | 'to', node: NodeSummary): void;
  /** Reloads both ends and the path shown; resolves to the ids of the ends that could not be loaded. */
  restore(from: string | null, to: string | null, index: number): Promise<string[]>;
  state(): { from: string | null; to: string | null; index: number };
}

export function createPathFinder(root: HTMLElement, host: PathHost): PathFinder {
  let from: NodeSummary | null = null;
  let to: NodeSummary | null = null;
  let paths: GraphPayload[] = [];
  let index = 0;

  const fromRoot = h('div', { class: 'field' });
  const toRoot = h('div', { class: 'field' });
  const fromBox = createSearchBox(fromRoot, {
    label: 'From',
    placeholder: 'e.g. Bùi Thanh Sơn',
    testId: 'path-from',
    onPick: (r) => ((from = r), void find()),
  });
  const toBox = createSearchBox(toRoot, {
    label: 'To',
    placeholder: 'e.g. Fukuoka',
    testId: 'path-to',
    onPick: (r) => ((to = r), void find()),
  });
  const hops = h(
    'select',
    { id: 'path-hops', 'data-testid': 'path-hops' },
    ...Array.from({ length: API_LIMITS.pathHopsMax }, (_, i) => i + 1).map((n) =>
      h('option', { value: n, selected: n === API_LIMITS.pathHopsDefault }, String(n)),
    ),
  );
  const swap = h(
    'button',
    {
      type: 'button',
      class: 'small-button',
      title: 'Swap ends',
      'aria-label': 'Swap from and to',
      onclick: () => (([from, to] = [to, from]), fromBox.setValue(from?.name ?? ''), toBox.setValue(to?.name ?? ''), void find()),
    },
    '⇅ Swap',
  );
  const findButton = h(
    'button',
    { type: 'button', class: 'primary-button', 'data-testid': 'path-find', onclick: () => void find() },
    'Find paths',
  );
  const result = h('div', { class: 'path-result', 'data-testid': 'path-result', 'aria-live': 'polite' });
  root.append(
    h('h2', {}, 'Find how two entities connect'),
    h('p', { class: 'hint' }, 'All shortest paths are drawn; step through them one at a time.'),
    fromRoot,
    toRoot,
    h('div', { class: 'row' }, h('label', { for: 'path-hops', class: 'field-label inline' }, 'Max hops'), hops, swap, findButton),
    result,
  );

  const step = (s: PathStep) =>
    h(
      'li',
      { class: 'path-step' },
      h(
        'div',
        { class: 'step-head' },
        h('button', { type: 'button', class: 'node-link step-node', onclick: () => host.selectNode(s.from.id) }, s.from.name),
        h(
          'button',
          {
            type: 'button',
            class: 'type-chip',
            style: `--type-color:${typeColor(s.edge.type)}`,
            title: 'Select this relationship',
            onclick: () => host.selectEdge(s.edge.id),
          },
          s.forward ? `${displayType(s.edge.type)} →` : `← ${displayType(s.edge.type)}`,
        ),
        h('button', { type: 'button', class: 'node-link step-node', onclick: () => host.selectNode(s.to.id) }, s.to.name),
      ),
      // A step several articles state: every citation's sentence, not only the first.
      ...s.citations.flatMap((edge) => edgeEvidence(edge)).map((ev) => createEvidenceCard(ev)),
    );

  const render = () => {
    if (!paths.length) return;
    const current = paths[index]!;
    const start = pathStart(current, from?.id ?? null);
    const steps = start ? orderPath(current, start) : [];
    const hopsCount = steps.length;
    result.replaceChildren(
      h(
        'p',
        { class: 'summary', 'data-testid': 'path-summary' },
        `${plural(paths.length, 'shortest path')} of ${plural(hopsCount, 'hop')}`,
      ),
      h(
        'div',
        { class: 'row stepper' },
        h(
          'button',
          { type: 'button', class: 'small-button', disabled: index === 0, 'data-testid': 'path-prev', onclick: () => go(index - 1) },
          '← Previous',
        ),
        h('span', { 'data-testid': 'path-position' }, `Path ${index + 1} of ${paths.length}`),
        h(
          'button',
          {
            type: 'button',
            class: 'small-button',
            disabled: index >= paths.length - 1,
            'data-testid': 'path-next',
            onclick: () => go(index + 1),
          },
          'Next →',
        ),
      ),
      h('ol', { class: 'path-steps', 'data-testid': 'path-steps' }, ...steps.map(step)),
    );
    host.highlight(current, [from?.id ?? '', to?.id ?? ''].filter(Boolean));
  };

  const go = (i: number) => {
    index = Math.max(0, Math.min(paths.length - 1, i));
    render();
    host.changed();
  };

  const find = async (initialIndex = 0) => {
    if (!from || !to) {
      result.replaceChildren(h('p', { class: 'hint' }, !from ? 'Pick where the path starts.' : 'Pick where the path ends.'));
      host.changed();
      return;
    }
    if (from.id === to.id) {
      result.replaceChildren(h('p', { class: 'hint' }, 'Pick two different entities.'));
      return;
    }
    result.replaceChildren(h('p', { class: 'hint loading' }, 'Searching…'));
    findButton.disabled = true;
    try {
      const res = await api.paths(from.id, to.id, Number(hops.value));
      paths = res.paths;
      index = Math.min(initialIndex, Math.max(0, paths.length - 1));
      await host.showPaths(paths);
      if (!paths.length) {
        host.highlight(null, []);
        result.replaceChildren(
          h(
            'p',
            { class: 'empty', 'data-testid': 'path-summary' },
            `No path of at most ${plural(Number(hops.value), 'hop')} between ${from.name} and ${to.name}.`,
          ),
        );
      } else render();
    } catch (err) {
      paths = [];
      await host.showPaths([]);
      result.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, err instanceof ApiError ? err.message : 'Path search failed.'));
    } finally {
      findButton.disabled = false;
      host.changed();
    }
  };

  return {
    setEnd(which, node) {
      if (which === 'from') {
        from = node;
        fromBox.setValue(node.name);
      } else {
        to = node;
        toBox.setValue(node.name);
      }
      void find();
    },
    async restore(fromId, toId, i) {
      const load = async (id: string | null): Promise<NodeSummary | null> =>
        id
          ? api.node(id).then(
              (d) => d.node,
              () => null,
            )
          : null;
      [from, to] = await Promise.all([load(fromId), load(toId)]);
      fromBox.setValue(from?.name ?? '');
      toBox.setValue(to?.name ?? '');
      if (from && to) await find(i);
      return [fromId && !from ? [fromId] : [], toId && !to ? [toId] : []].flat();
    },
    state: () => ({ from: from?.id ?? null, to: to?.id ?? null, index }),
  };
}
