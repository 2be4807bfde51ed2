// The reader's journeys in Firefox and WebKit (what iPhones run), through W3C
// WebDriver with selenium-webdriver: geckodriver with Debian's firefox-esr,
// and WebKitGTK's WebKitWebDriver with its MiniBrowser under Xvfb.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { WebDriver, Capabilities, By, Key } from "selenium-webdriver";
import * as http from "selenium-webdriver/http/index.js";
import { serve } from "./server.mjs";
import { ROOT, freePort, serveHost, hostPage } from "./helpers.mjs";
import { JOURNEYS, webdriverBrowser } from "./journeys.mjs";

const GECKODRIVER = [join(homedir(), ".cargo", "bin", "geckodriver"), "/usr/local/bin/geckodriver", "/usr/bin/geckodriver"].find(existsSync);
// Debian installs it under the machine's multiarch triplet.
const MINIBROWSER = execFileSync("dpkg", ["-L", "libwebkit2gtk-4.1-0"], { encoding: "utf8" }).split("\n").find((f) => f.endsWith("/MiniBrowser"));

const ENGINES = {
  firefox: {
    driver: (port) => [GECKODRIVER, ["--host", "127.0.0.1", "--port", String(port)]],
    capabilities: { browserName: "firefox", "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless"] } },
  },
  // No browserName and no --headless: either makes WebKitWebDriver's session hang.
  webkit: {
    driver: (port) => ["xvfb-run", ["-a", "WebKitWebDriver", `--port=${port}`]],
    capabilities: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } },
  },
};

let server;
let origin;
before(async () => {
  server = await serve(join(ROOT, "dist"));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((ok) => server.close(ok)));

/** Starts the engine's driver and a session; returns the driver and a stop function. */
async function session(name) {
  const engine = ENGINES[name];
  const port = await freePort();
  const [command, args] = engine.driver(port);
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ready = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ready) break;
    if (i > 150) throw new Error(`${name}: the driver did not start`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const driver = await WebDriver.createSession(new http.Executor(new http.HttpClient(url)), new Capabilities(engine.capabilities));
  return {
    driver,
    async stop() {
      await driver.quit().catch(() => {});
      try {
        process.kill(-child.pid); // the driver, and xvfb-run's children
      } catch {}
    },
  };
}

/**
 * Records the page's later errors and CSP violations in the page. Classic
 * WebDriver has no init script (and WebKitWebDriver no BiDi), so errors
 * before hydration are not recorded; such an error stops the page from
 * marking itself hydrated, and the wait for it fails.
 */
const watch = (driver) =>
  driver.executeScript(`
    window.__problems = [];
    addEventListener("error", (e) => __problems.push("error: " + e.message));
    addEventListener("unhandledrejection", (e) => __problems.push("rejection: " + e.reason));
    document.addEventListener("securitypolicyviolation", (e) => __problems.push("CSP: " + e.violatedDirective));
  `);

/** Opens `path`, waits until the page says it is hydrated and landed, then watches it. */
async function open(driver, path) {
  await driver.get(origin + path);
  await driver.wait(() => driver.executeScript("return document.documentElement.hasAttribute('data-hydrated')"), 30000, `${path} never hydrated`);
  await watch(driver);
}
const problems = (driver) => driver.executeScript("return window.__problems ?? []");
/** Clicks the element, scrolled to the middle of the window first (WebKit's driver does not scroll). */
async function click(driver, selector) {
  const element = await driver.findElement(By.css(selector));
  await driver.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", element);
  await element.click();
}
const js = (driver, code, ...args) => driver.executeScript(code, ...args);

for (const name of (process.env.ENGINES || Object.keys(ENGINES).join(",")).split(",")) {
  test(`${name}: the reader's journeys`, async (t) => {
    const { driver, stop } = await session(name);
    t.after(stop);

    // The reader's main journeys (journeys.mjs), as in Chromium.
    const browser = webdriverBrowser(driver, origin, { Key, By, opened: watch });
    for (const journey of JOURNEYS) {
      await t.test(journey.name, async () => {
        await journey.run(browser);
        assert.deepEqual(await problems(driver), []);
      });
    }

    await t.test("the timeline embedded on another site fits its content, filters, and leaves the host's history alone", async () => {
      await open(driver, "/");
      const code = await js(driver, "return document.getElementById('timeline-embed').textContent");
      const host = await serveHost(hostPage([code]));
      t.after(host.stop);
      await driver.get(host.origin);
      const history = await js(driver, "return history.length");
      const iframe = await driver.findElement(By.css("iframe[data-shizhong-embed]"));
      await js(driver, "arguments[0].scrollIntoView({ block: 'start', behavior: 'instant' })", iframe);
      await driver.switchTo().frame(iframe);
      await driver.wait(() => js(driver, "return document.documentElement.hasAttribute('data-hydrated')"), 30000, "the embed never hydrated");
      await js(driver, "window.__problems = []; addEventListener('error', (e) => __problems.push('error: ' + e.message));");
      /** The frame's content height, then (in the host) the iframe fitted to it, within 4 px. */
      const fits = async (what) => {
        const content = await js(driver, "return document.documentElement.getBoundingClientRect().height");
        await driver.switchTo().defaultContent();
        await driver.wait(async () => Math.abs((await js(driver, "return arguments[0].getBoundingClientRect().height", iframe)) - content) <= 4, 10000, `${what}: the iframe never fitted ${content} px`);
        await driver.switchTo().frame(iframe);
        return content;
      };
      const loaded = await fits("after load");
      await click(driver, ".chip[data-category='flood']");
      const shown = await js(driver, "return [...new Set([...document.querySelectorAll('li.event:not([hidden])')].map((e) => e.dataset.category))]");
      assert.deepEqual(shown, ["flood"]);
      const filtered = await fits("filtered");
      assert.ok(filtered < loaded, `a filter shrinks the frame (${loaded} -> ${filtered})`);
      assert.deepEqual(await problems(driver), []);
      await driver.switchTo().defaultContent();
      assert.equal(await js(driver, "return history.length"), history);
      assert.equal(await driver.getCurrentUrl(), `${host.origin}/`);
    });

    await t.test("no horizontal overflow at 375 px", async () => {
      // A browser window has a minimum width (MiniBrowser's is over 400 px),
      // so the page is framed at 375 px, where its media queries see 375 px.
      await driver.get(`${origin}/404.html`);
      await js(driver, `
        const frame = document.createElement("iframe");
        frame.width = 375; frame.height = 800; frame.src = "/";
        document.body.append(frame);`);
      // While the frame is still loading, its document may have no root element yet.
      await driver.wait(() => js(driver, "return !!document.querySelector('iframe').contentDocument?.documentElement?.hasAttribute('data-hydrated')"), 30000, "the framed page never hydrated");
      const { inner, overflow } = await js(driver, `
        const w = document.querySelector("iframe").contentWindow;
        const root = w.document.documentElement;
        return { inner: w.innerWidth, overflow: root.scrollWidth - root.clientWidth };`);
      assert.equal(inner, 375);
      assert.equal(overflow, 0, `${overflow}px too wide at ${inner}px`);
    });
  });
}
