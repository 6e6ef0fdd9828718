// The personalization text of a print area laid out as the print file lays it out
// (printfile/TextLayout.java): the model's text style (catalogue `printAreas[].text`), the lines
// stacked with a gap of 0.6 capital heights, one capital height for all (the decided text height,
// else the model's size, else as tall as the safe area allows), made smaller where a line is wider
// than the safe area, centred on the shopper's point (or at the model's position), turned about it
// by the shopper's rotation and held inside the safe area (the turned block's bounding box). Drawn in the shipped font (Liberation Sans, served at /fonts/), so the surface,
// the 3D view and the print file agree.

/** The font of print files, as the page loads it (css/surface.css @font-face). */
export const PRINT_FONT = '"Atelier Print", "Liberation Sans", Arial, sans-serif';

/** Capital height per em of Liberation Sans (1409 / 2048 units). */
export const CAP_PER_EM = 0.688;

/** The gap between lines, in capital heights (TextLayout.GAP). */
const GAP = 0.6;

let ruler = null;

/** The width of line per millimetre of capital height, in the print font. */
function widthPerCap(line) {
  ruler ||= document.createElement('canvas').getContext('2d');
  ruler.font = `100px ${PRINT_FONT}`;
  return ruler.measureText(line).width / (100 * CAP_PER_EM);
}

/** The lines style draws on area from the design's texts ({attribute: text}), top to bottom. */
export function textLines(style, texts) {
  return (style?.attributes || []).map((a) => (texts[a] || '').trim()).filter((t) => t);
}

/** The colour of the text: the colour attribute's value's, else black. */
export function textColour(style, value) {
  return (value && style?.colours?.[value]) || '#000000';
}

/**
 * The text's layout on area (mm, y down): {cap, centre {x, y}, top, baselines [y...], width,
 * rotation}, or null without lines; the lines are drawn unturned at the baselines, then the block is
 * turned by rotation (degrees clockwise) about centre. heightMm: the decided text height (null: the
 * model's size or fit); at: the placed centre and rotation {x, y, rotation} (null: the model's
 * position, unturned).
 */
export function layoutText(area, style, lines, heightMm, at) {
  if (!lines.length) return null;
  const m = area.safeMarginMm || 0;
  const sw = area.widthMm - 2 * m;
  const sh = area.heightMm - 2 * m;
  const n = lines.length;
  const rows = n + (n - 1) * GAP;
  const size = heightMm || style?.sizeMm || null;
  let cap = size ? Math.min(size, sh / rows) : sh / rows;
  for (const line of lines) cap = Math.min(cap, sw / widthPerCap(line));
  const block = cap * rows;
  const width = Math.max(...lines.map((l) => widthPerCap(l) * cap));
  const within = (v, lo, hi) => (lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v)));
  let top = { top: m, centre: m + (sh - block) / 2, bottom: m + sh - block }[style?.position || 'bottom'];
  let x = area.widthMm / 2;
  const rotation = at?.rotation || 0;
  if (at) {
    // Held inside by the half extents of the turned block (TextLayout.java does the same).
    const turn = (rotation * Math.PI) / 180;
    const [cos, sin] = [Math.abs(Math.cos(turn)), Math.abs(Math.sin(turn))];
    const halfW = (cos * width + sin * block) / 2;
    const halfH = (sin * width + cos * block) / 2;
    x = within(at.x, m + halfW, m + sw - halfW);
    top = within(at.y, m + halfH, m + sh - halfH) - block / 2;
  }
  const baselines = lines.map((_, i) => top + cap + i * cap * (1 + GAP));
  return { cap, centre: { x, y: top + block / 2 }, top, baselines, width, rotation };
}
