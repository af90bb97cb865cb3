// The Add article tab in real Chromium against the real server and Neo4j with the seed loaded:
// an analyst pastes an article (with a hostile markup fragment in it), reviews what extraction
// proposes (rejects a fact from the keyboard, re-points an entity match by search, adds a fact
// from a selected sentence), the draft survives a reload, the commit writes only what was
// accepted, and Explore opens on the new node with its sentence. A refused token and an article
// already in the graph are said plainly.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_EDITOR_TOKEN } from '../support/api-app.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';

vi.setConfig({ testTimeout: 90_000 });

const POLL = { timeout: 15_000 };

const LEAD =
  'Hanoï, 12 février (VNA) – Le Premier ministre Phạm Minh Chính a reçu mercredi après-midi à Hanoï le gouverneur de la préfecture de Fukuoka, Hattori Seitaro, en visite de travail au Vietnam.';
const HOSTILE = `<img src=x onerror="document.body.dataset.pwned='1'">`;
const ARTICLE = `${LEAD}

Le chef du gouvernement a affirmé que la coopération entre les localités constituait un pilier important du partenariat stratégique intégral entre le Vietnam et le Japon. ${HOSTILE}

Le Premier ministre a demandé à la préfecture de Fukuoka de renforcer la coopération dans les domaines des semi-conducteurs, du tourisme et de la formation des ressources humaines.

De son côté, le gouverneur Hattori Seitaro a indiqué que Fukuoka soutenait la communauté vietnamienne de la région de Kyushu.`;
const TITLE = 'Le Premier ministre reçoit le gouverneur de Fukuoka';

const suite = useBrowserSuite({ viewport: { width: 1400, height: 900 }, screenshotPrefix: 'e2e-add-' });
const read = suite.read;
let page: Page;
beforeEach(() => {
  page = suite.page;
});
const count = async (query: string, params: Record<string, unknown> = {}) =>
  (await read<{ n: { toNumber(): number } }>(query, params))[0]!.n.toNumber();

const open = (pathAndHash: string) => suite.open(pathAndHash);

const entity = (name: string) =>
  page.getByTestId('entity').filter({ has: page.getByTestId('entity-title').getByText(name, { exact: true }) });
const fact = (type: string, from: string, to: string) =>
  page.locator(`[data-testid=fact][data-type="${type}"][data-from="${from}"][data-to="${to}"]`);

async function pasteAndExtract(): Promise<void> {
  await page.getByTestId('add-text').fill(ARTICLE);
  await page.getByTestId('add-title').fill(TITLE);
  await page.getByTestId('add-outlet').fill('VNA');
  await page.getByTestId('add-extract').click();
}

/** Selects [start, end) of the review text as a person dragging over it would. */
async function selectInText(start: number, end: number): Promise<void> {
  await page.getByTestId('review-text').evaluate(
    (root, [from, to]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (offset <= from! && from! <= offset + length) range.setStart(node, from! - offset);
        if (offset <= to! && to! <= offset + length) {
          range.setEnd(node, to! - offset);
          break;
        }
        offset += length;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [start, end],
  );
}

describe('add article', () => {
  it('reads an uploaded .html or .txt file or a URL, and says plainly that the editor token is missing or wrong, and where to enter it', async () => {
    await open('#tab=add');
    await expect(page.getByTestId('editor-token').inputValue()).resolves.toBe('');
    // An HTML file goes to the server as HTML (it reads the page's main text).
    const page1 = `<html><head><title>${TITLE}</title></head><body><article><p>${LEAD}</p></article></body></html>`;
    await page.getByTestId('add-file').setInputFiles({ name: 'article.html', mimeType: 'text/html', buffer: Buffer.from(page1) });
    await expect.poll(() => page.getByTestId('add-form').textContent()).toContain('article.html: an HTML page');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/api/ingest/extract')),
      page.getByTestId('add-extract').click(),
    ]);
    expect(request.postDataJSON()).toEqual({ html: page1, language: 'fr' });
    const status = page.getByTestId('add-status').getByRole('alert');
    await expect.poll(() => status.textContent(), POLL).toContain('The editor token is missing or wrong');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor-token');

    // A text file fills the text box; a wrong token typed into the field gets the same plain message, with the server's words.
    await page.getByTestId('add-file').setInputFiles({ name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
    await expect.poll(() => page.getByTestId('add-text').inputValue()).toBe(ARTICLE);
    await page.getByTestId('editor-token').fill('not-the-token-at-all');
    await page.getByTestId('editor-token').press('Tab');
    const [second] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/api/ingest/extract')),
      page.getByTestId('add-extract').click(),
    ]);
    expect(second.postDataJSON()).toEqual({ text: ARTICLE, language: 'fr' });
    expect(second.headers().authorization).toBe('Bearer not-the-token-at-all');
    await expect.poll(() => status.textContent(), POLL).toContain('The editor token is wrong');
    expect(await status.textContent()).toContain('Editor token field');
    expect(await page.getByTestId('entity').count()).toBe(0);

    // A URL is read by the server, which fetches public addresses only: the test server cannot
    // reach a page of ours, so its answer is stood in for at the browser's edge.
    let asked: unknown = null;
    await page.route('**/api/ingest/fetch', async (route) => {
      asked = route.request().postDataJSON();
      await route.fulfill({
        json: { url: 'https://example.org/article', text: LEAD, title: TITLE, outlet: 'VNA', publishedDate: '2026-02-12', language: 'fr' },
      });
    });
    await page.getByTestId('add-title').fill('');
    await page.getByTestId('add-url').fill('https://example.org/a');
    await page.getByTestId('add-fetch').click();
    await expect.poll(() => page.getByTestId('add-text').inputValue(), POLL).toBe(LEAD);
    expect(asked).toEqual({ url: 'https://example.org/a' });
    expect(await page.getByTestId('add-title').inputValue()).toBe(TITLE);
    expect(await page.getByTestId('add-url').inputValue()).toBe('https://example.org/article');
    expect(await page.getByTestId('add-date').inputValue()).toBe('2026-02-12');
  });

  it('extracts, reviews, keeps the draft over a reload, commits only what was accepted, and opens Explore on the new node', async () => {
    await open(`?token=${TEST_EDITOR_TOKEN}#tab=add`);
    // The token leaves the address bar at once and is kept in the browser.
    expect(page.url()).not.toContain('token=');
    expect(page.url()).toContain('#tab=add');
    await expect(page.getByTestId('editor-token').inputValue()).resolves.toBe(TEST_EDITOR_TOKEN);

    await pasteAndExtract();
    await entity('Hattori Seitaro').waitFor(POLL);

    // The hostile fragment is shown as text, never run as markup.
    const review = page.getByTestId('review-text');
    expect(await review.textContent()).toContain(HOSTILE);
    expect(await page.locator('[data-testid=review] img').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();

    // Mentions are highlighted in their label's graph colour; matches say why.
    const fukuoka = review.locator('mark[data-node="fukuoka"]').first();
    expect(await fukuoka.textContent()).toMatch(/Fukuoka$/);
    expect(await fukuoka.getAttribute('style')).toContain('#009E73');
    expect(await fukuoka.locator('svg polygon').count()).toBe(1);
    expect(await entity('Phạm Minh Chính').getByTestId('entity-match').textContent()).toMatch(
      /Merges into the existing node “Phạm Minh Chính” \(pham-minh-chinh\): .+ \(score \d\.\d\d\)/,
    );
    expect(await entity('Hattori Seitaro').getByTestId('entity-match').textContent()).toContain('New node');

    // Reject one proposed fact from the keyboard: focus the list, walk with j, reject with r.
    const tourism = fact('REQUESTED_COOPERATION_IN', 'pham-minh-chinh', 'tourism');
    const facts = page.getByTestId('fact-list').getByTestId('fact');
    const types = await facts.evaluateAll((lis) => lis.map((li) => `${li.dataset.type}:${li.dataset.to}`));
    const tourismIndex = types.indexOf('REQUESTED_COOPERATION_IN:tourism');
    expect(tourismIndex).toBeGreaterThanOrEqual(0);
    await facts.first().focus();
    for (let i = 0; i < tourismIndex; i++) await page.keyboard.press('j');
    await expect.poll(() => tourism.getAttribute('aria-current')).toBe('true');
    // Its evidence sentence is outlined in the text.
    await expect
      .poll(async () => (await review.getByTestId('focused-span').allTextContents()).join(''))
      .toMatch(/^Le Premier ministre a demandé à la préfecture de Fukuoka .+ humaines\.$/);
    await page.keyboard.press('r');
    await expect.poll(() => tourism.getAttribute('data-status')).toBe('rejected');
    // Deciding moved on; k steps back.
    await page.keyboard.press('k');
    await expect.poll(() => tourism.getAttribute('aria-current')).toBe('true');

    // Re-point an entity's match by searching the graph.
    const government = entity('Gouvernement vietnamien');
    await government.getByTestId('entity-title').click();
    const search = government.getByTestId('match-search-input');
    await search.pressSequentially('affaires etrangeres', { delay: 20 });
    const option = government
      .getByTestId('match-search-results')
      .getByRole('option', { name: /Ministère vietnamien des Affaires étrangères/ });
    await option.click();
    await expect
      .poll(() => government.getByTestId('entity-match').textContent())
      .toContain('(ministry-of-foreign-affairs-vietnam): chosen by the reviewer');

    // The extractor reads the meeting dated by a weekday ("a reçu mercredi après-midi … le gouverneur").
    expect(await fact('MET_WITH', 'pham-minh-chinh', 'hattori-seitaro').getAttribute('data-status')).toBe('proposed');
    // Add a fact from a sentence selected in the text: the meeting seen from the guest's side, which the extractor does not propose.
    await selectInText(0, LEAD.length);
    await page.getByTestId('add-fact').click();
    await page.getByTestId('new-fact-type').selectOption('MET_WITH');
    await page.getByTestId('new-fact-from').selectOption('hattori-seitaro');
    await page.getByTestId('new-fact-to').selectOption('pham-minh-chinh');
    await page.getByTestId('new-fact-add').click();
    const meeting = fact('MET_WITH', 'hattori-seitaro', 'pham-minh-chinh');
    await expect.poll(() => meeting.getAttribute('data-status')).toBe('accepted');
    expect(await meeting.getByTestId('fact-evidence').textContent()).toBe(LEAD);

    await page.getByTestId('accept-remaining').click();
    await expect.poll(() => page.getByTestId('commit-summary').textContent()).toContain('new: Hattori Seitaro (Official)');
    expect(await tourism.getAttribute('data-status')).toBe('rejected');
    // The preview on the canvas: the new node with the facts that attach it.
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes().map((n) => n.id())), POLL).toContain('hattori-seitaro');
    const marked = await page.evaluate(() =>
      ['hattori-seitaro', 'pham-minh-chinh'].map((id) => window.__cy!.getElementById(id).hasClass('path-node')),
    );
    expect(marked).toEqual([true, false]);

    // A reload brings the draft back as it was left.
    await open('#tab=add');
    await entity('Hattori Seitaro').waitFor(POLL);
    expect(await tourism.getAttribute('data-status')).toBe('rejected');
    expect(await meeting.getAttribute('data-status')).toBe('accepted');
    expect(await government.getByTestId('entity-match').textContent()).toContain('ministry-of-foreign-affairs-vietnam');

    await page.getByTestId('commit').click();
    // Explore opens on the new node, its facts cited with their sentences.
    await expect.poll(() => page.getByTestId('tab-explore').getAttribute('aria-selected'), POLL).toBe('true');
    await expect.poll(() => page.getByTestId('details-title').textContent(), POLL).toBe('Hattori Seitaro');
    await expect.poll(() => page.getByTestId('details-panel').getByTestId('evidence-sentence').allTextContents(), POLL).toContain(LEAD);
    expect(await page.evaluate(() => window.__cy!.$(':selected').map((e) => e.id()))).toEqual(['hattori-seitaro']);

    // Only the accepted items were written.
    const [{ id: articleId }] = await read<{ id: string }>('MATCH (a:Article {title: $title}) RETURN a.id AS id', { title: TITLE });
    expect(
      await count(
        'MATCH (:Official {id: "pham-minh-chinh"})-[r:MET_WITH {source: $a}]->(:Official {id: "hattori-seitaro"}) RETURN count(r) AS n',
        { a: articleId },
      ),
    ).toBe(1);
    expect(
      await count(
        'MATCH (:Official {id: "hattori-seitaro"})-[r:MET_WITH {source: $a}]->(:Official {id: "pham-minh-chinh"}) RETURN count(r) AS n',
        { a: articleId },
      ),
    ).toBe(1);
    expect(
      await count('MATCH ()-[r:REQUESTED_COOPERATION_IN {source: $a}]->(:Sector {id: "tourism"}) RETURN count(r) AS n', { a: articleId }),
    ).toBe(0);
    expect(
      await count('MATCH ()-[r:REQUESTED_COOPERATION_IN {source: $a}]->(:Sector {id: "semiconductors"}) RETURN count(r) AS n', {
        a: articleId,
      }),
    ).toBe(1);
    expect(await count('MATCH (n {id: "gouvernement-vietnamien"}) RETURN count(n) AS n')).toBe(0);
    expect(
      await count(
        'MATCH (:Official {id: "pham-minh-chinh"})-[r:REPRESENTS {source: $a}]->(:Organization {id: "ministry-of-foreign-affairs-vietnam"}) RETURN count(r) AS n',
        { a: articleId },
      ),
    ).toBe(1);
    // The committed draft is no longer kept.
    await open('#tab=add');
    await page.getByTestId('add-form').waitFor();
    expect(await page.getByTestId('review').isHidden()).toBe(true);
  });

  it('renames, relabels and un-merges an entity; shows an article already in the graph plainly, with its id, and writes nothing', async () => {
    await open(`?token=${TEST_EDITOR_TOKEN}#tab=add`);
    const [{ id }] = await read<{ id: string }>('MATCH (a:Article {title: $title}) RETURN a.id AS id', { title: TITLE });
    const before = await count('MATCH ()-[r]->() RETURN count(r) AS n');
    await pasteAndExtract();
    await entity('Hattori Seitaro').waitFor(POLL);
    // Now in the graph, the governor is proposed as a merge; the reviewer makes it new, renames and relabels it.
    const governor = entity('Hattori Seitaro');
    await governor.getByTestId('entity-title').click();
    expect(await governor.getByTestId('entity-match').textContent()).toContain(
      'Merges into the existing node “Hattori Seitaro” (hattori-seitaro)',
    );
    await governor.getByTestId('make-new').click();
    await expect
      .poll(() => page.getByTestId('entity').filter({ hasText: 'Hattori Seitaro' }).getByTestId('entity-match').textContent())
      .toContain('New node');
    await page.getByTestId('entity-name').fill('Hattori Seitarō');
    await page.getByTestId('entity-name').press('Enter');
    const renamed = entity('Hattori Seitarō');
    await renamed.waitFor(POLL);
    await renamed.getByTestId('entity-label').selectOption('Organization');
    await expect.poll(() => renamed.locator('.label-chip').textContent()).toBe('Organization');
    const kept = await page.evaluate(() =>
      JSON.parse(localStorage.getItem(`vj-explorer.draft.v1:${localStorage.getItem('vj-explorer.draft.v1.current')}`)!),
    );
    expect(kept.nodes.find((n: { name: string }) => n.name === 'Hattori Seitarō')).toMatchObject({
      label: 'Organization',
      review: { match: null },
    });
    await page.getByTestId('accept-remaining').click();

    // The draft downloads as JSON, can be discarded, and uploads again as it was.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('draft-download').click()]);
    const saved = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ articles: [{ title: TITLE, text: ARTICLE }] });
    await page.getByTestId('draft-discard').click();
    expect(await page.getByTestId('review').isHidden()).toBe(true);
    // A file that is not a draft is refused with the schema's words.
    await page.getByTestId('draft-upload').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...JSON.parse(saved), articles: [] })),
    });
    await expect.poll(() => page.getByTestId('draft-upload-error').textContent(), POLL).toContain('a draft holds exactly one article');
    await page.getByTestId('draft-upload').setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await entity('Hattori Seitarō').waitFor(POLL);
    expect(await page.getByTestId('commit-undecided').count()).toBe(0);

    await page.getByTestId('commit').click();
    const message = page.getByTestId('commit-message').getByRole('alert');
    await expect.poll(() => message.textContent(), POLL).toBe(`This article is already in the graph as “${id}”: nothing was written.`);
    expect(await count('MATCH ()-[r]->() RETURN count(r) AS n')).toBe(before);
    expect(await page.getByTestId('tab-add').getAttribute('aria-selected')).toBe('true');
  });
});
