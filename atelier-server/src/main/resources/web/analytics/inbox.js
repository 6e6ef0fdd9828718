// A department's inbox page (inbox.html?department=ID): its wishes and the most-hit refusals of the
// attributes and rules it owns, from /api/departments/{id}/inbox.
import { api, getJson } from '/js/http.js';
import { fillTable } from '/js/dom.js';
import { label, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';

const $ = (id) => document.getElementById(id);
let chart;

async function departments() {
  const list = await getJson('/api/departments');
  const select = $('department');
  select.replaceChildren(
    ...list.departments.map((d) => new Option(`${label(d.label, d.id)} (${d.products.join(', ')})`, d.id)),
  );
  const wanted = new URLSearchParams(location.search).get('department');
  if (wanted && list.departments.some((d) => d.id === wanted)) select.value = wanted;
  select.addEventListener('change', () => {
    history.replaceState(null, '', `?department=${encodeURIComponent(select.value)}`);
    load();
  });
}

async function load() {
  $('status').textContent = '';
  try {
    const inbox = await getJson(`/api/departments/${encodeURIComponent($('department').value)}/inbox`);
    $('title').textContent = t('inbox.of', { department: label(inbox.label, inbox.department) });
    const r = inbox.refusals;
    chart?.destroy();
    chart = new globalThis.Chart($('refusals'), {
      type: 'bar',
      data: {
        labels: r.map((x) => `${x.product} ${x.attribute ?? ''} = ${x.value ?? ''}`),
        datasets: [{ label: t('analytics.refusals'), data: r.map((x) => x.count) }],
      },
      options: { indexAxis: 'y', scales: { x: { ticks: { precision: 0 } } } },
    });
    fillTable($('refusal-table').tBodies[0],
      r.map((x) => [x.product, x.version, x.attribute, x.value, x.rule, x.count]));
    fillTable($('wishes').tBodies[0],
      inbox.wishes.map((w) => [new Date(w.at).toLocaleString(), `${w.product} ${w.version}`, w.attribute, w.text,
        (w.decisions || []).map((d) => `${d.attribute}: ${d.value}`).join(', '), '']));
    inbox.wishes.forEach((w, i) => {
      const button = document.createElement('button');
      button.textContent = t('inbox.markMet');
      button.addEventListener('click', () => resolve(w.id));
      $('wishes').tBodies[0].rows[i].cells[5].append(button);
    });
  } catch (e) {
    $('status').textContent = `Cannot load the inbox: ${e.message}`;
  }
}

async function resolve(id) {
  const resolution = prompt('What was done about this wish?');
  if (!resolution) return;
  // The account pages' client sends the session's CSRF token with state-changing requests.
  const result = await api('PATCH', `/api/wishes/${id}`, { resolution });
  if (!result.ok) {
    $('status').textContent = `Cannot mark the wish met: ${result.error.message}`;
    return;
  }
  load();
}

pageLanguage(load).then(departments).then(load).catch((e) => { $('status').textContent = `Cannot load the departments: ${e.message}`; });
