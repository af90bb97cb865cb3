// The "Add article" tab's screen, loaded on first use: the editor token, the article form, and
// once extracted the review (the text with its mentions, the entities, the facts, what a commit
// writes). Every edit goes through the pure operations of review/draft-edit.ts, is kept in local
// storage at once, and redraws the screen and the preview on the canvas from the one draft value.
import type { GraphPayload } from '../../../../contract/api/graph.ts';
import type { CommitResponse, Draft, ExtractBody } from '../../../../contract/ingest.ts';
import { api, ApiError } from '../../api.ts';
import { acceptRemaining, commitPreview, committedId, setStatus, type ItemKind, type ItemRef } from '../../review/draft-edit.ts';
import { browserStorage } from '../../state/browser-storage.ts';
import { keptDrafts, loadDraft, parseDraft, removeDraft, saveDraft } from '../../state/draft-store.ts';
import { plural } from '../../text.ts';
import { h } from '../dom.ts';
import { createArticleForm } from './article-form.ts';
import { createCommitPanel } from './commit-panel.ts';
import { entityItem, factItem, type ItemContext } from './review-items.ts';
import { createReviewList, type ListKeyCommand } from './review-list.ts';
import { createReviewText } from './review-text.ts';
import { createTokenField } from './token-field.ts';

export interface AddArticleHost {
  /** Draws what the commit would write on the canvas, `added` (new nodes, every fact) set apart from the existing nodes. */
  showPreview(graph: GraphPayload, added: GraphPayload): void;
  /** The commit is written: show it in Explore, on `focusId` (the graph id of a node it wrote). */
  committed(result: CommitResponse, focusId: string | null): void;
}

/** The node to open Explore on: a new node a written fact touches, else any written node. */
function focusNode(draft: Draft, result: CommitResponse): string | null {
  const p = commitPreview(draft);
  const touched = new Set(p.facts.flatMap((r) => [r.from, r.to]));
  const pick =
    p.newNodes.find((n) => touched.has(n.id)) ?? p.newNodes[0] ?? p.mergedNodes.find((n) => touched.has(n.id)) ?? p.mergedNodes[0];
  return pick ? committedId(pick, result.renamed) : null;
}

export function createAddArticleView(root: HTMLElement, host: AddArticleHost): void {
  const store = browserStorage();
  let draft: Draft | null = loadDraft(store);
  let active: ItemRef | null = null;
  let drawn = '';

  const token = createTokenField(root, store);
  const input = h('details', { class: 'add-input', open: !draft }, h('summary', {}, 'Article'));
  const status = h('div', { class: 'add-status', 'data-testid': 'add-status' });
  root.append(input, status);

  /** Why a request failed, in plain words; a refused token also brings its field into focus. */
  const failure = (what: string, err: unknown): string => {
    if (err instanceof ApiError && err.status === 401) {
      token.focus();
      return `The editor token is missing or wrong, so the server refused to ${what} (it said: “${err.message}”). Enter the token in the Editor token field at the top of this tab: it is in the link the server printed at start-up (…/?token=…).`;
    }
    if (err instanceof ApiError && err.code === 'ALREADY_INGESTED') {
      const existing = (err.details as { existingId?: unknown } | undefined)?.existingId;
      return `This article is already in the graph as “${typeof existing === 'string' ? existing : 'an existing article'}”: nothing was written.`;
    }
    return `Could not ${what}: ${err instanceof Error ? err.message : String(err)}`;
  };
  const say = (parts: (string | Node)[] | null, kind: 'error' | 'info' = 'info') => {
    status.replaceChildren(
      ...(parts
        ? [h('p', { class: kind === 'error' ? 'error-text' : 'hint', role: kind === 'error' ? 'alert' : 'status' }, ...parts)]
        : []),
    );
  };

  const form = createArticleForm(input, {
    onFetch: (url) =>
      void run('read the page', async () => {
        form.fill(await api.fetchPage(url, token.value()));
        say(['The page was read: check the text and the fields, then Extract.']);
      }),
    onExtract: (body: ExtractBody) =>
      void run('extract the article', async () => {
        const extracted = await api.extract(body, token.value());
        active = null;
        input.open = false;
        say([
          `Extracted ${plural(extracted.nodes.length, 'entity', 'entities')} and ${plural(extracted.relationships.length, 'fact')}: review them below.`,
        ]);
        update(extracted);
      }),
  });

  async function run(what: string, work: () => Promise<void>): Promise<void> {
    form.setBusy(true);
    say([`Working: ${what}…`]);
    try {
      await work();
    } catch (err) {
      say([failure(what, err)], 'error');
    } finally {
      form.setBusy(false);
    }
  }

  // The draft's own actions: download, upload, discard.
  const upload = h('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'sr-only',
    id: 'draft-upload',
    'data-testid': 'draft-upload',
  });
  const download = h('button', { type: 'button', class: 'small-button', 'data-testid': 'draft-download' }, 'Download the draft (JSON)');
  const discard = h('button', { type: 'button', class: 'small-button', 'data-testid': 'draft-discard' }, 'Discard the draft');
  root.append(
    h(
      'div',
      { class: 'row draft-bar' },
      download,
      h('label', { class: 'small-button', for: 'draft-upload' }, 'Upload a draft (JSON)'),
      upload,
      discard,
    ),
  );
  // Drafts left for another one stay kept under their article's id: they can be reopened.
  const kept = h('select', { id: 'kept-drafts', 'data-testid': 'kept-drafts' });
  const reopen = h('button', { type: 'button', class: 'small-button', 'data-testid': 'kept-open' }, 'Open');
  const keptRow = h(
    'div',
    { class: 'row kept-drafts-row', hidden: true },
    h('label', { class: 'field-label inline', for: 'kept-drafts' }, 'Other drafts kept in this browser'),
    kept,
    reopen,
  );
  root.append(keptRow);
  reopen.addEventListener('click', () => {
    const picked = loadDraft(store, kept.value);
    if (!picked) return;
    active = null;
    say([`The draft of “${picked.articles[0]!.title}” is back.`]);
    update(picked);
  });

  // A section with its own level-two heading: the h3s inside (Article, the two lists, Commit)
  // would otherwise follow the page's h1 directly (axe: heading-order).
  const review = h('section', { class: 'review', 'data-testid': 'review', 'aria-labelledby': 'review-heading' });
  const textRoot = h('div', { class: 'review-text-col' });
  const lists = h('div', { class: 'review-lists' });
  root.append(review);
  review.append(h('h2', { id: 'review-heading', class: 'review-heading' }, 'Review before anything is written'), textRoot, lists);

  const update = (next: Draft | null) => {
    draft = next;
    if (next) saveDraft(store, next);
    render();
  };
  const ctx = (): ItemContext => ({
    draft: draft!,
    apply: (next) => update(next),
    decide: (item, to) => {
      active = item;
      update(setStatus(draft!, item, to));
    },
  });
  const listFor = (kind: ItemKind, label: string, testId: string) =>
    createReviewList({
      label,
      testId,
      onActivate: (index) => {
        active = { kind, index };
        render();
      },
      onKey: (command: ListKeyCommand, index) => {
        const count = kind === 'node' ? draft!.nodes.length : draft!.relationships.length;
        if ('move' in command) {
          active = { kind, index: Math.max(0, Math.min(count - 1, index + command.move)) };
          render();
        } else {
          // Deciding moves on, so a run of a/r keys works through the list.
          const next = setStatus(draft!, { kind, index }, command.decide);
          active = { kind, index: Math.min(count - 1, index + 1) };
          update(next);
        }
      },
    });
  const entities = listFor('node', 'Proposed entities', 'entity-list');
  const facts = listFor('fact', 'Proposed facts', 'fact-list');
  const entityHead = h('h3', {});
  const factHead = h('h3', {});
  lists.append(
    h(
      'p',
      { class: 'hint' },
      'In a list: ',
      h('kbd', {}, 'j'),
      '/',
      h('kbd', {}, 'k'),
      ' or the arrows move, ',
      h('kbd', {}, 'a'),
      ' accepts, ',
      h('kbd', {}, 'r'),
      ' rejects.',
    ),
    entityHead,
    entities.element,
    factHead,
    facts.element,
  );
  const text = createReviewText(textRoot, {
    onActivate: (item) => {
      active = item;
      render();
    },
    apply: (next) => {
      active = { kind: 'fact', index: next.relationships.length - 1 };
      update(next);
    },
  });
  const commitRoot = h('div', { class: 'commit-panel' });
  lists.append(commitRoot);
  const commit = createCommitPanel(commitRoot, {
    onAcceptRemaining: () => update(acceptRemaining(draft!)),
    onCommit: () => void commitDraft(),
  });

  async function commitDraft(): Promise<void> {
    if (!draft) return;
    const sent = draft;
    commit.setBusy(true);
    commit.say(null);
    try {
      const result = await api.commit(sent, token.value());
      removeDraft(store, sent.articles[0]!.id);
      draft = null;
      active = null;
      input.open = true;
      say([
        `Written as article “${result.articleId}”: ${plural(result.created.nodes, 'new node')}, ${plural(result.created.relationships, 'fact')}, ${plural(result.merged.nodes, 'existing node')} cited again.`,
      ]);
      // Explore first: the emptied preview is then not drawn while the canvas changes scene.
      host.committed(result, focusNode(sent, result));
      render();
    } catch (err) {
      commit.say([failure('commit the draft', err)], 'error');
    } finally {
      commit.setBusy(false);
      if (draft) commit.render(draft, commitPreview(draft));
    }
  }

  download.addEventListener('click', () => {
    if (!draft) return;
    const a = h('a', {
      href: URL.createObjectURL(new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' })),
      download: `${draft.articles[0]!.id}.draft.json`,
    });
    a.click();
    URL.revokeObjectURL(a.href);
  });
  upload.addEventListener('change', () => {
    const file = upload.files?.[0];
    upload.value = '';
    if (!file) return;
    void file.text().then((content) => {
      const parsed = parseDraft(content);
      if (!parsed.ok) {
        say(
          [`${file.name} is not a draft:`, h('pre', { class: 'schema-error', 'data-testid': 'draft-upload-error' }, parsed.error)],
          'error',
        );
        return;
      }
      active = null;
      say([`${file.name} loaded.`]);
      update(parsed.draft);
    });
  });
  discard.addEventListener('click', () => {
    if (!draft) return;
    removeDraft(store, draft.articles[0]!.id);
    active = null;
    input.open = true;
    say(['The draft was discarded; nothing was written.']);
    update(null);
  });

  function render(): void {
    const others = keptDrafts(store).filter((d) => d.id !== draft?.articles[0]!.id);
    kept.replaceChildren(...others.map((d) => h('option', { value: d.id }, d.title)));
    keptRow.hidden = others.length === 0;
    review.hidden = !draft;
    download.disabled = discard.disabled = !draft;
    const preview = draft ? commitPreview(draft) : null;
    const graph = preview?.graph ?? { nodes: [], edges: [] };
    const key = JSON.stringify(graph);
    if (key !== drawn) {
      drawn = key;
      host.showPreview(graph, preview?.added ?? graph);
    }
    if (!draft || !preview) return;
    const c = ctx();
    const at = (kind: ItemKind) => (active?.kind === kind ? active.index : null);
    entityHead.textContent = `Entities (${draft.nodes.length})`;
    factHead.textContent = `Facts (${draft.relationships.length})`;
    entities.render(
      draft.nodes.map((n, i) => entityItem(c, n, i, at('node') === i)),
      at('node'),
    );
    facts.render(
      draft.relationships.map((r, i) => factItem(c, r, i, at('fact') === i)),
      at('fact'),
    );
    text.render(draft, active);
    commit.render(draft, preview);
  }
  render();
  if (draft) say(['The draft kept from your last visit is back; nothing of it is written yet.']);
}
