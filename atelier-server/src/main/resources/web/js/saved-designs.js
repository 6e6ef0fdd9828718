// Saving a design: anyone gets a share link; a signed-in customer's design is also kept in their
// "My designs" (/account/designs.html) with a name and its personalization texts.

import { postJson, session } from './http.js';
import { label } from './i18n.js';

/** Whether somebody is signed in (the page's session). */
export async function signedIn() {
  return (await session()).signedIn === true;
}

/** Saves design (with texts when signed in): {saved, mine} (mine: kept in "My designs"). */
export async function saveDesign(model, design, texts) {
  const mine = await signedIn();
  const body = { design };
  if (mine) {
    const when = new Date().toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });
    body.name = `${label(model.detail.label)} · ${when}`;
    body.texts = texts;
  }
  return { saved: await postJson('/api/saved-designs', body), mine };
}

/**
 * The texts a share link may carry: those drawn on the product (a monogram is visible on the
 * product anyway). Texts that are not drawn, such as a gift note, are private: they stay out of
 * share links.
 */
export function publicTexts(presentation, texts) {
  const drawn = new Set((presentation?.texts || []).map((o) => o.attribute));
  return Object.fromEntries(Object.entries(texts).filter(([a]) => drawn.has(a)));
}
