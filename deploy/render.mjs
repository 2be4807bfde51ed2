// Renders the nginx templates in deploy/ for a built dist/:
//   node deploy/render.mjs DIST OUT_DIR
// writes OUT_DIR/nginx-site.conf (two server blocks for nginx's http block:
// plain HTTP redirecting to HTTPS, and the site over HTTPS) and the headers
// files it includes, with the page's own Content-Security-Policy (read from
// DIST/index.html, so its stylesheet hash is the built one) plus what only a
// header can say: who may frame the page. The settings come from the
// environment (or `render`'s options), with these defaults:
//   LISTEN=0.0.0.0  HTTP_PORT=80  HTTPS_PORT=443
//   TLS_CERT=/etc/ssl/certs/report.pem  TLS_KEY=/etc/ssl/private/report.key
//   EMBED_ANCESTORS=*   who may frame the embed pages: `*`, or a list of
//                       sources, e.g. "https://news.example https://*.example.org"
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

export const DEFAULTS = {
  listen: "0.0.0.0",
  httpPort: 80,
  httpsPort: 443,
  cert: "/etc/ssl/certs/report.pem",
  key: "/etc/ssl/private/report.key",
  embedAncestors: "*",
};

/** The CSP the page's meta tag carries (frame-ancestors is added by headers.conf). */
export function pageCsp(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  if (!csp) throw new Error(`no Content-Security-Policy meta tag in ${dist}/index.html`);
  if (csp.includes('"') || csp.includes("\n")) throw new Error("the CSP has a character nginx cannot quote");
  return csp;
}

/** The frame-ancestors sources for the embed pages: `*` or a list of sources, nothing nginx cannot quote. */
export function checkAncestors(list) {
  const sources = list.trim().split(/\s+/);
  const source = /^(\*|'self'|https?:(\/\/(\*\.)?[A-Za-z0-9.-]+(:[0-9]+|:\*)?)?)$/;
  if (!list.trim() || !sources.every((s) => source.test(s))) throw new Error(`EMBED_ANCESTORS is not a list of frame-ancestors sources: ${list}`);
  return sources.join(" ");
}

/** Writes the server blocks and their headers files into `out`; returns the path of the server blocks. */
export function render(dist, out, options = {}) {
  const o = { ...DEFAULTS, ...options };
  mkdirSync(out, { recursive: true });
  const csp = pageCsp(dist);
  const template = readFileSync(join(HERE, "headers.conf"), "utf8").replaceAll("@CSP@", csp);
  const headers = join(resolve(out), "headers.conf");
  const embedHeaders = join(resolve(out), "embed-headers.conf");
  writeFileSync(headers, template.replaceAll("@FRAME_ANCESTORS@", "'none'"));
  writeFileSync(embedHeaders, template.replaceAll("@FRAME_ANCESTORS@", checkAncestors(o.embedAncestors)));
  const site = join(resolve(out), "nginx-site.conf");
  const conf = readFileSync(join(HERE, "nginx.conf"), "utf8")
    .replaceAll("@ROOT@", resolve(dist))
    .replaceAll("@LISTEN@", o.listen)
    .replaceAll("@HTTP_PORT@", String(o.httpPort))
    .replaceAll("@HTTPS_PORT@", String(o.httpsPort))
    .replaceAll("@HTTPS_PORT_SUFFIX@", Number(o.httpsPort) === 443 ? "" : `:${o.httpsPort}`)
    .replaceAll("@CERT@", resolve(o.cert))
    .replaceAll("@KEY@", resolve(o.key))
    .replaceAll("@HEADERS@", headers)
    .replaceAll("@EMBED_HEADERS@", embedHeaders);
  if (/@[A-Z_]+@/.test(conf)) throw new Error(`a placeholder is left in ${site}`);
  writeFileSync(site, conf);
  return site;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = "dist", out = "target/deploy"] = process.argv.slice(2);
  const env = process.env;
  const options = Object.fromEntries(
    Object.entries({
      listen: env.LISTEN,
      httpPort: env.HTTP_PORT,
      httpsPort: env.HTTPS_PORT,
      cert: env.TLS_CERT,
      key: env.TLS_KEY,
      embedAncestors: env.EMBED_ANCESTORS,
    }).filter(([, v]) => v !== undefined),
  );
  console.log(`wrote ${render(dist, out, options)}`);
}
