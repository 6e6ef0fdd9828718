// "My orders": the signed-in customer's orders, newest first, with the product's label, status,
// reorder, reconfigure and a link to adjust the owned product; all in the page language, redrawn
// when it changes.
import { api, session } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { actions, statusLabel, when } from '/orders/common.js';
import { designSummary } from '/js/design-lines.js';
import { money, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { loadProductLabels, productLabel } from '/js/product-labels.js';
import { artworkAttributes, artworkEntries, loadAreas, thumbnail } from '/orders/order-art.js';

const table = document.getElementById('orders');
const more = document.getElementById('more');
let before = null;
// The orders shown so far, drawn again in a newly chosen language.
const shown = [];
// The key of the notice shown instead of the list (signed out, no orders), or null.
let notice = null;

function row(o) {
  const link = h('a', { href: `/orders/order.html?id=${o.id}` }, '#' + o.id);
  const tr = h('tr', { id: `order-${o.id}` });
  // The adaptive face: the owner re-adjusts what may change after purchase.
  const owned = h('a', { href: `/orders/owned.html?order=${o.id}`, class: 'owned-link' }, t('orders.adjustShort'));
  const product = h('span', { class: 'order-product' }, productLabel(o.product));
  // The shopper's own artwork as the order page shows it (image, area, what is on it), not the
  // placement's figures.
  const info = areas.get(o.id);
  const art = info ? artworkAttributes(info, o) : new Set();
  const entries = info ? artworkEntries(info, o) : [];
  const design = h('span', { class: 'order-design' }, designSummary(o.designLines.filter((l) => !art.has(l.attribute))));
  const artwork = entries.map((e) => h('span', { class: 'order-art-line', 'data-area': e.area }, thumbnail(e, 40), h('span', { text: `${e.name}: ${e.text}` })));
  tr.append(
    cell(link),
    cell(product, h('br'), design, ...artwork),
    cell(o.quantity),
    cell(money(o.total, o.currency)),
    // A service (ships false) ends at "Processed", as on the order's own page.
    cell(h('span', { class: 'order-status' }, statusLabel(o.status, o.ships === false))),
    cell(when(o.createdAt)),
    cell(actions(o.id, (text, isError) => say('message', text, isError), owned)),
  );
  return tr;
}

// order id → its product version's print areas (null: not readable).
const areas = new Map();

// The customer's wishes a published version met (GET /api/notices: their own only).
let notices = [];

function drawNotices() {
  const list = document.getElementById('notice-list');
  list.replaceChildren(...notices.map((n) => {
    const dismiss = h('button', { type: 'button', class: 'link dismiss', id: `dismiss-${n.wish}` }, t('notices.dismiss'));
    dismiss.addEventListener('click', () => dismissNotice(n.wish));
    return h('li', { id: `notice-${n.wish}`, class: 'notice' },
      t('notices.met', { text: n.text, product: productLabel(n.product), version: n.version }), ' ',
      h('a', { href: `/p/${encodeURIComponent(n.product)}` }, t('notices.design')), ' ', dismiss);
  }));
  document.getElementById('notices').hidden = notices.length === 0;
}

// Dismissing a notice (DELETE /api/notices/{wish}) removes it here and on every later visit.
async function dismissNotice(wish) {
  const r = await api('DELETE', `/api/notices/${wish}`);
  if (!r.ok) {
    say('message', t('notices.cannotDismiss', { why: r.error.message }), true);
    return;
  }
  notices = notices.filter((n) => n.wish !== wish);
  drawNotices();
}

async function loadNotices() {
  const r = await api('GET', '/api/notices');
  if (r.ok) notices = r.body.notices;
  drawNotices();
}

function draw() {
  drawNotices();
  if (notice) say('message', t(notice));
  table.tBodies[0].replaceChildren(...shown.map(row));
}

function tell(key) {
  notice = key;
  say('message', t(key));
}

async function load() {
  const s = await session();
  if (!s.signedIn) {
    tell('orders.signIn');
    return;
  }
  if (before === null) await loadNotices();
  const r = await api('GET', '/api/orders?limit=20' + (before ? `&before=${before}` : ''));
  if (!r.ok) {
    say('message', r.error.message, true);
    return;
  }
  if (r.body.orders.length === 0 && before === null) {
    tell('orders.none');
    return;
  }
  await Promise.all(r.body.orders.map(async (o) => areas.set(o.id, await loadAreas(o.product, o.version))));
  shown.push(...r.body.orders);
  draw();
  table.hidden = false;
  before = r.body.next;
  more.hidden = before === null;
}

function cell(...content) {
  const td = h('td');
  for (const c of content) td.append(typeof c === 'object' ? c : String(c), ' ');
  return td;
}

more.addEventListener('click', load);
await Promise.all([pageLanguage(async () => draw()), loadProductLabels()]);
load();
