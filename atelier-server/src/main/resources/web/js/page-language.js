// The UI language on the static pages outside the configurator (staff, webhooks): translates the
// page's fixed texts, marked in the HTML, and draws the language switch into #language.
//   data-i18n="key"            → the element's text
//   data-i18n-label="key"      → its aria-label
//   data-i18n-placeholder="key" → its placeholder
// <title data-i18n="key"> becomes "<text> · Atelier". Dynamic parts are drawn by the page with t().

import { LANGUAGES, initI18n, language, setLanguage, t } from './i18n.js';

function translate() {
  for (const e of document.querySelectorAll('[data-i18n]')) {
    e.textContent = e.tagName === 'TITLE' ? `${t(e.dataset.i18n)} · Atelier` : t(e.dataset.i18n);
  }
  for (const e of document.querySelectorAll('[data-i18n-label]')) e.setAttribute('aria-label', t(e.dataset.i18nLabel));
  for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = t(e.dataset.i18nPlaceholder);
}

function drawSwitch(redraw) {
  const nav = document.getElementById('language');
  if (!nav) return;
  nav.setAttribute('aria-label', t('language.label'));
  nav.replaceChildren(...Object.entries(LANGUAGES).map(([tag, name]) => {
    const b = document.createElement('button');
    Object.assign(b, { type: 'button', className: 'language', lang: tag, title: name, textContent: tag.toUpperCase() });
    b.dataset.language = tag;
    b.setAttribute('aria-pressed', String(tag === language()));
    b.addEventListener('click', async () => {
      if (tag === language()) return;
      await setLanguage(tag);
      translate();
      drawSwitch(redraw);
      await redraw();
      nav.querySelector(`[data-language="${tag}"]`)?.focus();
    });
    return b;
  }));
}

/**
 * Loads the stored (or browser) language, translates the page and draws the switch; after a switch
 * the page's fixed texts are translated again and {@code redraw} draws the rest.
 */
export async function pageLanguage(redraw) {
  await initI18n();
  translate();
  drawSwitch(redraw);
}
