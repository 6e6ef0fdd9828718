// One work centre's queue: started operations first, then queued ones by plan, the next job marked;
// Start and Done (with an optional scrap or rework note) move an operation on.
import { api } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { label, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { designSummary } from '/js/design-lines.js';
import { loadProductLabels } from '/js/product-labels.js';
import { areaName, centreName, day, facts, failureReason, minutes, productLine, productionOrderId, staffOnly } from '/staff/common.js';

const id = new URLSearchParams(window.location.search).get('id') ?? '';
const here = `/staff/queue.html?id=${encodeURIComponent(id)}`;

function planned(op) {
  return op.firstDay === op.lastDay ? day(op.firstDay) : t('staff.planned.range', { first: day(op.firstDay), last: day(op.lastDay) });
}

/** What the booked minutes are made of: set-up and run (per piece × quantity) when the routing said. */
function time(op, order) {
  if (op.setupMinutes == null || op.runMinutes == null) return [[t('staff.fact.booked'), minutes(op.minutes)]];
  const run = order
    ? t('staff.run', { quantity: order.quantity, each: minutes(op.runMinutes / order.quantity), total: minutes(op.runMinutes) })
    : minutes(op.runMinutes);
  return [[t('staff.fact.setup'), minutes(op.setupMinutes)], [t('staff.fact.run'), run],
    [t('staff.fact.bookedRounded'), minutes(op.minutes)]];
}

/** Links to the print files of a production order (a PDF and a PNG per print area), or null. */
function printFiles(files, opId, order) {
  if (!files || files.length === 0) return null;
  const p = h('p', { class: 'print-files', id: `print-files-${opId}` }, `${t('staff.printFiles')}: `);
  files.forEach((f, i) => {
    if (i > 0) p.append(', ');
    p.append(h('a', { href: f.path, download: '' }, t('staff.printFile', { area: areaName(order, f.area), format: f.format.toUpperCase() })));
  });
  return p;
}

/**
 * What keeps a production order's print files from existing: being made (with the last failed
 * attempt's reason), or failed for good with the reason and a Retry button (staff and admins only see
 * this page; the route checks again).
 */
function pendingFiles(pending, opId, productionOrder, order) {
  if (!pending || pending.length === 0) return null;
  const box = h('div', { class: 'print-files pending', id: `print-files-pending-${opId}` });
  for (const file of pending) {
    const f = { ...file, area: areaName(order, file.area) };
    const dead = f.status === 'dead';
    const line = h('p', { id: `print-files-pending-${opId}-${file.area}` });
    const reason = failureReason(file, f.area);
    if (dead) line.textContent = t('staff.printFilesFailed', { area: f.area, reason });
    else if (f.attempts > 0 && f.reason) line.textContent = t('staff.printFilesRetrying', { area: f.area, attempts: f.attempts, reason });
    else line.textContent = t('staff.printFilesPending', { area: f.area });
    if (dead) {
      const retry = h('button', { type: 'button', class: 'secondary', id: `retry-print-${opId}-${file.area}` }, t('staff.dead.retry'));
      retry.addEventListener('click', async () => {
        retry.disabled = true;
        const r = await api('POST', `/api/print-jobs/${encodeURIComponent(productionOrder)}/${encodeURIComponent(file.area)}/retry`);
        if (!r.ok) {
          retry.disabled = false;
          return say('message', r.error.message, true);
        }
        say('message', t('staff.dead.retried', { area: f.area, order: order?.orderId ?? '—' }));
        await load(null, false);
      });
      line.append(' ', retry);
    }
    box.append(line);
  }
  return box;
}

/** One operation as a card with its action. */
function job(op, order, isNext, files, pending) {
  const name = label(op.label) || op.operation;
  const heading = h('h2', {}, t('staff.job.heading', { operation: name, order: op.orderId }));
  if (op.status === 'started') heading.append(h('span', { class: 'badge started' }, t('staff.badge.started')));
  if (isNext) heading.append(h('span', { class: 'badge next' }, t('staff.badge.next')));
  const note = h('textarea', { name: 'note', rows: '2', maxlength: '2000', id: `note-${op.id}` });
  if (op.note) note.value = op.note;
  const noteLabel = h('label', {}, t('staff.note'));
  noteLabel.append(note);
  const action = op.status === 'started' ? 'done' : 'start';
  const button = h('button', { type: 'button', id: `${action}-${op.id}` }, action === 'done' ? t('staff.done') : t('staff.start'));
  // A Start that cannot be used says why next to it, not only in a tooltip.
  let reason = null;
  if (action === 'start' && !op.ready) {
    reason = t('staff.notReady');
  } else if (action === 'start' && pending && pending.length > 0) {
    reason = t('staff.blockedByPrintFiles');
    heading.append(h('span', { class: 'badge blocked' }, t('staff.badge.blocked')));
  }
  if (reason) {
    button.disabled = true;
    button.title = reason;
    button.setAttribute('aria-describedby', `start-reason-${op.id}`);
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    const r = await api('POST', `/api/operations/${encodeURIComponent(op.id)}/${action}`, { note: note.value.trim() || null });
    if (!r.ok) {
      button.disabled = false;
      return say('message', r.error.message, true);
    }
    const finished = r.body.productionOrderStatus === 'done';
    say('message', action === 'start'
      ? t('staff.started', { operation: name, order: op.orderId })
      : t(finished ? 'staff.doneFinished' : 'staff.doneOne', { operation: name, order: op.orderId }));
    await load(action === 'start' ? `done-${op.id}` : null);
  });
  const row = h('div', { class: 'row' });
  row.append(noteLabel, button);
  if (reason) row.append(h('p', { class: 'start-reason', id: `start-reason-${op.id}` }, reason));
  if (op.note) {
    // A scrap or rework note may be what a customer would want changed: record it as a wish.
    const query = `operation=${encodeURIComponent(op.id)}&note=${encodeURIComponent(op.note)}`;
    row.append(h('a', { href: `/staff/wish.html?${query}`, id: `to-wish-${op.id}` }, t('staff.toWish')));
  }
  const item = h('li', { class: 'job' + (isNext ? ' next' : ''), id: `job-${op.id}` });
  heading.title = `${t('staff.fact.productionOrder')} ${op.productionOrderId}`;
  item.append(heading, facts([
    [t('staff.fact.product'), order ? productLine(order) : '—'],
    [t('staff.fact.due'), order ? day(order.promisedDate) : '—'],
    [t('staff.fact.design'), order ? designSummary(order.design) : '—'],
    [t('staff.fact.operation'), `${op.sequence}. ${name}`],
    ...time(op, order),
    [t('staff.fact.planned'), planned(op)],
  ]));
  const links = printFiles(files, op.id, order);
  if (links) item.append(links);
  const waiting = pendingFiles(pending, op.id, op.productionOrderId, order);
  if (waiting) item.append(waiting);
  item.append(row, productionOrderId(op.productionOrderId, order?.version));
  return item;
}

/**
 * Draws the queue. After an action, focus goes to {@code focusId} (Done of the operation just
 * started) or else to the next job's Start, so keyboard users keep their place.
 */
async function load(focusId, afterAction = true) {
  const r = await api('GET', `/api/work-centres/${encodeURIComponent(id)}/queue`);
  if (!r.ok) return say('message', r.error.message, true);
  const q = r.body;
  const list = document.getElementById('jobs');
  list.replaceChildren();
  for (const op of q.operations) list.append(job(op, q.productionOrders[op.productionOrderId], op.id === q.next, (q.printFiles || {})[op.productionOrderId], (q.printFilesPending || {})[op.productionOrderId]));
  document.getElementById('empty').hidden = q.operations.length > 0;
  const target = (focusId && document.getElementById(focusId)) || (q.next && document.getElementById(`start-${q.next}`));
  if (afterAction && target) target.focus();
}

async function draw() {
  const [centres] = await Promise.all([api('GET', '/api/work-centres'), loadProductLabels()]);
  const centre = centres.ok ? centres.body.workCentres.find((w) => w.id === id) : null;
  const title = t('staff.queue.title', { centre: centre ? centreName(centre) : id });
  document.getElementById('title').textContent = title;
  document.title = `${title} · Atelier`;
  await load(null, false);
}

async function start() {
  let allowed = false;
  await pageLanguage(async () => (allowed ? draw() : staffOnly(here)));
  if (!(await staffOnly(here))) return;
  allowed = true;
  await draw();
}

start();
