// A saved design opens on the version it was made with. When the shop offers a newer version of
// the product, the page says so and what differs for this design: a chosen value the new version no
// longer has, a chosen value whose price changed, values the new version adds. The design itself
// stays as saved (nothing is dropped behind the shopper's back). A draft (or a saved design opened
// to order) of a version no longer offered is moved onto the current version, which is the only one
// the shop takes orders on: every choice the new version still has is kept, and the notice lists
// what was dropped or re-priced.

import { getJson } from './http.js';
import { h } from './dom.js';
import { label, money, t } from './i18n.js';
import { ProductModel } from './model.js';

/** The product's newest version when it is not {@code model}'s, else null (never throws). */
export async function newerVersion(model) {
  const id = encodeURIComponent(model.detail.id);
  try {
    const summary = await getJson(`/api/products/${id}`);
    if (!summary.latest || summary.latest === model.detail.version) return null;
    return new ProductModel(await getJson(`/api/products/${id}/versions/${encodeURIComponent(summary.latest)}`));
  } catch {
    return null; // the notice is a help: the saved design opens without it
  }
}

const valuesOf = (attribute) => (attribute?.kind === 'enum' ? attribute.values : []);

/** What differs between {@code old} and {@code newer} for {@code decisions}, as lines to read. */
export function changesFor(old, newer, decisions) {
  const lines = [];
  const currency = newer.currency;
  for (const d of decisions) {
    const was = valuesOf(old.attribute(d.attribute)).find((v) => v.id === d.value);
    if (!was) continue;
    const name = `${old.attributeLabel(d.attribute)}: ${label(was.label, was.id)}`;
    const now = valuesOf(newer.attribute(d.attribute)).find((v) => v.id === d.value);
    if (!now) lines.push(t('version.gone', { value: name }));
    else if ((now.price ?? 0) !== (was.price ?? 0)) {
      lines.push(t('version.price', { value: name, before: money(was.price ?? 0, currency), after: money(now.price ?? 0, currency) }));
    }
  }
  for (const a of newer.attributes) {
    const before = new Set(valuesOf(old.attribute(a.id)).map((v) => v.id));
    for (const v of valuesOf(a).filter((x) => !before.has(x.id))) {
      lines.push(t('version.added', { value: `${newer.attributeLabel(a.id)}: ${label(v.label, v.id)}` }));
    }
  }
  return lines;
}

/** The notice on a saved design of an older version, with a link to the product as offered now. */
export function versionNotice(old, newer, decisions) {
  const changes = changesFor(old, newer, decisions);
  return h('div', { class: 'version-notice', id: 'version-notice', role: 'status' },
    h('p', { text: t('version.older', { saved: old.detail.version, latest: newer.detail.version }) }),
    changes.length ? h('ul', {}, changes.map((line) => h('li', { text: line }))) : h('p', { text: t('version.same') }),
    h('a', { href: `/p/${encodeURIComponent(old.detail.id)}`, id: 'version-latest', text: t('version.openLatest') }));
}

/** The decisions of {@code decisions} that {@code newer} still offers (attribute and value). */
export function movedDecisions(newer, decisions) {
  return decisions.filter((d) => {
    const attribute = newer.attribute(d.attribute);
    if (!attribute) return false;
    return attribute.kind !== 'enum' || d.value === '~' || valuesOf(attribute).some((v) => v.id === d.value);
  });
}

/** The notice on a design moved from {@code old}'s version onto {@code newer}'s. */
export function movedNotice(old, newer, decisions) {
  const changes = changesFor(old, newer, decisions);
  return h('div', { class: 'version-notice', id: 'version-notice', role: 'status' },
    h('p', { text: t('version.moved', { saved: old.detail.version, latest: newer.detail.version }) }),
    changes.length ? h('ul', {}, changes.map((line) => h('li', { text: line }))) : h('p', { text: t('version.same') }));
}
