// The editor token writes need, kept in local storage under the key the Add-article tab uses
// too, so an editor types it once. Storage can be unavailable (private modes): then the token
// lives only as long as the field that asked for it.
export const EDITOR_TOKEN_KEY = 'vj-editor-token';

export function readEditorToken(): string | null {
  try {
    return localStorage.getItem(EDITOR_TOKEN_KEY)?.trim() || null;
  } catch {
    return null;
  }
}

export function storeEditorToken(token: string): void {
  try {
    localStorage.setItem(EDITOR_TOKEN_KEY, token.trim());
  } catch {
    // Not stored: the dialog asks again next time.
  }
}
