// The design surface's arithmetic, in millimetres on the model's 5 mm grid: the placed box of a
// rotated image, where it may go inside the safe area, and the artwork facts of an upload.

/** The grid step of placement attributes (size and position), mm. */
export const GRID = 5;

/** The resolution the model asks for (print-areas.md): pixels per inch at the placed size. */
export const DPI = 150;

const down = (mm) => Math.floor(mm / GRID) * GRID;
const up = (mm) => Math.ceil(mm / GRID) * GRID;

/** The generated attribute ids of area ("tongue") for what ("x", "technique", "px_w"). */
export function attr(area, what) {
  return `${area.id}_${what}`;
}

/** The box around a w × h image turned by deg degrees. */
export function turnedBox(w, h, deg) {
  const r = (deg * Math.PI) / 180;
  const c = Math.abs(Math.cos(r));
  const s = Math.abs(Math.sin(r));
  return { w: w * c + h * s, h: w * s + h * c };
}

/** The safe rectangle on the grid: {x0, y0, x1, y1} (positions and far edges the rules allow). */
export function safeGrid(area) {
  const m = area.safeMarginMm || 0;
  return { x0: up(m), y0: up(m), x1: down(area.widthMm - m), y1: down(area.heightMm - m) };
}

/** The widest box the pixels give at 150 dpi, on the grid (never below one grid step). */
export function widestAt150(px) {
  return Math.max(GRID, down((px * 25.4) / DPI));
}

/**
 * The placed box for a box width w (mm) of an image of aspect (height / width) turned by rotation:
 * the height follows on the grid, both fit the safe area, the box keeps its centre where it can.
 */
export function placeBox(area, aspect, w, rotation, centre = null) {
  const safe = safeGrid(area);
  const unit = turnedBox(1, aspect, rotation);
  let width = Math.min(Math.max(GRID, down(w)), safe.x1 - safe.x0);
  let height = Math.max(GRID, Math.round((width * unit.h) / unit.w / GRID) * GRID);
  if (height > safe.y1 - safe.y0) {
    height = safe.y1 - safe.y0;
    width = Math.min(width, Math.max(GRID, Math.round((height * unit.w) / unit.h / GRID) * GRID));
  }
  const cx = centre ? centre.x : (safe.x0 + safe.x1) / 2;
  const cy = centre ? centre.y : (safe.y0 + safe.y1) / 2;
  return { w: width, h: height, ...movedBox(area, { w: width, h: height }, cx - width / 2, cy - height / 2) };
}

/** The grid position nearest (x, y) for a box of size {w, h} inside the safe area: {x, y}. */
export function movedBox(area, box, x, y) {
  const safe = safeGrid(area);
  const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), Math.max(lo, hi));
  return {
    x: clamp(Math.round(x / GRID) * GRID, safe.x0, safe.x1 - box.w),
    y: clamp(Math.round(y / GRID) * GRID, safe.y0, safe.y1 - box.h),
  };
}

/**
 * The decisions of an upload's facts for area: pixels rounded down to 30 and capped at the
 * attribute's largest value, colours capped at theirs, photo or not (model: ProductModel). The
 * server sets the same facts from the stored upload when the request carries the artwork.
 */
export function factDecisions(model, area, upload) {
  const capped = (what, n, step) => {
    const a = model.attribute(attr(area, what));
    const top = a?.max ?? n;
    const low = a?.min ?? 0;
    return String(Math.max(low, Math.min(top, Math.floor(n / step) * step)));
  };
  return [
    { attribute: attr(area, 'px_w'), value: capped('px_w', upload.widthPx, 30) },
    { attribute: attr(area, 'px_h'), value: capped('px_h', upload.heightPx, 30) },
    { attribute: attr(area, 'colours'), value: capped('colours', upload.colours, 1) },
    { attribute: attr(area, 'photo'), value: String(Boolean(upload.photo)) },
  ];
}

/**
 * The placement decisions that take the box from old (null: none placed) to box, in an order
 * whose every step stays inside the safe area: per axis, a box moving towards the far edge
 * changes its size first, else its position first.
 */
export function boxDecisions(area, old, box) {
  const axis = (pos, size) => {
    const p = { attribute: attr(area, pos), value: String(box[pos]) };
    const s = { attribute: attr(area, size), value: String(box[size === 'width' ? 'w' : 'h']) };
    return old && box[pos] > old[pos] ? [s, p] : [p, s];
  };
  return [...axis('x', 'width'), ...axis('y', 'height')];
}
