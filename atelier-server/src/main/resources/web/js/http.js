// The one way to the API: same-origin JSON requests carrying the session cookie and, when somebody
// is signed in, the session's CSRF token on every state-changing one (GET /api/session, fetched
// once per page). Every failure is one ApiError: the HTTP status, the problem document (RFC 9457),
// the request field it names and a message for the user. Network failures reject as they are.

import { designSession } from './design-session.js';
import { takeAnswer } from './three/early.js';

/**
 * A failed request: HTTP status, the server's problem, the request field at fault, a message and,
 * for a 429 or 503, the seconds the server asked to wait (Retry-After; null when not given).
 */
export class ApiError extends Error {
  constructor(status, problem, retryAfter = null) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || {};
    this.field = this.problem.field ?? null;
    this.retryAfter = retryAfter;
  }
}

/** The whole seconds of the response's Retry-After header, or null. */
function retryAfter(response) {
  const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

let current = null;

/**
 * The session: {signedIn, account, csrfToken}; fetched once per page, again with refresh=true
 * (after signing in or out). Signed out when it cannot be read (and asked again next time).
 */
export function session(refresh = false) {
  if (current === null || refresh) {
    current = request('GET', '/api/session').catch(() => {
      current = null;
      return { signedIn: false };
    });
  }
  return current;
}

async function read(response) {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return response.ok ? null : { detail: text };
  }
}

/**
 * Sends a request: body (when given) as JSON; options.headers are added (an Idempotency-Key).
 * Resolves to {ok, status, body, error}: body is the JSON answer (the problem on failure), error
 * the ApiError of a failure, else null.
 */
export async function api(method, path, body, options = {}) {
  const headers = { Accept: 'application/json', ...options.headers };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const s = await session();
    if (s.csrfToken) headers['X-CSRF-Token'] = s.csrfToken;
  }
  // Design requests carry the tab's design session, so the analytics can follow one design.
  if (method === 'POST' && path.startsWith('/api/designs/')) headers['Atelier-Design-Session'] = designSession();
  const text = body === undefined ? undefined : JSON.stringify(body);
  // The page's first requests were asked by early.js already (the same request): take its answer.
  const early = takeAnswer(method, path, text);
  const ask = () => fetch(path, { method, headers, credentials: 'same-origin', body: text });
  const response = await (early ? early.catch(ask) : ask());
  const answer = await read(response);
  const error = response.ok ? null : new ApiError(response.status, answer, retryAfter(response));
  return { ok: response.ok, status: response.status, body: answer, error };
}

/** Like api(), resolving to the JSON answer; a failure throws its ApiError. */
export async function request(method, path, body, options = {}) {
  const result = await api(method, path, body, options);
  if (result.error) throw result.error;
  return result.body;
}

/** GET path → the JSON answer. */
export function getJson(path) {
  return request('GET', path);
}

/** POST body as JSON to path → the JSON answer. */
export function postJson(path, body, options = {}) {
  return request('POST', path, body, options);
}

/** PUT body as JSON to path → the JSON answer. */
export function putJson(path, body) {
  return request('PUT', path, body);
}

/**
 * POSTs a file as the raw body with its type (an upload: POST /api/uploads) → the JSON answer; a
 * refusal throws its ApiError (the problem names the field and the reason).
 */
export async function postFile(path, file) {
  const headers = { Accept: 'application/json', 'Content-Type': file.type || 'application/octet-stream' };
  const s = await session();
  if (s.csrfToken) headers['X-CSRF-Token'] = s.csrfToken;
  const response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: file });
  const answer = await read(response);
  if (!response.ok) throw new ApiError(response.status, answer, retryAfter(response));
  return answer;
}

/** GET path → its text (a picture layer); a failure throws its ApiError. */
export async function getText(path) {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, null);
  return response.text();
}

/**
 * POSTs body as JSON and forgets it: keepalive, so it also leaves while the page unloads; never
 * fails. Sent without the CSRF token on purpose: what it reports is anonymous (POST /api/design-events).
 */
export function beacon(path, body) {
  try {
    fetch(path, {
      method: 'POST',
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => {});
  } catch {
    // a page being torn down may refuse new requests
  }
}
