// The Cypher console (loaded on first use): editor with completion, parameters, Run (Cancel while
// it runs) and Plan, example queries and history in the sidebar. One result, three views with a
// toggle under the canvas: Graph (drawn on the canvas), Table (graph values as chips that select
// in the graph; exports as CSV) and Raw JSON. A plan (EXPLAIN) takes the results' place until
// closed. Errors are explained (syntax position with a caret, write refused, timeout).
import { api, ApiError, isAbort } from '../api.ts';
import type { CypherExplainResult, CypherPlanOperator, CypherResult } from '../../../contract/api/cypher.ts';
import type { GraphPayload } from '../../../contract/api/graph.ts';
import type { CompletionSchema } from '../analysis/cypher-completion.ts';
import { parseParams } from '../analysis/cypher-params.ts';
import {
  caretLines,
  csvValue,
  estimatedRows,
  hasGraph,
  resultCells,
  syntaxPosition,
  type Chip,
  type ResultCell,
} from '../analysis/cypher-result.ts';
import { API_LIMITS, TABLE_ROW_CAP } from '../config.ts';
import { toCsv } from '../export/csv.ts';
import { labelStyle, typeColor } from '../graph/label-style.ts';
import { browserStorage as storage } from '../state/browser-storage.ts';
import { addToHistory, loadHistory, saveHistory } from '../state/query-history.ts';
import { CYPHER_VIEWS, type CypherView } from '../state/url-state.ts';
import { createCypherEditor, type CypherEditor } from './cypher-editor.ts';
import { EXAMPLES } from './cypher-examples-data.ts';
import { h } from './dom.ts';
import { download } from './export-menu.ts';

/** What fills the stage: a view of the result, or the plan (the canvas is hidden but for 'graph'). */
export type CypherDisplay = CypherView | 'plan';
export type CypherStatus = 'idle' | 'running' | 'result' | 'failed' | 'cancelled';

export interface CypherHost {
  /** null: the query failed or was cancelled, so no graph (not even the previous one) stands for its result. */
  showGraph(graph: GraphPayload | null): Promise<void>;
  /** A chip was clicked: select its element in the graph (the Graph view is already shown). */
  select(sel: { kind: 'node' | 'edge'; id: string }): Promise<void>;
  /** What the stage shows now (the canvas needs a resize when it comes back). */
  displayed(display: CypherDisplay): void;
  changed(): void;
}

export interface CypherConsole {
  run(): Promise<void>;
  /** The last query run and its parameters' text (what the URL carries). */
  lastQuery(): string;
  lastParams(): string;
  view(): CypherView;
  status(): CypherStatus;
  /** The graph changed (an article committed or retracted): completion asks for the names again. */
  forgetSchema(): void;
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

const VIEW_TITLES: Record<CypherView, string> = { graph: 'Graph', table: 'Table', raw: 'Raw JSON' };
/** Longer texts are folded in the table (a click unfolds them); the Raw view shows at most this much. */
const FOLD_CHARS = 160;
const RAW_CHARS = 500_000;

export function createCypherConsole(
  root: HTMLElement,
  results: HTMLElement,
  host: CypherHost,
  initial: { query: string; params: string; view: CypherView },
): CypherConsole {
  let history = loadHistory(storage());
  let last = '';
  let lastParams = '';
  let view: CypherView = initial.view;
  let status: CypherStatus = 'idle';
  let running: AbortController | null = null;
  /** Re-renders what the results showed before a plan was opened. */
  let restore: (() => void) | null = null;
  let schema: Promise<CompletionSchema | null> | null = null;

  const editorHost = h('div', { class: 'editor', 'data-testid': 'cypher-editor' });
  const runButton = h(
    'button',
    { type: 'button', class: 'primary-button', 'data-testid': 'cypher-run', title: 'Run (Ctrl+Enter / ⌘+Enter)' },
    'Run',
  );
  const planButton = h(
    'button',
    { type: 'button', class: 'small-button', 'data-testid': 'cypher-plan', title: 'Show the query plan (EXPLAIN) without running it' },
    'Plan',
  );
  const paramsInput = h('textarea', {
    id: 'cypher-params',
    class: 'params-input',
    rows: 3,
    spellcheck: 'false',
    placeholder: '{"id": "kyushu"}',
    'aria-describedby': 'cypher-params-hint cypher-params-error',
    'data-testid': 'cypher-params',
  });
  paramsInput.value = initial.params;
  const paramsError = h('p', {
    id: 'cypher-params-error',
    class: 'error-text',
    'aria-live': 'polite',
    'data-testid': 'cypher-params-error',
  });
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
      ' runs, ',
      h('kbd', {}, 'Ctrl'),
      '+',
      h('kbd', {}, 'Space'),
      ' completes. Results show as a graph, a table or raw JSON.',
    ),
    editorHost,
    h(
      'div',
      { class: 'field params-field' },
      h('label', { for: 'cypher-params' }, 'Parameters'),
      h('p', { id: 'cypher-params-hint', class: 'hint' }, 'A JSON object: each name is a $name in the query.'),
      paramsInput,
      paramsError,
    ),
    h('div', { class: 'row' }, runButton, planButton, h('span', { class: 'hint' }, `At most ${API_LIMITS.cypherRows} rows.`)),
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

  const editor: CypherEditor = createCypherEditor(editorHost, {
    doc: initial.query,
    onRun: () => void runOrCancel(),
    label: 'Cypher query',
    // Asked once, on the first completion; a failure leaves keywords only (and is asked again next time).
    schema: () =>
      (schema ??= api.cypherSchema().catch(() => {
        schema = null;
        return null;
      })),
  });
  runButton.addEventListener('click', () => void runOrCancel());
  planButton.addEventListener('click', () => void plan());
  paramsInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void runOrCancel();
    }
  });
  paramsInput.addEventListener('input', () => {
    const parsed = parseParams(paramsInput.value);
    paramsError.textContent = parsed.ok ? '' : parsed.message;
    paramsInput.setAttribute('aria-invalid', String(!parsed.ok));
  });

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

  const display = (d: CypherDisplay) => {
    results.dataset.view = d;
    host.displayed(d);
  };

  /** The parameters, or null after saying what is wrong with them. */
  const params = (): Record<string, unknown> | null => {
    const parsed = parseParams(paramsInput.value);
    paramsError.textContent = parsed.ok ? '' : parsed.message;
    paramsInput.setAttribute('aria-invalid', String(!parsed.ok));
    if (parsed.ok) return parsed.params;
    paramsInput.focus();
    return null;
  };

  const errorBox = (query: string, err: unknown) => {
    const e = err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', err instanceof Error ? err.message : String(err));
    const pos = e.code === 'CYPHER_SYNTAX_ERROR' ? syntaxPosition(e.details) : null;
    const caret = pos ? caretLines(query, pos) : null;
    if (pos) editor.setCursor(pos.offset);
    return h(
      'div',
      { class: `query-error code-${e.code}`, role: 'alert', 'data-testid': 'cypher-error', 'data-code': e.code },
      h('h3', {}, ERROR_TITLES[e.code] ?? 'The query failed', pos ? ` at line ${pos.line}, column ${pos.column}` : ''),
      caret ? h('pre', { class: 'caret' }, `${caret.line}\n${caret.caret}`) : '',
      h('p', {}, e.message),
      h('p', { class: 'hint' }, h('code', {}, e.code)),
    );
  };

  const chipButton = (chip: Chip) => {
    const isNode = chip.kind === 'node';
    const colour = isNode ? labelStyle(chip.label).color : typeColor(chip.type);
    return h(
      'button',
      {
        type: 'button',
        class: `chip chip-${chip.kind}`,
        style: `--chip: ${colour}`,
        title: isNode ? `${chip.label} ${chip.id}: select it in the graph` : `${chip.type} ${chip.id}: select it in the graph`,
        'data-testid': 'cypher-chip',
        'data-kind': chip.kind,
        'data-id': chip.id,
        onclick: () => {
          showView('graph');
          void host.select({ kind: chip.kind, id: chip.id });
        },
      },
      isNode ? chip.name : `:${chip.type}`,
    );
  };

  const cellContent = (cell: ResultCell) => {
    if (cell.kind === 'chips') {
      const parts = cell.chips.flatMap((chip, i) => [
        ...(i ? [cell.path ? h('span', { class: 'chip-arrow', 'aria-hidden': 'true' }, '→') : ' '] : []),
        chipButton(chip),
      ]);
      return h('span', { class: cell.path ? 'chip-path' : 'chip-list' }, ...parts);
    }
    if (cell.text.length <= FOLD_CHARS) return cell.text;
    return h(
      'details',
      { class: 'fold' },
      h('summary', {}, `${cell.text.slice(0, FOLD_CHARS)}…`),
      h('div', { class: 'fold-full' }, cell.text),
    );
  };

  const tableBody = (res: CypherResult, cells: ResultCell[][]) => {
    const shown = cells.slice(0, TABLE_ROW_CAP);
    if (!res.columns.length) return h('p', { class: 'hint' }, 'The query returned no columns.');
    return h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Query results' },
      cells.length > shown.length
        ? h('p', { class: 'warning' }, `The table shows the first ${shown.length} rows (the CSV has them all).`)
        : '',
      h(
        'table',
        { class: 'results', 'data-testid': 'cypher-table' },
        h('thead', {}, h('tr', {}, ...res.columns.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...shown.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cellContent(cell)))))),
      ),
    );
  };

  const rawText = (res: CypherResult) => {
    const text = JSON.stringify({ columns: res.columns, rows: res.rows, truncated: res.truncated }, null, 2);
    return text.length > RAW_CHARS ? `${text.slice(0, RAW_CHARS)}\n… (cut at ${RAW_CHARS.toLocaleString('en')} characters)` : text;
  };

  const toggleButtons = new Map<CypherView, HTMLButtonElement>();
  const bodies = new Map<CypherView, HTMLElement>();
  let fillRaw: (() => void) | null = null;

  const showView = (next: CypherView) => {
    view = next;
    for (const [v, b] of toggleButtons) b.setAttribute('aria-pressed', String(v === next));
    if (next === 'raw') fillRaw?.();
    for (const [v, body] of bodies) body.hidden = v !== next;
    display(next);
    host.changed();
  };

  const showResult = (res: CypherResult) => {
    const cells = resultCells(res);
    const notes = [
      `${res.rows.length} row${res.rows.length === 1 ? '' : 's'}`,
      `${res.graph.nodes.length} nodes, ${res.graph.edges.length} relationships`,
      `${res.summary.ms} ms`,
    ];
    toggleButtons.clear();
    bodies.clear();
    for (const v of CYPHER_VIEWS) {
      toggleButtons.set(
        v,
        h(
          'button',
          { type: 'button', class: 'small-button', 'aria-pressed': 'false', 'data-testid': `cypher-view-${v}`, onclick: () => showView(v) },
          VIEW_TITLES[v],
        ),
      );
    }
    const raw = h('pre', { class: 'raw-json', tabindex: 0, 'aria-label': 'The result as JSON', 'data-testid': 'cypher-raw' });
    fillRaw = () => {
      raw.textContent = rawText(res);
      fillRaw = null;
    };
    bodies.set(
      'graph',
      h(
        'p',
        { class: 'hint', 'data-testid': 'cypher-graph-note' },
        hasGraph(res)
          ? 'Drawn on the canvas above. Table lists every row.'
          : 'This result has no nodes or relationships to draw: see the Table view.',
      ),
    );
    bodies.set('table', tableBody(res, cells));
    bodies.set('raw', raw);
    const exportCsv = h(
      'button',
      {
        type: 'button',
        class: 'small-button',
        'data-testid': 'cypher-export-csv',
        title: 'The result table as CSV: every row, graph values by name',
        onclick: () => {
          const csv = toCsv([res.columns, ...cells.map((row) => row.map(csvValue))]);
          download(`vj-cypher-result-${new Date().toISOString().slice(0, 10)}.csv`, new Blob([csv], { type: 'text/csv' }));
        },
      },
      'Export CSV',
    );
    const render = () => {
      results.replaceChildren(
        h(
          'div',
          { class: 'results-head' },
          h('div', { class: 'view-toggle', role: 'group', 'aria-label': 'Show the result as' }, ...toggleButtons.values()),
          h('p', { class: 'summary', 'data-testid': 'cypher-summary' }, notes.join(' · ')),
          exportCsv,
          res.truncated
            ? h('p', { class: 'warning', 'data-testid': 'cypher-truncated' }, `Result capped by the server at ${res.rows.length} rows.`)
            : '',
        ),
        ...bodies.values(),
      );
      showView(view);
    };
    restore = render;
    render();
  };

  const showMessage = (content: HTMLElement) => {
    const render = () => {
      results.replaceChildren(content);
      display(view);
    };
    restore = render;
    render();
  };

  const planTree = (ops: CypherPlanOperator[]) => {
    const item = (i: number): HTMLElement => {
      const op = ops[i]!;
      return h(
        'li',
        { 'data-testid': 'plan-operator', 'data-operator': op.operator },
        h(
          'div',
          { class: 'plan-op' },
          h('strong', {}, op.operator),
          op.details ? h('code', {}, op.details) : '',
          op.estimatedRows === null ? '' : h('span', { class: 'plan-rows' }, estimatedRows(op.estimatedRows)),
          op.identifiers.length ? h('span', { class: 'plan-ids', title: 'Variables' }, op.identifiers.join(', ')) : '',
        ),
        op.children.length ? h('ul', {}, ...op.children.map(item)) : '',
      );
    };
    return h(
      'ul',
      { class: 'plan-tree', 'data-testid': 'cypher-plan-tree', 'aria-label': 'Query plan, from the result down to where rows come from' },
      item(0),
    );
  };

  const showPlanPanel = (content: HTMLElement) => {
    const back = restore;
    results.replaceChildren(
      h(
        'div',
        { class: 'results-head' },
        h('p', { class: 'summary' }, h('strong', {}, 'Plan'), ' (EXPLAIN: the query was planned, not run)'),
        h(
          'button',
          {
            type: 'button',
            class: 'small-button',
            'data-testid': 'cypher-plan-close',
            onclick: () => (back ? back() : (results.replaceChildren(), display(view))),
          },
          back ? 'Back to the result' : 'Close',
        ),
      ),
      content,
    );
    display('plan');
  };

  const plan = async () => {
    const query = editor.getValue().trim();
    const values = params();
    if (!query || !values) return;
    planButton.disabled = true;
    try {
      const res: CypherExplainResult = await api.cypherExplain({ query, params: values });
      showPlanPanel(
        h(
          'div',
          {},
          h('p', { class: 'hint', 'data-testid': 'cypher-plan-summary' }, `${res.plan.length} operators · ${res.summary.ms} ms`),
          planTree(res.plan),
        ),
      );
    } catch (err) {
      showPlanPanel(errorBox(query, err));
    } finally {
      planButton.disabled = false;
    }
  };

  const setRunning = (on: boolean) => {
    runButton.textContent = on ? 'Cancel' : 'Run';
    runButton.className = on ? 'danger-button' : 'primary-button';
    runButton.title = on ? 'Stop the query (in the database too)' : 'Run (Ctrl+Enter / ⌘+Enter)';
  };

  const run = async () => {
    const query = editor.getValue().trim();
    if (!query) return;
    const values = params();
    if (!values) return;
    running?.abort();
    const mine = new AbortController();
    running = mine;
    status = 'running';
    setRunning(true);
    showMessage(h('p', { class: 'hint loading', 'data-testid': 'cypher-running' }, 'Running… (Cancel stops it)'));
    history = addToHistory(history, query);
    saveHistory(storage(), history);
    renderHistory();
    last = query;
    lastParams = paramsInput.value.trim();
    try {
      const res = await api.cypher({ query, params: values, limit: API_LIMITS.cypherRows }, mine.signal);
      if (running !== mine) return;
      status = 'result';
      // A table-only result opens in the Table view: an empty canvas would say nothing.
      if (!hasGraph(res)) view = 'table';
      showResult(res);
      await host.showGraph(res.graph);
    } catch (err) {
      // A newer run replaced this one: it says what happens next.
      if (running !== mine) return;
      status = isAbort(err) ? 'cancelled' : 'failed';
      showMessage(
        status === 'cancelled'
          ? h(
              'p',
              { class: 'hint', role: 'status', 'data-testid': 'cypher-cancelled' },
              'Cancelled: the query was stopped and returned nothing.',
            )
          : errorBox(query, err),
      );
      await host.showGraph(null);
    } finally {
      if (running === mine) {
        running = null;
        setRunning(false);
      }
      host.changed();
    }
  };

  const runOrCancel = () => {
    if (running) {
      running.abort();
      return Promise.resolve();
    }
    return run();
  };

  // Until there is a result, the canvas says what to do (the chosen view waits for the first result).
  display('graph');
  return {
    run,
    lastQuery: () => last,
    lastParams: () => lastParams,
    view: () => view,
    status: () => status,
    forgetSchema: () => {
      schema = null;
    },
  };
}
