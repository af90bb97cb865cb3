// What can be done to a node of the active scene: expand or collapse it (double-click, E, the
// details panel), hide or remove it from view, centre on it, start or end a path at it; and undo
// or redo those edits. The results are told as notices.
import { api } from '../api.ts';
import type { GraphPayload } from '../../../contract/api/graph.ts';
import type { NodeAction } from '../components/details-panel.ts';
import type { Bus, NoticeKind } from '../events.ts';
import type { Busy } from '../state/busy.ts';
import { plural } from '../text.ts';
import type { Stage } from './stage.ts';

/**
 * At most `cap` new neighbours of `id` (the server's limit counts rows, so a payload may carry a
 * few more); `capped` when the server or this cut left some out.
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

export function expansionNotice(name: string, added: number, capped: boolean, cap: number): string {
  if (capped) return `Expanded ${name}: added ${plural(added, 'neighbour')} — capped at ${cap}; use the Cypher console for the rest.`;
  return added ? `Expanded ${name}: added ${plural(added, 'neighbour')}.` : `${name} has no neighbours that are not already shown.`;
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

  async toggleExpand(id: string): Promise<void> {
    const m = this.stage.model();
    if (m.isExpanded(id)) {
      const removed = m.collapse(id);
      await this.stage.refresh();
      this.notify(removed.length ? `Collapsed: ${plural(removed.length, 'node')} removed.` : 'Collapsed.');
      this.bus.emit('expansion-toggled', id);
      return;
    }
    const name = m.nodes.get(id)?.name ?? id;
    await this.busy.during(async () => {
      try {
        const { payload, capped } = capNeighbours(await api.neighbors(id, { depth: 1, limit: this.expandCap }), id, this.expandCap);
        const added = m.expand(id, payload);
        await this.stage.refresh({ parent: id });
        this.notify(expansionNotice(name, added.length, capped, this.expandCap), capped ? 'warning' : 'info');
        this.bus.emit('expansion-toggled', id);
      } catch (err) {
        this.notify(`Could not expand ${name}: ${err instanceof Error ? err.message : String(err)}`, 'warning');
      }
    });
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
