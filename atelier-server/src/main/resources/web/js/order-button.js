// Order this design: shown once the design is a complete product. A signed-in customer's order is
// placed with POST /api/orders (re-validated and re-priced by the server, one Idempotency-Key per
// click so a retried request never orders twice) and the order page opens; others are asked to
// sign in first.

import { ApiError } from './api.js';
import { h, replaceChildren } from './dom.js';
import { t } from './i18n.js';

async function currentSession() {
  const r = await fetch('/api/session', { headers: { Accept: 'application/json' } });
  return r.ok ? r.json() : { signedIn: false };
}

/** The order box: {element, update(complete)}; {@code design()} gives the design to order. */
export function createOrderBox(design) {
  const message = h('p', { class: 'status', id: 'order-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'button primary wide', id: 'order', hidden: true }, t('action.order'));
  button.addEventListener('click', async () => {
    const s = await currentSession();
    if (!s.signedIn) {
      const next = encodeURIComponent(location.pathname);
      replaceChildren(message, h('a', { href: `/account/signin.html?next=${next}`, text: t('order.signIn') }));
      return;
    }
    button.disabled = true;
    const key = crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
    try {
      const r = await fetch('/api/orders', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key, 'X-CSRF-Token': s.csrfToken },
        body: JSON.stringify({ design: design(), quantity: 1 }),
      });
      const body = await r.json().catch(() => ({}));
      if (!r.ok) throw new ApiError(r.status, body);
      location.assign(`/orders/order.html?id=${encodeURIComponent(body.id)}`);
    } catch (e) {
      message.textContent = `${t('order.failed')} ${e.message || ''}`.trim();
      message.classList.add('error');
      button.disabled = false;
    }
  });
  return {
    element: h('div', { class: 'order-box' }, button, message),
    update(complete) {
      button.hidden = !complete;
      if (!complete) replaceChildren(message);
    },
  };
}
