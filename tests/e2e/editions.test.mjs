// The two editions: the English page (en/) against the data, and the
// language switch, which keeps the reader's place (fragment, chart view,
// filters and search) in the other edition.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, ready, ROOT } from "./helpers.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

const data = JSON.parse(readFileSync(join(ROOT, "data", "report.json"), "utf8"));

test("the English page is the translation, says so, and names the original", async () => {
  const { page, context, problems } = await openPage(env, "/en/");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.textContent("h1"), data.meta.title.en);
  assert.equal(await page.title(), data.meta.page_title.en);
  const note = await page.textContent(".masthead__translation");
  assert.ok(note.includes(data.translation.note), note);
  // Both editions name each other, and the switch leads to the original.
  const alternates = await page.$$eval("link[rel=alternate][hreflang]", (ls) => ls.map((l) => [l.hreflang, new URL(l.href).pathname]));
  assert.deepEqual(alternates, [["zh-CN", "/"], ["en", "/en/"], ["x-default", "/"]]);
  assert.equal(await page.getAttribute("meta[property='og:locale']", "content"), "en_GB");
  assert.equal(await page.getAttribute("meta[property='og:locale:alternate']", "content"), "zh_CN");
  assert.equal(await page.getAttribute(".edition-switch", "hreflang"), "zh-CN");
  // The glossary, with each term as the article writes it.
  const terms = await page.$$eval(".glossary dt [lang='zh-CN']", (ts) => ts.map((t) => t.textContent));
  assert.deepEqual(terms, data.translation.glossary.map((g) => g.term));
  // The interface and the islands speak English too.
  assert.equal((await page.textContent("nav.contents summary")).includes(data.ui.contents.en), true);
  const status = await page.textContent(".timeline__status");
  assert.ok(!/[\u4e00-\u9fff]/.test(status), `status in Chinese: ${status}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the original has no glossary and links to the English edition", async () => {
  const { page, context, problems } = await openPage(env, "/");
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  assert.equal(await page.$("#glossary"), null);
  assert.equal(await page.$(".masthead__translation"), null);
  assert.equal(await page.getAttribute(".edition-switch", "href"), "en/");
  assert.deepEqual(problems, []);
  await context.close();
});

test("figures keep their values in English, with 万 and 亿 written out", async () => {
  const { page, context } = await openPage(env, "/en/");
  const cards = await page.$$eval(".figure-card", (cs) => cs.map((c) => [c.dataset.figure, c.querySelector(".figure-card__value").textContent]));
  const byId = Object.fromEntries(data.figures.map((f) => [f.id, f]));
  for (const [id, text] of cards) {
    const f = byId[id];
    if (!f) continue; // the computed card of the change of structure
    const expected = englishNumber(f.value, f.unit.zh);
    assert.ok(text.replace(/\s+/g, " ").includes(expected), `${id}: ${text} lacks ${expected}`);
    assert.ok(!/[\u4e00-\u9fff]/.test(text), `${id}: ${text}`);
  }
  await context.close();
});

/** The figure's number in English, computed here independently of the app: 万 is 10^4, 亿 10^8. */
function englishNumber(value, unit) {
  const v = Number(value);
  const decimals = (value.split(".")[1] || "").length;
  // Moving the point: dividing adds decimals, multiplying takes them away.
  const plain = (n, places) => Number(n.toFixed(Math.max(0, places))).toLocaleString("en-US", { maximumFractionDigits: 6 });
  if (unit.startsWith("亿")) return v >= 10 ? `${plain(v / 10, decimals + 1)} billion` : `${plain(v * 100, decimals - 2)} million`;
  if (unit.startsWith("万")) return v >= 100 ? `${plain(v / 100, decimals + 2)} million` : plain(v * 1e4, decimals - 4);
  return Number.isInteger(v) && !value.includes(".") ? v.toLocaleString("en-US") : value;
}

for (const [from, to] of [["/", "/en/"], ["/en/", "/"]]) {
  test(`switching ${from} -> ${to} keeps the event and the chart view`, async () => {
    const { page, context, problems } = await openPage(env, `${from}?view=slope#flood-0818`);
    // The contents' switch: in view wherever the reader is.
    await page.click(".contents .edition-switch");
    await page.waitForURL((url) => url.pathname === to);
    await ready(page);
    const url = new URL(page.url());
    assert.equal(url.hash, "#flood-0818");
    assert.equal(url.searchParams.get("view"), "slope");
    assert.equal(await page.getAttribute("#flood-0818 button", "aria-expanded"), "true");
    assert.equal(await page.getAttribute("[data-view='slope']", "aria-pressed"), "true");
    const top = await page.evaluate(() => window.__belowSticky("flood-0818"));
    assert.ok(top >= -2 && top <= 40, `#flood-0818 at ${top}px`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the masthead's switch, used at the top, keeps the filters and search and opens at the top", async () => {
  const { page, context, problems } = await openPage(env, "/?view=slope&cat=flood&q=2020");
  await page.click(".masthead .edition-switch");
  await page.waitForURL((url) => url.pathname === "/en/");
  await ready(page);
  const url = new URL(page.url());
  assert.equal(url.search, "?view=slope&cat=flood&q=2020");
  assert.equal(url.hash, "");
  assert.equal(await page.inputValue(".search input"), "2020");
  assert.equal(await page.getAttribute(".chip[data-category='flood']", "aria-pressed"), "true");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the switch follows the reader: after scrolling to a part, it leads there", async () => {
  const { page, context, problems } = await openPage(env, "/en/");
  await page.evaluate(() => document.getElementById("timeline").scrollIntoView());
  await page.waitForFunction(() => document.querySelector(".edition-switch").getAttribute("href").endsWith("#timeline"));
  await page.fill(".search input", "flood");
  await page.waitForFunction(() => document.querySelector(".edition-switch").getAttribute("href").includes("q=flood"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the English downloads are in English", async () => {
  const { page, context, problems } = await openPage(env, "/en/?view=slope#industry-ratio");
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click("a[download$='.csv']")]);
  assert.ok(/^[\x20-\x7e]+\.csv$/.test(csvDownload.suggestedFilename()), csvDownload.suggestedFilename());
  const chunks = [];
  for await (const chunk of await csvDownload.createReadStream()) chunks.push(chunk);
  const header = Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "").split("\n")[0];
  for (const industry of data.ui.industries) assert.ok(header.includes(industry.en), `${header} lacks ${industry.en}`);
  const labels = await page.$$eval(".ratio__plot svg text", (ts) => ts.map((t) => t.textContent.trim()).join(" "));
  assert.ok(!/[\u4e00-\u9fff]/.test(labels), `chart labels in Chinese: ${labels}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("English share pages name their part in English and lead into the English page", async () => {
  const res = await fetch(`${env.origin}/en/s/flood-0818/`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<html lang="en">/);
  const flood = data.events.find((e) => e.slug === "flood-0818");
  assert.ok(html.includes(flood.title.en.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")), html);
  assert.match(html, /content="0; url=..\/..\/#flood-0818"/);
  const sitemap = await (await fetch(`${env.origin}/sitemap.xml`)).text();
  assert.match(sitemap, /<loc>[^<]*\/en\/s\/flood-0818\/<\/loc>/);
});

for (const [edition, key, other] of [["/", "zh", "en"], ["/en/", "en", "zh"]]) {
  test(`${edition} fetches its own edition's report data, not the other's`, async () => {
    const { page, context, problems } = await openPage(env, null);
    const fetched = [];
    page.on("request", (req) => {
      const name = new URL(req.url()).pathname.split("/").pop();
      if (name.startsWith("report-")) fetched.push(name);
    });
    await page.goto(`${env.origin}${edition}`);
    await ready(page);
    assert.equal(fetched.length, 1, fetched.join(", "));
    assert.ok(fetched[0].startsWith(`report-${key}-`), fetched[0]);
    assert.ok(!fetched[0].includes(`-${other}-`));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the English page is set as an English paper sets it: curly quotes, a space after every colon, a headline in English", async () => {
  const { page, context, problems } = await openPage(env, "/en/");
  const texts = await page.evaluate(() => ({
    body: document.body.innerText,
    head: [document.title, ...[...document.querySelectorAll("meta[name=description], meta[property^='og:'], meta[name^='twitter:']")].map((m) => m.content)].join("\n"),
    h1: document.querySelector("h1").textContent,
    kicker: document.querySelector(".masthead__kicker").textContent,
  }));
  for (const [where, text] of Object.entries({ body: texts.body, head: texts.head })) {
    const straight = [...text.matchAll(/.{0,20}['"].{0,20}/g)].map((m) => m[0]);
    assert.deepEqual(straight, [], `${where}: straight quotes`);
    const colons = [...text.matchAll(/.{0,20}:\p{L}.{0,10}/gu)].map((m) => m[0]);
    assert.deepEqual(colons, [], `${where}: a colon before a letter`);
  }
  // The headline has no Chinese; the Chinese name comes at its first use, the kicker above it.
  assert.doesNotMatch(texts.h1, /\p{Script=Han}/u);
  assert.match(texts.kicker, /\(市中区\)/);
  // A rank reads as a rank.
  assert.equal((await page.textContent("[data-figure='pm25-rank'] strong")).trim(), "2nd");
  assert.deepEqual(problems, []);
  await context.close();
});

test("each glossary entry is linked from its term's first use in the English text, and the link lands on it", async () => {
  const { page, context, problems } = await openPage(env, "/en/");
  const links = await page.$$eval("main a.term", (as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
  const entries = data.translation.glossary;
  assert.equal(entries.length, 11);
  assert.deepEqual(links, entries.map((g) => [`#${g.slug}`, g.used_as]), "one link per entry, in page order");
  // Each entry shows its Chinese term and explains it.
  const shown = await page.$$eval(".glossary dt", (dts) => dts.map((dt) => [dt.id, dt.querySelector("[lang='zh-CN']").textContent, dt.nextElementSibling.textContent.length]));
  assert.deepEqual(shown.map(([id, term]) => [id, term]), entries.map((g) => [g.slug, g.term]));
  assert.ok(shown.every(([, , length]) => length > 80), "every entry explains its term");
  await page.click("a.term[href='#term-six-stabilities']");
  await page.waitForFunction(() => document.activeElement?.id === "term-six-stabilities");
  assert.equal(await page.evaluate(() => location.hash), "#term-six-stabilities");
  const top = await page.$eval("#term-six-stabilities", (dt) => dt.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 120, `the entry is at ${top} px`);
  // The Chinese edition has no glossary, and no such links.
  const { page: zh, context: zhContext } = await openPage(env, "/");
  assert.equal(await zh.$$eval("a.term, .glossary", (els) => els.length), 0);
  await zhContext.close();
  assert.deepEqual(problems, []);
  await context.close();
});
