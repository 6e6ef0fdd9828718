// Module slots drawn as rows of boxes (presentation.rows): the present instances of a slot stand
// side by side on a baseline, each as wide and as high as its own attributes say (times the row's
// scale), with its shelves drawn as lines and its front (open, glass, solid in the tint colour, or
// a colour) over the box. An undecided value is drawn with its first possible value, faintly.

import { h } from './dom.js';

const GLASS = '#9fd3e8';
const FALLBACK = '#c8b496';

/** The number of instance attribute spec (or spec itself when it is a number), and whether it is a guess. */
function numberOf(spec, prefix, values, ghosts) {
  if (/^[0-9]+$/.test(spec)) return { n: Number(spec), ghost: false };
  const id = `${prefix}${spec}`;
  if (values[id] !== undefined) return { n: Number(values[id]), ghost: false };
  if (ghosts[id] !== undefined) return { n: Number(ghosts[id]), ghost: true };
  return { n: NaN, ghost: true };
}

function valueOf(attribute, values, ghosts) {
  if (values[attribute] !== undefined) return { v: values[attribute], ghost: false };
  if (ghosts[attribute] !== undefined) return { v: ghosts[attribute], ghost: true };
  return { v: null, ghost: true };
}

/** The front of one box: two door panels (glass or filled) or nothing. */
function front(style, x, y, w, hgt, tint) {
  if (!style || style === 'open') return [];
  const fill = style === 'glass' ? GLASS : style === 'solid' ? tint : style;
  const half = (w - 10) / 2;
  return [x + 5, x + 5 + half].map((px) =>
    h('svg:rect', {
      x: px,
      y: y + 5,
      width: Math.max(half - 1, 1),
      height: Math.max(hgt - 10, 1),
      fill,
      'fill-opacity': style === 'glass' ? 0.55 : 1,
      stroke: '#333',
      'stroke-width': 1.5,
      class: `front front-${style === 'glass' ? 'glass' : 'solid'}`,
    }),
  );
}

/**
 * The SVG groups of one row: a group per present instance (data-instance="bays[2]"), in order.
 * tints: attribute → colour of its drawn layer.
 */
export function drawRow(row, values, ghosts, tints) {
  const count = valueOf(row.slot, values, ghosts);
  const n = Number(count.v);
  if (!Number.isFinite(n) || n <= 0) return [];
  const tint = (row.tint && tints.get(row.tint)) || FALLBACK;
  const groups = [];
  let x = row.x;
  for (let i = 1; i <= n; i++) {
    const prefix = `${row.slot}[${i}].`;
    const width = numberOf(row.width, prefix, values, ghosts);
    const height = numberOf(row.height, prefix, values, ghosts);
    if (!Number.isFinite(width.n) || !Number.isFinite(height.n)) continue;
    const w = width.n * row.scale;
    const hgt = height.n * row.scale;
    const top = row.y - hgt;
    const parts = [
      h('svg:rect', { x, y: top, width: w, height: hgt, fill: tint, stroke: '#3a2a1c', 'stroke-width': 3, class: 'box' }),
    ];
    // The box is faint while its place or size is a guess; shelves and fronts on their own.
    const guessed = count.ghost || width.ghost || height.ghost;
    if (row.shelves) {
      const shelves = numberOf(row.shelves, prefix, values, ghosts);
      const k = Number.isFinite(shelves.n) ? shelves.n : 0;
      for (let s = 1; s <= k; s++) {
        parts.push(
          h('svg:rect', {
            x: x + 6,
            y: top + (hgt * s) / (k + 1),
            width: Math.max(w - 12, 1),
            height: 5,
            fill: '#00000033',
            class: shelves.ghost ? 'shelf ghost' : 'shelf',
          }),
        );
      }
    }
    if (row.front) {
      const chosen = valueOf(`${prefix}${row.front}`, values, ghosts);
      const doors = front(chosen.v === null ? null : row.fronts[chosen.v], x, top, w, hgt, tint);
      if (chosen.ghost) doors.forEach((d) => d.classList.add('ghost'));
      parts.push(...doors);
    }
    parts.push(h('svg:text', { x: x + w / 2, y: row.y + 24, 'font-size': 16, 'text-anchor': 'middle', fill: '#444', text: String(i) }));
    groups.push(
      h('svg:g', { class: guessed ? 'instance ghost' : 'instance', 'data-instance': `${row.slot}[${i}]` }, ...parts),
    );
    x += w + row.gap;
  }
  return groups;
}
