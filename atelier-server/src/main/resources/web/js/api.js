// The JSON API: every failure is an ApiError carrying the server's problem document.

import { designSession } from './design-events.js';

/** A failed request: HTTP status and the problem (RFC 9457) the server answered with. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function answer(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { detail: text };
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** GET path → the JSON answer. */
export async function getJson(path) {
  return answer(await fetch(path, { headers: { Accept: 'application/json' } }));
}

let csrf = null;

/**
 * The signed-in session's CSRF token (GET /api/session), or null when signed out. Without it a
 * signed-in customer's POSTs would count as anonymous.
 */
function csrfToken() {
  if (csrf === null) {
    csrf = fetch('/api/session', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : {}))
      .then((s) => s.csrfToken || null)
      .catch(() => null);
  }
  return csrf;
}

/** POST body as JSON to path → the JSON answer. */
export async function postJson(path, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const token = await csrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  // Design requests carry the tab's design session, so the analytics can follow one design.
  if (path.startsWith('/api/designs/')) headers['Atelier-Design-Session'] = designSession();
  return answer(await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) }));
}

/** PUT body as JSON to path → the JSON answer (signed-in pages: sends the CSRF token). */
export async function putJson(path, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const token = await csrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  return answer(await fetch(path, { method: 'PUT', headers, body: JSON.stringify(body) }));
}
