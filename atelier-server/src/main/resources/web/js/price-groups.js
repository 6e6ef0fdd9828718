// A price breakdown grouped per module instance: the product's own lines first, then one group
// per instance ("Bay 2" with its subtotal and its lines), in the order the instances first appear.
// The server names each line's instance (line.instance = "bays[2]", line.instanceLabel = {en, de}).
// Used by the toolkit's price panel and the order page.

import { label } from './i18n.js';

/** [{instance: null, lines}, {instance: 'bays[2]', name: 'Bay 2', total, lines}, …]. */
export function priceGroups(lines) {
  const own = { instance: null, name: null, total: 0, lines: [] };
  const groups = new Map();
  for (const line of lines) {
    if (!line.instance) {
      own.lines.push(line);
      own.total += line.amount;
      continue;
    }
    if (!groups.has(line.instance)) {
      groups.set(line.instance, { instance: line.instance, name: label(line.instanceLabel, line.instance), total: 0, lines: [] });
    }
    const group = groups.get(line.instance);
    group.lines.push(line);
    group.total += line.amount;
  }
  return [own, ...groups.values()];
}

/** A line's text inside its instance's group: "Doors: Glass" for "Bay 2 · Doors: Glass". */
export function withinInstance(line, text) {
  if (!line.instance || !line.instanceLabel) return text;
  for (const name of Object.values(line.instanceLabel)) {
    for (const prefix of [`${name} · `]) {
      const at = text.indexOf(prefix);
      if (at >= 0) return text.slice(0, at) + text.slice(at + prefix.length);
    }
  }
  return text;
}
