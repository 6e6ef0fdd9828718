// The tab's random design-session id, kept for the tab's lifetime (sessionStorage): sent as
// Atelier-Design-Session on design requests (http.js) and with the page's design events.

const KEY = 'atelier.designSession';
let fallback = null;

/** The tab's random design-session id. */
export function designSession() {
  try {
    let id = sessionStorage.getItem(KEY);
    if (!id) {
      id = crypto.randomUUID();
      sessionStorage.setItem(KEY, id);
    }
    return id;
  } catch {
    fallback ??= crypto.randomUUID(); // storage refused: one id for this page
    return fallback;
  }
}
