// Admin: webhooks (add, disable, enable) and their delivery log, newest first.
import { t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { api, session } from '/js/http.js';
import { h, say } from '/js/dom.js';

const EVENT_TYPES = ['order.placed', 'production.started', 'production.completed', 'order.shipped'];

function time(iso) {
  return iso ? iso.slice(0, 19).replace('T', ' ') : '—';
}

async function webhooks() {
  const r = await api('GET', '/api/webhooks');
  if (!r.ok) return say('message', r.error.message, true);
  const rows = document.getElementById('webhook-rows');
  rows.replaceChildren();
  for (const w of r.body.webhooks) {
    const toggle = h('button', { type: 'button', id: `toggle-${w.id}` }, w.active ? t('webhooks.disable') : t('webhooks.enable'));
    toggle.addEventListener('click', async () => {
      const changed = await api('POST', `/api/webhooks/${w.id}/${w.active ? 'disable' : 'enable'}`);
      if (!changed.ok) return say('message', changed.error.message, true);
      say('message', t(changed.body.active ? 'webhooks.enabled' : 'webhooks.disabled', { url: changed.body.url }));
      await webhooks();
      document.getElementById(`toggle-${w.id}`)?.focus();
    });
    const action = h('td');
    action.append(toggle);
    const row = h('tr', { id: `webhook-${w.id}` });
    row.append(h('td', {}, w.url), h('td', {}, w.events.join(', ')),
      h('td', {}, w.active ? t('webhooks.state.active') : t('webhooks.state.disabled')), h('td', {}, time(w.createdAt)), action);
    rows.append(row);
  }
}

async function deliveries() {
  const r = await api('GET', '/api/webhooks/deliveries');
  if (!r.ok) return say('message', r.error.message, true);
  const rows = document.getElementById('delivery-rows');
  rows.replaceChildren();
  for (const d of r.body.deliveries) {
    const last = d.log.length ? d.log[d.log.length - 1] : null;
    const status = last ? (last.statusCode ?? last.error ?? '—') : '—';
    const row = h('tr', { id: `delivery-${d.id}`, 'data-type': d.type, 'data-status': d.status });
    const action = h('td');
    if (d.status === 'dead') {
      const retry = h('button', { type: 'button', id: `retry-${d.id}` }, t('webhooks.log.retryNow'));
      retry.addEventListener('click', async () => {
        const again = await api('POST', `/api/webhooks/deliveries/${d.id}/retry`);
        if (!again.ok) return say('message', again.error.message, true);
        say('message', t('webhooks.log.retried', { id: d.id }));
        await deliveries();
      });
      action.append(retry);
    }
    row.append(h('td', {}, d.type), h('td', {}, '#' + d.orderId), h('td', {}, d.webhookId), h('td', {}, d.attempts),
      h('td', {}, status), h('td', {}, d.status === 'pending' ? time(d.nextAttemptAt) : '—'), h('td', {}, time(d.deliveredAt)),
      h('td', { class: 'delivery-state' }, t('webhooks.log.state.' + d.status)), action);
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
    const box = h('label', { class: 'check' });
    box.append(h('input', { type: 'checkbox', name: 'events', value: type }), ' ' + type);
    types.append(box);
  }
  document.getElementById('new-webhook').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const r = await api('POST', '/api/webhooks', { url: form.get('url'), events: form.getAll('events') });
    if (!r.ok) return say('message', r.error.message, true);
    const secret = document.getElementById('secret');
    secret.replaceChildren(t('webhooks.secret') + ' ', h('code', { class: 'secret', id: 'webhook-secret' }, r.body.secret));
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
