// The delivery promise before ordering: once the design is a complete product, ask the server for
// the earliest day production can finish it given the booked load (POST /api/designs/promise).
import { postJson } from './http.js';
import { t } from './i18n.js';

let latest = 0;

/** Shows the promise for {@code quantity} of {@code design} in {@code element}, or clears it while incomplete. */
export async function showPromise(element, design, complete, quantity = 1) {
  const asked = ++latest;
  if (!complete) {
    element.textContent = '';
    return;
  }
  // The old date stays until the new one is known: emptying the line first would move the Order
  // button under a pointer that is on its way to it (the quantity field's change on blur).
  let answer;
  try {
    answer = await postJson(`/api/designs/promise?quantity=${encodeURIComponent(quantity)}`, design);
  } catch {
    answer = null; // the date is a help; the design itself is fine
  }
  if (asked !== latest) return;
  if (!answer || !answer.date) {
    element.textContent = '';
    return;
  }
  const date = new Date(`${answer.date}T12:00:00Z`).toLocaleDateString(document.documentElement.lang || 'en', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  if (answer.ships === false) {
    // A service (insurance): nothing is shipped; the date is when the work is done. Without any
    // operation (no routing) there is no date worth saying.
    element.textContent = answer.operations?.length ? t('price.serviceReady', { date }) : '';
    return;
  }
  element.textContent = quantity > 1 ? t('price.deliveryFor', { date, quantity }) : t('price.delivery', { date });
}
