// One order: status (moved on by production), configuration (in the labels of the order's model
// version, in the page language), price, reorder and reconfigure.
import { api, el, problemText, say } from '/account/api.js';
import { STATUSES, actions, money, statusLabel, when } from '/orders/common.js';
import { designParts } from '/js/design-lines.js';
import { t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';

let order = null;

function drawDesign() {
  if (!order) return;
  document.getElementById('configuration').tBodies[0].replaceChildren(
    ...order.designLines.map((line) => {
      const [name, value] = designParts(line);
      const row = el('tr', null, { 'data-attribute': line.attribute });
      row.append(el('th', name, { scope: 'row' }), el('td', value ?? t('orders.yes')));
      return row;
    }),
  );
}

async function load() {
  const id = new URLSearchParams(window.location.search).get('id');
  const r = await api('GET', `/api/orders/${encodeURIComponent(id ?? '')}`);
  if (!r.ok) {
    say('message', r.status === 401 ? 'Sign in to see your orders.' : problemText(r), true);
    return;
  }
  const o = r.body;
  document.getElementById('title').textContent = `Order #${o.id}`;
  document.title = `Order #${o.id} · Atelier`;
  document.getElementById('status').textContent = statusLabel(o.status);
  const reached = STATUSES.findIndex(([s]) => s === o.status);
  const steps = document.getElementById('steps');
  STATUSES.forEach(([, label], i) => {
    const li = el('li', label + (i <= reached ? ' ✓' : ''));
    if (i === reached) li.setAttribute('aria-current', 'step');
    steps.append(li);
  });
  order = o;
  drawDesign();
  const price = document.getElementById('price');
  for (const line of o.price.lines) {
    const row = el('tr');
    row.append(el('td', line.label), el('td', money(line.amount, o.price.currency)));
    price.tBodies[0].append(row);
  }
  const unit = el('tr');
  unit.append(el('th', `Unit price × ${o.quantity}`), el('td', money(o.price.unit, o.price.currency)));
  const total = el('tr');
  total.append(el('th', 'Total'), el('td', money(o.price.total, o.price.currency)));
  price.tFoot.append(unit, total);
  const p = document.getElementById('actions');
  p.append(`Placed ${when(o.createdAt)}`, el('br'), ...actions(o.id, (text, isError) => say('message', text, isError)));
  document.getElementById('order').hidden = false;
}

await pageLanguage(async () => drawDesign());
load();
