use super::timeline_strip::reading_progress;
use super::{TimelineEvent, TimelineStrip};
use crate::hooks::{use_reading_band, use_waiting_below};
use crate::report::{report, ui, Category};
use crate::state::use_report_state;
use crate::timeline::{result_summary, visible_events, Move};
use crate::url_state::clean_search;
use leptos::prelude::*;

/// The timeline's events, for the reading band.
const EVENT_SELECTOR: &str = "li.event";

/// The timeline's interactive part: category chips and search (kept in the
/// link), the time strip that follows the event being read, the events, one
/// tab stop with arrow keys between events.
///
/// An island. Every event is rendered once, in order; a filter only hides or
/// shows them (`hidden`), so hydration adopts the prerendered list as it is
/// and nothing is ever rebuilt.
#[island]
pub fn TimelineExplorer() -> impl IntoView {
    let r = report();
    let state = use_report_state();
    let visible = Memo::new(move |_| {
        let categories = state.categories.get();
        let search = state.search.get();
        visible_events(r, &categories, &search)
            .into_iter()
            .map(|e| e.slug.as_str())
            .collect::<Vec<&'static str>>()
    });
    // The event that holds the tab stop; the first visible one by default.
    let active = RwSignal::new(None::<&'static str>);
    let tab_stop = move || {
        active
            .get()
            .filter(|a| visible.get().contains(a))
            .or_else(|| visible.get().first().copied())
    };
    let total = r.events.len();
    let status = move || result_summary(visible.get().len(), total);

    let chips = Category::ALL
        .into_iter()
        .map(|c| {
            let pressed = move || state.categories.with(|set| set.contains(&c));
            let toggle = move |_| {
                state.categories.update(|set| {
                    if !set.remove(&c) {
                        set.insert(c);
                    }
                })
            };
            view! {
                <button type="button" class=format!("chip chip--{}", c.slug()) aria-pressed=move || pressed().to_string() data-category=c.slug() on:click=toggle>
                    {c.label()}
                </button>
            }
        })
        .collect_view();

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(step) = Move::from_key(&ev.key()) else {
            return;
        };
        let list = visible.get_untracked();
        let current = tab_stop()
            .and_then(|slug| list.iter().position(|s| *s == slug))
            .unwrap_or(0);
        let Some(next) = list.get(step.apply(current, list.len())).copied() else {
            return;
        };
        ev.prevent_default();
        active.set(Some(next));
        crate::browser::focus_by_id(&format!("{next}-btn"));
    };
    let on_focusin = move |ev: leptos::ev::FocusEvent| {
        // Keep the tab stop on the event the reader last focused, however they got there.
        let id = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .map(|el| el.id());
        if let Some(slug) = id.as_deref().and_then(|id| id.strip_suffix("-btn")) {
            if let Some(e) = r.event(slug) {
                active.set(Some(e.slug.as_str()));
            }
        }
    };

    // Events with an absolute date (placed on the axis) first, then the others.
    let (dated, undated): (Vec<_>, Vec<_>) = r
        .events_in_order()
        .into_iter()
        .partition(|e| e.span().is_some());
    let shown = Signal::from(visible);
    // The event being read: the shown one that last crossed the reading band.
    let crossing = use_reading_band(EVENT_SELECTOR);
    let waiting = Signal::from(use_waiting_below(EVENT_SELECTOR));
    let reading = Signal::derive(move || {
        let slug = crossing.with(|c| {
            c.as_deref()
                .and_then(|id| r.event(id))
                .map(|e| e.slug.as_str())
        })?;
        visible.with(|v| v.contains(&slug)).then_some(slug)
    });
    let event_views = |events: Vec<&'static crate::report::Event>| {
        events
            .into_iter()
            .map(|e| {
                let stop = Signal::derive(move || tab_stop() == Some(e.slug.as_str()));
                view! { <TimelineEvent event=e tab_stop=stop shown=shown reading=reading waiting=waiting/> }
            })
            .collect_view()
    };
    let undated_slugs: Vec<&'static str> = undated.iter().map(|e| e.slug.as_str()).collect();
    let no_undated_shown =
        move || !visible.with(|v| v.iter().any(|slug| undated_slugs.contains(slug)));
    let progress = reading_progress();

    let ui = ui();
    view! {
        <svg class="timeline__progress" width="100%" height="4" aria-hidden="true" focusable="false">
            <rect class="timeline__progress-track" width="100%" height="4"></rect>
            <rect class="timeline__progress-bar" width=progress height="4"></rect>
        </svg>
        <div class="timeline__filters" role="search" aria-label=ui.timeline.filters.as_str()>
            <div class="chips" role="group" aria-label=ui.timeline.categories.as_str()>{chips}</div>
            <label class="search">
                <span>{ui.timeline.search.as_str()}</span>
                <input
                    type="search"
                    maxlength="40"
                    placeholder=ui.timeline.search_example.as_str()
                    prop:value=move || state.search.get()
                    on:input=move |ev| state.search.set(clean_search(&event_target_value(&ev)))
                />
            </label>
            <button
                type="button"
                class="timeline__clear"
                disabled=move || state.categories.with(|c| c.is_empty()) && state.search.with(|s| s.is_empty())
                on:click=move |_| {
                    state.categories.set(Default::default());
                    state.search.set(String::new());
                }
            >
                {ui.timeline.clear.as_str()}
            </button>
        </div>
        <p class="timeline__status" role="status" aria-live="polite">{status}</p>
        <TimelineStrip shown=shown reading=reading/>
        <div class="timeline__events" on:keydown=on_keydown on:focusin=on_focusin>
            <ol class="timeline__list" aria-label=ui.timeline.dated.as_str()>{event_views(dated)}</ol>
            <div class="timeline__undated" hidden=no_undated_shown>
                <h3 class="timeline__undated-h">{ui.timeline.undated_heading.as_str()}</h3>
                <ol class="timeline__list timeline__list--undated" aria-label=ui.timeline.undated.as_str()>{event_views(undated)}</ol>
            </div>
        </div>
    }
}
