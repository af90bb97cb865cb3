import { describe, expect, it } from 'vitest';
import { countBy, displayName, displayType, hubIds, mergePayloads, payloadToElements } from '../../../client/src/graph/elements.ts';
import { buildStylesheet } from '../../../client/src/graph/stylesheet.ts';
import { KNOWN_LABELS, labelStyle, shapeSvg, typeColor } from '../../../client/src/graph/label-style.ts';
import { edge, node, payload } from './fixtures.ts';

describe('payload → Cytoscape elements', () => {
  it('makes one node element per node with its label class and one edge element per edge', () => {
    const els = payloadToElements(payload([node('a'), node('b', 'Sector')], [edge('e1', 'a', 'b', 'REQUESTED_COOPERATION_IN')]));
    expect(els).toEqual([
      { group: 'nodes', data: { id: 'a', label: 'Official', name: 'A', display: 'A' }, classes: 'label-Official' },
      { group: 'nodes', data: { id: 'b', label: 'Sector', name: 'B', display: 'B' }, classes: 'label-Sector' },
      {
        group: 'edges',
        data: { id: 'e1', source: 'a', target: 'b', type: 'REQUESTED_COOPERATION_IN', display: 'requested cooperation in' },
        classes: 'type-REQUESTED_COOPERATION_IN',
      },
    ]);
  });

  it('drops edges whose ends are missing and duplicate ids', () => {
    const els = payloadToElements(payload([node('a'), node('a')], [edge('e1', 'a', 'ghost')]));
    expect(els.map((e) => e.data.id)).toEqual(['a']);
  });

  it('keeps parallel edges between the same pair apart (distinct ids)', () => {
    const els = payloadToElements(payload([node('a'), node('b')], [edge('e1', 'a', 'b'), edge('e2', 'a', 'b', 'REPRESENTS')]));
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(2);
  });

  it('shortens long names for the canvas only', () => {
    expect(displayName('Mise en œuvre des documents de coopération signés')).toBe('Mise en œuvre des\ndocuments de…');
    expect(displayName('Kyushu')).toBe('Kyushu');
    expect(displayType('PART_OF')).toBe('part of');
  });

  it('merges path payloads without duplicates and keeps truncation', () => {
    const merged = mergePayloads([
      payload([node('a'), node('b')], [edge('ab', 'a', 'b')]),
      payload([node('b'), node('c')], [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')], true),
    ]);
    expect(merged.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(merged.edges.map((e) => e.id)).toEqual(['ab', 'bc']);
    expect(merged.truncated).toBe(true);
  });

  it('picks the best-connected nodes as hubs, never weakly connected ones', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, degree: i % 10 }));
    const hubs = hubIds(nodes);
    expect(hubs.size).toBe(6);
    for (const id of hubs) expect(nodes.find((n) => n.id === id)!.degree).toBeGreaterThanOrEqual(8);
    expect(
      hubIds([
        { id: 'a', degree: 1 },
        { id: 'b', degree: 2 },
      ]).size,
    ).toBe(0);
  });

  it('counts by key', () => {
    expect([...countBy([node('a'), node('b', 'Sector'), node('c')], (n) => n.label)]).toEqual([
      ['Official', 2],
      ['Sector', 1],
    ]);
  });
});

describe('label and type styles', () => {
  it('gives every known label its own colour and shape', () => {
    const styles = KNOWN_LABELS.map(labelStyle);
    expect(new Set(styles.map((s) => s.color)).size).toBe(KNOWN_LABELS.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(KNOWN_LABELS.length);
  });

  it('gives an unknown label a stable style', () => {
    expect(labelStyle('Person')).toEqual(labelStyle('Person'));
    expect(typeColor('NEW_TYPE')).toBe(typeColor('NEW_TYPE'));
  });

  it('draws a legend shape for each style', () => {
    for (const label of KNOWN_LABELS)
      expect(shapeSvg(labelStyle(label).shape, '#000', '#111')).toMatch(/^<svg [^>]*>.*<(circle|rect|polygon) /);
  });

  it('styles edges as bezier curves labelled with their type, with a rule per label and type', () => {
    const sheet = buildStylesheet(['Official', 'Sector'], ['MET_WITH']);
    const edgeRule = sheet.find((r) => 'selector' in r && r.selector === 'edge') as unknown as { style: Record<string, unknown> };
    expect(edgeRule.style['curve-style']).toBe('bezier');
    expect(edgeRule.style.label).toBe('data(display)');
    const selectors = sheet.map((r) => ('selector' in r ? r.selector : ''));
    expect(selectors).toEqual(expect.arrayContaining(['node.label-Official', 'node.label-Sector', 'edge.type-MET_WITH', '.dimmed']));
  });
});
