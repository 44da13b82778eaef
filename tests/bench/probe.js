// Injected into every benchmarked page before its own scripts (context.addInitScript), as plain
// JavaScript so nothing a TypeScript compiler adds can break it in the browser. It watches; the
// benchmark (tests/bench/measure.ts) asks it for readings through `window.__bench`.
(() => {
  /** The map counts as drawn when this many countries are in its <svg>: most of the world (~240 in all). */
  const MAP_DRAWN_MIN_COUNTRIES = 150;

  /**
   * Calls back with the time just after the next frame has been rendered: a requestAnimationFrame
   * callback runs before that frame's style, layout and paint; a message posted from it is handled
   * only after them. (The usual "after next paint" idiom, as web-vitals uses for INP.)
   */
  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });

  const bench = {
    mapPaintedAt: null,
    lcp: null,
    longTasks: [],
    hoverSamples: [],
  };
  window.__bench = bench;

  /** An element as a person would name it: tag, id or first class, and the start of its text, e.g. 'p.claim-text "Ministers…"'. */
  const describe = (element) => {
    if (!element) return null;
    const tag = element.tagName.toLowerCase();
    const name = element.id ? `#${element.id}` : typeof element.className === "string" && element.className ? `.${element.className.split(" ")[0]}` : "";
    const text = (element.textContent || "").trim().replace(/\s+/g, " ");
    return `${tag}${name}${text ? ` "${text.length > 32 ? `${text.slice(0, 32)}…` : text}"` : ""}`;
  };
  // Every LCP candidate in order: a later entry for the same text means it was painted again.
  bench.lcpEntries = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.lcp = { at: entry.startTime, element: describe(entry.element), size: entry.size };
      bench.lcpEntries.push({
        at: entry.startTime,
        renderTime: entry.renderTime,
        loadTime: entry.loadTime,
        element: describe(entry.element),
        size: entry.size,
      });
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });

  // First paint of the map: the frame after most countries are in the DOM, whether the parser put
  // them there (prerendered) or a script did (drawn in the browser).
  const mapWatcher = new MutationObserver(() => {
    if (document.querySelectorAll("svg [data-iso]").length < MAP_DRAWN_MIN_COUNTRIES) return;
    mapWatcher.disconnect();
    afterNextPaint((at) => (bench.mapPaintedAt = at));
  });
  mapWatcher.observe(document, { childList: true, subtree: true });

  /** Up to `max` countries to hover, each with a point (CSS px) where the country itself is hit, largest first. */
  bench.hoverTargets = (max) => {
    const candidates = [...document.querySelectorAll("svg [data-iso]")]
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { iso: element.getAttribute("data-iso"), x: box.left + box.width / 2, y: box.top + box.height / 2, area: box.width * box.height };
      })
      .filter((c) => c.area >= 36 && c.x > 0 && c.y > 0 && c.x < innerWidth && c.y < innerHeight)
      .sort((a, b) => b.area - a.area);
    const chosen = [];
    const seen = new Set();
    for (const candidate of candidates) {
      if (chosen.length >= max) break;
      if (seen.has(candidate.iso)) continue;
      const hit = document.elementFromPoint(candidate.x, candidate.y)?.closest("[data-iso]");
      if (hit?.getAttribute("data-iso") !== candidate.iso) continue;
      seen.add(candidate.iso);
      chosen.push({ iso: candidate.iso, x: Math.round(candidate.x), y: Math.round(candidate.y) });
    }
    return chosen;
  };

  // Hover-to-frame: from a pointermove's timestamp to the first DOM change after it (the page's own
  // work) and to the end of the frame that shows that change (what the reader sees).
  let probing = false;
  let pendingSince = null;
  addEventListener(
    "pointermove",
    (event) => {
      if (probing) pendingSince = event.timeStamp || performance.now();
    },
    { capture: true, passive: true },
  );
  const hoverWatcher = new MutationObserver(() => {
    if (pendingSince === null) return;
    const since = pendingSince;
    pendingSince = null;
    const domAt = performance.now();
    afterNextPaint((paintedAt) => bench.hoverSamples.push({ toDom: domAt - since, toFrame: paintedAt - since }));
  });
  bench.startHoverProbe = () => {
    probing = true;
    bench.hoverSamples = [];
    hoverWatcher.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  };
  bench.stopHoverProbe = () => {
    probing = false;
    pendingSince = null;
    hoverWatcher.disconnect();
  };
  /** Resolves with sample number `index` once it exists, or null after `timeoutMs` (the move changed nothing). */
  bench.hoverSample = (index, timeoutMs) =>
    new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        if (bench.hoverSamples.length > index) resolve(bench.hoverSamples[index]);
        else if (performance.now() - started > timeoutMs) {
          pendingSince = null;
          bench.hoverSamples.push(null);
          resolve(null);
        } else setTimeout(check, 4);
      };
      check();
    });

  /** Clicks the button and returns the intervals between the frames drawn in the next `durationMs`. */
  bench.framesAfterClick = (selector, durationMs) =>
    new Promise((resolve, reject) => {
      const button = document.querySelector(selector);
      if (!button) return reject(new Error(`no ${selector} on the page`));
      const frames = [];
      const started = performance.now();
      const tick = (at) => {
        frames.push(at);
        if (at - started < durationMs) requestAnimationFrame(tick);
        else resolve(frames.slice(1).map((at, i) => at - frames[i]));
      };
      requestAnimationFrame(tick);
      button.click();
    });

  /** The time of the last long task's end, to tell when the page has settled. */
  bench.lastLongTaskEnd = () => bench.longTasks.reduce((latest, task) => Math.max(latest, task.start + task.duration), 0);
})();
