// One form field per attribute: radio cards (enum), a toggle card (yes/no), a number input with
// the feasible range (integer), a text input (personalization). Refused values stay focusable
// (aria-disabled) so their reason shows on hover and focus; choosing one asks for a repair.

import { h, idPart, toggleAttribute } from './dom.js';
import { label, list, money, t } from './i18n.js';
import { GIVEN, UNSET } from './model.js';

/** A field for attribute a: {element, update(domain, texts)}. */
export function createField(model, a, actions) {
  if (a.kind === 'integer') return numberField(model, a, actions);
  if (a.kind === 'text') return textField(model, a, actions);
  if (a.kind === 'boolean') return toggleField(model, a, actions);
  return radioField(model, a, actions);
}

/**
 * value → why it is refused, for an undecided domain; for a decided one the values nothing the
 * shopper chooses reaches (a rule alone or their facts) and the reasons it kept (kept: a technique
 * the page chose, js/artwork/surface.js). The decided choice's other values are alternatives.
 */
function refusedOf(domain) {
  const map = new Map();
  if (domain && domain.decided === null) for (const r of domain.refused) map.set(r.value, r);
  else if (domain) {
    for (const r of domain.refused) if (r.reachable === false && r.value !== domain.decided) map.set(r.value, r);
    if (domain.kept) for (const r of domain.kept) if (r.value !== domain.decided) map.set(r.value, r);
  }
  return map;
}

/**
 * value → the other decisions choosing it would change, for a decided domain's alternatives (as
 * Tacton or Nike By You show them: allowed, with what else changes; the repair dialog asks).
 */
function changesOf(domain) {
  const map = new Map();
  if (domain && domain.decided !== null) {
    for (const r of domain.refused) if (r.reachable !== false && r.conflictsWith?.length) map.set(r.value, r.conflictsWith);
  }
  return map;
}

/**
 * An option card: a radio or checkbox with its name, swatch and refusal reason, and one figure:
 * what choosing it changes the total by ("+€20.00 in total", "included" when chosen), written by
 * option-prices.js. The value's own price is in the breakdown, never a second figure here.
 */
function optionCard(model, a, value, type, onActivate) {
  const id = `opt-${idPart(a.id)}-${idPart(value.id)}`;
  const why = h('span', { class: 'option-why', role: 'tooltip', id: `${id}-why` });
  const changes = h('span', { class: 'option-changes', id: `${id}-changes` });
  const input = h('input', { type, id, name: `attr-${a.id}`, value: value.id, class: 'option-input' });
  input.addEventListener('keydown', (e) => {
    if (type === 'radio' && moveFocus(input, e.key)) {
      e.preventDefault(); // arrows only move the focus: nothing is chosen, no repair is asked
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onActivate(value.id, input.getAttribute('aria-disabled') === 'true');
    }
  });
  input.addEventListener('click', (e) => {
    e.preventDefault(); // the page state decides what is checked
    // A click or Space chooses (a refused value asks for a repair).
    onActivate(value.id, input.getAttribute('aria-disabled') === 'true');
  });
  const colour = model.swatch(a.id, value.id);
  const card = h(
    'label',
    { class: 'option', for: id },
    input,
    colour ? h('span', { class: 'swatch', style: `--swatch:${colour}`, 'aria-hidden': 'true' }) : null,
    h('span', { class: 'option-name', text: value.name }),
    h('span', { class: 'option-delta' }),
    changes,
    why,
  );
  return {
    card,
    input,
    update(checked, refused, implied, others = null) {
      input.checked = checked;
      card.classList.toggle('checked', checked);
      card.classList.toggle('refused', Boolean(refused));
      card.classList.toggle('implied', implied);
      toggleAttribute(input, 'aria-disabled', Boolean(refused), 'true');
      const alternative = !checked && !refused && Boolean(others?.length);
      const described = [refused ? why.id : null, alternative ? changes.id : null].filter(Boolean).join(' ');
      toggleAttribute(input, 'aria-describedby', Boolean(described), described);
      why.textContent = refused ? model.refusalReason(refused) : '';
      changes.textContent = alternative ? t('option.changes', { choices: list(others.map((o) => model.attributeLabel(o))) }) : '';
    },
  };
}

/**
 * Moves the focus within a radio group for an arrow key (wrapping around), without choosing:
 * whether the key was an arrow.
 */
function moveFocus(input, key) {
  const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[key];
  if (!step) return false;
  const group = [...input.closest('.options').querySelectorAll('input.option-input')];
  const next = group[(group.indexOf(input) + step + group.length) % group.length];
  next.focus();
  return true;
}

function radioField(model, a, actions) {
  const values = (a.values || []).map((v) => ({ id: v.id, name: label(v.label) }));
  if (a.optional) values.push({ id: UNSET, name: t('value.none') });
  const cards = values.map((v) =>
    optionCard(model, a, v, 'radio', (value, refused) => actions.choose(a.id, value, refused)),
  );
  const element = h(
    'fieldset',
    { class: 'field field-choice', id: `field-${idPart(a.id)}`, 'data-attribute': a.id },
    h('legend', {}, h('span', { class: 'field-label' }, label(a.label))),
    h('div', { class: 'options' }, cards.map((c) => c.card)),
  );
  return {
    element,
    update(domain) {
      const refused = refusedOf(domain);
      const changes = changesOf(domain);
      if (domain && domain.decided === null && !domain.unsetPossible && a.optional) {
        refused.set(UNSET, { value: UNSET, conflictsWith: [] });
      }
      const implied = domain && domain.decided === null && domain.offered.length === 1 && !domain.unsetPossible;
      cards.forEach((c, i) => {
        const id = values[i].id;
        c.update(domain?.decided === id, refused.get(id), implied && domain.offered[0] === id, changes.get(id));
        // A module instance's attribute is unset only while the instance is absent: no "None".
        if (id === UNSET && INSTANCE_ATTRIBUTE.test(a.id)) c.card.hidden = !domain?.unsetPossible;
      });
    },
  };
}

/** The id of an attribute of a module instance, such as bays[2].doors. */
const INSTANCE_ATTRIBUTE = /\[\d+\]\./;

function toggleField(model, a, actions) {
  let decided = null;
  const card = optionCard(model, a, { id: 'true', name: label(a.label) }, 'checkbox', (v, refused) =>
    actions.choose(a.id, decided === 'true' ? 'false' : 'true', refused && decided !== 'true'),
  );
  const element = h('div', { class: 'field field-toggle', id: `field-${idPart(a.id)}`, 'data-attribute': a.id }, card.card);
  return {
    element,
    update(domain) {
      decided = domain?.decided ?? null;
      const implied = decided === null && domain?.offered.length === 1 && domain.offered[0] === 'true';
      // Decided "no": ticking it may change other choices (its value "true" is the alternative).
      card.update(decided === 'true', refusedOf(domain).get('true'), implied, changesOf(domain).get('true'));
    },
  };
}

function numberField(model, a, actions) {
  const id = `num-${idPart(a.id)}`;
  const hint = h('p', { class: 'field-hint', id: `${id}-hint` });
  const why = h('p', { class: 'field-why', role: 'tooltip', id: `${id}-why` });
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert' });
  const input = h('input', {
    type: 'number', id, inputmode: 'numeric', step: a.step || 1, min: a.min, max: a.max,
    'aria-describedby': `${id}-hint ${id}-error`,
  });
  let domain = null;
  const invalid = () => {
    error.textContent = t('number.invalid', { min: a.min, max: a.max, step: a.step || 1, unit: a.unit || '' });
    input.setAttribute('aria-invalid', 'true');
  };
  input.addEventListener('change', () => {
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    const raw = input.value.trim();
    if (raw === '') {
      if (input.validity.badInput) invalid(); // typed, but not a number
      else if (domain?.decided) actions.retract(a.id);
      return;
    }
    const n = Number(raw);
    const step = a.step || 1;
    if (!Number.isInteger(n) || n < a.min || n > a.max || (n - a.min) % step !== 0) {
      invalid();
      return;
    }
    const refused = refusedOf(domain).get(String(n));
    actions.choose(a.id, String(n), refused !== undefined);
  });
  // A customer fact (a measurement) says so, with the model's "how to measure" next to it.
  const fact = model.isFact(a.id);
  const help = fact && model.factHelp(a.id) ? h('p', { class: 'fact-help', id: `${id}-help`, text: model.factHelp(a.id) }) : null;
  if (help) input.setAttribute('aria-describedby', `${id}-help ${id}-hint ${id}-error`);
  const element = h(
    'div',
    { class: fact ? 'field field-number field-fact' : 'field field-number', id: `field-${idPart(a.id)}`, 'data-attribute': a.id, 'data-fact': fact ? 'true' : null },
    h('label', { class: 'field-label', for: id }, label(a.label), fact ? h('span', { class: 'fact-badge', text: ` · ${t('facts.badge')}` }) : null),
    h('div', { class: 'number-row' }, input, a.unit ? h('span', { class: 'unit', text: a.unit }) : null),
    help, hint, why, error,
  );
  return {
    element,
    update(d) {
      domain = d;
      // A decided attribute offers only its value: then the model's range is shown.
      const offered = d?.decided ? [] : (d?.offered || []).map(Number).sort((x, y) => x - y);
      const low = offered.length ? offered[0] : a.min;
      const high = offered.length ? offered[offered.length - 1] : a.max;
      if (document.activeElement !== input || d?.decided) input.value = d?.decided && d.decided !== UNSET ? d.decided : '';
      input.min = low;
      input.max = high;
      input.placeholder = offered.length === 1 ? String(offered[0]) : `${low}–${high}`;
      const unit = a.unit ? ` ${a.unit}` : '';
      const bounds = { min: `${low}${unit}`, max: `${high}${unit}` };
      if (d?.decided) hint.textContent = t('number.scale', bounds);
      else if (offered.length === 1) hint.textContent = t('number.only', { value: `${offered[0]}${unit}` });
      else hint.textContent = t('number.range', bounds);
      // "€1.50 per cm"; without a unit the price is per piece ("€14.00 each").
      const perUnit = a.unit ? t('number.perUnit', { price: money(a.pricePerUnit, model.currency), unit: a.unit }) : t('number.perPiece', { price: money(a.pricePerUnit, model.currency) });
      const priced = a.pricePerUnit ? ` · ${perUnit}` : '';
      hint.textContent += priced;
      const refused = d && d.decided === null && !d.offered.length ? d.refused[0] : null;
      why.textContent = refused ? model.refusalReason(refused) : '';
      element.classList.toggle('decided', Boolean(d?.decided));
    },
  };
}

function textField(model, a, actions) {
  const id = `text-${idPart(a.id)}`;
  const hint = h('p', { class: 'field-hint', id: `${id}-hint` });
  const why = h('p', { class: 'field-why', role: 'tooltip', id: `${id}-why` });
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert' });
  const input = h('input', {
    type: 'text', id, maxlength: a.maxLength, autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': `${id}-hint ${id}-error`,
  });
  let domain = null;
  input.addEventListener('change', () => {
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    let text = input.value.trim();
    if (text === '') {
      if (domain?.decided) actions.retract(a.id);
      return;
    }
    if (!model.acceptsText(a.id, text) && model.acceptsText(a.id, text.toUpperCase())) text = text.toUpperCase();
    if (!model.acceptsText(a.id, text)) {
      error.textContent = t('text.invalid', { max: a.maxLength, allowed: a.allowedCharacters || '' });
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    input.value = text;
    const refused = domain && domain.decided === null && domain.refused.some((r) => r.value === GIVEN);
    actions.text(a.id, text, refused);
  });
  const element = h(
    'div',
    { class: 'field field-text', id: `field-${idPart(a.id)}`, 'data-attribute': a.id },
    h('label', { class: 'field-label', for: id }, label(a.label)),
    input, hint, why, error,
  );
  return {
    element,
    update(d, texts) {
      domain = d;
      const given = d?.decided === GIVEN;
      if (document.activeElement !== input) input.value = given ? texts[a.id] || '' : '';
      const refused = d && d.decided === null ? d.refused.find((r) => r.value === GIVEN) : null;
      toggleAttribute(input, 'aria-disabled', Boolean(refused), 'true');
      input.setAttribute('aria-describedby', `${id}-hint ${id}-error${refused ? ` ${id}-why` : ''}`);
      why.textContent = refused ? model.refusalReason(refused) : '';
      const limits = t('text.limits', { max: a.maxLength });
      hint.textContent = a.optional ? `${limits} · ${t('text.optional')}` : limits;
      element.classList.toggle('decided', given);
    },
  };
}
