// Links from the analytics figures to the studio draft that would address them:
// /studio/draft.html?product=P&attribute=A&value=V opens the product's newest draft (or offers to
// start one from the current version) with the everyday-change forms on that attribute and value.
import { h } from '/js/dom.js';
import { t } from '/js/i18n.js';

/** The studio address for {product, attribute?, value?}. */
export function studioHref(product, attribute, value) {
  const q = new URLSearchParams({ product });
  if (attribute) q.set('attribute', attribute);
  if (attribute && value) q.set('value', value);
  return `/studio/draft.html?${q}`;
}

/** A link to the studio for a figure or row; `what` names it ("Colour: Green") for screen readers. */
export function studioLink(product, attribute, value, what) {
  return h('a', {
    href: studioHref(product, attribute, value), class: 'studio-link',
    'aria-label': what ? t('analytics.inStudioOf', { what }) : null,
  }, t('analytics.inStudio'));
}

/** Chart.js options that open the studio for the clicked bar (hrefs[i] for bar i). */
export function clickThrough(hrefs, options = {}) {
  return {
    ...options,
    onClick: (event, elements) => { if (elements.length && hrefs[elements[0].index]) window.location.assign(hrefs[elements[0].index]); },
    onHover: (event, elements) => { event.native.target.style.cursor = elements.length ? 'pointer' : 'default'; },
  };
}
