// Where the IDE sends its requests, and how it shows an answer that is not GraphQL.

/** The endpoint next to this page: /graphql/ui/ → /graphql, and ws(s):// of the same origin for subscriptions. */
export function endpointUrls(location) {
  const http = new URL('../../graphql', location.href);
  const ws = new URL(http);
  ws.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
  return { http: http.href, ws: ws.href };
}

/**
 * Wraps a fetch so that an answer without JSON (a proxy's error page, an empty 404) reaches GraphiQL as a GraphQL error
 * naming the status and the start of the body: GraphiQL renders only JSON and would otherwise show a parse error.
 */
export function withReadableErrors(fetchImpl) {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if ((response.headers.get('content-type') ?? '').includes('json')) {
      return response;
    }

    const body = (await response.text()).trim().slice(0, 500);
    const message = `Máy chủ trả lời HTTP ${response.status} ${response.statusText} không kèm JSON${body ? `: ${body}` : '.'}`;
    return Response.json({ errors: [{ message }] }, { status: response.status });
  };
}
