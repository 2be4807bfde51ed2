//! The report: the typed model of `data/report.json`, its check against the
//! article (`validate`), and pure queries over it. The app, its site build
//! and its build script use it; components read from here, and nothing
//! else holds content.
//!
//! Natively (the site build, the tests) the report holds both editions, from
//! the data file. In the browser it holds the page's edition only: the
//! release wasm (feature `hydrate`) what the loader fetched for the
//! islands ([`load`]); a plain wasm build (component tests) the data file.

mod derived;
mod islands;
mod numbers;
pub mod page_ids;
mod queries;
mod template;
mod text;
mod types;
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;
mod when;

pub use derived::{percentage_point_changes, ratio_multiple, signed, IndustryChange};
pub use islands::*;
pub use numbers::*;
pub use queries::*;
pub use template::*;
pub use text::*;
pub use types::*;

use std::sync::OnceLock;

static REPORT: OnceLock<Report> = OnceLock::new();

/// The report, decoded once. Natively: both editions, from the data file. In
/// a plain wasm build: the edition the page is ([`lang`] is set before the
/// first call), from the data file. In the release wasm: what the loader
/// fetched for the page's edition and gave to [`load`] before the islands
/// hydrate: the islands' part only, with no figures, events, small charts or
/// axis (the islands read those from [`islands_index`]). The app's build
/// script checked the data, so a failure can only come from a broken build.
pub fn report() -> &'static Report {
    #[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
    return REPORT
        .get()
        .expect("the loader gives the report before the islands hydrate");
    #[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
    REPORT.get_or_init(|| serde_json::from_str(DATA).expect("the build script checked the report"))
}

/// The data file, as the build script checked it.
#[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
const DATA: &str = include_str!("../../../data/report.json");

/// Makes [`report`] return `data` rather than the data file's report: for
/// tests that render other data (native only). It must come before the
/// first call of `report`: whether it did.
#[cfg(not(target_arch = "wasm32"))]
pub fn use_report(data: Report) -> bool {
    REPORT.set(data).is_ok()
}

/// The page's own words.
pub fn ui() -> &'static Ui {
    &report().ui
}
