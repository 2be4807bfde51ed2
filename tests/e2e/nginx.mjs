// nginx with deploy/'s configuration, over HTTPS with a certificate made at
// test time: for the nginx suite and the benchmark.
import { spawn, execFileSync } from "node:child_process";
import { writeFileSync, existsSync, readFileSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { render } from "../../deploy/render.mjs";

const NGINX = "/usr/sbin/nginx";
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** A self-signed certificate for localhost and 127.0.0.1, made now, in `dir`. */
export function selfSignedCertificate(dir) {
  const cert = join(dir, "cert.pem");
  const key = join(dir, "key.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], { stdio: "ignore" });
  return { cert, key };
}

/** Starts nginx with deploy/'s configuration for `dist`, rendered with `options` (see deploy/render.mjs), in `dir`; resolves to its process once it answers over HTTPS. */
export async function startNginx(dist, dir, options) {
  if (!existsSync(NGINX) || !existsSync(BROTLI_MODULE)) throw new Error("nginx and its brotli module are missing: run the README's test command, which installs them");
  const site = render(dist, dir, options);
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
  const nginx = spawn(NGINX, ["-p", dir, "-c", conf], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  nginx.stderr.on("data", (d) => (stderr += d));
  const ca = readFileSync(options.cert);
  for (let i = 0; ; i++) {
    const up = await get(`https://127.0.0.1:${options.httpsPort}/robots.txt`, { ca }).then((r) => r.status === 200, () => false);
    if (up) break;
    if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return nginx;
}

/** A GET over HTTP or HTTPS (trusting `ca`), not following redirects: its status, headers and body's length. */
export function get(url, { ca, headers = {} } = {}) {
  const request = url.startsWith("https:") ? httpsRequest : httpRequest;
  return new Promise((ok, fail) => {
    const req = request(url, { ca, headers }, (res) => {
      let length = 0;
      res.on("data", (chunk) => (length += chunk.length));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, length }));
    });
    req.on("error", fail);
    req.end();
  });
}

