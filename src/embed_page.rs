use crate::embed::{Embedded, EMBED_TO_REPORT};
use crate::report_part::ReportPart;
use leptos::prelude::*;
use report::{fill, report, ui, Part};

/// An embed page: one part of the report alone, for an iframe on another
/// site. The report's name, the part with the same islands as on the
/// report, and a credit line linking to the part in the full report. That
/// link, like every link out of the part, opens a new tab: an embed never
/// navigates its host. No masthead, contents, share or embed controls.
#[component]
pub fn EmbedPage(part: &'static Part) -> impl IntoView {
    // The components below read it: links out of the part, and no controls.
    provide_context(Embedded { part });
    let r = report();
    let words = &ui().embed;
    let credit = fill(words.credit.as_str(), &[("article", r.meta.title.as_str())]);
    view! {
        <main id="main" class="embed">
            <h1 class="embed__report">{r.meta.title.as_str()}</h1>
            <ReportPart part=part/>
            <p class="embed__credit">
                <a href=format!("{EMBED_TO_REPORT}#{}", part.slug) target="_blank" rel="noopener">
                    {credit}
                    <span class="visually-hidden">{words.new_tab.as_str()}</span>
                </a>
            </p>
        </main>
    }
}
