// "Designed by me": one design surface per print area of the product (docs/print-areas.md). The
// shopper uploads an image, adds text, moves, scales, turns and layers them; every change of the
// placed box becomes the area's decisions (x, y, width, height on the 5 mm grid), the technique and
// the text height are ordinary fields, so the engine greys out and repairs them like any choice.

import { h } from '../dom.js';
import { label, t } from '../i18n.js';
import { createField } from '../fields.js';
import { signedMoney } from '../option-prices.js';
import { GIVEN } from '../model.js';
import { createAreaCanvas } from './canvas.js';
import { createUpload } from './upload.js';
import { layoutText, textColour, textLines } from './text-layout.js';
import { attr, boxDecisions, factDecisions, placeBox, safeGrid, turnedBox, widestAt150 } from './geometry.js';

/**
 * The design surfaces of model (null without print areas): {element, update(domains, texts,
 * artwork, notes)} (notes: area → {value, delta, currency}, the technique the page chose there). actions: the configurator's choose, text, retract, decideAll and artwork(area, patch).
 */
export function createSurfaces(model, actions) {
  if (!model.printAreas.length) return null;
  const areas = model.printAreas.map((area) => createArea(model, area, actions));
  const element = h(
    'section',
    { class: 'step surface', id: 'surface', 'aria-labelledby': 'surface-title' },
    h('h2', { class: 'step-title', id: 'surface-title' }, h('span', { text: t('surface.title') })),
    h('p', { class: 'field-hint', text: t('surface.intro') }),
    areas.map((a) => a.element),
  );
  return {
    element,
    update(domains, texts, artwork, notes = {}) {
      for (const a of areas) a.update(domains, texts, artwork[a.id] || {}, notes[a.id] || null);
    },
  };
}

/**
 * The placed artwork for the 3D view (js/three/artwork3d.js): per area with an upload and a placed
 * box or a text, {area, widthMm, heightMm, box, rotation, url, widthPx, heightPx, text} (box and
 * url null without an image, text {lines, layout, colour} as areaText gives it, or null).
 */
export function placedArtwork(model, domains, artwork, texts = {}) {
  return model.printAreas.flatMap((area) => {
    const art = artwork[area.id] || {};
    const box = boxOf(domains, area);
    const text = areaText(model, area, domains, texts, art);
    const image = art.upload && box ? art.upload : null;
    if (!image && !text) return [];
    const { url, widthPx, heightPx } = image || {};
    return [{ area: area.id, widthMm: area.widthMm, heightMm: area.heightMm, box: image ? box : null, rotation: art.rotation || 0, url, widthPx, heightPx, text, front: art.front || 'image' }];
  });
}

/**
 * text attribute → the degrees its text is turned on the print area that carries it (the flat
 * picture turns it alike); attributes of unturned texts are left out.
 */
export function textTurns(model, domains, artwork) {
  const turns = {};
  for (const area of model.printAreas) {
    const rotation = artwork[area.id]?.textAt?.rotation || 0;
    if (!rotation || !area.text || (area.text.place && decided(domains, area.text.place) !== area.id)) continue;
    for (const a of area.text.attributes) turns[a] = rotation;
  }
  return turns;
}

/**
 * The text area carries in the design, laid out as the print file draws it: {lines, layout,
 * colour}, or null (no text style, not placed here, nothing typed).
 */
export function areaText(model, area, domains, texts, art) {
  const style = area.text;
  if (!style || (style.place && decided(domains, style.place) !== area.id)) return null;
  const given = Object.fromEntries(style.attributes.filter((a) => decided(domains, a) === GIVEN).map((a) => [a, texts[a]]));
  const lines = textLines(style, given);
  const layout = layoutText(area, style, lines, Number(decided(domains, attr(area, 'text_mm'))) || null, art?.textAt || null);
  return layout ? { lines, layout, colour: textColour(style, style.colourAttribute ? decided(domains, style.colourAttribute) : null) } : null;
}

/** The width (mm) of an image of aspect (height / width) turned by rotation that fills box. */
function imageWidth(box, aspect, rotation) {
  const unit = turnedBox(1, aspect, rotation);
  return Math.min(box.w / unit.w, box.h / unit.h);
}

const centreOf = (box) => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 });
const key = (box) => (box ? `${box.x},${box.y},${box.w},${box.h}` : null);

/** The decided placed box of area, or null. */
function boxOf(domains, area) {
  const v = ['x', 'y', 'width', 'height'].map((w) => decided(domains, attr(area, w)));
  return v.every((x) => x !== null) ? { x: Number(v[0]), y: Number(v[1]), w: Number(v[2]), h: Number(v[3]) } : null;
}

/**
 * The text attribute drawn on area (the model's text style, catalogue printAreas[].text): {text,
 * place} (place null when the text always goes here, as the jeans' patch_text), or null.
 */
function linkedText(model, area) {
  const style = area.text;
  const text = style?.attributes?.length ? model.attribute(style.attributes[0]) : null;
  return text ? { text, place: style.place ? model.attribute(style.place) : null } : null;
}

function decided(domains, id) {
  const d = domains.get(id);
  return d && d.decided !== null && d.decided !== '~' ? d.decided : null;
}

function createArea(model, area, actions) {
  const name = label(area.label);
  const link = linkedText(model, area);
  let state = { domains: new Map(), texts: {}, art: {}, box: null };
  let redraw = null;
  // Text is measured in the print files' font: draw again once it has loaded.
  document.fonts?.load(`10px "Atelier Print"`).then(() => redraw?.(), () => {});
  const aspect = () => state.art.upload.heightPx / state.art.upload.widthPx;
  const rotation = () => state.art.rotation || 0;
  const centre = () => (state.box ? centreOf(state.box) : null);
  const place = (box) => actions.decideAll(boxDecisions(area, state.box, box));
  const safe = safeGrid(area);
  // Resizing remembers the image's own width and centre with the box they gave: turning starts
  // from them, not from the box (rounded to the grid and held in the safe area), so turning
  // neither wears the image down nor walks it off, and turning back gives the box back.
  const sized = (box) => {
    actions.artwork(area.id, { fit: { imageMm: imageWidth(box, aspect(), rotation()), centre: centreOf(box), box: key(box) } });
    place(box);
  };

  const canvas = createAreaCanvas(area, name, {
    move: (x, y) => state.box && place(placeBox(area, aspect(), state.box.w, rotation(), { x: x + state.box.w / 2, y: y + state.box.h / 2 })),
    scale: (w) => state.box && sized(placeBox(area, aspect(), w, rotation(), centre())),
    moveText: (x, y) => actions.artwork(area.id, { textAt: { x: Math.min(Math.max(x, safe.x0), safe.x1), y: Math.min(Math.max(y, safe.y0), safe.y1), rotation: state.art.textAt?.rotation || 0 } }),
  });
  const drop = h('div', { class: 'surface-canvas' }, canvas.element);
  // An upload's facts and a first placement (as large as is sharp, centred): one change, queued
  // after the upload (the page stays busy throughout).
  // Resolves to {placed, reason}: the page says the art is placed only when it is.
  const upload = createUpload(area, name, drop, actions.busy, (answer) => {
    const ratio = answer.heightPx / answer.widthPx;
    const box = placeBox(area, ratio, Math.min(widestAt150(answer.widthPx), safe.x1 - safe.x0), 0);
    const fit = { imageMm: imageWidth(box, ratio, 0), centre: centreOf(box), box: key(box) };
    return actions.placeUpload(area.id, { upload: answer, rotation: 0, fit }, [...factDecisions(model, area, answer), ...boxDecisions(area, null, box)]);
  });

  const sizeId = `size-${area.id}`;
  const size = h('input', { type: 'range', id: sizeId, min: 5, max: safe.x1 - safe.x0, step: 5, 'aria-describedby': `${sizeId}-hint` });
  const sizeOut = h('output', { for: sizeId, class: 'surface-value' });
  const sizeHint = h('p', { class: 'field-hint', id: `${sizeId}-hint` });
  size.addEventListener('change', () => state.box && sized(placeBox(area, aspect(), Number(size.value), rotation(), centre())));
  const turnId = `rotate-${area.id}`;
  const turn = h('input', { type: 'range', id: turnId, min: 0, max: 345, step: 15, value: 0 });
  const turnOut = h('output', { for: turnId, class: 'surface-value' });
  turn.addEventListener('change', () => {
    if (!state.box) return;
    const to = Number(turn.value);
    const fit = state.art.fit?.box === key(state.box) ? state.art.fit : { imageMm: imageWidth(state.box, aspect(), rotation()), centre: centre() };
    const box = placeBox(area, aspect(), fit.imageMm * turnedBox(1, aspect(), to).w, to, fit.centre);
    actions.artwork(area.id, { rotation: to, fit: { ...fit, box: key(box) } });
    place(box);
  });
  const layer = h('button', { type: 'button', class: 'button secondary small', id: `layer-${area.id}` });
  layer.addEventListener('click', () => actions.artwork(area.id, { front: state.art.front === 'text' ? 'image' : 'text' }));
  const imageTools = h(
    'div',
    { class: 'surface-tools' },
    h('label', { class: 'field-label', for: sizeId, text: t('surface.size') }),
    h('div', { class: 'surface-row' }, size, sizeOut),
    sizeHint,
    h('label', { class: 'field-label', for: turnId, text: t('surface.rotate') }),
    h('div', { class: 'surface-row' }, turn, turnOut),
  );

  // Turning the text keeps its centre where it is drawn now (the model's position until moved).
  const turnText = (rotation) => {
    const text = areaText(model, area, state.domains, state.texts, state.art);
    if (text) actions.artwork(area.id, { textAt: { x: text.layout.centre.x, y: text.layout.centre.y, rotation } });
  };
  const textParts = link ? textControls(model, area, link, actions, turnText) : null;
  const technique = createField(model, model.attribute(attr(area, 'technique')), actions);
  // Art or text with no technique is never made: the technique the page chose for it, or a warning.
  const techniqueNote = h('p', { class: 'field-hint technique-note', id: `technique-note-${area.id}`, role: 'status' });
  const element = h(
    'fieldset',
    { class: 'surface-area', id: `surface-${area.id}`, 'data-area': area.id },
    h('legend', {}, h('span', { class: 'field-label', text: t('surface.area', { area: name, width: area.widthMm, height: area.heightMm }) })),
    h('div', { class: 'surface-body' }, drop, h('div', { class: 'surface-controls' }, upload.element, imageTools, textParts?.element, layer, techniqueNote, technique.element)),
  );

  return {
    id: area.id,
    element,
    update(domains, texts, art, note) {
      redraw = () => this.update(domains, texts, art, note);
      const box = boxOf(domains, area);
      state = { domains, texts, art, box };
      const text = areaText(model, area, domains, texts, art);
      const shown = Boolean(box && art.upload);
      imageTools.hidden = !shown;
      if (shown) {
        size.value = box.w;
        sizeOut.textContent = t('surface.box', { width: box.w, height: box.h });
        sizeHint.textContent = t('surface.sharp', { width: widestAt150(art.upload.widthPx) });
        turn.value = rotation();
        turnOut.textContent = `${rotation()}°`;
      }
      layer.hidden = !(shown && text);
      layer.textContent = art.front === 'text' ? t('surface.imageFront') : t('surface.textFront');
      canvas.draw({ box, upload: art.upload, rotation: rotation(), text, front: art.front || 'image' });
      textParts?.update(domains, texts, art, Boolean(text));
      const chosen = decided(domains, attr(area, 'technique'));
      // The page's choice keeps the values the art ruled out greyed, with their reasons.
      const techniqueDomain = domains.get(attr(area, 'technique')) || null;
      const kept = techniqueDomain && note && note.value === chosen && note.refused?.length ? { ...techniqueDomain, kept: note.refused } : techniqueDomain;
      technique.update(kept, texts);
      const bare = !chosen && Boolean(text || shown);
      techniqueNote.classList.toggle('warning', bare);
      if (note && note.value === chosen && (text || shown)) {
        const delta = note.delta ? signedMoney(note.delta, note.currency) : t('surface.noExtraCost');
        techniqueNote.textContent = t('surface.techniqueSet', { technique: model.valueLabel(attr(area, 'technique'), chosen), delta });
      } else {
        techniqueNote.textContent = bare ? t('surface.techniqueNeeded') : '';
      }
      techniqueNote.hidden = !techniqueNote.textContent;
    },
  };
}

/**
 * The area's text: the model's text attribute placed here, the area's text height field and the
 * text's rotation (turn(degrees) turns it about its centre).
 */
function textControls(model, area, link, actions, turn) {
  const id = `surface-text-${area.id}`;
  const a = model.attribute(link.text.id);
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert' });
  const input = h('input', { type: 'text', id, class: 'surface-text-input', maxlength: link.text.maxLength, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': error.id });
  input.addEventListener('change', () => {
    let text = input.value.trim();
    error.textContent = '';
    if (!text) {
      actions.retract(link.text.id);
      return;
    }
    if (!model.acceptsText(link.text.id, text)) text = text.toUpperCase();
    if (!model.acceptsText(link.text.id, text)) {
      // Said, as the form's own text field says it (a refused text did nothing visible before).
      input.setAttribute('aria-invalid', 'true');
      error.textContent = t('text.invalid', { max: a?.maxLength, allowed: a?.allowedCharacters || '' });
      return;
    }
    input.removeAttribute('aria-invalid');
    actions.text(link.text.id, text, false);
    if (link.place) actions.choose(link.place.id, area.id, false);
  });
  const height = createField(model, model.attribute(attr(area, 'text_mm')), actions);
  const turnId = `rotate-text-${area.id}`;
  const turnInput = h('input', { type: 'range', id: turnId, min: 0, max: 345, step: 15, value: 0 });
  const turnOut = h('output', { for: turnId, class: 'surface-value' });
  turnInput.addEventListener('change', () => turn(Number(turnInput.value)));
  const turnRow = h(
    'div',
    { class: 'surface-text-turn' },
    h('label', { class: 'field-label', for: turnId, text: t('surface.textRotate') }),
    h('div', { class: 'surface-row' }, turnInput, turnOut),
  );
  const element = h(
    'div',
    { class: 'surface-text' },
    h('label', { class: 'field-label', for: id, text: t('surface.text', { text: label(link.text.label) }) }),
    input,
    error,
    turnRow,
    height.element,
  );
  return {
    element,
    update(domains, texts, art, drawn) {
      const rotation = art?.textAt?.rotation || 0;
      turnRow.hidden = !drawn;
      turnInput.value = rotation;
      turnOut.textContent = `${rotation}°`;
      const here = (!link.place || decided(domains, link.place.id) === area.id) && decided(domains, link.text.id) === GIVEN;
      if (document.activeElement !== input) input.value = here ? texts[link.text.id] || '' : '';
      height.update(domains.get(attr(area, 'text_mm')) || null, texts);
    },
  };
}
