// Customer input: staff, product managers and admins record a wish heard on the phone, in the
// showroom, by e-mail, in a complaint or in a production note (POST /api/feedback/wishes). It goes
// to the department owning the attribute, like a customer's own wish. ?operation=&note= come from a
// scrap/rework note on the staff queue.
import { api, getJson, session } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { label, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';

const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(window.location.search);
let products = [];
const attributes = new Map();

async function attributesOf(product) {
  if (!attributes.has(product.id)) {
    attributes.set(product.id, getJson(`/api/products/${encodeURIComponent(product.id)}/versions/${encodeURIComponent(product.version)}`)
      .then((d) => d.attributes ?? []).catch(() => []));
  }
  return attributes.get(product.id);
}

async function drawAttributes() {
  const product = products.find((p) => p.id === $('product').value);
  const chosen = $('attribute').value;
  const list = product ? await attributesOf(product) : [];
  $('attribute').replaceChildren(h('option', { value: '' }, t('input.anything')),
    ...list.map((a) => h('option', { value: a.id }, label(a.label, a.id))));
  if (chosen) $('attribute').value = chosen;
}

function drawProducts() {
  const chosen = $('product').value;
  $('product').replaceChildren(...products.map((p) => h('option', { value: p.id }, label(p.label, p.id))));
  if (chosen) $('product').value = chosen;
}

async function draw() {
  drawProducts();
  await drawAttributes();
}

async function record(e) {
  e.preventDefault();
  const order = $('order').value.trim();
  const body = {
    channel: $('channel').value,
    customer: $('customer').value.trim() || null,
    order: order ? Number(order) : null,
    operation: $('operation').value || null,
    product: $('product').value,
    attribute: $('attribute').value || null,
    text: $('text').value.trim(),
  };
  $('record').disabled = true;
  const r = await api('POST', '/api/feedback/wishes', body);
  $('record').disabled = false;
  if (!r.ok) return say('message', r.error.message, true);
  say('message', t('input.recorded', { id: r.body.id, department: r.body.department }));
  $('text').value = '';
}

async function start() {
  const s = await session();
  if (!s.signedIn) {
    window.location.assign('/account/signin.html?next=' + encodeURIComponent(window.location.pathname + window.location.search));
    return;
  }
  if (s.account.role === 'CUSTOMER') {
    say('message', t('input.forEmployees'), true);
    return;
  }
  const catalogue = await getJson('/api/products');
  products = catalogue.products.map((p) => ({ id: p.id, label: p.label, version: p.latest }));
  await pageLanguage(draw);
  await draw();
  if (query.get('operation')) {
    $('operation').value = query.get('operation');
    $('channel').value = 'production';
    $('text').value = query.get('note') ?? '';
  }
  if (query.get('order')) $('order').value = query.get('order');
  $('product').addEventListener('change', drawAttributes);
  $('input-form').addEventListener('submit', record);
  $('input-form').hidden = false;
  document.body.dataset.loaded = 'true';
}

start().catch((e) => say('message', e.message, true));
