import { api, session, say, problemText, el } from './api.js';

const ROLES = ['CUSTOMER', 'STAFF', 'PRODUCT_MANAGER', 'ADMIN'];

async function users() {
  const result = await api('GET', '/api/admin/accounts');
  if (!result.ok) return say('message', problemText(result), true);
  const rows = document.getElementById('user-rows');
  rows.replaceChildren();
  for (const a of result.body.accounts) {
    const select = el('select');
    for (const r of ROLES) select.append(el('option', r.toLowerCase().replace('_', ' '), { value: r }));
    select.value = a.role;
    select.addEventListener('change', async () => {
      // A role decides what somebody may do: ask before changing it.
      const wanted = select.value.toLowerCase().replace('_', ' ');
      if (!window.confirm('Change the role of ' + a.email + ' to ' + wanted + '?')) {
        select.value = a.role;
        return;
      }
      const changed = await api('PUT', '/api/admin/accounts/' + a.id + '/role', { role: select.value });
      if (!changed.ok) {
        select.value = a.role;
        return say('message', problemText(changed), true);
      }
      a.role = changed.body.role;
      say('message', a.email + ' is now ' + a.role.toLowerCase().replace('_', ' ') + '.');
    });
    const role = el('td');
    role.append(select);
    const row = el('tr');
    row.append(el('td', a.email), role, el('td', a.createdAt.slice(0, 10)));
    rows.append(row);
  }
}

async function tokens() {
  const result = await api('GET', '/api/tokens');
  if (!result.ok) return say('message', problemText(result), true);
  const rows = document.getElementById('token-rows');
  rows.replaceChildren();
  for (const t of result.body.tokens) {
    const action = el('td');
    if (t.revokedAt) {
      action.textContent = 'revoked';
    } else {
      const revoke = el('button', 'Revoke', { type: 'button' });
      revoke.addEventListener('click', async () => {
        const r = await api('DELETE', '/api/tokens/' + t.id);
        if (!r.ok) return say('message', problemText(r), true);
        await tokens();
      });
      action.append(revoke);
    }
    const row = el('tr');
    row.append(el('td', t.name), el('td', t.owner), el('td', t.createdAt.slice(0, 16).replace('T', ' ')),
      el('td', t.lastUsedAt ? t.lastUsedAt.slice(0, 16).replace('T', ' ') : '—'), action);
    rows.append(row);
  }
}

async function start() {
  const s = await session();
  if (!s.signedIn) {
    window.location.assign('/account/signin.html?next=/account/admin.html');
    return;
  }
  const role = s.account.role;
  if (role !== 'ADMIN' && role !== 'PRODUCT_MANAGER') {
    say('message', 'This page is for product managers and admins.', true);
    return;
  }
  document.getElementById('tokens').hidden = false;
  document.getElementById('new-token').addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = new FormData(event.target).get('name');
    const r = await api('POST', '/api/tokens', { name });
    if (!r.ok) return say('message', problemText(r), true);
    const secret = document.getElementById('secret');
    secret.replaceChildren('Copy it now, it is shown only once: ', el('code', r.body.token, { class: 'secret' }));
    event.target.reset();
    await tokens();
  });
  await tokens();
  if (role === 'ADMIN') {
    document.getElementById('admin-links').hidden = false;
    document.getElementById('users').hidden = false;
    await users();
  }
}

start();
