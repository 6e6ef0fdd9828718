// The 3D product view (docs/preview-3d.md): a product's recipe (js/three/recipes/<product>.js)
// built into a three.js scene lit by RoomEnvironment, turned and zoomed with OrbitControls, drawn
// on demand (a frame per change, no loop). Named camera views fit the product's bounds; "show me
// why" lights up the parts chosen by the decisions in the way and moves the camera to them.
// window.__atelier.scene and friends are the test hook (scene-graph and pixel checks).

import * as THREE from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
import { placeArtwork } from './artwork3d.js';
import { RecipeContext, expectedNodes, nodeNames, triangleCount } from './kit.js';
import { webGl2 } from './early.js';

const HIGHLIGHT = new THREE.Color('#ff8a00');
/** Points inside a triangle (barycentric weights): the centroid first (see samplePoint). */
const BARYCENTRES = [[1 / 3, 1 / 3, 1 / 3], [0.6, 0.2, 0.2], [0.2, 0.6, 0.2], [0.2, 0.2, 0.6], [0.4, 0.4, 0.2], [0.4, 0.2, 0.4], [0.2, 0.4, 0.4], [0.8, 0.1, 0.1], [0.1, 0.8, 0.1], [0.1, 0.1, 0.8]];

/**
 * Software WebGL (SwiftShader, llvmpipe) draws every pixel on the CPU (docs/performance.md, 3D):
 * there the view has no multisampling, a drawing buffer of at most SOFTWARE_PIXELS pixels, direct
 * lights instead of the environment (see light) and standard materials only (kit.js: no sheen nor
 * clear coat, whose shaders cost seconds to compile and a second lobe per pixel).
 */
const SOFTWARE_PIXELS = 400 * 300;

/** The pixel ratio of a css-sized canvas: the screen's (at most 2), capped for software GL. */
function pixelRatio(canvas, software) {
  const screen = Math.min(window.devicePixelRatio || 1, 2);
  if (!software) return screen;
  const css = Math.max(1, (canvas.clientWidth || 1) * (canvas.clientHeight || 1));
  return Math.min(screen, Math.sqrt(SOFTWARE_PIXELS / css));
}

/**
 * Lights scene: RoomEnvironment's image-based light (PMREM) on a GPU; with software GL a sky light
 * and a light at the camera instead, since there the PMREM (its shaders and blur passes) took most
 * of the first frame and sampling it most of every frame.
 */
function light(scene, camera, renderer, software) {
  if (software) {
    scene.add(new THREE.HemisphereLight(0xffffff, 0x8a8278, 1.6));
    const head = new THREE.DirectionalLight(0xffffff, 1.8);
    head.position.set(0.3, 0.6, 1); // above and beside the eye; its target stays at the origin
    camera.add(head, head.target);
    scene.add(camera);
    return;
  }
  const pmrem = new THREE.PMREMGenerator(renderer);
  const room = new RoomEnvironment();
  scene.environment = pmrem.fromScene(room, 0.04).texture;
  room.dispose();
  pmrem.dispose();
}

/** Waits until the GL has done everything asked so far (a 1×1 read-back): honest phase times. */
function finish(renderer) {
  const gl = renderer.getContext();
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

/**
 * Compiles and draws one small mesh in the plain standard material every recipe uses and keeps
 * the material, whose program three.js keeps while it lives: with software GL that shader is
 * compiled and the rasterizer's routines built while the configurator loads, not in the first
 * frame. Asynchronous (parallel shader compilation, no read-back). Only the one material: warming
 * every kind (two-sided, transparent, textured) cost more CPU than it saved (docs/performance.md).
 */
async function warmUp(renderer, scene, camera) {
  const material = new THREE.MeshStandardMaterial();
  const geometry = new THREE.BoxGeometry(0.1, 0.1, 0.1);
  const mesh = new THREE.Mesh(geometry, material).translateZ(-1);
  scene.add(mesh);
  await renderer.compileAsync(scene, camera);
  renderer.render(scene, camera);
  scene.remove(mesh);
  geometry.dispose();
  return [material];
}

/**
 * The part of a view that needs no design (early.js starts it while the configurator loads): the
 * recipe, the renderer on canvas, the scene, its camera and lights, and with software GL the warmed
 * shaders. phases: milliseconds of each step; started: when it began (the view's start).
 */
export async function prepare(canvas, product) {
  const clock = { started: performance.now(), phases: {} };
  clock.mark = clock.started;
  clock.lap = (name) => {
    const now = performance.now();
    clock.phases[name] = Math.round(now - clock.mark);
    clock.mark = now;
  };
  const recipe = (await import(`./recipes/${product}.js`)).default;
  clock.lap('recipe');
  const software = webGl2() === 'software';
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: !software, alpha: true });
  renderer.setPixelRatio(pixelRatio(canvas, software));
  renderer.toneMapping = THREE.ACESFilmicToneMapping;
  clock.lap('context');
  performance.mark('atelier:context');
  const scene = new THREE.Scene();
  const camera = new THREE.PerspectiveCamera(35, 1, 0.01, 100);
  light(scene, camera, renderer, software);
  clock.lap('environment');
  const warm = software ? await warmUp(renderer, scene, camera) : [];
  if (software) clock.lap('warm-up');
  performance.mark('atelier:prepared');
  return { canvas, product, recipe, software, renderer, scene, camera, warm, clock };
}

/**
 * The values the configurator draws its first answer with (configurator.js update(): decided, the
 * only one offered, else the first offered of a non-yes/no attribute) and the attributes it passes
 * (print areas' own attributes left out): {values, ids}.
 */
function firstDesign(detail, domains) {
  const artwork = new Set((detail.printAreas || []).flatMap((p) => p.attributes));
  const attributes = detail.attributes.filter((a) => !artwork.has(a.id));
  const byId = new Map(domains.attributes.map((d) => [d.attribute, d]));
  const values = {};
  for (const a of attributes) {
    const d = byId.get(a.id);
    if (!d) continue;
    if (d.decided !== null) values[a.id] = d.decided;
    else if (d.offered.length === 1 || (a.kind !== 'boolean' && d.offered.length)) values[a.id] = d.offered[0];
  }
  return { values, ids: attributes.map((a) => a.id) };
}

/** What a first update must match to take the primed product as it is (see prime). */
function designKey(values, texts, artwork) {
  return JSON.stringify([Object.entries(values).sort(), Object.entries(texts).sort(), artwork.length]);
}

/**
 * Draws the first design once, off screen, before the page shows its first answer (with software
 * GL): answer is early.js's {detail, domains} promise (null: nothing drawn). The recipe is built,
 * its shaders compiled in parallel (compileAsync: the main thread does not wait for them) and drawn
 * once on the detached canvas, so SwiftShader has compiled the programs and built the draw routines
 * while the configurator's modules load; the view's first visible frame is then a plain draw. The
 * built product is kept (prepared.primed) for a first update with the same design; its materials
 * stay alive in any case (warm), since three.js deletes a program with its last material.
 */
export async function prime(prepared, answer) {
  const first = await answer;
  if (!first || !prepared.software) return prepared;
  const { recipe, renderer, scene, camera, warm, clock } = prepared;
  try {
    const { values, ids } = firstDesign(first.detail, first.domains);
    const context = new RecipeContext(first.detail.presentation, ids, values, {}, { software: true });
    const group = new THREE.Group();
    recipe.build(context, group);
    const meshes = [];
    group.traverse((o) => o.isMesh && meshes.push(o));
    // Drawn whatever the camera sees (it is not placed yet): every part's pipeline gets built.
    for (const mesh of meshes) mesh.frustumCulled = false;
    scene.add(group);
    await renderer.compileAsync(scene, camera);
    renderer.render(scene, camera);
    scene.remove(group);
    for (const mesh of meshes) mesh.frustumCulled = true;
    warm.push(...new Set(meshes.flatMap((m) => [m.material].flat())));
    clock.lap('prime');
    return { ...prepared, primed: { key: designKey(values, {}, []), ids: ids.join(), group, context } };
  } catch (error) {
    console.warn('3D view: not drawn ahead', error);
    return prepared;
  }
}

/** Parts kept for freeing after the next frame before an update frees them at once. */
const MAX_RETIRED = 256;

/**
 * A view of product in canvas (already in the page): {update, view, reset, showWhy, dispose}.
 * early: prepare's promise for this canvas and product when early.js started it, else null.
 */
export async function createView(canvas, product, presentation, attributeIds, early = null) {
  const { recipe, software, renderer, scene, camera, warm, clock, primed } = await (early ?? prepare(canvas, product));
  let ahead = primed ?? null; // the first design, built and drawn ahead (see prime)
  const { started, phases, lap } = clock;
  lap('until the stage');
  const controls = new OrbitControls(camera, canvas);
  controls.enableDamping = false;
  controls.enablePan = false;
  const product3d = new THREE.Group();
  product3d.name = `product:${product}`;
  scene.add(product3d);
  const views = recipe.views;
  // The camera view that shows each print area (recipe.areaViews): turned to when the shopper
  // changes that area's artwork, so the heel's text is not edited behind the shoe.
  const areaViews = recipe.areaViews || {};
  let lastArtwork = null;
  const state = { view: Object.keys(views)[0], highlighted: [], frames: 0, firstFrameMs: null, firstFrameAt: null, software, phases };
  let pending = 0; // the animation frame asked for (requestRender), 0 when none
  // Parts an update took out, freed once the next frame is drawn: three.js deletes a program with
  // its last material, so freeing them first had every change recompile the shaders the new parts
  // use too (seconds with software GL). localStorage atelier.3d.disposeAtOnce=1: the old way
  // (the benchmark's baseline).
  let retired = [];

  /** Frees the parts retired by updates (after a frame, whose materials now hold the programs). */
  function freeRetired() {
    for (const object of retired) dispose(object);
    retired = [];
  }

  function render() {
    // Nothing to draw before the first design (the canvas's first resize comes before it).
    if (!product3d.children.length) return;
    const first = state.firstFrameMs === null;
    // Read-backs that make the phases honest hold the page's main thread until the GL is done
    // (seconds with software GL): only when a benchmark asks (window.__atelierMeasure).
    const measure = first && window.__atelierMeasure === true;
    if (first) {
      lap('waiting'); // for the design and the next animation frame
      const programs = renderer.info.programs.length;
      renderer.compile(scene, camera);
      if (measure) finish(renderer);
      lap('compile');
      phases['new programs'] = renderer.info.programs.length - programs;
    }
    renderer.render(scene, camera);
    state.frames++;
    freeRetired();
    if (first) {
      if (measure) finish(renderer);
      lap('draw');
      state.firstFrameAt = performance.now(); // since the page's navigation started
      state.firstFrameMs = state.firstFrameAt - started; // since the view began loading its recipe
      performance.mark('atelier:first-frame');
    }
  }

  function requestRender() {
    if (pending) return;
    pending = requestAnimationFrame(() => {
      pending = 0;
      render();
    });
  }

  /** Draws now, in this task (and not again in the frame asked for). */
  function renderNow() {
    cancelAnimationFrame(pending);
    pending = 0;
    render();
  }

  function resize() {
    const w = canvas.clientWidth || 1;
    const h = canvas.clientHeight || 1;
    if (software && renderer.getPixelRatio() !== pixelRatio(canvas, software)) renderer.setPixelRatio(pixelRatio(canvas, software));
    if (canvas.width !== Math.round(w * renderer.getPixelRatio()) || canvas.height !== Math.round(h * renderer.getPixelRatio())) {
      renderer.setSize(w, h, false);
      camera.aspect = w / h;
      camera.updateProjectionMatrix();
      requestRender();
    }
  }

  /**
   * Puts the camera on direction dir (from the centre of box) at the distance where every corner
   * of box is in the picture (the product fills the frame, whatever its shape and the canvas's).
   */
  function fit(box, dir) {
    const centre = box.getCenter(new THREE.Vector3());
    const d = new THREE.Vector3(...dir).normalize();
    // The camera's axes as lookAt makes them (camera.up is y; OrbitControls keeps it so).
    const right = new THREE.Vector3().crossVectors(camera.up, d);
    if (right.lengthSq() < 1e-8) right.set(1, 0, 0);
    right.normalize();
    const upright = new THREE.Vector3().crossVectors(d, right);
    const tanV = Math.tan(THREE.MathUtils.degToRad(camera.fov) / 2);
    const tanH = tanV * camera.aspect;
    let distance = 0.05;
    for (let k = 0; k < 8; k++) {
      const corner = new THREE.Vector3(k & 1 ? box.max.x : box.min.x, k & 2 ? box.max.y : box.min.y, k & 4 ? box.max.z : box.min.z).sub(centre);
      const towards = corner.dot(d);
      distance = Math.max(distance, towards + Math.abs(corner.dot(right)) / tanH, towards + Math.abs(corner.dot(upright)) / tanV);
    }
    distance *= 1.08;
    camera.position.copy(centre).addScaledVector(d, distance);
    camera.near = distance / 50;
    camera.far = distance * 10;
    camera.updateProjectionMatrix();
    controls.target.copy(centre);
    controls.minDistance = distance / 6;
    controls.maxDistance = distance * 3;
    controls.update();
    requestRender();
  }

  function view(name) {
    state.view = views[name] ? name : Object.keys(views)[0];
    const box = new THREE.Box3().setFromObject(product3d);
    if (box.isEmpty()) return requestRender(); // nothing to frame yet: the next update fits it
    state.fitted = true;
    fit(box, views[state.view]);
  }

  /**
   * The first print area whose artwork differs from the last update's and that the recipe names a
   * view for (null on the first update or when none changed).
   */
  function changedArea(artwork) {
    const now = new Map((artwork || []).map((a) => [a.area, JSON.stringify([a.box, a.rotation, a.url, a.front, a.text?.lines, a.text?.layout])]));
    const before = lastArtwork;
    lastArtwork = now;
    if (!before) return null;
    for (const [area, shown] of now) if (before.get(area) !== shown && views[areaViews[area]]) return area;
    return null;
  }

  /** Looks at area's artwork from its view, framing the area and as much again round it. */
  function frameArea(area) {
    const plane = product3d.getObjectByName(`artwork:${area}`);
    if (!plane) return view(areaViews[area]);
    product3d.updateMatrixWorld(true); // just built: its parents' matrices are not drawn yet
    const box = new THREE.Box3().setFromObject(plane);
    box.expandByVector(box.getSize(new THREE.Vector3()));
    state.view = areaViews[area];
    fit(box, views[state.view]);
  }

  /** Frees object's geometries and textures, and its materials unless they are kept (warm). */
  function dispose(object, materials = true) {
    object.traverse((o) => {
      if (!o.isMesh) return;
      o.geometry.dispose();
      for (const m of [o.material].flat()) {
        if (m.map) m.map.dispose();
        if (materials) m.dispose();
      }
    });
  }

  function clearHighlight() {
    for (const { mesh, material } of state.highlighted) {
      mesh.material.dispose();
      mesh.material = material;
    }
    state.highlighted = [];
  }

  /** The meshes showing one of attributes (the node's own attribute or an enclosing node's). */
  function meshesOf(attributes) {
    const found = [];
    product3d.traverse((o) => {
      if (!o.isMesh) return;
      for (let p = o; p && p !== product3d; p = p.parent) {
        if (p.userData.attribute && attributes.has(p.userData.attribute)) {
          found.push(o);
          break;
        }
      }
    });
    return found;
  }

  const api = {
    scene,
    camera,
    renderer,
    recipe,
    state,
    /** Rebuilds the product for the design's values and texts (see RecipeContext). */
    update(values, texts, artwork = []) {
      clearHighlight();
      const first = product3d.children.length === 0;
      const atOnce = localStorage.getItem('atelier.3d.disposeAtOnce') === '1';
      // Updates with no frame between them (a hidden tab, a script) would pile parts up: bounded.
      if (retired.length > MAX_RETIRED) freeRetired();
      for (const child of [...product3d.children]) {
        product3d.remove(child);
        retired.push(child);
      }
      if (atOnce) freeRetired();
      if (first) lap('until update');
      const reuse = ahead && ahead.key === designKey(values, texts, artwork) && ahead.ids === attributeIds.join();
      if (ahead && !reuse) dispose(ahead.group, false);
      const ctx = reuse ? ahead.context : new RecipeContext(presentation, attributeIds, values, texts, { software });
      if (reuse) product3d.add(...ahead.group.children);
      else recipe.build(ctx, product3d);
      ahead = null;
      placeArtwork(product3d, artwork, values, requestRender);
      if (first) lap('build');
      api.context = ctx;
      resize();
      const area = changedArea(artwork);
      if (!state.fitted) view(state.view);
      else if (area) frameArea(area);
      else requestRender();
      // The first frame is drawn at once, not in the next animation frame: stage.js shows the view
      // once the page's answer has gone out (quiet.js), so it goes out with the frame under way, a
      // frame sooner (session 16). localStorage "atelier.view3d.firstNow" = "off": the old way.
      if (first && localStorage.getItem('atelier.view3d.firstNow') !== 'off') renderNow();
    },
    view,
    reset() {
      view(Object.keys(views)[0]);
    },
    /**
     * Lights up the parts of the attributes in the way (conflicts) and frames them: how many
     * meshes it found (0: none of them is drawn; the camera stays).
     */
    showWhy(conflicts) {
      clearHighlight();
      const meshes = meshesOf(new Set(conflicts));
      for (const mesh of meshes) {
        const material = mesh.material.clone();
        if (material.emissive) {
          material.emissive = HIGHLIGHT.clone();
          material.emissiveIntensity = 0.55;
        }
        state.highlighted.push({ mesh, material: mesh.material });
        mesh.material = material;
      }
      if (meshes.length) {
        const box = new THREE.Box3();
        for (const m of meshes) box.expandByObject(m);
        const dir = camera.position.clone().sub(controls.target);
        fit(box, [dir.x, dir.y, dir.z]);
      }
      requestRender();
      return meshes.length;
    },
    clearHighlight() {
      clearHighlight();
      requestRender();
    },
    render,
    resize,
    /** The shader programs and geometries three.js holds on the GPU (leak checks). */
    memory() {
      return { programs: renderer.info.programs.length, geometries: renderer.info.memory.geometries, textures: renderer.info.memory.textures };
    },
    /** Triangles of the visible meshes. */
    triangles() {
      return triangleCount(product3d);
    },
    /** The nodes the recipe promises for the design drawn last (see kit.js expectedNodes). */
    expectedNodes() {
      return expectedNodes(recipe, api.context);
    },
    /** The expected nodes that are not in the scene (none when the recipe keeps its promise). */
    missingNodes() {
      const names = new Set(api.names());
      return api.expectedNodes().filter((n) => !names.has(n));
    },
    /** Names of the nodes of the product (scene-graph assertions). */
    names() {
      return nodeNames(product3d);
    },
    /**
     * A point on node name's own geometry that the camera sees, well inside the part (not on an
     * edge, nor in the air of a wheel's hub): the centre of the pixel under a point inside one of
     * the node's visible triangles, largest on screen first (its centroid, then on a big triangle
     * points spread inside), the first whose pixel shows the node first. {x, y} in CSS pixels from the canvas's top left, px/py in drawing-buffer pixels from
     * the bottom left, world (the point), hit (false: every triangle is hidden; then the best
     * one's point). Null when the node is not in the scene or has no visible triangle.
     */
    samplePoint(name) {
      const node = product3d.getObjectByName(name);
      if (!node) return null;
      product3d.updateMatrixWorld(true);
      const gl = renderer.getContext();
      const width = gl.drawingBufferWidth;
      const height = gl.drawingBufferHeight;
      const [a, b, c] = [new THREE.Vector3(), new THREE.Vector3(), new THREE.Vector3()];
      const candidates = [];
      node.traverseVisible((o) => {
        if (!o.isMesh) return;
        const position = o.geometry.attributes.position;
        const index = o.geometry.index;
        const count = (index ? index.count : position.count) / 3;
        const step = Math.max(1, Math.floor(count / 600)); // a sample of a big mesh's triangles
        for (let t = 0; t < count; t += step) {
          const at = (k) => (index ? index.getX(3 * t + k) : 3 * t + k);
          a.fromBufferAttribute(position, at(0)).applyMatrix4(o.matrixWorld);
          b.fromBufferAttribute(position, at(1)).applyMatrix4(o.matrixWorld);
          c.fromBufferAttribute(position, at(2)).applyMatrix4(o.matrixWorld);
          const corners = [a.clone(), b.clone(), c.clone()];
          const [pa, pb, pc] = [a.project(camera), b.project(camera), c.project(camera)];
          const area = Math.abs((pb.x - pa.x) * (pc.y - pa.y) - (pc.x - pa.x) * (pb.y - pa.y)) * width * height / 8;
          if (area < 1) continue;
          // The centroid, and on a big triangle (a wall, a panel) points spread over its inside too.
          for (const [i, j, k] of area > 400 ? BARYCENTRES : BARYCENTRES.slice(0, 1)) {
            const world = corners[0].clone().multiplyScalar(i).addScaledVector(corners[1], j).addScaledVector(corners[2], k);
            candidates.push({ world, area });
          }
        }
      });
      if (!candidates.length) return null;
      candidates.sort((p, q) => q.area - p.area); // stable: a triangle's centroid before its other points
      const ray = new THREE.Raycaster();
      let best = null;
      for (const { world } of candidates.slice(0, 150)) {
        const ndc = world.clone().project(camera);
        if (Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1 || ndc.z > 1) continue;
        const px = Math.min(width - 1, Math.floor(((ndc.x + 1) / 2) * width));
        const py = Math.min(height - 1, Math.floor(((ndc.y + 1) / 2) * height));
        ray.setFromCamera(new THREE.Vector2(((px + 0.5) / width) * 2 - 1, ((py + 0.5) / height) * 2 - 1), camera);
        const first = ray.intersectObject(product3d, true).find((i) => i.object.visible);
        let hit = false;
        for (let p = first?.object; p; p = p.parent) if (p === node) hit = true;
        const point = { x: ((px + 0.5) / width) * canvas.clientWidth, y: (1 - (py + 0.5) / height) * canvas.clientHeight, px, py, world: world.toArray(), hit };
        if (hit) return point;
        best ??= point;
      }
      return best;
    },
    /**
     * Renders and reads the pixel at node name's sample point (see samplePoint): {x, y, rgba,
     * hit} (hit: the first surface there belongs to the node); null without a sample point.
     */
    probe(name) {
      return api.probeAll([name])[0];
    },
    /** probe for each of names, in one frame. */
    probeAll(names) {
      const points = names.map((n) => api.samplePoint(n));
      render();
      const gl = renderer.getContext();
      return points.map((point) => {
        if (!point) return null;
        const rgba = new Uint8Array(4);
        gl.readPixels(point.px, point.py, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, rgba);
        return { x: point.x, y: point.y, rgba: [...rgba], hit: point.hit };
      });
    },
    /**
     * Milliseconds per frame over n frames, the camera turning a little each time (each frame
     * read back, so the time is the GPU's too): the benchmark's per-frame time.
     */
    timeFrames(n = 20) {
      const gl = renderer.getContext();
      const pixel = new Uint8Array(4);
      const start = performance.now();
      for (let i = 0; i < n; i++) {
        camera.position.applyAxisAngle(new THREE.Vector3(0, 1, 0), 0.05).sub(controls.target).add(controls.target);
        camera.lookAt(controls.target);
        render();
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      }
      return (performance.now() - start) / n;
    },
    dispose() {
      controls.dispose();
      clearHighlight();
      freeRetired();
      dispose(product3d);
      if (ahead) dispose(ahead.group, false);
      for (const m of warm) {
        m.map?.dispose();
        m.dispose();
      }
      scene.environment?.dispose();
      renderer.dispose();
      renderer.forceContextLoss();
      observer.disconnect();
    },
  };
  controls.addEventListener('change', requestRender);
  const observer = new ResizeObserver(resize);
  observer.observe(canvas);
  return api;
}
