// Trunk's post_build hook, run in the staging dir:
// 1. Trunk writes its wasm loader as an inline <script type="module">. A strict
//    Content-Security-Policy forbids inline scripts, so the loader is a
//    file, written anew from the file names in Trunk's. On an embed page it
//    tells the host page its height at once. Once the page is
//    painted and shown, it fetches the data, the wasm and its glue script
//    (Trunk's preloads of them are dropped), hydrates each <leptos-island>
//    the prerender wrote, then starts the page (link state, landing,
//    sharing), each in a task of its own.
// 2. The stylesheet is inlined, so the first paint needs the HTML alone; the
//    CSP allows that one <style> by its sha256 hash (no 'unsafe-inline').
//    INLINE_CSS=0 keeps it a separate file, to measure the difference.
// 3. The native `prerender` binary renders the report into index.html, head
//    and body, from data/report.json (the wasm, built with the `hydrate`
//    feature, hydrates its islands), and the English edition into
//    en/index.html from the same template; it writes both editions' share
//    pages with their pictures, sitemap.xml, robots.txt and 404.html. Link
//    previews need absolute URLs: with SITE_URL set (the address dist/ is
//    published at, ending in /), the head gains a canonical link, and the
//    preview and hreflang URLs point there (else at `dev.sh serve`'s).
// 4. A brotli and a gzip copy beside every text file, for hosts that serve
//    precompressed files (deploy/nginx.conf).
// The scripts and the stylesheet are minified first (terser, csso): Trunk's
// own minifier fails on wasm-bindgen's glue. Names the page calls from
// outside (the islands' exports) are module exports, which keep theirs.
import { minify as minifyJs } from "terser";
import { minify as minifyCss } from "csso";
import { readFileSync, writeFileSync, rmSync, readdirSync, statSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");
const publicUrl = process.env.TRUNK_PUBLIC_URL || "./";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

// 1. The loader, out of line, with the islands step. Trunk's inline loader
// names the glue script and the wasm; the loader here is written anew from
// those names.
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error("no inline module script in index.html: did Trunk change its output?");
const glue = match[1].match(/import init, \* as bindings from '\.\/([^']+\.js)'/);
if (!glue) throw new Error("the loader does not import the wasm's bindings: did Trunk change its output?");
const wasmFile = match[1].match(/module_or_path: '\.\/([^']+_bg\.wasm)'/);
if (!wasmFile) throw new Error("the loader names no module_or_path: did Trunk change its output?");
// Nothing is fetched before the page is painted and shown: it is already
// readable, and Lighthouse's simulation counts every request that starts
// before the largest paint as that paint's dependency (the wasm once made
// it 2.0 s; the glue script, imported statically, 75 ms; the data and the
// wasm, fetched two frames after the first paint but before it was
// reported on screen, 150 ms). Paths are resolved
// against the loader, not the page, so that the English edition (en/)
// loads the same files.
// The loader's source is scripts/loader.js; the build's file names go in.
const code = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "loader.js"), "utf8")
  .replaceAll("__WASM__", wasmFile[1])
  .replaceAll("__GLUE__", glue[1]);
if (/__(WASM|GLUE)__/.test(code)) throw new Error("a name is left out of the loader");
const loader = (await minifyJs(code, { module: true })).code;
const name = `loader-${createHash("sha256").update(loader).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, name), loader);
// The wasm's JavaScript glue, which the loader imports.
const gluePath = join(dir, glue[1]);
writeFileSync(gluePath, (await minifyJs(readFileSync(gluePath, "utf8"), { module: true, compress: { passes: 2 } })).code);
html = html.replace(inline, `<script type="module" src="${publicUrl}${name}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error("an inline script is left in index.html");
// The glue script and the wasm come once the page is painted and shown:
// drop Trunk's preloads of them, which would compete with the HTML for a
// slow link.
const preloads = /<link rel="(?:modulepreload|preload)" href="[^"]*(?:_bg\.wasm|\.js)"[^>]*>/g;
if (!preloads.test(html)) throw new Error("no preload of the glue script: did Trunk change its output?");
html = html.replace(preloads, "");

// 2. The stylesheet, inline, allowed by its hash.
if (process.env.INLINE_CSS !== "0") {
  const sheet = /<link rel="stylesheet" href="(?:\.\/)?([^"]+\.css)"[^>]*>/;
  const link = html.match(sheet);
  if (!link) throw new Error("no stylesheet link in index.html: did Trunk change its output?");
  const css = minifyCss(readFileSync(join(dir, link[1]), "utf8")).css;
  if (css.includes("</")) throw new Error("the stylesheet contains '</', which would end an inline <style>");
  const hash = createHash("sha256").update(css).digest("base64");
  html = html.replace(sheet, () => `<style>${css}</style>`);
  const csp = /style-src 'self'/;
  if (!csp.test(html)) throw new Error("the CSP has no style-src 'self' to extend");
  html = html.replace(csp, `style-src 'self' 'sha256-${hash}'`);
  rmSync(join(dir, link[1]));
}

writeFileSync(file, html);

// The embed resizer (public/embed.js), which other sites load: minified.
const resizer = join(dir, "public", "embed.js");
writeFileSync(resizer, (await minifyJs(readFileSync(resizer, "utf8"), { compress: { passes: 2 } })).code);

// 3. The prerender: the page's head and body from the data, the share
// pages, the sitemap, robots.txt and the 404 page. Where dist/ is published
// (SITE_URL) makes preview URLs absolute; without it they point at
// http://127.0.0.1:8080/ (`dev.sh serve`).
const site = process.env.SITE_URL;
if (site && !/^https?:\/\/.+\/$/.test(site)) throw new Error(`SITE_URL must be an absolute http(s) URL ending in /: ${site}`);
execFileSync("cargo", ["run", "--quiet", "--no-default-features", "--features", "ssr", "--bin", "build-site", "--", dir], {
  stdio: "inherit",
});

// 4. The precompressed copies.
const TEXT = /\.(html|js|css|wasm|svg|xml|txt|bin)$/;
function precompress(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) precompress(path);
    else if (TEXT.test(name)) {
      const body = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    }
  }
}
precompress(dir);
