// Finding an order's work by its number; the work centres with their open work (those with work
// first) and today's load; the finished production orders waiting to ship; and the print jobs whose
// attempts are spent (dead), each with its reason and a Retry button.
import { api } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { label, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { designSummary } from '/js/design-lines.js';
import { loadProductLabels, productLabel } from '/js/product-labels.js';
import { centreName, day, facts, failureReason, productLine, productionOrderId, staffOnly } from '/staff/common.js';

/** Work centre names by id, for the centres where an order's work waits. */
const centreNames = new Map();

/**
 * Settles when the product labels and centre names of the page language are known: an order found
 * before then would show raw ids. Replaced by each (re)draw.
 */
let firstNames;
let named = new Promise((resolve) => { firstNames = resolve; });

/** The order number last looked up (drawn again after a language switch), and the lookup counter. */
let sought = null;
let lookups = 0;

/** Centres with started or waiting work first, then by name. */
function byWork(a, b) {
  const work = (w) => (w.started > 0 ? 0 : w.queued > 0 ? 1 : 2);
  return work(a) - work(b) || centreName(a).localeCompare(centreName(b));
}

async function centres() {
  const r = await api('GET', '/api/work-centres');
  if (!r.ok) return say('message', r.error.message, true);
  const rows = document.getElementById('centre-rows');
  rows.replaceChildren();
  centreNames.clear();
  for (const w of [...r.body.workCentres].sort(byWork)) {
    centreNames.set(w.id, centreName(w));
    const link = h('a', { href: `/staff/queue.html?id=${encodeURIComponent(w.id)}` }, centreName(w));
    const name = h('th', { scope: 'row' });
    name.append(link);
    const idle = w.queued + w.started === 0;
    const work = h('td', { class: 'work' }, idle ? t('staff.work.none')
      : t('staff.work.count', { queued: w.queued, started: w.started }));
    const today = w.today;
    const load = h('td');
    if (today && today.capacityMinutes > 0) {
      load.append(h('meter', {
        min: '0', max: String(today.capacityMinutes), value: String(today.bookedMinutes),
        'aria-label': t('staff.load.aria', { centre: centreName(w), booked: today.bookedMinutes, capacity: today.capacityMinutes }),
      }));
    } else {
      load.textContent = t('staff.load.closed');
    }
    const row = h('tr', { id: `centre-${w.id}`, class: idle ? 'idle' : 'busy' });
    row.append(name, work, h('td', {}, today ? t('staff.load.minutes', { booked: today.bookedMinutes, capacity: today.capacityMinutes }) : '—'), load);
    rows.append(row);
  }
  document.getElementById('centres').hidden = false;
}

/** Looks up the order numbered in the box. */
async function findOrder(event) {
  event.preventDefault();
  sought = document.getElementById('order-number').value.trim().replace(/^#/, '') || null;
  await showOrder();
}

/**
 * The production orders of the order last sought and the centres where their work waits, drawn once
 * the names are known; an answer overtaken by a later lookup is dropped.
 */
async function showOrder() {
  const list = document.getElementById('order-work');
  const none = document.getElementById('find-none');
  const mine = ++lookups;
  const number = sought;
  if (!number) {
    list.replaceChildren();
    none.hidden = true;
    return;
  }
  list.setAttribute('aria-busy', 'true');
  const [r] = await Promise.all([api('GET', `/api/production-orders/by-order/${encodeURIComponent(number)}`), named]);
  if (mine !== lookups) return;
  list.removeAttribute('aria-busy');
  list.replaceChildren();
  none.hidden = true;
  if (!r.ok) {
    none.textContent = r.error.status === 404 ? t('staff.find.none', { order: number }) : r.error.message;
    none.hidden = false;
    return;
  }
  for (const p of r.body.productionOrders) {
    const open = r.body.operations.filter((o) => o.productionOrderId === p.id && o.status !== 'done');
    const where = h('ul', { class: 'where' });
    for (const o of open) {
      const link = h('a', { href: `/staff/queue.html?id=${encodeURIComponent(o.workCentre)}` },
        centreNames.get(o.workCentre) || o.workCentre);
      const item = h('li');
      item.append(link, ' — ', t('staff.find.step', { operation: label(o.label, o.operation), status: t(`staff.opstatus.${o.status}`) }));
      where.append(item);
    }
    const item = h('li', { class: 'job', id: `work-${p.id}` });
    item.append(h('h3', {}, t('staff.find.heading', { order: p.orderId, product: productLine(p) })),
      facts([[t('staff.find.status'), t(`staff.opstatus.${p.status}`)], [t('staff.fact.due'), day(p.promisedDate)],
        [t('staff.fact.design'), designSummary(p.design)],
        [t('staff.find.where'), open.length ? where : t('staff.find.finished')]]), productionOrderId(p.id, p.version));
    list.append(item);
  }
}

async function dispatch() {
  const r = await api('GET', '/api/production-orders?status=done');
  if (!r.ok) return say('message', r.error.message, true);
  const list = document.getElementById('ship-list');
  list.replaceChildren();
  for (const p of r.body.productionOrders) {
    const tracking = h('input', { name: 'tracking', maxlength: '2000', id: `tracking-${p.id}` });
    const label = h('label', {}, t('staff.ship.tracking'));
    label.append(tracking);
    const ship = h('button', { type: 'button', id: `ship-${p.id}` }, t('staff.ship'));
    ship.addEventListener('click', async () => {
      ship.disabled = true;
      const done = await api('POST', `/api/production-orders/${encodeURIComponent(p.id)}/ship`,
        { trackingNumber: tracking.value.trim() || null });
      ship.disabled = false;
      if (!done.ok) return say('message', done.error.message, true);
      const number = tracking.value.trim();
      say('message', number
        ? t('staff.ship.doneTracking', { order: p.orderId, product: productLine(p), tracking: number })
        : t('staff.ship.done', { order: p.orderId, product: productLine(p) }));
      await dispatch();
    });
    const row = h('div', { class: 'row' });
    row.append(label, ship);
    const item = h('li', { class: 'job', id: `ship-item-${p.id}` });
    item.append(h('h3', {}, t('staff.ship.heading', { order: p.orderId, product: productLine(p) })),
      facts([[t('staff.fact.due'), day(p.promisedDate)], [t('staff.fact.design'), designSummary(p.design)]]),
      row, productionOrderId(p.id, p.version));
    list.append(item);
  }
  document.getElementById('dispatch-empty').hidden = r.body.productionOrders.length > 0;
  document.getElementById('dispatch').hidden = false;
}

async function deadJobs() {
  const r = await api('GET', '/api/print-jobs/dead');
  if (!r.ok) return say('message', r.error.message, true);
  const list = document.getElementById('dead-list');
  list.replaceChildren();
  for (const j of r.body.jobs) {
    const key = `${j.productionOrder}-${j.area}`;
    const area = label(j.areaLabels, j.area);
    const retry = h('button', { type: 'button', id: `retry-${key}` }, t('staff.dead.retry'));
    retry.addEventListener('click', async () => {
      retry.disabled = true;
      const done = await api('POST',
        `/api/print-jobs/${encodeURIComponent(j.productionOrder)}/${encodeURIComponent(j.area)}/retry`);
      retry.disabled = false;
      if (!done.ok) return say('message', done.error.message, true);
      say('message', t('staff.dead.retried', { area, order: j.orderId }));
      await deadJobs();
    });
    const item = h('li', { class: 'job', id: `dead-${key}` });
    item.append(h('h3', {}, t('staff.dead.heading', { order: j.orderId, area })),
      facts([[t('staff.fact.product'), productLabel(j.product)],
        [t('staff.dead.reason'), failureReason(j, area)], [t('staff.dead.attempts'), String(j.attempts)]]),
      h('div', { class: 'row' }, retry), productionOrderId(j.productionOrder, j.version));
    list.append(item);
  }
  document.getElementById('dead-jobs-empty').hidden = r.body.jobs.length > 0;
  document.getElementById('dead-jobs').hidden = false;
}

async function draw() {
  named = loadProductLabels().then(centres);
  firstNames(named);
  await named;
  if (sought) await showOrder();
  await dispatch();
  await deadJobs();
}

async function start() {
  document.getElementById('find-order').addEventListener('submit', findOrder);
  let allowed = false;
  await pageLanguage(async () => (allowed ? draw() : staffOnly('/staff/index.html')));
  if (!(await staffOnly('/staff/index.html'))) return firstNames();
  allowed = true;
  await draw();
}

start();
