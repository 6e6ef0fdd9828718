// The configurator's 3D stage around the SVG picture: when the browser has WebGL2, loads three.js
// (vendored, web/vendor/three, through the page's import map) and the product's recipe, shows the
// canvas with its camera views, reset, "show me why" and a 2D/3D switch; otherwise (or if
// anything fails) the SVG picture stays, as before. Nothing here loads without WebGL2, nor with
// software GL unless asked (early.js wanted()). On a product page early.js has started the view
// already, in parallel with the configurator; the stage takes that one. The view never delays the
// shopper's first choice: the SVG picture stays until the page is quiet (quiet.js), then the view
// draws its first frame and takes the picture's place.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { GIVEN } from '../model.js';
import { earlyView, releaseCanvas, takeCanvas, wanted } from './early.js';
import { quietPage } from './quiet.js';

export { webGl2 } from './early.js';

/**
 * Adds the 3D view to figure (which holds the SVG picture): {update(values, texts, domains, artwork),
 * dispose()}. Updates before the view has loaded are kept and applied once it has.
 */
export function attachStage(figure, picture, model) {
  const stage = { last: null, view: null, closed: false, refused: null, domains: new Map(), whyShown: false };
  const early = earlyView(model.detail.id);
  const quiet = quietPage(early ? early.prepared.then((p) => Boolean(p.primed)) : undefined);
  const controller = {
    update(values, texts, domains, artwork = []) {
      stage.last = { values, texts, artwork };
      stage.domains = domains;
      // The first frame is drawn from the configurator's first answer, not before it.
      if (!domains.size) return;
      quiet.answered();
      stage.view?.update(values, texts, artwork);
    },
    /**
     * Forgets the refused value and, when "show me why" lit parts up, clears them and puts the
     * camera back: the design changed (a decision, a repair, a completion), so the why is stale.
     */
    clearWhy() {
      stage.refused = null;
      why.disabled = true;
      why.textContent = t('view3d.why');
      note.textContent = '';
      if (!stage.whyShown) return;
      stage.whyShown = false;
      stage.view?.clearHighlight();
      stage.view?.reset();
    },
    dispose() {
      stage.closed = true;
      quiet.dispose();
      document.removeEventListener('focusin', onPoint);
      document.removeEventListener('pointerover', onPoint);
      stage.view?.dispose();
    },
  };
  figure.dataset.view = 'svg';
  // Without an early view (a saved design) even the WebGL2 probe waits until the page is quiet.
  const ready = early ? Promise.resolve() : quiet.reached;
  const why = h('button', { type: 'button', class: 'button secondary small', id: 'show-why', disabled: true, onclick: () => showWhy() }, t('view3d.why'));
  const note = h('p', { class: 'preview-note', id: 'preview-note', role: 'status' });
  const toggle = h('button', { type: 'button', class: 'button secondary small', id: 'view-2d', 'aria-pressed': 'false', onclick: () => flip() }, t('view3d.flat'));
  const bar = h('div', { class: 'preview-tools', role: 'toolbar', 'aria-label': t('view3d.tools') });

  function showWhy() {
    if (!stage.refused || !stage.view) return;
    const { attribute, value } = stage.refused;
    const refusal = stage.domains.get(attribute)?.refused?.find((r) => r.value === value);
    const conflicts = refusal?.conflictsWith || [];
    const shown = stage.view.showWhy(conflicts);
    stage.whyShown = stage.whyShown || shown > 0;
    const names = conflicts.map((a) => model.attributeLabel(a)).join(', ');
    note.textContent = shown ? t('view3d.whyShown', { value: model.valueLabel(attribute, value, {}), choices: names }) : t('view3d.whyHidden', { choices: names || '—' });
  }

  function flip() {
    const flat = figure.dataset.view === '3d';
    figure.dataset.view = flat ? 'svg' : '3d';
    toggle.setAttribute('aria-pressed', String(flat));
    toggle.textContent = flat ? t('view3d.solid') : t('view3d.flat');
    if (!flat) stage.view?.resize();
  }

  /** Remembers the refused value the shopper points at or focuses ("show me why" explains it). */
  function onPoint(event) {
    const target = event.target instanceof Element ? event.target : null;
    const input = target?.closest('label.option')?.querySelector('input') || target?.closest('input');
    if (!input || input.getAttribute('aria-disabled') !== 'true' || !figure.isConnected) return;
    const text = /^text-(.*)$/.exec(input.id);
    const attribute = text ? input.closest('[data-attribute]')?.dataset.attribute || text[1] : input.name.replace(/^attr-/, '');
    stage.refused = { attribute, value: text ? GIVEN : input.value };
    why.disabled = false;
    why.textContent = t('view3d.whyValue', { value: model.valueLabel(attribute, stage.refused.value, {}) });
  }
  ready.then(() => {
    if (stage.closed) return;
    if (!wanted()) {
      releaseCanvas();
      performance.mark('atelier:flat');
      return;
    }
    start(early ? early.canvas : takeCanvas());
  });
  return controller;

  function start(canvas) {
    Object.assign(canvas, { className: 'preview-3d', id: 'preview-3d', tabIndex: 0 });
    if (picture.getAttribute('aria-label')) canvas.setAttribute('aria-label', picture.getAttribute('aria-label'));
    document.addEventListener('focusin', onPoint);
    document.addEventListener('pointerover', onPoint);
    figure.append(canvas, bar, note);
    figure.dataset.view = 'loading';
    performance.mark('atelier:stage');
    import('./view3d.js')
      .then(({ createView }) => createView(canvas, model.detail.id, model.detail.presentation, model.attributes.map((a) => a.id), early?.prepared))
      .then(async (view) => {
        // The picture stays until the shopper's first answer is shown and the page is quiet.
        await quiet.reached;
        if (stage.closed) {
          view.dispose();
          return;
        }
        performance.mark('atelier:quiet');
        stage.view = view;
        for (const name of Object.keys(view.recipe.views)) {
          bar.append(h('button', { type: 'button', class: 'button secondary small', 'data-view': name, onclick: () => view.view(name) }, t(`view3d.view.${name}`)));
        }
        // On a phone the reset button shows only its icon; the label stays its accessible name.
        const reset = h('button', { type: 'button', class: 'button secondary small', id: 'view-reset', title: t('view3d.reset'), onclick: () => { view.clearHighlight(); note.textContent = ''; view.reset(); } },
          h('span', { class: 'tool-icon', 'aria-hidden': 'true' }, '↺'), h('span', { class: 'tool-label' }, t('view3d.reset')));
        bar.append(reset, why, toggle);
        figure.dataset.view = '3d';
        if (stage.last && stage.domains.size) view.update(stage.last.values, stage.last.texts, stage.last.artwork);
        window.__atelier = { ...(window.__atelier || {}), scene: view.scene, view, webgl2: view.renderer.getContext() instanceof WebGL2RenderingContext };
        figure.dispatchEvent(new CustomEvent('view3d-ready', { bubbles: true }));
      })
      .catch((error) => {
        console.error('3D view unavailable, showing the picture', error);
        canvas.remove();
        bar.remove();
        note.remove();
        figure.dataset.view = 'svg';
      });
  }
}
