// graph.json read as a stream: its nodes and relationships come out one by one, each parsed with
// the contract's schemas, so memory holds a file chunk and the entries it completes, never the
// whole graph (at 5M relationships the file is ~1.5 GB: past V8's string limit for JSON.parse).
// Any valid JSON reads, however it is laid out or ordered; the generator's one-entry-per-line
// layout is read faster (a line JSON.parse'd whole), never relied on. Problems name the file and
// the entry the way readSeed always has (`graph.json: nodes[3].label: …`).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Tokenizer, TokenizerError, TokenParser, TokenParserError, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import type { z } from 'zod';
import { graphSchema, nodeSchema, relationshipSchema, type SeedNode, type SeedRelationship } from '../contract/dataset.ts';

export type GraphEntry =
  | { kind: 'node'; index: number; node: SeedNode }
  | { kind: 'relationship'; index: number; relationship: SeedRelationship }
  /** The nodes array has closed: every node id is known from here on. */
  | { kind: 'nodes-done' }
  | { kind: 'problem'; problem: string };

export interface GraphStreamOptions {
  /** Bytes read at a time (tests make it tiny so entries straddle chunks). */
  chunkBytes?: number;
  /** Try the one-entry-per-line fast path first (default true; tests turn it off to exercise the tokenizer). */
  lines?: boolean;
}

/** `nodes[3].label: Invalid option…`: a zod path written the way the JSON reads. */
export function zodProblems(file: string, error: z.ZodError, prefix: (string | number)[] = []): string[] {
  return error.issues.map((issue) => {
    const where = [...prefix, ...issue.path]
      .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i ? '.' : ''}${String(seg)}`))
      .join('');
    return `${file}: ${where || '(top level)'}: ${issue.message}`;
  });
}

type Part = 'nodes' | 'relationships';
const isPart = (key: unknown): key is Part => key === 'nodes' || key === 'relationships';

/**
 * Watches the tokens at the top two levels, which the token parser (emitting only entries, and
 * dropping them once emitted) does not keep: the root's kind, each top-level key and the shape
 * of its value. That skeleton (arrays empty) goes through graphSchema at the end, so a missing
 * `nodes`, an unknown key or a top-level array get graphSchema's own messages.
 */
class Skeleton {
  depth = 0;
  root: 'object' | 'array' | 'scalar' | undefined;
  rootScalar: unknown;
  readonly keys: Record<string, unknown> = {};
  private key: string | undefined;
  private awaitingKey = false;

  /** Returns the top-level key whose array just closed, if this token closed one. */
  see({ token, value }: ParsedTokenInfo): string | undefined {
    const opens = token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET;
    const closes = token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET;
    if (this.depth === 0 && this.root === undefined) {
      this.root = token === TokenType.LEFT_BRACE ? 'object' : token === TokenType.LEFT_BRACKET ? 'array' : 'scalar';
      if (this.root === 'scalar') this.rootScalar = value;
      this.awaitingKey = this.root === 'object';
    } else if (this.depth === 1 && this.root === 'object') {
      if (this.awaitingKey && token === TokenType.STRING) {
        this.key = String(value);
        this.awaitingKey = false;
      } else if (token === TokenType.COMMA) this.awaitingKey = true;
      else if (token !== TokenType.COLON && !closes && this.key !== undefined)
        this.keys[this.key] = token === TokenType.LEFT_BRACKET ? [] : token === TokenType.LEFT_BRACE ? {} : value;
    }
    if (opens) this.depth++;
    if (closes) {
      this.depth--;
      if (this.depth === 1 && token === TokenType.RIGHT_BRACKET && this.root === 'object') return this.key;
    }
    return undefined;
  }

  /** What graphSchema makes of the file's shape, entries aside. */
  problems(file: string): string[] {
    if (this.root === undefined || this.depth !== 0) return [`${file}: not valid JSON: unexpected end of input`];
    const shape = this.root === 'object' ? this.keys : this.root === 'array' ? [] : this.rootScalar;
    const parsed = graphSchema.safeParse(shape);
    return parsed.success ? [] : zodProblems(file, parsed.error);
  }
}

/** An entry parsed with its part's schema: the entry, or its problems. */
function parsedEntry(file: string, part: Part, index: number, value: unknown): GraphEntry[] {
  if (part === 'nodes') {
    const parsed = nodeSchema.safeParse(value);
    if (parsed.success) return [{ kind: 'node', index, node: parsed.data }];
    return zodProblems(file, parsed.error, ['nodes', index]).map((problem) => ({ kind: 'problem', problem }));
  }
  const parsed = relationshipSchema.safeParse(value);
  if (parsed.success) return [{ kind: 'relationship', index, relationship: parsed.data }];
  return zodProblems(file, parsed.error, ['relationships', index]).map((problem) => ({ kind: 'problem', problem }));
}

/** The file is not in the generator's line layout: the tokenizer takes over. */
export class NotLineLayout extends Error {}

/** The generator's layout (bench/generate.ts): the two arrays' brackets on lines of their own, one entry a line. */
const LAYOUT_LINES = [/^\{\s*"nodes"\s*:\s*\[$/, /^\]\s*,\s*"relationships"\s*:\s*\[$/, /^\]\s*\}$/];

/**
 * The fast path: a line is an entry, JSON.parse'd whole (the token parser runs at ~40 MB/s, too
 * slow for a 1.5 GB graph). Any line that does not fit the layout throws NotLineLayout.
 */
export async function* readLineEntries(file: string): AsyncGenerator<GraphEntry> {
  const lines = createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let stage = 0; // 0: before the nodes, 1: in the nodes, 2: in the relationships, 3: after the end
  let index = 0;
  /** The last entry ended with a comma: another entry must follow, not the array's end. */
  let comma = false;
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (stage === 3) throw new NotLineLayout();
    if (LAYOUT_LINES[stage === 0 ? 0 : stage === 1 ? 1 : 2]!.test(line)) {
      if (comma) throw new NotLineLayout();
      if (stage === 1) yield { kind: 'nodes-done' };
      stage++;
      index = 0;
      continue;
    }
    // An entry: the first of its array, or after a comma.
    if (stage === 0 || (index > 0 && !comma)) throw new NotLineLayout();
    comma = line.endsWith(',');
    let value: unknown;
    try {
      value = JSON.parse(comma ? line.slice(0, -1) : line);
    } catch {
      throw new NotLineLayout();
    }
    yield* parsedEntry(file, stage === 1 ? 'nodes' : 'relationships', index++, value);
  }
  if (stage !== 3) throw new NotLineLayout();
}

/**
 * Yields graph.json's entries in file order, each parsed with nodeSchema or relationshipSchema
 * (an entry that fails is a `problem`, with the index it has in its array); `nodes-done` once the
 * nodes array closes. A syntax error ends the stream with a problem. The generator's line layout
 * is read line by line; a file that turns out not to be in it, at any line, is read again by the
 * tokenizer, which passes over as many entries as the fast path had already yielded (both read
 * the same file the same way, so the consumer sees one sequence either way).
 */
export async function* readGraphEntries(file: string, opts: GraphStreamOptions = {}): AsyncGenerator<GraphEntry> {
  let yielded = 0;
  if (opts.lines ?? true) {
    try {
      for await (const entry of readLineEntries(file)) {
        yield entry;
        yielded++;
      }
      return;
    } catch {
      // Out of the layout, or unreadable: the tokenizer reads it again and reports what is wrong.
    }
  }
  for await (const entry of readTokenEntries(file, opts)) {
    if (yielded > 0) yielded--;
    else yield entry;
  }
}

/** Any valid JSON, token by token. */
async function* readTokenEntries(file: string, opts: GraphStreamOptions): AsyncGenerator<GraphEntry> {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: ['$.*.*'], keepStack: false });
  const skeleton = new Skeleton();
  const ready: GraphEntry[] = [];
  tokenizer.onToken = (info) => {
    if (skeleton.see(info) === 'nodes') ready.push({ kind: 'nodes-done' });
    parser.write(info);
  };
  parser.onValue = ({ value, key, parent, stack }) => {
    const part = stack[1]?.key;
    // Entries of the two arrays only; anything else is the skeleton's to report.
    if (skeleton.root !== 'object' || !isPart(part) || !Array.isArray(parent) || typeof key !== 'number') return;
    ready.push(...parsedEntry(file, part, key, value));
  };

  try {
    for await (const chunk of createReadStream(file, { highWaterMark: opts.chunkBytes ?? 1 << 16 })) {
      tokenizer.write(chunk as Buffer);
      yield* ready.splice(0);
    }
    if (!tokenizer.isEnded) tokenizer.end();
  } catch (err) {
    yield* ready.splice(0);
    const message = err instanceof Error ? err.message : String(err);
    const syntax = err instanceof TokenizerError || err instanceof TokenParserError;
    yield { kind: 'problem', problem: syntax ? `${file}: not valid JSON: ${message}` : `${file}: ${message}` };
    return;
  }
  yield* ready.splice(0);
  for (const problem of skeleton.problems(file)) yield { kind: 'problem', problem };
}
