// Compares two builds as a reader would see them: every file of each, its
// name and content, with what changes from build to build set aside (the
// content hashes in file names, the stylesheet's CSP hash, the islands'
// component hashes). Prints what differs; exits 1 if anything does.
//   node scripts/compare-builds.mjs BEFORE_DIST AFTER_DIST
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error("usage: node scripts/compare-builds.mjs BEFORE_DIST AFTER_DIST");

/** A build's files, by their names with hashes set aside (precompressed copies left out: they follow their files). */
function files(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(root, path);
    if (/\.(br|gz)$/.test(name)) return [];
    return [[normalize(relative(root, path)), path]];
  });
}

/** Text with build-to-build hashes set aside. */
function normalize(text) {
  return text
    .replace(/-[0-9a-f]{8,16}(?=(_bg)?\.(js|wasm|bin|css)\b)/g, "-HASH")
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-HASH'")
    .replace(/(data-component=")(\w+?)_[0-9a-f]+"/g, '$1$2_HASH"');
}

const a = new Map(files(before));
const b = new Map(files(after));
const differences = [];
for (const name of new Set([...a.keys(), ...b.keys()])) {
  if (!a.has(name) || !b.has(name)) {
    differences.push(`${name}: only in ${a.has(name) ? "before" : "after"}`);
    continue;
  }
  // The wasm, its glue and the loader are code, not what a reader reads.
  if (/\.(wasm|js)$/.test(name) && !name.startsWith("public/")) continue;
  const [x, y] = [readFileSync(a.get(name)), readFileSync(b.get(name))];
  if (/\.(png|bin)$/.test(name)) {
    if (!x.equals(y)) differences.push(`${name}: the bytes differ`);
    continue;
  }
  const [s, t] = [normalize(x.toString("utf8")), normalize(y.toString("utf8"))];
  if (s !== t) {
    let at = 0;
    while (s[at] === t[at]) at++;
    differences.push(`${name}: differs at ${at}:\n  before …${s.slice(Math.max(0, at - 60), at + 80)}…\n  after  …${t.slice(Math.max(0, at - 60), at + 80)}…`);
  }
}
console.log(`${a.size} files before, ${b.size} after; ${differences.length} differ`);
for (const d of differences) console.log(d);
process.exit(differences.length ? 1 : 0);
