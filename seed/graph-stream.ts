// graph.json read as a stream: its nodes and relationships come out one by one, each parsed with
// the contract's schemas, so memory holds a file chunk and the entries it completes, never the
// whole graph (at 5M relationships the file is ~1.5 GB: past V8's string limit for JSON.parse).
// Any valid JSON reads, however it is laid out or ordered; the generator's one-entry-per-line
// layout is not relied on. Problems name the file and the entry the way readSeed always has
// (`graph.json: nodes[3].label: …`).
import { createReadStream } from 'node:fs';
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

/**
 * Yields graph.json's entries in file order, each parsed with nodeSchema or relationshipSchema
 * (an entry that fails is a `problem`, with the index it has in its array); `nodes-done` once the
 * nodes array closes. A syntax error ends the stream with a problem.
 */
export async function* readGraphEntries(file: string, opts: GraphStreamOptions = {}): AsyncGenerator<GraphEntry> {
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
    if (part === 'nodes') {
      const parsed = nodeSchema.safeParse(value);
      if (parsed.success) ready.push({ kind: 'node', index: key, node: parsed.data });
      else for (const problem of zodProblems(file, parsed.error, ['nodes', key])) ready.push({ kind: 'problem', problem });
    } else {
      const parsed = relationshipSchema.safeParse(value);
      if (parsed.success) ready.push({ kind: 'relationship', index: key, relationship: parsed.data });
      else for (const problem of zodProblems(file, parsed.error, ['relationships', key])) ready.push({ kind: 'problem', problem });
    }
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
