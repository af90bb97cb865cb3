// What can be done to a node of the active scene: expand or collapse it (double-click, E, the
// details panel), hide or remove it from view, centre on it, start or end a path at it; and undo
// or redo those edits. The results are told as notices.
import { api } from '../api.ts';
import type { GraphPayload } from '../../../contract/api/graph.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import type { ExpandFilter, MorePage, NodeAction } from '../components/details-panel.ts';
import type { Bus, NoticeKind } from '../events.ts';
import type { Busy } from '../state/busy.ts';
import { plural } from '../text.ts';
import type { Stage } from './stage.ts';

/** "all neighbours", "MET_WITH neighbours", "Sector neighbours": what an expansion brought. */
export function filterText(filter: ExpandFilter): string {
  const what = [...(filter.types ?? []), ...(filter.labels ?? [])].join(', ');
  return what ? `${what} neighbours` : 'neighbours';
}

/**
 * At most `cap` new neighbours of `id` (depth 2 and older servers count rows, so a payload may
 * carry more); `capped` when the server or this cut left some out.
 */
export function capNeighbours(payload: GraphPayload, id: string, cap: number): { payload: GraphPayload; capped: boolean } {
  const over = payload.nodes.length > cap + 1;
  if (!over) return { payload, capped: Boolean(payload.truncated) };
  const keep = new Set([
    id,
    ...payload.nodes
      .filter((n) => n.id !== id)
      .slice(0, cap)
      .map((n) => n.id),
  ]);
  return { payload: { ...payload, nodes: payload.nodes.filter((n) => keep.has(n.id)) }, capped: true };
}

export function expansionNotice(name: string, added: number, capped: boolean, cap: number, filter: ExpandFilter = {}): string {
  const what = filterText(filter);
  const one = what.replace(/neighbours$/, 'neighbour');
  const count = added === 1 ? `1 ${one}` : `${added} ${what}`;
  if (capped) return `Expanded ${name}: added ${count} — capped at ${cap}; “Load more” in the details panel adds the next ones.`;
  return added ? `Expanded ${name}: added ${count}.` : `${name} has no ${what} that are not already shown.`;
}

export class NodeActions {
  constructor(
    private readonly stage: Stage,
    private readonly bus: Bus,
    private readonly busy: Busy,
    private readonly expandCap: number,
  ) {
    bus.on('expand-requested', (id) => void this.toggleExpand(id));
  }

  private notify(text: string, kind: NoticeKind = 'info'): void {
    this.bus.emit('notice', { text, kind });
  }

  /** Per scene, the expansions that hit the cap and where their next page starts. */
  private readonly pages = new WeakMap<GraphModel, Map<string, MorePage>>();

  private pagesOf(m: GraphModel): Map<string, MorePage> {
    let pages = this.pages.get(m);
    if (!pages) this.pages.set(m, (pages = new Map()));
    return pages;
  }

  /** The next page of the node's last capped expansion, if it has one (still expanded). */
  morePage(id: string): MorePage | null {
    const m = this.stage.model();
    return (m.isExpanded(id) && this.pagesOf(m).get(id)) || null;
  }

  get cap(): number {
    return this.expandCap;
  }

  async toggleExpand(id: string): Promise<void> {
    const m = this.stage.model();
    if (m.isExpanded(id)) {
      const removed = m.collapse(id);
      this.pagesOf(m).delete(id);
      await this.stage.refresh();
      this.notify(removed.length ? `Collapsed: ${plural(removed.length, 'node')} removed.` : 'Collapsed.');
      this.bus.emit('expansion-toggled', id);
      return;
    }
    await this.expand(id);
  }

  /**
   * Adds the node's neighbours (all, or of one type or label) up to the cap; an expanded node
   * gains them in the same expansion. When the cap cut the result, the next page is remembered
   * for “Load more”.
   */
  async expand(id: string, filter: ExpandFilter = {}, skip = 0): Promise<void> {
    const m = this.stage.model();
    const name = m.nodes.get(id)?.name ?? id;
    await this.busy.during(async () => {
      try {
        const page = await api.neighbors(id, { depth: 1, limit: this.expandCap, skip, ...filter });
        const { payload, capped } = capNeighbours(page, id, this.expandCap);
        const added = m.extend(id, payload);
        const pages = this.pagesOf(m);
        if (capped && page.next !== null) pages.set(id, { filter, next: page.next });
        else pages.delete(id);
        await this.stage.refresh({ parent: id });
        this.notify(expansionNotice(name, added.length, capped, this.expandCap, filter), capped ? 'warning' : 'info');
        this.bus.emit('expansion-toggled', id);
      } catch (err) {
        this.notify(`Could not expand ${name}: ${err instanceof Error ? err.message : String(err)}`, 'warning');
      }
    });
  }

  /** Fetches the page after the node's last capped expansion. */
  async loadMore(id: string): Promise<void> {
    const page = this.morePage(id);
    if (page) await this.expand(id, page.filter, page.next);
  }

  /** Hide, remove or expand every node of the multi-selection at once (one undo step for hide and remove). */
  async runOnMany(action: 'hide' | 'remove' | 'expand', ids: string[]): Promise<void> {
    const m = this.stage.model();
    const present = ids.filter((id) => m.inView(id));
    if (!present.length) return;
    if (action === 'expand') {
      for (const id of present) if (!m.isExpanded(id)) await this.expand(id);
      return;
    }
    if (action === 'hide') m.hide(present);
    else m.remove(present);
    this.stage.clearPicked();
    await this.stage.refresh();
    this.notify(
      action === 'hide'
        ? `Hidden: ${plural(present.length, 'node')}. “Show hidden” or Ctrl+Z brings them back.`
        : `Removed ${plural(present.length, 'node')} from the view (not from the database). Ctrl+Z brings them back.`,
    );
  }

  async run(action: NodeAction, id: string): Promise<void> {
    const m = this.stage.model();
    switch (action) {
      case 'expand':
      case 'collapse':
        return this.toggleExpand(id);
      case 'hide':
        m.hide([id]);
        await this.stage.refresh();
        return this.notify('Hidden. “Show hidden” or Ctrl+Z brings it back.');
      case 'remove':
        m.remove([id]);
        await this.stage.refresh();
        return this.notify('Removed from the view (not from the database). Ctrl+Z brings it back.');
      case 'center':
        return this.stage.select({ kind: 'node', id }, { center: true });
      case 'path-from':
      case 'path-to': {
        const node = m.nodes.get(id) ?? (await api.node(id)).node;
        this.bus.emit('path-end', { which: action === 'path-from' ? 'from' : 'to', node });
        return;
      }
    }
  }

  async undoRedo(which: 'undo' | 'redo'): Promise<void> {
    const m = this.stage.model();
    if (!(which === 'undo' ? m.undo() : m.redo())) return;
    await this.stage.refresh();
    this.notify(which === 'undo' ? 'Undone.' : 'Redone.');
  }

  async showHidden(): Promise<void> {
    this.stage.model().showHidden();
    await this.stage.refresh();
  }
}
