// The product page's early start (docs/preview-3d.md, "Start-up"): loaded by index.html as an
// async module with no static imports, so it runs while the page's own modules are still loading.
// On a product page it asks for the configurator's first answer at once (the strings, the model,
// the session and the first valid domains and price: see ask(); http.js takes them), and when the
// browser is to show 3D (see wanted()) it asks for three.js, the view's modules and the product's
// recipe all at once (modulepreload: no import waterfall) and starts the view (renderer, lights,
// shader warm-up: view3d.js prepare). Without WebGL2 (or with 3D switched off) it loads no 3D.
// What it prepares is not drawn yet: the first frame waits until the page is quiet (quiet.js).

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
 * Whether to show the 3D view: wherever WebGL2 exists, software GL included since session 15 (the
 * first design drawn ahead: docs/performance.md), unless switched off (localStorage
 * "atelier.view3d" = "off").
 */
export function wanted() {
  return webGl2() !== 'none' && stored('atelier.view3d') !== 'off';
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

/** Requests asked early: "METHOD path body" → the fetch's promise (see takeAnswer). */
const answers = new Map();

/**
 * The response to a request early.js made already (method, path and JSON body text as http.js
 * sends them), once; undefined when it did not make it (or it was taken).
 */
export function takeAnswer(method, path, body = '') {
  const key = `${method} ${path} ${body}`;
  const found = answers.get(key);
  answers.delete(key);
  return found;
}

/** Fetches like http.js api() would and keeps the response for it; resolves to its JSON. */
function ask(method, path, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  const response = fetch(path, {
    method,
    headers: { Accept: 'application/json', ...(text ? { 'Content-Type': 'application/json' } : {}), ...headers },
    credentials: 'same-origin',
    body: text || undefined,
  });
  answers.set(`${method} ${path} ${text}`, response);
  return response.then((r) => (r.ok ? r.clone().json() : Promise.reject(new Error(`HTTP ${r.status}`))));
}

function stored(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The tab's design-session id as design-session.js keeps it (made here when new); null without storage. */
function tabSession() {
  try {
    let id = sessionStorage.getItem('atelier.designSession');
    if (!id) sessionStorage.setItem('atelier.designSession', (id = crypto.randomUUID()));
    return id;
  } catch {
    return null;
  }
}

/**
 * The configurator's first requests, asked now instead of one after the other once the page's
 * modules have loaded: the UI strings (i18n.js), the product and its latest version (or ?version),
 * the session (http.js), then the first valid domains of the empty design and their price, with
 * the headers http.js sends (CSRF token, the tab's design session), and the option prices of the
 * empty design (localStorage "atelier.early.optionPrices" = "off" leaves them to the configurator,
 * the old path). The configurator takes them only when it asks exactly these (not with a draft or
 * prefilled measurements). Resolves to the
 * model and the first domains ({detail, domains}; the 3D view draws them ahead, see view3d.js
 * prime), null when they could not be asked.
 */
function askFirstAnswer(product) {
  // Answers not taken by then (a draft, a sign-in meanwhile) are not kept: asked again when needed.
  setTimeout(() => answers.clear(), 30_000);
  const language = [stored('atelier.language'), (navigator.language || '').slice(0, 2).toLowerCase()].find((l) => l === 'en' || l === 'de') || 'en';
  for (const l of new Set(['en', language])) ask('GET', `/i18n/${l}.json`).catch(() => {});
  const id = encodeURIComponent(product);
  const asked = new URLSearchParams(location.search).get('version');
  const version = asked ? Promise.resolve(asked) : ask('GET', `/api/products/${id}`).then((p) => p.latest);
  const session = ask('GET', '/api/session');
  const designSession = tabSession();
  const detail = version.then((v) => ask('GET', `/api/products/${id}/versions/${encodeURIComponent(v)}`));
  return Promise.all([detail, session])
    .then(([d, s]) => {
      if (!designSession) return null; // no storage: design-session.js's id would differ
      const headers = { 'Atelier-Design-Session': designSession, ...(s.csrfToken ? { 'X-CSRF-Token': s.csrfToken } : {}) };
      return ask('POST', '/api/designs/domains', { product: d.id, version: d.version, decisions: [] }, headers).then((domains) => {
        // configurator.js pricedDesign(): the decisions plus the values that are the only ones left.
        const decided = new Set(domains.design.decisions.map((x) => x.attribute));
        const forced = domains.attributes
          .filter((a) => !decided.has(a.attribute) && a.decided === null && a.offered.length === 1 && !a.unsetPossible)
          .map((a) => ({ attribute: a.attribute, value: a.offered[0] }));
        ask('POST', '/api/designs/price', { design: { ...domains.design, decisions: [...domains.design.decisions, ...forced] } }, headers).catch(() => {});
        // option-prices.js askOptionPrices(design): the configurator shows its first answer only
        // with it, so it was a request in a row after the domains (session 16).
        if (stored('atelier.early.optionPrices') !== 'off') ask('POST', '/api/designs/option-prices', domains.design, headers).catch(() => {});
        return { detail: d, domains };
      });
    })
    .catch(() => null); // the configurator asks again itself
}

function start() {
  const match = /^\/p\/([^/]+)\/?$/.exec(location.pathname);
  if (!match) return;
  performance.mark('atelier:early');
  const product = decodeURIComponent(match[1]);
  const answer = askFirstAnswer(product);
  if (!wanted()) return;
  performance.mark('atelier:probed');
  for (const href of MODULES) preload(href);
  preload(`/js/three/recipes/${encodeURIComponent(product)}.js`);
  const canvas = takeCanvas();
  // localStorage "atelier.view3d.prime" = "off": no drawing ahead (the benchmark's old path).
  const ahead = stored('atelier.view3d.prime') !== 'off';
  const prepared = import('./view3d.js').then(async ({ prepare, prime }) => {
    const view = await prepare(canvas, product);
    return ahead ? prime(view, answer) : view;
  });
  prepared.catch(() => {}); // stage.js reports it when it asks for the view
  early = { product, canvas, prepared };
}

start();
