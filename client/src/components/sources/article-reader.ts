// An opened article: its text with the sentences its facts cite highlighted. Clicking a
// highlighted sentence lists the facts it states; clicking one of those asks for it in Explore.
// The text is untrusted: it only ever goes in as text nodes.
import type { Article } from '../../../../contract/api/articles.ts';
import type { ArticleFacts } from '../../../../contract/api/sources.ts';
import { displayType } from '../../graph/elements.ts';
import { typeColor } from '../../graph/label-style.ts';
import { safeHttpUrl } from '../../evidence/evidence.ts';
import { groupFacts, highlightSegments, type Fact } from '../../evidence/facts.ts';
import { plural } from '../../text.ts';
import { h } from '../dom.ts';
import { articleDateParts } from '../evidence-card.ts';

export interface ReaderOptions {
  /** The facts of the sentence just chosen (none: the choice was cleared). */
  onSentence(facts: Fact[]): void;
  onSelectFact(fact: Fact): void;
  onRetract(): void;
}

export interface ArticleReader {
  show(article: Article, facts: ArticleFacts): void;
  clear(): void;
}

export function createArticleReader(root: HTMLElement, opts: ReaderOptions): ArticleReader {
  const factLabel = (fact: Fact, names: Map<string, string>) => [
    h('span', { class: 'type-chip', style: `--type-color:${typeColor(fact.type)}`, title: fact.type }, displayType(fact.type)),
    ` ${names.get(fact.source) ?? fact.source} → ${names.get(fact.target) ?? fact.target}`,
  ];

  return {
    clear: () => root.replaceChildren(),
    show(article, data) {
      const facts = groupFacts(data.edges);
      const names = new Map(data.nodes.map((n) => [n.id, n.name]));
      const { segments, missing } = highlightSegments(
        article.text,
        data.edges.map((e) => String(e.properties.evidence ?? '')).filter(Boolean),
      );
      const chosen = h(
        'div',
        { class: 'sentence-facts', 'aria-live': 'polite', 'data-testid': 'sentence-facts' },
        h('p', { class: 'hint' }, 'Click a highlighted sentence to see the facts it states.'),
      );
      const marks: HTMLElement[] = [];

      const choose = (sentences: string[], mark: HTMLElement) => {
        for (const m of marks) m.classList.toggle('chosen', m === mark);
        const stated = facts.filter((f) => f.citations.some((c) => c.source === article.id && sentences.includes(c.evidence)));
        chosen.replaceChildren(
          h('h4', {}, `This sentence states ${plural(stated.length, 'fact')}`),
          h(
            'ul',
            { class: 'fact-list' },
            ...stated.map((f) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'node-link',
                    'data-testid': 'source-fact',
                    title: 'Select this fact in Explore',
                    onclick: () => opts.onSelectFact(f),
                  },
                  ...factLabel(f, names),
                ),
              ),
            ),
          ),
        );
        opts.onSentence(stated);
      };

      const text = h(
        'div',
        { class: 'article-text full source-text', lang: article.language, 'data-testid': 'source-text' },
        ...segments.map((seg) => {
          if (!seg.sentences.length) return seg.text;
          // Not a <button>: a button is laid out as one box, so a sentence running over several
          // lines would lose its highlight; the mark itself takes the role and the keys.
          const mark = h('mark', { role: 'button', tabindex: 0, class: 'sentence-mark', 'data-testid': 'source-highlight' }, seg.text);
          mark.addEventListener('click', () => choose(seg.sentences, mark));
          mark.addEventListener('keydown', (e) => {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            e.preventDefault();
            choose(seg.sentences, mark);
          });
          marks.push(mark);
          return mark;
        }),
      );
      const inference = h('p', { class: 'inference hint', hidden: true });
      const url = safeHttpUrl(article.url);
      root.replaceChildren(
        h('h3', { class: 'reader-title', 'data-testid': 'reader-title' }, article.title),
        h(
          'p',
          { class: 'source-meta' },
          article.outlet ?? 'outlet unknown',
          h('span', { class: 'article-date' }, ...articleDateParts(article, inference)),
          url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'article-url' }, 'original') : '',
        ),
        inference,
        h(
          'p',
          { class: 'hint', 'data-testid': 'reader-summary' },
          `${plural(facts.length, 'fact')} in ${plural(marks.length, 'highlighted passage')}; mentions ${plural(data.mentioned, 'node')}.`,
        ),
        missing.length ? h('p', { class: 'warning' }, `${plural(missing.length, 'cited sentence')} not found verbatim in the text.`) : '',
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            { type: 'button', class: 'danger-button', 'data-testid': 'source-retract', onclick: () => opts.onRetract() },
            'Retract this article…',
          ),
        ),
        chosen,
        text,
      );
    },
  };
}
