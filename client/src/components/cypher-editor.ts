// CodeMirror 6 with Cypher highlighting. Only the (lazily loaded) console imports this, so the
// editor never weighs on the first page load. Tab is left to move focus (no focus trap);
// Ctrl/Cmd+Enter runs the query. Completion offers the database's labels, relationship types and
// property keys where analysis/cypher-completion.ts says they fit, and keywords elsewhere.
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection, placeholder } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { autocompletion, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { completionAt, completionOptions, type CompletionSchema } from '../analysis/cypher-completion.ts';

export interface CypherEditor {
  getValue(): string;
  setValue(text: string): void;
  focus(): void;
  /** Puts the cursor at an offset (e.g. a syntax error) and scrolls to it. */
  setCursor(offset: number): void;
}

export interface CypherEditorOptions {
  doc: string;
  onRun(): void;
  label: string;
  /** The names to complete; asked for on the first completion (null: keywords only). */
  schema(): Promise<CompletionSchema | null>;
}

function completionSource(schema: CypherEditorOptions['schema']) {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const at = completionAt(context.state.sliceDoc(0, context.pos));
    // Keywords only while a word is typed (or on Ctrl+Space), not on every space.
    if (!at || (at.kind === 'keyword' && !at.prefix && !context.explicit)) return null;
    const options = completionOptions(at, at.kind === 'keyword' ? null : await schema());
    return options.length ? { from: at.from, options, validFor: /^[\p{L}\p{N}_]*$/u } : null;
  };
}

export function createCypherEditor(parent: HTMLElement, opts: CypherEditorOptions): CypherEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: opts.doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        placeholder('MATCH (n) RETURN n LIMIT 25'),
        autocompletion({ override: [completionSource(opts.schema)], icons: false }),
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                opts.onRun();
                return true;
              },
            },
          ]),
        ),
        keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': opts.label, 'data-testid': 'cypher-input' }),
      ],
    }),
  });
  return {
    getValue: () => view.state.doc.toString(),
    setValue: (text) =>
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: text.length } }),
    focus: () => view.focus(),
    setCursor: (offset) => {
      const pos = Math.max(0, Math.min(view.state.doc.length, offset));
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
  };
}
