// The account pages' way to the API: same-origin JSON requests that carry the session cookie and,
// for state-changing ones, the session's CSRF token from GET /api/session.

let current = null;

/** The session: {signedIn, account, csrfToken}; fetched once per page unless refreshed. */
export async function session(refresh = false) {
  if (current === null || refresh) {
    const r = await fetch('/api/session', { credentials: 'same-origin' });
    current = await r.json();
  }
  return current;
}

/** Calls the API; resolves to {ok, status, body} (body: the JSON answer or problem). */
export async function api(method, path, body) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const s = await session();
    if (s.csrfToken) headers['X-CSRF-Token'] = s.csrfToken;
  }
  const r = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let answer = null;
  try {
    answer = await r.json();
  } catch {
    answer = null;
  }
  return { ok: r.ok, status: r.status, body: answer };
}

/** A problem answer as one line for the user. */
export function problemText(result) {
  if (result.body && result.body.detail) return result.body.detail;
  return 'the server answered ' + result.status;
}

/** Shows {@code text} in the element {@code id} (as text, never as HTML). */
export function say(id, text, isError = false) {
  const el = document.getElementById(id);
  el.textContent = text;
  el.className = isError ? 'message error' : 'message';
}

/** Makes an element with text content (never HTML). */
export function el(tag, text, attributes = {}) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  return e;
}
