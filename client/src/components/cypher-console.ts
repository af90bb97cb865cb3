// The Cypher console (loaded on first use): editor, run button, example queries and history in
// the sidebar; results as a graph on the canvas and as a table under it; errors explained
// (syntax position with a caret, write refused, timeout).
import { api, ApiError } from '../api.ts';
import type { CypherResult } from '../../../contract/api/cypher.ts';
import type { GraphPayload } from '../../../contract/api/graph.ts';
import { caretLines, syntaxPosition, toTable } from '../analysis/cypher-result.ts';
import { API_LIMITS, TABLE_ROW_CAP } from '../config.ts';
import { browserStorage as storage } from '../state/browser-storage.ts';
import { addToHistory, loadHistory, saveHistory } from '../state/query-history.ts';
import { createCypherEditor, type CypherEditor } from './cypher-editor.ts';
import { EXAMPLES } from './cypher-examples-data.ts';
import { h } from './dom.ts';

export interface CypherHost {
  /** null: the query failed, so no graph (not even the previous one) stands for its result. */
  showGraph(graph: GraphPayload | null): Promise<void>;
  changed(): void;
}

export interface CypherConsole {
  run(): Promise<void>;
  /** The last query run (what the URL carries). */
  lastQuery(): string;
}

const ERROR_TITLES: Record<string, string> = {
  CYPHER_SYNTAX_ERROR: 'Syntax error',
  WRITE_NOT_ALLOWED: 'Write refused: this explorer is read-only',
  PROCEDURE_NOT_ALLOWED: 'Procedure refused: only read-only procedures may be called',
  COMMAND_NOT_ALLOWED: 'Command refused: administration commands cannot run here',
  QUERY_TIMEOUT: 'The query took too long and was stopped',
  VALIDATION_ERROR: 'The request was not accepted',
  DATABASE_UNAVAILABLE: 'The database is unavailable',
  NETWORK_ERROR: 'Cannot reach the server',
  TIMEOUT: 'The server did not answer in time',
  RATE_LIMITED: 'Too many requests',
};

export function createCypherConsole(root: HTMLElement, results: HTMLElement, host: CypherHost, initialQuery: string): CypherConsole {
  let history = loadHistory(storage());
  let last = '';
  let running = false;

  const editorHost = h('div', { class: 'editor', 'data-testid': 'cypher-editor' });
  const runButton = h(
    'button',
    { type: 'button', class: 'primary-button', 'data-testid': 'cypher-run', title: 'Run (Ctrl+Enter / ⌘+Enter)' },
    'Run',
  );
  const historyList = h('ul', { class: 'history', 'data-testid': 'cypher-history' });
  root.append(
    h('h2', { id: 'cypher-heading' }, 'Cypher console'),
    h(
      'p',
      { class: 'hint' },
      'Read-only queries. ',
      h('kbd', {}, 'Ctrl'),
      '+',
      h('kbd', {}, 'Enter'),
      ' runs. Results appear as a graph and as a table.',
    ),
    editorHost,
    h('div', { class: 'row' }, runButton, h('span', { class: 'hint' }, `At most ${API_LIMITS.cypherRows} rows.`)),
    h(
      'details',
      { class: 'examples', open: true },
      h('summary', {}, `Example questions (${EXAMPLES.length})`),
      h(
        'ul',
        { class: 'example-list', 'data-testid': 'cypher-examples' },
        ...EXAMPLES.map((ex) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'example',
                'data-testid': 'cypher-example',
                'data-file': ex.file,
                onclick: () => (editor.setValue(ex.query), void run()),
              },
              h('strong', {}, ex.title),
              ex.question ? h('span', {}, ex.question) : '',
            ),
          ),
        ),
      ),
    ),
    h('details', { class: 'history-wrap' }, h('summary', {}, 'History'), historyList),
  );

  const editor: CypherEditor = createCypherEditor(editorHost, { doc: initialQuery, onRun: () => void run(), label: 'Cypher query' });
  runButton.addEventListener('click', () => void run());

  const renderHistory = () => {
    historyList.replaceChildren(
      ...(history.length
        ? history.map((q) =>
            h(
              'li',
              {},
              h('button', { type: 'button', class: 'history-item', title: q, onclick: () => (editor.setValue(q), editor.focus()) }, q),
            ),
          )
        : [h('li', { class: 'hint' }, 'Queries you run are kept here (in this browser only).')]),
    );
  };
  renderHistory();

  const showError = (query: string, err: unknown) => {
    const e = err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', err instanceof Error ? err.message : String(err));
    const pos = e.code === 'CYPHER_SYNTAX_ERROR' ? syntaxPosition(e.details) : null;
    const caret = pos ? caretLines(query, pos) : null;
    results.replaceChildren(
      h(
        'div',
        { class: `query-error code-${e.code}`, role: 'alert', 'data-testid': 'cypher-error', 'data-code': e.code },
        h('h3', {}, ERROR_TITLES[e.code] ?? 'The query failed', pos ? ` at line ${pos.line}, column ${pos.column}` : ''),
        caret ? h('pre', { class: 'caret' }, `${caret.line}\n${caret.caret}`) : '',
        h('p', {}, e.message),
        h('p', { class: 'hint' }, h('code', {}, e.code)),
      ),
    );
    if (pos) editor.setCursor(pos.offset);
  };

  const showTable = (res: CypherResult) => {
    const table = toTable(res);
    const shown = table.rows.slice(0, TABLE_ROW_CAP);
    const notes = [
      `${table.rows.length} row${table.rows.length === 1 ? '' : 's'}`,
      `${res.graph.nodes.length} nodes, ${res.graph.edges.length} relationships drawn`,
      `${res.summary.ms} ms`,
    ];
    results.replaceChildren(
      h(
        'div',
        { class: 'results-head' },
        h('p', { class: 'summary', 'data-testid': 'cypher-summary' }, notes.join(' · ')),
        res.truncated
          ? h('p', { class: 'warning', 'data-testid': 'cypher-truncated' }, `Result capped by the server at ${table.rows.length} rows.`)
          : '',
        table.rows.length > shown.length ? h('p', { class: 'warning' }, `Table shows the first ${shown.length} rows.`) : '',
      ),
      table.columns.length
        ? h(
            'div',
            { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Query results' },
            h(
              'table',
              { class: 'results', 'data-testid': 'cypher-table' },
              h('thead', {}, h('tr', {}, ...table.columns.map((c) => h('th', { scope: 'col' }, c)))),
              h('tbody', {}, ...shown.map((r) => h('tr', {}, ...r.map((v) => h('td', {}, v))))),
            ),
          )
        : h('p', { class: 'hint' }, 'The query returned no columns.'),
    );
  };

  const run = async () => {
    const query = editor.getValue().trim();
    if (!query || running) return;
    running = true;
    runButton.disabled = true;
    runButton.textContent = 'Running…';
    results.replaceChildren(h('p', { class: 'hint loading' }, 'Running…'));
    history = addToHistory(history, query);
    saveHistory(storage(), history);
    renderHistory();
    last = query;
    try {
      const res = await api.cypher({ query, limit: API_LIMITS.cypherRows });
      showTable(res);
      await host.showGraph(res.graph);
    } catch (err) {
      showError(query, err);
      await host.showGraph(null);
    } finally {
      running = false;
      runButton.disabled = false;
      runButton.textContent = 'Run';
      host.changed();
    }
  };

  return { run, lastQuery: () => last };
}
