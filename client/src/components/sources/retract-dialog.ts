// Retracting an article, confirmed first: the dialog lists what goes (the facts it states, the
// nodes left without a mention), asks for the editor token when none is stored or the server
// refused it (401), then says what was removed.
import type { ArticleMetadata } from '../../../../contract/api/articles.ts';
import type { NodeSummary } from '../../../../contract/api/graph.ts';
import type { RetractResponse } from '../../../../contract/ingest.ts';
import { ApiError } from '../../api.ts';
import type { Fact } from '../../evidence/facts.ts';
import { displayType } from '../../graph/elements.ts';
import { plural } from '../../text.ts';
import { h, uid } from '../dom.ts';
import { browserStorage } from '../../state/browser-storage.ts';
import { loadToken, saveToken } from '../../state/editor-token.ts';

export interface RetractPlan {
  article: ArticleMetadata;
  facts: Fact[];
  /** Node id → name, for the facts' ends. */
  names: Map<string, string>;
  orphans: NodeSummary[];
  mentioned: number;
}

/** Opens the modal dialog; `retract` sends the request, `done` hears of a retraction that succeeded. */
export function openRetractDialog(
  plan: RetractPlan,
  retract: (token: string) => Promise<RetractResponse>,
  done: (result: RetractResponse) => void,
): HTMLDialogElement {
  const titleId = uid('retract-title');
  const dialog = h('dialog', { class: 'retract-dialog', 'aria-labelledby': titleId, 'data-testid': 'retract-dialog' });
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  dialog.addEventListener('close', () => dialog.remove());

  const tokenId = uid('editor-token');
  const tokenInput = h('input', {
    id: tokenId,
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    class: 'text-input',
    'data-testid': 'editor-token-input',
  });
  const tokenField = h(
    'div',
    { class: 'field', hidden: loadToken(browserStorage()) !== '' },
    h('label', { class: 'field-label', for: tokenId }, 'Editor token'),
    tokenInput,
  );
  const status = h('p', { class: 'error-text', role: 'alert', 'data-testid': 'retract-error', hidden: true });
  const confirm = h('button', { type: 'button', class: 'danger-button', 'data-testid': 'retract-confirm' }, 'Retract');
  const cancel = h('button', { type: 'button', class: 'small-button', onclick: close }, 'Cancel');
  const { article, facts, names, orphans } = plan;
  const name = (id: string) => names.get(id) ?? id;

  confirm.addEventListener('click', () => {
    const token = tokenField.hidden ? loadToken(browserStorage()) : tokenInput.value.trim();
    if (!token) {
      tokenField.hidden = false;
      status.hidden = false;
      status.textContent = 'Retracting needs the editor token: enter it above.';
      tokenInput.focus();
      return;
    }
    confirm.disabled = true;
    status.hidden = true;
    retract(token).then(
      (result) => {
        if (!tokenField.hidden) saveToken(browserStorage(), token);
        const { relationships, nodes, mentions } = result.removed;
        dialog.replaceChildren(
          h('h2', { id: titleId }, 'Article retracted'),
          h(
            'p',
            { 'data-testid': 'retract-result' },
            `“${article.title}” is gone: removed ${plural(relationships, 'relationship')}, ${plural(nodes, 'node')} and ${plural(mentions, 'mention')}.`,
          ),
          h(
            'div',
            { class: 'row' },
            h('button', { type: 'button', class: 'primary-button', 'data-testid': 'retract-close', onclick: close }, 'Close'),
          ),
        );
        done(result);
      },
      (err: unknown) => {
        confirm.disabled = false;
        status.hidden = false;
        if (err instanceof ApiError && err.status === 401) {
          status.textContent = 'The server refused the editor token: it is missing or wrong. Enter the editor token and retry.';
          tokenField.hidden = false;
          tokenInput.value = '';
          tokenInput.focus();
        } else status.textContent = `The article was not retracted: ${err instanceof Error ? err.message : String(err)}`;
      },
    );
  });

  dialog.append(
    h('h2', { id: titleId }, 'Retract this article?'),
    h('p', {}, `“${article.title}” and everything it alone states leave the graph:`),
    h('h3', {}, `${plural(facts.length, 'fact')} it states`),
    facts.length
      ? h(
          'ul',
          { class: 'retract-list', 'data-testid': 'retract-facts' },
          ...facts.map((f) => h('li', {}, `${name(f.source)} `, h('strong', {}, displayType(f.type)), ` ${name(f.target)}`)),
        )
      : h('p', { class: 'hint' }, 'It states no facts.'),
    h('h3', {}, `${plural(orphans.length, 'node')} left without a mention`),
    orphans.length
      ? h('ul', { class: 'retract-list', 'data-testid': 'retract-orphans' }, ...orphans.map((n) => h('li', {}, `${n.name} (${n.label})`)))
      : h('p', { class: 'hint' }, 'None: every node it mentions is mentioned elsewhere too.'),
    h(
      'p',
      { class: 'hint' },
      `Its mentions leave the ${plural(plan.mentioned, 'node')} it names; facts other articles also state keep their citations.`,
    ),
    tokenField,
    status,
    h('div', { class: 'row' }, confirm, cancel),
  );
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
