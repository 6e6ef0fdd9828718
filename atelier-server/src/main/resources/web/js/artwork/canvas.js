// The flat view of one print area (SVG, in millimetres): the area's outline, the 5 mm grid, the
// safe margin, the artwork (image turned in its placed box) and the text, in the shopper's layer
// order. The image and the text are dragged with the pointer or moved with the arrow keys (one grid
// step); the corner handle scales the image. Positions snap to the grid; each drop is one change.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { GRID, turnedBox } from './geometry.js';
import { CAP_PER_EM } from './text-layout.js';

const svg = (tag, attributes = {}, ...children) => h(`svg:${tag}`, attributes, ...children);

/** The SVG of area: {element, draw(view)}; handlers {move(x, y), scale(w), moveText(x, y)}. */
export function createAreaCanvas(area, name, handlers) {
  const W = area.widthMm;
  const H = area.heightMm;
  const m = area.safeMarginMm || 0;
  const grid = [];
  for (let x = GRID; x < W; x += GRID) grid.push(`M${x} 0V${H}`);
  for (let y = GRID; y < H; y += GRID) grid.push(`M0 ${y}H${W}`);
  const picture = svg('image', { preserveAspectRatio: 'none', class: 'art-picture' });
  const frame = svg('rect', { class: 'art-frame' });
  // The corner handle: 4 mm drawn, 8 mm to grab (a finger on a phone needs about 24 px).
  const handle = svg('rect', { class: 'art-handle', width: 4, height: 4 });
  const grab = svg('rect', { class: 'art-handle-hit', width: 8, height: 8 });
  const grip = svg('g', { class: 'art-grip', 'aria-hidden': 'true' }, grab, handle);
  const image = svg('g', { class: 'art-image', tabindex: '0', role: 'img', id: `art-image-${area.id}` }, picture, frame, grip);
  const text = svg('text', { class: 'art-text', tabindex: '0', role: 'img', id: `art-text-${area.id}`, 'text-anchor': 'middle' });
  const layers = svg('g', { class: 'art-layers' });
  const element = svg(
    'svg',
    { class: 'art-canvas', viewBox: `-3 -3 ${W + 6} ${H + 6}`, role: 'group', 'aria-label': t('surface.canvas', { area: name, width: W, height: H }) },
    svg('rect', { class: 'art-area', x: 0, y: 0, width: W, height: H, rx: 1 }),
    svg('path', { class: 'art-grid', d: grid.join('') }),
    svg('rect', { class: 'art-safe', x: m, y: m, width: W - 2 * m, height: H - 2 * m }),
    layers,
  );
  let view = null;

  /** Millimetres of a pointer event in the area's coordinates. */
  const at = (e) => {
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(element.getScreenCTM().inverse());
    return { x: p.x, y: p.y };
  };

  /** Drag: follow the pointer (snapped) and report the drop through done(dx, dy). */
  function drag(target, e, follow, done) {
    e.preventDefault();
    e.stopPropagation();
    const start = at(e);
    target.setPointerCapture?.(e.pointerId);
    let delta = { x: 0, y: 0 };
    const onMove = (ev) => {
      const p = at(ev);
      delta = { x: Math.round((p.x - start.x) / GRID) * GRID, y: Math.round((p.y - start.y) / GRID) * GRID };
      follow(delta);
    };
    const onUp = () => {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', onUp);
      target.removeEventListener('pointercancel', onUp);
      if (delta.x || delta.y) done(delta);
      else follow({ x: 0, y: 0 });
    };
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', onUp);
    target.addEventListener('pointercancel', onUp);
  }

  image.addEventListener('pointerdown', (e) => {
    if (!view?.box) return;
    if (grip.contains(e.target)) {
      drag(grip, e, (d) => grip.setAttribute('transform', `translate(${d.x} ${d.x})`), (d) => handlers.scale(view.box.w + d.x));
    } else {
      drag(image, e, (d) => image.setAttribute('transform', `translate(${d.x} ${d.y})`), (d) => handlers.move(view.box.x + d.x, view.box.y + d.y));
    }
  });
  text.addEventListener('pointerdown', (e) => {
    if (!view?.text) return;
    drag(text, e, (d) => text.setAttribute('transform', `translate(${d.x} ${d.y}) ${turned(view.text.layout)}`), (d) => handlers.moveText(view.text.layout.centre.x + d.x, view.text.layout.centre.y + d.y));
  });
  const ARROWS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  image.addEventListener('keydown', (e) => {
    const step = ARROWS[e.key];
    if (!step || !view?.box) return;
    e.preventDefault();
    handlers.move(view.box.x + step[0] * GRID, view.box.y + step[1] * GRID);
  });
  text.addEventListener('keydown', (e) => {
    const step = ARROWS[e.key];
    if (!step || !view?.text) return;
    e.preventDefault();
    handlers.moveText(view.text.layout.centre.x + step[0] * GRID, view.text.layout.centre.y + step[1] * GRID);
  });

  return {
    element,
    /**
     * view: {box {x, y, w, h} | null, upload, rotation, text {lines, layout (text-layout.js),
     * colour} | null, front}.
     */
    draw(next) {
      view = next;
      const { box, upload, rotation } = next;
      image.removeAttribute('transform');
      grip.removeAttribute('transform');
      text.removeAttribute('transform');
      image.style.display = box && upload ? '' : 'none';
      if (box && upload) {
        // The image fills its turned box: its own size follows from the box and the rotation.
        const aspect = upload.heightPx / upload.widthPx;
        const unit = turnedBox(1, aspect, rotation);
        const iw = Math.min(box.w / unit.w, box.h / unit.h);
        const ih = iw * aspect;
        const cx = box.x + box.w / 2;
        const cy = box.y + box.h / 2;
        picture.setAttribute('href', upload.url);
        picture.setAttribute('x', cx - iw / 2);
        picture.setAttribute('y', cy - ih / 2);
        picture.setAttribute('width', iw);
        picture.setAttribute('height', ih);
        picture.setAttribute('transform', `rotate(${rotation} ${cx} ${cy})`);
        for (const [k, v] of Object.entries({ x: box.x, y: box.y, width: box.w, height: box.h })) frame.setAttribute(k, v);
        handle.setAttribute('x', box.x + box.w - 2);
        handle.setAttribute('y', box.y + box.h - 2);
        grab.setAttribute('x', box.x + box.w - 4);
        grab.setAttribute('y', box.y + box.h - 4);
        image.setAttribute('aria-label', t('surface.imageAt', { area: name, width: box.w, height: box.h, x: box.x, y: box.y, rotation }));
      }
      text.style.display = next.text ? '' : 'none';
      if (next.text) {
        // As the print file draws it: the shipped font, capitals layout.cap tall, centred.
        const { lines, layout, colour } = next.text;
        text.replaceChildren(...lines.map((line, i) => svg('tspan', { x: layout.centre.x, y: layout.baselines[i] }, line)));
        text.setAttribute('font-size', layout.cap / CAP_PER_EM);
        text.setAttribute('fill', colour);
        text.dataset.x = layout.centre.x;
        text.dataset.y = layout.centre.y;
        text.dataset.cap = layout.cap;
        text.dataset.rotation = layout.rotation || 0;
        if (layout.rotation) text.setAttribute('transform', turned(layout));
        const [x, y] = [layout.centre.x, layout.centre.y].map((v) => Math.round(v * 10) / 10);
        text.setAttribute('aria-label', t('surface.textAt', { area: name, text: lines.join(' '), x, y }));
      }
      // Reordered only when the layer order changes: moving the focused text or image out of the
      // document and back would lose the keyboard's focus after each arrow key.
      const order = next.front === 'text' ? [image, text] : [text, image];
      if (layers.firstChild !== order[0] || layers.lastChild !== order[1]) layers.replaceChildren(...order);
    },
  };
}

/** The SVG transform that turns a text layout about its centre ('' when unturned). */
function turned(layout) {
  return layout.rotation ? `rotate(${layout.rotation} ${layout.centre.x} ${layout.centre.y})` : '';
}
