// The analytics page: figures of one product version from /api/analytics/{product}/{version}/...,
// drawn with Chart.js (loaded from the WebJar as a classic script: globalThis.Chart). Attributes,
// values and rules are shown by their model labels in the page language; counts on integer axes.
// Each figure links to the studio draft that would address it (its heading, its bars, its rows).
import { getJson } from '/js/http.js';
import { clickThrough, studioHref, studioLink } from './studio-link.js';
import { fillTable } from '/js/dom.js';
import { label, money, number, t } from '/js/i18n.js';
import { ProductModel } from '/js/model.js';
import { pageLanguage } from '/js/page-language.js';

const Chart = globalThis.Chart;
const charts = new Map();
const $ = (id) => document.getElementById(id);

// Counts are whole numbers: no 0.5 ticks on their axis.
const COUNTS = { x: { ticks: { precision: 0 } }, y: { ticks: { precision: 0 } } };

function draw(id, type, labels, datasets, options = { scales: COUNTS }) {
  charts.get(id)?.destroy();
  charts.set(id, new Chart($(id), { type, data: { labels, datasets }, options }));
}

let list = null;

/** The model's names of attributes, values and rules of the shown version. */
async function names() {
  const model = new ProductModel(await getJson(`/api/products/${encodeURIComponent($('product').value)}/versions/${encodeURIComponent($('version').value)}`));
  return {
    attribute: (id) => (id ? model.attributeLabel(id) : ''),
    value: (attribute, value) => (attribute && value ? model.valueLabel(attribute, value) : value ?? ''),
    rule: (id, fallback) => (model.rules.get(id)?.label ? label(model.rules.get(id).label) : fallback ?? id),
  };
}

/**
 * What was ordered, from the stored orders (the funnel counts design sessions; one account's orders
 * share a session): orders placed, units and revenue per currency.
 */
function showOrders(o) {
  const pairs = [['placed', number(o.orders)], ['units', number(o.units)],
    ['revenue', o.revenue.length ? o.revenue.map((r) => money(r.total, r.currency)).join(' · ') : money(0)]];
  $('order-figures').replaceChildren(...pairs.flatMap(([figure, value]) => {
    const dt = document.createElement('dt');
    dt.textContent = t(`analytics.orders.${figure}`);
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.id = `orders-${figure}`;
    return [dt, dd];
  }));
}

/** The studio link in a figure's heading (for the product, or one attribute of it). */
function figureLink(section, attribute, what) {
  const heading = $(section).querySelector('h2');
  heading.querySelector('.studio-link')?.remove();
  heading.append(' ', studioLink($('product').value, attribute, null, what));
}

let departmentLabels = null;

/** Department id → its name in the page language (the id when the catalogue has none). */
async function departmentNames() {
  if (!departmentLabels) {
    departmentLabels = getJson('/api/departments')
      .then((r) => new Map(r.departments.map((d) => [d.id, d.label])))
      .catch(() => new Map());
  }
  const labels = await departmentLabels;
  return (id) => label(labels.get(id), id);
}

function status(text) {
  $('status').textContent = text;
}

function productOptions() {
  const select = $('product');
  const chosen = select.value;
  select.replaceChildren(...list.products.map((p) => new Option(label(p.label) || p.id, p.id)));
  if (chosen) select.value = chosen;
}

async function products() {
  list = await getJson('/api/products');
  const select = $('product');
  productOptions();
  const versions = () => {
    const p = list.products.find((x) => x.id === select.value);
    $('version').replaceChildren(...p.versions.map((v) => new Option(v, v)));
    $('version').value = p.latest;
  };
  select.addEventListener('change', () => { versions(); load(); });
  $('version').addEventListener('change', load);
  versions();
}

function base() {
  return `/api/analytics/${encodeURIComponent($('product').value)}/${encodeURIComponent($('version').value)}/`;
}

async function load() {
  status('');
  const b = base();
  for (const a of document.querySelectorAll('a.csv')) a.href = `${b}${a.dataset.figure}.csv`;
  try {
    const [funnel, demand, rules, repairs, wishes, heterogeneity, suggestions, orders] = await Promise.all(
      ['funnel', 'demand', 'rules', 'repairs', 'wishes', 'heterogeneity', 'suggestions', 'orders'].map((f) => getJson(b + f)),
    );
    showOrders(orders);
    const n = await names();
    const stages = ['started', 'decided', 'completed', 'ordered', 'abandoned'];
    draw('funnel', 'bar', stages.map((k) => t(`analytics.funnel.${k}`)),
      [{ label: t('analytics.sessions'), data: stages.map((k) => funnel[k]) }]);
    showDemand(demand, n);
    const product = $('product').value;
    const hit = rules.rules.filter((r) => r.refusals > 0).slice(0, 15);
    draw('rules', 'bar', hit.map((r) => n.rule(r.rule, r.label)), [{ label: t('analytics.refusals'), data: hit.map((r) => r.refusals) }],
      clickThrough(hit.map(() => studioHref(product)), { indexAxis: 'y', scales: COUNTS }));
    const rep = repairs.values.slice(0, 20);
    draw('repairs', 'bar', rep.map((r) => `${n.attribute(r.attribute)}: ${n.value(r.attribute, r.value)}`), [
      { label: t('analytics.shown'), data: rep.map((r) => r.shown) },
      { label: t('analytics.accepted'), data: rep.map((r) => r.accepted) },
      { label: t('analytics.rejected'), data: rep.map((r) => r.rejected) },
    ], clickThrough(rep.map((r) => studioHref(product, r.attribute, r.value)), { scales: COUNTS }));
    for (const section of ['funnel-section', 'rules-section', 'repairs-section', 'heterogeneity-section']) figureLink(section);
    const department = await departmentNames();
    const inbox = (d) => `inbox.html?department=${encodeURIComponent(d.department)}`;
    draw('wishes', 'bar', wishes.departments.map((d) => department(d.department)),
      [{ label: t('analytics.wishes'), data: wishes.departments.map((d) => d.wishes) }],
      clickThrough(wishes.departments.map(inbox), { scales: COUNTS }));
    $('departments').replaceChildren(...wishes.departments.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = inbox(d);
      a.textContent = t('analytics.inboxOf', { department: department(d.department) });
      li.append(a);
      return li;
    }));
    draw('heterogeneity', 'bar', heterogeneity.attributes.map((a) => n.attribute(a.attribute)),
      [{ label: t('analytics.entropy'), data: heterogeneity.attributes.map((a) => a.normalised) }],
      clickThrough(heterogeneity.attributes.map((a) => studioHref(product, a.attribute)), { scales: { y: { min: 0, max: 1 } } }));
    // A refused suggestion names a value (its label); a wished one is the customers' words.
    const what = (s) => (s.reason === 'refused' ? n.value(s.attribute, s.what) : s.what);
    fillTable($('add').tBodies[0], suggestions.add.map((s) => [n.attribute(s.attribute), what(s), t(`inbox.reason.${s.reason}`), s.count,
      studioLink(product, s.attribute, s.reason === 'refused' ? s.what : null, `${n.attribute(s.attribute)}: ${what(s)}`)]));
    fillTable($('prune').tBodies[0], suggestions.prune.map((s) => [n.attribute(s.attribute), n.value(s.attribute, s.value),
      studioLink(product, s.attribute, s.value, `${n.attribute(s.attribute)}: ${n.value(s.attribute, s.value)}`)]));
  } catch (e) {
    status(t('analytics.cannotLoad', { why: e.message }));
  }
}

function showDemand(demand, n) {
  const select = $('demand-attribute');
  const previous = select.value;
  select.replaceChildren(...demand.attributes.map((a) => new Option(n.attribute(a.attribute), a.attribute)));
  if (demand.attributes.some((a) => a.attribute === previous)) select.value = previous;
  const render = () => {
    const a = demand.attributes.find((x) => x.attribute === select.value);
    if (!a) return;
    const product = $('product').value;
    draw('demand', 'bar', a.values.map((v) => n.value(a.attribute, v.value)), [
      { label: t('analytics.decisionShare'), data: a.values.map((v) => v.decisionShare) },
      { label: t('analytics.orderShare'), data: a.values.map((v) => v.orderShare) },
    ], clickThrough(a.values.map((v) => studioHref(product, a.attribute, v.value))));
    figureLink('demand-section', a.attribute, n.attribute(a.attribute));
  };
  select.onchange = render;
  render();
}

pageLanguage(async () => { productOptions(); await load(); })
  .then(products)
  .then(load)
  .catch((e) => status(t('analytics.cannotLoad', { why: e.message })));
