// An owned product (the adaptive face): GET /api/owned/{order} shows the attributes its owner may
// still adjust, with the values that fit; POST /api/owned/{order}/adjust changes one (a 409 says
// why not); the history lists every adjustment. Calls go through the account pages' client, which
// sends the session's CSRF token.

import { api } from '/js/http.js';
import { h, idPart, replaceChildren } from '/js/dom.js';
import { label, t } from '/js/i18n.js';
import { ProductModel } from '/js/model.js';
import { pageLanguage } from '/js/page-language.js';

const root = document.getElementById('app');
const order = new URLSearchParams(location.search).get('order');
let model = null;
// The owned product as last drawn, drawn again when the page language changes.
let shown = null;

function valueLabel(attribute, value) {
  return model ? model.valueLabel(attribute, value) : value ?? t('value.undecided');
}

function say(text, error = false) {
  const status = document.getElementById('owned-status');
  status.textContent = text;
  status.className = error ? 'status error' : 'status';
}

function adjustable(a) {
  const id = `adjust-${idPart(a.attribute)}`;
  const select = h(
    'select',
    { id, name: a.attribute },
    a.offered.map((v) => h('option', { value: v, selected: v === a.value, text: valueLabel(a.attribute, v) })),
  );
  return h(
    'fieldset',
    { class: 'adjustable', id: `adaptive-${idPart(a.attribute)}` },
    h('legend', { text: label(a.label) }),
    h('p', { class: 'adjustable-current', text: t('owned.current', { value: valueLabel(a.attribute, a.value) }) }),
    h(
      'div',
      { class: 'adjustable-row' },
      h('label', { for: id, class: 'visually-hidden', text: label(a.label) }),
      select,
      h('button', {
        type: 'button',
        class: 'button primary',
        id: `${id}-button`,
        text: t('owned.adjust'),
        onclick: () => adjust(a, select.value),
      }),
    ),
  );
}

function draw(owned) {
  shown = owned;
  const labels = new Map(owned.adaptive.map((a) => [a.attribute, label(a.label)]));
  const product = model ? label(model.detail.label) : owned.product;
  document.title = `${t('owned.title', { product, id: owned.order })} · Atelier`;
  replaceChildren(
    root,
    h('p', {}, h('a', { class: 'back', href: '/orders/index.html', text: `← ${t('orders.title')}` })),
    h('h1', { text: t('owned.title', { product, id: owned.order }) }),
    h('p', { class: 'lede', text: t('owned.lede') }),
    owned.adaptive.length ? owned.adaptive.map(adjustable) : h('p', { text: t('owned.none') }),
    h('p', { class: 'status', id: 'owned-status', role: 'status' }),
    h('h2', { text: t('owned.history') }),
    owned.history.length
      ? h(
          'ol',
          { class: 'owned-history', id: 'owned-history' },
          owned.history.map((c) =>
            h(
              'li',
              {},
              h('time', { datetime: c.at, text: new Date(c.at).toLocaleString(document.documentElement.lang) }),
              ' · ',
              t('owned.change', {
                attribute: labels.get(c.attribute) || c.attribute,
                from: valueLabel(c.attribute, c.from),
                to: valueLabel(c.attribute, c.to),
              }),
            ),
          ),
        )
      : h('p', { id: 'owned-history', text: t('owned.noHistory') }),
  );
}

async function adjust(a, value) {
  root.setAttribute('aria-busy', 'true');
  try {
    const result = await api('POST', `/api/owned/${encodeURIComponent(order)}/adjust`, { attribute: a.attribute, value });
    if (result.ok) {
      draw(result.body);
      say(t('owned.adjusted', { attribute: label(a.label), value: valueLabel(a.attribute, value) }));
    } else if (result.status === 409) {
      say(t('owned.refused', { reason: result.error.message }), true);
    } else {
      say(`${t('error.generic')} ${result.error.message}`, true);
    }
  } finally {
    root.removeAttribute('aria-busy');
  }
}

async function show() {
  await pageLanguage(async () => shown && draw(shown));
  const result = await api('GET', `/api/owned/${encodeURIComponent(order || '')}`);
  if (result.status === 401) {
    const next = encodeURIComponent(location.pathname + location.search);
    replaceChildren(root, h('p', {}, h('a', { href: `/account/signin.html?next=${next}`, text: t('owned.signIn') })));
    return;
  }
  if (!result.ok) {
    replaceChildren(root, h('p', { class: 'status error', text: result.status === 404 ? t('owned.missing') : result.error.message }));
    return;
  }
  const owned = result.body;
  const detail = await api('GET', `/api/products/${encodeURIComponent(owned.product)}/versions/${encodeURIComponent(owned.version)}`);
  if (detail.ok) model = new ProductModel(detail.body);
  draw(owned);
  root.dataset.ready = 'true';
}

show();
