// The 3D view's early start (docs/preview-3d.md, "Start-up"): loaded by index.html as an async
// module with no static imports, so it runs while the page's own modules are still loading. On a
// product page whose browser is to show 3D (see wanted()), it asks for three.js, the view's
// modules and the product's recipe all at once (modulepreload: no import waterfall) and starts the
// view (renderer, lights, shader warm-up: view3d.js prepare) while the configurator fetches the
// model and its first answer. Without WebGL2 (or with 3D switched off) it loads nothing.

/** The files of the 3D view, fetched in parallel: the import graph is three levels deep. */
const MODULES = [
  '/vendor/three/0.181.0/three.core.min.js',
  '/vendor/three/0.181.0/three.module.min.js',
  '/vendor/three/0.181.0/addons/controls/OrbitControls.js',
  '/vendor/three/0.181.0/addons/environments/RoomEnvironment.js',
  '/js/three/view3d.js',
  '/js/three/kit.js',
  '/js/three/artwork3d.js',
];

let kind = null;
let spare = null;
let early = null;

/**
 * What this browser's WebGL2 is: 'none', 'software' (SwiftShader, llvmpipe: every pixel on the CPU)
 * or 'gpu'. Probed once, on a canvas of its own: released at once with a GPU; with software GL kept
 * for the view (see takeCanvas).
 */
export function webGl2() {
  kind ??= probeWebGl2();
  return kind;
}

function probeWebGl2() {
  try {
    const canvas = document.createElement('canvas');
    // The view's attributes with software GL (view3d.js: no multisampling there).
    const gl = canvas.getContext('webgl2', { antialias: false, alpha: true });
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    if (/swiftshader|llvmpipe|software/i.test(name)) {
      spare = canvas;
      return 'software';
    }
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return 'gpu';
  } catch {
    return 'none';
  }
}

/**
 * A canvas for the view: the probe's with software GL, the first time (its context is the view's:
 * a second one took seconds there), else a new one.
 */
export function takeCanvas() {
  const canvas = spare || document.createElement('canvas');
  spare = null;
  return canvas;
}

/** Lets the probe's context go when no view will use it. */
export function releaseCanvas() {
  spare?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
  spare = null;
}

/**
 * Whether to show the 3D view: with a GPU unless switched off (localStorage "atelier.view3d" =
 * "off"); with software GL only when asked ("on").
 */
export function wanted() {
  const gl = webGl2();
  let asked = null;
  try {
    asked = localStorage.getItem('atelier.view3d');
  } catch {
    // storage may be disabled
  }
  return gl !== 'none' && asked !== 'off' && (gl === 'gpu' || asked === 'on');
}

/**
 * The view started early for product, once: {canvas, prepared} (prepared: view3d.js prepare's
 * promise); null when it was not (another page, no 3D, a saved design, whose product the address
 * does not name) or was taken already.
 */
export function earlyView(product) {
  const found = early && early.product === product ? early : null;
  early = null;
  return found;
}

function preload(href) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

function start() {
  const match = /^\/p\/([^/]+)\/?$/.exec(location.pathname);
  if (!match) return;
  performance.mark('atelier:early');
  if (!wanted()) return;
  const product = decodeURIComponent(match[1]);
  performance.mark('atelier:probed');
  for (const href of MODULES) preload(href);
  preload(`/js/three/recipes/${encodeURIComponent(product)}.js`);
  const canvas = takeCanvas();
  const prepared = import('./view3d.js').then(({ prepare }) => prepare(canvas, product));
  prepared.catch(() => {}); // stage.js reports it when it asks for the view
  early = { product, canvas, prepared };
}

start();
