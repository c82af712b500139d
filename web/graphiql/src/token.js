// The bearer token lives in sessionStorage: it survives a reload, not the closing of the tab.
const storageKey = 'chuyenhoa.graphiql.token';

export function loadToken() {
  return sessionStorage.getItem(storageKey) ?? '';
}

export function saveToken(token) {
  if (token) {
    sessionStorage.setItem(storageKey, token);
  } else {
    sessionStorage.removeItem(storageKey);
  }
}

/**
 * People paste either the bare token or a whole header value, sometimes broken over lines by a terminal;
 * a bearer token has no whitespace, so all of it goes.
 */
export function normalizeToken(text) {
  return text.replace(/^\s*Bearer\s+/i, '').replace(/\s+/g, '');
}
