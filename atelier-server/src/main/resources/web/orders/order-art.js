// The shopper's own artwork on an order (the order page and My orders), as the review before the
// order showed it: per print area with something on it, a thumbnail of the uploaded image, the
// area's name, the technique, the image's placed size and each text with its field's name. The
// placement's raw figures (position, pixel facts) are left to the production views.
import { h } from '/js/dom.js';
import { label, t } from '/js/i18n.js';
import { api } from '/js/http.js';
import { UNSET } from '/js/model.js';

// product/version → the product detail's print areas and attribute labels (null: not readable).
const details = new Map();

/** The print areas and attributes of {@code product} at {@code version}, once per page; null when gone. */
export function loadAreas(product, version) {
  const key = `${product}/${version}`;
  if (!details.has(key)) {
    details.set(
      key,
      api('GET', `/api/products/${encodeURIComponent(product)}/versions/${encodeURIComponent(version)}`).then((r) =>
        r.ok ? { areas: r.body.printAreas || [], attributes: new Map(r.body.attributes.map((a) => [a.id, a])) } : null,
      ),
    );
  }
  return details.get(key);
}

/** The texts of {@code area} printed there in {@code configuration} (none when placed elsewhere). */
function areaTexts(area, configuration) {
  const style = area.text;
  return style && (!style.place || configuration[style.place] === area.id) ? style.attributes : [];
}

/**
 * The attributes the artwork section shows instead of the configuration lines: every print area's
 * generated ones (technique, placement, pixel facts) and the texts printed on an area.
 */
export function artworkAttributes(info, order) {
  const configuration = order.configuration || {};
  return new Set(info.areas.flatMap((area) => [...area.attributes, ...areaTexts(area, configuration)]));
}

/**
 * One entry per print area with art or a worked technique: {area, name, upload, typed, text}
 * where typed are its texts as typed and text reads "Print · Your image, 30 × 30 mm · Monogram
 * “JMK”" in the page language.
 */
export function artworkEntries(info, order) {
  const configuration = order.configuration || {};
  const artwork = order.artwork || {};
  const lineOf = (attribute) => (order.designLines || []).find((l) => l.attribute === attribute);
  const lineValue = (attribute) => {
    const line = lineOf(attribute);
    return line?.value ? label(line.value) : configuration[attribute];
  };
  // The order's texts; a list's order carries them in its design lines only.
  const textOf = (attribute) => order.texts?.[attribute] ?? (lineOf(attribute)?.kind === 'text' ? label(lineOf(attribute).value, '') : '');
  return info.areas
    .map((area) => {
      const art = artwork[area.id] || {};
      const parts = [];
      const typed = [];
      if (art.upload) {
        const w = configuration[`${area.id}_width`];
        const ht = configuration[`${area.id}_height`];
        parts.push(w && ht ? t('review.image', { width: w, height: ht }) : t('review.imageUnplaced'));
      }
      for (const a of areaTexts(area, configuration)) {
        const text = textOf(a);
        if (text) {
          typed.push(text);
          parts.push(`${label(info.attributes.get(a)?.label, a)} ${t('text.quoted', { text })}`);
        }
      }
      const technique = configuration[`${area.id}_technique`];
      const worked = technique && technique !== UNSET;
      if (!parts.length && !worked) return null;
      if (worked) parts.unshift(lineValue(`${area.id}_technique`));
      return { area: area.id, name: label(area.label, area.id), upload: art.upload || null, typed, text: parts.join(' · ') };
    })
    .filter(Boolean);
}

/**
 * A thumbnail of the shopper's uploaded image (its own route, readable by the order's owner); for
 * an area with text only, a tile with the text as typed; null for neither.
 */
export function thumbnail(entry, size) {
  if (!entry.upload) {
    return entry.typed.length ? h('span', { class: 'order-art-thumb order-art-typed', 'aria-hidden': 'true', text: entry.typed.join(' ') }) : null;
  }
  return h('img', {
    class: 'order-art-thumb',
    src: `/api/uploads/${encodeURIComponent(entry.upload)}`,
    alt: t('preview.artAlt', { area: entry.name }),
    width: size,
    height: size,
    loading: 'lazy',
  });
}
