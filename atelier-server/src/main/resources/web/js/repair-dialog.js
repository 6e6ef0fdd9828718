// The repair dialog: why a value is refused and the changes that make it possible (old → new).
// A modal <dialog>: focus stays inside, Escape cancels.

import { postJson } from './http.js';
import { h } from './dom.js';
import { label, list, money, t } from './i18n.js';
import { signedMoney } from './option-prices.js';

/** Keeps Tab and Shift+Tab inside a modal dialog. */
export function trapFocus(dialog, event) {
  if (event.key !== 'Tab') return;
  const focusable = [...dialog.querySelectorAll('button, [href], input, [tabindex]:not([tabindex="-1"])')];
  if (!focusable.length) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    last.focus();
    event.preventDefault();
  } else if (!event.shiftKey && document.activeElement === last) {
    first.focus();
    event.preventDefault();
  }
}

/** The repair's price before and after (filled in when the server answers). */
function priceLine(design, repair) {
  const line = h('p', { class: 'repair-price', id: 'repair-price', 'aria-live': 'polite' });
  postJson('/api/designs/repair-price', { design, repair })
    .then((p) => {
      line.textContent = t('repair.price', {
        before: money(p.before, p.currency),
        after: money(p.after, p.currency),
        delta: signedMoney(p.delta, p.currency),
      });
    })
    .catch(() => line.remove());
  return line;
}

/** One change as a list item: attribute, old value → new value. */
function changeItem(model, c, texts) {
  return h(
    'li',
    { class: 'change' },
    h('span', { class: 'change-attribute', text: model.attributeLabel(c.attribute) }),
    h(
      'span',
      { class: 'change-values' },
      h('span', { class: 'change-old', text: c.oldValue === null ? t('repair.notChosen') : model.valueLabel(c.attribute, c.oldValue, texts) }),
      h('span', { class: 'change-arrow', 'aria-label': t('repair.becomes'), text: ' → ' }),
      h('span', { class: 'change-new', text: model.valueLabel(c.attribute, c.newValue, texts) }),
    ),
  );
}

/**
 * Several minimal repairs, priced, the cheapest first and chosen: radio cards, each with its
 * changes (besides the wanted value) and the total before → after. {element, chosen()}.
 */
function repairChoices(model, explanation, texts) {
  const cards = explanation.repairs.map((r, i) => {
    const id = `repair-option-${i}`;
    const input = h('input', { type: 'radio', name: 'repair-option', id, value: String(i), class: 'repair-option-input' });
    input.checked = i === 0;
    const others = r.repair.filter((c) => c.attribute !== explanation.attribute);
    return h(
      'label',
      { class: 'repair-option', for: id },
      input,
      h('ul', { class: 'changes' }, others.map((c) => changeItem(model, c, texts))),
      h('span', {
        class: 'repair-price',
        'data-delta': String(r.delta),
        text: t('repair.price', { before: money(r.before, r.currency), after: money(r.after, r.currency), delta: signedMoney(r.delta, r.currency) }),
      }),
    );
  });
  const element = h('fieldset', { class: 'repair-options', id: 'repair-options' }, h('legend', { text: t('repair.choose') }), cards);
  return {
    element,
    chosen() {
      const i = Number(element.querySelector('input:checked')?.value || 0);
      return explanation.repairs[i].repair;
    },
  };
}

/**
 * Shows the explanation of attribute = value (from /api/designs/explain) and resolves to the
 * repair (its changes) when the customer accepts one, false when they cancel. With several priced
 * repairs the customer picks one (the cheapest is chosen first); otherwise, with {@code design},
 * the dialog shows the cheapest complete total before and after the one repair.
 */
export function askRepair(model, explanation, texts, design = null) {
  return new Promise((resolve) => {
    const wanted = `${model.attributeLabel(explanation.attribute)}: ${model.valueLabel(explanation.attribute, explanation.value, texts)}`;
    const possible = explanation.reachable && explanation.repair.length > 0;
    const reasons = model.explanationReasons(explanation, texts);
    // Measurements are the customer's: never changed by a repair, named when they are in the way.
    const facts = explanation.facts || [];
    if (facts.length) {
      reasons.unshift(t('repair.facts', { facts: list(facts.map((f) => `${model.attributeLabel(f.attribute)} ${model.valueLabel(f.attribute, f.value, texts)}`)) }));
    }
    const choices = possible && explanation.repairs?.length > 1 ? repairChoices(model, explanation, texts) : null;
    const changes = explanation.repair.map((c) => changeItem(model, c, texts));
    const cancel = h('button', { type: 'button', class: 'button secondary', id: 'repair-cancel', text: possible ? t('repair.cancel') : t('repair.close') });
    const accept = possible
      ? h('button', { type: 'button', class: 'button primary', id: 'repair-accept', text: t('repair.accept') })
      : null;
    const dialog = h(
      'dialog',
      { class: 'repair-dialog', id: 'repair-dialog', 'aria-labelledby': 'repair-title', 'aria-describedby': 'repair-why' },
      h('h2', { id: 'repair-title', text: possible ? t('repair.title', { choice: wanted }) : t('repair.impossible', { choice: wanted }) }),
      h('p', { class: 'repair-why', id: 'repair-why' }, h('strong', { text: `${t('repair.why')} ` }), reasons.join(' · ')),
      possible && !choices ? h('p', { text: t('repair.intro') }) : null,
      choices ? choices.element : null,
      possible && !choices ? h('ul', { class: 'changes', id: 'repair-changes' }, changes) : null,
      possible && design && !choices ? priceLine(design, explanation.repair) : null,
      h('div', { class: 'dialog-actions' }, cancel, accept),
    );
    let answered = false;
    const finish = (ok) => {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      resolve(ok);
    };
    dialog.addEventListener('keydown', (e) => trapFocus(dialog, e));
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      finish(false);
    });
    cancel.addEventListener('click', () => finish(false));
    accept?.addEventListener('click', () => finish(choices ? choices.chosen() : explanation.repair));
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus(); // "Keep my design": Enter or Space never changes the design by surprise
  });
}
