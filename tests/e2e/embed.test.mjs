// Parts of the report embedded in another site. A host page on another
// origin holds the embed codes a publisher copies from the Embed control (the
// chart, the timeline and a section); the frames fit their content as it
// changes, work, leave the host's address, history and scroll alone, and the
// resizer trusts no stray message. Also: each part's oEmbed is the code the
// control shows, and its share and embed pages name it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, ready, serveHost, hostPage, axeViolations, ROOT } from "./helpers.mjs";

const DIST = join(ROOT, "dist");
const HEIGHT_MESSAGE = "shizhong-report:height";
const data = JSON.parse(readFileSync(join(ROOT, "data", "report.json"), "utf8"));

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

/** The embed codes the Embed control shows on an edition's page, by part. */
async function embedCodes(edition) {
  const { page, context, problems } = await openPage(env, edition);
  const codes = await page.$$eval("[data-embed-site]", (codes) => Object.fromEntries(codes.map((c) => [c.id.replace(/-embed$/, ""), c.textContent])));
  assert.deepEqual(problems, []);
  await context.close();
  return codes;
}

/** The iframe of part `slug` on the host page, and its frame once its page says it is hydrated. */
async function embedded(page, slug) {
  const iframe = await page.$(`iframe[src*="/embed/${slug}/"]`);
  // Lazy: it loads as it nears the view.
  await iframe.scrollIntoViewIfNeeded();
  const frame = await iframe.contentFrame();
  await frame.waitForSelector("html[data-hydrated]", { state: "attached", timeout: 20000 });
  return { iframe, frame };
}

/**
 * Waits until the iframe's height is its page's content height (within
 * 4 px), as the resizer sets it from the page's message, and says so; the
 * page then has nothing to scroll. Returns the height. The iframe is brought
 * into view first, as a reader would: browsers pause the rendering of a
 * cross-origin frame out of view, and with it the observer of its height.
 */
async function fits(page, iframe, frame, what) {
  await iframe.scrollIntoViewIfNeeded();
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  await page
    .waitForFunction(([el, h]) => Math.abs(el.getBoundingClientRect().height - h) <= 4, [iframe, content], { timeout: 10000 })
    .catch(async () => {
      const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);
      assert.fail(`${what}: the iframe is ${height} px tall, its content ${content} px`);
    });
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 4), `${what}: the frame scrolls`);
  return content;
}

/** Records, as a problem, any read or write of cookies or storage by the frames' pages (an embed keeps nothing on a reader's machine). */
async function reportStorage(page, problems) {
  await page.exposeFunction("__reportStorage", (what) => problems.push(`storage: ${what}`));
  await page.addInitScript(() => {
    if (window === top) return;
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
    Object.defineProperty(document, "cookie", { get: () => (window.__reportStorage("document.cookie read"), cookie.get.call(document)), set: (v) => (window.__reportStorage("document.cookie written"), cookie.set.call(document, v)) });
    for (const name of ["localStorage", "sessionStorage", "indexedDB"]) {
      const real = Object.getOwnPropertyDescriptor(window, name) ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(window), name);
      Object.defineProperty(window, name, { get: () => (window.__reportStorage(name), real.get.call(window)) });
    }
  });
}

const where = (page) => page.evaluate(() => ({ href: location.href, history: history.length, scrollX }));

for (const edition of ["/", "/en/"]) for (const width of [320, 1024]) {
  test(`${edition}: the chart, the timeline and a section, embedded on another site at ${width} px, fit their content, work, and leave the host alone`, async () => {
    const codes = await embedCodes(edition);
    const host = await serveHost(hostPage([codes["industry-ratio"], codes.timeline, codes.overview]));
    const { page, context, problems } = await openPage(env, null, { viewport: { width, height: 800 }, origins: [host.origin, env.origin] });
    await reportStorage(page, problems);
    await page.goto(host.origin);
    const before = await where(page);

    // The section: fits, and its credit opens the full report at the part, in a new tab.
    const section = await embedded(page, "overview");
    await fits(page, section.iframe, section.frame, "section, after load");
    assert.equal(await section.frame.$eval(".embed__credit a", (a) => a.target), "_blank");
    const [report] = await Promise.all([context.waitForEvent("page"), section.frame.click(".embed__credit a")]);
    await ready(report);
    assert.equal(report.url(), `${env.origin}${edition}#overview`);
    assert.ok(await report.evaluate(() => document.getElementById("overview").contains(document.activeElement)), "the report opens on the part");
    await report.close();

    // The chart: fits, and its view switch works inside the frame.
    const chart = await embedded(page, "industry-ratio");
    await fits(page, chart.iframe, chart.frame, "chart, after load");
    await chart.frame.click("[data-view='slope']");
    assert.equal(await chart.frame.getAttribute("[data-view='slope']", "aria-pressed"), "true");
    await chart.frame.waitForSelector(".ratio__plot svg circle");
    assert.equal(await chart.frame.$$eval(".ratio__plot circle", (c) => c.length), 6);
    await fits(page, chart.iframe, chart.frame, "chart, slope view");

    // The timeline: fits after load, after a filter (it shrinks), and after opening an event (it grows).
    const timeline = await embedded(page, "timeline");
    const loaded = await fits(page, timeline.iframe, timeline.frame, "timeline, after load");
    await timeline.frame.click(".chip[data-category='flood']");
    const shown = await timeline.frame.$$eval("li.event:not([hidden])", (els) => [...new Set(els.map((e) => e.dataset.category))]);
    assert.deepEqual(shown, ["flood"]);
    const filtered = await fits(page, timeline.iframe, timeline.frame, "timeline, filtered");
    assert.ok(filtered < loaded, `a filter shrinks the frame (${loaded} -> ${filtered})`);
    await timeline.frame.click("#flood-0818 button");
    assert.equal(await timeline.frame.getAttribute("#flood-0818 button", "aria-expanded"), "true");
    const opened = await fits(page, timeline.iframe, timeline.frame, "timeline, event opened");
    assert.ok(opened > filtered, `opening an event grows the frame (${filtered} -> ${opened})`);
    // A mark on the time strip lands on its event within the frame, navigating nothing.
    await timeline.frame.click("#flood-0818-mark");
    await timeline.frame.waitForFunction(() => document.getElementById("flood-0818").contains(document.activeElement));
    assert.equal(await timeline.frame.evaluate(() => location.hash), "");

    // A resize of the host: every frame fits again.
    await page.setViewportSize({ width: width === 320 ? 1024 : 320, height: 800 });
    for (const [what, { iframe, frame }] of Object.entries({ section, chart, timeline })) await fits(page, iframe, frame, `${what}, after a resize`);

    // Nothing in the frames changed the host's address or history, or scrolled it sideways.
    const after = await where(page);
    assert.deepEqual({ href: after.href, history: after.history }, { href: before.href, history: before.history });
    assert.equal(after.scrollX, 0);
    assert.deepEqual(problems, []);
    await context.close();
    await host.stop();
  });
}

test("an embed opens the event its query names without moving the host page, and axe finds no violation inside it", async () => {
  const codes = await embedCodes("/");
  const code = codes.timeline.replace(/embed\/timeline\/"/, 'embed/timeline/?cat=economy&event=flood-0818"');
  assert.notEqual(code, codes.timeline);
  const host = await serveHost(hostPage([code]));
  const { page, context, problems } = await openPage(env, null, { origins: [host.origin, env.origin], reducedMotion: "no-preference" });
  await page.goto(host.origin);
  const iframe = await page.$("iframe[data-shizhong-embed]");
  const frame = await iframe.contentFrame();
  await frame.waitForSelector("html[data-hydrated]", { state: "attached", timeout: 20000 });
  // The event is open, shown again though the link's filter would hide it.
  assert.equal(await frame.getAttribute("#flood-0818 button", "aria-expanded"), "true");
  assert.equal(await frame.$eval("#flood-0818", (e) => e.hidden), false);
  // The host did not scroll to it; the frame's address is what it was given.
  assert.equal(await page.evaluate(() => scrollY), 0);
  assert.match(await frame.evaluate(() => location.search), /event=flood-0818/);
  await fits(page, iframe, frame, "timeline opened at an event");
  assert.deepEqual(await axeViolations(frame), []);
  assert.deepEqual(problems, []);
  await context.close();
  await host.stop();
});

test("the resizer sizes only its own iframes, from their own page, to sane heights", async () => {
  const codes = await embedCodes("/");
  // A second frame, of the host's own, posts as an embed would.
  const stranger = `<iframe title="another frame" srcdoc="<p>another frame</p>"></iframe>`;
  const host = await serveHost(hostPage([codes.overview, stranger]));
  const { page, context } = await openPage(env, null, { origins: [host.origin, env.origin] });
  await page.goto(host.origin);
  const { iframe, frame } = await embedded(page, "overview");
  await fits(page, iframe, frame, "section");
  // What the host has seen: a listener after the resizer's sees each message once the resizer has.
  await page.evaluate(() => {
    window.__seen = 0;
    addEventListener("message", () => window.__seen++);
  });
  const height = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
  const post = async (from, message) => {
    const seen = await page.evaluate(() => window.__seen);
    await from.evaluate((m) => parent.postMessage(m, "*"), message);
    await page.waitForFunction((n) => window.__seen > n, seen);
  };
  const fitted = await height();
  const strangerFrame = await (await page.$("iframe[srcdoc]")).contentFrame();
  // From a window that is not the embed's: the host itself, another frame.
  await post(page.mainFrame(), { type: HEIGHT_MESSAGE, height: 300 });
  await post(strangerFrame, { type: HEIGHT_MESSAGE, height: 300 });
  assert.equal(await height(), fitted, "a message from another window moved the iframe");
  // From the embed, heights that are not a sane number, and messages of other kinds.
  for (const bad of [1e9, 20001, 79, -5, 0, NaN, Infinity, "300", null, undefined]) {
    await post(frame, { type: HEIGHT_MESSAGE, height: bad });
    assert.equal(await height(), fitted, `the height ${bad} moved the iframe`);
  }
  await post(frame, { type: "another-kind", height: 300 });
  await post(frame, "shizhong-report:height 300");
  assert.equal(await height(), fitted);
  // The same message from the embed's own window is obeyed: the checks above could fail.
  await post(frame, { type: HEIGHT_MESSAGE, height: 300 });
  assert.equal(await height(), 300);
  await context.close();
  await host.stop();
});

test("the resizer is one small file", () => {
  const size = readFileSync(join(DIST, "public", "embed.js")).length;
  assert.ok(size <= 1024, `public/embed.js is ${size} bytes`);
});

for (const edition of ["/", "/en/"]) test(`${edition}: each part's oEmbed is the embed code its Embed control shows, and its share and embed pages name it`, async () => {
  const { page, context, problems } = await openPage(env, edition);
  const codes = await page.$$eval("[data-embed-site]", (codes) => codes.map((c) => [c.id.replace(/-embed$/, ""), c.textContent]));
  const contents = await page.$$eval("nav.contents .contents__list a", (links) => links.map((a) => a.getAttribute("href").slice(1)));
  // Every part in the contents but the source has the control.
  assert.deepEqual(codes.map(([slug]) => slug), contents.filter((slug) => slug !== "source"));
  for (const [slug, code] of codes) {
    const file = join(DIST, edition, "embed", slug, "oembed.json");
    assert.ok(existsSync(file), file);
    const oembed = JSON.parse(readFileSync(file, "utf8"));
    assert.equal(oembed.type, "rich");
    assert.equal(oembed.version, "1.0");
    for (const key of ["title", "provider_name", "provider_url", "author_name", "html", "thumbnail_url"]) assert.equal(typeof oembed[key], "string", `${slug}: ${key}`);
    for (const key of ["width", "height", "thumbnail_width", "thumbnail_height"]) assert.ok(Number.isInteger(oembed[key]) && oembed[key] > 0, `${slug}: ${key}`);
    // Its html is the control's code, written for the site the build was told of.
    const site = oembed.provider_url.slice(0, oembed.provider_url.length - edition.length + 1);
    assert.equal(oembed.html.replaceAll(`src="${site}`, `src="${env.origin}/`), code, slug);
    assert.match(code, new RegExp(`<iframe src="${env.origin}${edition}embed/${slug}/" title="[^"]+" height="\\d+" loading="lazy"`));
    const escaped = oembed.title.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("'", "&#39;").replaceAll("<", "&lt;");
    assert.ok(code.includes(`title="${escaped}"`), `${slug}: the iframe's title`);
    // Its thumbnail is the part's link-preview picture.
    assert.equal(oembed.thumbnail_url, `${site}${edition.slice(1)}s/${slug}/preview.png`);
    assert.ok(existsSync(join(DIST, edition, "s", slug, "preview.png")));
    // The share page and the embed page name it.
    for (const from of [`s/${slug}/`, `embed/${slug}/`]) {
      const html = readFileSync(join(DIST, edition, from, "index.html"), "utf8");
      const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
      assert.ok(link, `${edition}${from} names no oEmbed`);
      assert.equal(link[1], `${site}${edition.slice(1)}embed/${slug}/oembed.json`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

for (const edition of ["/", "/en/"]) test(`${edition}: the Embed control opens on the code, which copies, and axe finds no violation with it open`, async () => {
  const { page, context, problems } = await openPage(env, edition);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.origin });
  await page.click("#timeline .embed-code summary");
  const code = page.locator("#timeline-embed");
  assert.ok(await code.isVisible());
  // A click selects the whole code, for readers who copy by hand.
  await code.click();
  assert.equal(await page.evaluate(() => getSelection().toString()), await code.textContent());
  await page.click("#timeline [data-copy]");
  await page.waitForFunction(() => document.querySelector("#timeline .embed-code [role=status]").textContent !== "");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code.textContent());
  // No form field: Chromium's autofill would lay out its part as the document ends.
  assert.equal(await page.$$eval("main input, main textarea, main select", (els) => els.filter((el) => !el.closest("leptos-island")).length), 0);
  assert.deepEqual(await axeViolations(page, "timeline"), []);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const edition of ["/", "/en/"]) test(`${edition}: an embed page reads without JavaScript, with no masthead, contents or controls`, async () => {
  const { page, context } = await openPage(env, `${edition}embed/timeline/`, { javaScriptEnabled: false });
  assert.equal(await page.$$eval(".masthead, nav.contents, .share__button, .embed-code", (els) => els.length), 0);
  // Every event of the article, with its title.
  const titles = await page.$$eval("li.event .event__title", (els) => els.map((e) => e.textContent).sort());
  assert.deepEqual(titles, data.events.map((e) => e.title[edition === "/" ? "zh" : "en"]).sort());
  assert.equal(await page.$eval(".embed__credit a", (a) => [a.target, a.getAttribute("href")].join(" ")), "_blank ../../#timeline");
  await context.close();
});
