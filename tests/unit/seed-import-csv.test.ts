// The neo4j-admin import CSV writer (npm run seed -- --bulk, and the loader benchmark's anchor) and output parsing, without running the tool.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImportDuration, writeImportCsv } from '../../seed/import-csv.ts';
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

describe('neo4j-admin import CSV', () => {
  let args: string[] = [];
  beforeAll(async () => {
    args = await writeImportCsv(dataset, dir);
  });

  it('writes one file per label and per relationship type present, and names each in the arguments', () => {
    expect(readdirSync(dir).sort()).toEqual(['articles.csv', 'nodes-Official.csv', 'nodes-Region.csv', 'rels-MET_WITH.csv']);
    expect(args).toEqual(
      expect.arrayContaining([`--nodes=${path.join(dir, 'nodes-Region.csv')}`, `--relationships=${path.join(dir, 'rels-MET_WITH.csv')}`]),
    );
  });

  it('types every column from its values and quotes every field', () => {
    const [header, row] = readFileSync(path.join(dir, 'nodes-Official.csv'), 'utf8').trim().split('\n');
    expect(header).toBe('id:ID(Entity),:LABEL,aliases:string[],evidence:string[],name:string,rank:double,sources:string[],title:string');
    expect(row).toBe('"pm","Entity\u001fOfficial","","The Prime Minister spoke.","Pham Minh Chinh","1","a-1","Prime Minister"');
    const rels = readFileSync(path.join(dir, 'rels-MET_WITH.csv'), 'utf8').trim().split('\n');
    expect(rels[0]).toBe(':START_ID(Entity),:END_ID(Entity),:TYPE,amount:double,askedOf:string[],evidence:string,id:string,source:string');
    expect(rels[1]).toBe('"pm","kyushu","MET_WITH","1.5","x\u001fy","He met ""them"".","met-with.1","a-1"');
  });

  it('keeps multi-line article text inside one quoted field', () => {
    expect(readFileSync(path.join(dir, 'articles.csv'), 'utf8')).toContain('"Line one.\nLine two."');
  });

  it("reads the tool's own duration", () => {
    expect(parseImportDuration('IMPORT DONE in 5s 123ms. \nImported:')).toBe(5123);
    expect(parseImportDuration('IMPORT DONE in 1m 2s 5ms.')).toBe(62_005);
    expect(parseImportDuration('IMPORT DONE in 1h 0m 1s 0ms.')).toBe(3_601_000);
    expect(parseImportDuration('IMPORT DONE in 870ms.')).toBe(870);
    expect(parseImportDuration('IMPORT FAILED')).toBeNull();
  });
});
