// dist/ behind nginx, configured by deploy/ as it would be published: the
// headers a static host must send, precompressed files, the 404 page, and the
// main journeys in Chromium with the CSP as a header.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ROOT, CHROME_ARGS, openPage, ready, freePort } from "./helpers.mjs";
import { render } from "../../deploy/render.mjs";

const DIST = join(ROOT, "dist");
const NGINX = "/usr/sbin/nginx";
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

let env;
let nginx;
before(async () => {
  if (!existsSync(NGINX) || !existsSync(BROTLI_MODULE)) throw new Error("nginx and its brotli module are missing: run the README's test command, which installs them");
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "shizhong-nginx-"));
  const site = render(DIST, port, dir);
  const conf = join(dir, "nginx.conf");
  writeFileSync(conf, `load_module ${BROTLI_MODULE};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
daemon off;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${site};
}
`);
  nginx = spawn(NGINX, ["-p", dir, "-c", conf], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  nginx.stderr.on("data", (d) => (stderr += d));
  const origin = `http://127.0.0.1:${port}`;
  // nginx is up once it answers.
  for (let i = 0; ; i++) {
    const up = await fetch(`${origin}/robots.txt`).then((r) => r.ok, () => false);
    if (up) break;
    if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROME_ARGS });
  env = { origin, browser };
});
after(async () => {
  await env?.browser.close();
  nginx?.kill();
});

/** The response's status and headers, asking for brotli as browsers do. */
async function head(path, encoding = "br, gzip") {
  const res = await fetch(env.origin + path, { headers: { "accept-encoding": encoding } });
  await res.arrayBuffer();
  return { status: res.status, headers: Object.fromEntries(res.headers) };
}

test("nginx sends the security headers, the CSP with the built stylesheet's hash, and no-cache for HTML", async () => {
  const { status, headers } = await head("/");
  assert.equal(status, 200);
  const meta = readFileSync(join(DIST, "index.html"), "utf8").match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.equal(headers["content-security-policy"], `${meta}; frame-ancestors 'none'`);
  assert.match(headers["content-security-policy"], /style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
  assert.equal(headers["referrer-policy"], "strict-origin-when-cross-origin");
  assert.equal(headers["x-content-type-options"], "nosniff");
  assert.equal(headers["cache-control"], "no-cache");
  assert.equal(headers["content-encoding"], "br");
  assert.match(headers["content-type"], /^text\/html; charset=utf-8/);
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

test("an unknown path gets the 404 page, with the headers", async () => {
  const res = await fetch(`${env.origin}/no/such/page`);
  assert.equal(res.status, 404);
  assert.match(await res.text(), /页面不存在/);
  assert.match(res.headers.get("content-security-policy"), /frame-ancestors 'none'/);
});

test("behind nginx the page hydrates with no error or CSP violation, and its journeys work", async () => {
  const { page, context, problems } = await openPage(env, "/?cat=flood#flood-0818");
  // A deep link to an event lands opened and focused, with the filter from the link.
  assert.equal(await page.getAttribute("#flood-0818 button", "aria-expanded"), "true");
  assert.ok(await page.evaluate(() => document.getElementById("flood-0818").contains(document.activeElement)));
  const shown = await page.$$eval("li.event:not([hidden])", (els) => [...new Set(els.map((e) => e.dataset.category))]);
  assert.deepEqual(shown, ["flood"]);
  // The chart's view switch redraws it and moves the link.
  await page.click("[data-view='slope']");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("view") === "slope");
  assert.equal(await page.$$eval(".ratio__plot circle", (c) => c.length), 6);
  // A share page forwards to its part.
  await page.goto(`${env.origin}/s/innovation/`);
  await page.waitForURL(/\/#innovation$/);
  await ready(page);
  assert.deepEqual(problems, []);
  await context.close();
});
