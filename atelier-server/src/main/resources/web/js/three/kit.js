// What the 3D recipes build with (docs/preview-3d.md): the recipe context (values of the design,
// colours of the presentation, module instances), materials per kind of surface, named parts and
// personalization texts drawn on a canvas texture.

import * as THREE from 'three';

export const UNSET = '~';

/**
 * The design as a recipe reads it. values: attribute → value (chosen, forced or the ghost of an
 * open attribute); presentation: the model's layers (colours per value); texts: attribute → text;
 * software: WebGL drawn on the CPU (standard materials only, see surface).
 */
export class RecipeContext {
  constructor(presentation, attributeIds, values, texts, { software = false } = {}) {
    this.presentation = presentation;
    this.attributeIds = attributeIds;
    this.values = values;
    this.texts = texts;
    this.software = software;
    this.materials = new Map();
  }

  /** The value of an attribute, null when open or unset. */
  value(attribute) {
    const v = this.values[attribute];
    return v === undefined || v === null || v === UNSET ? null : v;
  }

  number(attribute, fallback) {
    const n = Number(this.value(attribute));
    return this.value(attribute) !== null && Number.isFinite(n) ? n : fallback;
  }

  on(attribute) {
    return this.value(attribute) === 'true';
  }

  text(attribute) {
    return this.texts[attribute] || '';
  }

  /** The presentation colour of the attribute's value (its SVG layer's), else fallback. */
  colour(attribute, fallback) {
    const value = this.value(attribute);
    const layer = this.presentation.layers.find((l) => l.attribute === attribute && l.value === value && l.colour);
    return layer ? layer.colour : fallback;
  }

  /** The present instance numbers of a module slot ("bays" → [1, 2, 3]). */
  instances(slot) {
    const numbers = new Set();
    const pattern = new RegExp(`^${slot.replace(/[[\]]/g, '\\$&')}\\[(\\d+)\\]\\.`);
    for (const id of this.attributeIds) {
      const m = pattern.exec(id);
      if (m && this.value(id) !== null) numbers.add(Number(m[1]));
    }
    return [...numbers].sort((a, b) => a - b);
  }

  /**
   * One material per attribute value and kind (shared by the parts showing it), named
   * "attribute=value". kind: see MATERIALS; colour: CSS colour.
   */
  material(attribute, kind, colour, extra = {}) {
    const name = `${attribute}=${this.value(attribute)}:${kind}:${colour}`;
    if (!this.materials.has(name)) {
      const m = surface({ ...MATERIALS[kind], ...extra, color: new THREE.Color(colour) }, this.software);
      m.name = `${attribute}=${this.value(attribute)}`;
      m.userData.kind = kind;
      this.materials.set(name, m);
    }
    return this.materials.get(name);
  }

  /** A material of a part no attribute colours. */
  plain(kind, colour) {
    const key = `:${kind}:${colour}`;
    if (!this.materials.has(key)) {
      const m = surface({ ...MATERIALS[kind], color: new THREE.Color(colour) }, this.software);
      m.name = kind;
      this.materials.set(key, m);
    }
    return this.materials.get(key);
  }
}

/** Parameters only the physical material has. */
const PHYSICAL = ['sheen', 'sheenRoughness', 'sheenColor', 'clearcoat', 'clearcoatRoughness'];

/**
 * A physical material where sheen or clear coat is asked for, a standard one otherwise (its
 * shader is smaller: quicker to compile and draw). With software GL always a standard one, and
 * metals half metal: there the view is lit by direct lights only (view3d.js light; no environment
 * for a metal to mirror) at a capped resolution where sheen and clear coat hardly show, and their
 * shaders took seconds to compile (docs/performance.md). userData.physical keeps what was asked.
 */
function surface(params, software) {
  const physical = PHYSICAL.filter((k) => k in params);
  if (!software) return params.sheen || params.clearcoat ? new THREE.MeshPhysicalMaterial(params) : new THREE.MeshStandardMaterial(params);
  const standard = Object.fromEntries(Object.entries(params).filter(([k]) => !physical.includes(k)));
  const m = new THREE.MeshStandardMaterial({ ...standard, metalness: Math.min(params.metalness ?? 0, 0.5) });
  if (physical.length) m.userData.physical = Object.fromEntries(physical.map((k) => [k, params[k]]));
  return m;
}

/** Surface kinds: fabric and suede have sheen, paint clear coat, metal is metal. */
export const MATERIALS = {
  fabric: { roughness: 0.9, metalness: 0, sheen: 1, sheenRoughness: 0.6, sheenColor: new THREE.Color('#ffffff') },
  suede: { roughness: 1, metalness: 0, sheen: 1, sheenRoughness: 0.9, sheenColor: new THREE.Color('#d0c8b8') },
  leather: { roughness: 0.45, metalness: 0, clearcoat: 0.3, clearcoatRoughness: 0.5 },
  paint: { roughness: 0.35, metalness: 0.2, clearcoat: 1, clearcoatRoughness: 0.08 },
  metal: { roughness: 0.3, metalness: 1 },
  plastic: { roughness: 0.5, metalness: 0 },
  rubber: { roughness: 0.85, metalness: 0 },
  wood: { roughness: 0.6, metalness: 0, clearcoat: 0.25, clearcoatRoughness: 0.4 },
  glass: { roughness: 0.05, metalness: 0, transparent: true, opacity: 0.3, depthWrite: false },
  paper: { roughness: 0.95, metalness: 0 },
  food: { roughness: 0.7, metalness: 0, sheen: 0.4, sheenRoughness: 0.8 },
};

/**
 * A part: a mesh (or group) named "attribute=value" (or "part:<name>" for parts no attribute
 * chooses), remembering the attribute it shows. Returns the object, added to parent.
 */
export function part(parent, name, object, attribute = null) {
  object.name = name;
  object.userData.attribute = attribute;
  parent.add(object);
  return object;
}

/** The node name of an attribute's value: "frame=alu". */
export function nodeName(ctx, attribute) {
  return `${attribute}=${ctx.value(attribute)}`;
}

/** A mesh of geometry and material at x, y, z (metres). */
export function mesh(geometry, material, x = 0, y = 0, z = 0) {
  const m = new THREE.Mesh(geometry, material);
  m.position.set(x, y, z);
  return m;
}

/** A tube along points (metres), radius r. */
export function tube(points, r, material, segments = 24, radial = 8) {
  const curve = new THREE.CatmullRomCurve3(points.map((p) => new THREE.Vector3(...p)));
  return new THREE.Mesh(new THREE.TubeGeometry(curve, segments, r, radial, false), material);
}

/** A straight rod between two points, radius r. */
export function rod(from, to, r, material, radial = 10) {
  const a = new THREE.Vector3(...from);
  const b = new THREE.Vector3(...to);
  const geometry = new THREE.CylinderGeometry(r, r, a.distanceTo(b), radial, 1);
  const m = new THREE.Mesh(geometry, material);
  m.position.copy(a).add(b).multiplyScalar(0.5);
  m.quaternion.setFromUnitVectors(new THREE.Vector3(0, 1, 0), b.clone().sub(a).normalize());
  return m;
}

/** A lathe: profile [[radius, height]...] turned around y. */
export function lathe(profile, material, segments = 32) {
  return new THREE.Mesh(new THREE.LatheGeometry(profile.map(([r, y]) => new THREE.Vector2(r, y)), segments), material);
}

/** An extrusion of a 2D outline [[x, y]...] by depth along z (centred), bevelled. */
export function extrude(outline, depth, material, bevel = 0.004) {
  const shape = new THREE.Shape(outline.map(([x, y]) => new THREE.Vector2(x, y)));
  const geometry = new THREE.ExtrudeGeometry(shape, {
    depth,
    bevelEnabled: bevel > 0,
    bevelThickness: bevel,
    bevelSize: bevel,
    bevelSegments: 2,
    curveSegments: 10,
  });
  geometry.translate(0, 0, -depth / 2);
  return new THREE.Mesh(geometry, material);
}

export function box(w, h, d, material, x = 0, y = 0, z = 0) {
  return mesh(new THREE.BoxGeometry(w, h, d), material, x, y, z);
}

/**
 * A personalization text on a plane of w × h metres (canvas texture on the plane's UVs), named
 * "<attribute>=text", facing +z before the caller turns it.
 */
export function textPlate(attribute, text, { w, h, colour = '#c9a227', font = 'Futura, "Avenir Next", sans-serif', background = null }) {
  const canvas = document.createElement('canvas');
  canvas.width = 512;
  canvas.height = Math.max(32, Math.round((512 * h) / w));
  const g = canvas.getContext('2d');
  if (background) {
    g.fillStyle = background;
    g.fillRect(0, 0, canvas.width, canvas.height);
  }
  g.fillStyle = colour;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  let size = canvas.height * 0.8;
  g.font = `700 ${size}px ${font}`;
  while (size > 8 && g.measureText(text).width > canvas.width * 0.9) {
    size -= 4;
    g.font = `700 ${size}px ${font}`;
  }
  g.fillText(text, canvas.width / 2, canvas.height / 2);
  const texture = new THREE.CanvasTexture(canvas);
  texture.colorSpace = THREE.SRGBColorSpace;
  texture.anisotropy = 4;
  const material = new THREE.MeshStandardMaterial({ map: texture, transparent: !background, roughness: 0.6, polygonOffset: true, polygonOffsetFactor: -2 });
  material.name = `${attribute}=text`;
  const plate = new THREE.Mesh(new THREE.PlaneGeometry(w, h), material);
  plate.name = `${attribute}=text`;
  plate.userData.attribute = attribute;
  plate.userData.text = text;
  return plate;
}

/**
 * The nodes recipe promises for the design in ctx: "attribute=value" for every attribute of
 * recipe.shows with a value ("slot[*].x" for each instance; yes/no ones only when yes).
 */
export function expectedNodes(recipe, ctx) {
  const ids = recipe.shows.flatMap((s) => {
    if (!s.includes('[*]')) return [s];
    const [slot, rest] = s.split('[*]');
    return ctx.instances(slot).map((n) => `${slot}[${n}]${rest}`);
  });
  return ids.filter((id) => ctx.value(id) !== null && ctx.value(id) !== 'false').map((id) => `${id}=${ctx.value(id)}`);
}

/** Names of the nodes under root (scene-graph assertions). */
export function nodeNames(root) {
  const names = [];
  root.traverse((o) => o.name && names.push(o.name));
  return names;
}

/** Triangles of the visible meshes under root (the budget is 30k a product). */
export function triangleCount(root) {
  let n = 0;
  root.traverseVisible((o) => {
    if (o.isMesh) n += (o.geometry.index ? o.geometry.index.count : o.geometry.attributes.position.count) / 3;
  });
  return n;
}

/**
 * Builds recipe for one design without drawing it (no WebGL needed): {nodes, missing, triangles}
 * (the test of every sampled configuration, RecipeConfigurationsTest).
 */
export function buildHeadless(recipe, presentation, attributeIds, values, texts) {
  const root = new THREE.Group();
  const ctx = new RecipeContext(presentation, attributeIds, values, texts);
  recipe.build(ctx, root);
  const names = new Set(nodeNames(root));
  const nodes = expectedNodes(recipe, ctx);
  const result = { nodes, missing: nodes.filter((n) => !names.has(n)), triangles: triangleCount(root) };
  root.traverse((o) => {
    if (!o.isMesh) return;
    o.geometry.dispose();
    for (const m of [o.material].flat()) {
      m.map?.dispose();
      m.dispose();
    }
  });
  return result;
}
