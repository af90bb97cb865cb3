// One review item each: a proposed entity (new, or merged into an existing node with the
// reason and score; rename, relabel, re-point by search or make it new) and a proposed fact
// (type, ends, the evidence sentence; edit the type or the ends). The active item shows its
// editing fields; every item has its accept / reject buttons.
import type { SearchResult } from '../../../../contract/api/search.ts';
import type { Draft, DraftNode, DraftRelationship, EntityCandidate, ReviewStatus } from '../../../../contract/ingest.ts';
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../../../../contract/model.ts';
import { typeColor } from '../../graph/label-style.ts';
import { editFactFields, relabelNode, renameNode, setMatch, type ItemRef } from '../../review/draft-edit.ts';
import { labelChip } from '../details-panel.ts';
import { h, uid } from '../dom.ts';
import { createSearchBox } from '../search-box.ts';

export interface ItemContext {
  draft: Draft;
  apply(next: Draft): void;
  decide(item: ItemRef, status: ReviewStatus): void;
}

const STATUS_TEXT: Record<ReviewStatus, string> = { proposed: 'proposed', accepted: 'accepted', rejected: 'rejected' };

function decisionButtons(ctx: ItemContext, item: ItemRef, status: ReviewStatus, name: string): HTMLElement {
  const button = (to: 'accepted' | 'rejected', text: string, key: string) =>
    h(
      'button',
      {
        type: 'button',
        class: `small-button decide-${to}`,
        'aria-pressed': String(status === to),
        'aria-label': `${text} ${name}`,
        'aria-keyshortcuts': key,
        'data-testid': `${item.kind}-${to === 'accepted' ? 'accept' : 'reject'}`,
        onclick: () => ctx.decide(item, to),
      },
      text,
    );
  return h(
    'div',
    { class: 'item-actions' },
    button('accepted', 'Accept', 'a'),
    button('rejected', 'Reject', 'r'),
    h('span', { class: `status-badge status-${status}`, 'data-testid': 'item-status' }, STATUS_TEXT[status]),
  );
}

function field(labelText: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  control.id ||= uid('review-field');
  return h('div', { class: 'field inline-field' }, h('label', { class: 'field-label', for: control.id }, labelText), control);
}

function select<T extends string>(
  values: readonly { value: T; text: string }[],
  current: string,
  testId: string,
  onPick: (value: T) => void,
): HTMLSelectElement {
  const el = h(
    'select',
    { 'data-testid': testId },
    ...values.map((v) => h('option', { value: v.value, selected: v.value === current }, v.text)),
  );
  el.addEventListener('change', () => onPick(el.value as T));
  return el;
}

// The name says which node to a reviewer; the id stays beside it (and alone for drafts saved before matches carried names).
const matchText = (n: DraftNode): string => {
  const m = n.review.match;
  if (!m) return 'New node: nothing in the graph is merged with it.';
  const which = m.existingName ? `“${m.existingName}” (${m.existingId})` : `“${m.existingId}”`;
  return `Merges into the existing node ${which}: ${m.reason} (score ${m.score.toFixed(2)})`;
};

function candidateButton(ctx: ItemContext, index: number, c: EntityCandidate): HTMLElement {
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        'data-testid': 'candidate',
        onclick: () =>
          ctx.apply(setMatch(ctx.draft, index, { existingId: c.existingId, existingName: c.name, reason: c.reason, score: c.score })),
      },
      `${c.name} (${c.label}, ${c.existingId})`,
    ),
    ` ${c.reason}, score ${c.score.toFixed(2)}`,
  );
}

function entityEditor(ctx: ItemContext, n: DraftNode, index: number): HTMLElement {
  const name = h('input', { type: 'text', value: n.name, 'data-testid': 'entity-name' });
  name.addEventListener('change', () => ctx.apply(renameNode(ctx.draft, index, name.value)));
  const label = select(
    NODE_LABELS.map((l) => ({ value: l, text: l })),
    n.label,
    'entity-label',
    (l: NodeLabel) => ctx.apply(relabelNode(ctx.draft, index, l)),
  );
  const search = h('div', { class: 'field' });
  createSearchBox(search, {
    label: 'Re-point the match to an existing node',
    placeholder: 'Search the graph…',
    testId: 'match-search',
    onPick: (r: SearchResult) =>
      ctx.apply(
        setMatch(ctx.draft, index, {
          existingId: r.id,
          existingName: r.name,
          reason: `chosen by the reviewer: ${r.name} (${r.label})`,
          score: 1,
        }),
      ),
  });
  const candidates = n.review.candidates.filter((c) => c.existingId !== n.review.match?.existingId);
  return h(
    'div',
    { class: 'item-edit' },
    h('div', { class: 'row' }, field('Name', name), field('Label', label)),
    candidates.length
      ? h(
          'div',
          {},
          h('p', { class: 'hint' }, 'Other possible matches:'),
          h('ul', { class: 'candidates' }, ...candidates.map((c) => candidateButton(ctx, index, c))),
        )
      : null,
    search,
    n.review.match
      ? h(
          'button',
          { type: 'button', class: 'small-button', 'data-testid': 'make-new', onclick: () => ctx.apply(setMatch(ctx.draft, index, null)) },
          'Make it a new node',
        )
      : null,
  );
}

export function entityItem(ctx: ItemContext, n: DraftNode, index: number, active: boolean): HTMLElement {
  return h(
    'li',
    {
      class: `entity status-${n.review.status}`,
      'data-testid': 'entity',
      'data-id': n.id,
      'data-status': n.review.status,
      'aria-label': `${n.name}, ${n.label}, ${n.review.match ? 'merged' : 'new'}, ${n.review.status}`,
    },
    h('div', { class: 'item-head' }, labelChip(n.label), h('span', { class: 'item-name', 'data-testid': 'entity-title' }, n.name)),
    h('p', { class: 'item-match', 'data-testid': 'entity-match' }, matchText(n)),
    decisionButtons(ctx, { kind: 'node', index }, n.review.status, n.name),
    active ? entityEditor(ctx, n, index) : null,
  );
}

const nodeName = (draft: Draft, id: string) => draft.nodes.find((n) => n.id === id)?.name ?? id;

function factEditor(ctx: ItemContext, r: DraftRelationship, index: number): HTMLElement {
  const nodes = ctx.draft.nodes.map((n) => ({ value: n.id, text: `${n.name} (${n.label})` }));
  const type = select(
    REL_TYPES.map((t) => ({ value: t, text: t })),
    r.type,
    'fact-type',
    (t: RelType) => ctx.apply(editFactFields(ctx.draft, index, { type: t })),
  );
  const from = select(nodes, r.from, 'fact-from', (id) => ctx.apply(editFactFields(ctx.draft, index, { from: id })));
  const to = select(nodes, r.to, 'fact-to', (id) => ctx.apply(editFactFields(ctx.draft, index, { to: id })));
  return h('div', { class: 'item-edit row' }, field('Type', type), field('From', from), field('To', to));
}

export function factItem(ctx: ItemContext, r: DraftRelationship, index: number, active: boolean): HTMLElement {
  const from = nodeName(ctx.draft, r.from);
  const to = nodeName(ctx.draft, r.to);
  return h(
    'li',
    {
      class: `fact status-${r.review.status}`,
      'data-testid': 'fact',
      'data-type': r.type,
      'data-from': r.from,
      'data-to': r.to,
      'data-status': r.review.status,
      'aria-label': `${r.type} from ${from} to ${to}, ${r.review.status}`,
    },
    h(
      'div',
      { class: 'item-head' },
      h('span', { class: 'type-chip', style: `--type-color:${typeColor(r.type)}` }, r.type),
      h('span', { class: 'item-name' }, from, h('span', { class: 'direction' }, ' → '), to),
    ),
    h('blockquote', { class: 'evidence-sentence', 'data-testid': 'fact-evidence' }, r.evidence),
    decisionButtons(ctx, { kind: 'fact', index }, r.review.status, `${r.type} ${from} → ${to}`),
    active ? factEditor(ctx, r, index) : null,
  );
}
