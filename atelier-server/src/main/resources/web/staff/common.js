// Shared by the staff pages: who may see them, how a production order and minutes read.
import { session, say, el } from '/account/api.js';
import { label, number, t } from '/js/i18n.js';

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

/**
 * The design of a production order in one line, in the model's labels (the server sends them:
 * "Sauce: Tomato, Size: 30 cm, Onions, ..."). Yes/no attributes that are yes show by name; a given
 * personalization text shows quoted (Monogram: “JMK”), what the work centre makes; an order placed
 * before orders carried texts says only that one was given.
 */
export function designSummary(productionOrder) {
  return productionOrder.design
    .map((line) => {
      const name = label(line.label);
      if (line.kind === 'yes') return name;
      if (line.kind === 'text') return `${name}: ${line.value ? `“${label(line.value)}”` : t('staff.design.text')}`;
      return `${name}: ${label(line.value)}`;
    })
    .join(', ');
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
