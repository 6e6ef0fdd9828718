// Order this design: shown once the design is a complete product, with a quantity (1 to the
// product's maximum: its maxQuantity, else the server's) and the total for it. A signed-in customer first sees the
// review (js/review-dialog.js) and, on "Place order", POST /api/orders with its personalization texts
// (re-validated and re-priced by the server, one Idempotency-Key per placing so a retried request
// never orders twice), then the order page opens; others are asked to sign in first.

import { postJson, session } from './http.js';
import { h, replaceChildren } from './dom.js';
import { money, t } from './i18n.js';
import { withNext } from '../account/next.js';

/** The most the server takes in one order (OrderService.MAX_QUANTITY; the server checks anyway). */
export const MAX_QUANTITY = 1000;

// The quantity typed before "Sign in to order" is kept for this tab and page (sessionStorage), so
// the shopper comes back from signing in or up to the quantity they asked for, not to 1.
const QUANTITY_KEY = `atelier.quantity:${location.pathname}`;

function keptQuantity(max) {
  try {
    const q = Number(sessionStorage.getItem(QUANTITY_KEY));
    return Number.isInteger(q) && q >= 1 && q <= max ? q : 1;
  } catch {
    return 1; // storage blocked
  }
}

function keepQuantity(q) {
  try {
    if (q === null) sessionStorage.removeItem(QUANTITY_KEY);
    else sessionStorage.setItem(QUANTITY_KEY, String(q));
  } catch {
    // storage blocked: the quantity is not kept
  }
}

/** The whole number in the field, or null when it is not 1 to its max. */
function quantityOf(input) {
  const q = Number(input.value);
  return input.value.trim() !== '' && Number.isInteger(q) && q >= 1 && q <= Number(input.max) ? q : null;
}

/**
 * The order box: {element, update(complete, price)}; {@code design()} gives the design to order and
 * {@code texts()} its personalization texts (text attribute id to text: production needs them),
 * {@code artwork()} the print areas' artwork ({area: {upload, rotation}}); {@code review(quantity,
 * place)} shows the review before ordering and calls {@code place()} on "Place order"; {@code max}
 * is the most the product takes in one order (the server refuses more anyway).
 */
export function createOrderBox(design, texts = () => ({}), onQuantity = () => {}, artwork = () => ({}), review = (q, place) => place(), max = MAX_QUANTITY) {
  let price = null;
  const message = h('p', { class: 'status', id: 'order-status', role: 'status' });
  const quantity = h('input', {
    type: 'number', id: 'order-quantity', name: 'quantity', min: 1, max, step: 1,
    value: keptQuantity(max), inputmode: 'numeric', class: 'order-quantity',
  });
  const total = h('output', { id: 'order-total', for: 'order-quantity', 'aria-live': 'polite' });
  const field = h('div', { class: 'order-line', hidden: true },
    h('label', { for: 'order-quantity', text: t('order.quantity') }), quantity, total);
  const button = h('button', { type: 'button', class: 'button primary wide', id: 'order', hidden: true }, t('action.order'));

  function showTotal() {
    const q = quantityOf(quantity);
    quantity.setAttribute('aria-invalid', String(q === null));
    if (q === null) {
      total.textContent = t('order.quantityInvalid', { max });
    } else if (price) {
      total.textContent = t('order.total', {
        quantity: q, unit: money(price.total, price.currency), total: money(price.total * q, price.currency),
      });
    }
  }
  // The delivery date follows the quantity while it is typed, so it never moves the Order button
  // under the pointer on the way to it.
  let typing = null;
  let promised = keptQuantity(max); // the quantity the shown date is for: leaving the field asks again only if it changed
  const ask = () => {
    const q = quantityOf(quantity);
    if (q !== null && q !== promised) {
      promised = q;
      onQuantity(q);
    }
  };
  quantity.addEventListener('input', () => {
    showTotal();
    clearTimeout(typing);
    typing = setTimeout(ask, 300);
  });
  quantity.addEventListener('change', ask);

  button.addEventListener('click', async () => {
    const q = quantityOf(quantity);
    if (q === null) {
      showTotal();
      quantity.focus();
      return;
    }
    const s = await session();
    if (!s.signedIn) {
      // The design is kept as the page's draft, the quantity here: signing in comes back to both.
      keepQuantity(q);
      replaceChildren(message, h('a', { href: withNext('/account/signin.html'), id: 'order-signin', text: t('order.signIn') }));
      return;
    }
    replaceChildren(message);
    message.classList.remove('error');
    // Placing is the review's "Place order": one Idempotency-Key per placing.
    const place = async () => {
      const key = crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
      const body = await postJson('/api/orders', { design: design(), quantity: q, texts: texts(), ...withArtwork(artwork()) }, { headers: { 'Idempotency-Key': key } });
      keepQuantity(null);
      location.assign(`/orders/order.html?id=${encodeURIComponent(body.id)}`);
    };
    button.disabled = true;
    try {
      await review(q, place);
    } catch (e) {
      message.textContent = `${t('order.failed')} ${e.message || ''}`.trim();
      message.classList.add('error');
    } finally {
      button.disabled = false;
    }
  });
  return {
    element: h('div', { class: 'order-box' }, field, button, message),
    /** The quantity in the field (1 when it is not a valid one). */
    quantity: () => quantityOf(quantity) ?? 1,
    update(complete, currentPrice = null) {
      price = currentPrice;
      field.hidden = !complete;
      button.hidden = !complete;
      if (complete) showTotal();
      else replaceChildren(message);
    },
  };
}

/** The order body's artwork (print areas with a placed upload), left out when there is none. */
function withArtwork(artwork) {
  return Object.keys(artwork).length ? { artwork } : {};
}
