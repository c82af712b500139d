// The bearer token lives in sessionStorage: it survives a reload, not the closing of the tab.
const storageKey = 'chuyenhoa.graphiql.token';

export function loadToken(storage = sessionStorage) {
  return storage.getItem(storageKey) ?? '';
}

/** Keeps the token for the tab; an empty one removes it, so a cleared field stays cleared after a reload. */
export function saveToken(token, storage = sessionStorage) {
  if (token) {
    storage.setItem(storageKey, token);
  } else {
    storage.removeItem(storageKey);
  }
}

/**
 * People paste either the bare token or a whole header value, sometimes broken over lines by a terminal;
 * a bearer token has no whitespace, so all of it goes.
 */
export function normalizeToken(text) {
  return text.replace(/^\s*Bearer\s+/i, '').replace(/\s+/g, '');
}
