// The reader's main journeys, written once and run by every suite that
// drives a browser: Chromium against the plain server (journeys.test.mjs),
// Chromium behind nginx (nginx.test.mjs), Firefox and WebKit
// (engines.test.mjs). Each journey drives a `browser` adapter:
//   open(path)          go to the path and wait until the page says it has
//                       hydrated and landed (`<html data-hydrated>`)
//   click(selector)     click the element, scrolled into view first
//   key(key)            press a key in the focused element
//   js(fn, ...args)     run `fn(...args)` in the page; its JSON result
//   waitFor(fn, ...args, what)  wait until `fn(...args)` is true in the page
//   url()               the page's address
//   top(id)             where the element sits below what stays at the top
//                       of the window (the phone's bar, the time strip), px
// and fails with an assertion when the page does not do what it should.
import assert from "node:assert/strict";
import { BELOW_STICKY, ready } from "./helpers.mjs";

/** The script that says where element `id` sits below what stays at the top. */
const below = (id) => `return (${BELOW_STICKY})(${JSON.stringify(id)})`;

export const JOURNEYS = [
  {
    name: "the chart view switch redraws the chart and moves the link",
    async run(browser) {
      await browser.open("/");
      await browser.click("[data-view='slope']");
      await browser.waitFor(() => new URLSearchParams(location.search).get("view") === "slope", "the link to carry the view");
      assert.equal(await browser.js(() => document.querySelector("[data-view='slope']").getAttribute("aria-pressed")), "true");
      assert.equal(await browser.js(() => document.querySelectorAll(".ratio__plot circle").length), 6);
    },
  },
  {
    name: "a category filter shows its events only, and the link carries it",
    async run(browser) {
      await browser.open("/");
      await browser.click(".chip[data-category='flood']");
      await browser.waitFor(() => location.search === "?cat=flood", "the link to carry the filter");
      const shown = await browser.js(() => [...new Set([...document.querySelectorAll("li.event:not([hidden])")].map((e) => e.dataset.category))]);
      assert.deepEqual(shown, ["flood"]);
    },
  },
  {
    name: "a deep link to an event lands on it, opened and focused, under what stays at the top",
    async run(browser) {
      await browser.open("/?cat=flood#flood-0818");
      await browser.waitFor(() => document.getElementById("flood-0818").contains(document.activeElement), "focus on the event");
      assert.equal(await browser.js(() => document.querySelector("#flood-0818 button").getAttribute("aria-expanded")), "true");
      // Where a smooth landing ends (an engine may scroll smoothly).
      await waitUntil(async () => {
        const top = await browser.top("flood-0818");
        return top >= -2 && top <= 60;
      }, "the event at the top, under what stays there");
    },
  },
  {
    name: "a share page forwards to its part",
    async run(browser) {
      await browser.open("/s/innovation/", { forwards: true });
      assert.match(await browser.url(), /\/#innovation$/);
      await browser.waitFor(() => document.getElementById("innovation").contains(document.activeElement), "focus on the part");
    },
  },
  {
    name: "arrow keys and End move between the timeline's events",
    async run(browser) {
      await browser.open("/#timeline");
      const buttons = await browser.js(() => [...document.querySelectorAll("li.event:not([hidden]) [data-event-button]")].map((b) => b.id));
      await browser.js((id) => document.getElementById(id).focus(), buttons[0]);
      await browser.key("ArrowDown");
      await browser.waitFor((id) => document.activeElement.id === id, buttons[1], "ArrowDown to move to the next event");
      await browser.key("End");
      await browser.waitFor((id) => document.activeElement.id === id, buttons.at(-1), "End to move to the last event");
    },
  },
];

/** The function `fn` called with `args`, as a script a page runs. */
const call = (fn, args) => `return (${fn}).apply(null, ${JSON.stringify(args)})`;

/** A Playwright page as a journey's browser, at `origin`. */
export function playwrightBrowser(page, origin) {
  return {
    async open(path, { forwards = false } = {}) {
      await page.goto(origin + path);
      if (forwards) await page.waitForURL((url) => !url.pathname.startsWith("/s/"));
      await ready(page);
    },
    click: (selector) => page.click(selector),
    key: (key) => page.keyboard.press(key),
    // A script by text, which DevTools runs: the page's CSP judges no eval.
    js: (fn, ...args) => page.evaluate(`(() => { ${call(fn, args)} })()`),
    async waitFor(fn, ...rest) {
      const what = rest.pop();
      await waitUntil(() => page.evaluate(`(() => { ${call(fn, rest)} })()`), what);
    },
    url: async () => page.url(),
    top: (id) => page.evaluate(`(() => { ${below(id)} })()`),
  };
}

/**
 * A selenium-webdriver session as a journey's browser, at `origin`; `opened`
 * is called once each page it opens has hydrated.
 */
export function webdriverBrowser(driver, origin, { Key, By, opened = async () => {} }) {
  const js = (fn, ...args) => driver.executeScript(call(fn, args));
  const hydrated = () => driver.executeScript("return document.documentElement.hasAttribute('data-hydrated')");
  return {
    async open(path, { forwards = false } = {}) {
      await driver.get(origin + path);
      if (forwards) await driver.wait(async () => !new URL(await driver.getCurrentUrl()).pathname.startsWith("/s/"), 10000, `${path} did not forward`);
      await driver.wait(hydrated, 30000, `${path} never hydrated`);
      await opened(driver);
    },
    async click(selector) {
      const element = await driver.findElement(By.css(selector));
      // WebKit's driver does not scroll to what it clicks.
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", element);
      await element.click();
    },
    key: (key) => driver.switchTo().activeElement().sendKeys({ ArrowDown: Key.ARROW_DOWN, End: Key.END }[key] ?? key),
    js,
    async waitFor(fn, ...rest) {
      const what = rest.pop();
      await driver.wait(() => js(fn, ...rest), 10000, `waited for ${what}`);
    },
    url: () => driver.getCurrentUrl(),
    top: (id) => driver.executeScript(below(id)),
  };
}

/** Waits until `check()` is true, asking again each 50 ms, for 10 s at most. */
export async function waitUntil(check, what) {
  const end = Date.now() + 10000;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`waited for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
