// The shop's header on every page: include it with
//   <script type="module" src="/account/header.js"></script>
// On the configurator shell (index.html) it fills the header's #atelier-account; on the other pages
// it adds the same header (brand, account links, language switch) at the top of the body and moves
// the page's language switch (#language, drawn by js/page-language.js) into it. The links depend on
// the role (account/roles.js) and follow the page language.
import { api, session } from '/js/http.js';
import { h } from '/js/dom.js';
import { withNext } from './next.js';
import { linksFor } from './roles.js';
import { initI18n, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';

const BRAND_MARK =
  '<svg xmlns="http://www.w3.org/2000/svg" class="brand-mark" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="8" fill="currentColor"/>'
  + '<path d="M9 23 16 8l7 15M12 18h8" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>';

function shopHeader() {
  const header = h('header', { class: 'site-header' });
  const brand = h('a', { class: 'brand', href: '/' });
  const mark = new DOMParser().parseFromString(BRAND_MARK, 'image/svg+xml').documentElement;
  brand.append(document.importNode(mark, true), h('span', { class: 'brand-name' }, 'Atelier'));
  const nav = h('nav', { id: 'atelier-account', class: 'account' });
  header.append(brand, nav);
  let language = document.getElementById('language');
  if (!language) {
    // A page without its own switch: the header draws it, and it translates the data-i18n texts.
    language = h('nav', { id: 'language' });
    pageLanguage(async () => {});
  }
  language.classList.remove('languages');
  language.classList.add('language-switch');
  header.append(language);
  // The page's own content goes into one centred column under the header.
  const page = h('div', { class: 'page' });
  page.append(...[...document.body.childNodes].filter((n) => n.nodeName !== 'SCRIPT'));
  document.body.prepend(header, page);
  document.body.classList.add('shop-page');
  return nav;
}

function here(href) {
  return new URL(href, window.location.origin).pathname === window.location.pathname;
}

function link(key, href) {
  const a = h('a', { href }, t(key));
  if (here(href)) a.setAttribute('aria-current', 'page');
  return a;
}

const bar = document.getElementById('atelier-account') ?? shopHeader();

async function render() {
  const [s] = await Promise.all([session(), initI18n()]);
  bar.setAttribute('aria-label', t('header.account'));
  bar.replaceChildren();
  if (!s.signedIn) {
    // Signing in or up comes back to this page (the configurator keeps the design as a draft).
    const signIn = link('header.signIn', withNext('/account/signin.html'));
    signIn.id = 'header-signin';
    const signUp = link('header.signUp', withNext('/account/signup.html'));
    signUp.id = 'header-signup';
    bar.append(signIn, signUp);
    return;
  }
  const role = s.account.role;
  bar.dataset.role = role;
  const whoText = `${s.account.email} (${t(`role.${role}`)})`;
  const who = h('span', { class: 'account-who', title: whoText }, whoText);
  bar.append(who, ...linksFor(role).map((l) => {
    const a = link(l.key, l.href);
    a.dataset.link = l.id;
    a.id = `header-${l.id}`;
    return a;
  }));
  const out = h('button', { type: 'button', class: 'link' }, t('header.signOut'));
  out.addEventListener('click', async () => {
    await api('DELETE', '/api/session');
    await session(true);
    window.location.assign('/');
  });
  bar.append(out);
}

// Tables marked class="stack" become one card per row on a phone (css): each cell is labelled
// with its column's heading, kept up to date as the page fills or translates the table.
function labelCells() {
  for (const table of document.querySelectorAll('table.stack')) {
    const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.cells].forEach((cell, i) => {
        if (headings[i] && cell.dataset.label !== headings[i]) cell.dataset.label = headings[i];
      });
    }
  }
}
let labelling = false;
new MutationObserver(() => {
  if (labelling) return;
  labelling = true;
  requestAnimationFrame(() => {
    labelCells();
    labelling = false;
  });
}).observe(document.body, { childList: true, subtree: true, characterData: true });
labelCells();

document.addEventListener('atelier:language', () => render());
render();
