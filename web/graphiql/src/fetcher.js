import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { parse } from 'graphql';
import { endpointUrls, withReadableErrors } from './endpoint.js';

/**
 * A fetcher that sends the token on every HTTP request and in the connection_init of subscriptions. The toolkit
 * chooses WebSocket or HTTP from GraphiQL's own parse of the editor, which lags behind text typed just before
 * running it (a subscription was then posted as a query), so the choice is made on the document being sent.
 */
export function createAuthorizedFetcher(token, location) {
  const urls = endpointUrls(location);
  const authorization = token ? { Authorization: `Bearer ${token}` } : {};
  const fetcher = createGraphiQLFetcher({
    url: urls.http,
    subscriptionUrl: urls.ws,
    headers: authorization,
    wsConnectionParams: authorization,
    fetch: withReadableErrors(fetch),
    // The server answers plain JSON; no @defer/@stream, so no multipart responses to read.
    enableIncrementalDelivery: false,
  });
  return (graphQLParams, fetcherOpts) => fetcher(graphQLParams, { ...fetcherOpts, documentAST: documentOf(graphQLParams.query, fetcherOpts) });
}

/** The parsed request; a document that does not parse goes as GraphiQL saw it, and the server names the error. */
function documentOf(query, fetcherOpts) {
  try {
    return parse(query);
  } catch {
    return fetcherOpts?.documentAST;
  }
}
