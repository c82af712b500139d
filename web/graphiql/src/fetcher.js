import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { endpointUrls, withReadableErrors } from './endpoint.js';

/** A fetcher that sends the token on every HTTP request and in the connection_init of subscriptions. */
export function createAuthorizedFetcher(token, location) {
  const urls = endpointUrls(location);
  const authorization = token ? { Authorization: `Bearer ${token}` } : {};
  return createGraphiQLFetcher({
    url: urls.http,
    subscriptionUrl: urls.ws,
    headers: authorization,
    wsConnectionParams: authorization,
    fetch: withReadableErrors(fetch),
    // The server answers plain JSON; no @defer/@stream, so no multipart responses to read.
    enableIncrementalDelivery: false,
  });
}
