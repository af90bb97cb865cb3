// After a retraction, a scene forgets what the article stated: its relationships, and the nodes
// the server deleted, so neither is drawn again; what other articles state stays.
import { describe, expect, it } from 'vitest';
import { forgetRetracted } from '../../../client/src/controllers/sources.ts';
import { GraphModel } from '../../../client/src/graph/graph-model.ts';
import { edge, node, payload } from './fixtures.ts';

describe('forgetRetracted', () => {
  it('takes the retracted relationships and deleted nodes out of view, edges of the deleted nodes too', () => {
    const m = new GraphModel();
    m.reset(
      payload(
        [node('pm'), node('gov'), node('fed'), node('kyushu', 'Region')],
        [edge('e1', 'pm', 'gov'), edge('e2', 'pm', 'gov'), edge('e3', 'fed', 'kyushu'), edge('e4', 'gov', 'kyushu')],
      ),
    );
    forgetRetracted(m, { edges: ['e2', 'e3'], nodes: ['fed'] });
    const shown = m.displayed();
    expect(shown.nodes.map((n) => n.id).sort()).toEqual(['gov', 'kyushu', 'pm']);
    expect(shown.edges.map((e) => e.id).sort()).toEqual(['e1', 'e4']);
  });
});
