// The delivery promise before ordering: once the design is a complete product, ask the server for
// the earliest day production can finish it given the booked load (POST /api/designs/promise).
import { postJson } from './http.js';
import { t } from './i18n.js';

let latest = 0;

/** Shows the promise for {@code quantity} of {@code design} in {@code element}, or clears it while incomplete. */
export async function showPromise(element, design, complete, quantity = 1) {
  const asked = ++latest;
  element.textContent = '';
  if (!complete) return;
  let answer;
  try {
    answer = await postJson(`/api/designs/promise?quantity=${encodeURIComponent(quantity)}`, design);
  } catch {
    return; // the date is a help; the design itself is fine
  }
  if (asked !== latest || !answer || !answer.date) return;
  const date = new Date(`${answer.date}T12:00:00Z`).toLocaleDateString(document.documentElement.lang || 'en', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  element.textContent = quantity > 1 ? t('price.deliveryFor', { date, quantity }) : t('price.delivery', { date });
}
