// Save & share: after saving, the share link (with personalization texts in its fragment, which
// the saved design does not carry) and a copy button.

import { h, replaceChildren } from './dom.js';
import { money, t } from './i18n.js';

/** The share box: {element, show(saved, texts), reset()}. */
export function createShareBox() {
  const element = h('section', { class: 'share', id: 'share', hidden: true, 'aria-live': 'polite' });
  return {
    element,
    /** Shows saved's link (texts: the public ones, in its fragment); mine: also in My designs. */
    show(saved, texts, mine = false) {
      const fragment = Object.keys(texts).length ? `#${new URLSearchParams(texts)}` : '';
      const url = `${location.origin}${saved.link}${fragment}`;
      const field = h('input', { type: 'text', id: 'share-link', readonly: true, value: url, 'aria-labelledby': 'share-title' });
      const copy = h('button', {
        type: 'button',
        class: 'button secondary',
        id: 'share-copy',
        text: t('share.copy'),
        onclick: async () => {
          field.select();
          try {
            await navigator.clipboard.writeText(url);
            copy.textContent = t('share.copied');
          } catch {
            document.execCommand?.('copy');
          }
        },
      });
      replaceChildren(
        element,
        h('h2', { id: 'share-title', text: t('share.title') }),
        h('p', { text: t('share.saved', { price: money(saved.price.total, saved.price.currency) }) }),
        h('div', { class: 'share-row' }, field, copy),
        h('a', { href: url, id: 'share-open', target: '_blank', rel: 'noopener', text: t('share.open') }),
        mine ? h('p', { class: 'share-mine' }, h('a', { href: '/account/designs.html', id: 'share-mine', text: t('share.mine') })) : null,
      );
      element.hidden = false;
    },
    reset() {
      element.hidden = true;
      replaceChildren(element);
    },
  };
}
