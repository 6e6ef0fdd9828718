// Shared by the order pages: dates, statuses, and the two actions on an order (reorder,
// reconfigure). Every text goes in as text, never as HTML.
import { api } from '/js/http.js';
import { h } from '/js/dom.js';
import { t } from '/js/i18n.js';

/** The statuses an order passes through, in order. */
export const STATUSES = ['placed', 'in_production', 'completed', 'shipped'];

/** The steps of a service (delivery ships=false), which ships nothing: its work done ends it. */
export const SERVICE_STATUSES = ['placed', 'in_production', 'completed'];

/**
 * The status in the page language (an unknown one as it is); for a service ({@code service} true)
 * a completed (or, marked on the floor, shipped) one reads as processed.
 */
export function statusLabel(status, service = false) {
  if (service && (status === 'completed' || status === 'shipped')) return t('orders.status.processed');
  return STATUSES.includes(status) ? t(`orders.status.${status}`) : status;
}

/** A moment as "Dec 7, 2026, 6:41 AM" in the page language, like the dates next to it. */
export function when(iso) {
  return new Date(iso).toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A new idempotency key for one user action; retries of that action reuse it. */
export function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
}

/**
 * Orders order {@code id} again (re-validated and re-priced by the server). A network failure is
 * retried with the same key, so the order is placed at most once. Resolves to the API result.
 */
export async function reorder(id, quantity) {
  const key = newKey();
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await api('POST', `/api/orders/${id}/reorder`, quantity ? { quantity } : {}, { headers: { 'Idempotency-Key': key } });
      if (r.status !== 409 || attempt >= 5) return r;
    } catch (e) {
      if (attempt >= 5) throw e;
    }
    await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
  }
}

/**
 * The order's design as its owner has it now: the values adjusted after purchase (the adaptive
 * face, GET /api/owned/{id}) replace the ordered ones; the design as ordered when that fails.
 */
async function adjusted(id, design) {
  const owned = await api('GET', `/api/owned/${id}`);
  if (!owned.ok || !owned.body.history.length) return design;
  const now = owned.body.configuration;
  const changed = new Set(owned.body.history.map((a) => a.attribute));
  const decisions = design.decisions.filter((d) => !changed.has(d.attribute));
  for (const attribute of changed) decisions.push({ attribute, value: now[attribute] ?? '~' });
  return { ...design, decisions };
}

/**
 * Opens the design of order {@code id} in the configurator (saved first, to get its link), with the
 * order's personalization texts in the link's fragment, as a shared link keeps them.
 */
export async function reconfigure(id) {
  const design = await api('GET', `/api/orders/${id}/reconfigure`);
  if (!design.ok) return design;
  const order = await api('GET', `/api/orders/${id}`);
  if (!order.ok) return order;
  const saved = await api('POST', '/api/saved-designs', { design: await adjusted(id, design.body) });
  if (!saved.ok) return saved;
  const texts = new URLSearchParams(order.body.texts || {}).toString();
  // ?order= lets the configurator name the order (js/reconfigured-order.js).
  const link = `${saved.body.link}?order=${encodeURIComponent(id)}`;
  window.location.assign(texts ? `${link}#${texts}` : link);
  return saved;
}

/**
 * "Order again" for order {@code id}: asks first (a new order costs money), then reorders (on the
 * current version, re-validated and re-priced by the server) and opens the new order;
 * {@code report(text, isError)} shows a refusal in the server's words.
 */
export function reorderButton(id, report) {
  const again = h('button', { type: 'button', class: 'reorder' }, t('orders.reorder'));
  again.addEventListener('click', async () => {
    if (!window.confirm(t('orders.reorder.confirm'))) return;
    again.disabled = true;
    const r = await reorder(id);
    again.disabled = false;
    if (r.ok) window.location.assign(`/orders/order.html?id=${r.body.id}`);
    else report(r.error.message, true);
  });
  return again;
}

/**
 * The two action buttons for order {@code id} and {@code more} (e.g. the "Adjust" link) in one
 * wrapping row with a gap between them; {@code report(text, isError)} shows outcomes.
 */
export function actions(id, report, ...more) {
  const again = reorderButton(id, report);
  const change = h('button', { type: 'button', class: 'reconfigure' }, t('orders.reconfigure'));
  change.addEventListener('click', async () => {
    const r = await reconfigure(id);
    if (!r.ok) report(r.error.message, true);
  });
  return h('div', { class: 'order-actions' }, again, change, ...more);
}
