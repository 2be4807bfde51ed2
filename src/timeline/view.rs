use super::{TimelineEvent, TimelineExplorer, TimelineStrip, UNDATED_ID};
use leptos::prelude::*;
use report::{report, ui, Event};

/// The timeline of every event of the article. The filters are an island
/// (`TimelineExplorer`); the time strip, the events and the note are static
/// HTML, which the island keeps in step with the filters and the reading.
#[component]
pub fn Timeline() -> impl IntoView {
    let ui = ui();
    let events = report().events_in_order();
    // The first event holds the list's single tab stop until the reader moves it.
    let first = events.first().map(|e| e.slug.as_str());
    // Events with an absolute date (placed on the axis) first, then the others.
    let (dated, undated): (Vec<_>, Vec<_>) = events.into_iter().partition(|e| e.span().is_some());
    let list = move |events: Vec<&'static Event>| {
        events
            .into_iter()
            .map(|e| view! { <TimelineEvent event=e tab_stop=first == Some(e.slug.as_str())/> })
            .collect_view()
    };
    view! {
        <TimelineExplorer/>
        <TimelineStrip/>
        <div class="timeline__events">
            <ol class="timeline__list" aria-label=ui.timeline.dated.as_str()>{list(dated)}</ol>
            <div id=UNDATED_ID class="timeline__undated">
                <h3 class="timeline__undated-h">{ui.timeline.undated_heading.as_str()}</h3>
                <ol class="timeline__list timeline__list--undated" aria-label=ui.timeline.undated.as_str()>{list(undated)}</ol>
            </div>
        </div>
        <p class="note">{ui.timeline.note.as_str()}</p>
    }
}
