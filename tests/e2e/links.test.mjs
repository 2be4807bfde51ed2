// Deep links, contents links, the address bar following the reader, sharing,
// and hostile fragments, against the release build.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, ready, anchorIds } from "./helpers.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

/** Where an element sits: its top below what stays at the top of the window, and whether the page could scroll further. */
function placement(page, id) {
  return page.evaluate((id) => ({
    top: window.__belowSticky(id),
    atBottom: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1,
    scrollY,
  }), id);
}

/** Waits until the page has not scrolled for three frames running: no scroll is under way. */
async function scrollAtRest(page) {
  await page.waitForFunction(
    () => {
      window.__still = window.__lastY === scrollY ? (window.__still ?? 0) + 1 : 0;
      window.__lastY = scrollY;
      return window.__still >= 3;
    },
    null,
    { polling: "raf" },
  );
}

/** Waits until focus is inside `id` and the page is still, then checks that `id` is at the top. */
async function assertLandedOn(page, id) {
  await page.waitForFunction((id) => document.getElementById(id).contains(document.activeElement), id);
  await scrollAtRest(page);
  assertAtTop(await placement(page, id), id);
}

/** At the top of the viewport (within its scroll margin), or as high as the page lets it go. */
function assertAtTop(where, id) {
  assert.ok((where.top >= -2 && where.top <= 40) || (where.atBottom && where.top >= -2), `#${id} is at ${where.top}px (scrollY ${where.scrollY})`);
}

test("every section, chart and event opens at the top of a fresh page", async () => {
  const { page, context } = await openPage(env, "/");
  const ids = await anchorIds(page);
  await context.close();
  assert.ok(ids.length > 30, `only ${ids.length} ids`);
  for (const id of ids) {
    const { page, context, problems } = await openPage(env, `/#${id}`);
    assertAtTop(await placement(page, id), id);
    const focused = await page.evaluate((id) => document.getElementById(id).contains(document.activeElement), id);
    assert.ok(focused, `focus is not inside #${id}`);
    if (await page.$(`li.event#${id}`)) {
      assert.equal(await page.getAttribute(`#${id} button`, "aria-expanded"), "true", `event #${id} is not opened`);
    }
    assert.deepEqual(problems, [], `#${id}`);
    await context.close();
  }
});

// The first layout skips the parts out of view, with guessed sizes; the page
// draws them before it lands. With smooth scrolling allowed, the target must
// still end at the top, and stay there.
test("with motion allowed, a deep link lands on its target, the parts above it drawn", async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    for (const id of ["three-years", "timeline", "flood-0818", "source"]) {
      const { page, context, problems } = await openPage(env, `/#${id}`, { viewport, reducedMotion: "no-preference" });
      await scrollAtRest(page);
      assertAtTop(await placement(page, id), `${id} at ${viewport.width} px`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});

test("a link followed while the page draws its parts is where the reader ends, not the first one", async () => {
  const { page, context, problems } = await openPage(env, null, { reducedMotion: "no-preference" });
  // Follow a link as soon as the islands have hydrated: the page is then drawing the parts it skipped.
  await page.addInitScript(() =>
    new PerformanceObserver((list) => {
      if (list.getEntries().some((m) => m.name === "report:islands-hydrated")) location.hash = "#innovation";
    }).observe({ type: "mark" }),
  );
  await page.goto(env.origin + "/#three-years");
  await ready(page);
  assert.ok(await page.evaluate(() => performance.getEntriesByName("report:parts-drawn")[0].startTime > performance.getEntriesByName("report:islands-hydrated")[0].startTime));
  await assertLandedOn(page, "innovation");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a link followed lands where it named, even when the address bar has moved on before the page hears of it", async () => {
  const { page, context, problems } = await openPage(env, "/");
  // The address bar follows the reader by replacing the entry's URL: that can come between
  // a link changing the fragment and the page's hashchange.
  await page.evaluate(() => {
    location.hash = "#innovation";
    history.replaceState(null, "", "#three-years");
  });
  await assertLandedOn(page, "innovation");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a deep link keeps working after a reload and when the fragment changes in the page", async () => {
  const { page, context, problems } = await openPage(env, "/#innovation");
  await page.reload();
  await ready(page);
  assertAtTop(await placement(page, "innovation"), "innovation");
  await page.evaluate(() => (location.hash = "#flood-0818"));
  // Landing ends with focus in the event, below the timeline's strip.
  await page.waitForFunction(() => document.getElementById("flood-0818").contains(document.activeElement) && window.__belowSticky("flood-0818") < 40);
  assert.equal(await page.getAttribute("#flood-0818 button", "aria-expanded"), "true");
  assert.deepEqual(problems, []);
  await context.close();
});

test("contents links land on their targets and add one history entry each", async () => {
  const { page, context, problems } = await openPage(env, "/?view=slope");
  // A marker on the window shows that no link reloads the page.
  await page.evaluate(() => (window.__samePage = true));
  const hrefs = await page.$$eval("nav.contents .contents__list a", (as) => as.map((a) => a.getAttribute("href")));
  for (const href of hrefs) {
    const before = await page.evaluate(() => history.length);
    await page.click(`nav.contents .contents__list a[href="${href}"]`);
    // Landing ends with focus inside the target: the page says it is there.
    await page.waitForFunction((id) => document.getElementById(id).contains(document.activeElement), href.slice(1));
    assertAtTop(await placement(page, href.slice(1)), href);
    assert.equal(await page.evaluate(() => location.hash), href);
    assert.equal(await page.evaluate(() => location.search), "?view=slope", "the link lost the page's state");
    assert.equal(await page.evaluate(() => window.__samePage), true, `${href} reloaded the page`);
    assert.equal(await page.evaluate(() => history.length), before + 1, `${href} did not add one entry`);
  }
  await page.goBack();
  await page.waitForFunction((hash) => location.hash === hash, hrefs.at(-2));
  assert.equal(await page.evaluate(() => location.hash), hrefs.at(-2));
  assert.deepEqual(problems, []);
  await context.close();
});

test("scrolling moves the fragment along without adding history entries", async () => {
  const { page, context, problems } = await openPage(env, "/");
  const length = await page.evaluate(() => history.length);
  const seen = new Set();
  for (const id of ["overview", "top-level-design", "innovation", "tackling-challenges", "timeline"]) {
    await page.evaluate((id) => scrollTo(0, document.getElementById(id).offsetTop + 40), id);
    await page.waitForFunction((id) => location.hash === `#${id}`, id, { timeout: 3000 });
    seen.add(await page.evaluate(() => location.hash));
  }
  assert.equal(seen.size, 5);
  // The footer is a part too. Back at the top, the link is the page itself
  // while the masthead is being read (it reaches the reading band, a third of
  // the way down), else the band's first part.
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => location.hash === "#source", null, { timeout: 3000 });
  await page.evaluate(() => scrollTo(0, 0));
  const atTop = await page.evaluate(() =>
    document.querySelector(".masthead").getBoundingClientRect().bottom > innerHeight / 3 ? "" : "#at-a-glance");
  await page.waitForFunction((hash) => location.hash === hash, atTop, { timeout: 3000 });
  assert.equal(await page.evaluate(() => history.length), length);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Clicks the share control inside `scope`, waits for its confirmation, and returns what it copied. */
async function shareFrom(page, context, scope) {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.origin });
  await page.click(`${scope} [data-share]`);
  await page.waitForSelector(`${scope} .share__status:has-text('链接已复制')`);
  // The copy is asynchronous: read the clipboard each frame until it holds the link.
  for (;;) {
    const copied = await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => navigator.clipboard.readText().then(ok))));
    if (copied) return copied;
  }
}

/** Opens `url` in a fresh page and checks it lands on `id`. */
async function openShared(url, id) {
  const opened = await openPage(env, null);
  await opened.page.goto(url);
  await opened.page.waitForURL(new RegExp(`#${id}$`));
  await ready(opened.page);
  assertAtTop(await placement(opened.page, id), id);
  assert.deepEqual(opened.problems, []);
  return opened;
}

test("the share control copies the section's share page, whose preview names it and which leads to it", async () => {
  const { page, context, problems } = await openPage(env, "/");
  await page.click("#flood-0818 button[data-event-button]");
  const copied = await shareFrom(page, context, "#flood-0818");
  assert.equal(copied, `${env.origin}/s/flood-0818/`);
  const opened = await openShared(copied, "flood-0818");
  await opened.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test("with a view or filter chosen, the share control copies a link that carries it", async () => {
  const { page, context, problems } = await openPage(env, "/");
  await page.click("[data-view='slope']");
  const copied = await shareFrom(page, context, "#innovation");
  assert.equal(copied, `${env.origin}/?view=slope#innovation`);
  // The copied link opens on that section, in that view.
  const opened = await openShared(copied, "innovation");
  assert.equal(await opened.page.getAttribute("[data-view='slope']", "aria-pressed"), "true");
  await opened.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test("timeline filters and the chart view travel in the link", async () => {
  const { page, context, problems } = await openPage(env, "/?cat=flood,covid&view=slope#timeline");
  const categories = await page.$$eval("li.event:not([hidden])", (els) => [...new Set(els.map((e) => e.dataset.category))].sort());
  assert.deepEqual(categories, ["covid", "flood"]);
  assert.equal(await page.getAttribute(".chip[data-category='flood']", "aria-pressed"), "true");
  assert.equal(await page.$$eval(".ratio__plot circle", (c) => c.length), 6);
  assert.deepEqual(problems, []);
  await context.close();
});

const HOSTILE = [
  "#nowhere",
  "#%E0%A4%A",
  "#%ZZ%",
  "#<script>alert(1)</script>",
  "#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "#\"><svg/onload=alert(1)>",
  "#🎉🎉🎉",
  "#overview%00",
  "#javascript:alert(1)",
  `#${"a".repeat(5000)}`,
  "?view=%3Cscript%3E&cat=%zz&q=%E0%A4%A#timeline",
];

test("hostile and unknown fragments leave the page whole, at its top or its target", async () => {
  for (const fragment of HOSTILE) {
    const { page, context, problems } = await openPage(env, `/${fragment}`);
    const state = await page.evaluate(() => ({
      scrollY,
      sections: document.querySelectorAll("main section").length,
      h1: document.querySelectorAll("h1").length,
      // Scripts that run: the structured data is JSON, which no browser runs.
      inlineScripts: document.querySelectorAll("script:not([src]):not([type='application/ld+json'])").length,
      images: document.querySelectorAll("img").length,
      alerts: window.__alerted || 0,
    }));
    assert.equal(state.h1, 1, fragment);
    assert.ok(state.sections >= 8, `${fragment}: ${state.sections} sections`);
    assert.equal(state.inlineScripts, 0, fragment);
    assert.equal(state.images, 0, fragment);
    if (!fragment.startsWith("?")) assert.equal(state.scrollY, 0, `${fragment.slice(0, 30)} scrolled`);
    assert.deepEqual(problems, [], fragment.slice(0, 30));
    await context.close();
  }
});
