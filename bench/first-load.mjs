// What a page of the build loads first, read from the files: the HTML, the
// loader, the wasm and its glue (which the loader fetches after the first
// paint) and the page's edition of the report data. Shared by the benchmark
// and the test command's cost guard (tests/e2e/cost.test.mjs).
import { readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

/** The files `page` (a path from `dist`, e.g. "index.html", "en/embed/timeline/index.html") loads first, as paths from `dist`. */
export function firstLoadFiles(dist, page) {
  const html = readFileSync(join(dist, page), "utf8");
  const from = (base, url) => normalize(join(dirname(base), url));
  const loader = from(page, html.match(/<script type="module" src="([^"]+)"/)[1]);
  const loaderCode = readFileSync(join(dist, loader), "utf8");
  const files = new Set([page, loader]);
  for (const m of html.matchAll(/<link rel="(?:stylesheet|modulepreload|preload)" href="([^"]+)"/g)) files.add(from(page, m[1]));
  // The glue script and the wasm, beside the loader.
  for (const m of loaderCode.matchAll(/["']\.\/([^"']+\.(?:js|wasm))["']/g)) files.add(from(loader, m[1]));
  // The page's edition of the report, which the loader fetches beside itself.
  files.add(from(loader, html.match(/<meta name="report-data" content="([^"]+)"/)[1]));
  return [...files];
}

/** Per file and in total: raw, gzip (9) and brotli (11) bytes of what `page` loads first. */
export function firstLoadBytes(dist, page) {
  const rows = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of firstLoadFiles(dist, page)) {
    const body = readFileSync(join(dist, f));
    const row = {
      raw: statSync(join(dist, f)).size,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    rows[f] = row;
    for (const k of Object.keys(total)) total[k] += row[k];
  }
  return { files: rows, total };
}
