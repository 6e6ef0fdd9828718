// The shopper's artwork on the 3D product: one plane per print area that holds a placed upload,
// laid on the area's part (sneakers: the tongue, the heel; jeans: the back patch), with the image
// drawn into a canvas texture at its placed box and rotation. Called by view3d.js after every
// rebuild; images are loaded once per address and redrawn when they arrive.

import * as THREE from 'three';
import { CAP_PER_EM, PRINT_FONT } from '../artwork/text-layout.js';

/** Pixels of the texture per millimetre of the area. */
const PX_PER_MM = 8;

/**
 * Where each product's areas lie: the node carrying the plane and the plane's basis in that node
 * (columns: the area's right, the area's up, the surface normal) and its offset along the normal.
 * The heel's is no plane: a band wrapped round the back of the collar (see heelBand).
 */
const ANCHORS = {
  // Above the upper's dome, which covers the low tongue's middle (as the tongue's monogram is).
  tongue: { node: 'part:tongue', right: [0, 0, -1], up: [-1, 0, 0], normal: [0, 1, 0], at: [0, 0.0055, 0] },
  heel: { attribute: 'model' },
  backpatch: { node: 'patch=text', right: [1, 0, 0], up: [0, 1, 0], normal: [0, 0, 1], at: [0, 0, 0.0008] },
};

/** How far the heel's band stands off the collar (metres): above it, never inside it. */
const HEEL_LIFT = 0.0008;

const images = new Map(); // url -> HTMLImageElement (loading or loaded)

function image(url) {
  let img = images.get(url);
  if (!img) {
    img = new Image();
    img.src = url;
    images.set(url, img);
  }
  return img;
}

/**
 * The area's texture: transparent, the image turned in its box and the text where it is placed, in
 * the shopper's layer order (mm → px, y down as on screen).
 */
function texture(art, img) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(art.widthMm * PX_PER_MM);
  canvas.height = Math.round(art.heightMm * PX_PER_MM);
  const g = canvas.getContext('2d');
  if (art.front !== 'text') drawImage(g, art, img);
  if (art.text) {
    // As the print file and the flat surface lay it out (artwork/text-layout.js).
    const { lines, layout, colour } = art.text;
    g.fillStyle = colour;
    g.textAlign = 'center';
    g.textBaseline = 'alphabetic';
    g.font = `${(layout.cap / CAP_PER_EM) * PX_PER_MM}px ${PRINT_FONT}`;
    g.save();
    // Turned about the block's centre, clockwise (y down), as the print file turns it.
    const [cx, cy] = [layout.centre.x * PX_PER_MM, layout.centre.y * PX_PER_MM];
    g.translate(cx, cy);
    g.rotate(((layout.rotation || 0) * Math.PI) / 180);
    g.translate(-cx, -cy);
    lines.forEach((line, i) => g.fillText(line, layout.centre.x * PX_PER_MM, layout.baselines[i] * PX_PER_MM));
    g.restore();
  }
  if (art.front === 'text') drawImage(g, art, img);
  const map = new THREE.CanvasTexture(canvas);
  map.colorSpace = THREE.SRGBColorSpace;
  return map;
}

/** The image turned in its box, when it has loaded. */
function drawImage(g, art, img) {
  if (img?.complete && img.naturalWidth) {
    g.save();
    const { x, y, w, h } = art.box;
    const r = (art.rotation * Math.PI) / 180;
    const c = Math.abs(Math.cos(r));
    const s = Math.abs(Math.sin(r));
    const aspect = art.heightPx / art.widthPx;
    const iw = Math.min(w / (c + aspect * s), h / (s + aspect * c));
    g.translate((x + w / 2) * PX_PER_MM, (y + h / 2) * PX_PER_MM);
    g.rotate(r);
    g.drawImage(img, (-iw / 2) * PX_PER_MM, (-iw * aspect / 2) * PX_PER_MM, iw * PX_PER_MM, iw * aspect * PX_PER_MM);
    g.restore();
  }
}

/**
 * Adds the artwork planes to root (the product just built): artwork is a list of {area, widthMm,
 * heightMm, box {x, y, w, h}, rotation, url, widthPx, heightPx, text} (no url without an image;
 * text {lines, layout, colour} or null); values the design's values;
 * redraw() asks for a new frame. The planes are named "artwork:<area>".
 */
export function placeArtwork(root, artwork, values, redraw) {
  for (const art of artwork || []) {
    const anchor = ANCHORS[art.area];
    if (!anchor) continue;
    const parent = anchor.attribute ? meshOf(root, anchor.attribute) : root.getObjectByName(anchor.node);
    if (!parent) continue;
    const img = art.url ? image(art.url) : null;
    const material = new THREE.MeshStandardMaterial({ map: texture(art, img), transparent: true, roughness: 0.7, polygonOffset: true, polygonOffsetFactor: -3 });
    const plane = new THREE.Mesh(anchor.attribute ? heelBand(parent, art) : new THREE.PlaneGeometry(art.widthMm / 1000, art.heightMm / 1000), material);
    plane.name = `artwork:${art.area}`;
    plane.userData.printArea = art.area;
    plane.userData.box = art.box ? { ...art.box } : null;
    plane.userData.text = art.text ? { lines: art.text.lines, ...art.text.layout.centre, cap: art.text.layout.cap, rotation: art.text.layout.rotation || 0 } : null;
    if (!anchor.attribute) {
      plane.position.set(...anchor.at);
      const basis = new THREE.Matrix4().makeBasis(new THREE.Vector3(...anchor.right), new THREE.Vector3(...anchor.up), new THREE.Vector3(...anchor.normal));
      plane.quaternion.setFromRotationMatrix(basis);
    }
    parent.add(plane);
    // The text drawn here replaces the recipe's own text plate of the area (the monogram's).
    if (art.text) hideTextPlates(root, art.area);
    if (img && !img.complete) img.addEventListener('load', () => {
      material.map.dispose();
      material.map = texture(art, img);
      material.needsUpdate = true;
      redraw();
    }, { once: true });
  }
}

/** Hides the recipe's text plates on area (the monogram's spot when its place is area). */
function hideTextPlates(root, area) {
  root.traverse((o) => {
    if (o.isMesh && /=text$/.test(o.name) && o.parent?.name?.endsWith(`=${area}`)) o.visible = false;
  });
}

/** The first mesh under root showing attribute (the sneakers' collar shows the model). */
function meshOf(root, attribute) {
  let found = null;
  root.traverse((o) => {
    if (!found && o.isMesh && o.userData.attribute === attribute) found = o;
  });
  return found;
}

/**
 * The heel area as a band on the back of the collar (an open cone, in its own coordinates, whose
 * scale it shares): the area's width round the back, its height about the collar's middle, just
 * outside the collar's surface. The texture's left is on the shoe's left seen from behind (+z).
 */
function heelBand(collar, art) {
  const { radiusTop, radiusBottom, height } = collar.geometry.parameters;
  const h = Math.min(art.heightMm / 1000, height);
  const at = (y) => radiusBottom + ((y + height / 2) / height) * (radiusTop - radiusBottom) + HEEL_LIFT;
  const top = at(h / 2);
  const bottom = at(-h / 2);
  const arc = art.widthMm / 1000 / ((top + bottom) / 2);
  // Three's cylinder puts angle 0 at +z and turns towards +x: the back (-x) is at 3π/2.
  const geometry = new THREE.CylinderGeometry(top, bottom, h, 24, 1, true, (3 * Math.PI) / 2 - arc / 2, arc);
  return geometry;
}
