// Drafts under review survive a reload: each is kept in local storage under its article's id,
// with a pointer to the one last worked on. What is read back (from storage or an uploaded
// file) is validated with the contract's draftSchema, so a stale or hand-edited draft is refused
// with the schema's own words instead of breaking the review screen.
import { z } from 'zod';
import { draftSchema, type Draft } from '../../../contract/ingest.ts';
import type { KeyValueStore } from './query-history.ts';

export interface DraftStorage extends KeyValueStore {
  removeItem(key: string): void;
}

const PREFIX = 'vj-explorer.draft.v1:';
export const CURRENT_DRAFT_KEY = 'vj-explorer.draft.v1.current';
/** The ids of the drafts kept, so one left for another can be reopened. */
export const DRAFT_INDEX_KEY = 'vj-explorer.draft.v1.index';
export const draftKey = (articleId: string): string => `${PREFIX}${articleId}`;

export type ParsedDraft = { ok: true; draft: Draft } | { ok: false; error: string };

/** A draft from JSON text: either the draft, or why it is not one (a line per problem). */
export function parseDraft(text: string): ParsedDraft {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `Not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = draftSchema.safeParse(json);
  return parsed.success ? { ok: true, draft: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
}

function keptIds(store: DraftStorage): string[] {
  try {
    const ids: unknown = JSON.parse(store.getItem(DRAFT_INDEX_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function saveDraft(store: DraftStorage | undefined, draft: Draft): void {
  const id = draft.articles[0]!.id;
  try {
    store?.setItem(draftKey(id), JSON.stringify(draft));
    store?.setItem(CURRENT_DRAFT_KEY, id);
    if (store && !keptIds(store).includes(id)) store.setItem(DRAFT_INDEX_KEY, JSON.stringify([...keptIds(store), id]));
  } catch {
    // Storage full or disabled: the draft lasts as long as the page; download keeps it.
  }
}

/** The draft last worked on (or the one of `articleId`); null when none is kept or it no longer parses. */
export function loadDraft(store: DraftStorage | undefined, articleId?: string): Draft | null {
  try {
    const id = articleId ?? store?.getItem(CURRENT_DRAFT_KEY);
    const raw = id ? store?.getItem(draftKey(id)) : null;
    if (!raw) return null;
    const parsed = parseDraft(raw);
    return parsed.ok ? parsed.draft : null;
  } catch {
    return null;
  }
}

export function removeDraft(store: DraftStorage | undefined, articleId: string): void {
  try {
    if (!store) return;
    store.removeItem(draftKey(articleId));
    store.setItem(DRAFT_INDEX_KEY, JSON.stringify(keptIds(store).filter((id) => id !== articleId)));
    if (store.getItem(CURRENT_DRAFT_KEY) === articleId) store.removeItem(CURRENT_DRAFT_KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** The drafts kept (id and title), in the order they were first saved; unreadable ones are left out. */
export function keptDrafts(store: DraftStorage | undefined): { id: string; title: string }[] {
  if (!store) return [];
  return keptIds(store).flatMap((id) => {
    const draft = loadDraft(store, id);
    return draft ? [{ id, title: draft.articles[0]!.title }] : [];
  });
}
