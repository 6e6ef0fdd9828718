import { api, session } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { label } from '/js/i18n.js';

let profile = { products: {}, facts: {} };
let detail = null;

function field(attribute, value) {
  const wrap = h('label', {}, label(attribute.label) + (attribute.unit ? ' (' + attribute.unit + ')' : ''));
  let input;
  if (attribute.kind === 'integer') {
    input = h('input', { type: 'number', min: attribute.min, max: attribute.max, step: attribute.step });
    input.value = value ?? '';
  } else if (attribute.values) {
    input = h('select');
    input.append(h('option', { value: '' }, '—'));
    for (const v of attribute.values) input.append(h('option', { value: v.id }, label(v.label) || v.id));
    input.value = value ?? '';
  } else {
    return null;
  }
  input.name = attribute.id;
  wrap.append(input);
  return wrap;
}

async function showProduct(id) {
  const summary = await api('GET', '/api/products/' + encodeURIComponent(id));
  const version = await api('GET', '/api/products/' + encodeURIComponent(id) + '/versions/'
    + encodeURIComponent(summary.body.latest));
  detail = version.body;
  const saved = profile.products[id] || {};
  const form = document.getElementById('values');
  form.replaceChildren();
  const facts = new Set((detail.facts || []).map((f) => f.attribute));
  for (const a of detail.attributes) {
    if (facts.has(a.id)) continue; // measurements live in the shared section above
    const f = field(a, saved[a.id]);
    if (f) form.append(f);
  }
  document.getElementById('design').replaceChildren();
}

async function save() {
  const id = document.getElementById('product').value;
  const values = {};
  for (const input of document.getElementById('values').elements) {
    if (input.value !== '') values[input.name] = String(input.value);
  }
  const next = { products: { ...profile.products, [id]: values } };
  if (Object.keys(values).length === 0) delete next.products[id];
  const result = await api('PUT', '/api/profile', next);
  if (!result.ok) {
    say('message', result.error.message, true);
    return;
  }
  profile = result.body;
  say('message', 'Saved.');
}

/** One field per profile fact the products declare (the first product's label, unit and help). */
async function showFacts(products) {
  const byKey = new Map();
  for (const p of products) {
    const v = await api('GET', '/api/products/' + encodeURIComponent(p.id) + '/versions/' + encodeURIComponent(p.latest));
    for (const f of v.body.facts || []) {
      if (!f.profile || byKey.has(f.profile)) continue;
      const a = v.body.attributes.find((x) => x.id === f.attribute);
      byKey.set(f.profile, { ...a, id: f.profile, help: f.help });
    }
  }
  const form = document.getElementById('facts');
  form.replaceChildren();
  for (const a of byKey.values()) {
    const f = field(a, (profile.facts || {})[a.id]);
    if (a.help) f.append(h('small', { class: 'fact-help' }, label(a.help)));
    form.append(f);
  }
}

async function saveFacts() {
  const facts = {};
  for (const input of document.getElementById('facts').elements) {
    if (input.value !== '') facts[input.name] = String(input.value);
  }
  const result = await api('PUT', '/api/profile', { facts });
  if (!result.ok) {
    say('message', result.error.message, true);
    return;
  }
  profile = result.body;
  say('message', 'Saved.');
}

async function prefill() {
  const id = document.getElementById('product').value;
  const result = await api('GET', '/api/profile/prefill/' + encodeURIComponent(id));
  if (!result.ok) {
    say('message', result.error.message, true);
    return;
  }
  const list = document.getElementById('design');
  list.replaceChildren();
  for (const c of result.body.design.decisions) list.append(h('li', {}, c.attribute + ' = ' + c.value));
  for (const c of result.body.skipped) list.append(h('li', {}, c.attribute + ' = ' + c.value + ' (left out: does not fit)'));
  say('message', 'A new ' + id + ' design (version ' + result.body.design.version + ') would start with:');
}

async function start() {
  const s = await session();
  if (!s.signedIn) {
    window.location.assign('/account/signin.html?next=/account/profile.html');
    return;
  }
  profile = (await api('GET', '/api/profile')).body;
  const products = (await api('GET', '/api/products')).body.products;
  const select = document.getElementById('product');
  for (const p of products) select.append(h('option', { value: p.id }, label(p.label) || p.id));
  select.value = products.some((p) => p.id === 'jeans') ? 'jeans' : products[0].id;
  select.addEventListener('change', () => showProduct(select.value));
  document.getElementById('save').addEventListener('click', save);
  document.getElementById('save-facts').addEventListener('click', saveFacts);
  await showFacts(products);
  document.getElementById('prefill').addEventListener('click', prefill);
  await showProduct(select.value);
}

start();
