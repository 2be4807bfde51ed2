// Reading by scrolling, on a phone (390×844, touch) and at 1440 px: the time
// strip, the event being read, the marks, the phone's contents bar, the
// machine-readable dates, the chart's scroll step, and numbers that never break.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, ROOT } from "./helpers.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const WIDE = { viewport: { width: 1440, height: 900 } };
const data = JSON.parse(readFileSync(join(ROOT, "data", "report.json"), "utf8"));

/** Scrolls so that the top of `selector` sits a quarter of the way down the window (inside the reading band's reach). */
function bringToReading(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    scrollTo({ top: el.getBoundingClientRect().top + scrollY - innerHeight * 0.3, behavior: "instant" });
  }, selector);
}

/** Where the strip sits, and where what stays above it ends. */
function stripPlace(page) {
  return page.evaluate(() => {
    const strip = document.querySelector(".strip").getBoundingClientRect();
    const bar = getComputedStyle(document.querySelector(".contents")).position === "sticky" && innerWidth < 992
      ? document.querySelector(".contents").getBoundingClientRect().bottom
      : 0;
    return { top: strip.top, bottom: strip.bottom, bar };
  });
}

// With motion allowed too: events below the fold wait lower, and landing
// scrolls smoothly; a landed event must still end clear of the strip.
for (const [name, options] of [["phone", PHONE], ["1440 px", WIDE], ["1440 px with motion", { ...WIDE, reducedMotion: "no-preference" }]]) {
  test(`${name}: the time strip stays while the timeline is read, and names the event being read`, async () => {
    const { page, context, problems } = await openPage(env, "/", options);
    const dated = await page.$$eval(".timeline__list:not(.timeline__list--undated) > li.event", (els) => els.map((el) => el.id));
    for (const slug of [dated[2], dated[5], dated.at(-1)]) {
      await bringToReading(page, `#${slug}`);
      const title = await page.textContent(`#${slug} .event__title`);
      // The app marks the event being read; the strip names it.
      await page.waitForSelector(`li.event--current#${slug}`, { timeout: 3000 });
      assert.equal(await page.textContent(".strip__title"), title);
      assert.equal(await page.$$eval(".event--current", (els) => els.length), 1);
      assert.equal(await page.$$eval(".axis__link--current", (els) => els.length), 1);
      const place = await stripPlace(page);
      assert.ok(Math.abs(place.top - place.bar) <= 1, `the strip is at ${place.top}px, not under the bar at ${place.bar}px`);
    }
    // Before the timeline, the strip is not at the top: it sticks only with its part.
    await bringToReading(page, "#innovation");
    const before = await stripPlace(page);
    assert.ok(before.top > before.bar + 1, `the strip sticks at ${before.top}px while #innovation is read`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${name}: a mark on the strip lands on its event, as a deep link does`, async () => {
    const { page, context, problems } = await openPage(env, "/", options);
    await bringToReading(page, "li.event");
    const mark = page.locator('.axis a[href="#flood-0818"]');
    if (options.hasTouch) await mark.tap();
    else await mark.click();
    await page.waitForFunction(() => location.hash === "#flood-0818" && document.getElementById("flood-0818").contains(document.activeElement));
    // A smooth scroll may still run: wait for it to end just below the strip
    // (and fail with where it is if it never does).
    const landed = () => window.__belowSticky("flood-0818") >= -2 && window.__belowSticky("flood-0818") <= 40;
    await page.waitForFunction(landed, null, { timeout: 5000 }).catch(async () => {
      assert.fail(`#flood-0818 lands ${await page.evaluate(() => window.__belowSticky("flood-0818"))}px below the strip`);
    });
    assert.equal(await page.getAttribute("#flood-0818 button", "aria-expanded"), "true");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the strip's marks are reached by keyboard, and a filter hides the marks of the events it hides", async () => {
  const { page, context, problems } = await openPage(env, "/", WIDE);
  await bringToReading(page, "li.event");
  // After the filters, Tab reaches the strip's first mark, with a visible focus ring.
  await page.focus(".search input");
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => ({
    href: document.activeElement.getAttribute("href"),
    first: document.querySelector(".axis a").getAttribute("href"),
    ring: getComputedStyle(document.activeElement).outlineStyle,
  }));
  assert.equal(first.href, first.first);
  assert.equal(first.ring, "solid");
  await page.keyboard.press("Enter");
  const slug = first.href.slice(1);
  await page.waitForFunction((slug) => location.hash === `#${slug}` && document.getElementById(slug).contains(document.activeElement), slug);
  await page.click(".chip[data-category='economy']");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("cat") === "economy");
  const marks = await page.$$eval(".axis a", (links) =>
    links.map((a) => ({ slug: a.getAttribute("href").slice(1), shown: getComputedStyle(a).display !== "none" })));
  const events = await page.$$eval("li.event", (els) => Object.fromEntries(els.map((el) => [el.id, !el.hidden])));
  assert.ok(marks.some((m) => m.shown) && marks.some((m) => !m.shown));
  for (const m of marks) assert.equal(m.shown, events[m.slug], `the mark of ${m.slug}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("phone: the bar names the part being read, opens the contents over the page, and covers no focused element", async () => {
  const { page, context, problems } = await openPage(env, "/", PHONE);
  // At the top the contents sit below the masthead; once it has scrolled away they stay at the top.
  assert.ok((await page.evaluate(() => document.querySelector(".contents").getBoundingClientRect().top)) > 100);
  const parts = await page.$$eval("nav.contents .contents__list a", (as) => as.map((a) => [a.getAttribute("href").slice(1), a.textContent.trim()]));
  for (const [id, title] of parts.filter(([id]) => ["overview", "innovation", "timeline"].includes(id))) {
    await bringToReading(page, `#${id}`);
    await page.waitForFunction((title) => document.querySelector(".contents__now").textContent === title, title, { timeout: 3000 });
    assert.equal(await page.evaluate(() => document.querySelector(".contents").getBoundingClientRect().top), 0);
  }
  // Opening the contents from the bar moves nothing on the page.
  const before = await page.evaluate(() => document.getElementById("timeline").getBoundingClientRect().top);
  await page.locator(".contents__summary").tap();
  await page.waitForSelector(".contents__list a[href='#innovation']", { state: "visible" });
  assert.equal(await page.evaluate(() => document.getElementById("timeline").getBoundingClientRect().top), before);
  await page.locator(".contents__list a[href='#innovation']").tap();
  // Landing ends with focus on the part's heading.
  await page.waitForFunction(() => location.hash === "#innovation" && !document.querySelector(".contents__details").open && document.activeElement.id === "innovation-h");
  const landed = await page.evaluate(() => window.__belowSticky("innovation"));
  assert.ok(landed >= -2 && landed <= 40, `#innovation lands ${landed}px below the bar`);
  // Tabbing onto a control that sits under the bar brings it out from under it.
  await page.evaluate(() => {
    const share = document.querySelector("#tackling-challenges .share__button");
    scrollTo({ top: share.getBoundingClientRect().top + scrollY - 10, behavior: "instant" });
    document.querySelector("#tackling-challenges h2").focus();
  });
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => {
    const bar = document.querySelector(".contents").getBoundingClientRect().bottom;
    const el = document.activeElement;
    return { ok: el.matches(".share__button"), top: el.getBoundingClientRect().top, bar };
  });
  assert.ok(focused.ok);
  assert.ok(focused.top >= focused.bar, `the focused button is at ${focused.top}px, under the bar ending at ${focused.bar}px`);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The dates an event's `<time>` elements must carry, read from the data on their own. */
function expectedDatetimes(when) {
  if (!when) return [];
  const [kind, v] = Object.entries(when)[0];
  const pad = (n, w) => String(n).padStart(w, "0");
  switch (kind) {
    case "day": return [`${pad(v.year, 4)}-${pad(v.month, 2)}-${pad(v.day, 2)}`];
    case "month": return [`${pad(v.year, 4)}-${pad(v.month, 2)}`];
    case "year": case "year_end": case "period_end": return [pad(v.year, 4)];
    case "period": return [pad(v.from, 4), pad(v.to, 4)];
    default: return [];
  }
}

test("every dated event carries its dates in <time datetime>, at the data's precision; undated ones none", async () => {
  const { page, context } = await openPage(env, "/", { javaScriptEnabled: false });
  const shown = await page.$$eval("li.event", (els) =>
    Object.fromEntries(els.map((el) => [el.id, [...el.querySelectorAll(".event__date time")].map((t) => t.getAttribute("datetime"))])));
  assert.equal(Object.keys(shown).length, data.events.length);
  for (const e of data.events) assert.deepEqual(shown[e.slug], expectedDatetimes(e.when), e.slug);
  assert.ok(data.events.some((e) => expectedDatetimes(e.when).length === 0), "the data has undated events");
  await context.close();
});

test("at 320 px no number is split across lines in tables, cards and the strip", async () => {
  const { page, context, problems } = await openPage(env, "/", { viewport: { width: 320, height: 700 } });
  await bringToReading(page, "li.event");
  const split = await page.evaluate(() => {
    const places = ".ratio__table td, .mini-chart__table td, .three-years__table td, .figure-card, .facts dd, .strip__now, .event__date, .event__summary";
    const broken = [];
    let checked = 0;
    for (const el of document.querySelectorAll(places)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/[−+-]?\d[\d.]*%?/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          checked++;
          if (tops.size > 1) broken.push(`${m[0]} in ${el.className || el.tagName}`);
        }
      }
    }
    return { broken, checked };
  });
  assert.ok(split.checked > 100, `only ${split.checked} numbers checked`);
  assert.deepEqual(split.broken, []);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The clip of the chart's current drawing (a redraw replaces the SVG: read the one in the page). */
async function plotClip(page) {
  const clip = await page.waitForFunction(() => {
    const svg = document.querySelector(".ratio__plot svg");
    return svg?.isConnected && getComputedStyle(svg).clipPath;
  });
  return clip.jsonValue();
}

test("reached by scrolling, the ratio chart moves once from the earlier shares to the later ones", async () => {
  const { page, context, problems } = await openPage(env, "/", { ...WIDE, reducedMotion: "no-preference" });
  // Below the fold at load, it waits in its first state: the later column hidden.
  await page.waitForSelector(".ratio__plot.ratio__plot--armed");
  assert.match(await plotClip(page), /^inset\(0px 58%/);
  await page.evaluate(() => document.querySelector(".ratio__plot").scrollIntoView({ block: "center", behavior: "instant" }));
  await page.waitForSelector(".ratio__plot.ratio__plot--play");
  await page.waitForFunction(() => performance.getEntriesByName("report:chart-step").length === 1);
  // It ends drawn whole.
  await page.waitForFunction(() => getComputedStyle(document.querySelector(".ratio__plot svg")).clipPath === "inset(0px)");
  assert.deepEqual(problems, []);
  await context.close();
});

test("under reduced motion the ratio chart is drawn whole from the start", async () => {
  const { page, context } = await openPage(env, "/", WIDE);
  await page.waitForSelector(".ratio__plot.ratio__plot--armed");
  assert.equal(await plotClip(page), "none");
  await context.close();
});
