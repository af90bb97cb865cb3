// The editor token field: filled from local storage (where the start-up link's ?token= was put),
// or typed in. The server checks it on every write; this only keeps it.
import type { KeyValueStore } from '../../state/query-history.ts';
import { loadToken, saveToken } from '../../state/editor-token.ts';
import { h, uid } from '../dom.ts';

export interface TokenField {
  value(): string;
  /** Brings the field into view and focus, e.g. after the server refused the token. */
  focus(): void;
}

export function createTokenField(root: HTMLElement, store: KeyValueStore | undefined): TokenField {
  const id = uid('editor-token');
  const input = h('input', {
    id,
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    class: 'token-input',
    'data-testid': 'editor-token',
    value: loadToken(store),
  });
  const status = h('span', { class: 'hint', 'aria-live': 'polite', 'data-testid': 'editor-token-status' });
  const describe = () => (status.textContent = input.value.trim() ? 'Kept in this browser.' : 'None yet: extraction and commits need it.');
  input.addEventListener('change', () => {
    saveToken(store, input.value);
    describe();
  });
  describe();
  root.append(
    h(
      'div',
      { class: 'field token-field' },
      h('label', { class: 'field-label', for: id }, 'Editor token'),
      input,
      status,
      h('p', { class: 'hint' }, 'Printed by the server at start-up, in the link ending ?token=…; opening that link fills it in.'),
    ),
  );
  return {
    value: () => input.value.trim(),
    focus() {
      input.scrollIntoView({ block: 'center' });
      input.focus();
    },
  };
}
