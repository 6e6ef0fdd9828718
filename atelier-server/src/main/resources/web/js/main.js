// Entry point: the header (brand, language switch) and the page for the path:
// "/" the products, "/p/<product>" the configurator, "/d/<id>" a saved design.

import { ApiError, getJson } from './http.js';
import { showCatalogue } from './catalogue.js';
import { showConfigurator } from './configurator.js';
import { h, replaceChildren } from './dom.js';
import { clearDraft, loadDraft } from './draft-store.js';
import { LANGUAGES, initI18n, language, setLanguage, t } from './i18n.js';
import { ProductModel } from './model.js';
import { reconfiguredOrder } from './reconfigured-order.js';
import { movedDecisions } from './version-notice.js';

performance.mark('atelier:modules'); // the page's modules are loaded (docs/preview-3d.md, start-up)
const root = document.getElementById('app');
const switcher = document.getElementById('language');
let page = null;

function renderHeader() {
  document.getElementById('skip-link').textContent = t('nav.skip');
  document.getElementById('brand-tagline').textContent = t('brand.tagline');
  switcher.setAttribute('aria-label', t('language.label'));
  replaceChildren(
    switcher,
    Object.entries(LANGUAGES).map(([tag, name]) =>
      h(
        'button',
        {
          type: 'button',
          class: 'language',
          lang: tag,
          'data-language': tag,
          'aria-pressed': String(tag === language()),
          title: name,
          onclick: () => switchTo(tag),
        },
        tag.toUpperCase(),
      ),
    ),
  );
}

async function switchTo(tag) {
  if (tag === language()) return;
  await setLanguage(tag);
  renderHeader();
  if (page?.render) page.render();
  else await route();
  switcher.querySelector(`[data-language="${tag}"]`)?.focus();
}

function textsFromFragment() {
  const texts = {};
  for (const [k, v] of new URLSearchParams(location.hash.slice(1))) texts[k] = v;
  return texts;
}

async function route() {
  page?.close?.();
  page = null;
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const product = path.match(/^\/p\/([^/]+)$/);
  const saved = path.match(/^\/d\/([^/]+)$/);
  try {
    if (product) {
      const version = new URLSearchParams(location.search).get('version');
      page = await openWithDraft({ product: decodeURIComponent(product[1]), version });
    } else if (saved) {
      const [s, order] = await Promise.all([getJson(`/api/saved-designs/${saved[1]}`), reconfiguredOrder()]);
      page = await openWithDraft({
        order,
        product: s.design.product,
        version: s.design.version,
        decisions: s.design.decisions,
        texts: textsFromFragment(),
        saved: s,
      });
    } else if (path === '/') {
      await showCatalogue(root);
    } else {
      notFound();
    }
  } catch (e) {
    console.error(e);
    if (e.status === 404 || e.status === 422) notFound();
    else failed(e.message);
  }
  root.dataset.ready = 'true';
}

/**
 * Opens the configurator with the page's draft (the design left here before a reload or a
 * sign-in) when there is one for the same version; a draft that no longer opens is forgotten.
 */
async function openWithDraft(options) {
  const draft = loadDraft(location.pathname);
  const moved = await onCurrentVersion(options, draft);
  if (moved) return moved;
  if (draft && (!options.version || options.version === draft.version)) {
    try {
      return await showConfigurator(root, { ...options, version: draft.version, decisions: draft.decisions, texts: draft.texts, artwork: draft.artwork, draft: true });
    } catch (e) {
      // Only the server's refusal of the draft itself forgets it: a timeout, a dropped connection
      // or a busy server (429/503) leaves it for the next visit and fails this one (the page does
      // not open on the empty design, which the shopper's next click would keep over the draft).
      if (!refusesDraft(e)) throw e;
      console.warn('the draft no longer opens', e);
      clearDraft(location.pathname);
    }
  }
  return showConfigurator(root, options);
}

/**
 * Whether error is the draft's own fault (the server refuses its version or choices with a 4xx
 * other than 408 and 429, or the page cannot build it), not a passing one: a busy server, a
 * timeout or a lost connection ("Failed to fetch" and its Firefox and Safari wordings).
 */
function refusesDraft(error) {
  if (error instanceof ApiError) return error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
  return !(error instanceof TypeError && /fetch|network|load failed/i.test(error.message));
}

/**
 * A draft of /p/<product>, or a saved design, whose version the shop no longer offers, opened on
 * the current version (orders are taken on it only: the server refuses older ones with 409) with
 * every choice it still has and the notice of what changed; null when there is nothing to move.
 */
async function onCurrentVersion(options, draft) {
  const from = options.saved ? { version: options.version, decisions: options.decisions, texts: options.texts, artwork: undefined }
    : draft && !options.version ? draft : null;
  if (!from) return null;
  const id = encodeURIComponent(options.product);
  try {
    const summary = await getJson(`/api/products/${id}`);
    if (!summary.latest || summary.latest === from.version || summary.versions?.includes(from.version)) return null;
    const [old, newer] = await Promise.all([
      getJson(`/api/products/${id}/versions/${encodeURIComponent(from.version)}`),
      getJson(`/api/products/${id}/versions/${encodeURIComponent(summary.latest)}`),
    ]).then((both) => both.map((detail) => new ProductModel(detail)));
    return await showConfigurator(root, {
      ...options,
      version: summary.latest,
      decisions: movedDecisions(newer, from.decisions),
      texts: from.texts,
      artwork: from.artwork,
      draft: !options.saved,
      moved: { old, decisions: from.decisions },
    });
  } catch (e) {
    console.warn('the design could not be moved to the current version', e);
    return null;
  }
}

/** The product or design does not exist: back to the products. */
function notFound() {
  replaceChildren(
    root,
    h(
      'div',
      { class: 'not-found', id: 'not-found' },
      h('h1', { text: t('notFound.title') }),
      h('p', { text: t('notFound.text') }),
      h('a', { href: '/', class: 'button primary', text: t('nav.allProducts') }),
    ),
  );
}

/**
 * The page could not be loaded (a busy server, a lost connection): "Try again" asks for the same
 * page again without a reload, and a link leads home; the reason is shown small beneath.
 */
function failed(detail) {
  const again = h('button', { type: 'button', class: 'button primary', id: 'error-retry' }, t('error.retry'));
  again.addEventListener('click', () => {
    again.disabled = true;
    route();
  });
  replaceChildren(
    root,
    h(
      'div',
      { class: 'not-found', id: 'page-error', role: 'alert' },
      h('h1', { text: t('error.title') }),
      h('p', { text: t('error.pageText') }),
      h('div', { class: 'error-actions' }, again, h('a', { href: '/', class: 'button secondary', id: 'error-home', text: t('error.home') })),
      detail ? h('p', { class: 'field-hint error-detail', text: detail }) : null,
    ),
  );
}

await initI18n();
renderHeader();
await route();
