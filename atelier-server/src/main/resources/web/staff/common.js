// Shared by the staff pages: who may see them, and how a production order reads.
import { session, say, el } from '/account/api.js';

/** Resolves to true for staff and admins; sends others to sign in or tells them the page is not theirs. */
export async function staffOnly(here) {
  const s = await session();
  if (!s.signedIn) {
    window.location.assign('/account/signin.html?next=' + encodeURIComponent(here));
    return false;
  }
  if (s.account.role !== 'STAFF' && s.account.role !== 'ADMIN') {
    say('message', 'This page is for staff.', true);
    return false;
  }
  return true;
}

/**
 * The design of a production order in one line: "sauce: tomato, size: small, onions, ...". Yes/no
 * attributes that are yes show by name, the ones that are no are left out; "~" (absent) too.
 */
export function designSummary(productionOrder) {
  return Object.entries(productionOrder.configuration)
    .filter(([, value]) => value !== 'false' && value !== '~')
    .map(([attribute, value]) => (value === 'true' ? attribute : `${attribute}: ${value}`))
    .join(', ');
}

/** "pizza 2025.1 × 2". */
export function productLine(productionOrder) {
  return `${productionOrder.product} ${productionOrder.version} × ${productionOrder.quantity}`;
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
