// Design events only the page sees (POST /api/design-events): a repair the customer dismissed,
// and a touched design left unfinished. Keyed by a random design-session id kept for the tab's
// lifetime (design-session.js); nothing else about the visitor is sent.

import { designSession } from './design-session.js';
import { beacon } from './http.js';

/**
 * Sends events ({kind, product, version, attribute?, value?}); keepalive so that it also leaves
 * while the page unloads. Never in the way: failures are ignored.
 */
export function reportEvents(events) {
  beacon('/api/design-events', { session: designSession(), events });
}

/**
 * Reports an abandonment when the page is hidden or unloaded while the design is touched (the
 * customer decided something here) and incomplete; {@code state()} answers {touched, complete,
 * product, version, attribute?}. Reported once per touch: a later decision arms it again.
 * Returns the function that stops watching.
 */
export function watchAbandonment(state) {
  let reported = null;
  const leave = () => {
    const s = state();
    if (!s.touched || s.complete || reported === s.touched) return;
    reported = s.touched;
    const event = { kind: 'abandonment', product: s.product, version: s.version };
    if (s.attribute) event.attribute = s.attribute;
    reportEvents([event]);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') leave();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', leave);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', leave);
  };
}
