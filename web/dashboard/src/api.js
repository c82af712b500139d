import { createClient } from 'graphql-ws';
import { ApiError, apiUrl, downloadName, errorMessage, graphQLData, importAnswer, webSocketUrl } from './http.js';
import { createSession } from './session.js';

export { ApiError } from './http.js';

// Hashes of the API's persisted documents, computed at build time from its PersistedDocuments folder (vite.config.js).
// eslint-disable-next-line no-undef
const documents = __PERSISTED_DOCUMENTS__;

export const session = createSession(sessionStorage, 'chuyenhoa.dashboard.token');

function url(path) {
  return apiUrl(path, window.location.href);
}

function authorization() {
  return { Authorization: `Bearer ${session.token}` };
}

/** Runs a persisted document by name; throws ApiError with the server's Vietnamese message on any error. */
export async function graphql(document, variables = {}, operationName = undefined) {
  const documentId = documents[document];
  if (!documentId) {
    throw new ApiError(`Không có tài liệu truy vấn ${document}.`);
  }

  const response = await fetch(url('graphql'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...authorization() },
    body: JSON.stringify({ documentId, variables, operationName }),
  });
  if (response.status === 401) {
    session.clear();
    throw new ApiError('Phiên đăng nhập đã hết hạn: đăng nhập lại.');
  }

  return graphQLData(response.status, await response.json().catch(() => null));
}

/** Listens to a persisted subscription over graphql-transport-ws (onConnected: once the socket is open); returns a function that stops listening. */
export function subscribe(document, variables, onNext, onError, onConnected) {
  const client = createClient({
    url: webSocketUrl(url('graphql')), connectionParams: () => authorization(), retryAttempts: 5, on: { connected: () => onConnected?.() },
  });
  // graphql-ws insists on a query string; the server takes the document from its id, as over HTTP.
  const stop = client.subscribe({ query: '', documentId: documents[document], variables }, {
    next: (message) => onNext(message.data),
    error: (error) => onError?.(error),
    complete: () => {},
  });
  return () => {
    stop();
    client.dispose();
  };
}

/** Downloads an export (CSV, XLSX) or an evidence document with the bearer token, and saves it under the server's name. */
export async function download(path, fallbackName) {
  const response = await fetch(url(path), { headers: authorization() });
  if (!response.ok) {
    throw new ApiError(errorMessage(response.status, await response.json().catch(() => null)));
  }

  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = downloadName(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export async function getJson(path, init) {
  const response = await fetch(url(path), init);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(errorMessage(response.status, body));
  }

  return body;
}

/** Sends a filled report template (POST /api/report-imports), as a dry run or to apply it; answers its rows. */
export async function importReports(file, dryRun) {
  const response = await fetch(url(`api/report-imports?dryRun=${dryRun}`), {
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...authorization() },
    body: file,
  });
  if (response.status === 401) {
    session.clear();
    throw new ApiError('Phiên đăng nhập đã hết hạn: đăng nhập lại.');
  }

  return importAnswer(response.status, await response.json().catch(() => null));
}
