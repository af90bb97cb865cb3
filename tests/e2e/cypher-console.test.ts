// The Cypher console of issue 11 in real Chromium against the real server and the seeded Neo4j:
// a table-only result opens in Table, chips select in Graph, the CSV is the table, Plan shows
// EXPLAIN's operators, completion offers the database's labels, parameters go with the query and
// live in the link, and Cancel gives the Run button back. Nothing here writes to the database.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';

vi.setConfig({ testTimeout: 60_000 });
const POLL = { timeout: 10_000 };

const suite = useBrowserSuite({ viewport: { width: 1280, height: 800 }, screenshotPrefix: 'e2e-cypher-' });
const read = suite.read;
let page: Page;
beforeEach(() => {
  page = suite.page;
});

const openQuery = (query: string, extra = '') => suite.open(`#tab=cypher&q=${encodeURIComponent(query)}${extra}`);
const pressed = (view: string) => page.getByTestId(`cypher-view-${view}`).getAttribute('aria-pressed');
const selectedIds = () => page.evaluate(() => window.__cy!.$(':selected').map((e) => e.id()));

async function typeQuery(query: string): Promise<void> {
  const editor = page.locator('.cm-content');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(query);
}

// Evaluated rather than added as a <script>: the Content-Security-Policy refuses inline scripts (as in defects.test.ts).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function axeViolations(): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    const result = await w.axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const KYUSHU_PREFECTURES = "MATCH (p:Prefecture)-[r:PART_OF]->(k:Region {id: 'kyushu'}) RETURN p, r, k, p.name AS name ORDER BY name";

describe('views of one result', () => {
  it('opens a table-only result in Table, and the Graph view says there is nothing to draw', async () => {
    const query = 'MATCH (o:Official) RETURN o.name AS name ORDER BY name';
    const expected = await read<{ name: string }>(query);
    await openQuery(query);
    const table = page.getByTestId('cypher-table');
    await table.waitFor(POLL);
    expect(await table.locator('tbody tr td').allTextContents()).toEqual(expected.map((r) => r.name));
    expect(await pressed('table')).toBe('true');
    expect(await page.getByTestId('graph-canvas').isVisible()).toBe(false);
    await expect.poll(() => page.url(), POLL).toContain('cv=table');
    await page.getByTestId('cypher-view-graph').click();
    await expect
      .poll(() => page.getByTestId('canvas-overlay').textContent(), POLL)
      .toBe('This result has no nodes or relationships to draw: see the Table view.');
    expect(await table.isVisible()).toBe(false);
  });

  it('shows a graph result on the canvas, and the same rows as a table and as raw JSON', async () => {
    const expected = await read<{ name: string }>(
      "MATCH (p:Prefecture)-[:PART_OF]->(:Region {id: 'kyushu'}) RETURN p.name AS name ORDER BY name",
    );
    await openQuery(KYUSHU_PREFECTURES);
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes().length), POLL).toBe(expected.length + 1);
    expect(await pressed('graph')).toBe('true');
    expect(await page.getByTestId('cypher-table').isVisible()).toBe(false);
    await page.getByTestId('cypher-view-raw').click();
    const raw = JSON.parse((await page.getByTestId('cypher-raw').textContent())!) as { columns: string[]; rows: { name: string }[] };
    expect(raw.columns).toEqual(['p', 'r', 'k', 'name']);
    expect(raw.rows.map((r) => r.name)).toEqual(expected.map((r) => r.name));
    await expect.poll(() => page.url(), POLL).toContain('cv=raw');
    await page.getByTestId('cypher-view-table').click();
    expect(await page.getByTestId('cypher-table').locator('tbody tr td:last-child').allTextContents()).toEqual(expected.map((r) => r.name));
  });

  it('reopens a link in the view it names', async () => {
    await openQuery(KYUSHU_PREFECTURES, '&cv=table');
    await page.getByTestId('cypher-table').waitFor(POLL);
    expect(await pressed('table')).toBe('true');
  });
});

describe('chips', () => {
  it('selects a node chip’s node, and a relationship chip’s relationship, in the Graph view', async () => {
    await openQuery(KYUSHU_PREFECTURES, '&cv=table');
    const table = page.getByTestId('cypher-table');
    await table.waitFor(POLL);
    const node = table.locator('[data-testid="cypher-chip"][data-kind="node"]').first();
    const id = (await node.getAttribute('data-id'))!;
    const name = (await node.textContent())!;
    await node.click();
    expect(await pressed('graph')).toBe('true');
    await expect.poll(selectedIds, POLL).toEqual([id]);
    await expect.poll(() => page.getByTestId('details-title').textContent(), POLL).toBe(name);

    await page.getByTestId('cypher-view-table').click();
    const edge = table.locator('[data-testid="cypher-chip"][data-kind="edge"]').first();
    const edgeId = (await edge.getAttribute('data-id'))!;
    expect(await edge.textContent()).toBe(':PART_OF');
    await edge.click();
    await expect.poll(selectedIds, POLL).toEqual([edgeId]);
  });

  it('shows a path as chip → chip → chip', async () => {
    await openQuery("MATCH path = (:Prefecture {id: 'fukuoka'})-[:PART_OF]->(:Region) RETURN path");
    const cell = page.getByTestId('cypher-results').locator('.chip-path').first();
    await page.getByTestId('cypher-view-table').click();
    await cell.waitFor(POLL);
    expect(await cell.locator('[data-testid="cypher-chip"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual([
      'node',
      'edge',
      'node',
    ]);
    expect(await cell.locator('.chip-arrow').count()).toBe(2);
  });
});

describe('CSV export', () => {
  it('downloads exactly the table: its columns, and a node by its name', async () => {
    const query = "MATCH (p:Prefecture)-[:PART_OF]->(k:Region {id: 'kyushu'}) RETURN p, p.id AS id, k.name AS region ORDER BY id";
    await openQuery(query, '&cv=table');
    const table = page.getByTestId('cypher-table');
    await table.waitFor(POLL);
    const shown = [
      await table.locator('thead th').allTextContents(),
      ...(await table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')))),
    ];
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cypher-export-csv').click()]);
    expect(file.suggestedFilename()).toMatch(/^vj-cypher-result-.*\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    // The seed's prefecture names and ids have no commas or quotes: each line splits plainly.
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(
      csv
        .slice(0, -2)
        .split('\r\n')
        .map((line) => line.split(',')),
    ).toEqual(shown);
    expect(shown.length).toBeGreaterThan(2);
  });
});

describe('plan', () => {
  it('shows EXPLAIN’s operators as a tree without running the query, and goes back to the result', async () => {
    await openQuery(KYUSHU_PREFECTURES);
    await page.getByTestId('cypher-summary').waitFor(POLL);
    await page.getByTestId('cypher-plan').click();
    const tree = page.getByTestId('cypher-plan-tree');
    await tree.waitFor(POLL);
    const operators = await tree.getByTestId('plan-operator').evaluateAll((els) => els.map((e) => e.getAttribute('data-operator')));
    expect(operators[0]).toBe('ProduceResults');
    expect(operators.join(' ')).toMatch(/Expand|Scan|Seek/);
    // Nested: the root's list holds the rest.
    expect(await tree.locator(':scope > li > ul > li').count()).toBeGreaterThan(0);
    await page.getByTestId('cypher-plan-close').click();
    await page.getByTestId('cypher-summary').waitFor();
    expect(await tree.count()).toBe(0);
  });
});

describe('completion', () => {
  it('offers a label of the seed after "MATCH (n:Pre", and choosing it completes the label', async () => {
    await suite.open('#tab=cypher');
    await typeQuery('MATCH (n:Pre');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'Prefecture' });
    await option.waitFor(POLL);
    // A click, not Enter: CodeMirror ignores Enter for a moment after the list opens (so a fast typist's
    // Enter is a new line), and a loaded machine can press it inside that moment.
    await option.click();
    await expect.poll(() => page.locator('.cm-content').textContent(), POLL).toBe('MATCH (n:Prefecture');
  });
});

describe('parameters', () => {
  it('are sent with the query and kept in the link; a bad one is explained and nothing runs', async () => {
    await suite.open('#tab=cypher');
    await typeQuery('MATCH (r:Region {id: $id}) RETURN r.name AS name');
    await page.getByTestId('cypher-params').fill('{"id": "kyushu"}');
    await page.getByTestId('cypher-run').click();
    const table = page.getByTestId('cypher-table');
    await table.waitFor(POLL);
    expect(await table.locator('tbody td').allTextContents()).toEqual(['Kyushu']);
    await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('qp'), POLL).toBe('{"id": "kyushu"}');

    let requests = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/cypher')) requests++;
    });
    await page.getByTestId('cypher-params').fill('["kyushu"]');
    await page.getByTestId('cypher-run').click();
    await expect.poll(() => page.getByTestId('cypher-params-error').textContent(), POLL).toMatch(/must be a JSON object/);
    expect(await page.getByTestId('cypher-params').getAttribute('aria-invalid')).toBe('true');
    expect(requests).toBe(0);
    // The last result stands.
    expect(await table.locator('tbody td').allTextContents()).toEqual(['Kyushu']);
  });

  it('a link with parameters reruns the query with them', async () => {
    await openQuery('MATCH (r:Region {id: $id}) RETURN r.name AS name', `&qp=${encodeURIComponent('{"id": "kansai"}')}`);
    const table = page.getByTestId('cypher-table');
    await table.waitFor(POLL);
    expect(await table.locator('tbody td').allTextContents()).toEqual(['Kansai']);
    expect(await page.getByTestId('cypher-params').inputValue()).toBe('{"id": "kansai"}');
  });
});

describe('cancel', () => {
  it('turns Run into Cancel while a query runs; Cancel stops it and gives Run back', async () => {
    await suite.open('#tab=cypher');
    await typeQuery('UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n');
    const run = page.getByTestId('cypher-run');
    await run.click();
    await expect.poll(() => run.textContent(), POLL).toBe('Cancel');
    await page.getByTestId('cypher-running').waitFor();
    await run.click();
    await page.getByTestId('cypher-cancelled').waitFor(POLL);
    expect(await run.textContent()).toBe('Run');
    expect(await page.getByTestId('cypher-error').count()).toBe(0);
    // And the next query runs as usual.
    await typeQuery('RETURN 1 AS one');
    await run.click();
    await page.getByTestId('cypher-table').waitFor(POLL);
    expect(await page.getByTestId('cypher-table').locator('tbody td').allTextContents()).toEqual(['1']);
  });
});

describe('accessibility', () => {
  it('axe-core finds nothing in the table with chips, the raw view, the plan and a parameters error', async () => {
    await openQuery(
      "MATCH path = (p:Prefecture)-[r:PART_OF]->(:Region {id: 'kyushu'}) RETURN p, r, path, p.aliases AS aliases",
      '&cv=table',
    );
    await page.getByTestId('cypher-table').waitFor(POLL);
    expect(await axeViolations()).toEqual([]);
    await page.getByTestId('cypher-view-raw').click();
    expect(await axeViolations()).toEqual([]);
    await page.getByTestId('cypher-plan').click();
    await page.getByTestId('cypher-plan-tree').waitFor(POLL);
    expect(await axeViolations()).toEqual([]);
    await page.getByTestId('cypher-params').fill('{');
    await expect.poll(() => page.getByTestId('cypher-params-error').textContent(), POLL).toMatch(/not valid JSON/);
    expect(await axeViolations()).toEqual([]);
  });
});
