// When the 3D view may take the main thread (and the GPU process) without delaying the shopper:
// after the configurator's first answer is shown, with no request under way and no input for
// QUIET_MS. The view's first frame (shader compilation and the first draw, done by the CPU with
// software GL) is drawn then, not with the first answer, so the first option takes its click as
// soon as on the flat page (docs/preview-3d.md, "Start-up").

/**
 * How long the page stays without input, after its first answer is shown, before the view draws:
 * longer than a click takes to follow the options' appearance (Playwright's click, the fastest
 * shopper there is, comes 0.2–0.45 s after them) and the answer of a choice to come back.
 * localStorage "atelier.view3d.quietMs" overrides it (the benchmark tries others).
 */
const QUIET_MS = 500;

const INPUTS = ['pointerdown', 'keydown', 'touchstart'];

/**
 * A watch over the page: {answered(), reached, dispose()}. answered(): the configurator has shown
 * an answer; reached: a promise resolved once the page is quiet (never after dispose()).
 */
export function quietPage(app = document.getElementById('app')) {
  const wait = quietMs();
  let lastInput = 0;
  let answered = null;
  let closed = false;
  const onInput = () => {
    lastInput = performance.now();
  };
  for (const type of INPUTS) document.addEventListener(type, onInput, { capture: true, passive: true });
  const shown = new Promise((resolve) => {
    answered = resolve;
  });
  const reached = shown.then(nextFrames).then(async () => {
    const since = performance.now();
    for (;;) {
      const left = Math.max(since, lastInput) + wait - performance.now();
      const busy = app?.hasAttribute('aria-busy') === true;
      if (closed) return new Promise(() => {});
      if (left <= 0 && !busy) return undefined;
      await sleep(left > 0 ? left : 50);
    }
  });
  return {
    answered: () => answered(),
    reached,
    dispose() {
      closed = true;
      for (const type of INPUTS) document.removeEventListener(type, onInput, { capture: true });
    },
  };
}

function quietMs() {
  try {
    const asked = Number(localStorage.getItem('atelier.view3d.quietMs'));
    return Number.isFinite(asked) && asked > 0 ? asked : QUIET_MS;
  } catch {
    return QUIET_MS;
  }
}

/** Two animation frames: the answer's frame has gone out. */
function nextFrames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
