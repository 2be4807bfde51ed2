//! Renders the report to HTML at build time, natively, with the same
//! components the browser runs, so the page reads before (and without)
//! WebAssembly. Run by Trunk's post_build hook on its staging directory:
//!
//!     cargo run --features ssr --bin build-site -- <dist dir>
//!
//! It writes each edition: the original into `index.html`, the English
//! translation into `en/index.html`, the app in the body (the wasm then
//! hydrates its islands) with the note for readers without JavaScript, and
//! the title, description, preview tags and structured data in the head;
//! beside each, its link-preview picture (`preview.png`), its article's
//! three pictures for the structured data (`article-<shape>.png`) and the
//! chart's data (`industry-ratio.csv`). Then one small page under
//! `s/<slug>/` for link previews of everything with a share button, each
//! with its picture (1200×630, see `src/preview`); one embed page under
//! `embed/<slug>/` for each part another site may embed; `404.html` in each
//! edition; and `robots.txt`.
//!
//! With `SITE_URL` (the address `dist/` is published at), also what needs
//! absolute URLs: canonical links, the previews' URLs, the oEmbed of each
//! embeddable part and `sitemap.xml`. Without it, none of those: a build
//! never writes an address it cannot know, and says so.

use leptos::prelude::*;
use shizhong_report::embed::{embed_path, embeddable, Site};
use shizhong_report::embed_page::EmbedPage;
use shizhong_report::ratio_chart::{ratio_csv_file, RATIO_CSV_FILE};
use shizhong_report::report::{islands_data, report, set_lang, Lang};
use shizhong_report::site::crawlers::{not_found_page, robots_txt, sitemap_xml};
use shizhong_report::site::embeds::{embed_head, oembed_json};
use shizhong_report::site::page::{
    body_with_app, data_meta, edition_template, embed_template, head_tags, head_with, noscript_note,
};
use shizhong_report::site::preview::{
    page_preview, preview_of, preview_svg, preview_svg_sized, raster::Rasteriser, ARTICLE_PICTURES,
};
use shizhong_report::site::share::share_page;
use shizhong_report::site::structured_data::{article_picture, json_ld};
use shizhong_report::site::targets::share_targets;
use shizhong_report::App;
use std::{env, fs, path::PathBuf, process::exit, time::Instant};

fn main() {
    let dir = PathBuf::from(env::args().nth(1).expect("usage: prerender <dist dir>"));
    // Where dist/ is published, if the build was told.
    let published = env::var("SITE_URL").ok().filter(|s| !s.is_empty());
    let site = published.as_deref();
    if site.is_none() {
        eprintln!(
            "warning: SITE_URL is not set, so this build names no absolute URL: no canonical links, no preview or oEmbed URLs, no sitemap.xml. \
             To publish, build with SITE_URL=https://…/ (the address dist/ will be served at, ending in /)."
        );
    }

    let template = fs::read_to_string(dir.join("index.html")).expect("read index.html");
    let rasteriser = Rasteriser::from_env().unwrap_or_else(|e| {
        eprintln!("error: {e} (install fonts-wqy-microhei, or set PREVIEW_FONT)");
        exit(1)
    });
    // Each picture drawn as a PNG; the time it takes is reported at the end.
    let mut drawing = std::time::Duration::ZERO;
    let mut draw = |svg: &str, of: &str| {
        let started = Instant::now();
        let png = rasteriser.png(svg).unwrap_or_else(|e| {
            eprintln!("error: the picture of {of}: {e}");
            exit(1)
        });
        drawing += started.elapsed();
        png
    };
    let islands = islands_data();
    let told = Site(published.clone());
    let mut editions = Vec::new();
    let (mut pages, mut embeds) = (0, 0);
    // Each edition: its page (the original at the root, the translation in
    // en/), its files, its share pages and its embed pages.
    for edition in Lang::ALL {
        set_lang(edition);
        let edition_dir = dir.join(edition.dir());
        fs::create_dir_all(&edition_dir).expect("create the edition's dir");
        let html = edition_template(&template, edition);
        let app = rendered(&told, || view! { <App/> });
        // The islands' data for this edition, which the loader fetches: its
        // name carries its content's hash, so hosts may cache it for ever.
        let (_, data) = islands
            .iter()
            .find(|(e, _)| *e == edition)
            .expect("islands' data for each edition");
        let data_file = format!("report-{}-{:016x}.bin", edition.key(), fnv1a(data));
        fs::write(dir.join(&data_file), data).expect("write the report data");
        let tags = format!(
            "{}\n    {}\n    {}",
            head_tags(site).trim_end(),
            json_ld(site),
            data_meta(&data_file)
        );
        fs::write(
            edition_dir.join("index.html"),
            page_with(&html, &tags, &app),
        )
        .expect("write index.html");

        // The page's pictures: its link preview, and the article's three
        // shapes for its structured data.
        let page = page_preview();
        fs::write(
            edition_dir.join("preview.png"),
            draw(&preview_svg(&page), "the page"),
        )
        .expect("write preview.png");
        for (shape, width, height) in ARTICLE_PICTURES {
            let svg = preview_svg_sized(&page, width, height);
            fs::write(
                edition_dir.join(article_picture(shape)),
                draw(&svg, &article_picture(shape)),
            )
            .expect("write an article picture");
        }
        // The chart's data: its download, and the dataset's distribution.
        if let Some((before, after)) = report().ratio_pair() {
            fs::write(
                edition_dir.join(RATIO_CSV_FILE),
                ratio_csv_file(before, after),
            )
            .expect("write the chart's CSV");
        }

        let targets = share_targets();
        for target in &targets {
            // Its picture, made from what it names: the part's, chart's or event's own.
            let picture = &preview_of(target);
            let page_dir = edition_dir.join("s").join(&target.slug);
            fs::create_dir_all(&page_dir).expect("create share page dir");
            fs::write(
                page_dir.join("preview.png"),
                draw(&preview_svg(picture), &target.slug),
            )
            .expect("write preview.png");
            fs::write(
                page_dir.join("index.html"),
                share_page(target, site, &picture.alt),
            )
            .expect("write share page");
        }
        pages += targets.len();

        // Each part another site may embed: its page alone, and its oEmbed.
        let embed_html = embed_template(&template, edition);
        for part in report().contents().filter(|p| embeddable(p)) {
            let page_dir = dir.join(embed_path(edition, &part.slug));
            fs::create_dir_all(&page_dir).expect("create embed page dir");
            let description = targets
                .iter()
                .find(|t| t.slug == part.slug)
                .map_or("", |t| t.description.as_str());
            let tags = format!(
                "{}\n    {}",
                embed_head(part, description, site).trim_end(),
                data_meta(&data_file)
            );
            let app = rendered(&told, || view! { <EmbedPage part=part/> });
            fs::write(
                page_dir.join("index.html"),
                page_with(&embed_html, &tags, &app),
            )
            .expect("write an embed page");
            // oEmbed consumers need absolute URLs.
            if let Some(site) = site {
                fs::write(page_dir.join("oembed.json"), oembed_json(part, site))
                    .expect("write oembed.json");
            }
            embeds += 1;
        }
        // The page a host serves for an unknown path there.
        fs::write(edition_dir.join("404.html"), not_found_page(site)).expect("write 404.html");
        editions.push((edition, targets));
    }
    set_lang(Lang::Zh);
    // A sitemap's URLs are absolute.
    if let Some(site) = site {
        fs::write(dir.join("sitemap.xml"), sitemap_xml(site, &editions))
            .expect("write sitemap.xml");
    }
    fs::write(dir.join("robots.txt"), robots_txt(site)).expect("write robots.txt");
    let with_site = if site.is_some() {
        ", their oEmbed and sitemap.xml"
    } else {
        " (no oEmbed, no sitemap.xml: SITE_URL is not set)"
    };
    eprintln!(
        "prerendered index.html and en/index.html, {pages} share pages with their pictures (drawn in {:.1} s), {embeds} embed pages{with_site}, robots.txt, 404.html and en/404.html",
        drawing.as_secs_f64()
    );
}

/// `view` as HTML, natively, in the edition being rendered. The embed codes
/// and the citation name the site only if the build was told it (`told`).
fn rendered<V: IntoView + 'static>(told: &Site, view: impl FnOnce() -> V) -> String {
    Owner::new().with(|| {
        provide_context(told.clone());
        view().to_html()
    })
}

/// A page from its template: `tags` in its head, and `app` with the note for
/// readers without JavaScript in its body.
fn page_with(template: &str, tags: &str, app: &str) -> String {
    let html = head_with(template, tags);
    body_with_app(&html, &format!("{app}{}", noscript_note()))
}

/// FNV-1a, 64 bits: a content hash for the data file's name.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
