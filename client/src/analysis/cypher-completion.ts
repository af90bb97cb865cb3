// What the Cypher editor completes at the cursor, read from the text before it: a label after ':'
// in a node pattern or a WHERE (n:…), a relationship type after ':' inside '[', a property key
// after 'n.' or as a key in a '{…}' map, and keywords elsewhere. Nothing inside a string or a
// comment. A small scan, not a parser: it only needs the innermost open bracket and what precedes
// the word being typed.

export type CompletionKind = 'label' | 'type' | 'property' | 'keyword';

export interface CompletionAt {
  kind: CompletionKind;
  /** Where the word being typed starts (the completion replaces from here to the cursor). */
  from: number;
  prefix: string;
}

export interface CompletionSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export const CYPHER_KEYWORDS = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'UNWIND',
  'ORDER BY',
  'LIMIT',
  'SKIP',
  'DISTINCT',
  'AS',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'IN',
  'IS NULL',
  'IS NOT NULL',
  'STARTS WITH',
  'ENDS WITH',
  'CONTAINS',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'CALL',
  'YIELD',
  'UNION',
  'EXISTS',
  'ASC',
  'DESC',
  'count',
  'collect',
  'size',
  'labels',
  'type',
  'keys',
  'nodes',
  'relationships',
  'coalesce',
  'toLower',
  'toUpper',
  'shortestPath',
  'allShortestPaths',
] as const;

const WORD_END = /[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * The brackets still open at the end of `text` (innermost last), or null when the end is inside a
 * string, a quoted name or a comment.
 */
function openBrackets(text: string): string[] | null {
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      if (end < 0) return null;
      i = end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return null;
      i = end + 1;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++) if (text[j] === '\\' && c !== '`') j++;
      if (j >= text.length) return null;
      i = j;
    } else if (c === '(' || c === '[' || c === '{') open.push(c);
    else if (c === ')' || c === ']' || c === '}') open.pop();
  }
  return open;
}

/** What to complete at the end of `before` (the text up to the cursor); null: nothing here. */
export function completionAt(before: string): CompletionAt | null {
  const brackets = openBrackets(before);
  if (!brackets) return null;
  const prefix = WORD_END.exec(before)?.[0] ?? '';
  const from = before.length - prefix.length;
  // A word right after a digit is part of a number (1e5), or a parameter after '$': leave both.
  const head = before.slice(0, from);
  if (/[\p{N}$]$/u.test(head)) return null;
  const trimmed = head.replace(/\s+$/, '');
  const innermost = brackets.at(-1);
  if (/[\p{L}\p{N}_`)\]]\.$/u.test(head)) return /(^|[^\p{L}\p{N}_])\p{N}+\.$/u.test(head) ? null : { kind: 'property', from, prefix };
  // ':' (or '|' / '&' further on in a label expression, `:A|B`) starts a label, or inside '[' a type;
  // inside a map '{' it separates a key from its value.
  const colon = /:\s*$/.test(head) || /:\s*[\p{L}\p{N}_]+(?:\s*[|&]\s*[\p{L}\p{N}_]+)*\s*[|&]\s*$/u.test(head);
  if (colon && innermost !== '{') return { kind: innermost === '[' ? 'type' : 'label', from, prefix };
  if (innermost === '{' && /[{,]$/.test(trimmed)) return { kind: 'property', from, prefix };
  if (innermost === '{') return null;
  return prefix ? { kind: 'keyword', from, prefix } : null;
}

export interface CompletionOption {
  label: string;
  type: 'class' | 'type' | 'property' | 'keyword';
}

/** The options for a place (CodeMirror filters them by what is typed). */
export function completionOptions(at: CompletionAt, schema: CompletionSchema | null): CompletionOption[] {
  switch (at.kind) {
    case 'label':
      return (schema?.labels ?? []).map((label) => ({ label, type: 'class' }));
    case 'type':
      return (schema?.relationshipTypes ?? []).map((label) => ({ label, type: 'type' }));
    case 'property':
      return (schema?.propertyKeys ?? []).map((label) => ({ label, type: 'property' }));
    case 'keyword':
      return CYPHER_KEYWORDS.map((label) => ({ label, type: 'keyword' }));
  }
}
