// The steps: a progress list (with how many choices each step still needs) and one section per
// step holding its fields.

import { h } from './dom.js';
import { createField } from './fields.js';
import { money, t } from './i18n.js';
import { UNSET } from './model.js';
import { createInstanceTools, instancePrice, instanceSummary } from './instances.js';

/**
 * Whether an attribute needs nothing more from the customer: decided, set by the other choices, or
 * an extra left unticked where "no" is still possible (an unticked box means no).
 */
export function settled(domain, model = null) {
  if (!domain) return false;
  if (domain.decided !== null) return true;
  // Nothing left to offer and none possible (the gift note without a gift box): nothing to choose.
  if (domain.offered.length === 0 && domain.unsetPossible) return true;
  // A text the other choices make necessary (the sneakers' monogram once it has a position) still
  // needs the shopper to type it: it is not settled by being the only possibility.
  if (model?.attribute(domain.attribute)?.kind === 'text') return false;
  if (domain.offered.length === 1 && !domain.unsetPossible) return true;
  return Boolean(model?.untickedIsNo(domain.attribute) && domain.offered.includes('false'));
}

/**
 * Whether a module instance is absent: each of its attributes is unset (or "no"), decided so or
 * the only possibility left. Its step is hidden and needs nothing.
 */
export function absent(step, domains) {
  return (
    step.kind === 'instance' &&
    step.attributes.every((a) => {
      const d = domains.get(a.id);
      if (!d) return false;
      if (a.kind === 'boolean') return d.decided === 'false' || (d.decided === null && d.offered.length === 1 && d.offered[0] === 'false');
      return d.decided === UNSET || (d.decided === null && d.offered.length === 0 && d.unsetPossible);
    })
  );
}

/** How many attributes still need the customer, hidden absent instances not counted. */
export function openCount(model, domains) {
  return model.steps
    .filter((step) => !absent(step, domains))
    .reduce((n, step) => n + step.attributes.filter((a) => !settled(domains.get(a.id), model)).length, 0);
}

/** The steps of a product: {progress, sections, update(domains, texts, price)}. */
export function createSteps(model, actions) {
  const fields = new Map();
  const items = [];
  const sections = model.steps.map((step) => {
    const titleId = `${step.id}-title`;
    const state = h('span', { class: 'progress-state' });
    const instance = step.kind === 'instance';
    const summary = instance ? h('p', { class: 'instance-summary', id: `${step.id}-summary` }) : null;
    const tools = instance ? createInstanceTools(model, step, actions) : null;
    const entry = { step, state, item: null, section: null, summary, tools };
    items.push(entry);
    const section = h(
      'section',
      { class: 'step', id: step.id, 'aria-labelledby': titleId },
      h(
        'h2',
        { class: 'step-title', id: titleId },
        h('span', { class: 'step-number', 'aria-hidden': 'true', text: step.index }),
        h('span', { text: model.stepTitle(step) }),
      ),
      summary,
      tools?.element,
      h(
        'div',
        { class: step.kind === 'extras' ? 'step-fields extras' : 'step-fields' },
        step.attributes.map((a) => {
          const field = createField(model, a, actions);
          fields.set(a.id, field);
          return field.element;
        }),
      ),
    );
    entry.section = section;
    return section;
  });
  const progress = h(
    'nav',
    { class: 'progress', 'aria-label': t('steps.label') },
    h(
      'ol',
      {},
      items.map((entry) => {
        entry.item = h(
          'li',
          {},
          h(
            'a',
            { href: `#${entry.step.id}` },
            h('span', { class: 'progress-number', 'aria-hidden': 'true', text: entry.step.index }),
            h('span', { class: 'progress-title', text: model.stepTitle(entry.step) }),
            entry.state,
          ),
        );
        return entry.item;
      }),
    ),
  );
  return {
    progress,
    sections,
    update(domains, texts, price = null) {
      for (const [id, field] of fields) field.update(domains.get(id) || null, texts);
      const present = new Map(); // slot id -> present instance numbers
      for (const entry of items) {
        const gone = absent(entry.step, domains);
        entry.section.hidden = gone;
        entry.item.hidden = gone;
        const open = gone ? 0 : entry.step.attributes.filter((a) => !settled(domains.get(a.id), model)).length;
        entry.item.classList.toggle('done', open === 0);
        entry.state.textContent = open === 0 ? t('steps.done') : t('steps.open', { count: open });
        if (entry.tools && !gone) {
          const list = present.get(entry.tools.slot) || [];
          list.push(entry.tools.number);
          present.set(entry.tools.slot, list);
        }
        if (entry.summary) {
          const cost = price ? instancePrice(model, entry.step, price) : null;
          const line = instanceSummary(model, entry.step, domains, texts);
          entry.summary.textContent = cost === null ? line : `${line} · ${money(cost, price.currency)}`;
        }
      }
      for (const entry of items) {
        if (entry.tools) entry.tools.update(present.get(entry.tools.slot) || []);
      }
    },
  };
}
