// A department's inbox page (inbox.html?department=ID): its wishes and the most-hit refusals of the
// attributes and rules it owns, from /api/departments/{id}/inbox.
import { api, getJson } from '/js/http.js';
import { fillTable } from '/js/dom.js';
import { label, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { ProductModel } from '/js/model.js';
import { clickThrough, studioHref, studioLink } from './studio-link.js';

const $ = (id) => document.getElementById(id);
let chart;

// The product versions named in the inbox, for their labels (null when one cannot be read).
const models = new Map();
function modelOf(product, version) {
  const key = `${product}\u0000${version}`;
  if (!models.has(key)) {
    models.set(key, getJson(`/api/products/${encodeURIComponent(product)}/versions/${encodeURIComponent(version)}`)
      .then((detail) => new ProductModel(detail))
      .catch(() => null));
  }
  return models.get(key);
}

/** Model labels in the page language for a refusal or wish: product, attribute, value, rule. */
async function namesOf(product, version) {
  const m = await modelOf(product, version);
  return {
    product: m ? label(m.detail.label, product) : product,
    attribute: (id) => (id && m ? m.attributeLabel(id) : id ?? ''),
    value: (attribute, value) => (attribute && value && m ? m.valueLabel(attribute, value) : value ?? ''),
    rule: (id) => (id && m ? label(m.rules.get(id)?.label, id) : id ?? ''),
  };
}

let departmentList = [];
let productLabels = new Map();

/** The department choices, in the page language (again after a language switch). */
function departmentOptions() {
  const select = $('department');
  const chosen = select.value;
  // A department names product versions ("bicycle@2025.1"): the product's label and the version.
  const name = (p) => {
    const [id, version] = p.split('@');
    return `${label(productLabels.get(id), id)}${version ? ` ${version}` : ''}`;
  };
  const products = (d) => d.products.map(name).join(', ');
  select.replaceChildren(...departmentList.map((d) => new Option(`${label(d.label, d.id)} (${products(d)})`, d.id)));
  if (chosen) select.value = chosen;
}

async function departments() {
  const [list, catalogue] = await Promise.all([getJson('/api/departments'), getJson('/api/products').catch(() => ({ products: [] }))]);
  departmentList = list.departments;
  productLabels = new Map(catalogue.products.map((p) => [p.id, p.label]));
  departmentOptions();
  const select = $('department');
  const wanted = new URLSearchParams(location.search).get('department');
  if (wanted && list.departments.some((d) => d.id === wanted)) select.value = wanted;
  $('state').addEventListener('change', () => load());
  select.addEventListener('change', () => {
    history.replaceState(null, '', `?department=${encodeURIComponent(select.value)}`);
    load();
  });
}

async function load() {
  $('status').textContent = '';
  if (departmentList.length) departmentOptions();
  try {
    const state = $('state').value;
    const inbox = await getJson(`/api/departments/${encodeURIComponent($('department').value)}/inbox${state ? `?state=${state}` : ''}`);
    $('title').textContent = t('inbox.of', { department: label(inbox.label, inbox.department) });
    const r = inbox.refusals;
    const refusals = await Promise.all(r.map(async (x) => {
      const n = await namesOf(x.product, x.version);
      return { ...x, productLabel: n.product, attributeLabel: n.attribute(x.attribute), valueLabel: n.value(x.attribute, x.value), ruleLabel: n.rule(x.rule) };
    }));
    chart?.destroy();
    chart = new globalThis.Chart($('refusals'), {
      type: 'bar',
      data: {
        labels: refusals.map((x) => `${x.productLabel} · ${x.attributeLabel}${x.valueLabel ? `: ${x.valueLabel}` : ''}`),
        datasets: [{ label: t('analytics.refusals'), data: refusals.map((x) => x.count) }],
      },
      options: clickThrough(refusals.map((x) => studioHref(x.product, x.attribute, x.value)),
        { indexAxis: 'y', scales: { x: { ticks: { precision: 0 } } } }),
    });
    fillTable($('refusal-table').tBodies[0],
      refusals.map((x) => [x.productLabel, x.version, x.attributeLabel, x.valueLabel, x.ruleLabel, x.count,
        studioLink(x.product, x.attribute, x.value, `${x.productLabel} · ${x.attributeLabel}${x.valueLabel ? `: ${x.valueLabel}` : ''}`)]));
    const wishes = await Promise.all(inbox.wishes.map(async (w) => {
      const n = await namesOf(w.product, w.version);
      const design = (w.decisions || []).map((d) => `${n.attribute(d.attribute)}: ${n.value(d.attribute, d.value)}`).join(', ');
      return [new Date(w.at).toLocaleString(document.documentElement.lang || undefined), `${n.product} ${w.version}`,
        n.attribute(w.attribute), w.text, from(w), design, ''];
    }));
    fillTable($('wishes').tBodies[0], wishes);
    inbox.wishes.forEach((w, i) => {
      const row = $('wishes').tBodies[0].rows[i];
      row.id = `wish-${w.id}`;
      row.cells[6].append(triage(w));
      // The draft that would address the wish: its product, on the attribute it is about.
      const link = studioLink(w.product, w.attribute, null, `${w.product} · ${w.text}`);
      link.id = `studio-wish-${w.id}`;
      row.cells[2].append(row.cells[2].textContent ? ' · ' : '', link);
    });
    await suggestions();
    $('summary-link').href = `/analytics/summary.html?department=${encodeURIComponent($('department').value)}`;
    document.body.dataset.loaded = 'true';
  } catch (e) {
    $('status').textContent = t('inbox.cannotLoad', { why: e.message });
  }
}

/**
 * The analytics' suggestions (values to add: wished or refused; values to prune: never chosen) on
 * the attributes the department owns, in each product version where it owns some.
 */
async function suggestions() {
  const d = departmentList.find((x) => x.id === $('department').value);
  const rows = [];
  for (const pv of d?.products ?? []) {
    const [product, version] = pv.split('@');
    const owned = d.attributes?.[pv] ?? [];
    const [s, n] = await Promise.all([
      getJson(`/api/analytics/${encodeURIComponent(product)}/${encodeURIComponent(version)}/suggestions`).catch(() => null),
      namesOf(product, version)]);
    if (!s) continue;
    for (const a of s.add.filter((x) => owned.includes(x.attribute))) {
      const what = a.reason === 'refused' ? n.value(a.attribute, a.what) : a.what;
      rows.push([n.product, n.attribute(a.attribute), what, t(`inbox.reason.${a.reason}`), a.count,
        studioLink(product, a.attribute, a.reason === 'refused' ? a.what : null, `${n.attribute(a.attribute)}: ${what}`)]);
    }
    for (const p of s.prune.filter((x) => owned.includes(x.attribute))) {
      rows.push([n.product, n.attribute(p.attribute), n.value(p.attribute, p.value), t('inbox.reason.prune'), '',
        studioLink(product, p.attribute, p.value, `${n.attribute(p.attribute)}: ${n.value(p.attribute, p.value)}`)]);
    }
  }
  fillTable($('suggestions').tBodies[0], rows);
}

/** Where a wish came from: the configurator, or the channel and the employee who recorded it. */
function from(w) {
  const channel = t(`input.channel.${w.channel}`);
  const who = w.recordedBy ? ` · ${w.recordedBy}` : '';
  return `${channel}${who}${w.order ? ` · #${w.order}` : ''}`;
}

/** A wish's state, and for open ones the triage controls: new, accepted with a draft, declined with a reason. */
function triage(w) {
  const box = document.createElement('div');
  box.className = 'triage';
  const state = document.createElement('span');
  state.className = `badge state-${w.state}`;
  state.textContent = w.state === 'met' ? t('inbox.metBy', { version: w.metBy ?? '' })
    : w.state === 'accepted' ? t('inbox.acceptedFor', { draft: w.draft })
      : w.state === 'declined' ? t('inbox.declinedFor', { reason: w.reason }) : t('inbox.state.new');
  box.append(state);
  if (w.state === 'met') return box;
  const select = document.createElement('select');
  select.id = `triage-${w.id}`;
  select.setAttribute('aria-label', t('inbox.triage'));
  for (const s of ['new', 'accepted', 'declined']) select.append(new Option(t(`inbox.state.${s}`), s));
  select.value = w.state;
  const note = document.createElement('input');
  note.id = `triage-note-${w.id}`;
  note.setAttribute('aria-label', t('inbox.triageNote'));
  note.placeholder = t('inbox.triageNote');
  note.value = w.draft ?? w.reason ?? '';
  const save = document.createElement('button');
  save.type = 'button';
  save.id = `triage-save-${w.id}`;
  save.textContent = t('inbox.triageSave');
  save.addEventListener('click', async () => {
    const value = note.value.trim() || null;
    const body = { state: select.value, draft: select.value === 'accepted' ? value : null, reason: select.value === 'declined' ? value : null };
    const result = await api('POST', `/api/wishes/${w.id}/triage`, body);
    if (!result.ok) {
      $('status').textContent = t('inbox.cannotTriage', { why: result.error.message });
      return;
    }
    load();
  });
  box.append(select, note, save);
  return box;
}

pageLanguage(load).then(departments).then(load).catch((e) => { $('status').textContent = t('inbox.cannotDepartments', { why: e.message }); });
