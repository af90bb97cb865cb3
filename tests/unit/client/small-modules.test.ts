import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToHistory, HISTORY_KEY, loadHistory, saveHistory, type KeyValueStore } from '../../../client/src/state/query-history.ts';
import { csvCell, edgesCsv, nodesCsv, toCsv } from '../../../client/src/export/csv.ts';
import { excerpt, locateEvidence } from '../../../client/src/evidence/locate.ts';
import { articleDate, edgeEvidence, nodeMentions } from '../../../client/src/evidence/evidence.ts';
import { caretLines, formatValue, syntaxPosition, toTable } from '../../../client/src/analysis/cypher-result.ts';
import { parseExample, parseExamples } from '../../../client/src/analysis/cypher-examples.ts';
import { orderPath, pathStart } from '../../../client/src/analysis/paths.ts';
import { edge, MemoryStore, node, payload } from './fixtures.ts';

describe('query history', () => {
  it('puts the latest query first, without duplicates or blanks, capped', () => {
    let h: string[] = [];
    h = addToHistory(h, 'MATCH (a) RETURN a');
    h = addToHistory(h, 'MATCH (b) RETURN b');
    h = addToHistory(h, '  MATCH (a) RETURN a  ');
    h = addToHistory(h, '   ');
    expect(h).toEqual(['MATCH (a) RETURN a', 'MATCH (b) RETURN b']);
    expect(addToHistory(['1', '2', '3'], '4', 3)).toEqual(['4', '1', '2']);
  });

  it('survives storage round trips and garbage', () => {
    const store = new MemoryStore();
    saveHistory(store, ['q1', 'q2']);
    expect(loadHistory(store)).toEqual(['q1', 'q2']);
    store.setItem(HISTORY_KEY, '{not json');
    expect(loadHistory(store)).toEqual([]);
    store.setItem(HISTORY_KEY, JSON.stringify(['ok', 3, null, '']));
    expect(loadHistory(store)).toEqual(['ok']);
    expect(loadHistory(undefined)).toEqual([]);
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
    };
    expect(() => saveHistory(full, ['x'])).not.toThrow();
  });
});

describe('CSV export', () => {
  it('quotes separators, quotes and newlines and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(
      toCsv([
        ['a', 1],
        ['b', true],
      ]),
    ).toBe('a,1\r\nb,true\r\n');
  });

  it('writes nodes with a column per property and lists joined', () => {
    const csv = nodesCsv([node('kyushu', 'Region', { aliases: ['Kyūshū', '九州'], population: 12 }), node('saga', 'Prefecture')]);
    expect(csv.split('\r\n')).toEqual([
      'id,label,name,aliases,population',
      'kyushu,Region,KYUSHU,Kyūshū; 九州,12',
      'saga,Prefecture,SAGA,,',
      '',
    ]);
  });

  it('writes edges with their source article and evidence first', () => {
    const csv = edgesCsv([edge('e1', 'a', 'b', 'MET_WITH', { evidence: 'A met B, in Hanoi.', dateText: '5 mars' })]);
    expect(csv.split('\r\n')[0]).toBe('id,type,from,to,source_article,evidence,fact,fact_articles,dateText');
    expect(csv.split('\r\n')[1]).toBe('e1,MET_WITH,a,b,article-1,"A met B, in Hanoi.",1,1,5 mars');
  });
});

describe('evidence in context', () => {
  const text = 'Hanoi, le 5 mars.\n\nLe vice-Premier ministre  Bùi Thanh Sơn a reçu M. Kuratomi Sumio. Il a salué la visite.';

  it('finds the sentence verbatim and splits the text around it', () => {
    const found = locateEvidence(text, 'Il a salué la visite.');
    expect(found).toEqual({ before: text.slice(0, text.indexOf('Il a')), match: 'Il a salué la visite.', after: '' });
  });

  it('tolerates different whitespace and Unicode composition', () => {
    const decomposed = 'Le vice-Premier ministre Bùi Thanh Sơn a reçu M. Kuratomi Sumio.'.normalize('NFD');
    const found = locateEvidence(text, decomposed);
    expect(found?.match).toBe('Le vice-Premier ministre  Bùi Thanh Sơn a reçu M. Kuratomi Sumio.');
  });

  it('falls back to case-insensitive, and reports a missing sentence as null', () => {
    expect(locateEvidence(text, 'IL A SALUÉ LA VISITE.')?.match).toBe('Il a salué la visite.');
    expect(locateEvidence(text, 'Nothing like this.')).toBeNull();
    expect(locateEvidence('', 'x')).toBeNull();
  });

  it('cuts an excerpt at word boundaries', () => {
    const long = { before: 'word '.repeat(100), match: 'M', after: ' more'.repeat(100) };
    const ex = excerpt(long, 20);
    expect(ex.before.startsWith('…')).toBe(true);
    expect(ex.before.length).toBeLessThanOrEqual(21);
    expect(ex.after.endsWith('…')).toBe(true);
    expect(ex.match).toBe('M');
  });

  it('reads edge evidence and zips node mentions', () => {
    expect(edgeEvidence(edge('e', 'a', 'b'))).toEqual([{ source: 'article-1', evidence: 'a MET_WITH b.' }]);
    expect(nodeMentions({ sources: ['x', 'y', 'x'], evidence: ['one', 'two', 'one'] })).toEqual([
      { source: 'x', evidence: 'one' },
      { source: 'y', evidence: 'two' },
    ]);
  });

  it('keeps the clause that states the fact when it occurs in the sentence', () => {
    const e = edge('e', 'a', 'b', 'REQUESTED_COOPERATION_IN', {
      evidence: 'He hopes Kyushu will train engineers and welcome workers.',
      evidenceClause: 'welcome workers',
    });
    expect(edgeEvidence(e)).toEqual([
      { source: 'article-1', evidence: 'He hopes Kyushu will train engineers and welcome workers.', clause: 'welcome workers' },
    ]);
    expect(edgeEvidence(edge('f', 'a', 'b', 'MET_WITH', { evidenceClause: 'not in the sentence' }))[0]).not.toHaveProperty('clause');
  });

  it('flags an inferred year', () => {
    expect(articleDate({ date: null, inferredDate: '2025-03-05', dateText: '5 mars' })).toEqual({ text: '5 Mar 2025', inferred: true });
    expect(articleDate({ date: '2023-11-25', inferredDate: null, dateText: '' })).toEqual({ text: '25 Nov 2023', inferred: false });
    expect(articleDate({ date: null, inferredDate: null, dateText: '5 mars' })).toEqual({ text: '5 mars', inferred: false });
  });
});

describe('Cypher results and errors', () => {
  it('formats entities, lists, maps and scalars for the table', () => {
    expect(formatValue({ id: 'kyushu', label: 'Region', name: 'Kyushu', properties: {} })).toBe('(Kyushu:Region)');
    expect(formatValue({ id: 'e', type: 'PART_OF', source: 'a', target: 'b', properties: {} })).toBe('[:PART_OF]');
    expect(formatValue([1, 'a', null])).toBe('[1, a, null]');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
    expect(
      toTable({
        columns: ['x', 'y'],
        rows: [
          { x: 1, y: 'b' },
          { y: 'c', x: 2 },
        ],
      }).rows,
    ).toEqual([
      ['1', 'b'],
      ['2', 'c'],
    ]);
  });

  it('finds the syntax error position and draws a caret under it', () => {
    const q = 'MATCH (n)\nRETRUN n';
    const pos = syntaxPosition({ line: 2, column: 1, offset: 10 });
    expect(pos).toEqual({ line: 2, column: 1, offset: 10 });
    expect(caretLines(q, { line: 2, column: 3, offset: 12 })).toEqual({ line: 'RETRUN n', caret: '  ^' });
    expect(caretLines(q, { line: 3, column: 1, offset: 18 })).toBeNull();
    expect(syntaxPosition(undefined)).toBeNull();
    expect(syntaxPosition({ neo4jCode: 'Neo.ClientError.Statement.SyntaxError' })).toBeNull();
  });
});

describe('example queries', () => {
  it('reads the title, question and statement', () => {
    const ex = parseExample(
      '/x/cypher/examples/01-who-met-whom.cypher',
      '// title: Who met whom\n// question: Which officials met?\n\nMATCH (a)-[r:MET_WITH]->(b)\nRETURN a, r, b;\n',
    );
    expect(ex).toEqual({
      file: '01-who-met-whom',
      title: 'Who met whom',
      question: 'Which officials met?',
      query: 'MATCH (a)-[r:MET_WITH]->(b)\nRETURN a, r, b',
    });
  });

  it('every shipped example has a title, a question and one statement', () => {
    const dir = path.resolve('cypher/examples');
    const files = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.cypher'))
        .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
    );
    const examples = parseExamples(files);
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const ex of examples) {
      expect(ex.title, ex.file).not.toBe('');
      expect(ex.question, ex.file).not.toBe('');
      expect(ex.query, ex.file).toMatch(/\bRETURN\b/);
      expect(ex.query.replace(/'[^']*'/g, ''), ex.file).not.toContain(';');
    }
  });
});

describe('path steps', () => {
  it('orders an unordered path from its start and records walking direction', () => {
    const p = payload([node('c'), node('a'), node('b')], [edge('bc', 'c', 'b', 'PART_OF'), edge('ab', 'a', 'b')]);
    const steps = orderPath(p, 'a');
    expect(steps.map((s) => [s.from.id, s.edge.id, s.to.id, s.forward])).toEqual([
      ['a', 'ab', 'b', true],
      ['b', 'bc', 'c', false],
    ]);
    expect(pathStart(p, null)).toBe('c');
    expect(pathStart(p, 'a')).toBe('a');
  });

  it('takes a step cited by parallel relationships once, with every citation, instead of walking back over them', () => {
    const p = payload(
      [node('a'), node('b'), node('c')],
      [edge('ab-1', 'a', 'b'), edge('ab-2', 'a', 'b'), edge('cb', 'c', 'b', 'PART_OF'), edge('ba', 'b', 'a')],
    );
    const steps = orderPath(p, 'a');
    expect(steps.map((s) => [s.from.id, s.to.id, s.citations.map((e) => e.id)])).toEqual([
      ['a', 'b', ['ab-1', 'ab-2', 'ba']],
      ['b', 'c', ['cb']],
    ]);
    // An end is a node with one neighbour, however many relationships lead to it (not the middle node).
    const both = payload(
      [node('b'), node('a'), node('c')],
      [edge('ab-1', 'a', 'b'), edge('ab-2', 'a', 'b'), edge('bc-1', 'b', 'c'), edge('bc-2', 'b', 'c')],
    );
    expect(['a', 'c']).toContain(pathStart(both, null));
  });
});
