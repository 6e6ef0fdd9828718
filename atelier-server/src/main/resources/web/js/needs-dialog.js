// "Help me choose" (the collaborative face): the product's needs dialogue in the customer's terms,
// then the ranked designs proposed for the answers (price, wishes met and missed). A modal
// <dialog>: focus stays inside, Escape closes it.

import { ApiError, getJson, postJson } from './http.js';
import { h, idPart, replaceChildren } from './dom.js';
import { label, money, t } from './i18n.js';
import { trapFocus } from './repair-dialog.js';

/**
 * Asks the needs questions of the design's product version, proposes designs for the answers,
 * and resolves to the design the customer starts from, or null when they close the dialog.
 */
export async function askNeeds(model, design) {
  const needs = await getJson(
    `/api/products/${encodeURIComponent(design.product)}/versions/${encodeURIComponent(design.version)}/needs`,
  );
  return new Promise((resolve) => new NeedsDialog(model, design, needs, resolve).open());
}

class NeedsDialog {
  constructor(model, design, needs, resolve) {
    this.model = model;
    this.design = design;
    this.needs = needs;
    this.resolve = resolve;
    this.answered = false;
    this.body = h('div', { class: 'needs-body' });
    this.status = h('p', { class: 'status', id: 'needs-status', role: 'status' });
    this.dialog = h(
      'dialog',
      { class: 'repair-dialog needs-dialog', id: 'needs-dialog', 'aria-labelledby': 'needs-title' },
      h('h2', { id: 'needs-title', text: t('needs.title') }),
      this.body,
      this.status,
    );
    this.dialog.addEventListener('keydown', (e) => trapFocus(this.dialog, e));
    this.dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      this.finish(null);
    });
  }

  open() {
    document.body.append(this.dialog);
    this.showQuestions();
    this.dialog.showModal();
    this.dialog.querySelector('input, button')?.focus();
  }

  finish(design) {
    if (this.answered) return;
    this.answered = true;
    this.dialog.close();
    this.dialog.remove();
    this.resolve(design);
  }

  closeButton() {
    return h('button', { type: 'button', class: 'button secondary', id: 'needs-close', text: t('needs.close'), onclick: () => this.finish(null) });
  }

  showQuestions(chosen = new Map()) {
    this.form = h(
      'form',
      { id: 'needs-form', onsubmit: (e) => (e.preventDefault(), this.propose()) },
      h('p', { text: t('needs.intro') }),
      this.needs.questions.map((q) =>
        h(
          'fieldset',
          { class: 'needs-question', id: `need-${idPart(q.id)}` },
          h('legend', { text: label(q.question) }),
          q.answers.map((a) => {
            const id = `need-${idPart(q.id)}-${idPart(a.id)}`;
            return h(
              'div',
              { class: 'needs-answer' },
              h('input', { type: 'radio', id, name: q.id, value: a.id, checked: chosen.get(q.id) === a.id }),
              h('label', { for: id, text: label(a.label) }),
            );
          }),
        ),
      ),
      h(
        'div',
        { class: 'dialog-actions' },
        this.closeButton(),
        h('button', { type: 'submit', class: 'button primary', id: 'needs-propose', text: t('needs.propose') }),
      ),
    );
    replaceChildren(this.body, this.form);
  }

  chosen() {
    const chosen = new Map();
    for (const input of this.form.querySelectorAll('input[type=radio]:checked')) chosen.set(input.name, input.value);
    return chosen;
  }

  async propose() {
    const chosen = this.chosen();
    const answers = [...chosen].map(([question, answer]) => ({ question, answer }));
    this.status.textContent = t('needs.working');
    this.status.classList.remove('error');
    this.dialog.setAttribute('aria-busy', 'true');
    try {
      const result = await postJson('/api/designs/propose', { design: this.design, answers, count: 3 });
      this.status.textContent = '';
      this.showProposals(result.proposals, chosen);
    } catch (e) {
      const detail = e instanceof ApiError && e.status === 409 ? t('needs.none') : e.message;
      this.status.textContent = `${t('error.generic')} ${detail}`;
      this.status.classList.add('error');
    } finally {
      this.dialog.removeAttribute('aria-busy');
    }
  }

  /** "riding:city" → "Around town" (the answer's label). */
  wish(key) {
    const [question, answer] = key.split(':');
    const q = this.needs.questions.find((x) => x.id === question);
    const a = q?.answers.find((x) => x.id === answer);
    return a ? label(a.label) : key;
  }

  /** One line: how a proposal differs from the best one (price, then the values that differ). */
  differs(p) {
    if (p.rank === 1 || !p.differs?.length) return t('needs.best');
    const currency = p.design.price.currency;
    const price = p.priceDelta > 0
      ? t('needs.more', { amount: money(p.priceDelta, currency) })
      : p.priceDelta < 0 ? t('needs.less', { amount: money(-p.priceDelta, currency) }) : t('needs.samePrice');
    const changes = p.differs.slice(0, 4).map((d) => {
      const a = this.model.attribute(d.attribute);
      const value = this.model.valueLabel(d.attribute, d.value);
      return a?.kind === 'boolean' ? `${this.model.attributeLabel(d.attribute)}: ${value}` : value;
    });
    return t('needs.differs', { price, changes: changes.join(', ') });
  }

  showProposals(proposals, chosen) {
    const items = proposals.map((p) => {
      const c = p.design;
      const summary = this.model.attributes
        .filter((a) => c.configuration[a.id] !== undefined)
        .map((a) => `${this.model.attributeLabel(a.id)}: ${this.model.valueLabel(a.id, c.configuration[a.id])}`)
        .join(' · ');
      return h(
        'li',
        { class: 'proposal', id: `proposal-${p.rank}`, 'aria-labelledby': `proposal-${p.rank}-title` },
        h(
          'h3',
          { id: `proposal-${p.rank}-title` },
          t('needs.rank', { rank: p.rank }),
          ' ',
          h('span', { class: 'proposal-price', text: money(c.price.total, c.price.currency) }),
        ),
        h('p', { class: 'proposal-differs', id: `proposal-${p.rank}-differs`, text: this.differs(p) }),
        h('p', { class: 'proposal-summary', text: summary }),
        p.meets.length ? h('p', { class: 'proposal-meets', text: `✓ ${t('needs.meets')} ${p.meets.map((k) => this.wish(k)).join(', ')}` }) : null,
        p.misses.length ? h('p', { class: 'proposal-misses', text: `✗ ${t('needs.misses')} ${p.misses.map((k) => this.wish(k)).join(', ')}` }) : null,
        h('button', {
          type: 'button',
          class: 'button primary',
          id: `proposal-${p.rank}-start`,
          'aria-describedby': `proposal-${p.rank}-title`,
          text: t('needs.start'),
          onclick: () => this.finish(c.design),
        }),
      );
    });
    replaceChildren(
      this.body,
      proposals.length ? h('ol', { class: 'proposals', id: 'proposals' }, items) : h('p', { text: t('needs.none') }),
      h(
        'div',
        { class: 'dialog-actions' },
        h('button', { type: 'button', class: 'button secondary', id: 'needs-back', text: t('needs.back'), onclick: () => this.back(chosen) }),
        this.closeButton(),
      ),
    );
    this.body.querySelector('button')?.focus();
  }

  back(chosen) {
    this.showQuestions(chosen);
    this.form.querySelector('input')?.focus();
  }
}
