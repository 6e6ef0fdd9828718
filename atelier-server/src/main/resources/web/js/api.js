// The JSON API: every failure is an ApiError carrying the server's problem document.

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

/** POST body as JSON to path → the JSON answer. */
export async function postJson(path, body) {
  return answer(
    await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}
