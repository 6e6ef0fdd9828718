// The studio's start page (product managers and admins): every product with its versions (status,
// effective from and to, what pins each), starting a draft from a version, rolling back to a
// retired one, and the audit log.
import { api, getJson } from '/js/http.js';
import { fillTable, h, say } from '/js/dom.js';
import { t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { loadProductLabels, productLabel } from '/js/product-labels.js';

const day = (iso) => (iso ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, '') : '');

function draftLink(product, version) {
  return `draft.html?product=${encodeURIComponent(product)}&version=${encodeURIComponent(version)}`;
}

/**
 * The name a new draft from version `from` gets unless the manager types another: its last number
 * counted up past the product's versions ("2025.2" after "2025.1"), or `from` with ".1".
 */
function nextVersion(product, from) {
  const taken = new Set(product.versions.map((x) => x.version));
  const m = /^(.*?)(\d+)$/.exec(from);
  const [stem, start] = m ? [m[1], Number(m[2]) + 1] : [`${from}.`, 1];
  for (let n = start; n < start + 1000; n += 1) {
    if (!taken.has(`${stem}${n}`)) return `${stem}${n}`;
  }
  return '';
}

function versionRow(product, v) {
  const actions = h('td', { class: 'version-actions' });
  actions.append(h('a', { href: draftLink(product.id, v.version), id: `open-${product.id}-${v.version}` },
    t(v.status === 'draft' ? 'studio.edit' : 'studio.open')));
  if (v.status !== 'draft') {
    const suggested = nextVersion(product, v.version);
    const name = h('input', { type: 'text', size: '8', 'aria-label': t('studio.newVersion'), placeholder: t('studio.newVersionHint'), id: `name-${product.id}-${v.version}` });
    name.value = suggested;
    const start = h('button', { type: 'button', id: `draft-${product.id}-${v.version}` }, t('studio.newDraft'));
    start.addEventListener('click', async () => {
      if (name.value.trim() === '') {
        name.focus();
        return say('status', t('studio.versionNeeded', { example: suggested || '2025.2' }), true);
      }
      const r = await api('POST', `/api/studio/products/${product.id}/versions/${v.version}/drafts`, { version: name.value.trim() });
      if (r.error) return say('status', r.error.message, true);
      window.location.assign(draftLink(product.id, r.body.version));
    });
    actions.append(' ', name, start);
  }
  if (v.status === 'retired') {
    const back = h('button', { type: 'button', id: `rollback-${product.id}-${v.version}` }, t('studio.rollback'));
    back.addEventListener('click', async () => {
      if (!window.confirm(t('studio.rollbackConfirm', { version: v.version }))) return;
      const r = await api('POST', `/api/studio/products/${product.id}/versions/${v.version}/rollback`, {});
      if (r.error) return say('status', r.error.message, true);
      load();
    });
    actions.append(' ', back);
  }
  const p = v.pins;
  return h('tr', { id: `row-${product.id}-${v.version}` },
    h('td', {}, v.version),
    h('td', {}, h('span', { class: `badge ${v.status}` }, t(`studio.status.${v.status}`))),
    h('td', {}, day(v.effectiveFrom)),
    h('td', {}, day(v.effectiveTo)),
    h('td', { class: 'number' }, String(p.openOrders)),
    h('td', { class: 'number' }, String(p.savedDesigns)),
    h('td', { class: 'number' }, String(p.ownedProducts)),
    h('td', {}, v.publishedBy ?? v.createdBy),
    actions);
}

function productCard(product) {
  const head = ['studio.version', 'studio.statusHead', 'studio.from', 'studio.to', 'studio.openOrders',
    'studio.savedDesigns', 'studio.owned', 'studio.who', 'studio.actions'];
  return h('section', { class: 'card', id: `product-${product.id}` },
    h('h2', {}, productLabel(product.id), ' ', h('span', { class: 'product-id' }, product.id)),
    h('table', { class: 'stack' },
      h('thead', {}, h('tr', {}, head.map((k) => h('th', {}, t(k))))),
      h('tbody', {}, product.versions.map((v) => versionRow(product, v)))));
}

async function load() {
  try {
    const [products, audit] = await Promise.all([getJson('/api/studio/products'), getJson('/api/studio/audit'), loadProductLabels()]);
    document.getElementById('products').replaceChildren(...products.products.map(productCard));
    fillTable(document.querySelector('#audit tbody'),
      audit.entries.map((e) => [day(e.at), e.actor, productLabel(e.product), e.version, t(`studio.act.${e.action}`), e.detail]));
    document.body.dataset.loaded = 'true';
  } catch (e) {
    say('status', e.message, true);
  }
}

// Upload of a model file of any supported format as a new draft (POST /api/models).
const FORMAT_OF = { yaml: 'yaml', yml: 'yaml', json: 'json', uvl: 'uvl', xml: 'featureide', sxfm: 'sxfm', cnf: 'dimacs', dimacs: 'dimacs', xcsp: 'xcsp' };
document.getElementById('upload-file').addEventListener('change', (e) => {
  const name = e.target.files[0]?.name ?? '';
  const format = FORMAT_OF[name.split('.').pop().toLowerCase()];
  if (format) document.getElementById('upload-format').value = format;
});
document.getElementById('upload').addEventListener('click', async () => {
  const file = document.getElementById('upload-file').files[0];
  if (!file) return say('status', t('studio.chooseFile'), true);
  const value = (id) => document.getElementById(id).value.trim() || null;
  const r = await api('POST', '/api/models', {
    format: value('upload-format'), source: await file.text(), product: value('upload-product'), version: value('upload-version'),
  });
  const findings = r.body?.explanation?.diagnostics ?? r.body?.diagnostics ?? [];
  document.getElementById('upload-diagnostics').replaceChildren(...findings.map((d) => h('li', { class: d.severity }, d.text ?? d.message)));
  if (r.error) return say('status', r.error.message, true);
  window.location.assign(draftLink(r.body.product, r.body.version));
});

pageLanguage(load).then(load);
