// Keyboard use of the graph: keys on the canvas step through nodes and neighbours, expand, hide,
// remove, zoom and fit; Ctrl/Cmd+Z and +Y undo and redo anywhere outside a text field. The key →
// command tables are plain functions so they are unit-tested without a browser. Each step is
// said in a polite live region, since the canvas itself shows a screen reader nothing.
import type { Bus } from '../events.ts';
import { plural } from '../text.ts';
import type { NodeActions } from './node-actions.ts';
import type { Stage } from './stage.ts';

export type CanvasCommand =
  | 'next'
  | 'previous'
  | 'next-neighbour'
  | 'previous-neighbour'
  | 'toggle-expand'
  | 'hide'
  | 'remove'
  | 'zoom-in'
  | 'zoom-out'
  | 'fit'
  | 'deselect';

const ANY_TIME: Record<string, CanvasCommand> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  f: 'fit',
  Escape: 'deselect',
};
/** Commands on the selected node: nothing happens without one. */
const ON_NODE: Record<string, CanvasCommand> = {
  ArrowDown: 'next-neighbour',
  ArrowUp: 'previous-neighbour',
  e: 'toggle-expand',
  Enter: 'toggle-expand',
  h: 'hide',
  Delete: 'remove',
  Backspace: 'remove',
};

export function canvasCommand(key: string, nodeSelected: boolean): CanvasCommand | null {
  return ANY_TIME[key] ?? (nodeSelected ? ON_NODE[key] : undefined) ?? null;
}

type KeyInfo = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

export function historyCommand(e: KeyInfo): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  return key === 'y' ? 'redo' : null;
}

/** What the live region says after a step: the node, then where the step was in its order. */
export function stepAnnouncement(
  node: { name: string; label: string; degree: number },
  position: { index: number; of: number; neighbourOf?: string },
): string {
  const where = position.neighbourOf
    ? `neighbour ${position.index + 1} of ${position.of} of ${position.neighbourOf}`
    : `node ${position.index + 1} of ${position.of}`;
  return `${node.name}, ${node.label}, ${plural(node.degree, 'relationship')} in view; ${where}.`;
}

export function bindKeyboard(doc: Document, stage: Stage, actions: NodeActions, bus: Bus, announcer: HTMLElement): void {
  const { view } = stage;
  bus.on('canvas-key', (e) => {
    const sel = stage.selection();
    const nodeId = sel?.kind === 'node' ? sel.id : null;
    const command = canvasCommand(e.key, nodeId !== null);
    if (!command) return;
    e.preventDefault();
    const step = async (ids: string[], dir: number, neighbourOf?: string) => {
      if (!ids.length) return;
      const i = nodeId ? ids.indexOf(nodeId) : -1;
      // The first → (nothing selected, i = -1) lands on ids[0], the best-connected node.
      const index = i < 0 && dir < 0 ? ids.length - 1 : (i + dir + ids.length) % ids.length;
      const id = ids[index]!;
      await stage.select({ kind: 'node', id }, { center: true });
      const node = view.describeNode(id);
      if (node) announcer.textContent = stepAnnouncement(node, { index, of: ids.length, neighbourOf });
    };
    const neighbourOf = nodeId ? (view.describeNode(nodeId)?.name ?? nodeId) : undefined;
    switch (command) {
      case 'next':
        return void step(view.nodeOrder(), 1);
      case 'previous':
        return void step(view.nodeOrder(), -1);
      case 'next-neighbour':
        return void step(view.neighbourIds(nodeId!), 1, neighbourOf);
      case 'previous-neighbour':
        return void step(view.neighbourIds(nodeId!), -1, neighbourOf);
      case 'toggle-expand':
        return void actions.toggleExpand(nodeId!);
      case 'hide':
      case 'remove':
        return void actions.run(command, nodeId!);
      case 'zoom-in':
        return view.zoomBy(1.25);
      case 'zoom-out':
        return view.zoomBy(0.8);
      case 'fit':
        return view.fit();
      case 'deselect':
        announcer.textContent = 'Nothing selected.';
        return void stage.select(null);
    }
  });

  doc.addEventListener('keydown', (e) => {
    if ((e.target as HTMLElement | null)?.closest('input, textarea, select, .cm-editor')) return;
    const command = historyCommand(e);
    if (!command) return;
    e.preventDefault();
    void actions.undoRedo(command);
  });
}
