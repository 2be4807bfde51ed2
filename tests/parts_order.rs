//! The page follows the order of `data/report.json`'s parts: with two parts
//! swapped in a fixture, the rendered page, its contents and its sitemap
//! follow, with no change to the code. Its own test binary, because it
//! installs the fixture as the report before anything reads the report;
//! rendered as the prerender renders it (feature `ssr`, see `dev.sh test`).
#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

mod common;

use leptos::prelude::*;
use serde_json::Value;
use shizhong_report::report::validate::check;
use shizhong_report::report::{report, use_report, Lang, PartKind};
use shizhong_report::site::crawlers::sitemap_xml;
use shizhong_report::site::targets::share_targets;
use shizhong_report::App;

const ARTICLE: &str = include_str!("../data/source-article.txt");

/// The ids of `marker`-carrying elements, in document order.
fn ids_in_order(html: &str, marker: &str) -> Vec<String> {
    html.split('<')
        .filter(|tag| tag.contains(marker))
        .filter_map(|tag| {
            tag.split(" id=\"")
                .nth(1)?
                .split('"')
                .next()
                .map(str::to_owned)
        })
        .collect()
}

#[test]
fn swapping_two_parts_in_the_data_reorders_the_page_the_contents_and_the_sitemap() {
    let spec: Value =
        serde_json::from_str(include_str!("fixtures/valid/two-parts-swapped.json")).unwrap();
    let json = common::apply(&spec, common::DATA);
    let swapped = check(&json, ARTICLE).unwrap_or_else(|p| panic!("{p:#?}"));
    let order: Vec<String> = swapped
        .parts
        .iter()
        // The original edition: the glossary is the translation's alone.
        .filter(|p| p.slug != "lead" && p.kind != PartKind::Glossary)
        .map(|p| p.slug.clone())
        .collect();
    let original: Vec<String> = common::parts_order(common::DATA);
    assert_ne!(order, original, "the fixture changes the order");
    assert!(
        use_report(swapped),
        "the report was read before the fixture"
    );

    let html = Owner::new().with(|| view! { <App/> }.to_html());
    // The masthead (the lead) opens the page, tracked but not listed.
    let page_order: Vec<String> = ["lead".to_owned()]
        .into_iter()
        .chain(order.clone())
        .collect();
    assert_eq!(
        ids_in_order(&html, " data-part"),
        page_order,
        "the page's parts"
    );
    let contents: Vec<String> = html
        .split("class=\"contents__list\"")
        .nth(1)
        .unwrap()
        .split("</ol>")
        .next()
        .unwrap()
        .split("href=\"#")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_owned())
        .collect();
    assert_eq!(contents, order, "the contents");

    let sitemap = sitemap_xml("https://example.org/", &[(Lang::Zh, share_targets())]);
    let pages: Vec<String> = sitemap
        .split("<loc>https://example.org/s/")
        .skip(1)
        .map(|rest| rest.split('/').next().unwrap().to_owned())
        .take(order.len())
        .collect();
    assert_eq!(pages, order, "the sitemap");
    assert_eq!(report().parts_in_edition().count(), order.len() + 1);
}
