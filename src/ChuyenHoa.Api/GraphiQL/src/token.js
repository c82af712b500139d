// The bearer token lives in sessionStorage: it survives a reload of the tab, not the end of the browser session.
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

/** People paste either the bare token or a whole header value; both mean the same token. */
export function normalizeToken(text) {
  return text.trim().replace(/^Bearer\s+/i, '');
}
