// The whole page in a real browser: no errors, no overflow, both colour
// schemes, accessibility audit, and a clear message without JavaScript.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, axeViolations, ROOT } from "./helpers.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

// Both editions: the original at the root and the English translation.
const EDITIONS = ["/", "/en/"];

const data = JSON.parse(readFileSync(join(ROOT, "data", "report.json"), "utf8"));

for (const edition of EDITIONS) test(`${edition}: loads and scrolls the whole page with no error, CSP violation or foreign request`, async () => {
  const { page, context, problems } = await openPage(env, edition);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((y) => scrollTo(0, y), y);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok())));
  }
  // Interact a little: hover the chart, open an event, filter.
  await page.hover(".ratio__plot");
  await page.click("#flood-0818 button");
  await page.click(".chip[data-category='economy']");
  await page.fill(".search input", "2020");
  assert.deepEqual(problems, []);
  await context.close();
});

// The first layout skips the parts out of view, with a guessed size their
// content overflows; the page lays them out before it lands, and then what
// a measuring tool (or the scrollbar) sees is the page as drawn.
for (const edition of EDITIONS) test(`${edition}: once hydrated, every part is laid out and holds its content`, async () => {
  const { page, context, problems } = await openPage(env, edition, { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  assert.equal(await page.$$eval("[data-part]:not(.masthead):not([data-drawn])", (e) => e.length), 0);
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll("main > section, .source")].flatMap((part) => {
      const box = part.getBoundingClientRect();
      // What is not shown (a closed Embed control's code) takes no room.
      return [...part.querySelectorAll("*")]
        .filter((el) => el.checkVisibility())
        .map((el) => [el, el.getBoundingClientRect()])
        .filter(([, r]) => r.height > 0 && (r.bottom > box.bottom + 1 || r.top < box.top - 1))
        .map(([el]) => `${part.id}: ${el.tagName.toLowerCase()}.${el.className.baseVal ?? el.className}`);
    }),
  );
  assert.deepEqual(overflowing, []);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const edition of EDITIONS) for (const width of [320, 375, 768, 1440]) {
  test(`${edition}: no horizontal overflow at ${width} px`, async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { page, context, problems } = await openPage(env, edition, { viewport: { width, height: 800 }, colorScheme });
      await page.click("[data-view='slope']");
      await page.waitForSelector(".ratio__plot svg circle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.equal(overflow, 0, `${colorScheme}: ${overflow}px too wide`);
      const svgWidth = await page.$eval(".ratio__plot svg", (svg) => svg.getBoundingClientRect().right);
      assert.ok(svgWidth <= width, `chart ends at ${svgWidth}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

// Nothing spills out of its own box: the page may not overflow while a card
// does. Once every part is drawn, every visible element whose overflow is
// visible holds its content (scrollWidth ≤ clientWidth), at the common widths,
// in both editions and both schemes.
for (const edition of EDITIONS) for (const colorScheme of ["light", "dark"]) {
  test(`${edition}: every element holds its content at 320 to 1920 px (${colorScheme})`, async () => {
    for (const width of [320, 390, 768, 1024, 1280, 1440, 1920]) {
      const { page, context, problems } = await openPage(env, edition, { viewport: { width, height: 900 }, colorScheme });
      const spilling = await page.evaluate(() =>
        [...document.body.querySelectorAll("*")]
          .filter((el) => el.checkVisibility() && !(el instanceof SVGElement))
          .filter((el) => getComputedStyle(el).overflowX === "visible" && el.scrollWidth > el.clientWidth + 0.5 && el.clientWidth > 0)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} “${el.textContent.trim().slice(0, 24)}” ${el.scrollWidth} > ${el.clientWidth}`),
      );
      assert.deepEqual(spilling, [], `${width} px`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test("the dark scheme is applied under prefers-color-scheme: dark", async () => {
  const colours = {};
  for (const colorScheme of ["light", "dark"]) {
    const { page, context } = await openPage(env, "/", { colorScheme });
    colours[colorScheme] = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { bg: style.backgroundColor, ink: style.color, chart: getComputedStyle(document.querySelector(".ratio__plot")).color };
    });
    await context.close();
  }
  assert.equal(colours.light.bg, "rgb(251, 250, 247)");
  assert.equal(colours.dark.bg, "rgb(23, 25, 29)");
  assert.notEqual(colours.light.ink, colours.dark.ink);
  // The chart's text follows the page's ink.
  assert.equal(colours.dark.chart, colours.dark.ink);
});

// With motion allowed, as most readers have it, the states that move (events
// waiting below the fold, the chart's first step) are audited too.
for (const edition of EDITIONS) for (const [colorScheme, width, reducedMotion] of [["light", 1280, "reduce"], ["dark", 1280, "no-preference"], ["light", 375, "no-preference"], ["dark", 375, "reduce"]]) {
  test(`${edition}: axe-core finds no violations (${colorScheme}, ${width} px, motion: ${reducedMotion})`, async () => {
    const { page, context } = await openPage(env, edition, { colorScheme, viewport: { width, height: 800 }, reducedMotion });
    // Open an event and pick a view, so their states are audited too.
    await page.click("#flood-0818 button");
    const violations = await axeViolations(page);
    assert.deepEqual(violations, []);
    await context.close();
  });
}

test("without JavaScript the page says what it needs", async () => {
  const { page, context } = await openPage(env, "/", { javaScriptEnabled: false });
  const text = await page.evaluate(() => document.body.innerText);
  assert.match(text, /需要启用 JavaScript/);
  assert.match(text, /无需脚本即可阅读/);
  await context.close();
});

test("without JavaScript the English page says it in English", async () => {
  const { page, context } = await openPage(env, "/en/", { javaScriptEnabled: false });
  const text = await page.evaluate(() => document.body.innerText);
  assert.ok(text.includes(data.ui.noscript.en), text.slice(-300));
  await context.close();
});

for (const edition of EDITIONS) test(`${edition}: the timeline answers the keyboard on the release build`, async () => {
  const { page, context, problems } = await openPage(env, `${edition}#timeline`);
  const first = await page.$eval("[data-event-button][tabindex='0']", (b) => b.id);
  await page.focus(`#${first}`);
  await page.keyboard.press("ArrowDown");
  const second = await page.evaluate(() => document.activeElement.id);
  assert.notEqual(second, first);
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute(`#${second}`, "aria-expanded"), "true");
  await page.keyboard.press("End");
  const last = await page.$$eval("[data-event-button]", (bs) => bs.at(-1).id);
  assert.equal(await page.evaluate(() => document.activeElement.id), last);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Waits until the chart is drawn for the width it has on screen (it redraws once the page knows it). */
function drawnForItsWidth(page) {
  return page.waitForFunction(() => {
    const plot = document.querySelector(".ratio__plot");
    return Number(plot.querySelector("svg")?.getAttribute("width")) === Math.round(plot.getBoundingClientRect().width);
  });
}

test("hovering an industry on the chart shows its values", async () => {
  const { page, context, problems } = await openPage(env, "/#industry-ratio", { viewport: { width: 1280, height: 900 } });
  await drawnForItsWidth(page);
  const box = await page.$eval(".ratio__plot svg rect", (r) => {
    const b = r.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  const readout = await page.textContent(".ratio__readout");
  assert.match(readout, /第一产业.*6\.5%.*8\.3%/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the chart's downloads hold the current view and the data", async () => {
  const { page, context, problems } = await openPage(env, "/?view=slope#industry-ratio");
  await drawnForItsWidth(page);
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.click("a[download$='.svg']")]);
  assert.equal(svgDownload.suggestedFilename(), "shizhong-industry-ratio-slope.svg");
  const svg = await streamText(await svgDownload.createReadStream());
  // The file is the drawn SVG: the same markup once the browser has parsed it.
  const same = await page.$eval(".ratio__plot", (d, svg) => {
    const parsed = document.createElement("div");
    parsed.innerHTML = svg;
    return parsed.innerHTML === d.innerHTML;
  }, svg);
  assert.ok(same, "the downloaded SVG differs from the one shown");
  assert.equal((svg.match(/<circle/g) || []).length, 6);
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click("a[download$='.csv']")]);
  const csv = (await streamText(await csvDownload.createReadStream())).replace(/^\uFEFF/, "");
  const rows = await page.$$eval(".ratio__table tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.replace("%", ""))));
  const lines = csv.trim().split("\n").slice(1).map((l) => l.split(","));
  assert.deepEqual(lines.slice(0, 2), rows.slice(0, 2));
  assert.deepEqual(lines[2].slice(1).map(Number), rows[2].slice(1).map((v) => Number(v.replace("−", "-"))));
  assert.deepEqual(problems, []);
  await context.close();
});

async function streamText(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
