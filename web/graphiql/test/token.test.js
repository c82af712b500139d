import { describe, expect, it } from 'vitest';
import { loadToken, normalizeToken, saveToken } from '../src/token.js';

function memoryStorage() {
  const items = new Map();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => items.set(key, value), removeItem: (key) => items.delete(key), items };
}

describe('normalizeToken', () => {
  it('takes the token out of a pasted header value, whatever the case of Bearer', () => {
    expect(normalizeToken('Bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0')).toBe('eyJhbGciOi.eyJzdWIi.c2lnbmF0');
    expect(normalizeToken('  bearer   eyJhbGciOi.eyJzdWIi.c2lnbmF0')).toBe('eyJhbGciOi.eyJzdWIi.c2lnbmF0');
  });

  it('joins a token a terminal broke over lines', () => {
    expect(normalizeToken('eyJhbGciOi.eyJz\n  dWIi.c2ln\r\nbmF0 ')).toBe('eyJhbGciOi.eyJzdWIi.c2lnbmF0');
  });

  it('keeps a token that merely contains the word Bearer later on', () => {
    expect(normalizeToken('abcBearer.def')).toBe('abcBearer.def');
  });
});

describe('loadToken and saveToken', () => {
  it('give back the saved token, and an empty one before any', () => {
    const storage = memoryStorage();
    expect(loadToken(storage)).toBe('');

    saveToken('eyJ.a.b', storage);

    expect(loadToken(storage)).toBe('eyJ.a.b');
  });

  it('forget the token when the field is cleared', () => {
    const storage = memoryStorage();
    saveToken('eyJ.a.b', storage);

    saveToken('', storage);

    expect(loadToken(storage)).toBe('');
    expect(storage.items.size).toBe(0);
  });
});
