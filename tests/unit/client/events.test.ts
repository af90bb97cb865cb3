import { afterEach, describe, expect, it, vi } from 'vitest';
import { Emitter } from '../../../client/src/events.ts';

interface TestEvents {
  count: number;
  ping: undefined;
}

describe('typed event emitter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('calls every listener of an event with its payload, in the order they were added, and no other', () => {
    const bus = new Emitter<TestEvents>();
    const calls: string[] = [];
    bus.on('count', (n) => calls.push(`a${n}`));
    bus.on('count', (n) => calls.push(`b${n}`));
    bus.on('ping', () => calls.push('ping'));
    bus.emit('count', 3);
    expect(calls).toEqual(['a3', 'b3']);
    bus.emit('ping');
    expect(calls).toEqual(['a3', 'b3', 'ping']);
  });

  it('stops calling a listener once it is removed', () => {
    const bus = new Emitter<TestEvents>();
    const seen: number[] = [];
    const off = bus.on('count', (n) => seen.push(n));
    bus.emit('count', 1);
    off();
    bus.emit('count', 2);
    expect(seen).toEqual([1]);
  });

  it('a listener added while an event is emitted waits for the next one', () => {
    const bus = new Emitter<TestEvents>();
    const seen: string[] = [];
    bus.on('count', (n) => {
      seen.push(`first${n}`);
      bus.on('count', (m) => seen.push(`late${m}`));
    });
    bus.emit('count', 1);
    expect(seen).toEqual(['first1']);
    bus.emit('count', 2);
    expect(seen).toEqual(['first1', 'first2', 'late2']);
  });

  it('a throwing listener does not keep the others from running, and its error is still raised', async () => {
    const bus = new Emitter<TestEvents>();
    const seen: number[] = [];
    const raised: unknown[] = [];
    vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      try {
        task();
      } catch (err) {
        raised.push(err);
      }
    });
    bus.on('count', () => {
      throw new Error('boom');
    });
    bus.on('count', (n) => seen.push(n));
    bus.emit('count', 7);
    expect(seen).toEqual([7]);
    expect(raised).toEqual([new Error('boom')]);
  });
});
