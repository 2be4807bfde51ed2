// Cost is guarded where it grows: the first load of each edition's page and
// of the chart's and the timeline's embed pages, brotli, as the benchmark
// counts it, printed, and no more than the budget (bench/budgets.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./helpers.mjs";
import { firstLoadBytes } from "../../bench/first-load.mjs";

const DIST = join(ROOT, "dist");
const budget = JSON.parse(readFileSync(join(ROOT, "bench", "budgets.json"), "utf8")).first_load_brotli_bytes;

test(`the first load of every kind of page is at most ${budget / 1000} KB, brotli`, () => {
  const pages = ["index.html", "en/index.html", "embed/industry-ratio/index.html", "embed/timeline/index.html", "en/embed/timeline/index.html"];
  const rows = Object.fromEntries(pages.map((page) => [page, firstLoadBytes(DIST, page).total.brotli]));
  console.log(`first load, brotli bytes (budget ${budget}):`);
  console.table(rows);
  for (const [page, bytes] of Object.entries(rows)) assert.ok(bytes <= budget, `${page}: ${bytes} B, over the ${budget} B budget`);
  // An embed page loads no more than its edition's page.
  assert.ok(rows["embed/timeline/index.html"] <= rows["index.html"]);
  assert.ok(rows["en/embed/timeline/index.html"] <= rows["en/index.html"]);
});
