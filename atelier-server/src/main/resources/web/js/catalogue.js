// The start page: every product with its picture, label and starting price.

import { getJson } from './http.js';
import { h, replaceChildren } from './dom.js';
import { label, money, t } from './i18n.js';
import { createPreview, drawPreview } from './preview.js';

/** Shows the product list in root. */
export async function showCatalogue(root) {
  const { products } = await getJson('/api/products');
  const details = await Promise.all(
    products.map((p) => getJson(`/api/products/${encodeURIComponent(p.id)}/versions/${encodeURIComponent(p.latest)}`)),
  );
  // "From" is the cheapest complete product of the version, not its base price.
  const from = await Promise.all(
    products.map((p) =>
      getJson(`/api/products/${encodeURIComponent(p.id)}/versions/${encodeURIComponent(p.latest)}/from-price`)
        .then((f) => f.fromPrice)
        .catch(() => null)),
  );
  document.title = `Atelier – ${t('catalogue.title')}`;
  const cards = details.map((d, i) => {
    const picture = createPreview(d.presentation, label(d.label));
    drawPreview(picture, d.presentation, firstValues(d), {}, {});
    return h(
      'li',
      { class: 'product-card' },
      h(
        'a',
        { href: `/p/${encodeURIComponent(d.id)}`, class: 'product-link', id: `product-${d.id}` },
        h('span', { class: 'product-picture' }, picture),
        h('span', { class: 'product-name', text: label(d.label) }),
        h('span', { class: 'product-price', text: from[i] === null ? '' : t('catalogue.from', { price: money(from[i], d.currency) }) }),
        h('span', { class: 'product-cta', 'aria-hidden': 'true', text: t('catalogue.design') }),
      ),
    );
  });
  replaceChildren(
    root,
    h(
      'div',
      { class: 'catalogue' },
      h('h1', { text: t('catalogue.title') }),
      h('p', { class: 'lede', text: t('catalogue.lede') }),
      h('ul', { class: 'product-grid' }, cards),
    ),
  );
}

/**
 * A typical look for the card: each enum attribute's first value; for a product drawn as rows of
 * modules (the shelving), two modules of middling size, else its card would be empty.
 */
function firstValues(detail) {
  const values = {};
  for (const a of detail.attributes) {
    if (a.kind === 'enum' && a.values?.length) values[a.id] = a.values[0].id;
  }
  const slots = new Set((detail.presentation?.rows || []).map((r) => r.slot));
  for (const a of detail.attributes) {
    const slot = a.id.replace(/\[.*$/, '');
    if (a.kind !== 'integer' || !slots.has(slot) || a.min === null || a.max === null) continue;
    const step = a.step || 1;
    values[a.id] = a.id === slot ? Math.min(Math.max(2, a.min), a.max) : a.min + Math.round((a.max - a.min) / 2 / step) * step;
  }
  return values;
}
