use super::{event_button, event_detail, event_mark, UNDATED_ID};
use super::{percent, result_summary, visible_events, Move};
use crate::browser;
use crate::hooks::{move_mark, on_page_event, use_reading_band, use_waiting_below};
use crate::state::{use_report_state, ReportState};
use crate::url_state::clean_search;
use leptos::prelude::*;
use report::{islands_index, report, ui, Category};

/// The timeline's events, for the reading band.
const EVENT_SELECTOR: &str = "li.event";

/// The timeline's interactive part: category chips and search (kept in the
/// link) with the count they leave, and the reading progress.
///
/// An island, and the only one of the timeline: the time strip and the
/// events are static HTML, which it keeps in step by their ids. A filter
/// hides or shows events and their marks; opening an event shows its
/// prerendered details; the event being read is marked in the list and on
/// the strip; one tab stop moves with the arrow keys between events. So
/// hydrating adopts the page as it is, and nothing is ever rebuilt.
#[island]
pub fn TimelineExplorer() -> impl IntoView {
    let events = &islands_index().events;
    let state = use_report_state();
    let visible = Memo::new(move |_| {
        let categories = state.categories.get();
        let search = state.search.get();
        visible_events(events, &categories, &search)
            .into_iter()
            .map(|e| e.slug.as_str())
            .collect::<Vec<&'static str>>()
    });
    let total = events.len();
    let status = move || result_summary(visible.with(Vec::len), total);
    keep_events_in_step(state, visible);

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
    let progress = reading_progress(state);
    // The search field comes with the island (the prerender keeps its place):
    // it cannot search before the island runs, and Chromium's autofill lays
    // out each form field's part, however far down, as the document finishes
    // parsing: the one long task of a slow phone's load.
    let mounted = RwSignal::new(false);
    Effect::new(move || mounted.set(true));

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
                <span class="search__field">
                    {move || {
                        mounted.get().then(|| view! {
                            <input
                                type="search"
                                maxlength="40"
                                placeholder=ui.timeline.search_example.as_str()
                                prop:value=move || state.search.get()
                                on:input=move |ev| state.search.set(clean_search(&event_target_value(&ev)))
                            />
                        })
                    }}
                </span>
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
    }
}

/// Keeps the static strip and events in step with the filters (`visible`,
/// the events they show), the event opened and the reading, and answers the
/// events' clicks and keys. A mark that one event at most has moves from the
/// element that had it; the filters' and the waiting marks are set on every
/// event, a few dozen class and attribute writes.
fn keep_events_in_step(state: ReportState, visible: Memo<Vec<&'static str>>) {
    let index = islands_index();
    // The event that holds the tab stop: the one last focused while shown,
    // or else the first shown.
    let active = RwSignal::new(None::<&'static str>);
    let tab_stop = Memo::new(move |_| {
        visible.with(|v| {
            active
                .get()
                .filter(|a| v.contains(a))
                .or_else(|| v.first().copied())
        })
    });
    // The event being read: the shown one that last crossed the reading band.
    let crossing = use_reading_band(EVENT_SELECTOR);
    let reading = Memo::new(move |_| {
        let slug = crossing
            .with(|c| c.as_deref().and_then(|id| index.event(id)))?
            .slug
            .as_str();
        visible.with(|v| v.contains(&slug)).then_some(slug)
    });
    let waiting = use_waiting_below(EVENT_SELECTOR);

    Effect::new(move |_| {
        visible.with(|shown| {
            for e in &index.events {
                let slug = e.slug.as_str();
                let hide = !shown.contains(&slug);
                browser::set_flag(slug, "hidden", hide);
                browser::set_class(&event_mark(slug), "axis__link--hidden", hide);
            }
            let undated_shown = index
                .events
                .iter()
                .any(|e| !e.dated && shown.contains(&e.slug.as_str()));
            browser::set_flag(UNDATED_ID, "hidden", !undated_shown);
        })
    });
    Effect::new(move |_| {
        waiting.with(|waiting| {
            for e in &index.events {
                let slug = e.slug.as_str();
                browser::set_class(slug, "event--waiting", waiting.iter().any(|w| w == slug));
            }
        })
    });
    move_mark(
        move || state.open_event.get(),
        |slug, open| {
            browser::set_class(slug, "event--open", open);
            browser::set_attribute(
                &event_button(slug),
                "aria-expanded",
                if open { "true" } else { "false" },
            );
            browser::set_flag(&event_detail(slug), "hidden", !open);
        },
    );
    move_mark(
        move || reading.get().map(str::to_owned),
        |slug, on| {
            browser::set_class(slug, "event--current", on);
            browser::set_class(&event_mark(slug), "axis__link--current", on);
        },
    );
    move_mark(
        move || tab_stop.get().map(str::to_owned),
        |slug, on| {
            browser::set_attribute(&event_button(slug), "tabindex", if on { "0" } else { "-1" })
        },
    );
    // The strip names the event being read; until there is one, the first shown.
    Effect::new(move |_| {
        let event = reading
            .get()
            .or_else(|| visible.with(|v| v.first().copied()))
            .and_then(|slug| index.event(slug));
        browser::set_text(".strip__date", event.map_or("", |e| e.date.as_str()));
        browser::set_text(".strip__title", event.map_or("", |e| e.title.as_str()));
    });

    // The events' clicks and keys, from one delegated listener each: the
    // events are static HTML, with no handlers of their own.
    // The event whose button a listener's target is in.
    let event_of = move |target: Option<web_sys::EventTarget>| {
        let button = browser::closest(target, "[data-event-button]")?;
        index.event(button.id().strip_suffix(event_button("").as_str())?)
    };
    on_page_event(leptos::ev::click, move |ev| {
        let Some(event) = event_of(ev.target()) else {
            return;
        };
        state.open_event.update(|open| {
            *open = if open.as_deref() == Some(event.slug.as_str()) {
                None
            } else {
                Some(event.slug.clone())
            }
        });
    });
    on_page_event(leptos::ev::keydown, move |ev| {
        let Some(step) = Move::from_key(&ev.key()) else {
            return;
        };
        if browser::closest(ev.target(), ".timeline__events").is_none() {
            return;
        }
        let list = visible.get_untracked();
        let current = tab_stop
            .get_untracked()
            .and_then(|slug| list.iter().position(|s| *s == slug))
            .unwrap_or(0);
        let Some(next) = list.get(step.apply(current, list.len())).copied() else {
            return;
        };
        ev.prevent_default();
        active.set(Some(next));
        browser::focus_by_id(&event_button(next));
    });
    on_page_event(leptos::ev::focusin, move |ev| {
        // Keep the tab stop on the event the reader last focused, however they got there.
        if let Some(e) = event_of(ev.target()) {
            active.set(Some(e.slug.as_str()));
        }
    });
}

/// How far through the report the reader is, by the part being read.
fn reading_progress(state: ReportState) -> impl Fn() -> String + Copy {
    move || {
        let ids: Vec<&str> = report().contents().map(|p| p.slug.as_str()).collect();
        let at = state
            .in_view
            .get()
            .and_then(|v| ids.iter().position(|id| *id == v))
            .unwrap_or(0);
        percent((at as f64 + 1.0) / ids.len() as f64)
    }
}
