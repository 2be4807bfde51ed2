//! 市中区 担当“首位增长极”: an interactive report, rendered with Leptos.
// Leptos views are deeply nested types: the timeline's static list needs more than the default 128.
#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod chart;
pub mod components;
pub mod contents;
pub mod embed;
pub mod embed_page;
pub mod escape;
pub mod hooks;
pub mod page;
/// The report's model and its check, a crate of its own (crates/report).
pub use report;
pub mod ratio_chart;
pub mod report_part;
pub mod state;
// Build-time only: the pages, share and embed pages, pictures and files the site build writes.
#[cfg(not(target_arch = "wasm32"))]
pub mod site;
pub mod timeline;
pub mod url_state;

pub use app::App;

/// Release build, step 1 (from `main`): the root of the islands' reactive
/// graph, and the state they share. The loader then gives the report
/// ([`load_report`]), hydrates each `<leptos-island>` and calls [`start_page`].
#[cfg(feature = "hydrate")]
pub fn hydrate_islands() {
    // The islands render the edition the page is: its `<html lang>`.
    report::set_lang(report::Lang::from_tag(&browser::page_lang()));
    leptos::mount::hydrate_islands();
    state::ReportState::provide(url_state::LinkState::default());
}

/// Release build, from the loader before the islands hydrate: the page's
/// edition of the report, fetched beside the wasm (`<meta name="report-data">`).
/// A file that is no report leaves the page static, and says so.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn load_report(bytes: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    if report::load(bytes) {
        Ok(())
    } else {
        Err("the report data could not be read".into())
    }
}

/// Release build, step 2 (from the loader, after the islands): restores the
/// link's state, draws the parts the first layout skipped, lands on the
/// link's target and wires the page. Marks `report:islands-hydrated` first,
/// for the hydration test and the benchmark.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_page() {
    browser::mark_once("report:islands-hydrated");
    page::start(state::use_report_state());
}
