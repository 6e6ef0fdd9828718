// The analytics page: figures of one product version from /api/analytics/{product}/{version}/...,
// drawn with Chart.js (loaded from the WebJar as a classic script: globalThis.Chart).
import { getJson, label, fillTable } from './api.js';

const Chart = globalThis.Chart;
const charts = new Map();
const $ = (id) => document.getElementById(id);

function draw(id, type, labels, datasets, options = {}) {
  charts.get(id)?.destroy();
  charts.set(id, new Chart($(id), { type, data: { labels, datasets }, options }));
}

function status(text) {
  $('status').textContent = text;
}

async function products() {
  const list = await getJson('/api/products');
  const select = $('product');
  select.replaceChildren(
    ...list.products.map((p) => new Option(label(p.label, p.id), p.id)),
  );
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
    const [funnel, demand, rules, repairs, wishes, heterogeneity, suggestions] = await Promise.all(
      ['funnel', 'demand', 'rules', 'repairs', 'wishes', 'heterogeneity', 'suggestions'].map((f) => getJson(b + f)),
    );
    draw('funnel', 'bar', ['started', 'decided', 'completed', 'ordered', 'abandoned'],
      [{ label: 'design sessions', data: [funnel.started, funnel.decided, funnel.completed, funnel.ordered, funnel.abandoned] }]);
    showDemand(demand);
    const hit = rules.rules.filter((r) => r.refusals > 0).slice(0, 15);
    draw('rules', 'bar', hit.map((r) => r.label), [{ label: 'refusals', data: hit.map((r) => r.refusals) }],
      { indexAxis: 'y' });
    const rep = repairs.values.slice(0, 20);
    draw('repairs', 'bar', rep.map((r) => `${r.attribute} = ${r.value}`), [
      { label: 'shown', data: rep.map((r) => r.shown) },
      { label: 'accepted', data: rep.map((r) => r.accepted) },
      { label: 'rejected', data: rep.map((r) => r.rejected) },
    ]);
    draw('wishes', 'bar', wishes.departments.map((d) => d.department),
      [{ label: 'wishes', data: wishes.departments.map((d) => d.wishes) }]);
    $('departments').replaceChildren(...wishes.departments.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `inbox.html?department=${encodeURIComponent(d.department)}`;
      a.textContent = `${d.department} inbox`;
      li.append(a);
      return li;
    }));
    draw('heterogeneity', 'bar', heterogeneity.attributes.map((a) => a.attribute),
      [{ label: 'entropy / log2(domain size)', data: heterogeneity.attributes.map((a) => a.normalised) }],
      { scales: { y: { min: 0, max: 1 } } });
    fillTable($('add').tBodies[0], suggestions.add.map((s) => [s.attribute, s.what, s.reason, s.count]));
    fillTable($('prune').tBodies[0], suggestions.prune.map((s) => [s.attribute, s.value]));
  } catch (e) {
    status(`Cannot load the figures: ${e.message}`);
  }
}

function showDemand(demand) {
  const select = $('demand-attribute');
  const previous = select.value;
  select.replaceChildren(...demand.attributes.map((a) => new Option(a.attribute, a.attribute)));
  if (demand.attributes.some((a) => a.attribute === previous)) select.value = previous;
  const render = () => {
    const a = demand.attributes.find((x) => x.attribute === select.value);
    if (!a) return;
    draw('demand', 'bar', a.values.map((v) => v.value), [
      { label: 'share of decisions', data: a.values.map((v) => v.decisionShare) },
      { label: 'share of orders', data: a.values.map((v) => v.orderShare) },
    ]);
  };
  select.onchange = render;
  render();
}

products().then(load).catch((e) => status(`Cannot load the products: ${e.message}`));
