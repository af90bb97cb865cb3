// The Sources tab and the details panel's citations in real Chromium, against the real server
// and Neo4j: the seed articles with their fact counts, an article's text with its facts'
// sentences highlighted, a retraction (confirmed, with the editor token asked for) removing
// what it stated from Explore, and one fact stated by two articles shown with two citations.
// Every test starts from the freshly loaded seed.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { editorHeaders, requestJson, TEST_EDITOR_TOKEN } from '../support/api-app.ts';
import { TOKEN_KEY } from '../../client/src/state/editor-token.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { SECOND_ARTICLE_ID, SECOND_SENTENCE, secondCitationDraft, SHARED_FACT } from '../support/second-citation.ts';

vi.setConfig({ testTimeout: 60_000 });
const POLL = { timeout: 10_000 };
const FORUM = 'quang-ninh-local-cooperation-forum';
const KYUSHU = 'kyushu-economic-federation-hanoi-visit';

const suite = useBrowserSuite({ viewport: { width: 1280, height: 800 }, screenshotPrefix: 'e2e-sources-' });
const read = suite.read;
let page: Page;

/** Distinct facts (type, from, to) each article states, as the database has them. */
async function factCounts(): Promise<Map<string, number>> {
  const rows = await read<{ id: string; facts: { toNumber(): number } }>(
    'MATCH (a)-[r]->(b) RETURN r.source AS id, count(DISTINCT [type(r), a.id, b.id]) AS facts',
  );
  return new Map(rows.map((r) => [r.id, r.facts.toNumber()]));
}

const open = (hash = '') => suite.open(hash);

const source = (id: string) => page.locator(`[data-testid="source"][data-id="${id}"]`);
const sourceOrder = () => page.getByTestId('source').evaluateAll((items) => items.map((i) => i.getAttribute('data-id')));

beforeEach(async () => {
  // A retraction or a commit in one test must not leak into the next.
  await suite.reseed();
  page = suite.page;
});

describe('the Sources tab', () => {
  it('lists the two seed articles with their fact counts, and sorts them by date', async () => {
    const counts = await factCounts();
    await open('#tab=sources');
    await expect.poll(() => page.getByTestId('source').count(), POLL).toBe(2);
    for (const id of [FORUM, KYUSHU]) {
      await expect.poll(() => source(id).getByTestId('source-facts').textContent(), POLL).toBe(`${counts.get(id)} facts`);
      expect(await source(id).getByTestId('source-added').textContent()).toBe('curated seed');
      // Neither states its year: the date is the inferred one, its reasoning on demand.
      const reasoning = source(id).getByTestId('source-inference');
      expect(await reasoning.isVisible()).toBe(false);
      await source(id).getByTestId('evidence-inference-toggle').click();
      expect(await reasoning.isVisible()).toBe(true);
    }
    // Newest first (Kyushu, March 2025, before the forum, November 2023); again reverses.
    expect(await sourceOrder()).toEqual([KYUSHU, FORUM]);
    await page.getByTestId('source-sort-date').click();
    expect(await sourceOrder()).toEqual([FORUM, KYUSHU]);
  });

  it('opens an article with its facts’ sentences highlighted; a sentence lists its facts, a fact opens in Explore', async () => {
    const sentences = await read<{ evidence: string }>('MATCH ()-[r]->() WHERE r.source = $id RETURN DISTINCT r.evidence AS evidence', {
      id: FORUM,
    });
    await open('#tab=sources');
    await source(FORUM).getByTestId('source-open').click();
    const marks = page.getByTestId('source-highlight');
    await expect.poll(() => marks.count(), POLL).toBeGreaterThan(0);
    const marked = await marks.allTextContents();
    // Every cited sentence is highlighted (one run may hold two overlapping sentences) and nothing else is.
    for (const { evidence } of sentences) expect(marked.some((m) => m.includes(evidence))).toBe(true);
    for (const m of marked) expect(sentences.some((s) => m.includes(s.evidence))).toBe(true);
    // The canvas draws the article's facts.
    await expect
      .poll(() => page.evaluate(() => window.__cy!.edges().length), POLL)
      .toBe((await read('MATCH ()-[r]->() WHERE r.source = $id RETURN r', { id: FORUM })).length);

    // Reachable from the keyboard: focus the sentence, Enter lists its facts.
    await marks.first().focus();
    await page.keyboard.press('Enter');
    const facts = page.getByTestId('sentence-facts').getByTestId('source-fact');
    await expect.poll(() => facts.count(), POLL).toBeGreaterThan(0);
    await facts.first().click();
    await expect.poll(() => page.getByTestId('tab-explore').getAttribute('aria-selected'), POLL).toBe('true');
    await expect.poll(() => page.evaluate(() => window.__cy!.$('edge:selected').length), POLL).toBe(1);
    const [edgeId] = await page.evaluate(() => window.__cy!.$('edge:selected').map((e) => e.id()));
    const [rel] = await read<{ source: string; evidence: string }>(
      'MATCH ()-[r {id: $id}]->() RETURN r.source AS source, r.evidence AS evidence',
      { id: edgeId },
    );
    expect(rel!.source).toBe(FORUM);
    expect(marked.some((m) => m.includes(rel!.evidence))).toBe(true);
    expect(await page.getByTestId('details-panel').getByTestId('evidence-sentence').allTextContents()).toContain(rel!.evidence);
  });

  it('retracts an article after a confirmation listing what goes, asking for the editor token, and Explore no longer cites it', async () => {
    const counts = await factCounts();
    const stated = (await read<{ id: string }>('MATCH ()-[r]->() WHERE r.source = $id RETURN r.id AS id', { id: KYUSHU })).map((r) => r.id);
    const drawn = () => page.evaluate((ids) => window.__cy!.edges().filter((e) => ids.includes(e.id())).length, stated);
    await open();
    await expect.poll(drawn, POLL).toBe(stated.length);
    await page.getByTestId('tab-sources').click();
    await source(KYUSHU).getByTestId('source-open').click();
    await page.getByTestId('source-retract').click();
    const dialog = page.getByTestId('retract-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('retract-facts').locator('li').count()).toBe(counts.get(KYUSHU));
    expect(await dialog.getByTestId('retract-orphans').textContent()).toContain('Kyushu');

    // No token stored: it is asked for; a wrong one is refused in plain words and nothing goes.
    const token = dialog.getByTestId('editor-token-input');
    expect(await token.isVisible()).toBe(true);
    await token.fill('not-the-editor-token-000');
    await dialog.getByTestId('retract-confirm').click();
    await expect.poll(() => dialog.getByTestId('retract-error').textContent(), POLL).toMatch(/editor token: it is missing or wrong/);
    expect((await factCounts()).get(KYUSHU)).toBe(counts.get(KYUSHU));

    await token.fill(TEST_EDITOR_TOKEN);
    await dialog.getByTestId('retract-confirm').click();
    await expect
      .poll(() => dialog.getByTestId('retract-result').textContent(), POLL)
      .toMatch(/removed \d+ relationships, \d+ nodes and \d+ mentions/);
    expect(await page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY)).toBe(TEST_EDITOR_TOKEN);
    expect((await factCounts()).has(KYUSHU)).toBe(false);
    await dialog.getByTestId('retract-close').click();
    await expect.poll(() => page.getByTestId('source').count(), POLL).toBe(1);

    // Explore: no edge of that article is left on the canvas, and the node panel cites only the other one.
    await page.getByTestId('tab-explore').click();
    await expect.poll(() => page.evaluate(() => window.__cy!.edges().length), POLL).toBeGreaterThan(0);
    expect(await drawn()).toBe(0);
    await open('#sel=pham-minh-chinh');
    const cards = page.getByTestId('details-panel').getByTestId('evidence');
    await expect.poll(() => cards.count(), POLL).toBeGreaterThan(0);
    const cited = await cards.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-source')))]);
    expect(cited).toEqual([FORUM]);
  });
});

describe('the details panel', () => {
  it('shows a fact two articles state as one fact with two citations, each with its sentence, outlet and link', async () => {
    const commit = await requestJson(suite.app.baseUrl, 'POST', '/api/ingest/commit', {
      body: secondCitationDraft(),
      headers: editorHeaders(),
    });
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    await open(`#sel=${SHARED_FACT.from}`);
    const fact = page
      .getByTestId('details-panel')
      .locator(`[data-testid="relationship"][data-type="${SHARED_FACT.type}"]`)
      .filter({ has: page.locator('.rel-end', { hasText: 'Yamamoto Ichita' }) });
    await expect.poll(() => fact.count(), POLL).toBe(1);
    expect(await fact.locator('.rel-end').count()).toBe(1);
    expect(await fact.getByTestId('citation-count').textContent()).toBe('2 citations from 2 articles');
    const cards = fact.getByTestId('evidence');
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-source')).sort())).toEqual(
      [SECOND_ARTICLE_ID, FORUM].sort(),
    );
    const second = cards.filter({ has: page.getByText(SECOND_SENTENCE) });
    await expect.poll(() => second.getByTestId('evidence-outlet').textContent(), POLL).toBe('Agence de test');
    expect(await second.getByTestId('evidence-url').getAttribute('href')).toBe('https://example.org/pm-gunma-again');
    expect(await second.getByTestId('evidence-url').getAttribute('rel')).toBe('noopener noreferrer');

    // Either of the fact's two edges selected on the canvas shows both citations.
    const [restated] = await read<{ id: string }>('MATCH ()-[r {source: $id}]->() RETURN r.id AS id', { id: SECOND_ARTICLE_ID });
    await open(`#edge=${restated!.id}`);
    await expect.poll(() => page.getByTestId('evidence-heading').textContent(), POLL).toBe('Evidence: 2 citations from 2 articles');
    expect(await page.getByTestId('details-panel').getByTestId('evidence').count()).toBe(2);

    // The Sources tab lists the new article as added, contributing one fact.
    await page.getByTestId('tab-sources').click();
    await expect.poll(() => source(SECOND_ARTICLE_ID).getByTestId('source-facts').textContent(), POLL).toBe('1 fact');
    expect(await source(SECOND_ARTICLE_ID).getByTestId('source-added').textContent()).toMatch(/^added /);
    expect(await source(SECOND_ARTICLE_ID).getByTestId('source-url').getAttribute('rel')).toBe('noopener noreferrer');
  });
});
