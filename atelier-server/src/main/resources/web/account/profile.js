// The profile page: the measurements (customer facts) kept once for every product, and values kept
// per product; both prefill new designs. Labels come from the product models, in the page language.
import { api, session } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { label, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { ProductModel } from '/js/model.js';

let profile = { products: {}, facts: {} };
let products = [];
let model = null;
let prefilled = null;

/**
 * A menu entry in the page language: yes/no and with/without text (the server labels these values
 * by their ids, "true" or "given", in English only), a choice by its label.
 */
function optionLabel(attribute, v) {
  if (attribute.kind === 'boolean') return v.id === 'true' ? t('value.yes') : t('value.no');
  if (attribute.kind === 'text') return v.id === 'given' ? t('profile.withText') : t('profile.withoutText');
  return label(v.label) || v.id;
}

function field(attribute, value) {
  const wrap = h('label', {}, label(attribute.label) + (attribute.unit ? ' (' + attribute.unit + ')' : ''));
  let input;
  if (attribute.kind === 'integer') {
    input = h('input', { type: 'number', min: attribute.min, max: attribute.max, step: attribute.step || 1 });
    input.value = value ?? '';
  } else if (attribute.values) {
    input = h('select', {});
    input.append(h('option', { value: '' }, '—'));
    for (const v of attribute.values) input.append(h('option', { value: v.id }, optionLabel(attribute, v)));
    input.value = value ?? '';
  } else {
    return null;
  }
  input.name = attribute.id;
  wrap.append(input);
  return wrap;
}

/** What a form holds now (typed, not yet saved). */
function formValues(id) {
  const values = {};
  for (const input of document.getElementById(id).elements) {
    if (input.name && input.value !== '') values[input.name] = String(input.value);
  }
  return values;
}

async function showProduct(id, typed = null) {
  const summary = await api('GET', '/api/products/' + encodeURIComponent(id));
  const version = await api('GET', '/api/products/' + encodeURIComponent(id) + '/versions/'
    + encodeURIComponent(summary.body.latest));
  model = new ProductModel(version.body);
  const saved = typed || profile.products[id] || {};
  const form = document.getElementById('values');
  form.replaceChildren();
  for (const a of model.attributes) {
    if (model.isFact(a.id)) continue; // measurements live in the shared section above
    const f = field(a, saved[a.id]);
    if (f) form.append(f);
  }
  document.getElementById('design').replaceChildren();
  prefilled = null;
}

async function save() {
  const id = document.getElementById('product').value;
  const values = formValues('values');
  const next = { products: { ...profile.products, [id]: values } };
  if (Object.keys(values).length === 0) delete next.products[id];
  const result = await api('PUT', '/api/profile', next);
  if (!result.ok) {
    say('message', result.error.message, true);
    return;
  }
  profile = result.body;
  say('message', t('profile.saved'));
}

/** One field per profile fact the products declare (the first product's label, unit and help). */
async function showFacts(typed = null) {
  const byKey = new Map();
  for (const p of products) {
    const v = await api('GET', '/api/products/' + encodeURIComponent(p.id) + '/versions/' + encodeURIComponent(p.latest));
    for (const f of v.body.facts || []) {
      if (!f.profile || byKey.has(f.profile)) continue;
      const a = v.body.attributes.find((x) => x.id === f.attribute);
      byKey.set(f.profile, { ...a, id: f.profile, help: f.help });
    }
  }
  const values = typed || profile.facts || {};
  const form = document.getElementById('facts');
  form.replaceChildren();
  for (const a of byKey.values()) {
    const f = field(a, values[a.id]);
    if (a.help) f.append(h('small', { class: 'fact-help' }, label(a.help)));
    form.append(f);
  }
}

async function saveFacts() {
  const result = await api('PUT', '/api/profile', { facts: formValues('facts') });
  if (!result.ok) {
    say('message', result.error.message, true);
    return;
  }
  profile = result.body;
  say('message', t('profile.saved'));
}

/** The prefilled design as the customer reads it: "Waist: 84 cm", in the page language. */
function showPrefilled() {
  if (!prefilled || !model) return;
  const list = document.getElementById('design');
  list.replaceChildren();
  const line = (c) => `${model.attributeLabel(c.attribute)}: ${model.valueLabel(c.attribute, c.value)}`;
  for (const c of prefilled.design.decisions) list.append(h('li', {}, line(c)));
  for (const c of prefilled.skipped) list.append(h('li', {}, `${line(c)} ${t('profile.leftOut')}`));
  say('message', t('profile.prefilled', { product: label(model.detail.label), version: prefilled.design.version }));
}

async function prefill() {
  const id = document.getElementById('product').value;
  const result = await api('GET', '/api/profile/prefill/' + encodeURIComponent(id));
  if (!result.ok) {
    say('message', result.error.message, true);
    return;
  }
  prefilled = result.body;
  showPrefilled();
}

function productOptions() {
  const select = document.getElementById('product');
  const chosen = select.value;
  select.replaceChildren(...products.map((p) => h('option', { value: p.id }, label(p.label) || p.id)));
  select.value = chosen || (products.some((p) => p.id === 'jeans') ? 'jeans' : products[0].id);
}

/** After a language switch: the same page, typed values kept, in the new language. */
async function redraw() {
  const facts = formValues('facts');
  const values = formValues('values');
  const shown = prefilled;
  productOptions();
  await showFacts(facts);
  await showProduct(document.getElementById('product').value, values);
  prefilled = shown;
  showPrefilled();
}

async function start() {
  await pageLanguage(redraw);
  const s = await session();
  if (!s.signedIn) {
    window.location.assign('/account/signin.html?next=/account/profile.html');
    return;
  }
  profile = (await api('GET', '/api/profile')).body;
  products = (await api('GET', '/api/products')).body.products;
  productOptions();
  const select = document.getElementById('product');
  select.addEventListener('change', () => showProduct(select.value));
  document.getElementById('save').addEventListener('click', save);
  document.getElementById('save-facts').addEventListener('click', saveFacts);
  await showFacts();
  document.getElementById('prefill').addEventListener('click', prefill);
  await showProduct(select.value);
}

start();
