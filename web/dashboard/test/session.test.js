import { describe, expect, it } from 'vitest';
import { createSession } from '../src/session.js';

function memoryStorage() {
  const items = new Map();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
    items,
  };
}

const now = Date.parse('2023-11-17T07:00:00Z');

describe('session', () => {
  it('holds a saved token until it expires', () => {
    const storage = memoryStorage();
    let clock = now;
    const session = createSession(storage, 'token', () => clock);

    session.save('eyJ.a.b', '2023-11-17T08:00:00Z');
    expect(session.token).toBe('eyJ.a.b');

    clock = Date.parse('2023-11-17T08:00:00Z');
    expect(session.token).toBeNull();
  });

  it('has no token before signing in, and none after clearing', () => {
    const storage = memoryStorage();
    const session = createSession(storage, 'token', () => now);
    expect(session.token).toBeNull();

    session.save('eyJ.a.b', '2023-11-17T08:00:00Z');
    session.clear();

    expect(session.token).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('keeps the token under its own key, so another page of the origin neither reads nor clears it', () => {
    const storage = memoryStorage();
    const dashboard = createSession(storage, 'chuyenhoa.dashboard.token', () => now);
    const other = createSession(storage, 'other.token', () => now);

    dashboard.save('eyJ.a.b', '2023-11-17T08:00:00Z');
    other.clear();

    expect(other.token).toBeNull();
    expect(dashboard.token).toBe('eyJ.a.b');
  });
});
