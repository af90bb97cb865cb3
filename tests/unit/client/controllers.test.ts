// The controllers' decisions that need no browser: which key does what, how an expansion is
// capped and told, what a link could not restore, how a cell's failed path searches are counted,
// and when the URL is written.
import { describe, expect, it } from 'vitest';
import { canvasCommand, historyCommand, stepAnnouncement } from '../../../client/src/controllers/keyboard.ts';
import { capNeighbours, expansionNotice } from '../../../client/src/controllers/node-actions.ts';
import { createUrlSync, type UrlWindow } from '../../../client/src/controllers/url-sync.ts';
import { createBus } from '../../../client/src/events.ts';
import { createBusy } from '../../../client/src/state/busy.ts';
import { plural, restoreNotice } from '../../../client/src/text.ts';
import { node, payload } from './fixtures.ts';

describe('keyboard', () => {
  it('maps canvas keys to commands; node commands need a selected node', () => {
    expect(canvasCommand('ArrowRight', false)).toBe('next');
    expect(canvasCommand('ArrowLeft', true)).toBe('previous');
    expect(canvasCommand('+', false)).toBe('zoom-in');
    expect(canvasCommand('=', false)).toBe('zoom-in');
    expect(canvasCommand('-', false)).toBe('zoom-out');
    expect(canvasCommand('f', false)).toBe('fit');
    expect(canvasCommand('Escape', false)).toBe('deselect');
    for (const [key, command] of [
      ['ArrowDown', 'next-neighbour'],
      ['ArrowUp', 'previous-neighbour'],
      ['e', 'toggle-expand'],
      ['Enter', 'toggle-expand'],
      ['h', 'hide'],
      ['Delete', 'remove'],
      ['Backspace', 'remove'],
    ] as const) {
      expect(canvasCommand(key, true), key).toBe(command);
      expect(canvasCommand(key, false), key).toBeNull();
    }
    expect(canvasCommand('x', true)).toBeNull();
  });

  it('Ctrl/Cmd+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, plain keys do neither', () => {
    const key = (k: string, mods: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      ...mods,
    });
    expect(historyCommand(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyCommand(key('z', { metaKey: true }))).toBe('undo');
    expect(historyCommand(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommand(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyCommand(key('z'))).toBeNull();
    expect(historyCommand(key('a', { ctrlKey: true }))).toBeNull();
  });

  it('says which node a step selected, counting from one, with singular counts', () => {
    const kyushu = { name: 'Kyushu', label: 'Region', degree: 17 };
    expect(stepAnnouncement(kyushu, { index: 0, of: 62 })).toBe('Kyushu, Region, 17 relationships in view; node 1 of 62.');
    expect(stepAnnouncement({ name: 'Saga', label: 'Prefecture', degree: 1 }, { index: 2, of: 7, neighbourOf: 'Kyushu' })).toBe(
      'Saga, Prefecture, 1 relationship in view; neighbour 3 of 7 of Kyushu.',
    );
  });
});

describe('expansion', () => {
  const neighbours = (n: number) => payload([node('hub'), ...Array.from({ length: n }, (_, i) => node(`n${i}`))]);

  it('keeps the expanded node and at most `cap` neighbours, and says when it cut', () => {
    const cut = capNeighbours(neighbours(5), 'hub', 3);
    expect(cut.capped).toBe(true);
    expect(cut.payload.nodes.map((n) => n.id)).toEqual(['hub', 'n0', 'n1', 'n2']);
    const whole = capNeighbours(neighbours(3), 'hub', 3);
    expect(whole).toEqual({ payload: neighbours(3), capped: false });
    expect(capNeighbours({ ...neighbours(2), truncated: true }, 'hub', 3).capped).toBe(true);
  });

  it('tells how many neighbours came, with the right plural, and when the cap was reached', () => {
    expect(expansionNotice('Kyushu', 1, false, 100)).toBe('Expanded Kyushu: added 1 neighbour.');
    expect(expansionNotice('Kyushu', 4, false, 100)).toBe('Expanded Kyushu: added 4 neighbours.');
    expect(expansionNotice('Kyushu', 0, false, 100)).toBe('Kyushu has no neighbours that are not already shown.');
    expect(expansionNotice('Kyushu', 100, true, 100)).toBe(
      'Expanded Kyushu: added 100 neighbours — capped at 100; “Load more” in the details panel adds the next ones.',
    );
  });
});

describe('wording', () => {
  it('plural', () => {
    expect(plural(1, 'hop')).toBe('1 hop');
    expect(plural(0, 'hop')).toBe('0 hops');
    expect(plural(2, 'path search', 'path searches')).toBe('2 path searches');
  });

  it('names what a link could not restore, and says nothing when everything came back', () => {
    expect(restoreNotice({ nodes: [], expansions: [] })).toBeNull();
    expect(restoreNotice({})).toBeNull();
    expect(restoreNotice({ nodes: ['ghost'] })).toBe('The link could not be fully restored: could not load node ghost.');
    expect(restoreNotice({ nodes: ['a', 'b'], expansions: ['Kyushu'] })).toBe(
      'The link could not be fully restored: could not load nodes a, b and the expansion of Kyushu.',
    );
    expect(restoreNotice({ expansions: ['Kyushu', 'Saga'] })).toBe(
      'The link could not be fully restored: could not load the expansions of Kyushu, Saga.',
    );
  });
});

describe('URL sync', () => {
  const fakeWindow = (hash = '') => {
    const written: string[] = [];
    let onHashChange: () => void = () => undefined;
    let reloads = 0;
    const win: UrlWindow = {
      location: {
        pathname: '/',
        search: '?cap=20',
        hash,
        reload: () => void reloads++,
      },
      history: {
        replaceState: (_data, _unused, url) => {
          written.push(url);
          win.location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
        },
      },
      addEventListener: (_type, listener) => void (onHashChange = listener),
    };
    return { win, written, hashChange: () => onHashChange(), reloads: () => reloads };
  };

  it('writes nothing while the link is being restored, then the state its parts contribute', () => {
    const { win, written } = fakeWindow('#tab=paths');
    const bus = createBus();
    const sync = createUrlSync(win, bus);
    let selected: string | null = 'kyushu';
    sync.contribute(() => ({ tab: 'paths' }));
    sync.contribute(() => ({ selected }));
    bus.emit('view-changed');
    expect(written).toEqual([]);
    sync.finishRestore();
    expect(written).toEqual(['/?cap=20#tab=paths&sel=kyushu']);
    selected = null;
    bus.emit('view-changed');
    expect(written.at(-1)).toBe('/?cap=20#tab=paths');
  });

  it('reloads for a different link pasted into the address bar, not for its own writes', () => {
    const { win, hashChange, reloads } = fakeWindow();
    const bus = createBus();
    const sync = createUrlSync(win, bus);
    sync.contribute(() => ({ selected: 'saga' }));
    sync.finishRestore();
    hashChange();
    expect(reloads()).toBe(0);
    win.location.hash = '#sel=kyushu';
    hashChange();
    expect(reloads()).toBe(1);
  });
});

describe('busy counter', () => {
  it('is busy while any work runs, including work that fails', async () => {
    const states: boolean[] = [];
    const busy = createBusy((on) => states.push(on));
    let finish: () => void = () => undefined;
    const slow = busy.during(() => new Promise<void>((resolve) => (finish = resolve)));
    await expect(busy.during(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(states).toEqual([true, true, true]);
    finish();
    await slow;
    expect(states.at(-1)).toBe(false);
  });
});
