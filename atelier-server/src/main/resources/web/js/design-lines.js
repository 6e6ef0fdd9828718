// The design lines the server sends with an order or a production order, in the labels of the
// order's model version, read in the current language: "Sauce: Tomato", "Size: 30 cm", a yes/no
// attribute that is yes by name ("Onions"), a personalization text quoted (Monogram: “JMK”); an
// order placed before orders carried texts says only that one was given.
import { label, t } from './i18n.js';

/** [attribute, value] of one line; the value is null for a yes/no attribute that is yes. */
export function designParts(line) {
  const name = label(line.label);
  if (line.kind === 'yes') return [name, null];
  if (line.kind === 'text') return [name, line.value ? t('text.quoted', { text: label(line.value) }) : t('staff.design.text')];
  return [name, label(line.value)];
}

/** One line as text: "Sauce: Tomato", "Onions". */
export function designLineText(line) {
  const [name, value] = designParts(line);
  return value === null ? name : `${name}: ${value}`;
}

/** A whole design in one line: "Sauce: Tomato, Size: 30 cm, Onions". */
export function designSummary(lines) {
  return lines.map(designLineText).join(', ');
}
