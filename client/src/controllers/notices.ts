// The notice over the canvas: the latest thing the app has to tell (an expansion's result, what a
// link could not restore), shown for a few seconds. Anything may raise one through the bus.
import type { Bus } from '../events.ts';

const NOTICE_MS = 7000;

export function createNotices(el: HTMLElement, bus: Bus): void {
  let timer: number | undefined;
  bus.on('notice', ({ text, kind = 'info' }) => {
    el.textContent = text;
    el.className = `notice ${kind}`;
    el.hidden = false;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (el.hidden = true), NOTICE_MS);
  });
}
