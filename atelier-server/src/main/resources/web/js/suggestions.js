// The transparent face: marks, for each open attribute, the value past orders and designs of this product
// version suggest (POST /api/designs/recommend); the server only ever suggests offered values.
import { postJson } from './http.js';
import { idPart } from './dom.js';
import { t } from './i18n.js';

let latest = 0;

/** Asks for suggestions for {@code design} and marks them; an older answer never overwrites a newer one. */
export async function markSuggestions(root, design) {
  const asked = ++latest;
  let answer;
  try {
    answer = await postJson('/api/designs/recommend', design);
  } catch {
    return; // suggestions are a help, never in the way
  }
  if (asked !== latest) return;
  for (const card of root.querySelectorAll('.option.suggested')) card.classList.remove('suggested');
  if (!answer || answer.basedOnOrders + (answer.basedOnDesigns || 0) === 0) return;
  for (const next of answer.next) {
    const input = root.querySelector(`#opt-${idPart(next.attribute)}-${idPart(next.value)}`);
    const card = input && input.closest('.option');
    if (card && input.getAttribute('aria-disabled') !== 'true') {
      card.classList.add('suggested');
      card.style.setProperty('--suggested', JSON.stringify(t('option.suggested')));
    }
  }
}
