// What a commit would write, said before it is written: the new nodes, the nodes merged into
// existing ones, the facts; and what stays out (undecided items, facts whose ends are not both
// written). The commit button and its outcome live here; the view runs the request.
import type { Draft } from '../../../../contract/ingest.ts';
import type { CommitPreview } from '../../review/draft-edit.ts';
import { plural } from '../../text.ts';
import { append, h } from '../dom.ts';

export interface CommitPanel {
  render(draft: Draft, preview: CommitPreview): void;
  setBusy(busy: boolean): void;
  /** A plain message under the button (null clears it); `error` makes it an alert. */
  say(message: (string | Node)[] | null, kind?: 'error' | 'info'): void;
}

const names = (items: string[]) => (items.length ? h('ul', { class: 'preview-list' }, ...items.map((t) => h('li', {}, t))) : null);

export function createCommitPanel(root: HTMLElement, opts: { onAcceptRemaining(): void; onCommit(): void }): CommitPanel {
  const summary = h('div', { class: 'commit-summary', 'data-testid': 'commit-summary' });
  const acceptAll = h(
    'button',
    { type: 'button', class: 'small-button', 'data-testid': 'accept-remaining', onclick: () => opts.onAcceptRemaining() },
    'Accept all remaining',
  );
  const commit = h(
    'button',
    { type: 'button', class: 'primary-button', 'data-testid': 'commit', onclick: () => opts.onCommit() },
    'Commit',
  );
  const message = h('div', { class: 'commit-message', 'data-testid': 'commit-message' });
  root.append(
    h('h3', {}, 'Commit'),
    h(
      'p',
      { class: 'hint' },
      'Only accepted items are written. Proposed and rejected ones stay out, and so does a fact unless both its ends are accepted. The canvas shows what the commit adds.',
    ),
    summary,
    h('div', { class: 'row' }, acceptAll, commit),
    message,
  );
  return {
    render(draft, p) {
      const nameOf = (id: string) => draft.nodes.find((n) => n.id === id)?.name ?? id;
      summary.replaceChildren();
      append(summary, [
        h(
          'p',
          { class: 'summary' },
          `Adds ${plural(p.newNodes.length, 'new node')}, merges ${plural(p.mergedNodes.length, 'node')} into existing ones, writes ${plural(p.facts.length, 'fact')}.`,
        ),
        names(p.newNodes.map((n) => `new: ${n.name} (${n.label})`)),
        names(p.mergedNodes.map((n) => `merged: ${n.name} → ${n.review.match!.existingId}`)),
        names(p.facts.map((r) => `${r.type}: ${nameOf(r.from)} → ${nameOf(r.to)}`)),
        p.undecided
          ? h(
              'p',
              { class: 'hint', 'data-testid': 'commit-undecided' },
              `${plural(p.undecided, 'item')} still proposed: not written unless accepted.`,
            )
          : null,
        p.droppedFacts.length
          ? h(
              'p',
              { class: 'warning' },
              `${plural(p.droppedFacts.length, 'accepted fact')} left out: an end is not accepted, or both ends are the same node.`,
            )
          : null,
      ]);
      commit.disabled = p.newNodes.length + p.mergedNodes.length + p.facts.length === 0;
      acceptAll.disabled = p.undecided === 0;
    },
    setBusy(busy) {
      commit.disabled = busy;
      commit.textContent = busy ? 'Committing…' : 'Commit';
    },
    say(parts, kind = 'info') {
      message.replaceChildren(
        ...(parts
          ? [h('p', { class: kind === 'error' ? 'error-text' : 'hint', role: kind === 'error' ? 'alert' : 'status' }, ...parts)]
          : []),
      );
    },
  };
}
