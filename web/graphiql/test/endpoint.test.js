import { describe, expect, it } from 'vitest';
import { endpointUrls, withReadableErrors } from '../src/endpoint.js';

describe('endpointUrls', () => {
  it('finds /graphql next to the page, over ws for subscriptions', () => {
    expect(endpointUrls(new URL('http://localhost:5080/graphql/ui/?tab=1#x'))).toEqual({
      http: 'http://localhost:5080/graphql',
      ws: 'ws://localhost:5080/graphql',
    });
  });

  it('keeps a path prefix and uses wss beside https', () => {
    expect(endpointUrls(new URL('https://bcd138.example.vn/chuyenhoa/graphql/ui/'))).toEqual({
      http: 'https://bcd138.example.vn/chuyenhoa/graphql',
      ws: 'wss://bcd138.example.vn/chuyenhoa/graphql',
    });
  });
});

describe('withReadableErrors', () => {
  const answering = (response) => withReadableErrors(async () => response);

  it('passes a JSON answer through as it came, errors and all', async () => {
    const original = Response.json({ errors: [{ message: 'Cần đăng nhập.' }] }, { status: 401, headers: { 'content-type': 'application/graphql-response+json' } });

    expect(await answering(original)('/graphql', {})).toBe(original);
  });

  it("turns a proxy's HTML page into a GraphQL error naming the status and the page's text", async () => {
    const page = new Response('<html><body>upstream timed out</body></html>\n', { status: 504, statusText: 'Gateway Timeout', headers: { 'content-type': 'text/html' } });

    const response = await answering(page)('/graphql', {});

    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Máy chủ trả lời HTTP 504 Gateway Timeout không kèm JSON: <html><body>upstream timed out</body></html>' }],
    });
  });

  it('says so when the answer is empty, and cuts a long page to its first 500 characters', async () => {
    const empty = await (await answering(new Response(null, { status: 404, statusText: 'Not Found' }))('/graphql', {})).json();
    const long = await (await answering(new Response('x'.repeat(2000), { status: 500, statusText: 'Internal Server Error' }))('/graphql', {})).json();

    expect(empty.errors[0].message).toBe('Máy chủ trả lời HTTP 404 Not Found không kèm JSON.');
    expect(long.errors[0].message).toBe(`Máy chủ trả lời HTTP 500 Internal Server Error không kèm JSON: ${'x'.repeat(500)}`);
  });

  it('sends the request on unchanged', async () => {
    const seen = [];
    const fetcher = withReadableErrors(async (input, init) => {
      seen.push([input, init]);
      return Response.json({ data: {} });
    });
    const init = { method: 'POST', headers: { Authorization: 'Bearer eyJ.a.b' } };

    await fetcher('http://localhost:5080/graphql', init);

    expect(seen).toEqual([['http://localhost:5080/graphql', init]]);
  });
});
