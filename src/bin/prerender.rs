//! Renders the report to HTML at build time, natively, with the same
//! components the browser runs, so the page reads before (and without)
//! WebAssembly. Run by Trunk's post_build hook on its staging directory:
//!
//!     cargo run --features ssr --bin prerender -- <dist dir>
//!
//! It writes the app into `index.html`'s body (the wasm then hydrates its
//! islands) with the note for readers without JavaScript, the title,
//! description and preview tags into its head, one small page under
//! `s/<slug>/` for link previews of everything with a share button,
//! `sitemap.xml`, `robots.txt` and `404.html`.

use leptos::prelude::*;
use shizhong_report::prerender::{
    body_with_app, head_tags, head_with, noscript_note, not_found_page, robots_txt, share_page,
    share_targets, sitemap_xml,
};
use shizhong_report::App;
use std::{env, fs, path::PathBuf};

fn main() {
    let dir = PathBuf::from(env::args().nth(1).expect("usage: prerender <dist dir>"));
    // Where dist/ is published; only absolute URLs need it (sitemap, previews).
    // Unset, they point at the local server of `dev.sh serve`.
    let published = env::var("SITE_URL").ok();
    let site = published
        .clone()
        .unwrap_or_else(|| "http://127.0.0.1:8080/".to_owned());

    let index = dir.join("index.html");
    let html = fs::read_to_string(&index).expect("read index.html");
    let app = Owner::new().with(|| view! { <App/> }.to_html());
    let html = head_with(&html, &head_tags(published.as_deref()));
    let body = format!("{app}{}", noscript_note());
    fs::write(&index, body_with_app(&html, &body)).expect("write index.html");

    let targets = share_targets();
    for target in &targets {
        let page_dir = dir.join("s").join(&target.slug);
        fs::create_dir_all(&page_dir).expect("create share page dir");
        fs::write(page_dir.join("index.html"), share_page(target, &site))
            .expect("write share page");
    }
    fs::write(dir.join("sitemap.xml"), sitemap_xml(&site, &targets)).expect("write sitemap.xml");
    fs::write(dir.join("robots.txt"), robots_txt(&site)).expect("write robots.txt");
    fs::write(dir.join("404.html"), not_found_page(&site)).expect("write 404.html");
    eprintln!(
        "prerendered index.html, {} share pages, sitemap.xml, robots.txt, 404.html",
        targets.len()
    );
}
