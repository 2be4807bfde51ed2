// Shared set-up of the end-to-end suite: the release build served from dist/
// on 127.0.0.1, Debian's Chromium driven by playwright-core, and a page that
// records every console error, page error, CSP violation and foreign request.
import { chromium } from "playwright-core";
import { createServer as createHttpServer } from "node:http";
import { serve } from "./server.mjs";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = join(ROOT, "dist");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROME_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * In the page: where element `id` sits below what stays at the top of the
 * window over it (the narrow screens' contents bar, the timeline's strip),
 * in px. 0 is the first line a reader sees.
 */
export const BELOW_STICKY = `(id) => {
  const el = document.getElementById(id);
  const box = el.getBoundingClientRect();
  const covers = [...document.querySelectorAll(".contents, .strip")]
    .filter((c) => !c.contains(el) && getComputedStyle(c).position === "sticky")
    .map((c) => c.getBoundingClientRect())
    .filter((r) => r.bottom > 0 && r.left < box.right && r.right > box.left && r.height < innerHeight / 2)
    .sort((a, b) => a.top - b.top);
  // Stacked from the top of the window down: the strip sits under the bar.
  let edge = 0;
  for (const r of covers) if (r.top <= edge + 1) edge = Math.max(edge, r.bottom);
  return box.top - edge;
}`;

/** Starts the server and the browser once per test file. */
export async function start() {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is missing: run `trunk build --release` first");
  const server = await serve(DIST);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS });
  return {
    origin,
    browser,
    async stop() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * A new page in its own context, with its problems collected in `problems`:
 * console errors and warnings, uncaught errors, CSP violations (in the page
 * and its frames), and any request to a host other than the page's own
 * (or than `origins`, for a host page that embeds the report).
 */
export async function openPage(env, path = "/", options = {}) {
  const { viewport = { width: 1280, height: 800 }, colorScheme = "light", javaScriptEnabled = true, reducedMotion = "reduce", isMobile = false, hasTouch = false, origins = [env.origin] } = options;
  const context = await env.browser.newContext({ viewport, colorScheme, javaScriptEnabled, reducedMotion, isMobile, hasTouch, ignoreHTTPSErrors: Boolean(env.ignoreHTTPSErrors) });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    const text = msg.text();
    // Chromium's own note about `integrity` on preload links is not the page's error.
    if (text.includes("integrity` attribute is currently ignored for preload")) return;
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`console ${msg.type()}: ${text}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["data:", "blob:"].includes(url.protocol) && !origins.includes(url.origin)) problems.push(`foreign request: ${req.url()}`);
  });
  await page.exposeFunction("__reportCsp", (text) => problems.push(`CSP violation: ${text}`));
  // Defined by the browser, not by a script the page's CSP would judge: a
  // string predicate would be evaluated with eval, which the CSP forbids.
  await page.addInitScript(`window.__belowSticky = ${BELOW_STICKY};`);
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => window.__reportCsp(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (path !== null) {
    await page.goto(env.origin + path);
    if (javaScriptEnabled) await ready(page);
  }
  return { page, context, problems };
}

/**
 * Waits until the page says it is interactive: `<html data-hydrated>`, which
 * the app sets once its islands have hydrated and it has landed on the link's
 * target. The prerendered markup is there long before, so it proves nothing.
 */
export async function ready(page) {
  await page.waitForSelector("html[data-hydrated]", { state: "attached", timeout: 20000 });
}

/** Every id the page can be linked to, read from the page itself. */
export async function anchorIds(page) {
  return page.evaluate(() => {
    const contents = [...document.querySelectorAll("nav.contents .contents__list a")].map((a) => a.getAttribute("href").slice(1));
    const extra = [...document.querySelectorAll("li.event, figure.mini-chart")].map((el) => el.id);
    return [...contents, ...extra];
  });
}

/**
 * A page on another origin than the report's (another port), as a site that
 * embeds parts of the report would be: serves `html` at `/`, and nothing
 * else. Resolves to its origin and a stop function.
 */
export async function serveHost(html) {
  const server = createHttpServer((req, res) => {
    const found = new URL(req.url, "http://host").pathname === "/";
    res.writeHead(found ? 200 : 404, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(found ? html : "not found");
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((ok) => server.close(ok)) };
}

/** A host page that holds `codes` (embed codes, as a publisher pastes them) amid its own text. */
export function hostPage(codes) {
  const text = "<p>A paragraph of the host's own article, before and after the embedded parts of the report.</p>";
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host's article</title><link rel="icon" href="data:,">
<style>body { margin: 0 auto; max-width: 60rem; padding: 0 8px; font: 16px/1.5 sans-serif; }</style></head>
<body><main><h1>A host's article</h1>${text}${codes.map((code) => `${code}${text}`).join("")}</main></body>
</html>`;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * What axe-core finds wrong in a page or a frame (in the element `id`, or
 * the whole document), a line each: the rule and its first elements.
 */
export async function axeViolations(frame, id = null) {
  await frame.evaluate(axeSource);
  const result = await frame.evaluate((id) => window.axe.run(id ? document.getElementById(id) : document, { resultTypes: ["violations"] }), id);
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** A free port on the loopback interface, for a server or driver a test starts. */
export function freePort() {
  return new Promise((ok) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}
