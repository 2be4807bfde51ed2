use crate::browser;
use crate::hooks::{move_mark, on_page_event, track_parts_in_view};
use crate::state::use_report_state;
use leptos::prelude::*;
use report::report;

/// The contents' reading tracker: the part crossing the reading band is the
/// part being read, which the address bar follows; its link in the contents
/// is marked (`aria-current`), and the contents' bar on a phone names it.
/// Following a link there folds the contents away again.
///
/// An island: the name in the bar is all it draws. The contents around it
/// are static HTML, which it keeps in step.
#[island]
pub fn ContentsTracker() -> impl IntoView {
    let state = use_report_state();
    track_parts_in_view(state);
    move_mark(
        move || state.in_view.get(),
        |id, on| {
            let link = format!(".contents__list a[href=\"#{id}\"]");
            browser::set_attribute_at(&link, "aria-current", on.then_some("location"));
        },
    );
    on_page_event(leptos::ev::click, |ev| {
        if browser::closest(ev.target(), ".contents__list a").is_some() {
            browser::set_attribute_at(".contents__details", "open", None);
        }
    });
    let reading = move || {
        let id = state.in_view.get()?;
        report()
            .part(&id)
            .filter(|p| p.in_contents())
            .map(|p| p.title())
    };
    view! { <span class="contents__now">{reading}</span> }
}
