//! The page shell: skip link, masthead, contents, the report's parts in
//! order, and the footer; plus the wiring between the address bar and state.

use crate::browser;
use crate::components::{
    AtAGlance, Contents, Masthead, RatioChart, ReportSection, SourceFooter, ThreeYears, Timeline,
};
use crate::report::report;
use crate::state::ReportState;
use crate::url_state::{fragment_target, LinkState};
use leptos::prelude::*;
use leptos_use::{use_event_listener, use_window};

#[component]
pub fn App() -> impl IntoView {
    let state = ReportState::provide(LinkState::default());
    sync_with_address_bar(state);

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

/// Reads the link's state and target once mounted, lands on the target, and
/// from then on keeps the address bar in step with the page: the query with
/// the chart view and filters, the fragment with the part being read.
fn sync_with_address_bar(state: ReportState) {
    let r = report();
    let known = r.anchor_ids();

    // On mount: restore the state the link carries, then land on its target.
    Effect::new(move |_| {
        browser::mark_once("report:first-section");
        let link = LinkState::parse(&browser::location_search());
        state.view.set(link.view);
        state.categories.set(link.categories);
        state.search.set(link.search);
        land(state, &browser::location_hash());
    });

    // In-page links and Back/Forward change the fragment: land there too.
    let _ = use_event_listener(use_window(), leptos::ev::hashchange, move |_| {
        land(state, &browser::location_hash())
    });

    // The address bar follows the reader, replacing the entry, never adding.
    Effect::new(move |_| {
        let query = state.link_state().to_query();
        let Some(in_view) = state.in_view.get() else {
            browser::replace_query_and_hash(
                &query,
                fragment_target(&browser::location_hash(), &known),
            );
            return;
        };
        // A fragment inside the part being read (an event in the timeline) stays.
        let current = fragment_target(&browser::location_hash(), &known);
        let keep = current.filter(|id| r.containing_anchor(id) == in_view);
        browser::replace_query_and_hash(&query, Some(keep.unwrap_or(&in_view)));
    });
}

/// Brings the reader to the element a fragment names. Unknown or hostile
/// fragments are ignored: the page stays where it is.
fn land(state: ReportState, hash: &str) {
    let r = report();
    let Some(id) = fragment_target(hash, &r.anchor_ids()) else {
        return;
    };
    if let Some(event) = r.event(id) {
        // An event hidden by the filters is shown again, and opened.
        let hidden = !crate::timeline::visible_events(
            r,
            &state.categories.get_untracked(),
            &state.search.get_untracked(),
        )
        .iter()
        .any(|e| e.slug == id);
        if hidden {
            state.categories.set(Default::default());
            state.search.set(String::new());
        }
        state.open_event.set(Some(event.slug.clone()));
    }
    let id = id.to_owned();
    // Wait a frame, so the view reflects the state just set before scrolling.
    request_animation_frame(move || browser::land_on(&id));
}
