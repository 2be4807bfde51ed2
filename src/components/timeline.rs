use super::TimelineExplorer;
use crate::report::ui;
use leptos::prelude::*;

/// The timeline of every event of the article. Its note is static HTML; the
/// filters, the axis and the events are an island.
#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <TimelineExplorer/>
        <p class="note">{ui().timeline.note.as_str()}</p>
    }
}
