// Regression tests for the analysts' defects of issue 11 that concern layout, export and
// accessibility, each in real Chromium against the seeded database: a phone-width page never
// scrolls sideways, the SVG export keeps every label's shape and colour, keyboard selection is
// announced and starts at a predictable node, and axe-core finds nothing on any tab.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TAB_TITLES } from '../../client/src/components/tabs.ts';
import { TABS, type Tab } from '../../client/src/state/url-state.ts';
import { TEST_EDITOR_TOKEN } from '../support/api-app.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';

vi.setConfig({ testTimeout: 90_000 });
const POLL = { timeout: 10_000 };
const require = createRequire(import.meta.url);

const suite = useBrowserSuite({ viewport: { width: 1280, height: 720 }, screenshotPrefix: 'defects-' });
let page: Page;
beforeEach(() => {
  page = suite.page;
});

const idle = () => page.waitForFunction(() => document.body.dataset.busy !== 'true');

const nodePoint = (id: string) => suite.nodePoint(id);

/**
 * How far the page scrolls sideways, and which elements stick out past the viewport (for the
 * message). A wide table inside its own scrolling box does not widen the page, so it is left out.
 */
const overflow = () =>
  page.evaluate(() => {
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    return {
      excess: document.documentElement.scrollWidth - window.innerWidth,
      culprits: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(el))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')}`),
    };
  });

// Each tab with something in it, not only empty: the details of a node, a path found, a matrix
// cell open, an article open, a draft under review, a query's table.
// Every tab of the app (its own list and titles), each with something in it: a new tab must say how to fill it.
const FILLED: Record<Tab, () => Promise<void>> = {
  explore: async () => {
    await suite.open('#sel=pham-minh-chinh');
    await page.getByTestId('details-title').waitFor();
  },
  paths: async () => {
    await suite.open('#tab=paths&from=bui-thanh-son&to=fukuoka');
    await page.getByTestId('path-steps').waitFor();
  },
  insights: async () => {
    await suite.open('#tab=insights');
    await page.getByTestId('matrix-cell').first().click();
    await page.getByTestId('cell-evidence').getByTestId('evidence').first().waitFor();
  },
  map: async () => {
    await suite.open('#tab=map');
    await page.locator('[data-testid="map-link"][data-id="gunma|vietnam"]').press('Enter');
    await page.getByTestId('map-selection').getByTestId('evidence').first().waitFor(POLL);
  },
  sources: async () => {
    await suite.open('#tab=sources');
    await page.getByTestId('source-open').first().click();
    await page.getByTestId('source-highlight').first().waitFor();
  },
  add: async () => {
    await suite.open(`?token=${TEST_EDITOR_TOKEN}#tab=add`);
    await page
      .getByTestId('add-text')
      .fill(
        'Hanoï, 12 février (VNA) – Le Premier ministre Phạm Minh Chính a reçu à Hanoï le gouverneur de la préfecture de Fukuoka, Hattori Seitaro. Le Premier ministre a demandé à la préfecture de Fukuoka de renforcer la coopération dans les semi-conducteurs.',
      );
    await page.getByTestId('add-title').fill('Le Premier ministre reçoit le gouverneur de Fukuoka');
    await page.getByTestId('add-outlet').fill('VNA');
    await page.getByTestId('add-extract').click();
    await page.getByTestId('entity').first().waitFor(POLL);
  },
  cypher: async () => {
    const q = "MATCH (p:Prefecture)-[r:PART_OF]->(k:Region {id: 'kyushu'}) RETURN p, r, k, p.name AS name";
    await suite.open(`#tab=cypher&cv=table&q=${encodeURIComponent(q)}`);
    await page.getByTestId('cypher-results').locator('table').waitFor(POLL);
  },
};

describe('a phone-width window (390×844)', () => {
  // The official has the longest property values of the seed (a title of several words, party
  // roles, six aliases in three scripts); the sector has the longest list of aliases.
  const LONG_VALUED = ['pham-minh-chinh', 'semiconductors'];

  it('is never wider than the viewport after a node with long property values is selected, on any tab', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Explore, with a real tap on the node.
    await suite.open();
    for (const id of LONG_VALUED) {
      const { x, y } = await nodePoint(id);
      await page.mouse.click(x, y);
      await expect.poll(() => page.evaluate(() => window.__cy!.$('node:selected').map((n) => n.id())), POLL).toEqual([id]);
      await page.getByTestId('details-title').waitFor();
      expect({ id, ...(await overflow()) }).toEqual({ id, excess: 0, culprits: [] });
    }
    // Every other tab, with the node selected through the link that reopens that view.
    for (const tab of TABS) {
      for (const id of LONG_VALUED) {
        await suite.open(`#tab=${tab}&sel=${id}`);
        await idle();
        expect({ tab, id, ...(await overflow()) }).toEqual({ tab, id, excess: 0, culprits: [] });
      }
    }
  });

  it('is never wider than the viewport with each tab’s content in it (details, path, matrix cell, article, draft, query table)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const tab of TABS) {
      await FILLED[tab]();
      await idle();
      expect({ tab, ...(await overflow()) }).toEqual({ tab, excess: 0, culprits: [] });
    }
  });
});

describe('SVG export', () => {
  it('keeps the Sector and Event shapes and the label colours, and logs nothing', async () => {
    const logged: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') logged.push(m.text());
    });
    await suite.open();
    await page.getByTestId('export-menu').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const svg = Buffer.concat(chunks).toString('utf8');
    expect(logged).toEqual([]);
    // Read the exported drawing back in the page: what each shape is filled with, and each label's colour.
    const drawn = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const fill = (el: Element) => (el.getAttribute('fill') ?? '').toLowerCase();
      // Round shapes are drawn with arcs: counting filled paths with an arc in them leaves out
      // the arrowheads, which are straight triangles and share their colour with some labels.
      const roundBodies: Record<string, number> = {};
      for (const el of doc.querySelectorAll('path')) {
        if (/\bA\b/.test(el.getAttribute('d') ?? '')) roundBodies[fill(el)] = (roundBodies[fill(el)] ?? 0) + 1;
      }
      return {
        roundBodies,
        textFills: [...new Set([...doc.querySelectorAll('text')].map(fill))],
      };
    }, svg);
    const expected = await page.evaluate(() => {
      const cy = window.__cy!;
      const nodes = (label: string) => cy.nodes(`[label="${label}"]`);
      const rgb = (c: string) => c.replace(/\s+/g, '');
      return {
        sector: { fill: rgb(nodes('Sector').first().style('background-color')), count: nodes('Sector').length },
        event: { fill: rgb(nodes('Event').first().style('background-color')), count: nodes('Event').length },
        nodeText: rgb(nodes('Sector').first().style('color')),
      };
    });
    // Every Sector (round tag) and Event (round triangle) body is drawn, in its label's colour.
    expect(expected.sector.count).toBeGreaterThan(0);
    expect(expected.event.count).toBeGreaterThan(0);
    expect(drawn.roundBodies[expected.sector.fill] ?? 0).toBeGreaterThanOrEqual(expected.sector.count);
    expect(drawn.roundBodies[expected.event.fill] ?? 0).toBeGreaterThanOrEqual(expected.event.count);
    // Every label, on each of its lines, is in the label colour (node names) or the edge-label colour: never a node's fill.
    const nodeFills = await page.evaluate(() => [
      ...new Set(window.__cy!.nodes().map((n) => String(n.style('background-color')).replace(/\s+/g, ''))),
    ]);
    for (const f of drawn.textFills) expect(nodeFills).not.toContain(f);
    expect(drawn.textFills).toContain(expected.nodeText);
  });
});

describe('keyboard selection on the canvas', () => {
  it('the first → selects the best-connected node, and each step is announced politely', async () => {
    await suite.open();
    const announcer = page.getByTestId('graph-announcer');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    // Best-connected first, ties by name: the order the canvas's label documents.
    const order = await page.evaluate(() =>
      window
        .__cy!.nodes()
        .map((n) => ({ id: n.id(), name: String(n.data('name')), label: String(n.data('label')), degree: n.degree(false) }))
        .sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name)),
    );
    const selected = () => page.evaluate(() => window.__cy!.$('node:selected').map((n) => n.id()));
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected, POLL).toEqual([order[0]!.id]);
    await expect
      .poll(() => announcer.textContent(), POLL)
      .toBe(`${order[0]!.name}, ${order[0]!.label}, ${order[0]!.degree} relationships in view; node 1 of ${order.length}.`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected, POLL).toEqual([order[1]!.id]);
    await expect.poll(() => announcer.textContent(), POLL).toMatch(new RegExp(`^${order[1]!.name}, .*node 2 of ${order.length}\\.$`));
    // ↓ steps to a neighbour and says whose.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => announcer.textContent(), POLL).toMatch(new RegExp(`; neighbour 1 of \\d+ of ${order[1]!.name}\\.$`));
    await page.keyboard.press('Escape');
    await expect.poll(() => announcer.textContent(), POLL).toBe('Nothing selected.');
  });
});

describe('axe-core', () => {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy (script-src 'self') rightly refuses inline scripts.
  const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const axe = async () => {
    await page.evaluate(AXE_SOURCE);
    return page.evaluate(async () => {
      const w = window as unknown as {
        axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      };
      const result = await w.axe.run(document);
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  };

  // The wide layout and the phone one (a single column, the tab row wrapped) are different pages to a checker.
  for (const [tab, width, height] of TABS.flatMap((t) => [[t, 1280, 720] as const, [t, 390, 844] as const])) {
    it(`reports no violations on the ${TAB_TITLES[tab]} tab, with something in it, at ${width}×${height}`, async () => {
      await page.setViewportSize({ width, height });
      await FILLED[tab]();
      await idle();
      expect(await page.getByRole('tab', { name: TAB_TITLES[tab] }).getAttribute('aria-selected')).toBe('true');
      expect(await axe()).toEqual([]);
    });
  }
});
