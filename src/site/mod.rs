//! The site build: everything a static host serves besides the wasm, made
//! natively at build time from the report and the same components the
//! browser runs. The binary `build-site` (src/bin/build_site.rs) drives it
//! after Trunk; each module here is pure (text in, text out) and tested.
//!
//! - `page`: an edition's page (head, app, templates of the pages below it)
//! - `targets`: what has a share page; `share`: the share pages
//! - `embeds`: embed pages' heads and oEmbed
//! - `structured_data`: the JSON-LD of the article and its dataset
//! - `crawlers`: sitemap, robots.txt, the 404 pages
//! - `preview`: the PNG pictures (link previews, the article's three shapes)
//! - `links`: how a built page names the others (absolute with `SITE_URL`)

pub mod crawlers;
pub mod embeds;
pub mod links;
pub mod page;
pub mod preview;
pub mod share;
pub mod structured_data;
pub mod targets;
