// Drafts: the design being made on a configurator page, kept in the browser (localStorage) under
// the page's path (/p/<product> or /d/<id>), so a reload, a sign-in or a sign-up brings the
// shopper back to the same design with every choice and text. Nothing leaves the browser.

const PREFIX = 'atelier.draft:';

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: the page works without drafts
  }
}

/** The draft kept for page path: {version, decisions, texts, artwork}, or null. */
export function loadDraft(path) {
  const raw = storage()?.getItem(PREFIX + path);
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw);
    if (typeof draft.version !== 'string' || !Array.isArray(draft.decisions)) return null;
    return { version: draft.version, decisions: draft.decisions, texts: draft.texts || {}, artwork: draft.artwork || {} };
  } catch {
    return null;
  }
}

/**
 * Keeps design (with its texts and the page's artwork per print area: the caller's own uploads)
 * as the draft of page path; an empty design clears it.
 */
export function saveDraft(path, design, texts, artwork = {}) {
  const store = storage();
  if (!store) return;
  if (!design.decisions.length && !Object.keys(texts).length) {
    store.removeItem(PREFIX + path);
    return;
  }
  try {
    store.setItem(PREFIX + path, JSON.stringify({ version: design.version, decisions: design.decisions, texts, artwork, at: new Date().toISOString() }));
  } catch {
    // full or blocked storage: the draft is not kept
  }
}

/** Forgets the draft of page path. */
export function clearDraft(path) {
  storage()?.removeItem(PREFIX + path);
}
