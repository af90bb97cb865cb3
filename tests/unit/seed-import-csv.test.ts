// The neo4j-admin import CSV writer (npm run seed -- --bulk, and the loader benchmark's anchor) and output parsing, without running the tool.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportCsvWriter, parseImportDuration, writeImportCsv } from '../../seed/import-csv.ts';
import type { Dataset } from '../../seed/dataset.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-import-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dataset: Dataset = {
  articles: [
    {
      id: 'a-1',
      file: 'articles/a-1.txt',
      title: 'Title, with "quotes"',
      titleSource: 'article',
      language: 'fr',
      published: { dateText: '3 mai', date: '2025-05-03', yearStated: true },
      text: 'Line one.\nLine two.',
    },
  ],
  nodes: [
    {
      id: 'kyushu',
      label: 'Region',
      name: 'Kyushu',
      aliases: ['Kyūshū', 'Cửu Châu'],
      properties: { country: 'japan' },
      mentions: [{ source: 'a-1', evidence: 'Kyushu, in the south.' }],
    },
    {
      id: 'pm',
      label: 'Official',
      name: 'Pham Minh Chinh',
      aliases: [],
      properties: { title: 'Prime Minister', rank: 1 },
      mentions: [{ source: 'a-1', evidence: 'The Prime Minister spoke.' }],
    },
  ],
  relationships: [
    {
      id: 'met-with.1',
      type: 'MET_WITH',
      from: 'pm',
      to: 'kyushu',
      source: 'a-1',
      evidence: 'He met "them".',
      properties: { askedOf: ['x', 'y'], amount: 1.5 },
    },
  ],
};

const read = (name: string) => readFileSync(path.join(dir, name), 'utf8').trim().split('\n');

describe('neo4j-admin import CSV', () => {
  let args: string[] = [];
  beforeAll(async () => {
    args = await writeImportCsv(dataset, dir);
  });

  it('writes a header and a body per label and per relationship type present, and names each pair in the arguments, articles first', () => {
    const names = ['articles', 'nodes-Official', 'nodes-Region', 'rels-MET_WITH'];
    expect(readdirSync(dir).sort()).toEqual(names.flatMap((n) => [`${n}.csv`, `${n}.header.csv`]));
    const pair = (name: string) => `${path.join(dir, `${name}.header.csv`)},${path.join(dir, `${name}.csv`)}`;
    expect(args).toEqual([
      `--nodes=${pair('articles')}`,
      `--nodes=${pair('nodes-Official')}`,
      `--nodes=${pair('nodes-Region')}`,
      `--relationships=${pair('rels-MET_WITH')}`,
    ]);
  });

  it('types every column from its values and quotes every field', () => {
    expect(read('nodes-Official.header.csv')).toEqual([
      'id:ID(Entity),:LABEL,aliases:string[],evidence:string[],name:string,rank:double,sources:string[],title:string',
    ]);
    expect(read('nodes-Official.csv')).toEqual([
      '"pm","Entity\u001fOfficial","","The Prime Minister spoke.","Pham Minh Chinh","1","a-1","Prime Minister"',
    ]);
    expect(read('rels-MET_WITH.header.csv')).toEqual([
      ':START_ID(Entity),:END_ID(Entity),:TYPE,amount:double,askedOf:string[],evidence:string,id:string,source:string',
    ]);
    expect(read('rels-MET_WITH.csv')).toEqual(['"pm","kyushu","MET_WITH","1.5","x\u001fy","He met ""them"".","met-with.1","a-1"']);
  });

  it('keeps multi-line article text inside one quoted field', () => {
    expect(readFileSync(path.join(dir, 'articles.csv'), 'utf8')).toContain('"Line one.\nLine two."');
  });

  it('adds a column first seen in a later row after the others: earlier rows stay shorter, the header has it, typed from every value', () => {
    const later = mkdtempSync(path.join(os.tmpdir(), 'vj-import-csv-later-'));
    try {
      const writer = new ImportCsvWriter(later);
      const [kyushu, pm] = dataset.nodes;
      writer.node({ ...kyushu!, properties: {} });
      writer.node({ ...kyushu!, id: 'k2', properties: { rank: 2 } });
      writer.node({ ...kyushu!, id: 'k3', properties: { rank: 'high', country: 'japan' } });
      writer.node({ ...pm!, label: 'Region', id: 'k4', properties: {} });
      writer.finish();
      const lines = readFileSync(path.join(later, 'nodes-Region.csv'), 'utf8').trim().split('\n');
      expect(readFileSync(path.join(later, 'nodes-Region.header.csv'), 'utf8').trim()).toBe(
        'id:ID(Entity),:LABEL,aliases:string[],evidence:string[],name:string,sources:string[],rank:string,country:string',
      );
      const common = '"Kyūshū\u001fCửu Châu","Kyushu, in the south.","Kyushu","a-1"';
      expect(lines).toEqual([
        `"kyushu","Entity\u001fRegion",${common}`,
        `"k2","Entity\u001fRegion",${common},"2"`,
        `"k3","Entity\u001fRegion",${common},"high","japan"`,
        `"k4","Entity\u001fRegion","","The Prime Minister spoke.","Pham Minh Chinh","a-1"`,
      ]);
    } finally {
      rmSync(later, { recursive: true, force: true });
    }
  });

  it("reads the tool's own duration", () => {
    expect(parseImportDuration('IMPORT DONE in 5s 123ms. \nImported:')).toBe(5123);
    expect(parseImportDuration('IMPORT DONE in 1m 2s 5ms.')).toBe(62_005);
    expect(parseImportDuration('IMPORT DONE in 1h 0m 1s 0ms.')).toBe(3_601_000);
    expect(parseImportDuration('IMPORT DONE in 870ms.')).toBe(870);
    expect(parseImportDuration('IMPORT FAILED')).toBeNull();
  });
});
