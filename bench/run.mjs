// The benchmark: first-load bytes, Lighthouse (mobile and desktop), and
// in-browser timings over repeated runs, each against bench/budgets.json.
// Prints a table, writes bench/results/latest.json, exits 1 when a budget breaks.
// Run with `bash scripts/dev.sh bench` (it builds the release first).
import { readFileSync, writeFileSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "../tests/e2e/server.mjs";
import { ROOT, CHROME_ARGS } from "../tests/e2e/helpers.mjs";

const DIST = join(ROOT, "dist");
const RUNS = Number(process.env.BENCH_RUNS || 15);
const WARMUP = 3;
const budgets = JSON.parse(readFileSync(join(ROOT, "bench", "budgets.json"), "utf8"));
const results = { date: new Date().toISOString(), runs: RUNS, bytes: {}, lighthouse: {}, timings: {} };
const broken = [];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => ({ median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) });
const round = (x) => Math.round(x * 100) / 100;
function check(name, value, limit, higherIsBetter = false) {
  const ok = higherIsBetter ? value >= limit : value <= limit;
  if (!ok) broken.push(`${name}: ${value} (budget ${higherIsBetter ? "≥" : "≤"} ${limit})`);
  return ok ? "ok" : "OVER";
}

// ---- first-load bytes: index.html and everything it loads ----
const html = readFileSync(join(DIST, "index.html"), "utf8");
const loader = html.match(/<script type="module" src="\.\/([^"]+)"/)[1];
const loaderCode = readFileSync(join(DIST, loader), "utf8");
const files = new Set(["index.html", loader]);
for (const m of html.matchAll(/<link rel="(?:stylesheet|modulepreload|preload)" href="\.\/([^"]+)"/g)) files.add(m[1]);
for (const m of loaderCode.matchAll(/'\.\/([^']+)'/g)) files.add(m[1]);
let total = { raw: 0, gzip: 0, brotli: 0 };
for (const f of files) {
  const body = readFileSync(join(DIST, f));
  const row = {
    raw: statSync(join(DIST, f)).size,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  results.bytes[f] = row;
  for (const k of Object.keys(total)) total[k] += row[k];
}
results.bytes.total = total;
console.log("\nFirst load (bytes)");
console.table(results.bytes);
console.log(`first load brotli ${total.brotli} B: ${check("first load brotli", total.brotli, budgets.first_load_brotli_bytes)}`);

// ---- in-browser timings ----
const server = await serve(DIST);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROME_ARGS });
const samples = { first_contentful_paint_ms: [], largest_contentful_paint_ms: [], first_section_ms: [], chart_drawn_ms: [], heap_mb: [], chart_render_bars_320_ms: [], chart_render_slope_320_ms: [], chart_render_bars_1280_ms: [], chart_render_slope_1280_ms: [], timeline_filter_ms: [], timeline_search_ms: [] };

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

for (let i = 0; i < RUNS; i++) {
  for (const width of [320, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(origin + "/");
    await page.waitForSelector(".ratio__plot svg");
    if (width === 1280) {
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])));
      const paints = await page.evaluate(
        () =>
          new Promise((ok) => {
            const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
            new PerformanceObserver((list) => ok({ fcp, lcp: list.getEntries().at(-1).startTime })).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      );
      samples.first_contentful_paint_ms.push(paints.fcp);
      samples.largest_contentful_paint_ms.push(paints.lcp);
      samples.first_section_ms.push(marks["report:first-section"] ?? NaN);
      samples.chart_drawn_ms.push(marks["report:chart-drawn"] ?? NaN);
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
              observer.observe(document.querySelector(".timeline__events"), { childList: true, subtree: true });
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
for (const [k, xs] of Object.entries(samples)) results.timings[k] = spread(xs);
console.log(`\nIn-browser timings over ${RUNS} runs (ms; heap in MB)`);
console.table(results.timings);
for (const k of Object.keys(samples).filter((k) => k.startsWith("chart_render"))) check(k, results.timings[k].median, budgets.chart_render_ms);
check("timeline_filter_ms", results.timings.timeline_filter_ms.median, budgets.timeline_filter_ms);
check("timeline_search_ms", results.timings.timeline_search_ms.median, budgets.timeline_filter_ms);
await browser.close();

// ---- Lighthouse, served compressed as a static host would ----
const lighthouse = (await import("lighthouse")).default;
const chromeLauncher = await import("chrome-launcher");
for (const formFactor of ["mobile", "desktop"]) {
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", ...CHROME_ARGS] });
  const config = formFactor === "desktop" ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined;
  const run = await lighthouse(origin + "/", { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] }, config);
  await chrome.kill();
  const lhr = run.lhr;
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
  const row = {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    fcp_ms: round(audit("first-contentful-paint")),
    lcp_ms: round(audit("largest-contentful-paint")),
    tbt_ms: round(audit("total-blocking-time")),
    cls: round(audit("cumulative-layout-shift")),
    speed_index_ms: round(audit("speed-index")),
  };
  results.lighthouse[formFactor] = row;
  // What kept a category below 100, so a broken budget says why.
  const failing = Object.values(lhr.categories).flatMap((c) =>
    c.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c.id}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
  );
  results.lighthouse[`${formFactor}_below_full_marks`] = failing;
  if (failing.length) console.log(`Lighthouse ${formFactor}, audits below full marks:\n  ${failing.join("\n  ")}`);
  const b = budgets[`lighthouse_${formFactor}`];
  for (const c of ["performance", "accessibility", "best-practices", "seo"]) check(`lighthouse ${formFactor} ${c}`, row[c], b[c], true);
  for (const m of ["lcp_ms", "tbt_ms", "cls"]) if (m in b) check(`lighthouse ${formFactor} ${m}`, row[m], b[m]);
}
console.log("\nLighthouse");
console.table({ mobile: results.lighthouse.mobile, desktop: results.lighthouse.desktop });
server.close();

mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(join(ROOT, "bench", "results", "latest.json"), JSON.stringify({ ...results, budgets, broken }, null, 2));
console.log("\nwrote bench/results/latest.json");
if (broken.length) {
  console.log(`\nBudgets broken:\n  ${broken.join("\n  ")}`);
  process.exit(1);
}
console.log("\nAll budgets kept.");
