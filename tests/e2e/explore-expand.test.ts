// Explore in real Chromium on the seeded Neo4j: expanding a hub by one relationship type, loading
// the next page past the per-expansion cap, new neighbours placed apart around their parent,
// Shift-click multi-selection acting on every picked node, a search result centred and selected,
// and the Limits form writing the caps into the address.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';

// Layouts and several API calls per test; a loaded 2-core machine needs the time.
vi.setConfig({ testTimeout: 60_000 });
const POLL = { timeout: 15_000 };

const suite = useBrowserSuite({ viewport: { width: 1280, height: 720 }, screenshotPrefix: 'e2e-explore-expand-' });
let page: Page;
beforeEach(() => {
  page = suite.page;
});

/** The best-connected node, the only one drawn with ?cap=1. */
const HUB = 'bui-thanh-son';
const idle = () => page.waitForFunction(() => document.body.dataset.busy !== 'true', null, POLL);
const nodeIds = () =>
  page.evaluate(() =>
    window
      .__cy!.nodes()
      .map((n) => n.id())
      .sort(),
  );
const dbIds = async (query: string) => (await suite.read<{ id: string }>(query, { id: HUB })).map((r) => r.id).sort();

/** Clicks the hub on the canvas and waits until the details panel shows it with its Expand menu. */
async function selectHub(): Promise<void> {
  const { x, y } = await suite.nodePoint(HUB);
  await page.mouse.click(x, y);
  await page.getByTestId('details-expand-menu').waitFor(POLL);
}

describe('expanding', () => {
  it('by one relationship type adds only the neighbours of that type', async () => {
    await suite.open('?cap=1');
    expect(await nodeIds()).toEqual([HUB]);
    await selectHub();
    await page.getByTestId('details-expand-menu').click();
    const represents = await dbIds('MATCH (:Entity {id: $id})-[:REPRESENTS]-(m:Entity) RETURN DISTINCT m.id AS id');
    const all = await dbIds('MATCH (:Entity {id: $id})--(m:Entity) RETURN DISTINCT m.id AS id');
    expect(represents.length).toBeLessThan(all.length);
    // The menu item carries the count the database gives.
    await expect(page.getByTestId('expand-type-REPRESENTS').textContent()).resolves.toContain(String(represents.length));
    await page.getByTestId('expand-type-REPRESENTS').click();
    await page.waitForFunction((n) => window.__cy!.nodes().length === n, represents.length + 1, POLL);
    expect(await nodeIds()).toEqual([HUB, ...represents].sort());
    const types = await page.evaluate(() => [...new Set(window.__cy!.edges().map((e) => String(e.data('type'))))]);
    expect(types).toEqual(['REPRESENTS']);
  });

  it('past the cap with “Load more”, placing the new neighbours apart around their parent', async () => {
    await suite.open('?cap=1&expand=2');
    await selectHub();
    await page.getByTestId('details-expand').click();
    await page.waitForFunction(() => window.__cy!.nodes().length === 3, null, POLL);
    const firstPage = (await nodeIds()).filter((id) => id !== HUB);
    const more = page.getByTestId('details-load-more');
    await more.waitFor(POLL);
    await expect(more.textContent()).resolves.toBe('Load 2 more');
    await more.click();
    await page.waitForFunction(() => window.__cy!.nodes().length === 5, null, POLL);
    await idle();
    const neighbours = (await nodeIds()).filter((id) => id !== HUB);
    expect(neighbours.filter((id) => firstPage.includes(id))).toEqual(firstPage);
    const all = await dbIds('MATCH (:Entity {id: $id})--(m:Entity) RETURN DISTINCT m.id AS id');
    expect(neighbours.every((id) => all.includes(id))).toBe(true);

    const placed = await page.evaluate((hub) => {
      const cy = window.__cy!;
      const c = cy.getElementById(hub).position();
      return cy
        .nodes()
        .map((n) => ({ id: n.id(), x: n.position().x - c.x, y: n.position().y - c.y }))
        .filter((n) => n.id !== hub);
    }, HUB);
    expect(placed).toHaveLength(4);
    // Around the parent: none on it, none far away; apart: no two on top of each other.
    for (const p of placed) {
      expect(Math.hypot(p.x, p.y)).toBeGreaterThan(60);
      expect(Math.hypot(p.x, p.y)).toBeLessThan(600);
    }
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        expect(Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y)).toBeGreaterThan(30);
  });
});

describe('multi-selection', () => {
  it('Shift-click two nodes, then Hide hides both and nothing else', async () => {
    await suite.open();
    const before = await nodeIds();
    await page.keyboard.down('Shift');
    for (const id of ['saga', 'oita']) {
      const { x, y } = await suite.nodePoint(id);
      await page.mouse.click(x, y);
    }
    await page.keyboard.up('Shift');
    await expect(page.getByTestId('picked-count').textContent()).resolves.toBe('2 selected:');
    expect(
      await page.evaluate(() =>
        window
          .__cy!.nodes('.picked')
          .map((n) => n.id())
          .sort(),
      ),
    ).toEqual(['oita', 'saga']);
    await page.getByTestId('picked-hide').click();
    await page.waitForFunction(() => window.__cy!.getElementById('saga').empty(), null, POLL);
    expect(await nodeIds()).toEqual(before.filter((id) => id !== 'saga' && id !== 'oita'));
    await expect(page.getByTestId('picked-bar').isHidden()).resolves.toBe(true);
  });
});

describe('box selection', () => {
  /** Drags from the canvas's top-left to its bottom-right corner (the fitted graph has a margin there). */
  async function dragAcrossCanvas(): Promise<void> {
    await page.evaluate(() => {
      window.__cy!.fit(undefined, 60);
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + 8, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width - 8, box.y + box.height - 8, { steps: 5 });
    await page.mouse.up();
  }
  const picked = () => page.evaluate(() => window.__cy!.nodes('.picked').length);

  it('Shift-drag on the background, or a plain drag in Select mode, picks the nodes inside the box', async () => {
    await suite.open();
    const all = (await nodeIds()).length;
    await page.keyboard.down('Shift');
    await dragAcrossCanvas();
    await page.keyboard.up('Shift');
    await page.waitForFunction((n) => window.__cy!.nodes('.picked').length === n, all, POLL);
    await expect(page.getByTestId('picked-count').textContent()).resolves.toBe(`${all} selected:`);
    await page.getByTestId('picked-clear').click();
    expect(await picked()).toBe(0);

    await page.getByTestId('box-select').click();
    await expect(page.getByTestId('box-select').getAttribute('aria-pressed')).resolves.toBe('true');
    await dragAcrossCanvas();
    await page.waitForFunction((n) => window.__cy!.nodes('.picked').length === n, all, POLL);
    await page.getByTestId('picked-remove').click();
    await page.waitForFunction(() => window.__cy!.nodes().length === 0, null, POLL);
  });
});

describe('search', () => {
  it('centres the view on the result chosen and selects it', async () => {
    await suite.open();
    // Somewhere else first, so centring has to move the view.
    // (A block body: returning cy itself would make Playwright serialise the whole core.)
    await page.evaluate(() => {
      window.__cy!.pan({ x: 3000, y: 3000 });
    });
    const input = page.getByTestId('search-input');
    await input.pressSequentially('kyu', { delay: 20 });
    const option = page
      .getByTestId('search-results')
      .getByRole('option', { name: /Kyushu/ })
      .first();
    await option.waitFor(POLL);
    await option.click();
    await page.waitForFunction(
      () =>
        window
          .__cy!.$(':selected')
          .map((e) => e.id())
          .join() === 'kyushu',
      null,
      POLL,
    );
    // The view animates there: wait until it has arrived, then hold the position to the centre.
    await page.waitForFunction(() => !window.__cy!.animated(), null, POLL);
    const offset = await page.evaluate(() => {
      const cy = window.__cy!;
      const p = cy.getElementById('kyushu').renderedPosition();
      return Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2);
    });
    expect(offset).toBeLessThan(20);
    await expect(page.getByTestId('details-title').textContent()).resolves.toBe('Kyushu');
  });
});

describe('limits', () => {
  it('the Limits form writes ?cap= and ?expand= and reloads with them', async () => {
    await suite.open();
    expect((await nodeIds()).length).toBeGreaterThan(5);
    await page.getByTestId('limits-menu').click();
    await page.getByTestId('limits-cap').fill('5');
    await page.getByTestId('limits-expand').fill('7');
    await Promise.all([page.waitForURL(/cap=5/, POLL), page.getByTestId('limits-apply').click()]);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, POLL);
    expect(new URL(page.url()).searchParams.get('expand')).toBe('7');
    expect(await nodeIds()).toHaveLength(5);
  });

  it('says when the address asked for more than a cap allows', async () => {
    await suite.open('?cap=99999');
    await page.getByTestId('limits-menu').click();
    await expect(page.getByTestId('limits-clamped').textContent()).resolves.toContain('capped at the maximum, 5,000');
    await expect(page.getByTestId('limits-cap').inputValue()).resolves.toBe('5000');
  });
});
