// The Cypher console's pure parts: result values → table cells (chips for nodes, relationships
// and paths), the table's CSV (chips by name, RFC 4180 quoting, formula guard), the parameters
// box and where the editor offers which completions.
import { describe, expect, it } from 'vitest';
import { completionAt, completionOptions } from '../../../client/src/analysis/cypher-completion.ts';
import { parseParams } from '../../../client/src/analysis/cypher-params.ts';
import { csvValue, estimatedRows, hasGraph, resultCell, resultCells } from '../../../client/src/analysis/cypher-result.ts';
import { toCsv } from '../../../client/src/export/csv.ts';

const fukuoka = { id: 'fukuoka', label: 'Prefecture', name: 'Fukuoka', properties: { id: 'fukuoka', name: 'Fukuoka' } };
const kyushu = { id: 'kyushu', label: 'Region', name: 'Kyushu', properties: { id: 'kyushu', name: 'Kyushu' } };
const partOf = {
  id: 'r1',
  type: 'PART_OF',
  source: '4:x:1',
  target: '4:x:2',
  properties: { source: 'a1', evidence: 'Fukuoka est à Kyushu.' },
};

describe('result cells', () => {
  it('shows a node, a relationship, a path and a list of nodes as chips', () => {
    expect(resultCell(fukuoka)).toEqual({
      kind: 'chips',
      path: false,
      chips: [{ kind: 'node', id: 'fukuoka', label: 'Prefecture', name: 'Fukuoka' }],
    });
    expect(resultCell(partOf)).toEqual({ kind: 'chips', path: false, chips: [{ kind: 'edge', id: 'r1', type: 'PART_OF' }] });
    const path = resultCell({ nodes: [fukuoka, kyushu], edges: [{ ...partOf, source: 'fukuoka', target: 'kyushu' }] });
    expect(path).toMatchObject({ kind: 'chips', path: true });
    expect(path.kind === 'chips' && path.chips.map((c) => c.id)).toEqual(['fukuoka', 'r1', 'kyushu']);
    expect(resultCell([fukuoka, kyushu])).toMatchObject({ kind: 'chips', path: false, chips: [{ id: 'fukuoka' }, { id: 'kyushu' }] });
  });

  it('keeps scalars and plain maps as text, and a map that only looks like a path', () => {
    expect(resultCell('Kyushu')).toEqual({ kind: 'text', text: 'Kyushu', value: 'Kyushu' });
    expect(resultCell(3)).toEqual({ kind: 'text', text: '3', value: 3 });
    expect(resultCell(null)).toEqual({ kind: 'text', text: 'null', value: null });
    expect(resultCell({ a: 1 })).toEqual({ kind: 'text', text: '{"a":1}', value: '{"a":1}' });
    expect(resultCell({ nodes: [1], edges: [] }).kind).toBe('text');
    expect(resultCell([fukuoka, 'x']).kind).toBe('text');
  });

  it('tells a table-only result from one with something to draw', () => {
    expect(hasGraph({ graph: { nodes: [], edges: [] } })).toBe(false);
    expect(hasGraph({ graph: { nodes: [fukuoka], edges: [] } })).toBe(true);
  });
});

describe('plan estimates', () => {
  it('keep a tenth below ten rows, say "row" for one, and group thousands', () => {
    expect([0.4, 1, 1.04, 9.96, 1234.4].map(estimatedRows)).toEqual(['≈ 0.4 rows', '≈ 1 row', '≈ 1 row', '≈ 10 rows', '≈ 1,234 rows']);
  });
});

describe('the result table as CSV', () => {
  it('is exactly the table: columns as returned, chips by name, quoting and the formula guard', () => {
    const res = {
      columns: ['p', 'r', 'path', 'note', 'n', 'missing'],
      rows: [
        {
          p: fukuoka,
          r: partOf,
          path: { nodes: [fukuoka, kyushu], edges: [partOf] },
          note: '=HYPERLINK("x")',
          n: -3,
          missing: null,
        },
        { p: [fukuoka, kyushu], r: 'a, "b"\nc', path: '+1', note: '@SUM(A1)', n: true, missing: '-x' },
      ],
    };
    const csv = toCsv([res.columns, ...resultCells(res).map((row) => row.map(csvValue))]);
    expect(csv).toBe(
      [
        'p,r,path,note,n,missing',
        `Fukuoka,:PART_OF r1,Fukuoka → :PART_OF r1 → Kyushu,"'=HYPERLINK(""x"")",-3,`,
        `Fukuoka; Kyushu,"a, ""b""\nc",'+1,'@SUM(A1),true,'-x`,
        '',
      ].join('\r\n'),
    );
  });
});

describe('parameters', () => {
  it('reads a JSON object, and nothing as no parameters', () => {
    expect(parseParams('')).toEqual({ ok: true, params: {} });
    expect(parseParams('  \n')).toEqual({ ok: true, params: {} });
    expect(parseParams('{"id": "kyushu", "n": 2}')).toEqual({ ok: true, params: { id: 'kyushu', n: 2 } });
  });

  it.each([
    ['{"id": ', /not valid JSON/],
    ['[1, 2]', /must be a JSON object/],
    ['"kyushu"', /must be a JSON object/],
    ['null', /must be a JSON object/],
    [JSON.stringify({ p: JSON.parse('['.repeat(40) + ']'.repeat(40)) }), /deeper than 32/],
    [JSON.stringify({ p: 'x'.repeat(17_000) }), /at most 16 KB/],
  ])('says what is wrong with %s', (text, message) => {
    const parsed = parseParams(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});

describe('completion', () => {
  const at = (text: string) => completionAt(text);

  it('offers labels after ":" in a node pattern and in WHERE, types inside "["', () => {
    expect(at('MATCH (n:Pre')).toEqual({ kind: 'label', from: 9, prefix: 'Pre' });
    expect(at('MATCH (:')).toEqual({ kind: 'label', from: 8, prefix: '' });
    expect(at('MATCH (n:Official|Pre')).toMatchObject({ kind: 'label', prefix: 'Pre' });
    expect(at('MATCH (n) WHERE n:Reg')).toMatchObject({ kind: 'label', prefix: 'Reg' });
    expect(at('MATCH (a)-[r:MET')).toEqual({ kind: 'type', from: 13, prefix: 'MET' });
    expect(at('MATCH (a)-[:')).toMatchObject({ kind: 'type', prefix: '' });
    expect(at('MATCH (a)-[:MET_WITH|PA')).toMatchObject({ kind: 'type', prefix: 'PA' });
  });

  it('offers property keys after "." and as keys of a map, not as map values', () => {
    expect(at('MATCH (n) RETURN n.na')).toEqual({ kind: 'property', from: 19, prefix: 'na' });
    expect(at('MATCH (n) RETURN n.')).toMatchObject({ kind: 'property', prefix: '' });
    expect(at("MATCH (n:Region {id: 'kyushu', na")).toMatchObject({ kind: 'property', prefix: 'na' });
    expect(at('MATCH (n:Region {')).toMatchObject({ kind: 'property', prefix: '' });
    expect(at('MATCH (n:Region {id: ')).toBeNull();
    expect(at('RETURN 1.')).toBeNull();
  });

  it('offers keywords while a word is typed elsewhere, and nothing in strings, comments or parameters', () => {
    expect(at('MATCH (n) RET')).toEqual({ kind: 'keyword', from: 10, prefix: 'RET' });
    expect(at('MATCH (n) ')).toBeNull();
    expect(at("MATCH (n {name: 'a:Pre")).toBeNull();
    expect(at('MATCH (n) // n:Pre')).toBeNull();
    expect(at('MATCH (n) /* n:Pre')).toBeNull();
    expect(at('MATCH (n) WHERE n.id = $i')).toBeNull();
    // A list comprehension's '|' is no label expression.
    expect(at('RETURN [x IN [1] | x')).toMatchObject({ kind: 'keyword' });
  });

  it('draws the options from the database’s schema', () => {
    const schema = { labels: ['Prefecture', 'Region'], relationshipTypes: ['PART_OF'], propertyKeys: ['id', 'name'] };
    expect(completionOptions({ kind: 'label', from: 0, prefix: '' }, schema)).toEqual([
      { label: 'Prefecture', type: 'class' },
      { label: 'Region', type: 'class' },
    ]);
    expect(completionOptions({ kind: 'type', from: 0, prefix: '' }, schema)).toEqual([{ label: 'PART_OF', type: 'type' }]);
    expect(completionOptions({ kind: 'property', from: 0, prefix: '' }, schema).map((o) => o.label)).toEqual(['id', 'name']);
    expect(completionOptions({ kind: 'keyword', from: 0, prefix: 'RE' }, null).map((o) => o.label)).toContain('RETURN');
    expect(completionOptions({ kind: 'label', from: 0, prefix: '' }, null)).toEqual([]);
  });
});

describe('the console in the URL', () => {
  it('carries the parameters and the view, and reads an unknown view as the Graph view', async () => {
    const { DEFAULT_STATE, decodeState, encodeState } = await import('../../../client/src/state/url-state.ts');
    const state = {
      ...DEFAULT_STATE,
      tab: 'cypher' as const,
      query: 'RETURN $id',
      cypherParams: '{"id": "kyushu"}',
      cypherView: 'raw' as const,
    };
    const hash = encodeState(state);
    expect(hash).toContain('cv=raw');
    expect(decodeState(`#${hash}`)).toEqual(state);
    expect(encodeState({ ...state, cypherView: 'graph', cypherParams: '' })).not.toMatch(/cv=|qp=/);
    expect(decodeState('#tab=cypher&cv=pie').cypherView).toBe('graph');
  });
});
