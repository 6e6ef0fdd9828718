// Module instances in the steps (bays of a shelving wall, drives of a PC): the tools that add,
// remove, duplicate and reorder an instance (buttons; Alt+arrow keys move it), a summary line per
// instance, and what an instance costs. The server moves the instance decisions
// (POST /api/designs/instances), so an instance keeps its choices wherever it goes.

import { h } from './dom.js';
import { label, t } from './i18n.js';
import { UNSET } from './model.js';

/** "bays" and 2 of an instance step (key "bays[2]"). */
export function instanceOf(step) {
  const match = /^(.*)\[(\d+)\]$/.exec(step.key);
  return { slot: match[1], number: Number(match[2]) };
}

/** "Bay 2" of the label "Bay 2 · Width" in the given language (the page's when none). */
function instanceName(step, language = null) {
  const text = language ? step.attributes[0].label[language] || '' : label(step.attributes[0].label);
  const cut = text.lastIndexOf(' · ');
  return cut < 0 ? text : text.slice(0, cut);
}

/** "Bay" of "Bay 2". */
function moduleName(step) {
  const name = instanceName(step).replace(/\s*\d+$/, '');
  return document.documentElement.lang === 'de' ? name : name.toLowerCase();
}

/** One line per instance: "60 cm · 220 cm · 5 · Glass doors" (open choices read "open"). */
export function instanceSummary(model, step, domains, texts) {
  return step.attributes
    .map((a) => {
      const d = domains.get(a.id);
      const value = d?.decided ?? (d && d.offered.length === 1 ? d.offered[0] : null);
      if (value === null || value === UNSET) return value === UNSET ? null : t('instance.undecided');
      if (a.kind === 'boolean') return value === 'true' ? label(a.label).split(' · ').pop() : null;
      const shown = model.valueLabel(a.id, value, texts);
      return a.kind === 'integer' && !a.unit ? `${label(a.label).split(' · ').pop()} ${shown}` : shown;
    })
    .filter((x) => x !== null)
    .join(' · ');
}

/**
 * What one instance adds to the price (its priced choices and components), or null when nothing;
 * the server names each line's instance (line.instance = "bays[2]").
 */
export function instancePrice(model, step, price) {
  let sum = 0;
  let found = false;
  for (const line of price.lines) {
    if (line.instance === step.key) {
      sum += line.amount;
      found = true;
    }
  }
  return found ? sum : null;
}

/** The tools of one instance step: {element, slot, number, update(presentNumbers)}. */
export function createInstanceTools(model, step, actions) {
  const { slot, number } = instanceOf(step);
  const count = model.attribute(slot);
  const name = instanceName(step);
  const button = (id, text, aria, onclick) =>
    h('button', { type: 'button', class: 'button secondary small', id: `${step.id}-${id}`, 'aria-label': aria, onclick }, text);
  const earlier = button('earlier', `← ${t('instance.earlier')}`, t('instance.earlierLabel', { instance: name }), () =>
    actions.instances(slot, 'move', number, number - 1));
  const later = button('later', `${t('instance.later')} →`, t('instance.laterLabel', { instance: name }), () =>
    actions.instances(slot, 'move', number, number + 1));
  const duplicate = button('duplicate', t('instance.duplicate'), t('instance.duplicateLabel', { instance: name }), () =>
    actions.instances(slot, 'duplicate', number));
  const remove = button('remove', t('instance.remove'), t('instance.removeLabel', { instance: name }), () =>
    actions.instances(slot, 'remove', number));
  const add = button('add', `+ ${t('instance.add', { module: moduleName(step) })}`, t('instance.addLabel', { instance: name, module: moduleName(step) }), () =>
    actions.instances(slot, 'add'));
  const element = h(
    'div',
    { class: 'instance-tools', role: 'toolbar', 'aria-label': t('instance.tools', { instance: name }) },
    earlier,
    later,
    duplicate,
    remove,
    add,
  );
  let present = [];
  // Alt+ArrowLeft/Up and Alt+ArrowRight/Down move the instance whose step has the focus.
  element.addEventListener('keydown', (e) => {
    if (!e.altKey) return;
    const back = e.key === 'ArrowLeft' || e.key === 'ArrowUp';
    const on = e.key === 'ArrowRight' || e.key === 'ArrowDown';
    if ((back && !earlier.disabled) || (on && !later.disabled)) {
      e.preventDefault();
      actions.instances(slot, 'move', number, back ? number - 1 : number + 1);
    }
  });
  return {
    element,
    slot,
    number,
    update(numbers) {
      present = numbers;
      const n = present.length;
      const last = n > 0 && number === Math.max(...present);
      const full = count ? n >= count.max : false;
      earlier.disabled = number <= 1;
      later.disabled = last;
      duplicate.disabled = full;
      remove.disabled = count ? n <= count.min : n <= 1;
      add.hidden = !last;
      add.disabled = full;
      // a single positional instance has nowhere to go
      earlier.hidden = later.hidden = n <= 1;
    },
  };
}
