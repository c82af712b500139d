import { createGraphiQLFetcher } from '@graphiql/toolkit';

/** The endpoint next to this page: /graphql/ui/ → /graphql, and ws(s):// of the same origin for subscriptions. */
export function endpointUrls(location) {
  const http = new URL('../../graphql', location.href);
  const ws = new URL(http);
  ws.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
  return { http: http.href, ws: ws.href };
}

// GraphiQL renders only JSON; a proxy error page or an empty 404 would otherwise show up as a parse error.
async function fetchWithReadableErrors(input, init) {
  const response = await fetch(input, init);
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    return response;
  }

  const body = (await response.text()).trim().slice(0, 500);
  const message = `Máy chủ trả lời HTTP ${response.status} ${response.statusText} không kèm JSON${body ? `: ${body}` : '.'}`;
  return Response.json({ errors: [{ message }] }, { status: response.status });
}

/** A fetcher that sends the token on every HTTP request and in the connection_init of subscriptions. */
export function createAuthorizedFetcher(token, location) {
  const urls = endpointUrls(location);
  const authorization = token ? { Authorization: `Bearer ${token}` } : {};
  return createGraphiQLFetcher({
    url: urls.http,
    subscriptionUrl: urls.ws,
    headers: authorization,
    wsConnectionParams: authorization,
    fetch: fetchWithReadableErrors,
    // The server answers plain JSON; no @defer/@stream, so no multipart responses to read.
    enableIncrementalDelivery: false,
  });
}
