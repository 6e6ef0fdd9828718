// The work centres with today's load, and the finished production orders waiting to ship.
import { api, el, problemText, say } from '/account/api.js';
import { t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { designSummary, facts, productLine, staffOnly } from '/staff/common.js';

async function centres() {
  const r = await api('GET', '/api/work-centres');
  if (!r.ok) return say('message', problemText(r), true);
  const rows = document.getElementById('centre-rows');
  rows.replaceChildren();
  const byLabel = [...r.body.workCentres].sort((a, b) => a.label.localeCompare(b.label));
  for (const w of byLabel) {
    const link = el('a', w.label, { href: `/staff/queue.html?id=${encodeURIComponent(w.id)}` });
    const name = el('th', null, { scope: 'row' });
    name.append(link);
    const today = w.today;
    const load = el('td');
    if (today && today.capacityMinutes > 0) {
      load.append(el('meter', null, {
        min: '0', max: String(today.capacityMinutes), value: String(today.bookedMinutes),
        'aria-label': t('staff.load.aria', { centre: w.label, booked: today.bookedMinutes, capacity: today.capacityMinutes }),
      }));
    } else {
      load.textContent = t('staff.load.closed');
    }
    const row = el('tr', null, { id: `centre-${w.id}` });
    row.append(name, el('td', today ? t('staff.load.minutes', { booked: today.bookedMinutes, capacity: today.capacityMinutes }) : '—'), load);
    rows.append(row);
  }
  document.getElementById('centres').hidden = false;
}

async function dispatch() {
  const r = await api('GET', '/api/production-orders?status=done');
  if (!r.ok) return say('message', problemText(r), true);
  const list = document.getElementById('ship-list');
  list.replaceChildren();
  for (const p of r.body.productionOrders) {
    const tracking = el('input', null, { name: 'tracking', maxlength: '2000', id: `tracking-${p.id}` });
    const label = el('label', t('staff.ship.tracking'));
    label.append(tracking);
    const ship = el('button', t('staff.ship'), { type: 'button', id: `ship-${p.id}` });
    ship.addEventListener('click', async () => {
      ship.disabled = true;
      const done = await api('POST', `/api/production-orders/${encodeURIComponent(p.id)}/ship`,
        { trackingNumber: tracking.value.trim() || null });
      ship.disabled = false;
      if (!done.ok) return say('message', problemText(done), true);
      say('message', t('staff.ship.done', { id: p.id, order: p.orderId }));
      await dispatch();
    });
    const row = el('div', null, { class: 'row' });
    row.append(label, ship);
    const item = el('li', null, { class: 'job', id: `ship-item-${p.id}` });
    item.append(el('h3', t('staff.ship.heading', { order: p.orderId, product: productLine(p) })),
      facts([[t('staff.fact.productionOrder'), p.id], [t('staff.fact.design'), designSummary(p)],
        [t('staff.fact.promised'), p.promisedDate]]), row);
    list.append(item);
  }
  document.getElementById('dispatch-empty').hidden = r.body.productionOrders.length > 0;
  document.getElementById('dispatch').hidden = false;
}

async function draw() {
  await centres();
  await dispatch();
}

async function start() {
  let allowed = false;
  await pageLanguage(async () => (allowed ? draw() : staffOnly('/staff/index.html')));
  if (!(await staffOnly('/staff/index.html'))) return;
  allowed = true;
  await draw();
}

start();
