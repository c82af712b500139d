/**
 * The signed-in person's access token, kept with its expiry in the tab's storage (sessionStorage: it survives a reload,
 * not the closing of the tab). An expired token reads as none, so the page signs in again instead of sending it.
 */
export function createSession(storage, key, now = () => Date.now()) {
  return {
    get token() {
      const saved = JSON.parse(storage.getItem(key) ?? 'null');
      return saved && Date.parse(saved.expiresAt) > now() ? saved.accessToken : null;
    },
    save(accessToken, expiresAt) {
      storage.setItem(key, JSON.stringify({ accessToken, expiresAt }));
    },
    clear() {
      storage.removeItem(key);
    },
  };
}
