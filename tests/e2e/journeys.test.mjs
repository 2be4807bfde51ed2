// The reader's main journeys (journeys.mjs) in Chromium, against the build
// served as a static host serves it. nginx.test.mjs runs them behind nginx,
// engines.test.mjs in Firefox and WebKit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage } from "./helpers.mjs";
import { JOURNEYS, playwrightBrowser } from "./journeys.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

for (const journey of JOURNEYS) test(journey.name, async () => {
  const { page, context, problems } = await openPage(env, null);
  await journey.run(playwrightBrowser(page, env.origin));
  assert.deepEqual(problems, []);
  await context.close();
});
