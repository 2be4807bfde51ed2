//! The page shell: skip link, masthead, contents, the report's parts in
//! order, and the footer.
//!
//! The release build renders this only at build time (`prerender`): in the
//! browser, just the islands (`Contents`, `RatioChart`, `Timeline`) hydrate,
//! and `page::start` wires the rest. A plain (csr) build mounts it whole.

use crate::components::{
    AtAGlance, Contents, Masthead, RatioChart, ReportSection, SourceFooter, ThreeYears, Timeline,
};
use crate::page;
use crate::report::report;
use crate::state::use_report_state;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    page::start(use_report_state());

    let r = report();
    let mut sections = r.sections.iter();
    let first = sections
        .next()
        .map(|s| view! { <ReportSection section=s/> });
    let second = sections
        .next()
        .map(|s| view! { <ReportSection section=s/> });
    let rest = sections
        .map(|s| view! { <ReportSection section=s/> })
        .collect_view();

    view! {
        <a class="skip-link" href="#main">"跳到正文"</a>
        <Masthead/>
        <div class="layout">
            <Contents/>
            <main id="main" tabindex="-1">
                <AtAGlance/>
                {first}
                <RatioChart/>
                {second}
                <ThreeYears/>
                {rest}
                <Timeline/>
            </main>
        </div>
        <SourceFooter/>
    }
}
