//! Reads `data/report.json` into the report's model (the same types the app
//! uses) and writes it to `$OUT_DIR/report.postcard`, which the app embeds.
//! A data file that does not fit the model fails the build, with the reason.
//!
//! The release wasm (feature `hydrate`) runs only the page's islands, so it
//! embeds only what they read; the prose, tables and small charts are in the
//! prerendered HTML and never re-rendered in the browser.

#[allow(dead_code)]
#[path = "src/report/model.rs"]
mod model;

use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=data/report.json");
    println!("cargo:rerun-if-changed=src/report/model.rs");
    let json = fs::read_to_string("data/report.json").expect("read data/report.json");
    let mut report: model::Report = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("data/report.json does not fit the model: {e}"));
    if env::var_os("CARGO_FEATURE_HYDRATE").is_some() {
        keep_what_islands_read(&mut report);
    }
    let bytes = postcard::to_allocvec(&report).expect("encode the report");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR")).join("report.postcard");
    fs::write(out, bytes).expect("write report.postcard");
}

/// Empties what no island reads: the islands (contents, ratio chart,
/// timeline) and the page wiring read section slugs and headings, figures'
/// values and measures, events, the ratios, and bar charts' slugs. A new
/// island that reads more must keep it here (see README, "Islands").
fn keep_what_islands_read(report: &mut model::Report) {
    let empty = || model::Text { zh: String::new() };
    report.meta.lead = empty();
    report.meta.photo_credit = empty();
    for section in &mut report.sections {
        section.paragraphs.clear();
        section.photos.clear();
    }
    for figure in &mut report.figures {
        figure.quote = empty();
    }
    for ratio in &mut report.industry_ratios {
        ratio.quote = empty();
    }
    for chart in &mut report.bar_charts {
        chart.rows.clear();
        chart.title = empty();
        chart.note = empty();
    }
    report.snapshots.clear();
    report.snapshot_rows.clear();
    report.not_figures.clear();
}
