// The live price: total, whether the design is complete, and the breakdown (base, chosen values,
// included components) in the current language.

import { h, replaceChildren } from './dom.js';
import { label, list, money, t, tn } from './i18n.js';
import { priceGroups, withinInstance } from './price-groups.js';

/** A breakdown line in the current language: the product, "Frame: Carbon", a component. */
export function lineLabel(model, line, texts) {
  if (line.kind === 'base') return label(model.detail.label);
  if (line.kind === 'value' && line.reference.includes('=')) {
    const [attribute, value] = line.reference.split('=', 2);
    if (model.attribute(attribute)) {
      return `${model.attributeLabel(attribute)}: ${model.valueLabel(attribute, value, texts)}`;
    }
  }
  if (line.kind === 'component') {
    // Components in the page's language and notation ("1 × Komforteinlegesohle"), as on the order
    // page: the engine's own label is English with "1 x".
    const name = line.labels ? label(line.labels, line.label) : line.label.replace(/^(\d+) x /, '$1 × ');
    if (!line.includedWith?.length) return name;
    // A part no control offers says which choices bring it in (the model's condition).
    const choices = line.includedWith.map((c) => {
      const [attribute, value] = c.split('=', 2);
      return value === undefined ? model.attributeLabel(attribute) : model.valueLabel(attribute, value, texts);
    });
    return `${name} (${t('price.includedWith', { choices: list(choices) })})`;
  }
  return line.label;
}

/**
 * What the price says about the design: complete, the choices left, or, when every choice is made
 * but a rule still asks for something (the pizza's "at least one topping"), that rule's label.
 */
export function priceStatus(model, price, openCount) {
  if (price.complete) return t('price.complete');
  const unmet = (price.unmet || []).map((id) => model.ruleWords(id)).filter(Boolean);
  if (openCount === 0 && unmet.length) return t('price.unmet', { rules: list(unmet) });
  return tn('price.incomplete', Math.max(openCount, 1));
}

/**
 * The price panel: {element, update(price, total, texts, openCount), breakdownOpen()}; total is the
 * text shown. {@code breakdownOpen}: the breakdown starts open (a rebuilt page keeps it as the
 * shopper left it).
 */
export function createPricePanel(model, breakdownOpen = false) {
  const total = h('p', { class: 'price-total', id: 'price-total', 'aria-live': 'polite' });
  const status = h('p', { class: 'price-status', id: 'price-status' });
  const delivery = h('p', { class: 'price-delivery', id: 'price-delivery', 'aria-live': 'polite' });
  const lines = h('dl', { class: 'price-lines', id: 'price-lines' });
  const element = h(
    'section',
    { class: 'price-panel', 'aria-labelledby': 'price-heading' },
    h('h2', { class: 'price-heading', id: 'price-heading', text: t('price.title') }),
    total,
    status,
    delivery,
    h('details', { class: 'price-details', id: 'price-details', open: breakdownOpen }, h('summary', { text: t('price.breakdown') }), lines),
  );
  const details = element.querySelector('details');
  return {
    element,
    delivery,
    breakdownOpen: () => details.open,
    update(price, shownTotal, texts, openCount) {
      if (!price) return;
      total.textContent = shownTotal;
      status.textContent = priceStatus(model, price, openCount);
      status.classList.toggle('complete', price.complete);
      // The product's own lines, then per instance a heading "Bay 2 · subtotal €250.00" across
      // both columns and its lines indented: the amounts column adds up to the total.
      const row = (line) => [
        h('dt', { class: line.instance ? 'price-instance-line' : null, text: withinInstance(line, lineLabel(model, line, texts)) }),
        h('dd', { class: line.instance ? 'price-instance-line' : null, text: money(line.amount, price.currency) }),
      ];
      replaceChildren(
        lines,
        priceGroups(price.lines).flatMap((group) =>
          group.instance === null
            ? group.lines.flatMap(row)
            : [
                h('dt', { class: 'price-instance', 'data-instance': group.instance }, group.name, ' ', h('span', { class: 'price-subtotal', text: t('price.subtotal', { price: money(group.total, price.currency) }) })),
                ...group.lines.flatMap(row),
              ],
        ),
      );
    },
  };
}
