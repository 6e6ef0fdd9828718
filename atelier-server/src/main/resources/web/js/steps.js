// The steps: a progress list (with how many choices each step still needs) and one section per
// step holding its fields.

import { h } from './dom.js';
import { createField } from './fields.js';
import { t } from './i18n.js';

/**
 * Whether an attribute needs nothing more from the customer: decided, set by the other choices, or
 * an extra left unticked where "no" is still possible (an unticked box means no).
 */
export function settled(domain, model = null) {
  if (!domain) return false;
  if (domain.decided !== null || (domain.offered.length === 1 && !domain.unsetPossible)) return true;
  return Boolean(model?.untickedIsNo(domain.attribute) && domain.offered.includes('false'));
}

/** The steps of a product: {progress, sections, update(domains, texts)}. */
export function createSteps(model, actions) {
  const fields = new Map();
  const items = [];
  const sections = model.steps.map((step) => {
    const titleId = `${step.id}-title`;
    const state = h('span', { class: 'progress-state' });
    items.push({ step, state, item: null });
    const section = h(
      'section',
      { class: 'step', id: step.id, 'aria-labelledby': titleId },
      h(
        'h2',
        { class: 'step-title', id: titleId },
        h('span', { class: 'step-number', 'aria-hidden': 'true', text: step.index }),
        h('span', { text: model.stepTitle(step) }),
      ),
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
    update(domains, texts) {
      for (const [id, field] of fields) field.update(domains.get(id) || null, texts);
      for (const entry of items) {
        const open = entry.step.attributes.filter((a) => !settled(domains.get(a.id), model)).length;
        entry.item.classList.toggle('done', open === 0);
        entry.state.textContent = open === 0 ? t('steps.done') : t('steps.open', { count: open });
      }
    },
  };
}
