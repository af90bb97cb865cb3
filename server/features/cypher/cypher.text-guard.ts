// Checks on the query text before Neo4j sees it, for what the plan cannot show or cannot stop.
// Pre-parser options: `CYPHER debug=ast` answers with planner internals and turns a refusal into
// a 200, `debug=printcostcomparisons` floods the server log. PROFILE conflicts with the hidden
// EXPLAIN. And loops inside one expression: Neo4j checks for termination between rows, never
// inside an expression, so `RETURN reduce(s = '', x IN range(1, 10000000) | s + 'x')` ran on for
// minutes after its 504. So range() sizes, the lists reduce() and nested loops step through, and
// nesting depth (a value too deep for Neo4j to send hangs the connection) are bounded here.
// A small lexer is enough: it only needs to tell words from strings, comments and parameters;
// what it cannot read is refused, or left to Neo4j's parser when it is a syntax error.
import { MAX_VALUE_DEPTH } from '../../db/records.ts';
import { AppError } from '../../http/app-error.ts';

/** Pre-parser options that only choose how a query is planned or run, never what it answers. */
export const ALLOWED_CYPHER_OPTIONS: ReadonlySet<string> = new Set(['runtime', 'planner']);

/**
 * Values a range() outside `UNWIND range(…) AS` may produce, multiplied over the query's ranges
 * (they may nest). A loop of 100,000 that grows a string each step takes Neo4j about half a second;
 * 1,000,000 took 45 s, all of it past the time limit.
 */
export const MAX_RANGE_VALUES = 100_000;

type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';
interface Token {
  kind: TokenKind;
  /** Words and quoted names as written (without backticks), parameters without `$`, strings with their quotes. */
  text: string;
}

const SPACE = /\s+/y;
const LINE_COMMENT = /\/\/[^\n]*/y;
const BLOCK_COMMENT = /\/\*[\s\S]*?\*\//y;
const STRING = /'(?:[^'\\]|\\[\s\S])*'|"(?:[^"\\]|\\[\s\S])*"/y;
const QUOTED = /`((?:[^`]|``)*)`/y;
const PARAM = /\$(?:([\p{L}\p{N}_]+)|`((?:[^`]|``)*)`)/uy;
const NUMBER = /0x[\da-fA-F_]+|0o[0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?/y;
const WORD = /[\p{L}_][\p{L}\p{N}_]*/uy;

/**
 * Tokens up to the end, or up to an unterminated string or comment: Neo4j refuses that text as a
 * syntax error anyway, and what comes before it is still checked.
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const match = (re: RegExp) => {
    re.lastIndex = at;
    const m = re.exec(query);
    if (m) at = re.lastIndex;
    return m;
  };
  while (at < query.length) {
    if (match(SPACE) || match(LINE_COMMENT) || match(BLOCK_COMMENT)) continue;
    let m: RegExpExecArray | null;
    if ((m = match(STRING))) tokens.push({ kind: 'string', text: m[0] });
    else if (query.startsWith('/*', at) || query[at] === "'" || query[at] === '"') break;
    else if ((m = match(QUOTED))) tokens.push({ kind: 'quoted', text: m[1]!.replaceAll('``', '`') });
    else if ((m = match(PARAM))) tokens.push({ kind: 'param', text: m[1] ?? m[2]!.replaceAll('``', '`') });
    else if ((m = match(NUMBER))) tokens.push({ kind: 'number', text: m[0] });
    else if ((m = match(WORD))) tokens.push({ kind: 'word', text: m[0] });
    else tokens.push({ kind: 'punct', text: query[at++]! });
  }
  return tokens;
}

const isWord = (t: Token | undefined, word: string) => t?.kind === 'word' && t.text.toLowerCase() === word;
const isPunct = (t: Token | undefined, p: string) => t?.kind === 'punct' && t.text === p;

/**
 * The `key=value` options after the CYPHER at `at` (a version number may come first), and the index
 * after them: up to the first word that is neither a key nor a value, or a bracket. Read loosely
 * (`runtime=a.b`, quoted keys), so a value Neo4j reads differently from us hides no option behind it.
 */
function preParserOptions(tokens: Token[], at: number): { options: string[]; end: number } {
  const options: string[] = [];
  let i = at + 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    const key = isPunct(tokens[i + 1], '=');
    if (t.kind === 'word' && !key && !isPunct(tokens[i - 1], '=') && !isPunct(tokens[i - 1], '.')) break;
    if (t.kind === 'punct' && t.text !== '=' && t.text !== '.') break;
    if (key && t.kind !== 'punct') options.push(t.kind === 'string' ? t.text.slice(1, -1) : t.text);
  }
  return { options, end: i };
}

/**
 * `CYPHER [version] key=value …` wherever it appears (Neo4j reads it only at the start, but a
 * refusal elsewhere costs nothing and cannot be dodged by a prefix Neo4j skips and we do not).
 */
function checkPreParserOptions(tokens: Token[]): AppError | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], 'cypher') || isPunct(tokens[i - 1], '.')) continue;
    const option = preParserOptions(tokens, i).options.find((o) => !ALLOWED_CYPHER_OPTIONS.has(o.toLowerCase()));
    if (option !== undefined) {
      return new AppError(400, 'CYPHER_OPTION_NOT_ALLOWED', `The pre-parser option ${option} is not allowed; allowed: ${[...ALLOWED_CYPHER_OPTIONS].map((o) => `CYPHER ${o}=…`).join(', ')}`, {
        option,
      });
    }
  }
  return undefined;
}

/** PROFILE among the leading CYPHER/EXPLAIN/PROFILE keywords, where Neo4j reads the execution mode. */
function checkExecutionMode(tokens: Token[]): AppError | undefined {
  for (let i = 0; i < tokens.length; ) {
    if (isWord(tokens[i], 'profile')) {
      return new AppError(
        400,
        'PROFILE_NOT_SUPPORTED',
        'PROFILE is not supported here: a profile needs the whole query run, while results are cut at the row limit. Use EXPLAIN <query> to check the plan',
      );
    }
    if (isWord(tokens[i], 'explain')) i++;
    else if (isWord(tokens[i], 'cypher')) i = preParserOptions(tokens, i).end;
    else return undefined;
  }
  return undefined;
}

/** Evaluates a range() argument made of integer literals, parameters and arithmetic; undefined otherwise. */
function constantValue(tokens: Token[], params: Record<string, unknown>): number | undefined {
  let at = 0;
  const peek = () => tokens[at];
  const expr = (): number | undefined => {
    let left = term();
    while (left !== undefined && (isPunct(peek(), '+') || isPunct(peek(), '-'))) {
      const op = tokens[at++]!.text;
      const right = term();
      left = right === undefined ? undefined : op === '+' ? left + right : left - right;
    }
    return left;
  };
  const term = (): number | undefined => {
    let left = unary();
    while (left !== undefined && (isPunct(peek(), '*') || isPunct(peek(), '/') || isPunct(peek(), '%'))) {
      const op = tokens[at++]!.text;
      const right = unary();
      left = right === undefined ? undefined : op === '*' ? left * right : op === '/' ? Math.trunc(left / right) : left % right;
    }
    return left;
  };
  const unary = (): number | undefined => {
    if (isPunct(peek(), '-') || isPunct(peek(), '+')) {
      const sign = tokens[at++]!.text === '-' ? -1 : 1;
      const v = unary();
      return v === undefined ? undefined : sign * v;
    }
    const base = atom();
    if (base === undefined || !isPunct(peek(), '^')) return base;
    at++;
    const exponent = unary();
    return exponent === undefined ? undefined : base ** exponent;
  };
  const atom = (): number | undefined => {
    const t = tokens[at++];
    if (t?.kind === 'number') return Number(t.text.replaceAll('_', ''));
    if (t?.kind === 'param') {
      const v = params[t.text];
      return typeof v === 'number' ? v : undefined;
    }
    if (isPunct(t, '(')) {
      const v = expr();
      return isPunct(tokens[at++], ')') ? v : undefined;
    }
    return undefined;
  };
  const value = expr();
  return at === tokens.length && value !== undefined && Number.isFinite(value) ? value : undefined;
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
const isOpen = (t: Token) => t.kind === 'punct' && OPEN.has(t.text);
const isClose = (t: Token) => t.kind === 'punct' && CLOSE.has(t.text);

/** The arguments of the call whose `(` is at `open`, and the index after its `)`. */
function callArguments(tokens: Token[], open: number): { args: Token[][]; end: number } {
  const args: Token[][] = [[]];
  let depth = 0;
  let i = open + 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isOpen(t)) depth++;
    else if (isClose(t)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && isPunct(t, ',')) {
      args.push([]);
      continue;
    }
    args.at(-1)!.push(t);
  }
  return { args, end: i + 1 };
}

/** The refusal of a loop Neo4j could not stop at the time limit. */
function costRefusal(message: string, details: Record<string, unknown>) {
  return new AppError(400, 'QUERY_TOO_COSTLY', message, { maxRangeValues: MAX_RANGE_VALUES, ...details });
}

/**
 * `UNWIND range(…) AS x` streams one row per value, and Neo4j stops it at the time limit like any
 * other row source, so its bounds are free. Every other range() builds a list inside one
 * expression, which Neo4j cannot interrupt: its bounds must be known before the query runs.
 */
function checkRanges(tokens: Token[], params: Record<string, unknown>): AppError | undefined {
  let values = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!((t.kind === 'word' || t.kind === 'quoted') && t.text.toLowerCase() === 'range' && isPunct(tokens[i + 1], '('))) continue;
    if (isPunct(tokens[i - 1], '.')) continue;
    const { args, end } = callArguments(tokens, i + 1);
    if (isWord(tokens[i - 1], 'unwind') && isWord(tokens[end], 'as')) continue;
    const [start, stop, step = 1] = args.map((a) => constantValue(a, params));
    if (args.length > 3 || start === undefined || stop === undefined || step === undefined) {
      return costRefusal(
        'range() outside UNWIND range(…) AS needs bounds written as integers or $parameters, so that its size is known before the query runs (Neo4j cannot stop a long loop over a list inside one expression)',
        {},
      );
    }
    const size = step === 0 ? 0 : Math.max(0, Math.floor((stop - start) / step) + 1);
    values *= Math.max(1, size);
    if (values > MAX_RANGE_VALUES) {
      return costRefusal(
        `range() outside UNWIND range(…) AS may produce at most ${MAX_RANGE_VALUES.toLocaleString('en')} values in one query (ranges multiply, since they may nest); this one asks for ${values.toLocaleString('en')}. Neo4j cannot stop a long loop over a list inside one expression, not even at the time limit`,
        { rangeValues: values },
      );
    }
  }
  return undefined;
}

function nestingRefusal(message: string) {
  return new AppError(422, 'VALUE_TOO_DEEP', message, { maxDepth: MAX_VALUE_DEPTH });
}

/** `reduce(acc = init, x IN list | body)` at `at`: the accumulator's name, the list and the body. */
function reduceParts(tokens: Token[], at: number): { accumulator?: string; list: Token[]; body: Token[] } {
  const { args } = callArguments(tokens, at + 1);
  const rest = args[1] ?? [];
  // IN and | at the top level of `x IN list | body`, not inside the list's own brackets.
  let level = 0;
  let inAt = -1;
  let bar = -1;
  for (let j = 0; j < rest.length && bar < 0; j++) {
    const t = rest[j]!;
    if (isOpen(t)) level++;
    else if (isClose(t)) level--;
    else if (level === 0 && inAt < 0 && isWord(t, 'in')) inAt = j;
    else if (level === 0 && isPunct(t, '|')) bar = j;
  }
  return { accumulator: args[0]?.[0]?.text, list: bar < 0 ? [] : rest.slice(inAt + 1, bar), body: bar < 0 ? [] : rest.slice(bar + 1) };
}

/** Tokens that are one call `name(…)`, with `name` among `names`. */
function isCallOf(list: Token[], names: ReadonlySet<string>): boolean {
  const [name, open] = list;
  return !!name && name.kind === 'word' && names.has(name.text.toLowerCase()) && isPunct(open, '(') && callArguments(list, 1).end === list.length;
}

/** Lists whose length the query text bounds: their elements come from the text, a parameter, one stored property or one path. */
const BOUNDED_LIST_FUNCTIONS: ReadonlySet<string> = new Set(['range', 'nodes', 'relationships', 'labels', 'keys']);

function isBoundedList(list: Token[]): boolean {
  if (list.length === 1) return list[0]!.kind === 'param';
  if (isCallOf(list, BOUNDED_LIST_FUNCTIONS)) return true;
  if (list.every((t, i) => (i % 2 === 0 ? t.kind === 'word' || t.kind === 'quoted' : isPunct(t, '.')))) return list.length % 2 === 1;
  // A list literal, as long as no comprehension inside it draws from another list.
  return isPunct(list[0], '[') && isPunct(list.at(-1), ']') && !list.some((t) => isWord(t, 'in') || isPunct(t, '|'));
}

/**
 * A value nested a few thousand deep makes Neo4j's Bolt writer overflow its stack: the record is
 * never sent and the connection hangs (past the 504, holding a pool connection). Depth comes
 * from nesting written in the text, or from a reduce() that puts its accumulator inside a list,
 * map or subquery, one level more per element: both are refused. (Reading the accumulator in
 * brackets, `{n: m.n + 1}`, is refused too: telling reading from nesting needs types.)
 */
function checkNesting(tokens: Token[]): AppError | undefined {
  let depth = 0;
  for (const t of tokens) {
    if (t.kind !== 'punct') continue;
    if (t.text === '[' || t.text === '{') depth++;
    else if (t.text === ']' || t.text === '}') depth--;
    if (depth > MAX_VALUE_DEPTH) return nestingRefusal(`Lists and maps may nest at most ${MAX_VALUE_DEPTH} deep in a query`);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], 'reduce') || !isPunct(tokens[i + 1], '(') || isPunct(tokens[i - 1], '.')) continue;
    const { accumulator, body } = reduceParts(tokens, i);
    const open: string[] = [];
    for (let j = 0; j < body.length; j++) {
      const t = body[j]!;
      if (isOpen(t)) open.push(t.text);
      else if (isClose(t)) open.pop();
      const reference = (t.kind === 'word' || t.kind === 'quoted') && t.text === accumulator && !isPunct(body[j - 1], '.') && !(open.at(-1) === '{' && isPunct(body[j + 1], ':'));
      if (reference && open.some((o) => o !== '(')) {
        return nestingRefusal(
          `reduce() may not put its accumulator ${accumulator} inside a list, map or subquery: the value would nest one level deeper per element (at most ${MAX_VALUE_DEPTH} can be returned). Build a flat list instead, e.g. ${accumulator} + [x]`,
        );
      }
    }
  }
  return undefined;
}

/**
 * reduce() steps through its list inside one expression, which Neo4j cannot stop at the time
 * limit, and an accumulator that grows makes each step dearer: over a collect()ed list of 300,000
 * values, `s + 'x'` ran 10.7 s past a 1 s limit. So its list must be one the text bounds.
 */
function checkReduceLists(tokens: Token[]): AppError | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], 'reduce') || !isPunct(tokens[i + 1], '(') || isPunct(tokens[i - 1], '.')) continue;
    if (!isBoundedList(reduceParts(tokens, i).list)) {
      return costRefusal(
        'reduce() may only step through a list whose size the query bounds: a list literal, range(), a $parameter, a property, or nodes()/relationships()/labels()/keys() (Neo4j cannot stop a long reduce() at the time limit). For totals over rows, aggregate instead (sum(), count(), collect())',
        {},
      );
    }
  }
  return undefined;
}

/**
 * For each opening bracket, the index of its closing one (or the end), and the first top-level
 * comma of each reduce(…): one pass, so a query of many brackets costs no more than its length.
 */
function brackets(tokens: Token[]): { close: Map<number, number>; reduceCommas: Map<number, number> } {
  const close = new Map<number, number>();
  const reduceCommas = new Map<number, number>();
  const reducesWithComma = new Set<number>();
  const open: number[] = [];
  tokens.forEach((t, i) => {
    if (isOpen(t)) open.push(i);
    else if (isClose(t) && open.length) close.set(open.pop()!, i);
    else if (isPunct(t, ',') && open.length) {
      const at = open.at(-1)!;
      if (isPunct(tokens[at], '(') && isWord(tokens[at - 1], 'reduce') && !reducesWithComma.has(at)) {
        reduceCommas.set(i, at);
        reducesWithComma.add(at);
      }
    }
  });
  for (const i of open) close.set(i, tokens.length);
  return { close, reduceCommas };
}

/** The operand right of a membership `IN`: a bracketed list, a call, a dotted name or one token. */
function operandAt(tokens: Token[], at: number, close: Map<number, number>): Token[] {
  const t = tokens[at];
  if (!t) return [];
  if (isPunct(t, '[')) return tokens.slice(at, close.get(at)! + 1);
  if (t.kind === 'word' && isPunct(tokens[at + 1], '(')) return tokens.slice(at, close.get(at + 1)! + 1);
  let end = at + 1;
  while (isPunct(tokens[end], '.') && (tokens[end + 1]?.kind === 'word' || tokens[end + 1]?.kind === 'quoted')) end += 2;
  return tokens.slice(at, end);
}

interface Loop {
  at: number;
  bounded: boolean;
  /** Token indexes of the part evaluated once per element (empty for a membership test). */
  body: [number, number];
}

const QUANTIFIERS = new Set(['any', 'all', 'none', 'single']);

/**
 * Every place one expression steps through a list: comprehensions `[x IN l …]`, any/all/none/
 * single(x IN l …), reduce(…, x IN l | …), and membership tests `v IN l` (a scan of l).
 */
function loops(tokens: Token[]): Loop[] {
  const { close, reduceCommas } = brackets(tokens);
  const found: Loop[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!isWord(tokens[k], 'in')) continue;
    const v = tokens[k - 1];
    const named = v?.kind === 'word' || v?.kind === 'quoted';
    let open: number | undefined;
    if (named && isPunct(tokens[k - 2], '[')) open = k - 2;
    else if (named && isPunct(tokens[k - 2], '(') && QUANTIFIERS.has(tokens[k - 3]?.text.toLowerCase() ?? '') && !isPunct(tokens[k - 4], '.')) open = k - 2;
    else if (named) open = reduceCommas.get(k - 2);
    if (open === undefined) {
      found.push({ at: k, bounded: isBoundedList(operandAt(tokens, k + 1, close)), body: [k, k] });
      continue;
    }
    // The list runs to the first WHERE or | at its own level; the body from there to the bracket's close.
    const end = close.get(open)!;
    let level = 0;
    let marker = end;
    for (let j = k + 1; j < end; j++) {
      const t = tokens[j]!;
      if (isOpen(t)) level++;
      else if (isClose(t)) level--;
      else if (level === 0 && (isWord(t, 'where') || isPunct(t, '|'))) {
        marker = j;
        break;
      }
    }
    found.push({ at: k, bounded: isBoundedList(tokens.slice(k + 1, marker)), body: [marker, end] });
  }
  return found;
}

/**
 * One loop over a list inside another's body costs the product of their lengths, in one
 * expression Neo4j cannot stop: `[x IN l WHERE x IN l]` over a collect()ed list of a million is
 * 10^12 steps. Nesting is refused unless both lists are ones the text bounds.
 */
function checkNestedLoops(tokens: Token[]): AppError | undefined {
  const all = loops(tokens);
  for (const outer of all) {
    const inner = all.find((l) => l.at > outer.body[0] && l.at < outer.body[1] && !(outer.bounded && l.bounded));
    if (inner) {
      return costRefusal(
        'A loop over a list inside another loop (a comprehension, any()/all()/none()/single(), reduce() or an IN test) needs both lists bounded by the query text: a list literal, range(), a $parameter, a property, or nodes()/relationships()/labels()/keys() (Neo4j cannot stop such an expression at the time limit)',
        {},
      );
    }
  }
  return undefined;
}

/** The refusal for a query text, or undefined when the text may go to Neo4j's planner. */
export function checkQueryText(query: string, params: Record<string, unknown>): AppError | undefined {
  const tokens = tokenize(query);
  return checkPreParserOptions(tokens) ?? checkExecutionMode(tokens) ?? checkRanges(tokens, params) ?? checkNesting(tokens) ?? checkReduceLists(tokens) ?? checkNestedLoops(tokens);
}
