// Users (admins: searched by e-mail, paged by the server) and API tokens (product managers too).
import { api, session } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';

const ROLES = ['CUSTOMER', 'STAFF', 'PRODUCT_MANAGER', 'ADMIN'];
const PAGE = 25;
let search = '';
let next = null;

/** Clears what the last action said (at the page's foot and beside a role menu): each action says its own. */
function clearMessages() {
  say('message', '');
  for (const p of document.querySelectorAll('.role-message')) p.remove();
}

/** Says text beside the role menu of the row of account a (an error when isError). */
function sayAtRole(cell, a, text, isError) {
  const id = `role-message-${a.id}`;
  const p = document.getElementById(id) ?? h('p', { id, class: 'role-message', role: 'status' });
  p.textContent = text;
  p.className = `role-message message${isError ? ' error' : ''}`;
  cell.append(p);
}

/** Shows the first page of users matching the search, or (more=true) appends the next page. */
async function users(more = false) {
  const query = new URLSearchParams({ q: search, limit: String(PAGE) });
  if (more && next !== null) query.set('before', String(next));
  const result = await api('GET', '/api/admin/accounts?' + query);
  if (!result.ok) return say('message', result.error.message, true);
  const rows = document.getElementById('user-rows');
  if (!more) rows.replaceChildren();
  next = result.body.next ?? null;
  document.getElementById('more-users').hidden = next === null;
  document.getElementById('users-none').hidden = more || result.body.accounts.length > 0;
  for (const a of result.body.accounts) {
    const select = h('select', { 'aria-label': t('admin.role') + ': ' + a.email });
    for (const r of ROLES) select.append(h('option', { value: r }, t('role.' + r)));
    select.value = a.role;
    const role = h('td');
    select.setAttribute('aria-describedby', `role-message-${a.id}`);
    select.addEventListener('change', async () => {
      clearMessages();
      // A role decides what somebody may do: ask before changing it.
      if (!window.confirm(t('admin.roleConfirm', { email: a.email, role: t('role.' + select.value) }))) {
        select.value = a.role;
        return;
      }
      const changed = await api('PUT', '/api/admin/accounts/' + a.id + '/role', { role: select.value });
      if (!changed.ok) {
        select.value = a.role;
        return sayAtRole(role, a, changed.error.message, true);
      }
      a.role = changed.body.role;
      sayAtRole(role, a, t('admin.roleChanged', { email: a.email, role: t('role.' + a.role) }), false);
    });
    role.append(select);
    const row = h('tr');
    row.append(h('td', {}, a.email), role, h('td', {}, a.createdAt.slice(0, 10)));
    rows.append(row);
  }
}

async function tokens() {
  const result = await api('GET', '/api/tokens');
  if (!result.ok) return say('message', result.error.message, true);
  const rows = document.getElementById('token-rows');
  rows.replaceChildren();
  for (const token of result.body.tokens) {
    const action = h('td');
    if (token.revokedAt) {
      action.textContent = t('admin.revoked');
    } else {
      const revoke = h('button', { type: 'button', class: 'button secondary' }, t('admin.revoke'));
      revoke.addEventListener('click', async () => {
        clearMessages();
        const r = await api('DELETE', '/api/tokens/' + token.id);
        if (!r.ok) return say('message', r.error.message, true);
        await tokens();
      });
      action.append(revoke);
    }
    const row = h('tr');
    row.append(h('td', {}, token.name), h('td', {}, token.owner), h('td', {}, token.createdAt.slice(0, 16).replace('T', ' ')),
      h('td', {}, token.lastUsedAt ? token.lastUsedAt.slice(0, 16).replace('T', ' ') : '—'), action);
    rows.append(row);
  }
}

async function start() {
  await pageLanguage(async () => {
    if (!document.getElementById('tokens').hidden) await tokens();
    if (!document.getElementById('users').hidden) await users();
  });
  const s = await session();
  if (!s.signedIn) {
    window.location.assign('/account/signin.html?next=/account/admin.html');
    return;
  }
  const role = s.account.role;
  if (role !== 'ADMIN' && role !== 'PRODUCT_MANAGER') {
    say('message', t('admin.forbidden'), true);
    return;
  }
  document.getElementById('tokens').hidden = false;
  document.getElementById('new-token').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessages();
    const name = new FormData(event.target).get('name');
    const r = await api('POST', '/api/tokens', { name });
    if (!r.ok) return say('message', r.error.message, true);
    const secret = document.getElementById('secret');
    secret.replaceChildren(t('admin.copyNow'), h('code', { class: 'secret' }, r.body.token));
    event.target.reset();
    await tokens();
  });
  await tokens();
  if (role === 'ADMIN') {
    document.getElementById('users').hidden = false;
    document.getElementById('user-search').addEventListener('submit', (event) => {
      event.preventDefault();
      clearMessages();
      search = String(new FormData(event.target).get('q') ?? '').trim();
      users();
    });
    document.getElementById('more-users').addEventListener('click', () => {
      clearMessages();
      users(true);
    });
    await users();
  }
}

start();
