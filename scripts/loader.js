// The page's loader, written into dist/ by scripts/postbuild.mjs (which
// puts the wasm's and its glue script's built names in for __WASM__ and
// __GLUE__, minifies it and names the file by its hash). It is a file, not
// Trunk's inline script: the strict CSP allows no inline script.
// An embed page (one part, in an iframe on another site) tells the page that
// frames it its content's height, now and whenever it changes (a resize, a
// filter, an event opened, a font swapped in), for the resizer the host page
// loads (public/embed.js) to fit the iframe to it. The root's box shrinks
// with its content, unlike the scroll height. Before the wasm: the sooner the
// frame fits, the less the host page moves.
if (document.documentElement.hasAttribute("data-embed") && parent !== window) {
  const part = document.querySelector("[data-part]")?.id;
  let told = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== told) parent.postMessage({ type: "shizhong-report:height", height: (told = height), part }, "*");
  }).observe(document.documentElement);
}
// Two frames after the load event, once the first paint is on screen (its
// entry comes when it is). A page that gets no entry (Firefox gives none to
// a page opened at a fragment) waits 250 ms at most for it.
await new Promise((ok) => {
  const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;
  const afterPaint = () => {
    if (painted() || !PerformanceObserver.supportedEntryTypes?.includes("paint")) return setTimeout(ok);
    const observer = new PerformanceObserver(() => {
      if (painted()) observer.disconnect(), clearTimeout(timer), ok();
    });
    observer.observe({ type: "paint" });
    const timer = setTimeout(() => (observer.disconnect(), ok()), 250);
  };
  const afterLoad = () => requestAnimationFrame(() => requestAnimationFrame(afterPaint));
  if (document.readyState === "complete") afterLoad();
  else addEventListener("load", afterLoad, { once: true });
});
const here = (path) => new URL(path, import.meta.url);
// The page's edition of the report, which the prerender named in the head, fetched beside the wasm.
const reportData = fetch(here(document.querySelector('meta[name="report-data"]').content)).then((r) => {
  if (!r.ok) throw new Error(`report data: ${r.status}`);
  return r.arrayBuffer();
});
const wasmResponse = fetch(here("./__WASM__"));
const bindings = await import("./__GLUE__");
await bindings.default({ module_or_path: wasmResponse });

// Islands: give them the report, hydrate each interactive part the prerender marked, then start the page.
// Each step is a task of its own: together they would block the page for one long task on a slow phone.
const nextTask = () => new Promise((ok) => setTimeout(ok));
bindings.load_report(new Uint8Array(await reportData));
for (const island of document.querySelectorAll("leptos-island")) {
  await nextTask();
  bindings[island.dataset.component](island);
}
await nextTask();
bindings.start_page();
