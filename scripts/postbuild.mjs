// Trunk writes its wasm loader as an inline <script type="module">. A strict
// Content-Security-Policy forbids inline scripts, so this moves the loader to
// a file of its own. Runs as Trunk's post_build hook, in the staging dir.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error("no inline module script in index.html: did Trunk change its output?");
const code = match[1].trim() + "\n";
const name = `loader-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
html = html.replace(inline, `<script type="module" src="${publicUrl}${name}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error("an inline script is left in index.html");
writeFileSync(file, html);
