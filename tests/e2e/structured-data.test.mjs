// The report describes itself: every JSON-LD block of every built page
// parses; each edition's page carries its article (a NewsArticle) and its
// chart's data (a Dataset), which a kept validator checks (npm
// structured-data-testing-tool: Google's preset, and the Dataset's and the
// article's properties this report promises); every URL in them resolves to
// a built file; the three pictures have the sizes they state; every page
// that has a translation lists both editions and an x-default; the CSV is
// the chart's download; and "Cite this" copies a correct citation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { start, openPage, ROOT } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const { structuredDataTest } = require("structured-data-testing-tool");
const { Google } = require("structured-data-testing-tool/presets");

const DIST = join(ROOT, "dist");
const data = JSON.parse(readFileSync(join(ROOT, "data", "report.json"), "utf8"));
const EDITIONS = [
  { path: "/", key: "zh", lang: "zh-CN" },
  { path: "/en/", key: "en", lang: "en" },
];

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

/** Every HTML page of the build, as paths from dist/ ("index.html", "en/s/x/index.html", …). */
function pages(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith(".html") ? [relative(DIST, path)] : [];
  });
}

/** The JSON-LD blocks of a page, parsed. */
function jsonLd(html) {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

/** The site the build was told of (SITE_URL): the edition page's canonical link names it. */
const site = readFileSync(join(DIST, "index.html"), "utf8").match(/<link rel="canonical" href="([^"]+)"/)[1];

/** The built file a URL of the page at `page` (a path from dist/) names, or null if none. */
function fileOf(url, page) {
  const absolute = new URL(url, new URL(page, site));
  if (!absolute.href.startsWith(site)) return null;
  let path = join(DIST, decodeURIComponent(absolute.pathname.slice(new URL(site).pathname.length)));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
  return existsSync(path) ? path : null;
}

/** Every URL value in a JSON-LD node, with its key. */
function urls(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => urls(n, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (["url", "contentUrl", "@id", "mainEntityOfPage"].includes(key) && typeof value === "string") out.push([key, value]);
      else urls(value, out);
    }
  }
  return out;
}

test("every JSON-LD block on every built page parses; each edition's page has its article and its dataset, and no other page has any", () => {
  const all = pages();
  assert.ok(all.length > 80, `only ${all.length} pages`);
  for (const page of all) {
    const blocks = jsonLd(readFileSync(join(DIST, page), "utf8"));
    const edition = page === "index.html" || page === "en/index.html";
    assert.deepEqual(blocks.map((b) => b["@type"]), edition ? ["NewsArticle", "Dataset"] : [], page);
  }
});

// The properties this report promises, beside Google's preset.
const Promised = {
  name: "This report's article and dataset",
  description: "What issue 24 asks of each edition's structured data",
  tests: [
    { test: "NewsArticle[*].inLanguage" },
    { test: "NewsArticle[*].description" },
    { test: "NewsArticle[*].isBasedOn.headline", expect: data.meta.title.zh },
    { test: "NewsArticle[*].image[2].url" },
    { test: "Dataset", type: "jsonld" },
    { test: "Dataset[*].name" },
    { test: "Dataset[*].description" },
    { test: "Dataset[*].variableMeasured" },
    { test: "Dataset[*].temporalCoverage", expect: "2015/2020" },
    { test: "Dataset[*].isBasedOn.headline", expect: data.meta.title.zh },
    { test: "Dataset[*].distribution[0].contentUrl" },
    { test: "Dataset[*].distribution[0].encodingFormat", expect: "text/csv" },
  ],
};
// What Google's preset asks and this page must not invent: the article states
// no date of publication and names no publisher.
const NOT_INVENTED = ["datePublished", 'publisher."@type"', "publisher.name", "publisher.logo", "publisher.logo.url"].map((p) => `NewsArticle[0].${p}`);

for (const { path, key, lang } of EDITIONS) test(`${path}: the validator finds everything but what the article does not state, and the article is the page's`, async () => {
  const html = readFileSync(join(DIST, path, "index.html"), "utf8");
  let result;
  try {
    result = await structuredDataTest(html, { presets: [Google, Promised] });
  } catch (e) {
    if (!e.res) throw e;
    result = e.res;
  }
  assert.deepEqual(result.failed.map((t) => t.test), NOT_INVENTED);
  assert.ok(result.passed.length >= 20, `only ${result.passed.length} checks passed`);
  const [article, dataset] = jsonLd(html);
  // The headline is the page's <h1>, the language the page's.
  const h1 = html.match(/<h1 class="masthead__title">([^<]*)<\/h1>/)[1];
  assert.equal(article.headline, h1);
  assert.equal(article.inLanguage, html.match(/<html lang="([^"]+)"/)[1]);
  assert.equal(article.inLanguage, lang);
  assert.equal(article.author.name, data.meta.byline[key]);
  assert.equal(article.dateModified, data.meta.data_updated);
  // The editions name each other.
  const [other] = EDITIONS.filter((e) => e.key !== key);
  const otherArticle = jsonLd(readFileSync(join(DIST, other.path, "index.html"), "utf8"))[0];
  assert.equal(article[key === "zh" ? "workTranslation" : "translationOfWork"]["@id"], otherArticle["@id"]);
  assert.ok(dataset.description.length >= 50);
});

test("every URL in the structured data resolves to a built file, and its pictures have the sizes they state", () => {
  for (const { path } of EDITIONS) {
    const page = join(path.slice(1), "index.html");
    const blocks = jsonLd(readFileSync(join(DIST, page), "utf8"));
    const found = urls(blocks);
    assert.equal(found.length, 9, `${page}: ${found.map(([k, u]) => `${k} ${u}`).join(", ")}`);
    for (const [key, url] of found) {
      // The newspaper's article has no URL: the graph's own ids are the pages'.
      assert.ok(fileOf(url.split("#")[0], page), `${page}: ${key} ${url} is no built file`);
    }
    const [article] = blocks;
    const shapes = article.image.map((image) => {
      const png = readFileSync(fileOf(image.url, page));
      assert.equal(png.toString("latin1", 1, 4), "PNG", image.url);
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.deepEqual([width, height], [image.width, image.height], image.url);
      assert.ok(width * height >= 50000, image.url);
      return width / height;
    });
    assert.deepEqual(shapes.map((r) => r.toFixed(3)), [16 / 9, 4 / 3, 1].map((r) => r.toFixed(3)));
    assert.ok(article.image[0].width >= 1200);
  }
});

test("every page that has a translation names both editions and the original as x-default, and they resolve", () => {
  let checked = 0;
  for (const page of pages()) {
    const html = readFileSync(join(DIST, page), "utf8");
    const links = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)" \/>/g)].map((m) => [m[1], m[2]]));
    // A page has a translation when the other edition has the same path.
    const other = page.startsWith("en/") ? page.slice(3) : `en/${page}`;
    // The 404 pages are served at any unknown path: no alternates.
    const translated = existsSync(join(DIST, other)) && !page.endsWith("404.html");
    if (!translated) {
      assert.deepEqual(links, {}, `${page} has no translation but names one`);
      continue;
    }
    assert.deepEqual(Object.keys(links).sort(), ["en", "x-default", "zh-CN"], page);
    assert.equal(links["x-default"], links["zh-CN"], page);
    assert.equal(fileOf(links["zh-CN"], page), join(DIST, page.replace(/^en\//, "")), page);
    assert.equal(fileOf(links.en, page), join(DIST, page.startsWith("en/") ? page : `en/${page}`), page);
    checked++;
  }
  assert.ok(checked > 80, `only ${checked} translated pages`);
});

for (const { path, key } of EDITIONS) test(`${path}: the chart's data is a CSV file of the build, the download on the page and on the embed page, UTF-8`, async () => {
  const file = readFileSync(join(DIST, path, "industry-ratio.csv"));
  assert.deepEqual([...file.subarray(0, 3)], [0xef, 0xbb, 0xbf], "a byte-order mark for spreadsheets");
  const text = new TextDecoder("utf-8", { fatal: true }).decode(file.subarray(3));
  assert.equal(text.split("\n")[1].split(",").slice(1).join(":"), data.industry_ratios[0].shares.join(":"));
  for (const page of [path, `${path}embed/industry-ratio/`]) {
    const { page: tab, context, problems } = await openPage(env, page);
    const href = await tab.$eval("a[download$='.csv']", (a) => a.href);
    const served = Buffer.from(await (await fetch(href)).arrayBuffer());
    assert.ok(served.equals(file), `${page}: the download is not the file (${href})`);
    assert.equal(await tab.$eval("a[download$='.csv']", (a) => a.getAttribute("download")), data.ui.ratio.csv_file[key]);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

/** "Cite this" as the data says it should read, for the page at `url`. */
function expectedCitation(key, url) {
  const [year, month, day] = data.meta.data_updated.split("-").map(Number);
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => values[name]);
  const date = fill(data.ui.dates.day[key], { year, month: data.ui.dates.months[month - 1][key], day });
  return fill(data.ui.source.citation[key], { byline: data.meta.byline[key], title: data.meta.title[key], url, date });
}

for (const { path, key } of EDITIONS) test(`${path}: "Cite this" copies the article's title and byline, the report's address and the day its data last changed`, async () => {
  const { page, context, problems } = await openPage(env, `${path}?view=slope#source`);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.origin });
  await page.click("[data-copy='cite']");
  await page.waitForFunction(() => document.querySelector(".cite [role=status]").textContent !== "");
  assert.equal(await page.textContent(".cite [role=status]"), data.ui.source.copied[key]);
  // The page's address as served, without the link's state or fragment.
  const citation = expectedCitation(key, `${env.origin}${path}`);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
  assert.equal((await page.textContent("#cite")).trim(), citation);
  // Without JavaScript it is there too, naming the address the build was told of.
  const { page: plain, context: plainContext } = await openPage(env, path, { javaScriptEnabled: false });
  assert.equal((await plain.textContent("#cite")).trim(), expectedCitation(key, `${site}${path.slice(1)}`));
  await plainContext.close();
  assert.deepEqual(problems, []);
  await context.close();
});
