package dev.atelier.server.design;

/** The scripts {@link Browser3dBenchTest} runs in the page (JavaScript text blocks). */
final class Bench3dScripts {
  private Bench3dScripts() {}

  /**
   * Records when the view's first frame is finished: read back right after the view drew it (its
   * {@code atelier:first-frame} mark, made in an animation frame or, since session 16, in the task
   * that shows the view).
   */
  static final String FIRST_FRAME_PROBE =
      """
      (() => {
        window.__atelierMeasure = true; // view3d.js: each phase of the first frame read back
        const mark = performance.mark.bind(performance);
        performance.mark = (name, options) => {
          const entry = mark(name, options);
          const gl = document.getElementById('preview-3d')?.getContext('webgl2');
          if (name === 'atelier:first-frame' && gl && !window.__bench) {
            gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
            window.__bench = { done: performance.now() };
          }
          return entry;
        };
      })();
      """;

  /** Frames while orbiting: each render and a 1×1 read-back (the frame finished), timed here. */
  static final String MEASURE =
      """
      async (n) => {
        const THREE = await import('three');
        const view = window.__atelier.view;
        window.__bench.viewStart = view.state.firstFrameAt - view.state.firstFrameMs;
        const gl = view.renderer.getContext();
        const camera = view.camera;
        const target = new THREE.Box3().setFromObject(view.scene.getObjectByName(view.scene.children.find((c) => c.name.startsWith('product:')).name)).getCenter(new THREE.Vector3());
        const axis = new THREE.Vector3(0, 1, 0);
        const pixel = new Uint8Array(4);
        const times = [];
        for (let i = 0; i < n; i++) {
          camera.position.sub(target).applyAxisAngle(axis, (2 * Math.PI) / n).add(target);
          camera.lookAt(target);
          const t0 = performance.now();
          view.render();
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return {
          webgl2: gl instanceof WebGL2RenderingContext,
          first: window.__bench.done,
          firstView: window.__bench.done - window.__bench.viewStart,
          median: times[Math.floor(n / 2)],
          p90: times[Math.ceil(n * 0.9) - 1],
          buffer: gl.drawingBufferWidth + 'x' + gl.drawingBufferHeight,
          css: view.renderer.domElement.clientWidth + 'x' + view.renderer.domElement.clientHeight,
          triangles: view.triangles(),
          phases: view.state.phases ? Object.entries(view.state.phases).map(([k, v]) => k + ' ' + v).join(', ') : '',
          waterfall: waterfall(window.__bench.viewStart, window.__bench.done),
        };
        /** Milliseconds since navigation at which each step of the start-up had finished. */
        function waterfall(viewStart, frame) {
          const nav = performance.getEntriesByType('navigation')[0];
          const res = performance.getEntriesByType('resource');
          const of = (re) => res.filter((e) => re.test(new URL(e.name).pathname));
          const end = (re) => (of(re).length ? Math.round(Math.max(...of(re).map((e) => e.responseEnd))) : '-');
          const first = (re) => (of(re).length ? Math.round(Math.min(...of(re).map((e) => e.responseEnd))) : '-');
          const start = (re) => (of(re).length ? Math.round(Math.min(...of(re).map((e) => e.startTime))) : '-');
          const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atelier:'));
          return [
            'html ' + Math.round(nav.responseEnd),
            'app modules ' + end(/^\\/js\\/(?!three\\/).*\\.js$/),
            'i18n ' + end(/^\\/i18n\\//),
            'model ' + end(/^\\/api\\/products\\/[^/]+\\/versions\\//),
            'domains ' + first(/^\\/api\\/designs\\/domains/),
            'option prices ' + first(/^\\/api\\/designs\\/option-prices/),
            'three.js ' + start(/three\\.module/) + '-' + end(/three\\.(module|core)\\.min\\.js$/),
            'view modules ' + end(/^\\/js\\/three\\/(?!recipes\\/)/),
            'recipe ' + end(/^\\/js\\/three\\/recipes\\//),
            'view start ' + Math.round(viewStart),
            ...marks.map((m) => m.name.slice(8) + ' ' + Math.round(m.startTime)),
            'first frame ' + Math.round(frame),
            'transferred ' + res.reduce((n, e) => n + e.transferSize, 0) + ' B',
          ].join(', ');
        }
      }
      """;

  /** The page's atelier: marks as ms since navigation, the navigation's wall clock time. */
  static final String MARKS =
      """
      () => ({
        origin: performance.timeOrigin,
        frame: window.__bench.done,
        marks: Object.fromEntries(performance.getEntriesByType('mark')
          .filter((m) => m.name.startsWith('atelier:')).map((m) => [m.name.slice(8), m.startTime])),
      })
      """;

  /** The page's atelier: marks up to the click (ms since navigation): where the time went. */
  static final String MARKS_BEFORE_CLICK =
      """
      () => performance.getEntriesByType('mark')
        .filter((m) => m.name.startsWith('atelier:') && m.startTime <= window.__clickAt)
        .map((m) => m.name.slice(8) + ' ' + Math.round(m.startTime)).join(', ')
      """;

  /** Records when the page first handled a click (ms since navigation). */
  static final String CLICK_PROBE =
      """
      document.addEventListener('click', () => { window.__clickAt ??= performance.now(); }, true);
      """;

  /** Another site's page, drawn: text and a card with a shadow and a gradient. */
  static final String ANOTHER_SITE =
      """
      <!doctype html><title>elsewhere</title>
      <main style="font-family: sans-serif; padding: 24px">
        <h1>Another shop</h1>
        <p style="box-shadow: 0 6px 24px rgb(0 0 0 / 10%); border-radius: 12px; padding: 16px;
          background: linear-gradient(#fff, #eee)">Some text on another site, read before.</p>
      </main>
      <script>
        requestAnimationFrame(() => requestAnimationFrame(() => { window.__drawn = true; }));
      </script>
      """;
}
