// The prerendered page: readable without JavaScript, hydrated with it, and
// one share page per section and event.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { start, openPage, ready, ROOT } from "./helpers.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

const data = JSON.parse(readFileSync(join(ROOT, "data", "report.json"), "utf8"));

test("without JavaScript the page shows every section heading and every figure", async () => {
  const { page, context } = await openPage(env, "/", { javaScriptEnabled: false });
  for (const section of data.sections) {
    const heading = await page.$eval(`section#${section.slug} h2`, (h) => h.textContent).catch(() => null);
    assert.equal(heading, section.heading.zh, section.slug);
    const paragraphs = await page.$$eval(`section#${section.slug} .prose p`, (ps) => ps.map((p) => p.textContent));
    assert.deepEqual(paragraphs, section.paragraphs.map((p) => p.zh), section.slug);
  }
  for (const figure of data.figures) {
    const texts = await page.$$eval(`[data-figure="${figure.id}"]`, (els) => els.map((e) => e.textContent));
    assert.ok(texts.length > 0, `figure ${figure.id} is not on the page`);
    assert.ok(texts.every((t) => t.includes(figure.value)), `${figure.id}: ${texts}`);
  }
  // The chart and the timeline are there as SVG and as a list.
  assert.equal(await page.$$eval(".ratio__plot svg rect", (r) => r.length), 12);
  assert.equal(await page.$$eval("li.event", (li) => li.length), data.events.length);
  await context.close();
});

test("only the contents' tracker, the chart and the timeline's filters are islands; the rest is static", async () => {
  const { page, context } = await openPage(env, "/", { javaScriptEnabled: false });
  const islands = await page.$$eval("leptos-island", (els) => els.map((el) => el.firstElementChild?.getAttribute("class")));
  assert.deepEqual(islands, ["contents__now", "segmented", "timeline__progress"]);
  // Nothing static sits inside an island (the contents' list, the timeline's
  // events and strip included), and every part is tracked by its mark.
  const inside = "leptos-island .masthead, leptos-island .report-section, leptos-island .glance, leptos-island .contents__list, leptos-island .event, leptos-island .strip";
  assert.equal(await page.$$eval(inside, (e) => e.length), 0);
  const parts = await page.$$eval("[data-part]", (els) => els.map((el) => el.id));
  const contents = await page.$$eval("nav.contents .contents__list a", (as) => as.map((a) => a.getAttribute("href").slice(1)));
  // The masthead is tracked too (back at the top, the link drops its fragment), not listed.
  assert.deepEqual(parts, ["lead", ...contents]);
  await context.close();
});

/** The page with its wasm held back until `release()`: the prerendered DOM, whole, before any island runs. */
async function openHeldBack(options) {
  const opened = await openPage(env, null, options);
  let release;
  const held = new Promise((ok) => (release = ok));
  await opened.page.route("**/*_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await opened.page.goto(env.origin + "/", { waitUntil: "commit" });
  await opened.page.waitForSelector("li.event:last-child", { state: "attached" });
  return { ...opened, release };
}

test("with JavaScript the islands adopt the prerendered DOM, chart and events included, without a warning", async () => {
  // Mark the prerendered DOM while the wasm is held back: hydration must keep it, not render anew.
  const { page, context, problems, release } = await openHeldBack();
  await page.$eval("h1", (h) => (h.dataset.before = "kept"));
  // Record when the chart is first drawn anew: a later width change may redraw
  // it (the design wants that), but hydration itself must not.
  await page.$eval(".ratio__plot", (plot) => {
    window.__firstRedraw = null;
    new MutationObserver(() => (window.__firstRedraw ??= performance.now())).observe(plot, { childList: true, subtree: true });
  });
  await page.$eval("li.event", (li) => (li.dataset.before = "kept"));
  await page.$eval(".event__toggle", (b) => (b.dataset.before = "kept"));
  release();
  await ready(page);
  assert.equal(await page.$eval("h1", (h) => h.dataset.before), "kept");
  // The islands are hydrated when the page starts (it then draws the parts
  // its first layout skipped, lands, and says it is hydrated).
  const { hydrated, firstRedraw, drawn } = await page.evaluate(() => ({
    hydrated: performance.getEntriesByName("report:islands-hydrated")[0].startTime,
    firstRedraw: window.__firstRedraw,
    drawn: performance.getEntriesByName("report:chart-drawn").map((m) => m.startTime),
  }));
  assert.ok(firstRedraw === null || firstRedraw > hydrated, `the chart was redrawn at ${firstRedraw} ms, before the islands were hydrated at ${hydrated} ms`);
  // Plotters itself did not run to hydrate (it marks each drawing in the browser).
  assert.ok(drawn.every((t) => t > hydrated), `plotters drew at ${drawn} ms, before the islands were hydrated at ${hydrated} ms`);
  assert.equal(await page.$eval("li.event", (li) => li.dataset.before ?? "rebuilt"), "kept");
  assert.equal(await page.$eval(".event__toggle", (b) => b.dataset.before ?? "rebuilt"), "kept");
  assert.equal(await page.$$eval("h1", (h) => h.length), 1);
  assert.equal(await page.$$eval("main section#overview", (s) => s.length), 1);
  await page.click("[data-view='slope']");
  assert.equal(await page.$$eval(".ratio__plot circle", (c) => c.length), 6);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the timeline's search field comes with its island, in the place the prerender kept, and moves nothing", async () => {
  const { page, context, problems, release } = await openHeldBack({ viewport: { width: 390, height: 844 } });
  // Before the island runs there is no field that cannot search.
  assert.equal(await page.$$eval("input", (i) => i.length), 0);
  await page.$eval(".timeline__filters", (el) => el.scrollIntoView({ block: "center", behavior: "instant" }));
  // Where the row's parts sit, from the row's corner: the page itself may
  // scroll by a fraction of a pixel as parts above are drawn.
  const boxes = () =>
    page.evaluate(() => {
      const row = document.querySelector(".timeline__filters").getBoundingClientRect();
      return Object.fromEntries(
        [".timeline__filters", ".search__field", ".timeline__clear", ".timeline__status"].map((s) => {
          const r = document.querySelector(s).getBoundingClientRect();
          return [s, [r.x - row.x, r.y - row.y, r.width, r.height]];
        }),
      );
    });
  const before = await boxes();
  release();
  await ready(page);
  const field = await page.$eval(".search__field input[type=search]", (input) => {
    const r = input.getBoundingClientRect();
    const box = input.parentElement.getBoundingClientRect();
    return { label: input.closest("label").textContent.trim(), fills: [r.x - box.x, r.y - box.y, r.width - box.width, r.height - box.height].map(Math.round) };
  });
  assert.equal(field.label, "搜索");
  assert.deepEqual(field.fills, [0, 0, 0, 0]);
  assert.deepEqual(await boxes(), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test("each share page names its part and leads to it", async () => {
  const targets = [...data.sections.map((s) => [s.slug, s.heading.zh]), ...data.events.map((e) => [e.slug, e.title.zh])];
  for (const [slug, title] of targets) {
    const file = join(ROOT, "dist", "s", slug, "index.html");
    assert.ok(existsSync(file), `no share page for ${slug}`);
    const html = readFileSync(file, "utf8");
    const ogTitle = html.match(/<meta property="og:title" content="([^"]*)"/)?.[1] ?? "";
    assert.ok(ogTitle.includes(title), `${slug}: og:title ${ogTitle}`);
    assert.match(html, new RegExp(`<title>[^<]*${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    assert.match(html, new RegExp(`<meta property="og:image" content="http[^"]+/s/${slug}/preview.png"`));
  }
  const { page, context, problems } = await openPage(env, null);
  for (const edition of ["", "en/"]) {
    await page.goto(`${env.origin}/${edition}s/innovation/`);
    await page.waitForURL((url) => url.pathname === `/${edition}` && url.hash === "#innovation");
    await ready(page);
    const top = await page.$eval("#innovation", (el) => el.getBoundingClientRect().top);
    assert.ok(top >= -2 && top <= 40, `/${edition}#innovation at ${top}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

for (const edition of ["", "en/"]) test(`/${edition}: every share button's target has a share page that leads back to it`, async () => {
  const { page, context } = await openPage(env, `/${edition}`, { javaScriptEnabled: false });
  const ids = await page.$$eval("[data-share]", (bs) => bs.map((b) => b.dataset.share));
  await context.close();
  // Events' buttons are built when an event opens: their ids are the events'.
  const all = [...new Set([...ids, ...data.events.map((e) => e.slug)])];
  assert.ok(ids.length >= data.sections.length + data.bar_charts.length, `only ${ids.length} share buttons`);
  for (const id of all) {
    const file = join(ROOT, "dist", edition, "s", id, "index.html");
    assert.ok(existsSync(file), `no share page for #${id}`);
    assert.match(readFileSync(file, "utf8"), new RegExp(`url=\\.\\./\\.\\./#${id}"`), id);
  }
});

test("sitemap and robots list the page and its share pages", () => {
  const sitemap = readFileSync(join(ROOT, "dist", "sitemap.xml"), "utf8");
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assert.ok(locs.every((l) => /^https?:\/\//.test(l)));
  for (const s of data.sections) {
    assert.ok(locs.some((l) => new URL(l).pathname === `/s/${s.slug}/`), s.slug);
    assert.ok(locs.some((l) => new URL(l).pathname === `/en/s/${s.slug}/`), `en: ${s.slug}`);
  }
  assert.ok(locs.some((l) => new URL(l).pathname === "/en/"), "the English page");
  assert.match(readFileSync(join(ROOT, "dist", "robots.txt"), "utf8"), /^Sitemap: https?:\/\/.+sitemap\.xml$/m);
});

test("each edition's page and every share page name a picture of their own: a PNG of 1200×630, at most 120 KB", () => {
  const seen = new Map();
  const pages = ["", "en"].flatMap((edition) => {
    const slugs = readdirSync(join(ROOT, "dist", edition, "s"));
    assert.ok(slugs.length > 30, `${edition}: only ${slugs.length} share pages`);
    return [edition ? `${edition}/` : "", ...slugs.map((slug) => `${edition ? `${edition}/` : ""}s/${slug}/`)];
  });
  for (const path of pages) {
    const html = readFileSync(join(ROOT, "dist", ...path.split("/").filter(Boolean), "index.html"), "utf8");
    const meta = (name) => html.match(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`))?.[1];
    // Absolute with SITE_URL, else relative to the page: resolved as a browser would.
    const url = new URL(meta("og:image"), `http://127.0.0.1:8080/${path}`);
    assert.equal(new URL(meta("twitter:image"), `http://127.0.0.1:8080/${path}`).href, url.href, path);
    assert.equal(url.pathname, `/${path}preview.png`, path);
    assert.equal(meta("og:image:width"), "1200", path);
    assert.equal(meta("og:image:height"), "630", path);
    assert.ok(meta("og:image:alt")?.length > 10, `${path}: no alt`);
    const png = readFileSync(join(ROOT, "dist", ...url.pathname.split("/").filter(Boolean)));
    assert.equal(png.subarray(0, 8).toString("latin1"), "\x89PNG\r\n\x1a\n", `${path}: not a PNG`);
    assert.equal(png.subarray(12, 16).toString("latin1"), "IHDR");
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], path);
    assert.ok(png.length <= 120 * 1024, `${path}: ${png.length} bytes`);
    const hash = createHash("sha256").update(png).digest("hex");
    assert.ok(!seen.has(hash), `${path} has the same picture as ${seen.get(hash)}`);
    seen.set(hash, path);
  }
});
