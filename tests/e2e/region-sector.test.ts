// The Region × sector tab in real Chromium on the real server and Neo4j: both sides render
// (Japanese regions with their prefectures, Vietnamese localities with the provinces merged into
// them), a column header sorts the rows, the facts/articles toggle changes the counts, the venue
// rule follows its checkbox into the URL, the Kansai × "Connexion des PME" cell draws Kansai
// connected by a dashed asked-of edge, and a retraction through the Sources tab updates the
// matrix without a reload. Every test starts from the freshly loaded seed.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { editorHeaders, requestJson, TEST_EDITOR_TOKEN } from '../support/api-app.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { regionSectorDraft, RS_ARTICLE_ID, RS_SECTOR } from '../support/region-sector-draft.ts';

vi.setConfig({ testTimeout: 60_000 });
const POLL = { timeout: 10_000 };

const suite = useBrowserSuite({ viewport: { width: 1400, height: 900 }, screenshotPrefix: 'e2e-region-sector-' });
let page: Page;

const side = (which: 'japan' | 'vietnam') => page.getByTestId(`matrix-${which}`);
const rowOrder = (which: 'japan' | 'vietnam') =>
  side(which)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.row));
const cell = (place: string, sector: string) => page.locator(`[data-testid=matrix-cell][data-place="${place}"][data-sector="${sector}"]`);
const commitTestArticle = async () => {
  const res = await requestJson(suite.app.baseUrl, 'POST', '/api/ingest/commit', { body: regionSectorDraft(), headers: editorHeaders() });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
};

beforeEach(async () => {
  await suite.reseed();
  page = suite.page;
});

describe('the Region × sector tab', () => {
  it('renders both sides: Japanese regions expandable into prefectures, Vietnamese localities with their old provinces', async () => {
    await commitTestArticle();
    await suite.open('#tab=insights');
    await cell('kyushu', 'semiconductors').waitFor();
    expect(await rowOrder('japan')).toEqual(expect.arrayContaining(['kyushu', 'kansai']));
    // The city of Kitakyushu's request counts in Fukuoka, shown under Kyushu once it is expanded.
    await side('japan').locator('[data-testid=row-toggle][data-place=kyushu]').click();
    await cell('fukuoka', 'tourism').waitFor();
    expect(await cell('fukuoka', 'tourism').textContent()).toBe('1');
    // A link to a prefecture's cell opens its region to show it.
    await suite.open('#tab=insights&cell=fukuoka,tourism');
    await expect.poll(() => cell('fukuoka', 'tourism').getAttribute('aria-pressed'), POLL).toBe('true');
    expect(await page.getByTestId('cell-title').textContent()).toBe('Fukuoka × Tourisme');
    // Bắc Giang's leader asked: the province is reached through his committee, and shown under Bắc Ninh.
    await cell('bac-ninh', RS_SECTOR).waitFor();
    expect(await rowOrder('vietnam')).toEqual(['bac-ninh']);
    const toggle = side('vietnam').locator('[data-testid=row-toggle][data-place=bac-ninh]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await expect.poll(() => rowOrder('vietnam'), POLL).toEqual(['bac-ninh', 'bac-giang']);
    expect(await side('vietnam').locator('[data-testid=row-toggle]').getAttribute('aria-expanded')).toBe('true');
    // Full names on hover.
    const header = side('japan').locator(`[data-testid=col-sort][data-sector=sme-connection]`);
    expect(await header.getAttribute('title')).toMatch(/^Connexion des petites et moyennes entreprises: 1 fact/);
  });

  it('links venue cities only when "count venues" is ticked, and keeps that in the URL', async () => {
    await suite.open('#tab=insights');
    await cell('kyushu', 'semiconductors').waitFor();
    expect(await side('vietnam').textContent()).toContain('tick “count venues”');
    expect(await cell('quang-ninh', 'tourism').count()).toBe(0);
    await page.getByTestId('matrix-venues').check();
    await cell('quang-ninh', 'tourism').waitFor();
    await expect.poll(() => page.url(), POLL).toContain('venues=1');
    // The link brings the rule back.
    await suite.open(`#${new URL(page.url()).hash.slice(1)}`);
    await cell('quang-ninh', 'tourism').waitFor();
    expect(await page.getByTestId('matrix-venues').isChecked()).toBe(true);
  });

  it('sorts the rows by a column, reversed on a second click, with aria-sort said', async () => {
    await suite.open('#tab=insights');
    await cell('kyushu', 'semiconductors').waitFor();
    expect((await rowOrder('japan'))[0]).toBe('kyushu');
    const header = side('japan').locator('[data-testid=col-sort][data-sector=sme-connection]');
    await header.click();
    await expect.poll(async () => (await rowOrder('japan'))[0], POLL).toBe('kansai');
    const th = side('japan').locator('th', { has: page.locator('[data-testid=col-sort][data-sector=sme-connection]') });
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    await side('japan').locator('[data-testid=col-sort][data-sector=sme-connection]').click();
    await expect.poll(async () => (await rowOrder('japan'))[0], POLL).toBe('kyushu');
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    // By keyboard too: the headers are buttons.
    await side('japan').locator('[data-testid=col-sort][data-sector=sme-connection]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await rowOrder('japan'))[0], POLL).toBe('kansai');
  });

  it('counts facts or articles, and the header says which', async () => {
    const [{ facts, articles }] = await suite.read<{ facts: { toNumber(): number }; articles: { toNumber(): number } }>(
      `MATCH (:Official {id: 'bui-thanh-son'})-[r:REQUESTED_COOPERATION_IN]->(:Sector {id: 'semiconductors'})
       RETURN count(DISTINCT r) AS facts, count(DISTINCT r.source) AS articles`,
    );
    expect(facts.toNumber()).toBeGreaterThan(articles.toNumber());
    await suite.open('#tab=insights');
    const semis = cell('kyushu', 'semiconductors');
    await expect.poll(() => semis.textContent(), POLL).toBe(String(facts.toNumber()));
    expect(await side('japan').getByTestId('matrix-count-header').textContent()).toBe('Facts per place');
    await page.getByTestId('matrix-count-articles').click();
    await expect.poll(() => semis.textContent(), POLL).toBe(String(articles.toNumber()));
    expect(await side('japan').getByTestId('matrix-count-header').textContent()).toBe('Articles per place');
    expect(await page.getByTestId('matrix-count-articles').getAttribute('aria-pressed')).toBe('true');
  });

  it('draws Kansai × SME connection with Kansai joined to the request by a dashed asked-of edge', async () => {
    await suite.open('#tab=insights');
    await cell('kansai', 'sme-connection').click();
    const drawn = () =>
      page.evaluate(() => {
        const cy = window.__cy!;
        const kansai = cy.getElementById('kansai');
        return {
          kansai: kansai.nonempty(),
          degree: kansai.nonempty() ? kansai.connectedEdges().length : 0,
          askedOf: cy
            .edges('[type = "ASKED_OF"]')
            .map((e) => ({ from: e.source().id(), to: e.target().id(), style: e.style('line-style') as string })),
          request: cy.edges('[type = "REQUESTED_COOPERATION_IN"]').map((e) => [e.source().id(), e.target().id()]),
        };
      });
    await expect.poll(async () => (await drawn()).kansai, POLL).toBe(true);
    const g = await drawn();
    expect(g.degree).toBeGreaterThan(0);
    expect(g.askedOf).toContainEqual({ from: 'pham-minh-chinh', to: 'kansai', style: 'dashed' });
    expect(g.request).toContainEqual(['pham-minh-chinh', 'sme-connection']);
    // Nothing on the canvas floats alone.
    expect(await page.evaluate(() => window.__cy!.nodes().filter((n) => n.connectedEdges().length === 0).length)).toBe(0);
    const panel = page.getByTestId('cell-evidence');
    expect(await panel.getByTestId('cell-summary').textContent()).toMatch(/^1 fact from 1 article\./);
    await expect.poll(() => panel.getByTestId('evidence').count(), POLL).toBe(1);
    expect(await panel.getByTestId('cell-fact').textContent()).toContain('25 novembre (year inferred)');
  });

  it('follows the time range of the link: cells recount, empty rows go, and the hidden facts are counted', async () => {
    // The forum (Kansai's requests) is dated November 2023, the Kyushu visit March 2025.
    await suite.open('#tab=insights&since=2025-01-01');
    await cell('kyushu', 'semiconductors').waitFor();
    expect(await rowOrder('japan')).toEqual(['kyushu']);
    expect(await cell('kansai', 'sme-connection').count()).toBe(0);
    const [{ hidden }] = await suite.read<{ hidden: { toNumber(): number } }>(
      `MATCH (:Official)-[r:REQUESTED_COOPERATION_IN]->(:Sector)
       WHERE coalesce(r.date, r.inferredDate) < '2025-01-01' AND (r.askedOf IS NOT NULL OR r.region IS NOT NULL)
       WITH r MATCH (a:Entity) WHERE a.id IN coalesce(r.askedOf, []) OR a.id = r.region
       MATCH (a)-[:REPRESENTS|LOCATED_IN*0..2]->(p) WHERE p:Region OR p:Prefecture OR p:Locality
       RETURN count(DISTINCT r) AS hidden`,
    );
    expect(hidden.toNumber()).toBeGreaterThan(0);
    expect(await page.getByTestId('matrix-time-note').textContent()).toBe(
      `${hidden.toNumber()} fact${hidden.toNumber() === 1 ? '' : 's'} outside the time range ${hidden.toNumber() === 1 ? 'is' : 'are'} hidden.`,
    );
  });

  it('updates without a reload after an article is retracted in the Sources tab', async () => {
    await commitTestArticle();
    await suite.open('#tab=insights');
    await cell('bac-ninh', RS_SECTOR).waitFor();
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    await page.getByTestId('tab-sources').click();
    await page.locator(`[data-testid=source][data-id="${RS_ARTICLE_ID}"]`).getByTestId('source-open').click();
    await page.getByTestId('source-retract').click();
    const dialog = page.getByTestId('retract-dialog');
    await dialog.getByTestId('editor-token-input').fill(TEST_EDITOR_TOKEN);
    await dialog.getByTestId('retract-confirm').click();
    await expect.poll(() => dialog.getByTestId('retract-result').textContent(), POLL).toMatch(/removed \d+ relationships/);
    await dialog.getByTestId('retract-close').click();

    await page.getByTestId('tab-insights').click();
    await expect.poll(() => cell('bac-ninh', RS_SECTOR).count(), POLL).toBe(0);
    expect(await side('vietnam').textContent()).toContain('No Vietnamese locality');
    await cell('kyushu', 'semiconductors').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });
});
