// Shared by the staff pages: who may see them, how a production order and minutes read (its design
// reads as js/design-lines.js designSummary(productionOrder.design)).
import { session } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { label, number, t } from '/js/i18n.js';
import { productLabel } from '/js/product-labels.js';

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
 * "Pizza × 2", the product by its label in the page language (after loadProductLabels()); the model
 * version, which the floor does not make anything by, is in the folded details (productionOrderId).
 */
export function productLine(productionOrder) {
  return `${productLabel(productionOrder.product)} × ${productionOrder.quantity}`;
}

/**
 * Why a print job failed, in the page language: its reason code (why.code) translated with its values
 * (an area named by areaLabel, a number in the language's digits); the stored English text when the
 * server gave no code.
 */
export function failureReason(job, areaLabel) {
  if (!job.why) return job.reason || '—';
  const values = { ...job.why.values };
  if (values.area && areaLabel) values.area = areaLabel;
  for (const k of ['used', 'budget']) if (values[k] && /^\d+$/.test(values[k])) values[k] = number(Number(values[k]));
  return t(`staff.printFailure.${job.why.code}`, values);
}

/** A print area of productionOrder by its label in the page language (its id when the model has none). */
export function areaName(productionOrder, area) {
  return label(productionOrder?.printAreas?.[area], area);
}

/**
 * The production order's id, which no one on the floor reads aloud, folded away under its term (the
 * card shows the order number, product and due day) with the model version when known; kept for the
 * rare case two lines need telling apart.
 */
export function productionOrderId(id, version) {
  const details = h('details', { class: 'production-order-id' });
  details.append(h('summary', {}, t('staff.fact.productionOrder')), h('code', {}, id));
  if (version) details.append(' ', h('span', { class: 'model-version' }, t('staff.fact.version', { version })));
  return details;
}

/** The work centre's name in the page language (its English label when it has no other). */
export function centreName(workCentre) {
  return label(workCentre.labels, workCentre.label);
}

/** A day (ISO date) as staff read it in the page language: "Sun, Dec 6, 2026", "So., 6. Dez. 2026". */
export function day(iso) {
  if (!iso) return '—';
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(document.documentElement.lang || 'en', {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
  });
}

/** "45 min", "90 min (1 h 30 min)"; minutes may have decimals (a routing's set-up or run time). */
export function minutes(m) {
  const value = Number(m);
  if (value < 60) return t('staff.minutes', { minutes: number(value) });
  return t('staff.minutesHours', { minutes: number(value), hours: Math.floor(value / 60), rest: number(value % 60) });
}

/** A definition list of [term, description] pairs (descriptions are text or elements). */
export function facts(pairs) {
  const dl = h('dl');
  for (const [term, description] of pairs) {
    const dd = h('dd');
    dd.append(description);
    dl.append(h('dt', {}, term), dd);
  }
  return dl;
}
