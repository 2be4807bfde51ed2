// The report's embed resizer. A page that embeds a part of the report loads
// it from the report's site, with the part's iframe (its embed code). It
// sizes each iframe marked `data-shizhong-embed` to the height that the
// iframe's page reports, in a message of this form:
//   { type: "shizhong-report:height", height: 812, part: "timeline" }
// A message counts only if it comes from one of those iframes' own window,
// at the origin its src names, with a height from 80 to 20000 px.
(() => {
  const loaded = Symbol.for("shizhong-report:embed");
  if (window[loaded]) return; // one listener, however many embeds load it
  window[loaded] = true;
  addEventListener("message", (event) => {
    const { data } = event;
    if (!data || data.type !== "shizhong-report:height") return;
    const { height } = data;
    if (typeof height !== "number" || !(height >= 80 && height <= 20000)) return;
    for (const frame of document.querySelectorAll("iframe[data-shizhong-embed]")) {
      if (frame.contentWindow === event.source && new URL(frame.src, location.href).origin === event.origin) {
        frame.style.height = `${Math.ceil(height)}px`;
      }
    }
  });
})();
