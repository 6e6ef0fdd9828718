// Honest prices in the configurator: what choosing each option changes the total by (the cheapest
// complete product with it, components and other values it pulls in included:
// POST /api/designs/option-prices), and the cheapest complete total of the design so far.
import { postJson } from './http.js';
import { h, idPart } from './dom.js';
import { language, list, money, t } from './i18n.js';

let latest = 0;

/** A signed difference: "+€650.00", "−€25.00". */
export function signedMoney(minor, currency) {
  if (minor === 0) return money(0, currency);
  return `${minor > 0 ? '+' : '−'}${money(Math.abs(minor), currency)}`;
}

/**
 * The option prices of {@code design} (POST /api/designs/option-prices), or null when the request
 * failed (the differences are a help; the design itself is fine) or a newer one was asked since:
 * an older answer never overwrites a newer one.
 */
export async function askOptionPrices(design) {
  const asked = ++latest;
  let answer;
  try {
    answer = await postJson('/api/designs/option-prices', design);
  } catch {
    return null;
  }
  return asked === latest ? answer || null : null;
}

/** The difference as the customer reads it: "+€30.00 in total" or "no change to the total". */
function deltaText(delta, currency) {
  return delta === 0 ? t('option.noChange') : t('option.delta', { amount: signedMoney(delta, currency) });
}

/**
 * The difference and what else comes with the option ("+€28.00 in total, with Cedar shoe trees"):
 * the other priced choices and the parts its cheapest completion brings in, so a figure larger than
 * the option's own price has its reason.
 */
function optionText(model, o, currency) {
  return optionLines(model, o, currency).join(' ');
}

/**
 * optionText in its two parts: the difference ("+€27.00 in total,") and what comes with it ("with
 * High top and Monogram"), or the difference alone. A card shows the second on a line of its own:
 * wrapped as one line on a phone it broke in the middle of a name.
 */
function optionLines(model, o, currency) {
  const text = deltaText(o.delta, currency);
  const choices = (o.withChoices || []).map((c) => {
    const [attribute, value] = c.split('=', 2);
    return value === undefined ? model.attributeLabel(attribute) : model.valueLabel(attribute, value);
  });
  const parts = (o.withParts || []).map((names) => names[language()] || names.en || Object.values(names)[0]);
  const more = [...choices, ...parts];
  if (!more.length || o.delta === 0) return [text];
  const full = t('option.comesWith', { delta: text, more: list(more) });
  const at = full.indexOf(text);
  if (at < 0) return [full];
  const cut = at + text.length + (full.slice(at + text.length).match(/^[,;:]?/)[0].length);
  return [full.slice(0, cut).trim(), full.slice(cut).trim()].filter(Boolean);
}

/** The difference element of a field or card, made on first use. */
function deltaOf(container, tag) {
  let delta = container.querySelector('.option-delta');
  if (!delta) {
    delta = h(tag, { class: 'option-delta' });
    container.append(delta);
  }
  return delta;
}

/**
 * Writes the differences of an option-prices answer (again after a language switch): on each
 * option card ("included" on the chosen one), and on number and text fields the model prices (a number: the range of
 * differences over its values; a text: what giving one changes the total by).
 */
export function drawOptionPrices(root, answer, model) {
  for (const old of root.querySelectorAll('.option-delta')) old.textContent = '';
  const numbers = new Map();
  for (const o of answer.options) {
    const field = root.querySelector(`.field-number[data-attribute="${CSS.escape(o.attribute)}"], .field-text[data-attribute="${CSS.escape(o.attribute)}"]`);
    if (field) {
      if (field.classList.contains('field-text')) {
        if (o.value === 'given' && !field.classList.contains('decided')) {
          const delta = deltaOf(field, 'p');
          delta.dataset.delta = String(o.delta);
          delta.textContent = optionText(model, o, answer.currency);
        }
      } else if (o.value !== '~') {
        const range = numbers.get(field) || { low: o.delta, high: o.delta };
        numbers.set(field, { low: Math.min(range.low, o.delta), high: Math.max(range.high, o.delta) });
      }
      continue;
    }
    const input = root.querySelector(`#opt-${idPart(o.attribute)}-${idPart(o.value)}`);
    const card = input && input.closest('.option');
    if (!card) continue;
    // One figure per card: the chosen one is included in the total, the others say what they change.
    const delta = deltaOf(card, 'span');
    delta.dataset.delta = input.checked ? 'included' : String(o.delta);
    if (input.checked) {
      delta.textContent = t('option.included');
    } else {
      const [first, second] = optionLines(model, o, answer.currency);
      delta.replaceChildren(first, ...(second ? [' ', h('span', { class: 'option-with', text: second })] : []));
    }
  }
  for (const [field, { low, high }] of numbers) {
    const delta = deltaOf(field, 'p');
    delta.dataset.delta = `${low}..${high}`;
    delta.textContent = low === high
      ? deltaText(low, answer.currency)
      : t('option.deltaRange', { low: signedMoney(low, answer.currency), high: signedMoney(high, answer.currency) });
  }
}
