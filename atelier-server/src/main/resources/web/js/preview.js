// The product picture: the SVG layers of the chosen values stacked by z (tinted with the layer's
// colour through currentColor), the personalization texts drawn on top. Undecided attributes show
// their first possible value as a faint "ghost" layer (unless the asset says data-ghost="false":
// layers that blend with the ones below cannot be faded on their own).
//
// Module slots listed in presentation.rows are drawn as rows of instances (preview-rows.js).
//
// Two conventions let an asset follow other choices (no change to the model format):
//   data-tint="<attribute>" on a shape of any layer: the shape is filled with the colour of the
//     layer drawn for that attribute's chosen (or ghost) value, e.g. a high top's collar takes the
//     upper colour;
//   data-anchor="<text attribute>" with data-x, data-y (and optionally data-size) on an element
//     of a drawn layer: that text is drawn there instead of at the overlay's x/y, e.g. a monogram
//     at the heel or on the tongue as its position attribute says;
//   data-area="<print area>" with data-x, data-y, data-w, data-h: where the print area lies in the
//     picture; the shopper's image is drawn there at its placed box (else flat-art.js shows it as
//     a thumbnail in the corner).

import { h, replaceChildren } from './dom.js';
import { getText } from './http.js';
import { drawRow } from './preview-rows.js';

const assets = new Map();

function asset(path) {
  if (!assets.has(path)) {
    assets.set(
      path,
      getText(`/assets/${path}`)
        .then((text) => {
          if (!text) return null;
          // The content security policy refuses style attributes (parsed documents inherit it):
          // rename them before parsing, apply them through the CSSOM once imported (withStyles).
          const renamed = text.replace(/(\s)style=/g, '$1data-style=');
          const root = new DOMParser().parseFromString(renamed, 'image/svg+xml').documentElement;
          return root.nodeName === 'svg' ? root : null;
        })
        .catch(() => null),
    );
  }
  return assets.get(path);
}

/** The node with the styles its asset declared applied through the CSSOM (see asset()). */
function withStyles(node) {
  for (const el of [node, ...node.querySelectorAll('[data-style]')]) {
    const css = el.getAttribute('data-style');
    if (css !== null) el.style.cssText = css;
  }
  return node;
}

/** An empty picture element for a presentation (fills its container, keeps the aspect ratio). */
export function createPreview(presentation, title) {
  return h(
    'svg:svg',
    {
      class: 'preview-picture',
      viewBox: `0 0 ${presentation.width} ${presentation.height}`,
      role: 'img',
      'aria-label': title,
      preserveAspectRatio: 'xMidYMid meet',
    },
  );
}

/**
 * Draws into svg: layers whose attribute has the value in `values` (solid) or in `ghosts` (faint),
 * the texts of text attributes, each turned by `turns[attribute]` degrees (clockwise, as the
 * shopper turned it on its print area) about its middle, and the images of `art` (placedArtwork's
 * list) on the areas a drawn layer locates. Resolves to the set of areas whose image it drew (null
 * when a later call won: calls made while an earlier one still loads assets win).
 */
export async function drawPreview(svg, presentation, values, ghosts, texts, turns = {}, art = []) {
  const token = (svg.__drawToken = (svg.__drawToken || 0) + 1);
  const layers = presentation.layers
    .map((layer) => {
      if (values[layer.attribute] === layer.value) return { layer, ghost: false };
      if (ghosts[layer.attribute] === layer.value) return { layer, ghost: true };
      return null;
    })
    .filter(Boolean);
  const loaded = await Promise.all(layers.map((l) => asset(l.layer.asset)));
  if (svg.__drawToken !== token) return null;
  const items = layers.map((l, i) => ({ ...l, node: loaded[i], z: l.layer.z }));
  const tints = tintColours(layers);
  const anchors = textAnchors(items);
  const areas = areaAnchors(items);
  const drawnAreas = new Set();
  for (const a of art) {
    const at = areas.get(a.area);
    if (!a.url || !a.box || !at) continue;
    drawnAreas.add(a.area);
    // Above the layers, below the texts (as the surface draws the image under the text).
    items.push({ image: placedImage(a, at), z: Math.max(...items.map((i) => i.z ?? 0), 0) + 0.5 });
  }
  for (const text of presentation.texts) {
    if (texts[text.attribute]) items.push({ text: { ...text, ...anchors.get(text.attribute) }, z: text.z });
  }
  for (const row of presentation.rows || []) {
    items.push({ row, z: row.z });
  }
  items.sort((a, b) => a.z - b.z);
  const drawn = [];
  for (const item of items) {
    if (item.image) {
      drawn.push(item.image);
    } else if (item.row) {
      drawn.push(...drawRow(item.row, values, ghosts, tints));
    } else if (item.text) {
      drawn.push(
        h('svg:text', {
          x: item.text.x,
          y: item.text.y,
          'font-family': `${item.text.font}, 'Avenir Next', 'Helvetica Neue', sans-serif`,
          'font-size': item.text.size,
          'font-weight': 700,
          'letter-spacing': '0.08em',
          'text-anchor': 'middle',
          fill: item.text.colour || 'currentColor',
          class: 'preview-text',
          'data-attribute': item.text.attribute,
          // About the text's middle: the baseline less about a third of the font size.
          ...(turns[item.text.attribute] ? { transform: `rotate(${turns[item.text.attribute]} ${item.text.x} ${item.text.y - item.text.size * 0.35})` } : {}),
          text: texts[item.text.attribute],
        }),
      );
    } else if (item.node && !(item.ghost && item.node.getAttribute('data-ghost') === 'false')) {
      const layer = withStyles(document.importNode(item.node, true));
      layer.setAttribute('x', 0);
      layer.setAttribute('y', 0);
      layer.setAttribute('width', presentation.width);
      layer.setAttribute('height', presentation.height);
      if (item.layer.colour) layer.style.color = item.layer.colour;
      for (const shape of layer.querySelectorAll('[data-tint]')) {
        const colour = tints.get(shape.getAttribute('data-tint'));
        if (colour) shape.setAttribute('fill', colour);
      }
      layer.setAttribute('class', item.ghost ? 'layer ghost' : 'layer');
      layer.dataset.attribute = item.layer.attribute;
      layer.dataset.value = item.layer.value;
      drawn.push(layer);
    }
  }
  replaceChildren(svg, drawn);
  return drawnAreas;
}

/**
 * The image of a placed artwork p (widthMm × heightMm area, box in mm) in the picture's rectangle
 * at of its area, scaled to fit it, turned as placed about the box's centre.
 */
function placedImage(p, at) {
  const scale = Math.min(at.w / p.widthMm, at.h / p.heightMm);
  const left = at.x + (at.w - p.widthMm * scale) / 2;
  const top = at.y + (at.h - p.heightMm * scale) / 2;
  const x = left + p.box.x * scale;
  const y = top + p.box.y * scale;
  const w = p.box.w * scale;
  const hh = p.box.h * scale;
  return h('svg:image', {
    href: p.url,
    x, y, width: w, height: hh,
    preserveAspectRatio: 'xMidYMid meet',
    class: 'preview-art-placed',
    'data-area': p.area,
    ...(p.rotation ? { transform: `rotate(${p.rotation} ${x + w / 2} ${y + hh / 2})` } : {}),
  });
}

/** print area → {x, y, w, h}: where a drawn layer locates it (a solid layer before a ghost). */
function areaAnchors(items) {
  const areas = new Map();
  const ordered = items.filter((i) => i.node).sort((a, b) => Number(a.ghost) - Number(b.ghost));
  for (const item of ordered) {
    for (const e of item.node.querySelectorAll('[data-area]')) {
      const [x, y, w, hh] = ['data-x', 'data-y', 'data-w', 'data-h'].map((n) => Number(e.getAttribute(n)));
      const area = e.getAttribute('data-area');
      if (areas.has(area) || ![x, y, w, hh].every(Number.isFinite) || w <= 0 || hh <= 0) continue;
      areas.set(area, { x, y, w, h: hh });
    }
  }
  return areas;
}

/** attribute → the colour of its drawn layer (a solid one before a ghost). */
function tintColours(layers) {
  const colours = new Map();
  for (const l of [...layers].sort((a, b) => Number(a.ghost) - Number(b.ghost))) {
    if (l.layer.colour && !colours.has(l.layer.attribute)) colours.set(l.layer.attribute, l.layer.colour);
  }
  return colours;
}

/** text attribute → {x, y, size} where a drawn layer anchors it (a solid layer before a ghost). */
function textAnchors(items) {
  const anchors = new Map();
  const ordered = items.filter((i) => i.node).sort((a, b) => Number(a.ghost) - Number(b.ghost));
  for (const item of ordered) {
    for (const e of item.node.querySelectorAll('[data-anchor]')) {
      const attribute = e.getAttribute('data-anchor');
      const x = Number(e.getAttribute('data-x'));
      const y = Number(e.getAttribute('data-y'));
      if (anchors.has(attribute) || !Number.isFinite(x) || !Number.isFinite(y)) continue;
      const size = Number(e.getAttribute('data-size'));
      anchors.set(attribute, size > 0 ? { x, y, size } : { x, y });
    }
  }
  return anchors;
}
