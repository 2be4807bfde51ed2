import { spawn } from "node:child_process";
const dir = process.argv[2];
const server = spawn("node", ["tests/e2e/server.mjs", dir, "8099"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const lighthouse = (await import("lighthouse")).default;
const chromeLauncher = await import("chrome-launcher");
for (let i = 0; i < 3; i++) {
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox"] });
  const run = await lighthouse("http://127.0.0.1:8099/", { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  await chrome.kill();
  const m = run.lhr.audits.metrics.details.items[0];
  console.log(JSON.stringify({ score: run.lhr.categories.performance.score, fcp: m.firstContentfulPaint, lcp: m.largestContentfulPaint, tbt: m.totalBlockingTime, oFcp: m.observedFirstContentfulPaint, oLcp: m.observedLargestContentfulPaint }));
}
server.kill();
