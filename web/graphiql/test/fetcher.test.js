import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'graphql';
import { createAuthorizedFetcher } from '../src/fetcher.js';

const location = new URL('http://localhost:5080/graphql/ui/');
const subscription = 'subscription { removalProposalChanged(provinceCode: "14") { status } }';
const query = '{ me { displayName } }';

describe('createAuthorizedFetcher', () => {
  afterEach(() => vi.unstubAllGlobals());

  const stubFetch = () => {
    const fetch = vi.fn(async () => Response.json({ data: { me: { displayName: 'x' } } }));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('sends a subscription over the WebSocket even when GraphiQL still holds the parse of the previous query', async () => {
    const fetch = stubFetch();
    const opened = [];
    // Node has no WebSocket; this one records where the page connects and never opens.
    vi.stubGlobal('WebSocket', class {
      static CONNECTING = 0; static OPEN = 1; static CLOSING = 2; static CLOSED = 3;
      constructor(url) { opened.push(url); }
      close() {}
    });

    const result = await createAuthorizedFetcher('t', location)({ query: subscription }, { documentAST: parse(query) });
    const events = result[Symbol.asyncIterator]();
    events.next();

    await vi.waitFor(() => expect(opened).toEqual(['ws://localhost:5080/graphql']));
    expect(fetch).not.toHaveBeenCalled();
    await events.return();
  });

  it('posts a query with the token even when GraphiQL still holds the parse of a subscription', async () => {
    const fetch = stubFetch();

    await createAuthorizedFetcher('t', location)({ query }, { documentAST: parse(subscription) });

    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://localhost:5080/graphql');
    expect(init.headers.Authorization).toBe('Bearer t');
  });
});
