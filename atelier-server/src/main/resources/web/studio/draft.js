// One version in the studio: the source in a code editor (CodeMirror, YAML colouring) with the
// server's findings as gutter markers (file:line:col, checked as one types), the forms for everyday
// changes (they edit the same source on the server), the impact against the current version, and
// publishing now or at a date with an end for the current version.
import { api } from '/js/http.js';
import { h, say } from '/js/dom.js';
import { label, language, money, number, t } from '/js/i18n.js';
import { pageLanguage } from '/js/page-language.js';
import { loadProductLabels, productLabel } from '/js/product-labels.js';
import { ProductModel } from '/js/model.js';

const params = new URLSearchParams(window.location.search);
const product = params.get('product');
// Without a version (a link from the analytics): the product's newest draft, or one started here.
let version = params.get('version');
let base = '';
// What an analytics link opened the page for ({attribute, value}); the forms start there once.
let focus = params.get('attribute') ? { attribute: params.get('attribute'), value: params.get('value') } : null;

let draft = null;
// The impact on show, drawn again in the new language after a switch.
let impact = null;
let checkTimer = null;
let checkSeq = 0;
const editor = window.CodeMirror.fromTextArea(document.getElementById('source'), {
  mode: 'yaml', lineNumbers: true, gutters: ['diagnostics', 'CodeMirror-linenumbers'], indentWithTabs: false,
});
editor.on('change', (cm, change) => {
  if (change.origin === 'setValue') return;
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, 600);
});

/** Lint: what `atelier check` reports on a model that reads (dead and forced values, redundant rules). */
const LINT = new Set(['dead-value', 'forced', 'forced-unset', 'forced-set', 'redundant-rule']);
const FORCED = new Set(['forced', 'forced-unset', 'forced-set']);
const LINT_TEXT = {
  'dead-value': 'studio.lintDead', forced: 'studio.lintForced', 'forced-unset': 'studio.lintForcedUnset',
  'forced-set': 'studio.lintForcedSet', 'redundant-rule': 'studio.lintRedundant',
};

// The findings on show (the draft's, or the live check's of the text being typed), drawn again in
// the new language after a switch.
let diagnostics = [];

/** A lint finding in the page language, with the draft's labels; other findings as the server wrote them. */
function findingText(d) {
  if (!LINT_TEXT[d.code]) return d.text;
  const a = draft?.attributes.find((x) => x.id === d.attribute);
  const v = a?.values.find((x) => x.id === d.value);
  return `${d.file}:${d.line}:${d.column}: ${t(LINT_TEXT[d.code], {
    attribute: a ? label(a.label, a.id) : d.attribute ?? '',
    value: v ? label(v.label, v.id) : d.value ?? '',
    rule: d.rule ?? '',
  })}`;
}

function showDiagnostics(list) {
  diagnostics = list;
  editor.clearGutter('diagnostics');
  for (let i = 0; i < editor.lineCount(); i++) editor.removeLineClass(i, 'background');
  const items = [];
  const lint = [];
  for (const d of list) {
    const line = Math.max(0, d.line - 1);
    const text = findingText(d);
    const marker = h('div', { class: `gutter-marker ${d.severity}`, title: text }, d.severity === 'error' ? '●' : '▲');
    editor.setGutterMarker(line, 'diagnostics', marker);
    if (d.severity !== 'info') editor.addLineClass(line, 'background', `line-${d.severity}`);
    const li = h('li', { class: d.severity }, text);
    li.addEventListener('click', () => { editor.focus(); editor.setCursor({ line, ch: Math.max(0, d.column - 1) }); });
    (LINT.has(d.code) ? lint : items).push(li);
  }
  document.getElementById('diagnostics').replaceChildren(...items);
  const errors = list.filter((d) => d.severity === 'error').length;
  say('check-status', errors ? t('studio.errors', { count: errors }) : t('studio.noErrors'), errors > 0);
  const count = (codes) => list.filter((d) => codes.has(d.code)).length;
  document.getElementById('lint').replaceChildren(...lint);
  document.getElementById('lint-status').textContent = t('studio.lintSummary', {
    dead: count(new Set(['dead-value'])), forced: count(FORCED), redundant: count(new Set(['redundant-rule'])),
  });
  document.getElementById('lint-section').hidden = errors > 0;
}

async function check() {
  const seq = ++checkSeq;
  const r = await api('POST', `${base}/check`, { source: editor.getValue() });
  if (seq !== checkSeq) return;
  if (r.error) return say('check-status', r.error.message, true);
  showDiagnostics(r.body.diagnostics);
}

function show(d) {
  // An impact shown for another source no longer says what publishing would do.
  if (draft && draft.source !== d.source) {
    impact = null;
    document.getElementById('impact-result').replaceChildren();
  }
  draft = d;
  const editable = d.status === 'draft';
  showTitle();
  if (editor.getValue() !== d.source) editor.setValue(d.source);
  editor.setOption('readOnly', !editable);
  for (const id of ['save', 'set-price', 'retire', 'set-labels', 'add-value', 'publish', 'file']) {
    document.getElementById(id).disabled = !editable;
  }
  showDiagnostics(d.diagnostics);
  fillAttributes();
  if (focus && !moduleOf(focus.attribute) && d.attributes.some((a) => a.id === focus.attribute)) {
    document.getElementById('attribute').value = focus.attribute;
    fillValues();
    if (focus.value) document.getElementById('value').value = focus.value;
    fillValue();
    const a = currentAttribute();
    const v = a.values.find((x) => x.id === focus.value);
    say('focus', t('studio.forAttribute', { what: `${label(a.label, a.id)}${focus.value ? `: ${v ? label(v.label, v.id) : focus.value}` : ''}` }));
    focus = null;
  }
  document.body.dataset.loaded = 'true';
}

function showTitle() {
  document.getElementById('title').textContent = `${productLabel(draft.product)} ${draft.version} · ${t(`studio.status.${draft.status}`)}`;
}

function languageInputs(container, prefix, texts = {}) {
  // The page's language first (the server lists them alphabetically: DE before EN).
  const page = document.documentElement.lang;
  const languages = [...draft.languages].sort((a, b) => (b === page) - (a === page));
  container.replaceChildren(...languages.map((lang) => h('label', {},
    h('span', {}, lang.toUpperCase()), h('input', { id: `${prefix}-${lang}`, 'data-lang': lang, value: texts[lang] ?? '', size: '12' }))));
}

function fillAttributes() {
  const attribute = document.getElementById('attribute');
  const before = attribute.value;
  // The everyday changes edit the product's own attributes; a module instance's ("Bay 2 · Doors")
  // are its module's, edited in the source.
  const own = draft.attributes.filter((a) => !moduleOf(a.id));
  attribute.replaceChildren(...own.map((a) => h('option', { value: a.id }, label(a.label, a.id))));
  if (own.some((a) => a.id === before)) attribute.value = before;
  fillValues();
  languageInputs(document.getElementById('new-labels'), 'new-label');
}

function currentAttribute() {
  return draft.attributes.find((a) => a.id === document.getElementById('attribute').value);
}

function fillValues() {
  const a = currentAttribute();
  const value = document.getElementById('value');
  const before = value.value;
  value.replaceChildren(...(a?.values ?? []).map((v) => h('option', { value: v.id },
    `${label(v.label, v.id)}${v.retired ? ` (${t('studio.retired')})` : ''}`)));
  if (a?.values.some((v) => v.id === before)) value.value = before;
  fillValue();
}

function fillValue() {
  const v = currentAttribute()?.values.find((x) => x.id === document.getElementById('value').value);
  document.getElementById('price').value = v?.price ?? '';
  languageInputs(document.getElementById('labels'), 'label', v?.label ?? {});
}

function texts(prefix) {
  const out = {};
  for (const lang of draft.languages) {
    const text = document.getElementById(`${prefix}-${lang}`).value.trim();
    if (text) out[lang] = text;
  }
  return out;
}

async function edit(body) {
  const r = await api('POST', `${base}/edit`, { attribute: document.getElementById('attribute').value, ...body });
  if (r.error) return say('status', r.error.message, true);
  say('status', t('studio.saved'));
  show(r.body);
}

function open(v) {
  version = v;
  base = `/api/studio/products/${encodeURIComponent(product)}/versions/${encodeURIComponent(version)}`;
  const q = new URLSearchParams({ product, version });
  if (focus?.attribute) q.set('attribute', focus.attribute);
  if (focus?.value) q.set('value', focus.value);
  window.history.replaceState(null, '', `?${q}`);
  document.getElementById('start').hidden = true;
  document.getElementById('studio-grid').hidden = false;
}

/** A name for a new draft after {@code current}: "2" after "1", "2025.2" after "2025.1". */
function nextName(current, taken) {
  const m = /^(.*?)(\d+)$/.exec(current ?? '');
  let name = m ? `${m[1]}${Number(m[2]) + 1}` : `${current ?? '1'}-next`;
  while (taken.includes(name)) name = /^(.*?)(\d+)$/.test(name) ? name.replace(/\d+$/, (n) => String(Number(n) + 1)) : `${name}-next`;
  return name;
}

/** No version asked for: open the newest draft, or offer to start one from the current version. */
async function resolve() {
  const r = await api('GET', '/api/studio/products');
  if (r.error) return say('status', r.error.message, true);
  const p = r.body.products.find((x) => x.id === product);
  if (!p) return say('status', t('studio.unknownProduct', { product }), true);
  const drafts = p.versions.filter((v) => v.status === 'draft');
  if (drafts.length) {
    open(drafts[drafts.length - 1].version);
    return load();
  }
  const from = p.current ?? p.versions[p.versions.length - 1]?.version;
  document.getElementById('title').textContent = productLabel(product);
  document.getElementById('studio-grid').hidden = true;
  document.getElementById('start').hidden = false;
  document.getElementById('start-text').textContent = t('studio.startFor', { product: productLabel(product), version: from });
  document.getElementById('start-version').value = nextName(from, p.versions.map((v) => v.version));
  document.getElementById('start-draft').onclick = async () => {
    const made = await api('POST', `/api/studio/products/${encodeURIComponent(product)}/versions/${encodeURIComponent(from)}/drafts`,
      { version: document.getElementById('start-version').value.trim() });
    if (made.error) return say('status', made.error.message, true);
    open(made.body.version);
    return load();
  };
  document.body.dataset.loaded = 'start';
}

async function load() {
  const r = await api('GET', base);
  if (r.error) return say('status', r.error.message, true);
  show(r.body);
}

/**
 * How the shopper reads a value in the impact ("Colour: Green"): the draft's labels, else those of
 * the version it is compared with (a removed value), else the ids.
 */
async function valueNames(against) {
  let old = null;
  if (against) {
    const r = await api('GET', `/api/products/${encodeURIComponent(product)}/versions/${encodeURIComponent(against)}`);
    if (!r.error) old = new ProductModel(r.body);
  }
  const attributeName = (id) => {
    const a = draft.attributes.find((x) => x.id === id);
    return a ? label(a.label, id) : old?.attribute(id) ? old.attributeLabel(id) : id;
  };
  const valueName = (attribute, value) => {
    const v = draft.attributes.find((x) => x.id === attribute)?.values.find((x) => x.id === value);
    if (v) return label(v.label, value);
    return old?.attribute(attribute) && value !== null && value !== undefined ? old.valueLabel(attribute, value) : value ?? '—';
  };
  // A rule by its label in the page language: the compared version's, else the engine's (English).
  const ruleName = (id, fallback) => (old?.rules.get(id)?.label ? label(old.rules.get(id).label) : fallback ?? id);
  return { attributeName, valueName, ruleName, pair: (attribute, value) => `${attributeName(attribute)}: ${valueName(attribute, value)}` };
}

/** An exact count (a decimal string of any length) with the language's digit grouping. */
const exact = (x) => (x == null ? '?' : /^\d+$/.test(String(x)) ? number(BigInt(x)) : String(x));

/** The module instance an attribute belongs to ("bays[2]" of "bays[2].doors"), or '' for the product's own. */
const moduleOf = (attribute) => /^(.*\[\d+\])\./.exec(attribute ?? '')?.[1] ?? '';

/** Why a pinned item is no longer admitted, in the page language (reason: the server's English text). */
function causeText(c, reason, { attributeName, ruleName, pair }) {
  if (c.kind === 'attribute-gone') return t('studio.cause.attributeGone', { attribute: attributeName(c.attribute) });
  if (c.kind === 'value-gone') return t('studio.cause.valueGone', { value: pair(c.attribute, c.value) });
  if (c.kind === 'refused') return t('studio.cause.refused', { value: pair(c.attribute, c.value) });
  return t('studio.cause.rule', { rule: ruleName(c.rule, reason) });
}

/**
 * An ordered configuration as the shopper reads it: the product's own choices by name ("Finish: Oak"),
 * then each module instance's under its name ("Bay 1: Width 40 cm, Doors Open"), unused instances left out.
 */
function configurationText(configuration, { attributeName, valueName, pair }) {
  const groups = new Map();
  for (const [a, v] of Object.entries(configuration)) {
    if (v === '~' || v === null) continue;
    const group = moduleOf(a);
    if (!groups.has(group)) groups.set(group, { name: group ? attributeName(a).split(' · ')[0] : '', items: [] });
    groups.get(group).items.push(group ? `${attributeName(a).split(' · ').slice(1).join(' · ') || a} ${valueName(a, v)}` : pair(a, v));
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, undefined, { numeric: true })))
    .map(([, g]) => (g.name ? `${g.name}: ${g.items.join(', ')}` : g.items.join(', ')))
    .join(' · ');
}

function renderImpact(m, readable) {
  const { attributeName, valueName, pair } = readable;
  const out = document.getElementById('impact-result');
  const list = (items) => h('ul', { class: 'impact-list' }, items.map((x) => h('li', {}, x)));
  // Items about attributes, grouped by module instance ("Bay 2") after the product's own, each
  // group under the instance's name (the part of an attribute's label before " · ").
  const names = (key, items, attributes) => {
    if (!items.length) return [];
    if (!attributes || attributes.every((a) => !moduleOf(a))) return [h('h3', {}, t(key)), list(items)];
    const groups = new Map();
    items.forEach((item, i) => {
      const group = moduleOf(attributes[i]);
      if (!groups.has(group)) groups.set(group, { name: group ? attributeName(attributes[i]).split(' · ')[0] : t('studio.productOwn'), items: [] });
      groups.get(group).items.push(item);
    });
    const ordered = [...groups.entries()].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, undefined, { numeric: true })));
    return [h('h3', {}, t(key)), ...ordered.flatMap(([, g]) => [h('h4', { class: 'impact-module' }, g.name), list(g.items)])];
  };
  const parts = [
    h('p', {}, t('studio.against', { version: m.against ?? '—' })),
    h('div', { class: 'figures-row' },
      h('div', {}, h('div', { class: 'figure', id: 'gained' }, exact(m.gained)), t('studio.gained')),
      h('div', {}, h('div', { class: 'figure', id: 'lost' }, exact(m.lost)), t('studio.lost')),
      h('div', {}, h('div', { class: 'figure', id: 'broken-count' }, String(m.broken.length)), t('studio.brokenCount', { checked: m.checked })),
      h('div', {}, h('div', { class: 'figure', id: 'wishes-met' }, String(m.wishesMet.length)), t('studio.wishesMet')),
      h('div', {}, h('div', { class: 'figure', id: 'relaxed-sessions' }, String(m.relaxed.sessions)),
        t('studio.relaxedSessions', { days: m.relaxed.days }))),
    ...names('studio.valuesAdded', m.valuesAdded.map((v) => pair(v.attribute, v.value)), m.valuesAdded.map((v) => v.attribute)),
    ...names('studio.valuesRemoved', m.valuesRemoved.map((v) => pair(v.attribute, v.value)), m.valuesRemoved.map((v) => v.attribute)),
    ...names('studio.attributesAdded', m.attributesAdded.map(attributeName)),
    ...names('studio.attributesRemoved', m.attributesRemoved.map(attributeName)),
    ...names('studio.rulesAdded', m.rulesAdded),
    ...names('studio.rulesRemoved', m.rulesRemoved),
    ...names('studio.rulesChanged', m.rulesChanged),
    ...names('studio.perValue', m.perAttribute.map((c) => `${pair(c.attribute, c.value)}: +${exact(c.gained)} / −${exact(c.lost)}`),
      m.perAttribute.map((c) => c.attribute)),
    ...names('studio.broken', m.broken.map((b) => `${t(`studio.kind.${b.kind}`)} ${b.id} (${b.version}): `
      + `${(b.causes ?? []).length ? b.causes.map((c, i) => causeText(c, b.reasons[i], readable)).join('; ') : b.reasons.join('; ')} → `
      + (b.repair.length ? b.repair.map((c) => `${attributeName(c.attribute)}: ${valueName(c.attribute, c.from)} → ${valueName(c.attribute, c.to)}`).join(', ') : t('studio.noRepair')))),
    ...names('studio.relaxed', m.relaxed.byRule.map((r) => t('studio.relaxedRule', { rule: r.rule || '—', sessions: r.sessions }))),
    ...names('studio.wishes', m.wishesMet.map((w) => `“${w.text}” → ${w.attribute ? pair(w.attribute, w.value) : w.value}`)),
    ...names('studio.prices', m.prices.map((p) => `${configurationText(p.configuration, readable)} (×${p.ordered}): `
      + `${money(p.before, p.currency)} → ${p.after === null ? t('studio.notAdmitted') : money(p.after, p.currency)}`)),
  ];
  if (m.countNote) parts.push(h('p', {}, m.countNote));
  if (m.relaxed.checked < m.relaxed.found) {
    parts.push(h('p', {}, t('studio.relaxedPartial', { checked: m.relaxed.checked, found: m.relaxed.found })));
  }
  out.replaceChildren(...parts);
}

document.getElementById('attribute').addEventListener('change', fillValues);
document.getElementById('value').addEventListener('change', fillValue);
document.getElementById('set-price').addEventListener('click', () => edit({
  kind: 'price', value: document.getElementById('value').value, price: document.getElementById('price').value.trim(),
}));
document.getElementById('retire').addEventListener('click', () => edit({ kind: 'retire-value', value: document.getElementById('value').value }));
document.getElementById('set-labels').addEventListener('click', () => edit({
  kind: 'label', value: document.getElementById('value').value, labels: texts('label'),
}));
document.getElementById('add-value').addEventListener('click', () => edit({
  kind: 'add-value', value: document.getElementById('new-id').value.trim(),
  price: document.getElementById('new-price').value.trim() || null, labels: texts('new-label'),
}));
document.getElementById('save').addEventListener('click', async () => {
  const r = await api('POST', `${base}/source`, { source: editor.getValue() });
  if (r.error) return say('status', r.error.message, true);
  say('status', t('studio.saved'));
  show(r.body);
});
document.getElementById('file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (file) editor.setValue(await file.text());
  check();
});
// The impact can take seconds (a large draft's counts): say so where the button is, with the time
// so far, and take no second click meanwhile.
document.getElementById('impact').addEventListener('click', async () => {
  const button = document.getElementById('impact');
  const out = document.getElementById('impact-result');
  const started = Date.now();
  const tick = () => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    out.replaceChildren(h('p', { class: 'computing', role: 'status' },
      seconds < 1 ? t('studio.computing') : t('studio.computingFor', { seconds })));
  };
  button.disabled = true;
  out.setAttribute('aria-busy', 'true');
  tick();
  const timer = setInterval(tick, 1000);
  const r = await api('GET', `${base}/impact`);
  clearInterval(timer);
  button.disabled = false;
  out.removeAttribute('aria-busy');
  if (r.error) {
    out.replaceChildren();
    return say('status', r.error.message, true);
  }
  impact = r.body;
  renderImpact(impact, await valueNames(impact.against));
});
/** A refused publication in the studio's language: a date too early names the current version's start. */
function publishRefusal(error) {
  const since = error.problem.value ? new Date(error.problem.value) : null;
  if (!since || Number.isNaN(since.getTime()) || !['effectiveFrom', 'previousEffectiveTo'].includes(error.field)) {
    return error.message;
  }
  const when = new Intl.DateTimeFormat(language(), { dateStyle: 'long', timeStyle: 'short' }).format(since);
  return t(error.field === 'effectiveFrom' ? 'studio.startsTooEarly' : 'studio.endsTooEarly', { since: when });
}

document.getElementById('publish').addEventListener('click', async () => {
  const from = document.getElementById('effective-from').value || null;
  const to = document.getElementById('previous-to').value || null;
  const r = await api('POST', `${base}/publish`, { effectiveFrom: from, previousEffectiveTo: to });
  if (r.error) return say('status', publishRefusal(r.error), true);
  say('status', t('studio.published', { version, current: r.body.current ?? '—' }));
  load();
});

// A switch of language words the page anew but keeps what is being typed in the editor.
async function redraw() {
  if (draft) {
    showTitle();
    showDiagnostics(diagnostics);
    fillAttributes();
  }
  if (impact) renderImpact(impact, await valueNames(impact.against));
}

Promise.all([pageLanguage(redraw), loadProductLabels()]).then(() => {
  if (version) {
    open(version);
    return load();
  }
  return resolve();
});
