// A build as a publisher makes it, `trunk build --release` without SITE_URL,
// names no address it cannot know: no local address anywhere in it, no
// sitemap (its URLs must be absolute), no oEmbed, no tag that takes an
// absolute URL; its links are relative, and it says so while building. The
// test command builds it into target/publish-check before the suite runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "./helpers.mjs";

const BUILD = join(ROOT, "target", "publish-check");

/** Every file of the build, as paths from its root. */
function files(dir = BUILD) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(BUILD, path)];
  });
}

test("a build without SITE_URL names no local address, and leaves out what needs an absolute one", () => {
  assert.ok(existsSync(join(BUILD, "index.html")), "target/publish-check is missing: the README's test command builds it");
  const all = files();
  const text = all.filter((f) => /\.(html|xml|txt|json|js|csv|svg)$/.test(f));
  assert.ok(text.length > 80, `only ${text.length} text files`);
  const local = /127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0/;
  assert.deepEqual(text.filter((f) => local.test(readFileSync(join(BUILD, f), "utf8"))), []);
  // What only an absolute URL can say is left out.
  assert.deepEqual(all.filter((f) => f === "sitemap.xml" || f.endsWith("oembed.json")), []);
  assert.doesNotMatch(readFileSync(join(BUILD, "robots.txt"), "utf8"), /Sitemap/);
  for (const page of ["index.html", "en/index.html", "s/flood-0818/index.html", "en/embed/timeline/index.html"]) {
    const html = readFileSync(join(BUILD, page), "utf8");
    for (const tag of ['property="og:url"', 'property="og:image"', 'name="twitter:image"', "json+oembed", 'rel="canonical" href="http']) {
      assert.ok(!html.includes(tag), `${page}: ${tag}`);
    }
    // Its links to the other edition are still there, relative.
    assert.match(html, /<link rel="alternate" hreflang="x-default" href="\.[^"]*" \/>/, page);
  }
});
