// One work centre's queue: started operations first, then queued ones by plan, the next job marked;
// Start and Done (with an optional scrap or rework note) move an operation on.
import { api, el, problemText, say } from '/account/api.js';
import { designSummary, facts, productLine, staffOnly } from '/staff/common.js';

const id = new URLSearchParams(window.location.search).get('id') ?? '';

function minutes(m) {
  return m >= 60 ? `${m} min (${Math.floor(m / 60)} h ${m % 60} min)` : `${m} min`;
}

function planned(op) {
  return op.firstDay === op.lastDay ? op.firstDay : `${op.firstDay} to ${op.lastDay}`;
}

/** One operation as a card with its action. */
function job(op, order, isNext) {
  const name = op.label.en || op.operation;
  const heading = el('h2', `${name} · order #${op.orderId}`);
  if (op.status === 'started') heading.append(el('span', 'started', { class: 'badge started' }));
  if (isNext) heading.append(el('span', 'next', { class: 'badge next' }));
  const note = el('textarea', null, { name: 'note', rows: '2', maxlength: '2000', id: `note-${op.id}` });
  if (op.note) note.value = op.note;
  const noteLabel = el('label', 'Scrap / rework note');
  noteLabel.append(note);
  const action = op.status === 'started' ? 'done' : 'start';
  const button = el('button', action === 'done' ? 'Done' : 'Start', { type: 'button', id: `${action}-${op.id}` });
  if (action === 'start' && !op.ready) {
    button.disabled = true;
    button.title = 'An earlier operation of this production order is not done yet';
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    const r = await api('POST', `/api/operations/${encodeURIComponent(op.id)}/${action}`, { note: note.value.trim() || null });
    if (!r.ok) {
      button.disabled = false;
      return say('message', problemText(r), true);
    }
    const after = r.body.productionOrderStatus;
    say('message', action === 'start'
      ? `Started ${name} of order #${op.orderId}.`
      : `Done: ${name} of order #${op.orderId}` + (after === 'done' ? '; the production order is finished and ready to ship.' : '.'));
    await load(action === 'start' ? `done-${op.id}` : null);
  });
  const row = el('div', null, { class: 'row' });
  row.append(noteLabel, button);
  const item = el('li', null, { class: 'job' + (isNext ? ' next' : ''), id: `job-${op.id}` });
  item.append(heading, facts([
    ['Production order', op.productionOrderId],
    ['Product', order ? productLine(order) : '—'],
    ['Design', order ? designSummary(order) : '—'],
    ['Operation', `${op.sequence}. ${name}`],
    ['Setup + run', minutes(op.minutes)],
    ['Planned', planned(op)],
  ]), row);
  return item;
}

/**
 * Draws the queue. After an action, focus goes to {@code focusId} (Done of the operation just
 * started) or else to the next job's Start, so keyboard users keep their place.
 */
async function load(focusId, afterAction = true) {
  const r = await api('GET', `/api/work-centres/${encodeURIComponent(id)}/queue`);
  if (!r.ok) return say('message', problemText(r), true);
  const q = r.body;
  const list = document.getElementById('jobs');
  list.replaceChildren();
  for (const op of q.operations) list.append(job(op, q.productionOrders[op.productionOrderId], op.id === q.next));
  document.getElementById('empty').hidden = q.operations.length > 0;
  const target = (focusId && document.getElementById(focusId)) || (q.next && document.getElementById(`start-${q.next}`));
  if (afterAction && target) target.focus();
}

async function start() {
  if (!(await staffOnly(`/staff/queue.html?id=${encodeURIComponent(id)}`))) return;
  const centres = await api('GET', '/api/work-centres');
  const centre = centres.ok ? centres.body.workCentres.find((w) => w.id === id) : null;
  const title = `Queue: ${centre ? centre.label : id}`;
  document.getElementById('title').textContent = title;
  document.title = `${title} · Atelier`;
  await load(null, false);
}

start();
