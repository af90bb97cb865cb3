// A banner while the API or Neo4j is unreachable. It polls /api/health (fast while down, slow
// while up), shows as soon as any request fails for that reason, and clears on recovery,
// telling the app so it can retry what failed.
import { api, ApiError, onUnavailable } from '../api.ts';
import { HEALTH_POLL_DOWN_MS, HEALTH_POLL_OK_MS } from '../config.ts';
import { h } from './dom.ts';

export function createHealthBanner(root: HTMLElement, opts: { onRecover(): void }): void {
  const message = h('span', { class: 'banner-text' });
  const retry = h('button', { type: 'button', class: 'small-button', onclick: () => void check() }, 'Retry now');
  root.append(h('span', { class: 'banner-icon', 'aria-hidden': 'true' }, '⚠'), message, retry);
  root.hidden = true;
  root.dataset.testid = 'health-banner';

  let down = false;
  let timer: number | undefined;
  let checking = false;

  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void check(), down ? HEALTH_POLL_DOWN_MS : HEALTH_POLL_OK_MS);
  };

  const setDown = (text: string) => {
    message.textContent = text;
    root.hidden = false;
    if (!down) {
      down = true;
      schedule();
    }
  };

  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      const health = await api.health();
      if (health.neo4j.connected) {
        if (down) {
          down = false;
          root.hidden = true;
          opts.onRecover();
        }
      } else
        setDown(
          health.neo4j.error
            ? `The graph database is unavailable: ${health.neo4j.error}. Retrying…`
            : 'The graph database is unavailable. Retrying…',
        );
    } catch (err) {
      const code = err instanceof ApiError ? err.code : '';
      setDown(
        code === 'TIMEOUT'
          ? 'The server is not answering. Retrying…'
          : code === 'NETWORK_ERROR'
            ? 'Cannot reach the server. Retrying…'
            : 'The server is not responding normally. Retrying…',
      );
    } finally {
      checking = false;
      schedule();
    }
  };

  const messages: Record<string, string> = {
    DATABASE_UNAVAILABLE: 'The graph database is unavailable. Retrying…',
    TIMEOUT: 'The server is not answering. Retrying…',
  };
  onUnavailable((err) => setDown(messages[err.code] ?? 'Cannot reach the server. Retrying…'));
  void check();
}
