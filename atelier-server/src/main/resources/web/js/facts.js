// Customer facts (measurements): what the customer is or has, never chosen for them. The page asks
// for the missing ones before completing or proposing, prefills them from a signed-in customer's
// profile (one profile shared across products) and keeps newly given ones there.

import { ApiError, getJson, postJson, putJson, session } from './http.js';
import { h, idPart } from './dom.js';
import { label, list, t } from './i18n.js';
import { trapFocus } from './repair-dialog.js';

/**
 * The customer's facts (measurements) the design does not give yet, in model order. An artwork's
 * facts are not asked: an upload sets them, and none may stay unset (the dialog asked for them
 * under the measurements, so it could not be finished).
 */
export function missingFacts(model, domains) {
  return model.attributes.filter((a) => model.facts.has(a.id) && !domains.get(a.id)?.decided);
}

/** The signed-in session, or null. */
async function signedIn() {
  const s = await session();
  return s.signedIn ? s : null;
}

/**
 * The design prefilled from a signed-in customer's profile for this product version:
 * {decisions, filled: [attribute ids]} or null (signed out, nothing stored, another version).
 */
export async function prefill(model) {
  if (!(await signedIn())) return null;
  try {
    const p = await getJson(`/api/profile/prefill/${encodeURIComponent(model.detail.id)}`);
    if (p.design.version !== model.detail.version || !p.design.decisions.length) return null;
    return { decisions: p.design.decisions, filled: p.design.decisions.map((d) => d.attribute) };
  } catch {
    return null;
  }
}

/** Keeps the design's facts in a signed-in customer's profile (by profile key). */
export async function rememberFacts(model, decisions) {
  const given = decisions.filter((d) => model.facts.get(d.attribute)?.profile);
  if (!given.length || !(await signedIn())) return;
  try {
    const profile = await getJson('/api/profile');
    const facts = { ...(profile.facts || {}) };
    for (const d of given) facts[model.facts.get(d.attribute).profile] = d.value;
    await putJson('/api/profile', { facts });
  } catch (e) {
    console.warn('could not keep the measurements in the profile', e);
  }
}

/**
 * Asks for the missing facts in a dialog and decides them one by one on design (POST
 * /api/designs/decide). Resolves to the domains answer of the design with them, or null when the
 * customer closes the dialog.
 */
export function askFacts(model, design, missing) {
  return new Promise((resolve) => {
    const rows = missing.map((a) => {
      const id = `fact-${idPart(a.id)}`;
      const help = model.factHelp(a.id);
      const input = h('input', {
        type: 'number', id, name: a.id, inputmode: 'numeric', required: true,
        min: a.min, max: a.max, step: a.step || 1, placeholder: `${a.min}–${a.max}`,
        'aria-describedby': help ? `${id}-help` : null,
      });
      return {
        a,
        input,
        element: h(
          'div',
          { class: 'fact-row' },
          h('label', { for: id, class: 'field-label', text: label(a.label) }),
          h('div', { class: 'number-row' }, input, a.unit ? h('span', { class: 'unit', text: a.unit }) : null),
          help ? h('p', { class: 'fact-help', id: `${id}-help`, text: help }) : null,
        ),
      };
    });
    const error = h('p', { class: 'field-error', id: 'facts-error', role: 'alert' });
    const cancel = h('button', { type: 'button', class: 'button secondary', id: 'facts-cancel', text: t('facts.cancel') });
    const submit = h('button', { type: 'submit', class: 'button primary', id: 'facts-submit', text: t('facts.continue') });
    const form = h(
      'form',
      { method: 'dialog', novalidate: true },
      h('h2', { id: 'facts-title', text: t('facts.title') }),
      h('p', { id: 'facts-intro', text: t('facts.intro') }),
      rows.map((r) => r.element),
      error,
      h('div', { class: 'dialog-actions' }, cancel, submit),
    );
    const dialog = h('dialog', { class: 'repair-dialog facts-dialog', id: 'facts-dialog', 'aria-labelledby': 'facts-title', 'aria-describedby': 'facts-intro' }, form);
    let done = false;
    const finish = (answer) => {
      if (done) return;
      done = true;
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      for (const r of rows) {
        const n = Number(r.input.value);
        const ok = r.input.value.trim() !== '' && Number.isInteger(n) && n >= r.a.min && n <= r.a.max && (n - r.a.min) % (r.a.step || 1) === 0;
        r.input.setAttribute('aria-invalid', String(!ok));
        if (!ok) {
          error.textContent = t('number.invalid', { min: r.a.min, max: r.a.max, step: r.a.step || 1, unit: r.a.unit || '' });
          r.input.focus();
          return;
        }
      }
      submit.disabled = true;
      let current = { design };
      try {
        for (const r of rows) {
          current = await postJson('/api/designs/decide', { design: current.design, attribute: r.a.id, value: String(Number(r.input.value)) });
        }
      } catch (err) {
        submit.disabled = false;
        const facts = err instanceof ApiError ? err.problem.explanation?.facts || [] : [];
        error.textContent = facts.length
          ? t('facts.refused', { facts: list(facts.map((f) => `${model.attributeLabel(f.attribute)} ${model.valueLabel(f.attribute, f.value)}`)) })
          : `${t('error.generic')} ${err.message || ''}`.trim();
        return;
      }
      finish(current);
    });
    dialog.addEventListener('keydown', (e) => trapFocus(dialog, e));
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      finish(null);
    });
    cancel.addEventListener('click', () => finish(null));
    document.body.append(dialog);
    dialog.showModal();
    rows[0]?.input.focus();
  });
}
