// A department's month (summary.html?department=ID&month=YYYY-MM): what customers asked, which
// versions were published and what the new values earned, from /api/departments/{id}/summary.
import { getJson } from '/js/http.js';
import { fillTable, h } from '/js/dom.js';
import { label, money, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { studioLink } from './studio-link.js';

const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);
let departmentList = [];
let productLabels = new Map();
const product = (id) => label(productLabels.get(id), id);
// "Colour: Green" in the page language; the ids where the catalogue has no labels.
const valueName = (v) => `${label(v.attributeLabel, v.attribute)}: ${label(v.valueLabel, v.value)}`;

async function departments() {
  const [list, catalogue] = await Promise.all([getJson('/api/departments'), getJson('/api/products').catch(() => ({ products: [] }))]);
  departmentList = list.departments;
  productLabels = new Map(catalogue.products.map((p) => [p.id, p.label]));
  $('department').replaceChildren(...departmentList.map((d) => new Option(label(d.label, d.id), d.id)));
  const wanted = query.get('department');
  if (wanted && departmentList.some((d) => d.id === wanted)) $('department').value = wanted;
  $('month').value = query.get('month') ?? new Date().toISOString().slice(0, 7);
  for (const id of ['department', 'month']) {
    $(id).addEventListener('change', () => {
      history.replaceState(null, '', `?department=${encodeURIComponent($('department').value)}&month=${$('month').value}`);
      load();
    });
  }
}

async function load() {
  $('status').textContent = '';
  if (!$('department').value) return;
  try {
    const s = await getJson(`/api/departments/${encodeURIComponent($('department').value)}/summary?month=${$('month').value}`);
    $('title').textContent = t('summary.of', { department: label(s.label, s.department), month: s.month });
    $('asked-count').textContent = String(s.asked.wishes);
    $('asked-channels').replaceChildren(...Object.entries(s.asked.byChannel).flatMap(([c, n]) => [
      h('dt', {}, t(`input.channel.${c}`)), h('dd', { id: `channel-${c}` }, String(n))]));
    fillTable($('topics').tBodies[0], s.asked.topics.map((x) => [product(x.product),
      x.attribute ? label(x.attributeLabel, x.attribute) : '', x.topic, x.count,
      studioLink(x.product, x.attribute, null, `${product(x.product)}: ${x.topic}`)]));
    fillTable($('changed').tBodies[0], s.changed.map((c) => [product(c.product), c.version,
      `${new Date(c.at).toLocaleString(document.documentElement.lang || undefined)} · ${c.actor}`,
      c.valuesAdded.map(valueName).join(', ')]));
    fillTable($('earned').tBodies[0], s.earned.map((e) => [product(e.product), valueName(e.value), e.orders, e.quantity,
      e.currency ? money(e.revenue, e.currency) : '—', studioLink(e.product, e.value.attribute, e.value.value, valueName(e.value))]));
    document.body.dataset.loaded = 'true';
  } catch (e) {
    $('status').textContent = t('summary.cannotLoad', { why: e.message });
  }
}

pageLanguage(load).then(departments).then(load).catch((e) => { $('status').textContent = t('inbox.cannotDepartments', { why: e.message }); });
