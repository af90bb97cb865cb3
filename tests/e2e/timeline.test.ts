// The timeline in real Chromium, against the real server and the seeded Neo4j: the histogram's
// bars for the seed's (inferred) dates, a brush dragged with the mouse that hides one article's
// dated relationships from Explore and writes since/until into the URL, that URL restoring the
// range and the filtering, the keyboard on the brush, and "Show undated" hiding undated facts.
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_EDITOR_TOKEN } from '../support/api-app.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';

vi.setConfig({ testTimeout: 60_000 });
const POLL = { timeout: 10_000 };
const FORUM = 'quang-ninh-local-cooperation-forum'; // dated 2023-11-25 (inferred)
const KYUSHU = 'kyushu-economic-federation-hanoi-visit'; // dated 2025-03-05 (inferred)
/** Month bars from November 2023 to March 2025. */
const MONTHS = 17;
/** Brushing from the second month to the last leaves the forum's November 2023 out. */
const WITHOUT_FORUM = 'since=2023-12-01&until=2025-03-31';

const suite = useBrowserSuite({ viewport: { width: 1280, height: 800 }, screenshotPrefix: 'e2e-timeline-' });
let page: Page;
let datedIds: Record<string, string[]>;
let undatedId: string;
let datedTotal: number;

/** Which of these relationship ids are drawn on the canvas. */
const drawn = (ids: string[]) => page.evaluate((list) => list.filter((id) => window.__cy!.getElementById(id).nonempty()), ids);
const hash = () => page.evaluate(() => window.location.hash);
const text = () => page.getByTestId('timeline-text').textContent();

async function open(hashPart = ''): Promise<void> {
  await suite.open(hashPart);
  await expect.poll(() => page.getByTestId('timeline-bar').count(), POLL).toBe(MONTHS);
}

/** Drags across the brush from the middle of one month bar to the middle of another. */
async function brush(fromBin: number, toBin: number): Promise<void> {
  const box = (await page.getByTestId('timeline-brush').boundingBox())!;
  const x = (bin: number) => box.x + ((bin + 0.5) / MONTHS) * box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(fromBin), y);
  await page.mouse.down();
  await page.mouse.move((x(fromBin) + x(toBin)) / 2, y, { steps: 3 });
  await page.mouse.move(x(toBin), y, { steps: 3 });
  await page.mouse.up();
}

beforeAll(async () => {
  const rows = await suite.read<{ source: string; ids: string[] }>(
    'MATCH (:Entity)-[r]->(:Entity) WHERE r.inferredDate IS NOT NULL RETURN r.source AS source, collect(r.id) AS ids',
  );
  datedIds = Object.fromEntries(rows.map((r) => [r.source, r.ids]));
  datedTotal = rows.reduce((n, r) => n + r.ids.length, 0);
  const [undated] = await suite.read<{ id: string }>("MATCH (:Region {id: 'kyushu'})-[r:PART_OF]->(:Country) RETURN r.id AS id");
  undatedId = undated!.id;
});

beforeEach(() => {
  page = suite.page;
});

describe('the timeline', () => {
  it('draws a bar for each month, the seed’s two dates filled, with a legend and the range in words', async () => {
    await open();
    const bars = await page
      .getByTestId('timeline-bar')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-start'), Number(g.getAttribute('data-total'))] as const));
    expect(bars[0]).toEqual(['2023-11-01', datedIds[FORUM]!.length]);
    expect(bars.at(-1)).toEqual(['2025-03-01', datedIds[KYUSHU]!.length]);
    expect(bars.slice(1, -1).every(([, total]) => total === 0)).toBe(true);
    expect(await page.locator('[data-testid="timeline-bar"] rect[data-category="MET_WITH"]').count()).toBe(2);
    expect(await page.locator('.timeline-legend li').allTextContents()).toContain('met with');
    expect(await text()).toBe(`Showing facts from 25 Nov 2023 to 5 Mar 2025 · ${datedTotal} of ${datedTotal} dated facts`);
    expect(await page.getByTestId('timeline-undated').isChecked()).toBe(true);
    // Only on the tabs whose views it filters.
    await page.getByRole('tab', { name: 'Sources' }).click();
    expect(await page.getByTestId('timeline').isVisible()).toBe(false);
    await page.getByRole('tab', { name: 'Paths' }).click();
    expect(await page.getByTestId('timeline').isVisible()).toBe(true);
  });

  it('brushing a range without the forum’s date hides its dated relationships from Explore and puts the range in the URL', async () => {
    await open();
    expect((await drawn(datedIds[FORUM]!)).length).toBeGreaterThan(0);
    await brush(1, MONTHS - 1);
    await expect.poll(hash, POLL).toContain(WITHOUT_FORUM);
    await expect.poll(() => drawn(datedIds[FORUM]!), POLL).toEqual([]);
    expect((await drawn(datedIds[KYUSHU]!)).length).toBe(datedIds[KYUSHU]!.length);
    // Undated facts stay (Show undated is on).
    expect(await drawn([undatedId])).toEqual([undatedId]);
    expect(await text()).toBe(`Showing facts from 1 Dec 2023 to 31 Mar 2025 · ${datedIds[KYUSHU]!.length} of ${datedTotal} dated facts`);
    expect(await page.getByTestId('graph-status').textContent()).toMatch(/\d+ facts outside the time range/);
    expect(await page.getByTestId('timeline-selection').getAttribute('aria-valuetext')).toBe('1 Dec 2023 to 31 Mar 2025');
    // Reset brings everything back and takes the range out of the URL.
    await page.getByTestId('timeline-reset').click();
    await expect.poll(() => drawn(datedIds[FORUM]!), POLL).toEqual(datedIds[FORUM]);
    expect(await hash()).not.toContain('since=');
  });

  it('opening a link with the range restores the brush and the filtering', async () => {
    await open(`#${WITHOUT_FORUM}`);
    expect(await text()).toContain('from 1 Dec 2023 to 31 Mar 2025');
    expect(await page.getByTestId('timeline-selection').getAttribute('aria-valuetext')).toBe('1 Dec 2023 to 31 Mar 2025');
    expect(await drawn(datedIds[FORUM]!)).toEqual([]);
    expect((await drawn(datedIds[KYUSHU]!)).length).toBe(datedIds[KYUSHU]!.length);
    expect(await hash()).toContain(WITHOUT_FORUM);
  });

  it('filters the Paths tab’s scene too: a path of one 2023 meeting is hidden by a range from 2024', async () => {
    const path = '#tab=paths&from=pham-minh-chinh&to=yamamoto-ichita';
    const pathEdges = () => page.evaluate(() => window.__cy!.edges().map((e) => e.id()));
    await open(path);
    await expect.poll(pathEdges, POLL).not.toEqual([]);
    const met = (await pathEdges()).filter((id) => datedIds[FORUM]!.includes(id));
    expect(met.length).toBeGreaterThan(0);
    await open(`${path}&since=2024-01-01&until=2025-12-31`);
    await expect.poll(() => drawn(met), POLL).toEqual([]);
    expect(await page.getByTestId('graph-status').textContent()).toContain('outside the time range');
    expect(await page.getByTestId('timeline').isVisible()).toBe(true);
  });

  it('moves and resizes the range from the keyboard, and Escape clears it', async () => {
    await open();
    const selection = page.getByTestId('timeline-selection');
    await selection.focus();
    // Shift+← pulls the end in by one month: the last month (Kyushu's) leaves the range.
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(hash, POLL).toContain('since=2023-11-01&until=2025-02-28');
    await expect.poll(() => drawn(datedIds[KYUSHU]!), POLL).toEqual([]);
    // → moves the whole range a month later: Kyushu's month is in again, the forum's out.
    await page.keyboard.press('ArrowRight');
    await expect.poll(hash, POLL).toContain(WITHOUT_FORUM);
    await expect.poll(() => drawn(datedIds[FORUM]!), POLL).toEqual([]);
    // The start handle: ← puts November 2023 back.
    await page.getByTestId('timeline-handle-start').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(hash, POLL).not.toContain('since=');
    await selection.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(hash, POLL).toContain('until=');
    await page.keyboard.press('Escape');
    await expect.poll(hash, POLL).not.toContain('until=');
    expect((await drawn(datedIds[FORUM]!)).length).toBe(datedIds[FORUM]!.length);
  });

  it('“Show undated” unchecked hides an undated relationship, and the link keeps that', async () => {
    await open();
    expect(await drawn([undatedId])).toEqual([undatedId]);
    const undatedBox = page.getByTestId('timeline-undated');
    expect(await page.locator('.timeline-undated').textContent()).toMatch(/^Show undated \(\d+\)$/);
    await undatedBox.uncheck();
    await expect.poll(() => drawn([undatedId]), POLL).toEqual([]);
    expect((await drawn(datedIds[KYUSHU]!)).length).toBe(datedIds[KYUSHU]!.length);
    await expect.poll(hash, POLL).toContain('undated=hide');
    await open('#undated=hide');
    expect(await page.getByTestId('timeline-undated').isChecked()).toBe(false);
    expect(await drawn([undatedId])).toEqual([]);
  });

  it('reloads after a retraction: only the remaining article’s day is left', async () => {
    try {
      await open();
      await page.getByTestId('tab-sources').click();
      await page.locator(`[data-testid="source"][data-id="${KYUSHU}"]`).getByTestId('source-open').click();
      await page.getByTestId('source-retract').click();
      const dialog = page.getByTestId('retract-dialog');
      await dialog.getByTestId('editor-token-input').fill(TEST_EDITOR_TOKEN);
      await dialog.getByTestId('retract-confirm').click();
      await dialog.getByTestId('retract-result').waitFor(POLL);
      await dialog.getByTestId('retract-close').click();
      await page.getByTestId('tab-explore').click();
      // One date left: a single day bar.
      await expect.poll(() => page.getByTestId('timeline-bar').count(), POLL).toBe(1);
      const forum = datedIds[FORUM]!.length;
      expect(await text()).toBe(`Showing facts from 25 Nov 2023 to 25 Nov 2023 · ${forum} of ${forum} dated facts`);
    } finally {
      await suite.reseed();
    }
  });
});
