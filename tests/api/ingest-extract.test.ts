// Extraction over HTTP on the real Neo4j: text, HTML and raw uploads in, a draft out whose
// entities are resolved against the graph, nothing written; bad input is a precise 4xx; the
// URL fetch reads pages a local server writes and refuses private addresses; a commit's
// bookmark can be sent back on reads.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDetailsSchema } from '../../contract/api/graph.ts';
import { commitResponseSchema, draftSchema, fetchResponseSchema, MAX_ARTICLE_CHARS } from '../../contract/ingest.ts';
import { acceptProposed } from '../../seed/apply-review.ts';
import { editorHeaders, requestJson, startApiApp, useSeededApiApp, type ApiApp } from '../support/api-app.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { clearDatabase, testNeo4j } from '../support/neo4j-context.ts';
import { seedDatabase } from '../../seed/seed-database.ts';

const ARTICLE = [
  'Le Premier ministre reçoit le gouverneur de Kagoshima',
  '',
  'Hanoï, 14 octobre (VNA) - Le Premier ministre Phạm Minh Chính a reçu mardi 14 octobre à Hanoï le gouverneur de la préfecture de Kagoshima, Shiota Koichi, en visite de travail au Vietnam.',
  "Le chef du gouvernement a proposé que Kagoshima renforce la coopération avec les localités vietnamiennes dans les domaines de l'agriculture de haute technologie, du tourisme et de la formation des ressources humaines.",
].join('\n');

describe('extracting an article', () => {
  const api = useSeededApiApp();
  const extract = (body: unknown, headers: Record<string, string> = {}) =>
    requestJson(api.baseUrl, 'POST', '/api/ingest/extract', { body, headers: { ...editorHeaders(), ...headers } });

  it('returns a draft whose every evidence is cut from the text, resolved against the graph, writing nothing', async () => {
    const before = await graphFingerprint(api.driver, testNeo4j().database);
    const res = await extract({ text: ARTICLE, publishedDate: '2025-10-15', outlet: 'VNA' });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    const draft = draftSchema.parse(res.body);
    const text = draft.articles[0]!.text;
    expect(text).toBe(ARTICLE);
    for (const r of draft.relationships) expect(text).toContain(r.evidence);
    for (const n of draft.nodes) for (const m of n.mentions) expect(text).toContain(m.evidence);
    const byName = (name: string) => draft.nodes.find((n) => n.name === name || n.aliases.includes(name));
    // Resolved against the seed graph: the Prime Minister and the prefecture are the nodes already there.
    expect(byName('Phạm Minh Chính')?.review.match).toMatchObject({ existingId: 'pham-minh-chinh', reason: expect.any(String) });
    expect(byName('Kagoshima')?.review.match).toMatchObject({ existingId: 'kagoshima' });
    const governor = byName('Shiota Koichi');
    expect(governor?.review.match).toBeNull();
    expect(draft.relationships.some((r) => r.type === 'REPRESENTS' && r.from === governor?.id)).toBe(true);
    expect(draft.relationships.some((r) => r.type === 'MET_WITH' && r.to === governor?.id)).toBe(true);
    expect(draft.relationships.every((r) => r.review.status === 'proposed')).toBe(true);
    expect(await graphFingerprint(api.driver, testNeo4j().database)).toBe(before);
  });

  it('reads raw text and HTML uploads, metadata in the query string; refuses other uploads with 415', async () => {
    const upload = (type: string, body: string, query = '') =>
      fetch(`${api.baseUrl}/api/ingest/extract${query}`, { method: 'POST', headers: { ...editorHeaders(), 'content-type': type }, body });
    const plain = await upload('text/plain; charset=utf-8', ARTICLE, '?publishedDate=2025-10-15&outlet=VNA');
    expect(plain.status).toBe(200);
    expect(draftSchema.parse(await plain.json()).articles[0]).toMatchObject({ outlet: 'VNA', text: ARTICLE });
    const page = `<!doctype html><html lang="fr"><head><meta property="og:site_name" content="Le Courrier"><script>alert(1)</script></head><body><nav>Accueil Monde</nav><article>${ARTICLE.split(
      '\n',
    )
      .filter(Boolean)
      .map((line) => `<p>${line}</p>`)
      .join('')}</article><footer>© 2025</footer></body></html>`;
    const html = await upload('text/html', page);
    expect(html.status).toBe(200);
    const fromHtml = draftSchema.parse(await html.json());
    expect(fromHtml.articles[0]!.outlet).toBe('Le Courrier');
    expect(fromHtml.articles[0]!.text).not.toMatch(/alert|Accueil|©/);
    expect(fromHtml.nodes.some((n) => n.review.match?.existingId === 'kagoshima')).toBe(true);
    for (const type of ['application/pdf', 'image/png', 'application/x-www-form-urlencoded']) {
      const res = await upload(type, 'x'.repeat(64));
      expect(res.status, type).toBe(415);
      expect((await res.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('answers bad input with a precise 4xx', async () => {
    const cases: [string, unknown, number, RegExp][] = [
      ['empty text', { text: '' }, 400, /empty/],
      ['only white space', { text: ' \n\t ' }, 400, /empty/],
      ['text and html', { text: 'Un texte.', html: '<p>Un texte.</p>' }, 400, /either text or html/],
      ['neither', { title: 'Un titre' }, 400, /either text or html/],
      ['an unknown field', { text: 'Un texte.', script: 'x' }, 400, /script/],
      ['an unsupported language', { text: 'A text.', language: 'en' }, 400, /language/],
      ['a bad date', { text: 'Un texte.', publishedDate: '15/10/2025' }, 400, /publishedDate/],
      ['HTML without text', { html: '<div><script>x()</script></div>' }, 422, /No article text/],
      ['text too long', { text: 'a '.repeat(MAX_ARTICLE_CHARS / 2 + 10) }, 413, /at most 200000/],
    ];
    for (const [name, body, status, message] of cases) {
      const res = await extract(body);
      expect(res.status, name).toBe(status);
      expect(res.body.error.message, name).toMatch(message);
    }
    expect((await requestJson(api.baseUrl, 'POST', '/api/ingest/extract', { body: { text: ARTICLE } })).status).toBe(401);
  });

  it('extract → accept → commit → read with the bookmark → retract', async () => {
    const before = await graphFingerprint(api.driver, testNeo4j().database);
    const draft = acceptProposed(draftSchema.parse((await extract({ text: ARTICLE, publishedDate: '2025-10-15' })).body));
    const commit = await requestJson(api.baseUrl, 'POST', '/api/ingest/commit', { body: draft, headers: editorHeaders() });
    expect(commit.status, JSON.stringify(commit.body).slice(0, 400)).toBe(201);
    const { bookmarks, articleId } = commitResponseSchema.parse(commit.body);
    const governor = draft.nodes.find((n) => n.name === 'Shiota Koichi')!;
    const read = await requestJson(api.baseUrl, 'GET', `/api/nodes/${governor.id}`, {
      headers: { 'x-neo4j-bookmark': bookmarks.join(',') },
    });
    expect(read.status).toBe(200);
    const details = nodeDetailsSchema.parse(read.body);
    expect(details.relationships.map((r) => r.other.id)).toEqual(expect.arrayContaining(['kagoshima', 'pham-minh-chinh']));
    expect((await requestJson(api.baseUrl, 'GET', '/api/graph', { headers: { 'x-neo4j-bookmark': 'not a bookmark' } })).status).toBe(400);
    expect((await requestJson(api.baseUrl, 'DELETE', `/api/articles/${articleId}`, { headers: editorHeaders() })).status).toBe(200);
    expect(await graphFingerprint(api.driver, testNeo4j().database)).toBe(before);
  });
});

describe('fetching an article page', () => {
  let pages: Server;
  let pagesUrl: string;
  let open: ApiApp;
  let guarded: ApiApp;
  const ROUTES: Record<string, (res: import('node:http').ServerResponse) => void> = {
    '/article.html': (res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<html lang="fr"><head><title>Kagoshima</title><meta property="article:published_time" content="2025-10-15T08:00:00Z"></head><body><article><p>${ARTICLE.split('\n')[2]}</p><p>${ARTICLE.split('\n')[3]}</p></article></body></html>`,
      );
    },
    '/plain.txt': (res) => (res.writeHead(200, { 'content-type': 'text/plain' }), res.end(ARTICLE)),
    '/moved': (res) => (res.writeHead(302, { location: '/article.html' }), res.end()),
    '/loop': (res) => (res.writeHead(302, { location: '/loop' }), res.end()),
    '/report.pdf': (res) => (res.writeHead(200, { 'content-type': 'application/pdf' }), res.end('%PDF-1.7')),
    '/huge.html': (res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<p>${'x'.repeat(3 * 1024 * 1024)}</p>`);
    },
    '/slow': () => undefined,
  };

  beforeAll(async () => {
    pages = createServer((req, res) => (ROUTES[req.url ?? ''] ?? ((r) => (r.writeHead(404), r.end())))(res));
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    open = await startApiApp({ ingest: { allowPrivateUrls: true, fetchTimeoutMs: 1_500 } });
    guarded = await startApiApp();
    await clearDatabase(open.driver);
    await seedDatabase(open.driver, testNeo4j().database);
  });
  afterAll(async () => {
    pages.closeAllConnections();
    await new Promise((r) => pages.close(r));
    await clearDatabase(open.driver);
    await open.close();
    await guarded.close();
  });
  const fetchVia = (app: ApiApp, url: string) =>
    requestJson(app.baseUrl, 'POST', '/api/ingest/fetch', { body: { url }, headers: editorHeaders() });

  it('reads an HTML page, follows redirects, and reads plain text', async () => {
    const res = await fetchVia(open, `${pagesUrl}/moved`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const page = fetchResponseSchema.parse(res.body);
    expect(page).toMatchObject({ url: `${pagesUrl}/article.html`, title: 'Kagoshima', publishedDate: '2025-10-15', language: 'fr' });
    expect(page.text).toContain('Shiota Koichi');
    expect(fetchResponseSchema.parse((await fetchVia(open, `${pagesUrl}/plain.txt`)).body).text).toBe(ARTICLE);
  });

  it('refuses what it must not read, with a 4xx saying why', async () => {
    const cases: [ApiApp, string, number, string][] = [
      [guarded, `${pagesUrl}/article.html`, 400, 'URL_NOT_ALLOWED'],
      [guarded, 'http://localhost:9/x', 400, 'URL_NOT_ALLOWED'],
      [guarded, 'http://[::1]:9/x', 400, 'URL_NOT_ALLOWED'],
      [guarded, 'http://[::ffff:127.0.0.1]:9/x', 400, 'URL_NOT_ALLOWED'],
      [guarded, 'http://169.254.169.254/latest/meta-data', 400, 'URL_NOT_ALLOWED'],
      [guarded, 'http://10.0.0.1/', 400, 'URL_NOT_ALLOWED'],
      [guarded, 'http://2130706433/', 400, 'URL_NOT_ALLOWED'],
      [open, 'file:///etc/passwd', 400, 'VALIDATION_ERROR'],
      [open, 'http://user:secret@example.org/', 400, 'URL_NOT_ALLOWED'],
      [open, `${pagesUrl}/report.pdf`, 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [open, `${pagesUrl}/huge.html`, 413, 'PAYLOAD_TOO_LARGE'],
      [open, `${pagesUrl}/missing`, 422, 'FETCH_FAILED'],
      [open, `${pagesUrl}/loop`, 422, 'FETCH_FAILED'],
      [open, `${pagesUrl}/slow`, 422, 'FETCH_FAILED'],
    ];
    for (const [app, url, status, code] of cases) {
      const res = await fetchVia(app, url);
      expect(res.status, url).toBe(status);
      expect(res.body.error.code, url).toBe(code);
    }
  });
});
