// "Can't find what you want?" under every step: a small form that sends a wish (POST /api/wishes)
// about one of the step's attributes, with the product, version and the design being made, and
// thanks the shopper. Works anonymously (the tab's design session identifies the wish); an
// anonymous shopper may leave an e-mail address to be told once when a version offers it (a
// signed-in one gets a notice on their orders page and an e-mail to their account instead).

import { ApiError, postJson, session } from './http.js';
import { h, idPart } from './dom.js';
import { label, t } from './i18n.js';
import { designSession } from './design-session.js';

/** The longest wish the server takes (WishRoutes.MAX_TEXT). */
const MAX_TEXT = 1000;

/** The wish box of one step; design() gives the current design. */
export function createWishBox(model, step, design) {
  const base = `wish-${idPart(step.id)}`;
  const status = h('p', { class: 'wish-status', id: `${base}-status`, role: 'status' });
  const about = h(
    'select',
    { id: `${base}-attribute`, name: 'attribute' },
    step.attributes.map((a) => h('option', { value: a.id, text: label(a.label) })),
  );
  const text = h('textarea', {
    id: `${base}-text`, name: 'text', rows: 3, maxlength: MAX_TEXT, required: true,
    placeholder: t('wish.placeholder'),
  });
  const email = h('input', {
    id: `${base}-email`, name: 'email', type: 'email', autocomplete: 'email', maxlength: 254,
    placeholder: t('wish.emailPlaceholder'),
  });
  const emailRow = h('div', { class: 'wish-email' },
    h('label', { for: email.id, text: t('wish.email') }), email,
    h('small', { class: 'hint', text: t('wish.emailHint') }));
  session().then((s) => { emailRow.hidden = Boolean(s?.signedIn); }).catch(() => {});
  const send = h('button', { type: 'submit', class: 'button primary', id: `${base}-send`, text: t('wish.send') });
  const cancel = h('button', { type: 'button', class: 'button secondary', text: t('wish.cancel') });
  const form = h(
    'form',
    { class: 'wish-form', id: `${base}-form`, hidden: true },
    h('label', { for: about.id, text: t('wish.about') }),
    about,
    h('label', { for: text.id, text: t('wish.what') }),
    text,
    emailRow,
    h('div', { class: 'wish-actions' }, send, cancel),
  );
  const toggle = h('button', {
    type: 'button', class: 'link wish-toggle', id: `${base}-open`, 'aria-expanded': 'false',
    'aria-controls': form.id, text: t('wish.open'),
  });

  function show(open) {
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      status.textContent = '';
      text.focus();
    }
  }
  toggle.addEventListener('click', () => show(form.hidden));
  cancel.addEventListener('click', () => {
    show(false);
    toggle.focus();
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const wish = text.value.trim();
    if (!wish) {
      text.setAttribute('aria-invalid', 'true');
      text.focus();
      return;
    }
    text.removeAttribute('aria-invalid');
    send.disabled = true;
    const current = design();
    try {
      await postJson('/api/wishes', {
        session: designSession(),
        product: current.product,
        version: current.version,
        attribute: about.value,
        text: wish,
        decisions: current.decisions,
        email: emailRow.hidden ? null : email.value.trim() || null,
      });
      const told = !emailRow.hidden && email.value.trim();
      text.value = '';
      show(false);
      status.classList.remove('error');
      status.textContent = t('wish.thanks', { attribute: model.attributeLabel(about.value) })
        + (told ? ` ${t('wish.willTell', { email: told })}` : '');
      toggle.focus();
    } catch (err) {
      status.classList.add('error');
      status.textContent = `${t('wish.failed')} ${err instanceof ApiError ? err.problem.detail || '' : err.message}`.trim();
    } finally {
      send.disabled = false;
    }
  });
  return h('div', { class: 'wish', id: base }, toggle, form, status);
}
