// The Add article tab's pure parts: editing a draft, what a commit would write, cutting the text
// into highlighted runs, the keys of the review lists, and what is kept in local storage (drafts
// and the editor token).
import { describe, expect, it } from 'vitest';
import { draftSchema, type Draft } from '../../../contract/ingest.ts';
import { listKeyCommand } from '../../../client/src/components/add-article/review-list.ts';
import {
  acceptRemaining,
  addFact,
  commitPreview,
  committedId,
  editFactFields,
  evidenceFrom,
  relabelNode,
  renameNode,
  setMatch,
  setStatus,
} from '../../../client/src/review/draft-edit.ts';
import { segment } from '../../../client/src/review/segments.ts';
import {
  CURRENT_DRAFT_KEY,
  DRAFT_INDEX_KEY,
  draftKey,
  keptDrafts,
  loadDraft,
  parseDraft,
  removeDraft,
  saveDraft,
} from '../../../client/src/state/draft-store.ts';
import { captureToken, loadToken, saveToken, TOKEN_KEY, type TokenWindow } from '../../../client/src/state/editor-token.ts';
import { MemoryStore } from './fixtures.ts';

const TEXT =
  'Le Premier ministre Phạm Minh Chính a reçu le gouverneur de Saga. <img src=x onerror=alert(1)> Saga soutient la communauté vietnamienne.';
const S1 = 'Le Premier ministre Phạm Minh Chính a reçu le gouverneur de Saga.';
const S2 = 'Saga soutient la communauté vietnamienne.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });

function fixture(): Draft {
  const mention = (evidence: string) => [{ source: 'pm-saga', evidence }];
  return draftSchema.parse({
    articles: [
      {
        id: 'pm-saga',
        title: 'Le PM reçoit Saga',
        titleSource: 'editorial',
        language: 'fr',
        published: { dateText: '12 février', date: null, yearStated: false },
        text: TEXT,
      },
    ],
    nodes: [
      {
        id: 'pham-minh-chinh',
        label: 'Official',
        name: 'Phạm Minh Chính',
        mentions: mention(S1),
        review: {
          status: 'proposed',
          confidence: 0.9,
          spans: [at('Phạm Minh Chính')],
          match: { existingId: 'pham-minh-chinh', reason: 'same id', score: 1 },
        },
      },
      {
        id: 'saga',
        label: 'Prefecture',
        name: 'Saga',
        mentions: mention(S2),
        review: {
          status: 'proposed',
          confidence: 0.95,
          spans: [at('Saga'), at('Saga', TEXT.indexOf(S2))],
          match: null,
          candidates: [{ existingId: 'saga', reason: 'same name', score: 0.8, name: 'Saga', label: 'Prefecture' }],
        },
      },
      {
        id: 'communaute-vietnamienne',
        label: 'Organization',
        name: 'communauté vietnamienne',
        mentions: mention(S2),
        review: { status: 'proposed', confidence: 0.6, spans: [at('communauté vietnamienne')], match: null },
      },
    ],
    relationships: [
      {
        type: 'MET_WITH',
        from: 'pham-minh-chinh',
        to: 'saga',
        source: 'pm-saga',
        evidence: S1,
        review: { status: 'proposed', confidence: 0.8, spans: [at(S1)] },
      },
      {
        type: 'SUPPORTS',
        from: 'saga',
        to: 'communaute-vietnamienne',
        source: 'pm-saga',
        evidence: S2,
        review: { status: 'proposed', confidence: 0.7, spans: [at(S2)] },
      },
    ],
  });
}

describe('draft editing', () => {
  it('accepts and rejects one item without touching the draft it was given', () => {
    const draft = fixture();
    const next = setStatus(setStatus(draft, { kind: 'node', index: 1 }, 'accepted'), { kind: 'fact', index: 0 }, 'rejected');
    expect(next.nodes.map((n) => n.review.status)).toEqual(['proposed', 'accepted', 'proposed']);
    expect(next.relationships.map((r) => r.review.status)).toEqual(['rejected', 'proposed']);
    expect(draft.nodes[1]!.review.status).toBe('proposed');
  });

  it('"accept all remaining" accepts what is proposed and leaves rejections alone', () => {
    const next = acceptRemaining(setStatus(fixture(), { kind: 'node', index: 2 }, 'rejected'));
    expect(next.nodes.map((n) => n.review.status)).toEqual(['accepted', 'accepted', 'rejected']);
    expect(next.relationships.every((r) => r.review.status === 'accepted')).toBe(true);
  });

  it('renames (refusing a blank name), relabels, re-points and un-points a match', () => {
    const draft = fixture();
    expect(renameNode(draft, 1, '  Préfecture de Saga ').nodes[1]!.name).toBe('Préfecture de Saga');
    expect(renameNode(draft, 1, '   ')).toBe(draft);
    expect(relabelNode(draft, 2, 'Locality').nodes[2]!.label).toBe('Locality');
    const pointed = setMatch(draft, 1, { existingId: 'kyushu', reason: 'chosen by the reviewer', score: 1 });
    expect(pointed.nodes[1]!.review.match).toEqual({ existingId: 'kyushu', reason: 'chosen by the reviewer', score: 1 });
    expect(setMatch(pointed, 1, null).nodes[1]!.review.match).toBeNull();
    // Every edit still parses as a draft: what is saved and committed keeps the contract.
    expect(draftSchema.safeParse(pointed).success).toBe(true);
  });

  it('edits a fact type and ends', () => {
    const next = editFactFields(fixture(), 1, { type: 'LOCATED_IN', from: 'communaute-vietnamienne', to: 'saga' });
    expect(next.relationships[1]).toMatchObject({ type: 'LOCATED_IN', from: 'communaute-vietnamienne', to: 'saga', evidence: S2 });
  });

  it('takes evidence only from text verbatim in the article, at least a clause long', () => {
    expect(evidenceFrom(TEXT, `  ${S2}\n`)).toEqual({ ok: true, evidence: S2, span: at(S2) });
    expect(evidenceFrom(TEXT, 'Saga soutient le Japon.')).toMatchObject({ ok: false, error: expect.stringContaining('not verbatim') });
    expect(evidenceFrom(TEXT, 'Saga')).toMatchObject({ ok: false, error: expect.stringContaining('at least') });
  });

  it('adds an accepted fact citing the article, with its span', () => {
    const next = addFact(fixture(), {
      type: 'SUPPORTS',
      from: 'pham-minh-chinh',
      to: 'communaute-vietnamienne',
      evidence: S2,
      span: at(S2),
    });
    expect(next.relationships).toHaveLength(3);
    expect(next.relationships[2]).toMatchObject({ source: 'pm-saga', evidence: S2, review: { status: 'accepted', spans: [at(S2)] } });
    expect(draftSchema.safeParse(next).success).toBe(true);
  });
});

describe('commit preview', () => {
  it('writes accepted items only: new and merged nodes, facts between written ends', () => {
    let draft = setStatus(fixture(), { kind: 'node', index: 0 }, 'accepted');
    draft = setStatus(draft, { kind: 'node', index: 1 }, 'accepted');
    draft = setStatus(draft, { kind: 'fact', index: 0 }, 'accepted');
    draft = setStatus(draft, { kind: 'fact', index: 1 }, 'accepted');
    const p = commitPreview(draft);
    expect(p.newNodes.map((n) => n.id)).toEqual(['saga']);
    expect(p.mergedNodes.map((n) => n.id)).toEqual(['pham-minh-chinh']);
    expect(p.facts.map((r) => r.type)).toEqual(['MET_WITH']);
    // SUPPORTS touches a node still proposed: accepted, but not written.
    expect(p.droppedFacts.map((r) => r.type)).toEqual(['SUPPORTS']);
    expect(p.undecided).toBe(1);
    expect(p.graph.nodes.map((n) => n.id).sort()).toEqual(['pham-minh-chinh', 'saga']);
    expect(p.graph.edges).toEqual([expect.objectContaining({ type: 'MET_WITH', source: 'pham-minh-chinh', target: 'saga' })]);
    // What the commit creates, set apart from the existing node it attaches to.
    expect(p.added.nodes.map((n) => n.id)).toEqual(['saga']);
    expect(p.added.edges).toEqual(p.graph.edges);
  });

  it('leaves out a fact still proposed or rejected even when both its ends are written', () => {
    let draft = fixture();
    for (const index of [0, 1, 2]) draft = setStatus(draft, { kind: 'node', index }, 'accepted');
    const proposed = commitPreview(draft);
    expect(proposed.facts).toEqual([]);
    expect(proposed.undecided).toBe(2);
    const rejected = commitPreview(
      setStatus(setStatus(draft, { kind: 'fact', index: 0 }, 'rejected'), { kind: 'fact', index: 1 }, 'accepted'),
    );
    expect(rejected.facts.map((r) => r.type)).toEqual(['SUPPORTS']);
    expect(rejected.undecided).toBe(0);
  });

  it('drops a fact whose two ends merge into one node, and draws merged nodes under the existing id', () => {
    let draft = acceptRemaining(fixture());
    draft = setMatch(draft, 1, { existingId: 'pham-minh-chinh', reason: 'wrong on purpose', score: 1 });
    const p = commitPreview(draft);
    expect(p.droppedFacts.map((r) => r.type)).toEqual(['MET_WITH']);
    expect(p.graph.edges.map((e) => [e.source, e.target])).toEqual([['pham-minh-chinh', 'communaute-vietnamienne']]);
  });

  it('names a written node by the id it has in the graph (matched, renamed or its own)', () => {
    const [pm, saga] = fixture().nodes;
    expect(committedId(pm!, {})).toBe('pham-minh-chinh');
    expect(committedId(saga!, { saga: 'saga-1a2b3c' })).toBe('saga-1a2b3c');
    expect(committedId(saga!, {})).toBe('saga');
  });
});

describe('highlight runs', () => {
  it('cuts the text at every span boundary; runs cover the text exactly once, innermost mark first', () => {
    const text = 'abcdefghij';
    const runs = segment(text, [
      { start: 2, end: 8, key: 'fact' },
      { start: 3, end: 5, key: 'node' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.map((r) => [r.text, r.keys])).toEqual([
      ['ab', []],
      ['c', ['fact']],
      ['de', ['node', 'fact']],
      ['fgh', ['fact']],
      ['ij', []],
    ]);
  });

  it('clamps spans past the end and drops empty ones', () => {
    const runs = segment('abc', [
      { start: 1, end: 99, key: 'x' },
      { start: 2, end: 2, key: 'empty' },
    ]);
    expect(runs.map((r) => [r.text, r.keys])).toEqual([
      ['a', []],
      ['bc', ['x']],
    ]);
  });

  it('keeps hostile markup in the article as plain text runs', () => {
    const runs = segment(
      TEXT,
      fixture().nodes.flatMap((n, i) => n.review.spans.map((s) => ({ ...s, key: `node:${i}` }))),
    );
    expect(runs.map((r) => r.text).join('')).toBe(TEXT);
    expect(runs.find((r) => r.text.includes('<img'))?.keys).toEqual([]);
    expect(runs.filter((r) => r.keys.includes('node:1')).map((r) => r.text)).toEqual(['Saga', 'Saga']);
  });
});

describe('review list keys', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('j/k and the arrows move, a accepts, r rejects; not in a field, not with a modifier', () => {
    expect(listKeyCommand(key('j'), false)).toEqual({ move: 1 });
    expect(listKeyCommand(key('ArrowDown'), false)).toEqual({ move: 1 });
    expect(listKeyCommand(key('k'), false)).toEqual({ move: -1 });
    expect(listKeyCommand(key('ArrowUp'), false)).toEqual({ move: -1 });
    expect(listKeyCommand(key('a'), false)).toEqual({ decide: 'accepted' });
    expect(listKeyCommand(key('r'), false)).toEqual({ decide: 'rejected' });
    expect(listKeyCommand(key('a'), true)).toBeNull();
    expect(listKeyCommand(key('r', { ctrlKey: true }), false)).toBeNull();
    expect(listKeyCommand(key('x'), false)).toBeNull();
  });
});

describe('draft store', () => {
  it('keeps each draft under its article id and brings back the last one worked on', () => {
    const store = new MemoryStore();
    const draft = setStatus(fixture(), { kind: 'fact', index: 0 }, 'rejected');
    saveDraft(store, draft);
    expect(store.getItem(CURRENT_DRAFT_KEY)).toBe('pm-saga');
    expect(store.data.has(draftKey('pm-saga'))).toBe(true);
    expect(loadDraft(store)).toEqual(draft);
    expect(loadDraft(store, 'pm-saga')).toEqual(draft);
    expect(loadDraft(store, 'other')).toBeNull();
    removeDraft(store, 'pm-saga');
    expect(loadDraft(store)).toBeNull();
    expect([...store.data.keys()]).toEqual([DRAFT_INDEX_KEY]);
  });

  it('lists every draft kept, so one left for another can be reopened', () => {
    const store = new MemoryStore();
    const first = fixture();
    const second: Draft = { ...first, articles: [{ ...first.articles[0]!, id: 'other-article', title: 'Another article' }] };
    saveDraft(store, first);
    saveDraft(store, second);
    saveDraft(store, first);
    expect(keptDrafts(store)).toEqual([
      { id: 'pm-saga', title: 'Le PM reçoit Saga' },
      { id: 'other-article', title: 'Another article' },
    ]);
    expect(loadDraft(store)?.articles[0]!.id).toBe('pm-saga');
    removeDraft(store, 'pm-saga');
    expect(keptDrafts(store)).toEqual([{ id: 'other-article', title: 'Another article' }]);
    expect(loadDraft(store)).toBeNull();
    expect(loadDraft(store, 'other-article')).toEqual(second);
    expect(keptDrafts(undefined)).toEqual([]);
  });

  it('refuses what is not a draft, saying why', () => {
    expect(parseDraft('{')).toMatchObject({ ok: false, error: expect.stringContaining('Not JSON') });
    const noArticle = parseDraft(JSON.stringify({ ...fixture(), articles: [] }));
    expect(noArticle).toMatchObject({ ok: false, error: expect.stringContaining('exactly one article') });
    const store = new MemoryStore();
    store.setItem(CURRENT_DRAFT_KEY, 'pm-saga');
    store.setItem(draftKey('pm-saga'), JSON.stringify({ nodes: 'nope' }));
    expect(loadDraft(store)).toBeNull();
  });
});

describe('editor token', () => {
  const win = (search: string) => {
    const calls: string[] = [];
    const w: TokenWindow = {
      location: { pathname: '/', search, hash: '#tab=add' },
      history: { replaceState: (_d, _u, url) => void calls.push(url) },
    };
    return { w, calls };
  };

  it('moves ?token= into the store and out of the address, keeping the other parameters', () => {
    const store = new MemoryStore();
    const { w, calls } = win('?cap=20&token=s3cret-token');
    captureToken(w, store);
    expect(loadToken(store)).toBe('s3cret-token');
    expect(calls).toEqual(['/?cap=20#tab=add']);
  });

  it('leaves the address and the store alone without ?token=', () => {
    const store = new MemoryStore();
    saveToken(store, ' kept ');
    const { w, calls } = win('?cap=20');
    captureToken(w, store);
    expect(calls).toEqual([]);
    expect(store.getItem(TOKEN_KEY)).toBe('kept');
    expect(loadToken(undefined)).toBe('');
  });
});
