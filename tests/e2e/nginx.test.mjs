// dist/ behind nginx, configured by deploy/ as it would be published, over
// HTTPS with a certificate made at test time: the redirect from plain HTTP,
// the headers a static host must send (HSTS, the CSP, who may frame what),
// precompressed files, the 404 page, the main journeys in Chromium with the
// CSP as a header, framing from another site, and the Mozilla HTTP
// Observatory's grade.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ROOT, CHROME_ARGS, openPage, freePort, serveHost, hostPage } from "./helpers.mjs";
import { JOURNEYS, playwrightBrowser } from "./journeys.mjs";
import { selfSignedCertificate, startNginx, get } from "./nginx.mjs";
import { render, checkAncestors } from "../../deploy/render.mjs";

const DIST = join(ROOT, "dist");

let env;
let nginx;
let ports;
let ca;
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), "shizhong-nginx-"));
  const certificate = selfSignedCertificate(dir);
  ca = readFileSync(certificate.cert);
  ports = { httpPort: await freePort(), httpsPort: await freePort() };
  nginx = await startNginx(DIST, dir, { listen: "127.0.0.1", ...ports, ...certificate });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROME_ARGS });
  env = { origin: `https://127.0.0.1:${ports.httpsPort}`, browser, ignoreHTTPSErrors: true };
});
after(async () => {
  await env?.browser.close();
  nginx?.kill();
});

/** The response's status and headers, asking for brotli as browsers do. */
async function head(path, encoding = "br, gzip") {
  return get(env.origin + path, { ca, headers: { "accept-encoding": encoding } });
}

const pageCsp = () => readFileSync(join(DIST, "index.html"), "utf8").match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];

test("nginx sends the security headers, HSTS, the CSP with the built stylesheet's hash and no framing, and no-cache for HTML", async () => {
  const { status, headers } = await head("/");
  assert.equal(status, 200);
  assert.equal(headers["content-security-policy"], `${pageCsp()}; frame-ancestors 'none'`);
  assert.match(headers["content-security-policy"], /style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
  const hsts = headers["strict-transport-security"].match(/^max-age=(\d+)$/);
  assert.ok(hsts && Number(hsts[1]) >= 183 * 24 * 3600, `HSTS: ${headers["strict-transport-security"]}`);
  assert.equal(headers["referrer-policy"], "strict-origin-when-cross-origin");
  assert.equal(headers["x-content-type-options"], "nosniff");
  assert.equal(headers["cache-control"], "no-cache");
  assert.equal(headers["content-encoding"], "br");
  assert.match(headers["content-type"], /^text\/html; charset=utf-8/);
});

test("plain HTTP redirects to the same address over HTTPS, and serves nothing else", async () => {
  for (const path of ["/", "/en/?view=slope", "/embed/timeline/", "/no/such/page"]) {
    const res = await get(`http://127.0.0.1:${ports.httpPort}${path}`);
    assert.equal(res.status, 301, path);
    assert.equal(res.headers.location, `https://127.0.0.1:${ports.httpsPort}${path}`);
    assert.equal(res.headers["content-security-policy"], undefined, `${path}: the redirect serves no page`);
  }
});

test("embed pages and their oEmbed may be framed by any site; everything else by none", async () => {
  for (const path of ["/embed/timeline/", "/en/embed/industry-ratio/", "/embed/overview/oembed.json"]) {
    const { status, headers } = await head(path);
    assert.equal(status, 200, path);
    assert.equal(headers["content-security-policy"], `${pageCsp()}; frame-ancestors *`, path);
    assert.match(headers["strict-transport-security"], /^max-age=/, path);
  }
  const oembed = await head("/en/embed/timeline/oembed.json");
  assert.match(oembed.headers["content-type"], /^application\/json/);
  assert.equal(oembed.headers["access-control-allow-origin"], "*");
  for (const path of ["/en/", "/s/timeline/", "/public/embed.js", "/404.html", "/sitemap.xml"]) {
    const { headers } = await head(path);
    assert.match(headers["content-security-policy"], /; frame-ancestors 'none'$/, path);
  }
  // A list of sites instead of any: as the deploy setting gives it, and nothing that would break the header.
  const dir = mkdtempSync(join(tmpdir(), "shizhong-render-"));
  render(DIST, dir, { embedAncestors: "https://news.example  https://*.example.org" });
  assert.match(readFileSync(join(dir, "embed-headers.conf"), "utf8"), /frame-ancestors https:\/\/news\.example https:\/\/\*\.example\.org" always;/);
  assert.match(readFileSync(join(dir, "headers.conf"), "utf8"), /frame-ancestors 'none'" always;/);
  for (const bad of ["", "'none'; script-src *", "https://a.example\"", "javascript:"]) assert.throws(() => checkAncestors(bad), /EMBED_ANCESTORS/, bad);
});

test("in a browser, another site can frame an embed page, and not the report", async () => {
  const host = await serveHost(hostPage([`<iframe id="report" title="the report" src="${env.origin}/"></iframe>`, `<iframe id="embed" title="an embed" src="${env.origin}/embed/timeline/"></iframe>`]));
  const { page, context, problems } = await openPage(env, null, { origins: [host.origin, env.origin] });
  const refused = page.waitForEvent("console", (msg) => /frame-ancestors/.test(msg.text()));
  await page.goto(host.origin);
  await (await (await page.$("#embed")).contentFrame()).waitForSelector("html[data-hydrated]", { state: "attached", timeout: 20000 });
  assert.match((await refused).text(), new RegExp(`^Framing '${env.origin}/' violates .*"frame-ancestors 'none'"`));
  assert.equal(await (await (await page.$("#report")).contentFrame()).$("html[data-hydrated]"), null);
  // The refusal is the one message: the embed loaded cleanly.
  assert.deepEqual(problems.filter((p) => !/frame-ancestors 'none'/.test(p)), []);
  await context.close();
  await host.stop();
});

test("hashed files (wasm, loader, report data) are immutable, the wasm is application/wasm, and each encoding is served precompressed", async () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const loader = html.match(/<script type="module" src="\.\/([^"]+)"/)[1];
  const wasm = readFileSync(join(DIST, loader), "utf8").match(/["']\.\/([^"']+_bg\.wasm)["']/)[1];
  const data = html.match(/<meta name="report-data" content="([^"]+)"/)[1];
  for (const [file, type] of [[wasm, "application/wasm"], [loader, "application/javascript"], [data, "application/octet-stream"]]) {
    const br = await head(`/${file}`);
    assert.equal(br.headers["content-type"].split(";")[0], type, file);
    assert.equal(br.headers["cache-control"], "public, max-age=31536000, immutable", file);
    assert.equal(br.headers["content-encoding"], "br", file);
    assert.equal(Number(br.headers["content-length"]), readFileSync(join(DIST, `${file}.br`)).length, `${file}: not the precompressed copy`);
    assert.equal(br.headers["x-content-type-options"], "nosniff", file);
    const gz = await head(`/${file}`, "gzip");
    assert.equal(gz.headers["content-encoding"], "gzip", file);
    const plain = await head(`/${file}`, "identity");
    assert.equal(plain.headers["content-encoding"], undefined, file);
  }
});

test("an unknown path gets the 404 page of its edition, with the headers", async () => {
  const english = await head("/en/no/such/page", "identity");
  assert.equal(english.status, 404);
  assert.equal(english.length, readFileSync(join(DIST, "en", "404.html")).length, "the English 404 page");
  assert.match(readFileSync(join(DIST, "en", "404.html"), "utf8"), /<html lang="en">[\s\S]*Page not found/);
  const res = await head("/no/such/page", "identity");
  assert.equal(res.status, 404);
  assert.equal(res.length, readFileSync(join(DIST, "404.html")).length);
  assert.match(res.headers["content-security-policy"], /frame-ancestors 'none'/);
});

// The reader's main journeys (journeys.mjs), with the CSP as a header.
for (const journey of JOURNEYS) test(`behind nginx: ${journey.name}`, async () => {
  const { page, context, problems } = await openPage(env, null);
  await journey.run(playwrightBrowser(page, env.origin));
  assert.deepEqual(problems, []);
  await context.close();
});

// The Observatory scans a host name on the standard ports, as it would a
// published site: a second nginx, on 80 and 443, which root may bind. It
// runs offline (README, "Hosting"), trusting the certificate made here.
test("the Mozilla HTTP Observatory grades the deployment A+, every test passed", async (t) => {
  if (process.getuid?.() !== 0) return t.skip("binding ports 80 and 443 needs root");
  const dir = mkdtempSync(join(tmpdir(), "shizhong-observatory-"));
  const certificate = selfSignedCertificate(dir);
  const standard = await startNginx(DIST, dir, { listen: "127.0.0.1", httpPort: 80, httpsPort: 443, ...certificate });
  try {
    const scan = join(ROOT, "node_modules", "@mdn", "mdn-http-observatory", "src", "scan.js");
    const out = execFileSync(process.execPath, [scan, "localhost"], { env: { ...process.env, NODE_EXTRA_CA_CERTS: certificate.cert }, encoding: "utf8" });
    const result = JSON.parse(out);
    const failed = Object.entries(result.tests).filter(([, test]) => !test.pass).map(([name, test]) => `${name}: ${test.result}`);
    assert.deepEqual(failed, []);
    assert.equal(result.scan.grade, "A+", JSON.stringify(result.scan));
  } finally {
    standard.kill();
  }
});
