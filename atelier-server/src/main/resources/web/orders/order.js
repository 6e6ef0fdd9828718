// One order: status (moved on by production), configuration (in the labels of the order's model
// version), price, reorder and reconfigure; all in the page language, redrawn when it changes.
import { api } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { SERVICE_STATUSES, STATUSES, actions, statusLabel, when } from '/orders/common.js';
import { designLineText, designParts } from '/js/design-lines.js';
import { money, t } from '/js/i18n.js';
import { priceGroups, withinInstance } from '/js/price-groups.js';
import { pageLanguage } from '/js/page-language.js';
import { loadProductLabels, productLabel } from '/js/product-labels.js';
import { artworkAttributes, artworkEntries, loadAreas, thumbnail } from '/orders/order-art.js';

let order = null;
let delivery = null;
// The order's print areas and attribute labels (null: the version is gone; the lines say all).
let areas = null;

/**
 * The promised day (booked for the order's quantity; for a service the day the work is done, none
 * when it has no operation) and, once shipped, the tracking numbers.
 */
function drawDelivery() {
  const p = document.getElementById('delivery');
  if (!p || !delivery) return;
  const parts = [];
  if (delivery.promisedDate && !delivery.shipped) {
    const date = new Date(`${delivery.promisedDate}T12:00:00Z`).toLocaleDateString(document.documentElement.lang || 'en', {
      weekday: 'short', day: 'numeric', month: 'long', year: 'numeric',
    });
    // A service (no operation at a physical work centre) ships nothing: its date is when the work is done.
    parts.push(t(delivery.ships === false ? 'orders.serviceReady' : 'orders.promised', { date }));
  }
  if (delivery.shipped && delivery.ships !== false) {
    // The day it left, in the page language (the order number is the page's title).
    const date = delivery.shippedAt ? new Date(delivery.shippedAt).toLocaleDateString(document.documentElement.lang || 'en', {
      day: 'numeric', month: 'long', year: 'numeric',
    }) : '—';
    parts.push(delivery.trackingNumbers.length
      ? t('orders.shippedTracking', { date, tracking: delivery.trackingNumbers.join(', ') })
      : t('orders.shippedNoTracking', { date }));
  }
  p.textContent = parts.join(' · ');
  p.hidden = parts.length === 0;
}

function drawDesign(o) {
  // The artwork's lines (technique, placed size and position, pixel facts, printed texts) are
  // read in "Your own artwork", with the image: the figures are for production.
  const art = areas ? artworkAttributes(areas, o) : new Set();
  document.getElementById('configuration').tBodies[0].replaceChildren(
    ...o.designLines.filter((line) => !art.has(line.attribute)).map((line) => {
      const [name, value] = designParts(line);
      const row = h('tr', { 'data-attribute': line.attribute });
      row.append(h('th', { scope: 'row' }, name), h('td', {}, value ?? t('orders.yes')));
      return row;
    }),
  );
}

/** Per print area with something on it: the image's thumbnail, the area's name and what is on it. */
function drawArtwork(o) {
  const entries = areas ? artworkEntries(areas, o) : [];
  document.getElementById('artwork').hidden = entries.length === 0;
  document.getElementById('artwork-list').replaceChildren(
    ...entries.map((e) =>
      h('li', { class: 'order-art', 'data-area': e.area }, thumbnail(e, 72),
        h('span', { class: 'order-art-text' }, h('strong', { text: e.name }), h('br'), e.text)),
    ),
  );
}

/** The order's status and its steps; a service's end at "Processed" (it ships nothing). */
function drawStatus(o) {
  const service = delivery?.ships === false;
  const steps = service ? SERVICE_STATUSES : STATUSES;
  document.getElementById('status').textContent = statusLabel(o.status, service);
  const reached = Math.min(STATUSES.indexOf(o.status), steps.length - 1);
  document.getElementById('steps').replaceChildren(
    ...steps.map((status, i) => {
      const li = h('li', {}, statusLabel(status, service) + (i <= reached ? ' ✓' : ''));
      if (i === reached) li.setAttribute('aria-current', 'step');
      return li;
    }),
  );
}

/**
 * A price line in the page language: the product's base by its catalogue label, a chosen value as
 * its design line reads ("Onions", "Sauce: Tomato"; the server's line says "Onions: true", in
 * English), a component by its label in the page language ("1 × Wärmeleitpaste"), anything else as
 * the server wrote it.
 */
function priceLineLabel(o, line) {
  if (line.kind === 'base') return productLabel(o.product);
  if (line.kind === 'value' && line.reference?.includes('=')) {
    const design = o.designLines.find((d) => d.attribute === line.reference.split('=', 1)[0]);
    if (design) return designLineText(design);
  }
  if (line.kind === 'component') {
    const lang = document.documentElement.lang || 'en';
    return line.labels?.[lang] ?? line.labels?.en ?? line.label.replace(/^(\d+) x /, '$1 × ');
  }
  return line.label;
}

function drawPrice(o) {
  const price = document.getElementById('price');
  // The product's own lines, then per module instance a heading "Bay 2 · subtotal €250.00" across
  // both columns and its lines indented: the amounts column adds up to the total.
  const row = (line) => {
    const tr = h('tr', line.instance ? { class: 'price-instance-line' } : {});
    tr.append(h('td', {}, withinInstance(line, priceLineLabel(o, line))), h('td', {}, money(line.amount, o.price.currency)));
    return tr;
  };
  price.tBodies[0].replaceChildren(
    ...priceGroups(o.price.lines).flatMap((group) => {
      if (group.instance === null) return group.lines.map(row);
      const head = h('tr', { class: 'price-instance', 'data-instance': group.instance });
      head.append(h('th', { scope: 'rowgroup', colspan: 2 }, group.name, ' ', h('span', { class: 'price-subtotal' }, t('price.subtotal', { price: money(group.total, o.price.currency) }))));
      return [head, ...group.lines.map(row)];
    }),
  );
  const unit = h('tr');
  unit.append(h('th', {}, t('orders.unitPrice', { quantity: o.quantity })), h('td', {}, money(o.price.unit, o.price.currency)));
  const total = h('tr');
  total.append(h('th', {}, t('orders.total')), h('td', {}, money(o.price.total, o.price.currency)));
  price.tFoot.replaceChildren(unit, total);
}

function draw() {
  if (!order) return;
  const o = order;
  const title = t('orders.order', { id: `#${o.id}` });
  document.getElementById('title').textContent = title;
  document.title = `${title} · Atelier`;
  drawStatus(o);
  drawDelivery();
  drawDesign(o);
  drawArtwork(o);
  drawPrice(o);
  document.getElementById('actions').replaceChildren(
    h('p', {}, t('orders.placedAt', { date: when(o.createdAt) })),
    actions(o.id, (text, isError) => say('message', text, isError)),
  );
}

async function load() {
  const id = new URLSearchParams(window.location.search).get('id');
  const r = await api('GET', `/api/orders/${encodeURIComponent(id ?? '')}`);
  if (!r.ok) {
    say('message', r.status === 401 ? t('orders.signIn') : r.error.message, true);
    return;
  }
  order = r.body;
  areas = await loadAreas(order.product, order.version);
  const d = await api('GET', `/api/orders/${encodeURIComponent(id)}/delivery`);
  delivery = d.ok ? d.body : null;
  draw();
  document.getElementById('order').hidden = false;
}

await Promise.all([pageLanguage(async () => draw()), loadProductLabels()]);
load();
