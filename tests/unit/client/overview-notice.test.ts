// The Explore tab's capped-overview warning: nodes past the cap and relationships past the edges cap.
import { describe, expect, it } from 'vitest';
import { overviewCapNotice } from '../../../client/src/controllers/explore.ts';
import { edge, node } from './fixtures.ts';

const nodes = [node('a'), node('b'), node('c')];
const overview = (over: { truncated?: boolean; edgesTruncated?: boolean; relationshipsAmong?: number }) => ({
  nodes,
  edges: [edge('e1', 'a', 'b')],
  truncated: false,
  relationshipsAmong: 1,
  edgesTruncated: false,
  ...over,
});

describe('the capped overview warning', () => {
  it('says nothing when every node and relationship came', () => {
    expect(overviewCapNotice(overview({}), 10)).toBe('');
  });

  it('names the nodes shown when the nodes were capped', () => {
    expect(overviewCapNotice(overview({ truncated: true }), 3)).toBe('Capped: showing the first 3 nodes');
  });

  it('names the relationships sent out of those among the nodes when the edges were capped', () => {
    expect(overviewCapNotice(overview({ edgesTruncated: true, relationshipsAmong: 41097 }), 10)).toBe(
      'Capped: 1 of the 41,097 relationships among them (the most cited facts)',
    );
    expect(overviewCapNotice(overview({ truncated: true, edgesTruncated: true, relationshipsAmong: 2 }), 3)).toBe(
      'Capped: showing the first 3 nodes, 1 of the 2 relationships among them (the most cited facts)',
    );
  });
});
