// Admin: webhooks (add, disable, enable) and their delivery log, newest first.
import { t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { api, el, problemText, say, session } from './api.js';

const EVENT_TYPES = ['order.placed', 'production.started', 'production.completed', 'order.shipped'];

function time(iso) {
  return iso ? iso.slice(0, 19).replace('T', ' ') : '—';
}

async function webhooks() {
  const r = await api('GET', '/api/webhooks');
  if (!r.ok) return say('message', problemText(r), true);
  const rows = document.getElementById('webhook-rows');
  rows.replaceChildren();
  for (const w of r.body.webhooks) {
    const toggle = el('button', w.active ? t('webhooks.disable') : t('webhooks.enable'), { type: 'button', id: `toggle-${w.id}` });
    toggle.addEventListener('click', async () => {
      const changed = await api('POST', `/api/webhooks/${w.id}/${w.active ? 'disable' : 'enable'}`);
      if (!changed.ok) return say('message', problemText(changed), true);
      say('message', t(changed.body.active ? 'webhooks.enabled' : 'webhooks.disabled', { url: changed.body.url }));
      await webhooks();
      document.getElementById(`toggle-${w.id}`)?.focus();
    });
    const action = el('td');
    action.append(toggle);
    const row = el('tr', null, { id: `webhook-${w.id}` });
    row.append(el('td', w.url), el('td', w.events.join(', ')),
      el('td', w.active ? t('webhooks.state.active') : t('webhooks.state.disabled')), el('td', time(w.createdAt)), action);
    rows.append(row);
  }
}

async function deliveries() {
  const r = await api('GET', '/api/webhooks/deliveries');
  if (!r.ok) return say('message', problemText(r), true);
  const rows = document.getElementById('delivery-rows');
  rows.replaceChildren();
  for (const d of r.body.deliveries) {
    const last = d.log.length ? d.log[d.log.length - 1] : null;
    const status = last ? (last.statusCode ?? last.error ?? '—') : '—';
    const row = el('tr', null, { id: `delivery-${d.id}`, 'data-type': d.type, 'data-status': d.status });
    const action = el('td');
    if (d.status === 'dead') {
      const retry = el('button', t('webhooks.log.retryNow'), { type: 'button', id: `retry-${d.id}` });
      retry.addEventListener('click', async () => {
        const again = await api('POST', `/api/webhooks/deliveries/${d.id}/retry`);
        if (!again.ok) return say('message', problemText(again), true);
        say('message', t('webhooks.log.retried', { id: d.id }));
        await deliveries();
      });
      action.append(retry);
    }
    row.append(el('td', d.type), el('td', '#' + d.orderId), el('td', d.webhookId), el('td', d.attempts),
      el('td', status), el('td', d.status === 'pending' ? time(d.nextAttemptAt) : '—'), el('td', time(d.deliveredAt)),
      el('td', t('webhooks.log.state.' + d.status), { class: 'delivery-state' }), action);
    rows.append(row);
  }
  document.getElementById('log-empty').hidden = r.body.deliveries.length > 0;
}

async function admin() {
  const s = await session();
  if (!s.signedIn) {
    window.location.assign('/account/signin.html?next=/account/webhooks.html');
    return false;
  }
  if (s.account.role !== 'ADMIN') {
    say('message', t('webhooks.forAdmins'), true);
    return false;
  }
  return true;
}

async function start() {
  let allowed = false;
  await pageLanguage(async () => {
    if (!allowed) return admin();
    await webhooks();
    await deliveries();
  });
  if (!(await admin())) return;
  allowed = true;
  const types = document.getElementById('event-types');
  for (const type of EVENT_TYPES) {
    const box = el('label', null, { class: 'check' });
    box.append(el('input', null, { type: 'checkbox', name: 'events', value: type }), ' ' + type);
    types.append(box);
  }
  document.getElementById('new-webhook').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const r = await api('POST', '/api/webhooks', { url: form.get('url'), events: form.getAll('events') });
    if (!r.ok) return say('message', problemText(r), true);
    const secret = document.getElementById('secret');
    secret.replaceChildren(t('webhooks.secret') + ' ', el('code', r.body.secret, { class: 'secret', id: 'webhook-secret' }));
    say('message', t('webhooks.added', { url: r.body.webhook.url }));
    event.target.reset();
    await webhooks();
  });
  document.getElementById('refresh').addEventListener('click', deliveries);
  document.getElementById('hooks').hidden = false;
  document.getElementById('log').hidden = false;
  await webhooks();
  await deliveries();
}

start();
