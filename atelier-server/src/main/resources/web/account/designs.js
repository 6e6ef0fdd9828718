// "My designs": the signed-in customer's saved designs (GET /api/account/designs), newest first,
// each with its name, product, price and date; open (with its texts), share (a copy saved like the
// configurator's "Save & share": POST /api/saved-designs, belonging to nobody, with the texts drawn
// on the product in its link), "Order again" when it was ordered (POST /api/orders/{id}/reorder,
// as on the order pages), rename and delete (after a confirmation). In the page language, redrawn
// when it changes. 200 designs a page, newest first; "Show more" fetches the next page (the
// answer's next is the following page's before).
import { api, session } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { createShareBox } from '/js/share.js';
import { publicTexts } from '/js/saved-designs.js';
import { reorderButton } from '/orders/common.js';
import { withNext } from '/account/next.js';
import { label, money, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';

const list = document.getElementById('designs');
const more = document.getElementById('designs-more');
let designs = [];
let next = null;
let products = new Map();
let signedOut = false;
let orders = [];
const share = createShareBox();

function savedAt(d) {
  return new Date(d.savedAt).toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Its name, else (kept without one) its product and date in the page language. */
function nameOf(d) {
  if (d.name) return d.name;
  return products.has(d.design.product) ? `${label(products.get(d.design.product))} · ${savedAt(d)}` : t('designs.unnamed', { id: d.id });
}

function link(d) {
  const texts = new URLSearchParams(d.texts || {}).toString();
  return texts ? `${d.link}#${texts}` : d.link;
}

/**
 * The newest order of this design: same product and version, and every decision of the design is
 * in the order's configuration (missing there: not set). Null when it was never ordered.
 */
function orderOf(d) {
  const none = (v) => v === '~' || v === 'false'; // unset and an unticked extra both say no
  const same = (a, b) => a === b || (none(a) && none(b));
  return orders.find((o) => o.product === d.design.product && o.version === d.design.version && o.configuration
    && d.design.decisions.every(({ attribute, value }) => same(o.configuration[attribute] ?? '~', value))) ?? null;
}

/** Saves a copy of d for sharing (nobody's, its texts drawn on the product in the link) and shows it under d. */
async function shareCopy(d, li) {
  const body = { design: d.design };
  if (d.artwork && Object.keys(d.artwork).length) body.artwork = d.artwork;
  const [copy, detail] = await Promise.all([
    api('POST', '/api/saved-designs', body),
    api('GET', `/api/products/${encodeURIComponent(d.design.product)}/versions/${encodeURIComponent(d.design.version)}`),
  ]);
  if (!copy.ok) return say('message', `${t('designs.failed')} ${copy.error.message}`, true);
  share.show(copy.body, detail.ok ? publicTexts(detail.body.presentation, d.texts || {}) : {});
  li.append(share.element);
  share.element.querySelector('#share-link')?.focus();
}

function item(d) {
  const li = h('li', { id: `design-${d.id}`, class: 'design' });
  const title = h('a', { href: link(d), class: 'design-name' }, nameOf(d));
  const product = products.has(d.design.product) ? label(products.get(d.design.product)) : d.design.product;
  const facts = h('p', { class: 'design-facts' }, `${product} · ${money(d.price.total, d.price.currency)} · ${t('designs.saved', { date: savedAt(d) })}`);
  const open = h('a', { href: link(d), class: 'design-open' }, t('designs.open'));
  const rename = h('button', { type: 'button', class: 'design-rename', 'aria-expanded': 'false' }, t('designs.rename'));
  const remove = h('button', { type: 'button', class: 'design-delete' }, t('designs.delete'));
  const form = renameForm(d, () => {
    form.hidden = true;
    rename.setAttribute('aria-expanded', 'false');
  });
  rename.addEventListener('click', () => {
    form.hidden = !form.hidden;
    rename.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) form.querySelector('input').focus();
  });
  remove.addEventListener('click', async () => {
    if (!window.confirm(t('designs.deleteConfirm', { name: nameOf(d) }))) return;
    const r = await api('DELETE', `/api/saved-designs/${encodeURIComponent(d.id)}`);
    if (!r.ok) return say('message', `${t('designs.failed')} ${r.error.message}`, true);
    designs = designs.filter((x) => x.id !== d.id);
    draw();
    say('message', t('designs.deleted', { name: nameOf(d) }));
  });
  const shareButton = h('button', { type: 'button', class: 'design-share' }, t('designs.share'));
  shareButton.addEventListener('click', () => shareCopy(d, li));
  const ordered = orderOf(d);
  const actions = h('p', { class: 'design-actions' });
  actions.append(open, ' ', shareButton, ' ');
  if (ordered) actions.append(reorderButton(ordered.id, (text, isError) => say('message', text, isError)), ' ');
  actions.append(rename, ' ', remove);
  // The shopper's own images on it, as on My orders: what they recognise the design by.
  const uploads = Object.values(d.artwork || {}).map((a) => a.upload).filter(Boolean);
  const art = uploads.length
    ? h('p', { class: 'design-art' }, uploads.map((u) => h('img', { src: `/api/uploads/${encodeURIComponent(u)}`, alt: t('preview.art'), width: 48, height: 48, loading: 'lazy' })))
    : null;
  li.append(title, facts, art ?? '', actions, form);
  return li;
}

function renameForm(d, close) {
  const form = h('form', { class: 'design-rename-form', hidden: '' });
  const input = h('input', { type: 'text', name: 'name', maxlength: '200', required: '', value: nameOf(d) });
  const caption = h('label');
  caption.append(h('span', {}, t('designs.newName')), ' ', input);
  form.append(caption, ' ', h('button', { type: 'submit' }, t('designs.save')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await api('PATCH', `/api/saved-designs/${encodeURIComponent(d.id)}`, { name: input.value });
    if (!r.ok) return say('message', `${t('designs.failed')} ${r.error.message}`, true);
    d.name = r.body.name;
    close();
    draw();
    say('message', t('designs.renamed', { name: d.name }));
  });
  return form;
}

function draw() {
  share.reset();
  list.replaceChildren(...designs.map(item));
  list.hidden = designs.length === 0;
  more.hidden = next === null;
  more.textContent = t('designs.more');
  if (signedOut) {
    const message = document.getElementById('message');
    message.replaceChildren(h('a', { href: withNext('/account/signin.html') }, t('designs.signIn')));
  } else if (!designs.length) {
    say('message', t('designs.empty'));
  }
}

async function load() {
  const s = await session();
  if (!s.signedIn) {
    signedOut = true;
    draw();
    return;
  }
  const [mine, catalogue, placed] = await Promise.all([
    api('GET', '/api/account/designs'), api('GET', '/api/products'), api('GET', '/api/orders?limit=200'),
  ]);
  if (catalogue.ok) products = new Map(catalogue.body.products.map((p) => [p.id, p.label]));
  if (placed.ok) orders = placed.body.orders; // without them, no "Order again": the rest still works
  if (!mine.ok) return say('message', `${t('designs.failed')} ${mine.error.message}`, true);
  designs = mine.body.designs;
  next = mine.body.next ?? null;
  draw();
}

more.addEventListener('click', async () => {
  if (next === null) return;
  more.disabled = true;
  const page = await api('GET', `/api/account/designs?before=${encodeURIComponent(next)}`);
  more.disabled = false;
  if (!page.ok) return say('message', `${t('designs.failed')} ${page.error.message}`, true);
  const known = new Set(designs.map((d) => d.id));
  designs = designs.concat(page.body.designs.filter((d) => !known.has(d.id)));
  next = page.body.next ?? null;
  const first = designs.length - page.body.designs.length;
  draw();
  // keep the reader's place: focus the first design of the new page
  list.children[first]?.querySelector('.design-name')?.focus();
});

await pageLanguage(async () => draw());
await load();
