//! Reads `data/report.json`, checks it against the model and the source
//! article (`src/report/validate.rs`, the same check the tests run), and
//! writes it to `$OUT_DIR/report-<edition>.postcard`, once per edition
//! (`zh`, `en`), which the app embeds. Bad data
//! fails the build with every problem listed, each at its JSON path.
//!
//! The release wasm (feature `hydrate`) runs only the page's islands, so it
//! embeds only what they read; the prose, tables and small charts are in the
//! prerendered HTML and never re-rendered in the browser.

#[allow(dead_code)]
#[path = "src/report/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/report/validate.rs"]
mod validate;

use std::{env, fs, path::PathBuf, process::exit};

const DATA: &str = "data/report.json";
const ARTICLE: &str = "data/source-article.txt";

fn main() {
    for path in [
        DATA,
        ARTICLE,
        "src/report/model.rs",
        "src/report/validate.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let read = |path: &str| {
        fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("error: cannot read {path}: {e}");
            exit(1)
        })
    };
    let mut report = match validate::check(&read(DATA), &read(ARTICLE)) {
        Ok(report) => report,
        Err(problems) => {
            eprintln!("error: {DATA} has {} problem(s):", problems.len());
            for p in &problems {
                eprintln!("  {DATA}: {p}");
            }
            exit(1)
        }
    };
    if env::var_os("CARGO_FEATURE_HYDRATE").is_some() {
        keep_what_islands_read(&mut report);
    }
    // One encoding per edition: a page's wasm decodes its own language only.
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    for edition in model::Lang::ALL {
        let bytes = model::encode_edition(edition, || postcard::to_allocvec(&report))
            .expect("encode the report");
        let file = out.join(format!("report-{}.postcard", edition.key()));
        fs::write(file, bytes).expect("write the report's encoding");
    }
}
/// Empties what no island reads: the islands (contents, ratio chart,
/// timeline) and the page wiring read the parts and section headings,
/// figures' values and measures, events, the ratios, bar charts' slugs and
/// the interface words they show. A new island that reads more must keep it
/// here (see README, "Islands").
fn keep_what_islands_read(report: &mut model::Report) {
    let empty = || model::Text {
        zh: String::new(),
        en: String::new(),
    };
    // The masthead, which alone shows the translation's note, is static.
    report.translation.note.clear();
    report.translation.original.clear();
    report.translation.glossary.clear();
    report.meta.lead = empty();
    report.meta.photo_credit = empty();
    report.meta.description = empty();
    report.meta.preview = empty();
    report.meta.image_alt = empty();
    // Words only static parts, the head and the extra pages use.
    let ui = &mut report.ui;
    for text in [
        &mut ui.skip_link,
        &mut ui.computed,
        &mut ui.structure,
        &mut ui.noscript,
        &mut ui.share_page_title,
        &mut ui.share_page_event_title,
        &mut ui.not_found,
        &mut ui.not_found_back,
        &mut ui.preview_alt,
        &mut ui.section.photo,
        &mut ui.section.facts,
        &mut ui.section.facts_label,
        &mut ui.three_years.region,
        &mut ui.three_years.caption,
        &mut ui.three_years.indicator,
        &mut ui.three_years.not_listed,
        &mut ui.three_years.multiple,
        &mut ui.ratio.caption,
        &mut ui.ratio.table_region,
        &mut ui.ratio.table_caption,
        &mut ui.ratio.change_row,
        &mut ui.timeline.note,
        &mut ui.source.text,
        &mut ui.source.photos,
    ] {
        *text = empty();
    }
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
