// "My orders": the signed-in customer's orders, newest first, with status, reorder, reconfigure
// and a link to adjust the owned product.
import { api, el, problemText, say, session } from '/account/api.js';
import { actions, money, statusLabel, when } from '/orders/common.js';
import { designSummary } from '/js/design-lines.js';
import { pageLanguage } from '/js/page-language.js';

const table = document.getElementById('orders');
const more = document.getElementById('more');
let before = null;
// Each shown order's design cell and lines, redrawn in a newly chosen language.
const designs = [];

function drawDesigns() {
  for (const [span, lines] of designs) span.textContent = designSummary(lines);
}

async function load() {
  const s = await session();
  if (!s.signedIn) {
    say('message', 'Sign in to see your orders.');
    return;
  }
  const r = await api('GET', '/api/orders?limit=20' + (before ? `&before=${before}` : ''));
  if (!r.ok) {
    say('message', problemText(r), true);
    return;
  }
  if (r.body.orders.length === 0 && before === null) {
    say('message', 'You have no orders yet.');
    return;
  }
  const body = table.tBodies[0];
  for (const o of r.body.orders) {
    const link = el('a', '#' + o.id, { href: `/orders/order.html?id=${o.id}` });
    const row = el('tr', null, { id: `order-${o.id}` });
    // The adaptive face: the owner re-adjusts what may change after purchase.
    const owned = el('a', 'Adjust', { href: `/orders/owned.html?order=${o.id}`, class: 'owned-link' });
    const design = el('span', designSummary(o.designLines), { class: 'order-design' });
    designs.push([design, o.designLines]);
    row.append(
      cell(link),
      cell(o.product + ' ' + o.version, el('br'), design),
      cell(o.quantity),
      cell(money(o.total, o.currency)),
      cell(statusLabel(o.status)),
      cell(when(o.createdAt)),
      cell(...actions(o.id, (text, isError) => say('message', text, isError)), owned),
    );
    body.append(row);
  }
  table.hidden = false;
  before = r.body.next;
  more.hidden = before === null;
}

function cell(...content) {
  const td = el('td');
  for (const c of content) td.append(typeof c === 'object' ? c : String(c), ' ');
  return td;
}

more.addEventListener('click', load);
await pageLanguage(async () => drawDesigns());
load();
