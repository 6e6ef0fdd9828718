// Shared by the staff pages: who may see them, how a production order and minutes read.
import { session, say, el } from '/account/api.js';
import { designSummary as designLine } from '/js/design-lines.js';
import { number, t } from '/js/i18n.js';

/** Resolves to true for staff and admins; sends others to sign in or tells them the page is not theirs. */
export async function staffOnly(here) {
  const s = await session();
  if (!s.signedIn) {
    window.location.assign('/account/signin.html?next=' + encodeURIComponent(here));
    return false;
  }
  if (s.account.role !== 'STAFF' && s.account.role !== 'ADMIN') {
    say('message', t('staff.forStaff'), true);
    return false;
  }
  return true;
}

/** The design of a production order in one line, in the model's labels (js/design-lines.js). */
export function designSummary(productionOrder) {
  return designLine(productionOrder.design);
}

/** "pizza 2025.1 × 2". */
export function productLine(productionOrder) {
  return `${productionOrder.product} ${productionOrder.version} × ${productionOrder.quantity}`;
}

/** "45 min", "90 min (1 h 30 min)"; minutes may have decimals (a routing's set-up or run time). */
export function minutes(m) {
  const value = Number(m);
  if (value < 60) return t('staff.minutes', { minutes: number(value) });
  return t('staff.minutesHours', { minutes: number(value), hours: Math.floor(value / 60), rest: number(value % 60) });
}

/** A definition list of [term, description] pairs (descriptions are text or elements). */
export function facts(pairs) {
  const dl = el('dl');
  for (const [term, description] of pairs) {
    const dd = el('dd');
    dd.append(description);
    dl.append(el('dt', term), dd);
  }
  return dl;
}
