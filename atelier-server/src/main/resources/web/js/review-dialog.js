// The review before ordering (a checkout step, as Nike By You, IKEA's planners or Dell show one):
// the design's picture, every choice grouped by step or module, the artwork and text of each print
// area, the price breakdown that adds up to the total charged, the delivery promise, and "Place
// order" / "Back to design". Placing still goes to the server, which re-validates and re-prices:
// when it refuses (a stale review), its answer is shown here in words and nothing is ordered.

import { h, replaceChildren } from './dom.js';
import { label, money, t } from './i18n.js';
import { UNSET } from './model.js';
import { lineLabel } from './price-panel.js';
import { priceGroups, withinInstance } from './price-groups.js';

/** The value of attribute a as the review shows it, or null when it has none to show. */
function shownValue(model, a, domain, texts) {
  if (!domain) return null;
  const value = domain.decided ?? (domain.offered.length === 1 ? domain.offered[0] : null);
  if (value === null) return model.untickedIsNo(a.id) ? t('value.no') : null;
  if (value === UNSET && /\[\d+\]\./.test(a.id)) return null; // an absent module instance
  return model.valueLabel(a.id, value, texts);
}

/**
 * One section per step (a module instance is its own step): its choices as "Frame  Carbon"; a text
 * printed on an area ({@code printed}) is read with that area's artwork, once.
 */
function choices(model, domains, texts, printed) {
  return model.steps
    .map((step) => {
      const rows = step.attributes
        .filter((a) => !printed.has(a.id))
        .map((a) => [a, shownValue(model, a, domains.get(a.id), texts)])
        .filter(([, value]) => value !== null)
        .flatMap(([a, value]) => [h('dt', { text: label(a.label) }), h('dd', { text: value })]);
      return rows.length ? h('section', { class: 'review-group' }, h('h4', { text: model.stepTitle(step) }), h('dl', {}, rows)) : null;
    })
    .filter(Boolean);
}

/** The texts given that are printed on a print area (its place, if any, chosen there). */
function printedTexts(model, domains, texts) {
  const decided = (id) => domains.get(id)?.decided ?? null;
  return new Set(
    model.printAreas
      .filter((area) => area.text && (!area.text.place || decided(area.text.place) === area.id))
      .flatMap((area) => area.text.attributes.filter((a) => texts[a])),
  );
}

/** Per print area with something on it: the technique, the image and its size, the text. */
function artworkLines(model, domains, texts, artwork) {
  const decided = (id) => domains.get(id)?.decided ?? null;
  return model.printAreas
    .map((area) => {
      const art = artwork[area.id] || {};
      const parts = [];
      const technique = decided(`${area.id}_technique`);
      if (art.upload) {
        const w = decided(`${area.id}_width`);
        const ht = decided(`${area.id}_height`);
        parts.push(w && ht ? t('review.image', { width: w, height: ht }) : t('review.imageUnplaced'));
      }
      const style = area.text;
      if (style && (!style.place || decided(style.place) === area.id)) {
        // Each text by its field's name, as typed ("Monogram “JMK”"): a text that is also a
        // step's choice (the sneakers' monogram) is named here too, where it is printed.
        for (const a of style.attributes) if (texts[a]) parts.push(`${model.attributeLabel(a)} ${t('text.quoted', { text: texts[a] })}`);
      }
      const worked = technique && technique !== UNSET;
      if (!parts.length && !worked) return null;
      if (worked) parts.unshift(model.valueLabel(`${area.id}_technique`, technique));
      return [h('dt', { text: label(area.label) }), h('dd', { text: parts.join(' · ') })];
    })
    .filter(Boolean)
    .flat();
}

/** The breakdown: lines (per module instance a subtotal heading), the unit price, × quantity, total. */
function breakdown(model, price, quantity, texts) {
  const money$ = (minor) => money(minor, price.currency);
  const row = (text, amount, cls = null) => h('tr', cls ? { class: cls } : {}, h('td', { text }), h('td', { text: money$(amount) }));
  const body = priceGroups(price.lines).flatMap((group) => [
    group.instance === null ? null : h('tr', { class: 'price-instance' }, h('th', { scope: 'rowgroup', colspan: 2 }, `${group.name} · ${t('price.subtotal', { price: money$(group.total) })}`)),
    ...group.lines.map((line) => row(withinInstance(line, lineLabel(model, line, texts)), line.amount, line.instance ? 'price-instance-line' : null)),
  ]).filter(Boolean);
  const foot = [
    h('tr', {}, h('th', { scope: 'row', text: t('review.unit') }), h('td', { text: money$(price.total) })),
    h('tr', {}, h('th', { scope: 'row', text: t('review.quantity') }), h('td', { text: `× ${quantity}` })),
    h('tr', { class: 'review-total' }, h('th', { scope: 'row', text: t('review.total') }), h('td', { id: 'review-total', text: money$(price.total * quantity) })),
  ];
  return h('table', { class: 'review-price', id: 'review-price' }, h('tbody', {}, body), h('tfoot', {}, foot));
}

/**
 * Opens the review of the design: {@code place()} orders it (resolving on success; throwing the
 * server's ApiError otherwise). Resolves true once placed, false when the shopper goes back.
 */
export function askReview({ model, domains, price, quantity, texts, artwork, picture, promise, place }) {
  return new Promise((resolve) => {
    const back = h('button', { type: 'button', class: 'button secondary', id: 'review-back', text: t('review.back') });
    const confirm = h('button', { type: 'button', class: 'button primary', id: 'review-place', text: t('review.place') });
    const message = h('p', { class: 'status', id: 'review-message', role: 'alert' });
    const shot = picture.cloneNode(true);
    shot.removeAttribute('id');
    shot.removeAttribute('hidden');
    const art = artworkLines(model, domains, texts, artwork);
    const dialog = h(
      'dialog',
      { class: 'repair-dialog review-dialog', id: 'review-dialog', 'aria-labelledby': 'review-title' },
      h('h2', { id: 'review-title', text: t('review.title') }),
      h(
        'div',
        { class: 'review-body' },
        h('figure', { class: 'review-picture' }, shot),
        h('div', { class: 'review-details' },
          h('h3', { text: t('review.choices') }), ...choices(model, domains, texts, art.length ? printedTexts(model, domains, texts) : new Set()),
          art.length ? h('section', { class: 'review-group', id: 'review-artwork' }, h('h3', { text: t('review.artwork') }), h('dl', {}, art)) : null,
          h('h3', { text: t('review.price') }), breakdown(model, price, quantity, texts),
          promise ? h('p', { class: 'review-promise', id: 'review-promise', text: promise }) : null),
      ),
      message,
      h('div', { class: 'dialog-actions' }, back, confirm),
    );
    const finish = (placed) => {
      dialog.close();
      dialog.remove();
      resolve(placed);
    };
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      if (!confirm.disabled) finish(false);
    });
    back.addEventListener('click', () => finish(false));
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      back.disabled = true;
      replaceChildren(message, t('review.placing'));
      message.classList.remove('error');
      try {
        await place();
        finish(true);
      } catch (e) {
        // The server's answer in words (a changed price, a version no longer offered, signed out).
        replaceChildren(message, `${t('order.failed')} ${e.message || ''}`.trim());
        message.classList.add('error');
        back.disabled = false;
        back.focus();
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    confirm.focus();
  });
}
