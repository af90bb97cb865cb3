// The Paths tab: the path finder draws all shortest paths in the paths scene and highlights the
// one being stepped through; "Path from / to here" on any node lands here.
import { createPathFinder } from '../components/path-finder.ts';
import type { Bus } from '../events.ts';
import { mergePayloads } from '../graph/elements.ts';
import type { ViewState } from '../state/url-state.ts';
import { restoreNotice } from '../text.ts';
import type { Stage } from './stage.ts';
import type { UrlSync } from './url-sync.ts';

export interface Paths {
  restore(state: ViewState): Promise<void>;
}

export function createPaths(root: HTMLElement, stage: Stage, bus: Bus, urlSync: UrlSync): Paths {
  stage.describeEmpty('paths', (filtered) =>
    filtered ? 'The path is filtered out by the legend.' : 'Pick two entities to see how they connect.',
  );
  const finder = createPathFinder(root, {
    showPaths: (paths) => {
      stage.highlight('paths', null);
      return stage.show('paths', mergePayloads(paths));
    },
    highlight: (path, ends) => stage.highlight('paths', path ? { path, ends, dim: true } : null),
    selectEdge: (id) => void stage.select({ kind: 'edge', id }, { center: true }),
    selectNode: (id) => void stage.select({ kind: 'node', id }, { center: true }),
    changed: () => bus.emit('view-changed'),
  });
  bus.on('path-end', ({ which, node }) => {
    stage.setTab('paths');
    finder.setEnd(which, node);
  });
  urlSync.contribute(() => {
    const s = finder.state();
    return { pathFrom: s.from, pathTo: s.to, pathIndex: s.index };
  });
  return {
    async restore(state) {
      if (state.tab !== 'paths') return;
      const missing = await finder.restore(state.pathFrom, state.pathTo, state.pathIndex);
      const notice = restoreNotice({ nodes: missing });
      if (notice) bus.emit('notice', { text: notice, kind: 'warning' });
    },
  };
}
