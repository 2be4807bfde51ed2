// Renders the nginx templates in deploy/ for a built dist/:
//   node deploy/render.mjs DIST PORT OUT_DIR
// writes OUT_DIR/nginx-site.conf (a server block for nginx's http block) and
// OUT_DIR/headers.conf, with the page's own Content-Security-Policy (read from
// DIST/index.html, so its stylesheet hash is the built one) plus what only a
// header can say: frame-ancestors.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

/** The CSP the page's meta tag carries, with frame-ancestors added. */
export function headerCsp(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  if (!csp) throw new Error(`no Content-Security-Policy meta tag in ${dist}/index.html`);
  if (csp.includes('"') || csp.includes("\n")) throw new Error("the CSP has a character nginx cannot quote");
  return `${csp}; frame-ancestors 'none'`;
}

/** Writes the two files; returns the path of the server block. */
export function render(dist, port, out) {
  mkdirSync(out, { recursive: true });
  const headers = join(resolve(out), "headers.conf");
  writeFileSync(headers, readFileSync(join(HERE, "headers.conf"), "utf8").replaceAll("@CSP@", headerCsp(dist)));
  const site = join(resolve(out), "nginx-site.conf");
  const conf = readFileSync(join(HERE, "nginx.conf"), "utf8")
    .replaceAll("@ROOT@", resolve(dist))
    .replaceAll("@PORT@", String(port))
    .replaceAll("@HEADERS@", headers);
  if (/@[A-Z]+@/.test(conf)) throw new Error(`a placeholder is left in ${site}`);
  writeFileSync(site, conf);
  return site;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = "dist", port = "8081", out = "target/deploy"] = process.argv.slice(2);
  console.log(`wrote ${render(dist, Number(port), out)}`);
}
