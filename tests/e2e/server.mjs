// A small static server for dist/, as a static host would serve it: correct
// types, gzip or brotli when the client takes it, and nothing else.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".bin": "application/octet-stream",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".wasm", ".svg", ".json", ".xml", ".txt", ".bin"]);

/** Starts serving `root` on 127.0.0.1:`port` (0 picks a free port); resolves to the server. */
export function serve(root, port = 0, { compress = true } = {}) {
  const base = resolve(root);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
      let file = join(base, path);
      if (!file.startsWith(base)) throw new Error("outside root");
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const ext = extname(file);
      const headers = { "content-type": TYPES[ext] || "application/octet-stream", "cache-control": "no-cache" };
      const accepts = String(req.headers["accept-encoding"] || "");
      let out = body;
      if (compress && COMPRESSIBLE.has(ext)) {
        const encoding = accepts.includes("br") ? "br" : accepts.includes("gzip") ? "gzip" : null;
        if (encoding) {
          const key = `${file}:${encoding}`;
          if (!cache.has(key)) {
            cache.set(key, encoding === "br"
              ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(body, { level: 9 }));
          }
          out = cache.get(key);
          headers["content-encoding"] = encoding;
          headers["vary"] = "accept-encoding";
        }
      }
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : out);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

// `node e2e/server.mjs [dir] [port]` serves from the command line.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}/`);
}
