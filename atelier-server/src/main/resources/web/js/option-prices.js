// Honest prices in the configurator: what choosing each option changes the total by (the cheapest
// complete product with it, components and other values it pulls in included:
// POST /api/designs/option-prices), and the cheapest complete total of the design so far.
import { postJson } from './http.js';
import { h, idPart } from './dom.js';
import { money, t } from './i18n.js';

let latest = 0;

/** A signed difference: "+€650.00", "−€25.00". */
export function signedMoney(minor, currency) {
  if (minor === 0) return money(0, currency);
  return `${minor > 0 ? '+' : '−'}${money(Math.abs(minor), currency)}`;
}

/**
 * Asks for the option prices of {@code design}, writes each card's difference and calls
 * {@code onCheapest(answer)}; an older answer never overwrites a newer one.
 */
export async function showOptionPrices(root, design, onCheapest) {
  const asked = ++latest;
  let answer;
  try {
    answer = await postJson('/api/designs/option-prices', design);
  } catch {
    return; // the differences are a help; the design itself is fine
  }
  if (asked !== latest || !answer) return;
  for (const old of root.querySelectorAll('.option-delta')) old.textContent = '';
  for (const o of answer.options) {
    const input = root.querySelector(`#opt-${idPart(o.attribute)}-${idPart(o.value)}`);
    const card = input && input.closest('.option');
    if (!card || input.checked) continue;
    let delta = card.querySelector('.option-delta');
    if (!delta) {
      delta = h('span', { class: 'option-delta' });
      card.append(delta);
    }
    delta.dataset.delta = String(o.delta);
    delta.textContent = o.delta === 0
      ? t('option.noChange')
      : t('option.delta', { amount: signedMoney(o.delta, answer.currency) });
  }
  onCheapest?.(answer);
}
