// The Map tab in real Chromium against the real server and Neo4j: the seed's places as dots with
// their names over Natural Earth's outlines (bundled, no tile server), a link clicked with the
// mouse or chosen with the keyboard listing its facts' sentences, a committed article's new
// places on the map (and gone again after its retraction), and the time filter from the URL
// hiding the links outside its range.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { editorHeaders, requestJson, TEST_EDITOR_TOKEN } from '../support/api-app.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { MAP_ARTICLE_ID, MAP_PLACES, MAP_SENTENCE, mapArticleDraft } from '../support/map-article.ts';

vi.setConfig({ testTimeout: 60_000 });
const POLL = { timeout: 10_000 };
/** Phạm Minh Chính (Vietnam's government) meets Gunma's governor, 25 November 2023. */
const GUNMA_LINK = 'gunma|vietnam';
/** Bùi Thanh Sơn meets Kuratomi Sumio of the Kyushu Economic Federation, 5 March 2025. */
const KYUSHU_LINK = 'kyushu|vietnam';

const suite = useBrowserSuite({ viewport: { width: 1280, height: 800 }, screenshotPrefix: 'e2e-map-' });
let page: Page;
beforeEach(() => {
  page = suite.page;
});

const place = (id: string) => page.locator(`[data-testid="map-place"][data-id="${id}"]`);
const link = (id: string) => page.locator(`[data-testid="map-link"][data-id="${id}"]`);
const linkIds = () => page.getByTestId('map-link').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
const openMap = async (hash = '#tab=map') => {
  await suite.open(hash);
  await page.getByTestId('map-svg').waitFor(POLL);
};

/** The screen point halfway along a link's drawn curve: where a person would click it. */
const midpoint = (id: string) =>
  page.evaluate((linkId) => {
    const line = document.querySelector<SVGPathElement>(`[data-testid="map-link"][data-id="${linkId}"] .map-link-line`)!;
    const p = line.getPointAtLength(line.getTotalLength() / 2);
    const m = line.getScreenCTM()!;
    return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
  }, id);

describe('the Map tab', () => {
  it('draws the seed’s places with their names over the country outlines, Japan and Vietnam emphasised', async () => {
    await openMap();
    await expect.poll(() => place('gunma').count(), POLL).toBe(1);
    expect(await place('gunma').getAttribute('data-name')).toBe('Gunma');
    expect(await place('quang-ninh').getAttribute('data-name')).toBe('Quảng Ninh');
    expect(await place('quang-ninh').locator('title').textContent()).toBe('Quảng Ninh (Locality)');
    // Places with facts carry a visible name; Gunma's dot sits in Japan, Quảng Ninh's in Vietnam.
    expect(await page.locator('[data-testid="map-label"][data-id="gunma"]').textContent()).toBe('Gunma');
    const inside = (id: string, country: string) =>
      page.evaluate(
        ([placeId, name]) => {
          const dot = document.querySelector(`[data-testid="map-place"][data-id="${placeId}"] circle`)!.getBoundingClientRect();
          const land = document.querySelector(`[data-testid="map-country"][data-name="${name}"]`)!.getBoundingClientRect();
          const [x, y] = [dot.left + dot.width / 2, dot.top + dot.height / 2];
          return x >= land.left && x <= land.right && y >= land.top && y <= land.bottom;
        },
        [id, country],
      );
    expect(await inside('gunma', 'Japan')).toBe(true);
    expect(await inside('quang-ninh', 'Vietnam')).toBe(true);
    const countries = await page
      .getByTestId('map-country')
      .evaluateAll((els) => els.map((e) => ({ name: e.getAttribute('data-name'), emphasised: e.classList.contains('emphasised') })));
    expect(countries.length).toBeGreaterThan(10);
    expect(countries.filter((c) => c.emphasised).map((c) => c.name)).toEqual(expect.arrayContaining(['Japan', 'Vietnam']));
    expect(countries.filter((c) => c.emphasised)).toHaveLength(2);
    // Every seed place has a position: nothing is listed apart.
    expect(await page.getByTestId('map-unplaced-place').count()).toBe(0);
  });

  it('shows a link’s counts on hover and its facts’ sentences on a click, and on Enter from the keyboard', async () => {
    await openMap();
    await link(GUNMA_LINK).waitFor(POLL);
    const { x, y } = await midpoint(GUNMA_LINK);
    await page.mouse.move(x, y);
    await expect.poll(() => page.getByTestId('map-tooltip').textContent(), POLL).toBe('Gunma – Vietnam1 meeting');
    await page.mouse.click(x, y);
    const selection = page.getByTestId('map-selection');
    expect(await selection.getByTestId('map-selection-title').textContent()).toBe('Gunma – Vietnam');
    await expect
      .poll(() => selection.getByTestId('evidence-sentence').first().textContent(), POLL)
      .toContain('M. Yamamoto Ichita gouverneur');
    expect(await selection.getByTestId('map-fact-date').first().textContent()).toBe('25 novembre · 2023-11-25 (year inferred)');
    expect(await link(GUNMA_LINK).getAttribute('aria-pressed')).toBe('true');
    // The busier Kyushu link (a meeting and many requests) is drawn wider.
    const width = async (id: string) => Number(await link(id).getAttribute('data-width'));
    expect(await width(KYUSHU_LINK)).toBeGreaterThan(await width(GUNMA_LINK));

    // Keyboard: the Kyushu link is focusable, Enter selects it, Escape deselects.
    await link(KYUSHU_LINK).focus();
    await page.keyboard.press('Enter');
    expect(await selection.getByTestId('map-selection-title').textContent()).toBe('Kyushu – Vietnam');
    const facts = selection.getByTestId('map-fact');
    expect(await facts.count()).toBe(Number(await link(KYUSHU_LINK).getAttribute('data-facts')));
    expect(await selection.locator('[data-testid="map-fact"][data-type="MET_WITH"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await selection.getByTestId('map-selection-title').count()).toBe(0);
  });

  it('zooms with its buttons and the wheel (about the pointer), dots keeping their size, resets, and pans by dragging', async () => {
    await openMap();
    await place('fukuoka').waitFor(POLL);
    const dots = () =>
      page.evaluate(() => {
        const box = (id: string) => document.querySelector(`[data-testid="map-place"][data-id="${id}"] circle`)!.getBoundingClientRect();
        const [a, b] = [box('fukuoka'), box('kagoshima')];
        return { x: a.x + a.width / 2, y: a.y + a.height / 2, gap: Math.hypot(a.x - b.x, a.y - b.y), size: a.width };
      });
    const start = await dots();
    await page.getByTestId('map-zoom-in').click();
    await page.getByTestId('map-zoom-in').click();
    const zoomed = await dots();
    expect(zoomed.gap).toBeGreaterThan(start.gap * 2.4);
    expect(zoomed.size).toBeCloseTo(start.size, 0);
    await page.getByTestId('map-zoom-reset').click();
    expect((await dots()).gap).toBeCloseTo(start.gap, 0);

    // The wheel zooms about the pointer: the dot under it stays where it was.
    await page.mouse.move(start.x, start.y);
    await page.mouse.wheel(0, -100);
    await expect.poll(async () => (await dots()).gap, POLL).toBeGreaterThan(start.gap * 1.5);
    const wheeled = await dots();
    expect(Math.abs(wheeled.x - start.x)).toBeLessThan(1.5);
    expect(Math.abs(wheeled.y - start.y)).toBeLessThan(1.5);

    // Dragging the sea pans: the map follows the pointer.
    const svgBox = (await page.getByTestId('map-svg').boundingBox())!;
    const from = { x: svgBox.x + svgBox.width - 30, y: svgBox.y + svgBox.height - 30 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 40, from.y - 20, { steps: 4 });
    await page.mouse.move(from.x - 80, from.y - 40, { steps: 4 });
    await page.mouse.up();
    const panned = await dots();
    expect(panned.x - wheeled.x).toBeCloseTo(-80, 0);
    expect(panned.y - wheeled.y).toBeCloseTo(-40, 0);
  });

  it('selects a place and lists the facts of all its links', async () => {
    await openMap();
    await place('vietnam').focus();
    await page.keyboard.press('Enter');
    const selection = page.getByTestId('map-selection');
    expect(await selection.getByTestId('map-selection-title').textContent()).toBe('Vietnam (Country)');
    const perLink = await page
      .getByTestId('map-link')
      .evaluateAll((els) =>
        els.filter((e) => e.getAttribute('data-id')!.split('|').includes('vietnam')).map((e) => Number(e.getAttribute('data-facts'))),
      );
    // A request addressed to two places is on two links but one fact of Vietnam's.
    expect(await selection.getByTestId('map-fact').count()).toBeLessThanOrEqual(perLink.reduce((a, b) => a + b, 0));
    expect(await selection.getByTestId('map-fact').count()).toBeGreaterThan(Math.max(...perLink) - 1);
  });

  it('draws a committed article’s new places and their partnership, and forgets them after a retraction in the Sources tab', async () => {
    const res = await requestJson(suite.app.baseUrl, 'POST', '/api/ingest/commit', { body: mapArticleDraft(), headers: editorHeaders() });
    expect(res.status).toBe(201);
    try {
      // The start-up link carries the editor token, as the server prints it.
      await openMap(`?token=${TEST_EDITOR_TOKEN}#tab=map`);
      await place(MAP_PLACES.prefecture).waitFor(POLL);
      expect(await place(MAP_PLACES.province).getAttribute('data-name')).toBe('Thái Nguyên');
      const id = [MAP_PLACES.province, MAP_PLACES.prefecture].sort().join('|');
      await link(id).press('Enter');
      const selection = page.getByTestId('map-selection');
      await expect.poll(() => selection.getByTestId('evidence-sentence').first().textContent(), POLL).toBe(MAP_SENTENCE);
      await expect.poll(() => selection.getByTestId('evidence-outlet').first().textContent(), POLL).toBe('Agence de test');

      // Retracted in the Sources tab ('graph-changed'): the map reloads on the next visit.
      await page.getByTestId('tab-sources').click();
      await page.locator(`[data-testid="source"][data-id="${MAP_ARTICLE_ID}"]`).getByTestId('source-open').click();
      await page.getByTestId('source-retract').click();
      const dialog = page.getByTestId('retract-dialog');
      await dialog.getByTestId('retract-confirm').click();
      await dialog.getByTestId('retract-result').waitFor(POLL);
      await dialog.getByTestId('retract-close').click();
      await page.getByTestId('tab-map').click();
      await expect.poll(() => place(MAP_PLACES.prefecture).count(), POLL).toBe(0);
      expect(await link(id).count()).toBe(0);
      expect(await link(GUNMA_LINK).count()).toBe(1);
    } finally {
      await suite.reseed();
    }
  });

  it('applies the time filter from the URL: links whose facts are all outside the range are hidden', async () => {
    await openMap();
    await link(GUNMA_LINK).waitFor(POLL);
    const all = await linkIds();
    expect(all).toEqual(expect.arrayContaining([GUNMA_LINK, KYUSHU_LINK]));

    // 2025 only: the 2023 forum's meeting and requests go, the March 2025 visit stays.
    await openMap('#tab=map&since=2025-01-01&until=2025-12-31');
    await link(KYUSHU_LINK).waitFor(POLL);
    const in2025 = await linkIds();
    expect(in2025).not.toContain(GUNMA_LINK);
    expect(in2025.length).toBeLessThan(all.length);
    expect(await page.locator('[data-testid="map-label"][data-id="gunma"]').count()).toBe(0);
    expect(await page.getByTestId('map-summary').textContent()).toContain('outside the time range hidden');
    // Selecting rewrites the URL: the range stays in it, so a copied link keeps the filter.
    await link(KYUSHU_LINK).press('Enter');
    await page.getByTestId('tab-sources').click();
    await page.getByTestId('tab-map').click();
    await expect.poll(() => new URL(page.url()).hash, POLL).toContain('since=2025-01-01&until=2025-12-31');

    // Before 2024: the forum only.
    await openMap('#tab=map&until=2023-12-31');
    await link(GUNMA_LINK).waitFor(POLL);
    expect(await linkIds()).not.toContain(KYUSHU_LINK);
  });
});
