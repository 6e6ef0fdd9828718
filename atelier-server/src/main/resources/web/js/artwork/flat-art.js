// The shopper's uploaded images in the flat picture (the SVG preview: no WebGL, or the 3D view
// switched off) on print areas the picture does not locate (preview.js draws the others where
// they are placed, data-area): a small labelled thumbnail per such area, turned as placed, over
// the picture's corner. Hidden while the 3D view shows the art on the product itself (css:
// .preview-card[data-view]).

import { h, replaceChildren } from '../dom.js';
import { label, t } from '../i18n.js';

/** The thumbnails for model's print areas: {element, update(placed)} (placedArtwork's list). */
export function createFlatArt(model) {
  const element = h('ul', { class: 'preview-art', id: 'preview-art', 'aria-label': t('preview.art'), hidden: true });
  let drawn = null;
  return {
    element,
    update(placed) {
      const images = placed.filter((p) => p.url);
      const key = JSON.stringify(images.map((p) => [p.area, p.url, p.rotation]));
      if (key === drawn) return;
      drawn = key;
      element.hidden = !images.length;
      replaceChildren(
        element,
        images.map((p) => {
          const name = label(model.printAreas.find((a) => a.id === p.area)?.label, p.area);
          const img = h('img', { src: p.url, alt: t('preview.artAlt', { area: name }), decoding: 'async' });
          img.style.transform = `rotate(${p.rotation}deg)`; // the CSP refuses style attributes
          return h('li', { class: 'preview-art-item', id: `preview-art-${p.area}` }, img, h('span', { text: name }));
        }),
      );
    },
  };
}
