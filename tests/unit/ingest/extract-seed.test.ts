// The extractor on the two curated seed articles: the drafts are valid datasets (the seed
// validator accepts them: verbatim evidence, known ids, no duplicates), the facts the curators
// recorded are found, and extraction is fast.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../../contract/ingest.ts';
import { extractDraft } from '../../../ingest/index.ts';
import { DEFAULT_SEED_DIR, readSeed } from '../../../seed/read-seed.ts';
import { expectSound, fact, facts, nodeOf } from './extract-helpers.ts';

const forum = readFileSync(path.join(DEFAULT_SEED_DIR, 'articles/000_8c345e074a1b6c40.txt'), 'utf8');
const kyushu = readFileSync(path.join(DEFAULT_SEED_DIR, 'articles/003_245120292cd5b940.txt'), 'utf8');
const forumDraft = extractDraft({ text: forum, language: 'fr', publishedDate: '2023-11-25' });
const kyushuDraft = extractDraft({ text: kyushu, language: 'fr' });

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The draft written as a seed folder (review blocks dropped, text in a file) and read back by the seed validator. */
function throughSeedValidator(draft: Draft): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'draft-seed-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'articles'));
  const { text, ...meta } = draft.articles[0]!;
  writeFileSync(path.join(dir, 'articles', 'a.txt'), text);
  writeFileSync(path.join(dir, 'articles.json'), JSON.stringify([{ ...meta, file: 'articles/a.txt' }]));
  const strip = <T extends { review: unknown }>({ review: _review, ...rest }: T) => rest;
  writeFileSync(
    path.join(dir, 'graph.json'),
    JSON.stringify({ nodes: draft.nodes.map(strip), relationships: draft.relationships.map(strip) }),
  );
  expect(() => readSeed(dir)).not.toThrow();
}

describe.each([
  ['the Quảng Ninh forum', forumDraft],
  ['the Kyushu federation visit', kyushuDraft],
])('%s', (_name, draft) => {
  it('is a valid draft whose every evidence is verbatim, and passes the seed validator', () => {
    expectSound(draft);
    throughSeedValidator(draft);
  });
});

describe('the Quảng Ninh forum article', () => {
  it('finds the Gunma governor Yamamoto Ichita, representing gunma, met by Phạm Minh Chính on 25 November in Quảng Ninh', () => {
    expect(nodeOf(forumDraft, 'yamamoto-ichita')).toMatchObject({ label: 'Official', name: 'Yamamoto Ichita' });
    expect(fact(forumDraft, 'REPRESENTS', 'yamamoto-ichita', 'gunma').properties.role).toBe('gouverneur');
    const met = fact(forumDraft, 'MET_WITH', 'pham-minh-chinh', 'yamamoto-ichita');
    expect(met.properties).toEqual({ dateText: '25 novembre', inferredDate: '2023-11-25', place: 'quang-ninh' });
  });

  it('gives one meeting per guest of the list, the delegation included', () => {
    expect(facts(forumDraft, 'MET_WITH').sort()).toEqual([
      'pham-minh-chinh -> delegation-de-localites-japonaises',
      'pham-minh-chinh -> takebe-tsutomu',
      'pham-minh-chinh -> yamamoto-ichita',
    ]);
    fact(forumDraft, 'REPRESENTS', 'takebe-tsutomu', 'alliance-parlementaire-d-amitie-japon-vietnam');
    fact(forumDraft, 'REPRESENTS', 'pham-minh-chinh', 'bureau-politique');
  });

  it('attaches the requests of "le Premier ministre" to Phạm Minh Chính, with the sectors of the seed graph', () => {
    const requested = new Set(facts(forumDraft, 'REQUESTED_COOPERATION_IN'));
    for (const sector of [
      'human-resources-training',
      'joint-research',
      'semiconductors',
      'electronics',
      'scholarships',
      'tourism',
      'culture',
      'sme-connection',
    ]) {
      expect(requested, sector).toContain(`pham-minh-chinh -> ${sector}`);
    }
    const toJapan = fact(forumDraft, 'REQUESTED_COOPERATION_IN', 'pham-minh-chinh', 'sme-connection');
    expect(toJapan.properties.askedOf).toEqual(['japan']);
  });
});

describe('the Kyushu federation article', () => {
  it('finds Bùi Thanh Sơn receiving Kuratomi Sumio, president of the Kyushu Economic Federation, in Hanoi on 5 March', () => {
    const met = fact(kyushuDraft, 'MET_WITH', 'bui-thanh-son', 'kuratomi-sumio');
    expect(met.properties).toEqual({ dateText: '5 mars', place: 'hanoi' });
    expect(fact(kyushuDraft, 'REPRESENTS', 'kuratomi-sumio', 'federation-economique-de-kyushu').properties.role).toBe('président');
    fact(kyushuDraft, 'REPRESENTS', 'bui-thanh-son', 'ministere-vietnamien-des-affaires-etrangeres');
    fact(kyushuDraft, 'REPRESENTS', 'bui-thanh-son', 'gouvernement-vietnamien');
  });

  it('reads the sector lists of "en particulier dans des domaines tels que" and "espère que Kyushu"', () => {
    for (const sector of [
      'renewable-energy',
      'science-and-technology',
      'infrastructure-development',
      'green-transformation',
      'climate-change-response',
    ]) {
      expect(fact(kyushuDraft, 'REQUESTED_COOPERATION_IN', 'bui-thanh-son', sector).properties.askedOf).toEqual(['kuratomi-sumio']);
    }
    expect(fact(kyushuDraft, 'REQUESTED_COOPERATION_IN', 'bui-thanh-son', 'labour').properties.askedOf).toEqual(['kyushu']);
    fact(kyushuDraft, 'REQUESTED_COOPERATION_IN', 'bui-thanh-son', 'artificial-intelligence');
  });

  it('takes the title from the first line and says the year of "5 mars" is unknown without a publication date', () => {
    const [article] = kyushuDraft.articles;
    expect(article!.title).toBe('Le Vietnam souhaite élargir sa coopération avec les localités japonaises dans divers domaines');
    expect(article!.titleSource).toBe('article');
    expect(article!.published).toMatchObject({ dateText: '5 mars', date: null, yearStated: false });
  });
});
