// The 3D product view (docs/preview-3d.md): a product's recipe (js/three/recipes/<product>.js)
// built into a three.js scene lit by RoomEnvironment, turned and zoomed with OrbitControls, drawn
// on demand (a frame per change, no loop). Named camera views fit the product's bounds; "show me
// why" lights up the parts chosen by the decisions in the way and moves the camera to them.
// window.__atelier.scene and friends are the test hook (scene-graph and pixel checks).

import * as THREE from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
import { RecipeContext } from './kit.js';

const HIGHLIGHT = new THREE.Color('#ff8a00');

/** Whether WebGL2 here is drawn in software (SwiftShader, llvmpipe). */
function softwareGl() {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|software/i.test(name);
}

/** A view of product in canvas (already in the page): {update, view, reset, showWhy, dispose}. */
export async function createView(canvas, product, presentation, attributeIds) {
  const started = performance.now();
  const recipe = (await import(`./recipes/${product}.js`)).default;
  // Software GL (SwiftShader) draws every sample on the CPU: no multisampling there, one pixel a pixel.
  const software = softwareGl();
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: !software, alpha: true });
  renderer.setPixelRatio(software ? 1 : Math.min(window.devicePixelRatio || 1, 2));
  renderer.toneMapping = THREE.ACESFilmicToneMapping;
  const scene = new THREE.Scene();
  const pmrem = new THREE.PMREMGenerator(renderer);
  const room = new RoomEnvironment();
  scene.environment = pmrem.fromScene(room, 0.04).texture;
  room.dispose();
  pmrem.dispose();
  const camera = new THREE.PerspectiveCamera(35, 1, 0.01, 100);
  const controls = new OrbitControls(camera, canvas);
  controls.enableDamping = false;
  controls.enablePan = false;
  const product3d = new THREE.Group();
  product3d.name = `product:${product}`;
  scene.add(product3d);
  const views = recipe.views;
  const state = { view: Object.keys(views)[0], highlighted: [], frames: 0, firstFrameMs: null, firstFrameAt: null, software };
  let pending = false;

  function render() {
    renderer.render(scene, camera);
    state.frames++;
    if (state.firstFrameMs === null) {
      state.firstFrameAt = performance.now(); // since the page's navigation started
      state.firstFrameMs = state.firstFrameAt - started; // since the view began loading its recipe
    }
  }

  function requestRender() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      render();
    });
  }

  function resize() {
    const w = canvas.clientWidth || 1;
    const h = canvas.clientHeight || 1;
    if (canvas.width !== Math.round(w * renderer.getPixelRatio()) || canvas.height !== Math.round(h * renderer.getPixelRatio())) {
      renderer.setSize(w, h, false);
      camera.aspect = w / h;
      camera.updateProjectionMatrix();
      requestRender();
    }
  }

  /** Puts the camera on direction dir (from the centre of box) at a distance showing all of box. */
  function fit(box, dir) {
    const sphere = box.getBoundingSphere(new THREE.Sphere());
    const fov = THREE.MathUtils.degToRad(camera.fov);
    const half = Math.min(fov, 2 * Math.atan(Math.tan(fov / 2) * camera.aspect)) / 2;
    const distance = (Math.max(sphere.radius, 0.05) / Math.sin(half)) * 1.05;
    const d = new THREE.Vector3(...dir).normalize();
    camera.position.copy(sphere.center).addScaledVector(d, distance);
    camera.near = distance / 50;
    camera.far = distance * 10;
    camera.updateProjectionMatrix();
    controls.target.copy(sphere.center);
    controls.minDistance = distance / 6;
    controls.maxDistance = distance * 3;
    controls.update();
    requestRender();
  }

  function view(name) {
    state.view = views[name] ? name : Object.keys(views)[0];
    fit(new THREE.Box3().setFromObject(product3d), views[state.view]);
  }

  function dispose(object) {
    object.traverse((o) => {
      if (!o.isMesh) return;
      o.geometry.dispose();
      for (const m of [o.material].flat()) {
        if (m.map) m.map.dispose();
        m.dispose();
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
    update(values, texts) {
      clearHighlight();
      const first = product3d.children.length === 0;
      for (const child of [...product3d.children]) {
        product3d.remove(child);
        dispose(child);
      }
      const ctx = new RecipeContext(presentation, attributeIds, values, texts);
      recipe.build(ctx, product3d);
      api.context = ctx;
      resize();
      if (first) view(state.view);
      else requestRender();
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
    /** Triangles of the visible meshes. */
    triangles() {
      let n = 0;
      product3d.traverseVisible((o) => {
        if (o.isMesh) n += (o.geometry.index ? o.geometry.index.count : o.geometry.attributes.position.count) / 3;
      });
      return n;
    },
    /**
     * The nodes the recipe promises for the design drawn last: "attribute=value" for every
     * attribute of recipe.shows with a value ("slot[*].x" for each instance; yes/no ones when yes).
     */
    expectedNodes() {
      const ctx = api.context;
      const ids = recipe.shows.flatMap((s) => {
        if (!s.includes('[*]')) return [s];
        const [slot, rest] = s.split('[*]');
        return ctx.instances(slot).map((n) => `${slot}[${n}]${rest}`);
      });
      return ids.filter((id) => ctx.value(id) !== null && ctx.value(id) !== 'false').map((id) => `${id}=${ctx.value(id)}`);
    },
    /** The expected nodes that are not in the scene (none when the recipe keeps its promise). */
    missingNodes() {
      const names = new Set(api.names());
      return api.expectedNodes().filter((n) => !names.has(n));
    },
    /** Names of the nodes of the product (scene-graph assertions). */
    names() {
      const names = [];
      product3d.traverse((o) => o.name && names.push(o.name));
      return names;
    },
    /**
     * Renders and reads the pixel at the projected centre of node name's bounds (CSS pixels
     * from the canvas's top left): {x, y, rgba, hit} (hit: the first mesh there belongs to node).
     */
    probe(name) {
      const node = product3d.getObjectByName(name);
      if (!node) return null;
      // The centre of the node's first mesh whose centre shows the node itself (a wheel's hub is
      // air, its spokes are not), else of the whole node.
      const meshes = [];
      node.traverseVisible((o) => o.isMesh && meshes.push(o));
      const ray = new THREE.Raycaster();
      let chosen = null;
      for (const target of [...meshes, node]) {
        const ndc = new THREE.Box3().setFromObject(target).getCenter(new THREE.Vector3()).project(camera);
        ray.setFromCamera(new THREE.Vector2(ndc.x, ndc.y), camera);
        const first = ray.intersectObject(product3d, true).find((i) => i.object.visible);
        let hit = false;
        for (let p = first?.object; p; p = p.parent) if (p === node) hit = true;
        chosen = { ndc, hit };
        if (hit) break;
      }
      const { ndc, hit } = chosen;
      render();
      const gl = renderer.getContext();
      const px = Math.round(((ndc.x + 1) / 2) * gl.drawingBufferWidth);
      const py = Math.round(((ndc.y + 1) / 2) * gl.drawingBufferHeight);
      const rgba = new Uint8Array(4);
      gl.readPixels(px, py, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, rgba);
      return { x: ((ndc.x + 1) / 2) * canvas.clientWidth, y: ((1 - ndc.y) / 2) * canvas.clientHeight, rgba: [...rgba], hit };
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
      dispose(product3d);
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
