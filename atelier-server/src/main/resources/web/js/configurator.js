// The configurator page of one product version: steps, preview, live price, undo/redo, repair,
// completion, save & share. The design (product, version, decisions) and its history live here,
// in the page; every request sends the whole design.

import { ApiError, getJson, postJson } from './http.js';
import { h, replaceChildren } from './dom.js';
import { label, list, money, t } from './i18n.js';
import { GIVEN, ProductModel, UNSET } from './model.js';
import { askNeeds } from './needs-dialog.js';
import { createPreview, drawPreview } from './preview.js';
import { attachStage } from './three/stage.js';
import { createPricePanel, priceStatus } from './price-panel.js';
import { reportEvents, watchAbandonment } from './design-events.js';
import { askRepair } from './repair-dialog.js';
import { askReview } from './review-dialog.js';
import { createShareBox } from './share.js';
import { createSteps, openCount, settled } from './steps.js';
import { markSuggestions } from './suggestions.js';
import { showPromise } from './promise.js';
import { MAX_QUANTITY, createOrderBox } from './order-button.js';
import { askFacts, missingFacts, prefill, rememberFacts } from './facts.js';
import { askOptionPrices, drawOptionPrices } from './option-prices.js';
import { clearDraft, saveDraft } from './draft-store.js';
import { adoptArtwork, publicTexts, saveDesign } from './saved-designs.js';
import { createWishBox } from './wish-form.js';
import { createSurfaces, placedArtwork, textTurns } from './artwork/surface.js';
import { createFlatArt } from './artwork/flat-art.js';
import { movedNotice, newerVersion, versionNotice } from './version-notice.js';

/** Opens the configurator in root: {product, version?, decisions?, texts?, saved?, draft?}. */
export async function showConfigurator(root, options) {
  const version = options.version || (await getJson(`/api/products/${encodeURIComponent(options.product)}`)).latest;
  const detail = await getJson(`/api/products/${encodeURIComponent(options.product)}/versions/${encodeURIComponent(version)}`);
  const model = new ProductModel(detail);
  performance.mark('atelier:model');
  if (!options.decisions && !options.saved && model.facts.size) {
    // A signed-in customer's measurements (one profile for every product) are filled in on open.
    const filled = await prefill(model);
    if (filled) options = { ...options, decisions: filled.decisions, prefilled: filled.filled };
  }
  const page = new Configurator(root, model, options);
  await page.start();
  return page;
}

class Configurator {
  constructor(root, model, options) {
    this.root = root;
    this.model = model;
    this.saved = options.saved || null;
    this.fromOrder = options.order || null; // the caller's order this design is reconfigured from
    this.prefilled = options.prefilled || [];
    // The draft of this page (localStorage, js/draft-store.js); "Start over" goes back to initial.
    this.path = location.pathname;
    this.fromDraft = Boolean(options.draft);
    // {old, decisions}: the design was moved onto this (current) version from old's (js/main.js).
    this.moved = options.moved || null;
    this.initial = { decisions: this.saved ? this.saved.design.decisions : [], texts: {} };
    this.state = {
      design: { product: model.detail.id, version: model.detail.version, decisions: options.decisions || [] },
      // Texts from a share link's fragment are shown only when the model accepts them.
      texts: Object.fromEntries(Object.entries(options.texts || {}).filter(([a, text]) => model.acceptsText(a, text))),
      domains: new Map(),
      price: null,
      // The shopper's artwork per print area: {upload, rotation, front, textAt}; kept in the draft,
      // and its references in saved designs (restored by start()).
      artwork: options.artwork || {},
    };
    this.past = [];
    this.future = [];
    this.queue = Promise.resolve();
    this.pending = 0;
    this.actions = {
      choose: (attribute, value, refused) => this.run(() => this.choose(attribute, value, refused)),
      text: (attribute, text, refused) => this.run(() => this.setText(attribute, text, refused)),
      retract: (attribute) => this.run(() => this.retract(attribute)),
      instances: (slot, action, instance, to) => this.run(() => this.instances(slot, action, instance, to)),
      decideAll: (decisions) => this.run(() => this.decideAll(decisions)),
      // Called inside the upload's own busy() action, so it runs at once (queueing it would wait
      // for that very action).
      placeUpload: (area, patch, decisions) => this.placeUpload(area, patch, decisions),
      busy: (work) => this.run(work),
      artwork: (area, patch) => {
        this.state.artwork = { ...this.state.artwork, [area]: { ...this.state.artwork[area], ...patch } };
        this.update();
        this.keepDraft();
      },
    };
    this.onKey = (e) => this.shortcut(e);
    document.addEventListener('keydown', this.onKey);
    // Print area → {value, delta, currency}: the technique the page chose for art or text there.
    this.techniqueNotes = {};
    this.ownNone = new Set(); // print areas whose None the shopper chose themselves
    this.touched = 0; // how many designs the customer made here (0: untouched)
    this.stopWatching = watchAbandonment(() => this.leaving());
  }

  /** What an abandonment report needs: touched, complete, and the first open attribute. */
  leaving() {
    const open = this.model.attributes.find((a) => !settled(this.state.domains.get(a.id), this.model));
    return {
      touched: this.touched,
      complete: this.state.price?.complete === true,
      product: this.state.design.product,
      version: this.state.design.version,
      attribute: open?.id,
    };
  }

  async start() {
    if (this.saved) this.newer = await newerVersion(this.model);
    this.render();
    if (this.saved && !Object.keys(this.state.artwork).length) this.state.artwork = await adoptArtwork(this.saved);
    await this.run(async () => {
      const domains = await this.domainsOf(this.state.design);
      performance.mark('atelier:domains');
      return this.apply(domains, this.state.texts);
    });
  }

  /** Rebuilds the page (after a language switch), keeping the design and its history. */
  render() {
    const m = this.model;
    const title = this.fromOrder ? t('reconfigure.title', { order: t('orders.order', { id: `#${this.fromOrder.id}` }) }) : label(m.detail.label);
    document.title = `${title} – Atelier`;
    this.steps = createSteps(m, this.actions);
    this.pricePanel = createPricePanel(m, this.pricePanel?.breakdownOpen() ?? false);
    // While answers are pending the figures are the last design's: said so under the total.
    this.updatingNote = h('p', { class: 'price-updating', id: 'price-updating', role: 'status', hidden: !this.pending }, t('price.updating'));
    this.pricePanel.element.querySelector('.price-total').after(this.updatingNote);
    this.picture = createPreview(m.detail.presentation, t('preview.label', { product: label(m.detail.label) }));
    // The 3D view when the browser has WebGL2 (js/three/stage.js); the SVG picture otherwise.
    this.figure = h('figure', { class: 'preview-card' }, this.picture);
    this.stage?.dispose();
    this.stage = attachStage(this.figure, this.picture, m);
    this.flatArt = m.printAreas.length ? createFlatArt(m) : null;
    if (this.flatArt) this.figure.append(this.flatArt.element);
    this.share = createShareBox();
    this.order = createOrderBox(() => this.pricedDesign(), () => ({ ...this.state.texts }), (q) =>
      showPromise(this.pricePanel.delivery, this.state.design, this.state.price?.complete === true, q), () => this.artworkBody(),
    async (quantity, place) => {
      // The review shows the price of the design as it is once every pending answer is in.
      await this.settled();
      return askReview({
        model: m, domains: this.state.domains, price: this.state.price, quantity, texts: this.state.texts,
        artwork: this.state.artwork, picture: this.picture, promise: this.pricePanel.delivery.textContent, place,
      });
    }, m.detail.maxQuantity ?? MAX_QUANTITY);
    this.surfaces = createSurfaces(m, this.actions);
    this.undoButton = h('button', { type: 'button', class: 'button secondary', id: 'undo', onclick: () => this.undo(), 'aria-keyshortcuts': 'Control+Z' }, t('action.undo'));
    this.redoButton = h('button', { type: 'button', class: 'button secondary', id: 'redo', onclick: () => this.redo(), 'aria-keyshortcuts': 'Control+Shift+Z' }, t('action.redo'));
    this.status = h('p', { class: 'status', id: 'status', role: 'status' });
    this.barTotal = h('span', { class: 'pricebar-total', id: 'pricebar-total' });
    this.barStatus = h('span', { class: 'pricebar-status' });
    // On a phone the order box sits far above the steps; the bar's button takes the shopper to it.
    this.barOrder = h('button', { type: 'button', class: 'button primary pricebar-order', id: 'pricebar-order', hidden: true, onclick: () => this.toOrder() }, t('action.toOrder'));
    const actions = h(
      'div',
      { class: 'actions' },
      h('div', { class: 'history' }, this.undoButton, this.redoButton),
      h('button', { type: 'button', class: 'button secondary wide', id: 'help-choose', 'aria-haspopup': 'dialog', onclick: () => this.run(() => this.helpChoose()) }, t('action.helpChoose')),
      h('button', { type: 'button', class: 'button secondary wide', id: 'complete', onclick: () => this.run(() => this.complete()) }, t('action.complete')),
      h('button', { type: 'button', class: 'button primary wide', id: 'save', onclick: () => this.run(() => this.save()) }, t('action.save')),
      this.order.element,
    );
    this.startOverButton = h('button', { type: 'button', class: 'button secondary', id: 'start-over', onclick: () => this.run(() => this.startOver()) }, t('draft.startOver'));
    this.draftBanner = h('p', { class: 'draft-banner', id: 'draft-banner', role: 'status', hidden: !this.fromDraft }, t('draft.restored'));
    this.steps.sections.forEach((section, i) => section.append(createWishBox(m, m.steps[i], () => this.state.design)));
    replaceChildren(
      this.root,
      h(
        'div',
        { class: 'configurator' },
        h(
          'div',
          { class: 'intro' },
          h('a', { class: 'back', href: '/', text: t('nav.allProducts') }),
          h('h1', { text: title }),
          h('p', { class: 'lede', text: t('configurator.lede') }),
          this.savedBanner(),
          this.moved ? movedNotice(this.moved.old, m, this.moved.decisions) : null,
          this.newer && !this.moved ? versionNotice(m, this.newer, this.initial.decisions) : null,
          this.prefilled.length ? h('p', { class: 'saved-banner', id: 'prefill-banner', text: t('facts.prefilled', { facts: list(this.prefilled.map((a) => m.attributeLabel(a))) }) }) : null,
          h('div', { class: 'draft-row' }, this.draftBanner, this.startOverButton),
        ),
        h(
          'div',
          { class: 'layout' },
          h(
            'aside',
            { class: 'stage', 'aria-label': t('stage.label') },
            this.figure,
            this.pricePanel.element,
            actions,
            this.status,
            this.share.element,
          ),
          h('div', { class: 'steps-column' }, this.steps.progress, this.steps.sections, this.surfaces?.element),
        ),
        h('div', { class: 'pricebar' }, h('span', { class: 'pricebar-figures', 'aria-hidden': 'true' }, h('span', { class: 'pricebar-label', text: t('price.title') }), this.barTotal, this.barStatus), this.barOrder),
      ),
    );
    this.update();
    // After a language switch the option differences are written again, in the new language.
    if (this.state.cheapest) drawOptionPrices(this.root, this.state.cheapest, this.model);
  }

  /** What the page was opened from: the order being reconfigured, or the saved design. */
  savedBanner() {
    const when = (iso) => new Date(iso).toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });
    if (this.fromOrder) {
      const text = t('reconfigure.banner', { product: label(this.model.detail.label), date: when(this.fromOrder.createdAt) });
      return h('p', { class: 'saved-banner', id: 'saved-banner', text });
    }
    if (!this.saved) return null;
    return h('p', { class: 'saved-banner', id: 'saved-banner', text: t('share.reopened', { id: this.saved.id, date: when(this.saved.savedAt) }) });
  }

  /** Runs one action after the ones before it; the page is busy meanwhile. */
  run(action) {
    this.pending++;
    this.root.setAttribute('aria-busy', 'true');
    this.showUpdating(true);
    this.queue = this.queue
      .then(action)
      .catch((e) => this.fail(e))
      .finally(() => {
        if (--this.pending > 0) return;
        this.root.removeAttribute('aria-busy');
        this.showUpdating(false);
      });
    return this.queue;
  }

  /** Resolves once no action is pending (those queued meanwhile included). */
  async settled() {
    while (this.pending > 0) await this.queue;
  }

  /**
   * Marks the price as updating while answers are pending (after a moment, so a quick answer does
   * not flicker); Save is queued behind them, and the review waits for them (settled()).
   */
  showUpdating(on) {
    clearTimeout(this.updatingTimer);
    const show = (value) => {
      if (this.updatingNote) this.updatingNote.hidden = !value;
      this.pricePanel?.element.classList.toggle('updating', value);
      this.root.querySelector('.pricebar')?.classList.toggle('updating', value);
    };
    if (on) this.updatingTimer = setTimeout(() => show(true), 250);
    else show(false);
  }

  fail(error) {
    console.error(error);
    const detail = error instanceof ApiError ? error.problem.detail || error.message : error.message;
    this.status.textContent = `${t('error.generic')} ${detail || ''}`.trim();
    this.status.classList.add('error');
  }

  async domainsOf(design) {
    return postJson('/api/designs/domains', design);
  }

  /** Shows a new design (the answer of domains, decide, retract or repair) and prices it. */
  async apply(domains, texts) {
    this.state.design = domains.design;
    this.state.domains = new Map(domains.attributes.map((d) => [d.attribute, d]));
    const decidedText = new Set(domains.design.decisions.filter((d) => d.value === GIVEN).map((d) => d.attribute));
    this.state.texts = Object.fromEntries(Object.entries(texts).filter(([a]) => decidedText.has(a)));
    // The price and the cheapest complete total ("from") are asked together and shown together: the
    // total of the choices so far, shown alone first, was a wrong total for a moment (after a repair).
    const [price, cheapest] = await Promise.all([
      postJson('/api/designs/price', { design: this.pricedDesign() }),
      askOptionPrices(domains.design),
    ]);
    this.state.price = price;
    this.state.cheapest = cheapest;
    // A new design (a decision, repair, completion, undo) makes a shown "why" stale.
    this.stage.clearWhy();
    this.status.textContent = '';
    this.status.classList.remove('error');
    this.update();
    markSuggestions(document, domains.design);
    showPromise(this.pricePanel.delivery, domains.design, this.state.price?.complete === true, this.order.quantity());
    drawOptionPrices(document, cheapest ?? { options: [] }, this.model);
  }

  /**
   * The total as shown: while the design is incomplete, the cheapest complete product ("from"),
   * never the sum of the choices so far; null before the first price.
   */
  shownTotal() {
    const { price, cheapest, design } = this.state;
    if (!price) return null;
    if (price.complete || !cheapest || JSON.stringify(cheapest.design.decisions) !== JSON.stringify(design.decisions)) {
      return money(price.total, price.currency);
    }
    return t('price.from', { price: money(cheapest.cheapest, cheapest.currency) });
  }

  /**
   * The design as priced and ordered: the decisions plus the values the other choices set (a value
   * that is the only one left). Unticked extras count as no on the server.
   */
  pricedDesign() {
    const { design, domains } = this.state;
    const decided = new Set(design.decisions.map((d) => d.attribute));
    const forced = [...domains.values()]
      .filter((d) => !decided.has(d.attribute) && d.decided === null && d.offered.length === 1 && !d.unsetPossible)
      .filter((d) => this.model.attribute(d.attribute)?.kind !== 'text') // a text needed is typed, never assumed
      .map((d) => ({ attribute: d.attribute, value: d.offered[0] }));
    return { ...design, decisions: [...design.decisions, ...forced] };
  }

  /**
   * Art or text on a print area without a technique, never decided or decided None by the page (as
   * "Complete it for me" leaves it), would never be made (the server refuses such an order): each
   * such area gets the cheapest technique that fits (by the option prices, else the model's order),
   * as Nike By You or Zakeke pick the decoration, said beside it with what it changes the total by
   * (docs/print-areas.md). A None the shopper chose stays, with a warning beside it (surface.js).
   */
  async giveTechniques() {
    const carrying = new Set(placedArtwork(this.model, this.state.domains, this.state.artwork, this.state.texts).map((p) => p.area));
    let given = false;
    for (const area of this.model.printAreas) {
      const attribute = `${area.id}_technique`;
      const domain = this.state.domains.get(attribute);
      const open = domain?.decided === null || domain?.decided === undefined;
      if (!carrying.has(area.id) || !domain || !(open || domain.decided === UNSET) || this.ownNone.has(area.id)) continue;
      // An undecided technique offers what fits; a decided None offers nothing else: then the
      // model's techniques, cheapest first, tried until one fits.
      const deltas = new Map((this.state.cheapest?.options || []).filter((o) => o.attribute === attribute).map((o) => [o.value, o.delta]));
      const candidates = open ? domain.offered.filter((v) => v !== UNSET) : (this.model.attribute(attribute)?.values || []).map((v) => v.id);
      const cost = (v) => deltas.get(v) ?? Number.MAX_SAFE_INTEGER;
      candidates.sort((x, y) => cost(x) - cost(y));
      const total = this.state.price?.total ?? 0;
      // The values the art rules out, with their reasons, stay greyed beside the page's choice.
      const refused = open ? domain.refused : [];
      for (const value of candidates) {
        let answer;
        try {
          answer = await postJson('/api/designs/decide', this.withArtwork({ design: this.state.design, attribute, value }));
        } catch (e) {
          if (e instanceof ApiError && e.status === 409) continue;
          throw e;
        }
        await this.apply(answer, this.state.texts);
        this.techniqueNotes[area.id] = { value, delta: (this.state.price?.total ?? total) - total, currency: this.state.price?.currency, refused };
        given = true;
        break;
      }
    }
    if (given) this.update();
  }

  /**
   * Records the current design in the history, then shows the new one. An area that now carries
   * art or text without a technique gets the cheapest one (giveTechniques), in the same step of
   * the history, unless keepTechniques (the shopper chose a technique themselves).
   */
  async commit(domains, texts = this.state.texts, keepTechniques = false) {
    const before = this.snapshot();
    await this.apply(domains, texts);
    if (!keepTechniques) await this.giveTechniques();
    this.past.push(before);
    this.future = [];
    this.touched++;
    this.share.reset();
    this.update();
    this.keepDraft();
  }

  /** Keeps the design as this page's draft (a reload, sign-in or sign-up comes back to it). */
  keepDraft() {
    saveDraft(this.path, this.state.design, this.state.texts, this.state.artwork);
  }

  /** Forgets the draft and goes back to the design the page opened with (undo brings it back). */
  async startOver() {
    await this.commit(await this.domainsOf(this.design(this.initial.decisions)), this.initial.texts);
    clearDraft(this.path);
    this.draftBanner.hidden = true;
    this.fromDraft = false;
  }

  snapshot() {
    return { decisions: this.state.design.decisions, texts: { ...this.state.texts } };
  }

  /** Scrolls to the order box and puts the focus on its button. */
  toOrder() {
    const target = this.root.querySelector('#order:not([hidden])') || this.order.element;
    target.scrollIntoView({ block: 'center' });
    target.focus?.({ preventScroll: true });
  }

  design(decisions) {
    return { product: this.state.design.product, version: this.state.design.version, decisions };
  }

  update() {
    const { domains, texts, price } = this.state;
    this.model.noteChoices(domains);
    this.steps.update(domains, texts, price);
    // Attributes of absent (hidden) module instances need nothing.
    const open = openCount(this.model, domains);
    const total = this.shownTotal();
    this.pricePanel.update(price, total, texts, open);
    if (price) {
      this.barTotal.textContent = total;
      this.barStatus.textContent = priceStatus(this.model, price, open);
    }
    this.order.update(price?.complete === true, price);
    this.barOrder.hidden = price?.complete !== true;
    // "Your design is complete" would squeeze the bar; the Order button says it.
    this.barStatus.hidden = !this.barOrder.hidden;
    this.startOverButton.hidden = !this.state.design.decisions.length && !Object.keys(texts).length;
    this.undoButton.disabled = this.past.length === 0;
    this.redoButton.disabled = this.future.length === 0;
    const values = {};
    const ghosts = {};
    for (const a of this.model.attributes) {
      const d = domains.get(a.id);
      if (!d) continue;
      if (d.decided !== null) values[a.id] = d.decided;
      else if (d.offered.length === 1) values[a.id] = d.offered[0];
      else if (a.kind !== 'boolean' && d.offered.length) ghosts[a.id] = d.offered[0];
    }
    const placed = placedArtwork(this.model, domains, this.state.artwork, texts);
    // Images the picture locates are drawn where they are placed; the others as thumbnails.
    drawPreview(this.picture, this.model.detail.presentation, values, ghosts, texts, textTurns(this.model, domains, this.state.artwork), placed).then(
      (drawn) => drawn && this.flatArt?.update(placed.filter((p) => !drawn.has(p.area))),
    );
    this.surfaces?.update(domains, texts, this.state.artwork, this.techniqueNotes);
    this.stage.update({ ...ghosts, ...values }, texts, domains, placed);
  }

  async choose(attribute, value, refused) {
    if (this.state.domains.get(attribute)?.decided === value) return;
    if (refused) {
      await this.repairTowards(attribute, value);
      return;
    }
    try {
      const area = this.model.printAreas.find((a) => attribute === `${a.id}_technique`);
      const technique = Boolean(area);
      // A None the shopper chose stays None (giveTechniques leaves the area alone).
      if (area && value === UNSET) this.ownNone.add(area.id);
      else if (area) this.ownNone.delete(area.id);
      await this.commit(await postJson('/api/designs/decide', this.withArtwork({ design: this.state.design, attribute, value })), this.state.texts, technique);
      if (this.model.isFact(attribute)) await rememberFacts(this.model, this.state.design.decisions);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.problem.explanation) {
        await this.offerRepair(e.problem.explanation);
      } else {
        throw e;
      }
    }
  }

  /**
   * Takes several decisions as one change (the design surface's placed box: x, y, width, height);
   * when one is refused, what came before it is kept and the repair dialog opens for it.
   */
  async decideAll(decisions) {
    let answer = null;
    let design = this.state.design;
    for (const { attribute, value } of decisions) {
      if (design.decisions.some((d) => d.attribute === attribute && d.value === value)) continue;
      try {
        answer = await postJson('/api/designs/decide', this.withArtwork({ design, attribute, value }));
        design = answer.design;
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 409 && e.problem.explanation)) throw e;
        if (answer) await this.commit(answer);
        await this.offerRepair(e.problem.explanation);
        return;
      }
    }
    if (answer) await this.commit(answer);
  }

  /**
   * Places an upload on area: its artwork (patch: upload, rotation, fit) and decisions (facts and
   * box). The upload's decisions replace whatever the design had for those attributes (a
   * completion's "none" for the box or the facts is the shopper's to override). A real conflict
   * (an embroidered area and a photo) opens the repair dialog; after a repair the upload is placed
   * again. Resolves to {placed: true} or {placed: false, reason} (the artwork is then taken back).
   */
  async placeUpload(area, patch, decisions, repaired = false) {
    const before = this.state.artwork;
    this.state.artwork = { ...before, [area]: { ...before[area], ...patch } };
    const replaced = new Set(decisions.map((d) => d.attribute));
    // A technique the page chose for the former art is chosen afresh for this one (giveTechniques).
    const technique = `${area}_technique`;
    if (this.techniqueNotes[area] && this.techniqueNotes[area].value === this.state.domains.get(technique)?.decided) {
      replaced.add(technique);
      delete this.techniqueNotes[area];
    }
    const design = this.design(this.state.design.decisions.filter((d) => !replaced.has(d.attribute)));
    let answer = null;
    try {
      for (const { attribute, value } of decisions) {
        answer = await postJson('/api/designs/decide', this.withArtwork({ design: answer?.design ?? design, attribute, value }));
      }
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 409)) {
        this.state.artwork = before;
        throw e;
      }
      this.state.artwork = before;
      const conflict = await this.uploadConflict(e, answer?.design ?? design, decisions);
      const { explanation } = conflict;
      const reason = this.model.explanationReasons(explanation).join(' · ') || e.problem.detail || e.message;
      if (!repaired && explanation?.reachable && (await this.offerRepair(explanation, this.state.texts, conflict.design))) {
        return this.placeUpload(area, patch, decisions, true);
      }
      this.update();
      return { placed: false, reason };
    }
    await this.commit(answer);
    return { placed: true };
  }

  /**
   * Why an upload's decisions were refused, on the design it was asked on: {explanation, design}.
   * The server sets an area's facts from the upload, so a clash names a fact: it is explained on
   * the design with the upload's other facts (a repair there never changes a fact); otherwise the
   * 409's own explanation. explanation is null when there is none.
   */
  async uploadConflict(error, design, decisions) {
    const { attribute, value } = error.problem;
    if (!attribute || !this.model.isFact(attribute)) return { explanation: error.problem.explanation ?? null, design };
    const facts = decisions.filter((d) => d.attribute !== attribute && this.model.isFact(d.attribute));
    const withFacts = this.design([...design.decisions, ...facts]);
    // Decided without the artwork, the fact is refused with its explanation (the rule in the way).
    try {
      await postJson('/api/designs/decide', { design: withFacts, attribute, value });
    } catch (e) {
      if (e instanceof ApiError && e.problem.explanation) return { explanation: e.problem.explanation, design: withFacts };
    }
    return { explanation: error.problem.explanation ?? null, design };
  }

  /**
   * The artwork the requests carry: {area: {upload, rotation, text}} for each area holding an
   * upload (the server checks it and sets the area's facts from the stored upload) or a text the
   * shopper moved or turned (text: its centre in mm and rotation, as the print file draws it;
   * docs/print-areas.md).
   */
  artworkBody() {
    const body = {};
    for (const area of this.model.printAreas) {
      const art = this.state.artwork[area.id];
      const ref = {};
      if (art?.upload) Object.assign(ref, { upload: art.upload.id, rotation: art.rotation || 0 });
      if (art?.textAt && area.text) ref.text = { x: art.textAt.x, y: art.textAt.y, ...(art.textAt.rotation ? { rotation: art.textAt.rotation } : {}) };
      if (Object.keys(ref).length) body[area.id] = ref;
    }
    return body;
  }

  /** body with the artwork (decide, complete), left as it is without any. */
  withArtwork(body) {
    const artwork = this.artworkBody();
    return Object.keys(artwork).length ? { ...body, artwork } : body;
  }

  async repairTowards(attribute, value) {
    const explanation = await postJson('/api/designs/explain', { design: this.state.design, attribute, value });
    await this.offerRepair(explanation);
  }

  /** Offers the repair of explanation, found on design (the page's own unless given). */
  async offerRepair(explanation, texts = this.state.texts, design = this.state.design) {
    const repair = await askRepair(this.model, explanation, texts, design);
    if (!repair) {
      if (explanation.reachable && explanation.repair.length > 0 && explanation.value !== GIVEN) {
        const { product, version } = this.state.design;
        reportEvents([{ kind: 'repair-rejected', product, version, attribute: explanation.attribute, value: explanation.value }]);
      }
      this.update(); // fields show the design again, not what was typed
      return false;
    }
    await this.commit(await postJson('/api/designs/repair', { design, repair }), texts);
    return true;
  }

  async setText(attribute, text, refused) {
    const texts = { ...this.state.texts, [attribute]: text };
    if (this.state.domains.get(attribute)?.decided === GIVEN) {
      await this.commit({ design: this.state.design, attributes: [...this.state.domains.values()] }, texts);
    } else if (refused) {
      const explanation = await postJson('/api/designs/explain', { design: this.state.design, attribute, value: GIVEN });
      await this.offerRepair(explanation, texts);
    } else {
      try {
        await this.commit(await postJson('/api/designs/decide', this.withArtwork({ design: this.state.design, attribute, value: GIVEN })), texts);
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 409 && e.problem.explanation)) throw e;
        await this.offerRepair(e.problem.explanation, texts);
      }
    }
  }

  /**
   * Adds, removes, duplicates or moves a module instance (its choices go with it); the focus
   * follows a moved instance.
   */
  async instances(slot, action, instance, to) {
    await this.commit(await postJson('/api/designs/instances', { design: this.state.design, slot, action, instance, to }));
    const number = action === 'move' ? to : action === 'remove' ? Math.max(1, instance - 1) : action === 'duplicate' ? instance + 1 : null;
    const step = this.model.steps.find((s) => s.key === (number ? `${slot}[${number}]` : null))
      || [...this.model.steps].reverse().find((s) => s.kind === 'instance' && s.key.startsWith(`${slot}[`) && !this.steps.sections[s.index - 1].hidden);
    if (!step) return;
    const section = this.steps.sections[step.index - 1];
    const name = this.model.stepTitle(step);
    this.status.textContent =
      action === 'move' ? t('instance.moved', { instance: name, place: to }) : action === 'remove' ? t('instance.removed', { instance: this.model.stepTitle(this.model.steps.find((s) => s.key === `${slot}[${instance}]`)) }) : t('instance.added', { instance: name });
    const focus = section.querySelector(action === 'move' ? (to < instance ? '[id$="-earlier"]:not([disabled])' : '[id$="-later"]:not([disabled])') : 'h2') || section.querySelector('.instance-tools button:not([disabled])');
    if (focus) {
      if (focus.tagName === 'H2') focus.setAttribute('tabindex', '-1');
      focus.focus();
    }
  }

  async retract(attribute) {
    await this.commit(await postJson('/api/designs/retract', { design: this.state.design, attribute }));
  }

  /**
   * Asks for the facts the design lacks (measurements are the customer's to give, never chosen for
   * them); false when the customer closed the dialog.
   */
  async factsGiven() {
    const missing = missingFacts(this.model, this.state.domains);
    if (!missing.length) return true;
    const answered = await askFacts(this.model, this.state.design, missing);
    if (!answered) return false;
    await this.commit(answered);
    await rememberFacts(this.model, this.state.design.decisions);
    return true;
  }

  async complete() {
    if (!(await this.factsGiven())) return;
    let completion;
    try {
      completion = await postJson('/api/designs/complete', this.withArtwork({ design: this.state.design, objective: 'cheapest' }));
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 503)) throw e;
      this.tooLong(() => this.complete());
      return;
    }
    await this.commit(await this.domainsOf(completion.design));
  }

  /** A request that ran out of time (503): a plain message and a button that tries again. */
  tooLong(retry) {
    const again = h('button', { type: 'button', class: 'button secondary small', id: 'status-retry', onclick: () => this.run(retry) }, t('error.retry'));
    this.status.replaceChildren(`${t('error.tooLong')} `, again);
    this.status.classList.add('error');
  }

  /** The needs dialogue: the chosen proposal replaces the design (undo brings the old one back). */
  async helpChoose() {
    if (!(await this.factsGiven())) return;
    const design = await askNeeds(this.model, this.state.design);
    if (design) await this.commit(await this.domainsOf(design));
    else document.getElementById('help-choose')?.focus();
  }

  async restore(snapshot) {
    await this.apply(await this.domainsOf(this.design(snapshot.decisions)), snapshot.texts);
    this.share.reset();
    this.keepDraft();
  }

  undo() {
    return this.run(async () => {
      if (!this.past.length) return;
      const target = this.past.pop();
      this.future.push(this.snapshot());
      await this.restore(target);
    });
  }

  redo() {
    return this.run(async () => {
      if (!this.future.length) return;
      const target = this.future.pop();
      this.past.push(this.snapshot());
      await this.restore(target);
    });
  }

  async save() {
    const { saved, mine } = await saveDesign(this.model, this.state.design, this.state.texts, this.artworkBody());
    // Private texts (not drawn on the product, e.g. a gift note) stay out of the share link.
    this.share.show(saved, publicTexts(this.model.detail.presentation, this.state.texts), mine);
  }

  shortcut(e) {
    if (!(e.ctrlKey || e.metaKey) || document.querySelector('dialog[open]')) return;
    const key = e.key.toLowerCase();
    const typing = e.target instanceof HTMLInputElement && ['text', 'number'].includes(e.target.type);
    if (typing) return; // the field's own undo
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if ((key === 'z' && e.shiftKey) || key === 'y') {
      e.preventDefault();
      this.redo();
    }
  }

  /** Stops listening to the document (when another page replaces this one). */
  close() {
    document.removeEventListener('keydown', this.onKey);
    this.stage?.dispose();
    this.stopWatching();
  }
}
