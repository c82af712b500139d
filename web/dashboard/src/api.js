import { createClient } from 'graphql-ws';

// Hashes of the API's persisted documents, computed at build time from GraphQL/PersistedDocuments (vite.config.js).
// eslint-disable-next-line no-undef
const documents = __PERSISTED_DOCUMENTS__;
const tokenKey = 'chuyenhoa.dashboard.token';

export const session = {
  get token() {
    const saved = JSON.parse(sessionStorage.getItem(tokenKey) ?? 'null');
    return saved && Date.parse(saved.expiresAt) > Date.now() ? saved.accessToken : null;
  },
  save(accessToken, expiresAt) {
    sessionStorage.setItem(tokenKey, JSON.stringify({ accessToken, expiresAt }));
  },
  clear() {
    sessionStorage.removeItem(tokenKey);
  },
};

export class ApiError extends Error {}

function url(path) {
  return new URL(path, new URL('../', window.location.href)).href;
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

  const body = await response.json().catch(() => null);
  if (!body || body.errors?.length) {
    throw new ApiError(body?.errors?.[0]?.message ?? `Máy chủ trả lời HTTP ${response.status}.`);
  }

  return body.data;
}

/** Listens to a persisted subscription over graphql-transport-ws; returns a function that stops listening. */
export function subscribe(document, variables, onNext, onError) {
  const ws = new URL(url('graphql'));
  ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({ url: ws.href, connectionParams: () => authorization(), retryAttempts: 5 });
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
    const body = await response.json().catch(() => null);
    throw new ApiError(body?.message ?? `Máy chủ trả lời HTTP ${response.status}.`);
  }

  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = encoded ? decodeURIComponent(encoded) : plain ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export async function getJson(path, init) {
  const response = await fetch(url(path), init);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(body?.message ?? `Máy chủ trả lời HTTP ${response.status}.`);
  }

  return body;
}
