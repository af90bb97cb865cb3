// The article under review: every node mention highlighted in its label's colour and marked
// with its shape where it starts (as on the canvas), from the draft's spans; the active fact's
// evidence (or the active entity's mentions) highlighted and scrolled to. A fact is added from a
// selection in this text: the evidence is the selection itself, checked to be verbatim in the
// article. The article goes in as text nodes only; the shapes are the legend's static SVG.
import type { Draft } from '../../../../contract/ingest.ts';
import { REL_TYPES, type RelType } from '../../../../contract/model.ts';
import { labelStyle, shapeSvg } from '../../graph/label-style.ts';
import { addFact, evidenceFrom, type ItemRef } from '../../review/draft-edit.ts';
import { segment, type Mark } from '../../review/segments.ts';
import { h, svg } from '../dom.ts';

export interface ReviewText {
  render(draft: Draft, active: ItemRef | null): void;
}

export function createReviewText(root: HTMLElement, opts: { onActivate(item: ItemRef): void; apply(next: Draft): void }): ReviewText {
  const text = h('div', {
    class: 'article-text review-text',
    tabindex: 0,
    'aria-label': 'Article text, mentions highlighted by label',
    'data-testid': 'review-text',
  });
  const adder = h('div', { class: 'fact-adder', 'data-testid': 'fact-adder' });
  const addButton = h('button', { type: 'button', class: 'small-button', 'data-testid': 'add-fact' }, 'Add a fact from the selected text');
  root.append(h('h3', {}, 'Article'), text, h('div', { class: 'row' }, addButton), adder);
  let draft: Draft | null = null;

  const openAdder = () => {
    if (!draft) return;
    const current = draft;
    const selection = window.getSelection();
    const inside = selection && selection.rangeCount > 0 && text.contains(selection.getRangeAt(0).commonAncestorContainer);
    const found = !current.nodes.length
      ? ({ ok: false, error: 'The draft has no entities for the fact to join.' } as const)
      : inside
        ? evidenceFrom(current.articles[0]!.text, selection.toString())
        : ({ ok: false, error: 'Select the sentence in the article text first.' } as const);
    if (!found.ok) {
      adder.replaceChildren(h('p', { class: 'error-text', role: 'alert', 'data-testid': 'add-fact-error' }, found.error));
      return;
    }
    const nodeOptions = () => current.nodes.map((n) => h('option', { value: n.id }, `${n.name} (${n.label})`));
    const type = h(
      'select',
      { 'data-testid': 'new-fact-type', 'aria-label': 'Relationship type' },
      ...REL_TYPES.map((t) => h('option', { value: t }, t)),
    );
    const from = h('select', { 'data-testid': 'new-fact-from', 'aria-label': 'From' }, ...nodeOptions());
    const to = h('select', { 'data-testid': 'new-fact-to', 'aria-label': 'To' }, ...nodeOptions());
    const add = () => {
      adder.replaceChildren();
      opts.apply(
        addFact(current, { type: type.value as RelType, from: from.value, to: to.value, evidence: found.evidence, span: found.span }),
      );
    };
    adder.replaceChildren(
      h('blockquote', { class: 'evidence-sentence' }, found.evidence),
      h('div', { class: 'row' }, type, from, h('span', { class: 'direction' }, '→'), to),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'primary-button', 'data-testid': 'new-fact-add', onclick: add }, 'Add the fact'),
        h('button', { type: 'button', class: 'small-button', onclick: () => adder.replaceChildren() }, 'Cancel'),
      ),
    );
  };
  // Keep the selection: a click on the button must not collapse it before it is read.
  addButton.addEventListener('mousedown', (e) => e.preventDefault());
  addButton.addEventListener('click', openAdder);

  return {
    render(next, active) {
      draft = next;
      const article = next.articles[0]!;
      const marks: Mark[] = next.nodes.flatMap((n, i) => n.review.spans.map((s) => ({ ...s, key: `node:${i}` })));
      if (active?.kind === 'fact')
        marks.push(...(next.relationships[active.index]?.review.spans ?? []).map((s) => ({ ...s, key: 'focus' })));
      const activeKey = active?.kind === 'node' ? `node:${active.index}` : 'focus';
      // Where each mention starts: its label's shape is drawn there, as on the canvas.
      const starts = new Set(marks.filter((m) => m.key.startsWith('node:')).map((m) => `${m.key}@${m.start}`));
      text.lang = article.language;
      text.replaceChildren(
        ...segment(article.text, marks).map((run) => {
          const nodeKey = run.keys.find((k) => k.startsWith('node:'));
          const focused = run.keys.includes(activeKey);
          if (!nodeKey && !focused) return document.createTextNode(run.text);
          const index = nodeKey ? Number(nodeKey.slice(5)) : -1;
          const node = next.nodes[index];
          const attrs = node
            ? {
                class: `mention status-${node.review.status}${focused ? ' focused' : ''}`,
                style: `--label-color:${labelStyle(node.label).color}`,
                title: `${node.name} (${node.label})`,
                'data-node': node.id,
                onclick: () => opts.onActivate({ kind: 'node', index }),
              }
            : { class: 'focused' };
          const style = node && starts.has(`${nodeKey}@${run.start}`) ? labelStyle(node.label) : null;
          return h(
            'mark',
            { ...attrs, 'data-testid': focused ? 'focused-span' : 'mention' },
            style ? svg(shapeSvg(style.shape, style.color, style.border)) : null,
            run.text,
          );
        }),
      );
      text.querySelector('.focused')?.scrollIntoView({ block: 'nearest' });
    },
  };
}
