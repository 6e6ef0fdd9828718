// When the 3D view may take the main thread (and the GPU process) without delaying the shopper:
// after the configurator's first answer is shown (its frame gone out), with no request under way,
// and, once the shopper has touched the page, no input for QUIET_MS. The view's first frame
// (shader compilation and the first draw, done by the CPU with software GL) is drawn then, not with
// the first answer's frame (docs/preview-3d.md, "Start-up").

/**
 * How long the page stays without input, after the shopper's last input, before the view draws:
 * longer than the answer of a choice takes to come back. localStorage "atelier.view3d.quietMs"
 * overrides it (the benchmark tries others).
 */
const QUIET_MS = 500;

/**
 * How long the page waits after its first answer's frame when no input came. Session 14 measured 0
 * (draw as soon as that frame has gone out): the first frame 1.25 s sooner at the median, but the
 * first click 0.25 s later than on the flat page, waiting for the frame's shader compilation
 * (docs/performance.md), so the wait stays when the view was not drawn ahead (a saved design).
 * localStorage "atelier.view3d.firstMs" overrides it (the benchmark tries others).
 */
const FIRST_MS = QUIET_MS;

/**
 * The same wait when the view's first frame was drawn ahead (view3d.js prime, session 15): that
 * frame is then a plain draw of compiled shaders, so it goes out as soon as the answer's has.
 */
const FIRST_MS_AHEAD = 0;

const INPUTS = ['pointerdown', 'keydown', 'touchstart'];

/**
 * A watch over the page: {answered(), reached, dispose()}. answered(): the configurator has shown
 * an answer; reached: a promise resolved once the page is quiet (never after dispose()). ahead: a
 * promise of whether the view's first frame was drawn ahead (then the first wait is FIRST_MS_AHEAD).
 */
export function quietPage(ahead = Promise.resolve(false), app = document.getElementById('app')) {
  const wait = storedMs('atelier.view3d.quietMs', QUIET_MS);
  let lastInput = null;
  let answered = null;
  let closed = false;
  let marked = false;
  const onInput = () => {
    lastInput = performance.now();
  };
  for (const type of INPUTS) document.addEventListener(type, onInput, { capture: true, passive: true });
  const shown = new Promise((resolve) => {
    answered = resolve;
  });
  const reached = shown.then(nextFrames).then(async () => {
    const first = storedMs('atelier.view3d.firstMs', (await ahead.catch(() => false)) ? FIRST_MS_AHEAD : FIRST_MS);
    const since = performance.now();
    for (;;) {
      const left = (lastInput === null ? since + first : Math.max(since, lastInput) + wait) - performance.now();
      const busy = app?.hasAttribute('aria-busy') === true;
      if (closed) return new Promise(() => {});
      if (left <= 0 && !busy) return undefined;
      await sleep(left > 0 ? left : 50);
    }
  });
  return {
    answered: () => {
      if (!marked) performance.mark('atelier:answered'); // the start-up's waterfall (the bench)
      marked = true;
      answered();
    },
    reached,
    dispose() {
      closed = true;
      for (const type of INPUTS) document.removeEventListener(type, onInput, { capture: true });
    },
  };
}

function storedMs(key, fallback) {
  try {
    const text = localStorage.getItem(key);
    const asked = Number(text);
    return text !== null && Number.isFinite(asked) && asked >= 0 ? asked : fallback;
  } catch {
    return fallback;
  }
}

/** Two animation frames: the answer's frame has gone out. */
function nextFrames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
