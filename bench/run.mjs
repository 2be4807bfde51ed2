// The benchmark: this report and the peer page (the same story told with
// TimelineJS and Chart.js, laid out by ../shared/peer/build.sh) measured in
// the same run, alternating, as medians and ratios; plus in-browser timings
// of this report. Each measure is checked against bench/budgets.json.
// Prints tables, writes bench/results/latest.json, exits 1 when a budget breaks.
// Run with `bash scripts/dev.sh bench` (it builds the release first).
//   BENCH_RUNS    runs of each in-browser timing (default 7)
//   LH_RUNS       Lighthouse runs of each page and form factor (default 3)
//   PEER_DIR      where the peer page is laid out (default target/peer)
//   DIST          the build to measure (default dist/), e.g. one made with INLINE_CSS=0
//   BENCH_PARTS   which parts to run (default timings,scroll,lighthouse; bytes always run)
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../tests/e2e/server.mjs";
import { firstLoadBytes } from "./first-load.mjs";
import { ROOT, CHROME_ARGS } from "../tests/e2e/helpers.mjs";

const DIST = process.env.DIST || join(ROOT, "dist");
const PARTS = new Set((process.env.BENCH_PARTS || "timings,scroll,lighthouse").split(","));
const RUNS = Number(process.env.BENCH_RUNS || 7);
const LH_RUNS = Number(process.env.LH_RUNS || 3);
const WARMUP = 3;
const budgets = JSON.parse(readFileSync(join(ROOT, "bench", "budgets.json"), "utf8"));
const results = { date: new Date().toISOString(), runs: RUNS, lighthouse_runs: LH_RUNS, bytes: {}, transferred: {}, lighthouse: {}, ratios: {}, timings: {} };
const broken = [];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => ({ median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) });
const round = (x) => Math.round(x * 100) / 100;
function check(name, value, limit, higherIsBetter = false) {
  const ok = higherIsBetter ? value >= limit : value <= limit;
  if (!ok) broken.push(`${name}: ${value} (budget ${higherIsBetter ? "≥" : "≤"} ${limit})`);
  return ok ? "ok" : "OVER";
}

// ---- the peer page, laid out next to dist/ ----
const PEER_BUILD = join(ROOT, "..", "shared", "peer", "build.sh");
const PEER_DIR = process.env.PEER_DIR || join(ROOT, "target", "peer");
if (!existsSync(PEER_BUILD)) throw new Error(`no peer page at ${PEER_BUILD}: the benchmark compares against it`);
execFileSync("bash", [PEER_BUILD, PEER_DIR], { stdio: "ignore" });

// ---- first-load bytes of this report, per file ----
const firstLoad = firstLoadBytes(DIST, "index.html");
results.bytes = { ...firstLoad.files, total: firstLoad.total };
console.log("\nThis report's first load, per file (bytes)");
console.table(results.bytes);

// ---- both pages in a browser ----
const ours = await serve(DIST);
const peer = await serve(PEER_DIR);
// This report's two editions, the embed pages of its chart and its timeline, and the peer.
const PAGES = {
  report: `http://127.0.0.1:${ours.address().port}/`,
  report_en: `http://127.0.0.1:${ours.address().port}/en/`,
  embed_chart: `http://127.0.0.1:${ours.address().port}/embed/industry-ratio/`,
  embed_timeline: `http://127.0.0.1:${ours.address().port}/embed/timeline/`,
  peer: `http://127.0.0.1:${peer.address().port}/`,
};
// (A build from before the embed pages, measured for comparison, has none.)
const EMBEDS = ["embed_chart", "embed_timeline"].filter((name) => existsSync(join(DIST, new URL(PAGES[name]).pathname, "index.html")));
for (const name of ["embed_chart", "embed_timeline"]) if (!EMBEDS.includes(name)) delete PAGES[name];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROME_ARGS });

/** Bytes on the wire (brotli) for everything a page loads until the network is idle. */
async function transferred(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  // This report fetches its wasm once the page is painted, which on a busy
  // machine can come after the network's first idle: wait until it says it runs.
  if (url !== PAGES.peer) await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  const bytes = await page.evaluate(() =>
    [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].reduce((sum, e) => sum + e.encodedBodySize, 0),
  );
  await context.close();
  return bytes;
}
for (const [name, url] of Object.entries(PAGES)) results.transferred[name] = await transferred(url);
results.ratios.first_load_bytes = round(results.transferred.report / results.transferred.peer);
console.log(`\nFirst load on the wire (brotli): report ${results.transferred.report} B, peer ${results.transferred.peer} B, ratio ${results.ratios.first_load_bytes}`);
check("first load brotli (report)", results.transferred.report, budgets.first_load_brotli_bytes);
results.ratios.first_load_bytes_en = round(results.transferred.report_en / results.transferred.peer);
console.log(`English edition: ${results.transferred.report_en} B (${results.transferred.report_en - results.transferred.report} B more than the original)`);
check("first load brotli, English beyond the original", results.transferred.report_en - results.transferred.report, budgets.english_first_load_extra_bytes);
// An embed page hydrates its own part's islands only, with the page's wasm: no more than the page.
for (const name of EMBEDS) {
  results.ratios[`${name}_first_load_bytes`] = round(results.transferred[name] / results.transferred.peer);
  console.log(`${name}: ${results.transferred[name]} B (${round(results.transferred[name] / results.transferred.report)} of the page's, ${results.ratios[`${name}_first_load_bytes`]} of the peer's)`);
  check(`first load brotli, ${name} beyond the page`, results.transferred[name] - results.transferred.report, 0);
}

// ---- long tasks until hydrated, at 4x CPU slowdown ----
if (PARTS.has("timings")) console.log(`\nLong tasks until hydrated, 4x CPU slowdown, ${RUNS} runs…`);
const longTasks = [];
for (let i = 0; PARTS.has("timings") && i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: "longtask", buffered: true });
    // Long tasks leave out rendering (style, layout, paint); long animation
    // frames (over 50 ms, tasks and rendering together) count it too.
    window.__frames = [];
    new PerformanceObserver((list) => window.__frames.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: "long-animation-frame", buffered: true });
  });
  await page.goto(PAGES.report);
  await page.waitForSelector("html[data-hydrated]", { state: "attached", timeout: 60000 });
  // The page starts once its islands are hydrated, draws the parts its first
  // layout skipped, one a frame, then lands and says it is hydrated.
  const { started, hydrated, drawn, tasks, frames } = await page.evaluate(() => ({
    started: performance.getEntriesByName("report:islands-hydrated")[0]?.startTime,
    hydrated: performance.getEntriesByName("report:hydrated")[0]?.startTime,
    drawn: performance.getEntriesByName("report:parts-drawn")[0]?.startTime,
    tasks: window.__longTasks,
    frames: window.__frames,
  }));
  const before = tasks.filter(([start]) => start < hydrated);
  const framesBefore = frames.filter(([start]) => start < hydrated).map(([, d]) => d);
  longTasks.push({
    hydrated,
    total: before.reduce((s, [, d]) => s + d, 0),
    blocking: before.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
    frames: framesBefore.reduce((s, d) => s + d, 0),
    longestFrame: Math.max(0, ...framesBefore),
    // Frames over 50 ms only exist as entries: 0 means none. NaN for a build that does not mark its drawing.
    longestFrameDrawing: started === undefined || drawn === undefined ? NaN : Math.max(0, ...frames.filter(([start]) => start >= started && start <= drawn).map(([, d]) => d)),
    drawn,
  });
  await context.close();
}
if (PARTS.has("timings")) {
  results.timings.hydrated_4x_ms = spread(longTasks.map((t) => t.hydrated));
  results.timings.long_task_until_hydrated_4x_ms = spread(longTasks.map((t) => t.total));
  results.timings.blocking_until_hydrated_4x_ms = spread(longTasks.map((t) => t.blocking));
  results.timings.long_frames_until_hydrated_4x_ms = spread(longTasks.map((t) => t.frames));
  results.timings.longest_frame_until_hydrated_4x_ms = spread(longTasks.map((t) => t.longestFrame));
  results.timings.parts_drawn_4x_ms = spread(longTasks.map((t) => t.drawn));
  results.timings.longest_frame_drawing_parts_4x_ms = spread(longTasks.map((t) => t.longestFrameDrawing));
  check("long-task time until hydrated, 4x CPU", results.timings.long_task_until_hydrated_4x_ms.median, budgets.long_task_until_hydrated_ms);
}

// ---- scrolling through the timeline, at 4x CPU slowdown ----
// The reader's scroll, as a steady 12 px a frame from the timeline's top to
// its end, on a phone and a wide screen: the longest task while scrolling,
// and the share of frames that came within 1.5 frame times (25 ms) of the last.
async function scrollTimeline(viewport) {
  const context = await browser.newContext({ viewport, reducedMotion: "no-preference" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(PAGES.report);
  // Hydrated: its parts are drawn and it has landed (the timeline's end is real).
  await page.waitForSelector("html[data-hydrated]", { state: "attached", timeout: 60000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const measured = await page.evaluate(async () => {
    const timeline = document.getElementById("timeline");
    scrollTo({ top: timeline.getBoundingClientRect().top + scrollY, behavior: "instant" });
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const end = timeline.getBoundingClientRect().bottom + scrollY - innerHeight;
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: "longtask" });
    const gaps = [];
    await new Promise((done) => {
      let last = performance.now();
      const step = (now) => {
        gaps.push(now - last);
        last = now;
        if (scrollY >= end - 1) return done();
        scrollBy({ top: 12, behavior: "instant" });
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    await new Promise((ok) => setTimeout(ok, 100));
    observer.disconnect();
    return { longest: Math.max(0, ...tasks), onTime: gaps.filter((g) => g <= 25).length / gaps.length, frames: gaps.length };
  });
  await context.close();
  return measured;
}
if (PARTS.has("scroll")) {
  console.log(`
Scrolling through the timeline, 4x CPU slowdown, ${RUNS} runs per width…`);
  for (const [name, viewport] of [["phone", { width: 390, height: 844 }], ["wide", { width: 1440, height: 900 }]]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await scrollTimeline(viewport));
    results.timings[`scroll_${name}_longest_task_4x_ms`] = spread(runs.map((r) => r.longest));
    results.timings[`scroll_${name}_frames_on_time_4x`] = spread(runs.map((r) => r.onTime));
    results.timings[`scroll_${name}_frames`] = spread(runs.map((r) => r.frames));
    check(`longest task scrolling the timeline (${name}), 4x CPU`, results.timings[`scroll_${name}_longest_task_4x_ms`].median, budgets.scroll_longest_task_ms);
    check(`frames on time scrolling the timeline (${name}), 4x CPU`, results.timings[`scroll_${name}_frames_on_time_4x`].median, budgets.scroll_frames_on_time, true);
  }  console.table(Object.fromEntries(Object.entries(results.timings).filter(([k]) => k.startsWith("scroll_"))));
}

// ---- in-browser timings of this report ----
const samples = { first_contentful_paint_ms: [], largest_contentful_paint_ms: [], hydrated_ms: [], heap_mb: [], chart_render_bars_320_ms: [], chart_render_slope_320_ms: [], chart_render_bars_1280_ms: [], chart_render_slope_1280_ms: [], timeline_filter_ms: [], timeline_search_ms: [] };

/** Time from a click to the DOM change it causes, measured in the page. */
async function clickToMutation(page, clickSelector, watchSelector) {
  return page.evaluate(
    ([clickSelector, watchSelector]) =>
      new Promise((ok) => {
        const target = document.querySelector(watchSelector);
        const observer = new MutationObserver(() => {
          observer.disconnect();
          ok(performance.now() - start);
        });
        observer.observe(target, { childList: true, subtree: true, attributes: true });
        const start = performance.now();
        document.querySelector(clickSelector).click();
      }),
    [clickSelector, watchSelector],
  );
}

for (let i = 0; PARTS.has("timings") && i < RUNS; i++) {
  for (const width of [320, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(PAGES.report);
    await page.waitForSelector("html[data-hydrated]", { state: "attached" });
    if (width === 1280) {
      const paints = await page.evaluate(
        () =>
          new Promise((ok) => {
            const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
            new PerformanceObserver((list) => ok({ fcp, lcp: list.getEntries().at(-1).startTime })).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      );
      samples.first_contentful_paint_ms.push(paints.fcp);
      samples.largest_contentful_paint_ms.push(paints.lcp);
      samples.hydrated_ms.push(await page.evaluate(() => performance.getEntriesByName("report:hydrated")[0]?.startTime ?? NaN));
      samples.heap_mb.push((await page.evaluate(() => performance.memory?.usedJSHeapSize ?? NaN)) / 1048576);
      // Each chip click filters (on) or unfilters (off): both are re-renders.
      for (let k = 0; k < WARMUP + 4; k++) {
        const ms = await clickToMutation(page, ".chip[data-category='flood']", ".timeline__events");
        if (k >= WARMUP) samples.timeline_filter_ms.push(ms);
      }
      await page.click(".timeline__clear");
      samples.timeline_search_ms.push(
        await page.evaluate(
          () =>
            new Promise((ok) => {
              const input = document.querySelector(".search input");
              const observer = new MutationObserver(() => {
                observer.disconnect();
                ok(performance.now() - start);
              });
              // A search hides and shows events (attributes), it adds or removes none.
              observer.observe(document.querySelector(".timeline__events"), { childList: true, subtree: true, attributes: true });
              const start = performance.now();
              input.value = "2020";
              input.dispatchEvent(new Event("input", { bubbles: true }));
            }),
        ),
      );
    }
    // Steady state: a few redraws first, so the timing is not the wasm's first
    // run of that code (baseline-compiled, then optimised).
    for (let k = 0; k < WARMUP + 3; k++) {
      const slope = await clickToMutation(page, "[data-view='slope']", ".ratio__plot");
      const bars = await clickToMutation(page, "[data-view='bars']", ".ratio__plot");
      if (k >= WARMUP) {
        samples[`chart_render_slope_${width}_ms`].push(slope);
        samples[`chart_render_bars_${width}_ms`].push(bars);
      }
    }
    await context.close();
  }
}
if (PARTS.has("timings")) {
  for (const [k, xs] of Object.entries(samples)) results.timings[k] = spread(xs);
  console.log(`\nIn-browser timings of this report over ${RUNS} runs (ms; heap in MB)`);
  console.table(results.timings);
  for (const k of Object.keys(samples).filter((k) => k.startsWith("chart_render"))) check(k, results.timings[k].median, budgets.chart_render_ms);
  check("timeline_filter_ms", results.timings.timeline_filter_ms.median, budgets.timeline_filter_ms);
  check("timeline_search_ms", results.timings.timeline_search_ms.median, budgets.timeline_filter_ms);
}
await browser.close();

// ---- Lighthouse, both pages alternating, served compressed as a static host would ----
const lighthouse = (await import("lighthouse")).default;
const chromeLauncher = await import("chrome-launcher");
async function audit(url, formFactor) {
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", ...CHROME_ARGS] });
  const config = formFactor === "desktop" ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined;
  const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] }, config);
  await chrome.kill();
  const lhr = run.lhr;
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const value = (a) => lhr.audits[a]?.numericValue ?? NaN;
  // What kept a category below 100, so a broken budget says why.
  const below = Object.values(lhr.categories).flatMap((c) =>
    c.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c.id}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
  );
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    fcp_ms: value("first-contentful-paint"),
    lcp_ms: value("largest-contentful-paint"),
    tbt_ms: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    speed_index_ms: value("speed-index"),
    lcp_element: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? "",
    below,
  };
}
for (const formFactor of PARTS.has("lighthouse") ? ["mobile", "desktop"] : []) {
  // The embed pages on mobile, where a host page's reader mostly is.
  const names = formFactor === "mobile" ? ["report", "report_en", ...EMBEDS, "peer"] : ["report", "report_en", "peer"];
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < LH_RUNS; i++) {
    // Rotate which goes first, so none always runs on a warmer machine.
    const order = names.map((_, j) => names[(i + j) % names.length]);
    for (const name of order) runs[name].push(await audit(PAGES[name], formFactor));
  }
  for (const name of names) {
    const keys = Object.keys(runs[name][0]).filter((k) => !["below", "lcp_element"].includes(k));
    const row = Object.fromEntries(keys.map((k) => [k, round(median(runs[name].map((r) => r[k])))]));
    results.lighthouse[`${name}_${formFactor}`] = row;
    results.lighthouse[`${name}_${formFactor}_below_full_marks`] = [...new Set(runs[name].flatMap((r) => r.below))];
    results.lighthouse[`${name}_${formFactor}_lcp_elements`] = [...new Set(runs[name].map((r) => r.lcp_element))];
  }
  const theirs = results.lighthouse[`peer_${formFactor}`];
  for (const edition of ["report", "report_en"]) {
    const ours = results.lighthouse[`${edition}_${formFactor}`];
    const suffix = edition === "report" ? "" : "_en";
    for (const m of ["fcp_ms", "lcp_ms", "tbt_ms", "speed_index_ms"]) results.ratios[`${formFactor}_${m}${suffix}`] = theirs[m] ? round(ours[m] / theirs[m]) : null;
    const below = results.lighthouse[`${edition}_${formFactor}_below_full_marks`];
    if (below.length) console.log(`Lighthouse ${formFactor}, ${edition}'s audits below full marks:\n  ${below.join("\n  ")}`);
    const b = budgets[`lighthouse_${formFactor}`];
    for (const c of ["performance", "accessibility", "best-practices", "seo"]) check(`lighthouse ${formFactor} ${c} (${edition})`, ours[c], b[c], true);
    for (const m of ["lcp_ms", "tbt_ms", "cls"]) if (m in b) check(`lighthouse ${formFactor} ${m} (${edition})`, ours[m], b[m]);
    for (const m of ["fcp_ms", "lcp_ms"]) if (b[`${m}_vs_peer`]) check(`lighthouse ${formFactor} ${m} ÷ peer (${edition})`, results.ratios[`${formFactor}_${m}${suffix}`], b[`${m}_vs_peer`]);
  }
  // Embed pages: the same budgets but SEO, as they ask search engines not to index them (the report is the page to find).
  for (const name of formFactor === "mobile" ? EMBEDS : []) {
    const mine = results.lighthouse[`${name}_${formFactor}`];
    for (const m of ["fcp_ms", "lcp_ms", "tbt_ms"]) results.ratios[`${formFactor}_${m}_${name}`] = theirs[m] ? round(mine[m] / theirs[m]) : null;
    const b = budgets[`lighthouse_${formFactor}`];
    for (const c of ["performance", "accessibility", "best-practices"]) check(`lighthouse ${formFactor} ${c} (${name})`, mine[c], b[c], true);
    for (const m of ["lcp_ms", "tbt_ms", "cls"]) check(`lighthouse ${formFactor} ${m} (${name})`, mine[m], b[m]);
  }
}
console.log(`\nLighthouse, medians of ${LH_RUNS} alternating runs each`);
console.table(Object.fromEntries(Object.entries(results.lighthouse).filter(([k]) => !/_(below_full_marks|lcp_elements)$/.test(k))));
for (const [k, v] of Object.entries(results.lighthouse)) if (k.endsWith("_lcp_elements")) console.log(`${k}: ${v.join(" | ")}`);
console.log("\nRatios, this report ÷ peer (below 1 is better)");
console.table(results.ratios);
ours.close();
peer.close();

mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(join(ROOT, "bench", "results", "latest.json"), JSON.stringify({ ...results, budgets, broken }, null, 2));
console.log("\nwrote bench/results/latest.json");
if (broken.length) {
  console.log(`\nBudgets broken:\n  ${broken.join("\n  ")}`);
  process.exit(1);
}
console.log("\nAll budgets kept.");
