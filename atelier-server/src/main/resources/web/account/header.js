// The account header snippet: include it on any page with
//   <script type="module" src="/account/header.js"></script>
// It fills an element with id "atelier-account", or adds a small bar at the top of the body.
import { session, api, el } from './api.js';
import { withNext } from './next.js';

async function render() {
  const s = await session();
  let bar = document.getElementById('atelier-account');
  const own = !bar;
  if (own) {
    bar = el('nav', null, { id: 'atelier-account', class: 'atelier-account', 'aria-label': 'Account' });
    document.body.prepend(bar);
  }
  bar.replaceChildren();
  if (own) bar.append(el('a', 'Atelier', { href: '/' }), ' · ');
  if (!s.signedIn) {
    // Signing in or up comes back to this page (the configurator keeps the design as a draft).
    bar.append(el('a', 'Sign in', { href: withNext('/account/signin.html'), id: 'header-signin' }), ' · ',
      el('a', 'Sign up', { href: withNext('/account/signup.html'), id: 'header-signup' }));
    return;
  }
  bar.append(el('span', s.account.email + ' (' + s.account.role.toLowerCase().replace('_', ' ') + ')'), ' · ',
    el('a', 'Profile', { href: '/account/profile.html' }), ' · ',
    el('a', 'My designs', { href: '/account/designs.html', id: 'header-designs' }), ' · ',
    el('a', 'Orders', { href: '/orders/index.html' }));
  if (s.account.role === 'STAFF' || s.account.role === 'ADMIN') {
    bar.append(' · ', el('a', 'Work centres', { href: '/staff/index.html' }));
  }
  if (s.account.role === 'ADMIN' || s.account.role === 'PRODUCT_MANAGER') {
    bar.append(' · ', el('a', s.account.role === 'ADMIN' ? 'Users and tokens' : 'API tokens',
      { href: '/account/admin.html' }));
  }
  const out = el('button', 'Sign out', { type: 'button', class: 'link' });
  out.addEventListener('click', async () => {
    await api('DELETE', '/api/session');
    await session(true);
    window.location.assign('/');
  });
  bar.append(' · ', out);
}

render();
