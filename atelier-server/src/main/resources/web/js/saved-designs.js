// Saving a design: anyone gets a share link; a signed-in customer's design is also kept in their
// "My designs" (/account/designs.html) with its personalization texts, without a name: that page
// names it by product and date in the language it is read in.

import { postFile, postJson, session } from './http.js';

/** Whether somebody is signed in (the page's session). */
export async function signedIn() {
  return (await session()).signedIn === true;
}

/**
 * Saves design (with texts when signed in, and the artwork references {area: {upload, rotation}}
 * when there are any): {saved, mine} (mine: kept in "My designs").
 */
export async function saveDesign(model, design, texts, artwork = {}) {
  const mine = await signedIn();
  const body = { design };
  if (Object.keys(artwork).length) body.artwork = artwork;
  if (mine) {
    // no name: "My designs" names it by product and date in the language it is read in
    body.mine = true;
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

/**
 * The artwork of saved design s as the page keeps it ({area: {upload, rotation, textAt}}, upload as the
 * upload route answers it): each image is fetched through the design's link and uploaded again, so
 * it becomes the opener's own upload (the same content hash) that their requests may reference.
 * An image that no longer loads is left out.
 */
export async function adoptArtwork(s) {
  const artwork = {};
  for (const [area, ref] of Object.entries(s.artwork || {})) {
    if (ref.text) artwork[area] = { textAt: { x: ref.text.x, y: ref.text.y, rotation: ref.text.rotation || 0 } };
    if (!ref.upload) continue;
    try {
      const response = await fetch(`/api/saved-designs/${encodeURIComponent(s.id)}/artwork/${encodeURIComponent(area)}`, { credentials: 'same-origin' });
      if (!response.ok) continue;
      const upload = await postFile('/api/uploads', await response.blob());
      artwork[area] = { ...artwork[area], upload, rotation: ref.rotation || 0 };
    } catch (e) {
      console.warn(`the artwork on ${area} did not load`, e);
    }
  }
  return artwork;
}
