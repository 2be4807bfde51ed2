//! The page shell: the skip link, then the report's parts in the order
//! `data/report.json` lists them: the masthead (the lead) first, the
//! contents beside the main parts, the source last.
//!
//! The release build renders this only at build time (`prerender`): in the
//! browser, just the islands (`ContentsTracker`, `RatioChartPlot`,
//! `TimelineExplorer`) hydrate, and `page::start` wires the rest. A plain
//! (csr) build mounts it whole.

use crate::contents::Contents;
use crate::page;
use crate::report_part::ReportPart;
use crate::state::use_report_state;
use leptos::prelude::*;
use report::{report, ui, PartKind};

#[component]
pub fn App() -> impl IntoView {
    page::start(use_report_state());

    // The build checks that the lead comes first and the source last.
    let parts = |wanted: fn(PartKind) -> bool| {
        report()
            .parts_in_edition()
            .filter(move |p| wanted(p.kind))
            .map(|part| view! { <ReportPart part=part/> })
            .collect_view()
    };
    view! {
        <a class="skip-link" href="#main">{ui().skip_link.as_str()}</a>
        {parts(|k| k == PartKind::Lead)}
        <div class="layout">
            <Contents/>
            <main id="main" tabindex="-1">
                {parts(|k| !matches!(k, PartKind::Lead | PartKind::Source))}
            </main>
        </div>
        {parts(|k| k == PartKind::Source)}
    }
}
