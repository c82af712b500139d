// What the page reads from the API's answers, kept apart from fetch so that it can be checked on its own.

export class ApiError extends Error {}

/** An API path next to the page: the page lives at <prefix>/dashboard/, the API at <prefix>/. */
export function apiUrl(path, pageHref) {
  return new URL(path, new URL('../', pageHref)).href;
}

/** The same address over WebSocket: ws: beside http:, wss: beside https:. */
export function webSocketUrl(httpUrl) {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/** The server's Vietnamese message of an error answer, or the status when the answer says nothing a person can read. */
export function errorMessage(status, body) {
  return body?.message ?? `Máy chủ trả lời HTTP ${status}.`;
}

/** The data of a GraphQL answer; an ApiError with the server's first message when the answer holds errors or no JSON. */
export function graphQLData(status, body) {
  if (!body || body.errors?.length) {
    throw new ApiError(errorMessage(status, body?.errors?.[0]));
  }

  return body.data;
}

/** The name to save a download under: the server's (RFC 6266, UTF-8 form first, for Vietnamese names), else the fallback. */
export function downloadName(contentDisposition, fallbackName) {
  const disposition = contentDisposition ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return encoded ? decodeURIComponent(encoded) : plain ?? fallbackName;
}

/**
 * The answer of an import: its rows, also when it was refused as a whole (422: a row refused; 409: figures changed since the
 * dry run); an ApiError with the server's message when the file itself was refused (400, 413, 415) or anything else failed.
 */
export function importAnswer(status, body) {
  if (Array.isArray(body?.rows)) {
    return body;
  }

  throw new ApiError(errorMessage(status, body));
}
