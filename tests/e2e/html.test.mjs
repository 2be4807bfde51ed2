// The built HTML is valid: the Nu Html Checker (npm vnu-jar, on Java) finds
// no error on the pages, share pages or embed pages. The one exception is the `<!>`
// marker Leptos writes for hydration, which the checker calls a bogus comment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { ROOT } from "./helpers.mjs";

const vnu = createRequire(import.meta.url)("vnu-jar");
const DIST = join(ROOT, "dist");

/** Every error the checker finds in `files`, as "file:line: message". */
function errors(files) {
  let out;
  try {
    out = execFileSync("java", ["-jar", vnu, "--errors-only", "--format", "json", ...files], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    // vnu exits 1 when it found errors; its report is still on stderr.
    out = e.stderr || e.stdout;
    if (!out) throw e;
  }
  const messages = JSON.parse(out || '{"messages":[]}').messages;
  return messages
    .filter((m) => m.type === "error" && !/^Bogus comment/.test(m.message))
    .map((m) => `${m.url.replace(/^file:.*\/dist\//, "")}:${m.lastLine}: ${m.message}`);
}

test("both editions' pages, every share page, every embed page and both 404 pages are valid HTML", () => {
  const pages = ["", "en"].flatMap((edition) => {
    const dir = join(DIST, edition);
    const shares = readdirSync(join(dir, "s")).map((slug) => join(dir, "s", slug, "index.html"));
    assert.ok(shares.length > 20, `${edition}: only ${shares.length} share pages`);
    const embeds = readdirSync(join(dir, "embed")).map((slug) => join(dir, "embed", slug, "index.html"));
    assert.ok(embeds.length >= 8, `${edition}: only ${embeds.length} embed pages`);
    return [join(dir, "index.html"), ...shares, ...embeds];
  });
  assert.deepEqual(errors([...pages, join(DIST, "404.html"), join(DIST, "en", "404.html")]), []);
});

test("the checker is awake: a broken page does fail it", () => {
  const broken = join(ROOT, "target", "vnu-broken.html");
  execFileSync("node", ["-e", `require("fs").writeFileSync(${JSON.stringify(broken)}, "<!DOCTYPE html><html lang=en><title>x</title><figure><p>a</p><figcaption>c</figcaption><p>b</p></figure>")`]);
  assert.equal(errors([broken]).length, 1);
});
