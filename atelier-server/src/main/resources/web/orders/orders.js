// The signed-in customer's orders (GET /api/orders), each with a link to its owned-product page.

import { api } from '/account/api.js';
import { h, replaceChildren } from '/js/dom.js';
import { initI18n, money, t } from '/js/i18n.js';

const root = document.getElementById('app');

async function show() {
  await initI18n();
  document.title = `${t('orders.title')} · Atelier`;
  const result = await api('GET', '/api/orders');
  if (result.status === 401) {
    const next = encodeURIComponent(location.pathname + location.search);
    replaceChildren(root, h('h1', { text: t('orders.title') }), h('p', {}, h('a', { href: `/account/signin.html?next=${next}`, text: t('owned.signIn') })));
    return;
  }
  const orders = result.ok ? result.body.orders : [];
  replaceChildren(
    root,
    h('h1', { text: t('orders.title') }),
    orders.length
      ? h(
          'ul',
          { class: 'order-list', id: 'orders' },
          orders.map((o) =>
            h(
              'li',
              { id: `order-${o.id}` },
              h('strong', { text: t('orders.order', { id: o.id }) }),
              h('span', { text: `${o.product} · ${o.status.toLowerCase()} · ${money(o.total, o.currency)}` }),
              h('a', { href: `/orders/owned.html?order=${o.id}`, class: 'owned-link', text: t('orders.adjust') }),
            ),
          ),
        )
      : h('p', { text: t('orders.none') }),
  );
}

show();
