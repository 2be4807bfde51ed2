//! Reactive hooks shared by components, built on leptos-use.

use crate::state::ReportState;
use leptos::html;
use leptos::prelude::*;
use leptos::tachys::html::event::EventDescriptor;
use leptos_use::{
    signal_debounced, use_intersection_observer_with_options, use_resize_observer,
    UseIntersectionObserverOptions,
};
use web_sys::IntersectionObserverEntry;

/// The band of the viewport that counts as "being read": a strip a third of
/// the way down, so a part counts once its top has passed there.
const READING_BAND: &str = "-33% 0px -66% 0px";

/// Every part of the page a reader can be "in" carries this attribute.
pub const PART_SELECTOR: &str = "[data-part]";

/// The part that closes the page (the source, which the build keeps last):
/// too short to reach the reading band, it is being read once wholly shown.
const CLOSING_PART_SELECTOR: &str = "footer[data-part]";

/// Shown "whole": a sub-pixel short of all of it counts.
const WHOLE: f64 = 0.95;

/// Observes the elements matching `selector` (found once the page is
/// mounted). Every observer of the page goes through here: leptos-use's
/// function is generic over its callback, and each distinct callback would
/// be another copy of it in the wasm.
fn observe(
    selector: &'static str,
    options: UseIntersectionObserverOptions<web_sys::Element, web_sys::Element>,
    callback: impl FnMut(Vec<IntersectionObserverEntry>) + 'static,
) {
    let mut callback: Box<dyn FnMut(Vec<IntersectionObserverEntry>)> = Box::new(callback);
    let _ = use_intersection_observer_with_options(
        selector,
        move |entries, _| callback(entries),
        options,
    );
}

/// The id of the element matching `selector` that last crossed the reading
/// band: what is being read.
pub fn use_reading_band(selector: &'static str) -> ReadSignal<Option<String>> {
    let (crossing, set_crossing) = signal(None::<String>);
    observe(
        selector,
        UseIntersectionObserverOptions::default().root_margin(READING_BAND),
        move |entries| {
            if let Some(entry) = entries.iter().find(|e| e.is_intersecting()) {
                let id = entry.target().id();
                if crossing.get_untracked().as_deref() != Some(id.as_str()) {
                    set_crossing.set(Some(id));
                }
            }
        },
    );
    crossing
}

/// The ids of the elements matching `selector` that wait below the fold,
/// not yet scrolled into view: each waits from its first sight until it
/// enters, once. (A handful of ids: a list is smaller in the wasm than a set.)
pub fn use_waiting_below(selector: &'static str) -> ReadSignal<Vec<String>> {
    let (waiting, set_waiting) = signal(Vec::<String>::new());
    let mut seen = Vec::<String>::new();
    observe(
        selector,
        UseIntersectionObserverOptions::default(),
        move |entries| {
            // Notifies (and so re-runs the events' classes) only on a change.
            set_waiting.maybe_update(|waiting| {
                let mut changed = false;
                for entry in &entries {
                    let id = entry.target().id();
                    let first = !seen.contains(&id);
                    if first {
                        seen.push(id.clone());
                    }
                    if entry.is_intersecting() {
                        let before = waiting.len();
                        waiting.retain(|w| *w != id);
                        changed |= waiting.len() != before;
                    } else if first && entry.bounding_client_rect().top() > 0.0 {
                        waiting.push(id);
                        changed = true;
                    }
                }
                changed
            })
        },
    );
    waiting
}

/// Marks the part of the page crossing the reading band as the part being
/// read, or the closing part once the page is scrolled to show it whole.
/// The parts are static HTML, found by their `data-part` mark once the page
/// is mounted, so none of them needs hydrating to be tracked.
pub fn track_parts_in_view(state: ReportState) {
    let in_band = use_reading_band(PART_SELECTOR);
    let closing = RwSignal::new(None::<String>);
    observe(
        CLOSING_PART_SELECTOR,
        UseIntersectionObserverOptions::default().thresholds(vec![WHOLE]),
        move |entries| {
            if let Some(entry) = entries.last() {
                // Called as it crosses "wholly shown", either way.
                let whole = entry.is_intersecting() && entry.intersection_ratio() >= WHOLE;
                closing.set(whole.then(|| entry.target().id()));
            }
        },
    );
    Effect::new(move |_| {
        let reading = closing.get().or_else(|| in_band.get());
        if reading.is_some() && state.in_view.get_untracked() != reading {
            state.in_view.set(reading);
        }
    });
}

/// A scroll step (as in Scrollama): an element below the fold waits in its
/// first state, and plays once when the reader brings it half into view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScrollStep {
    /// In view from the start, or never measured (no script): as drawn.
    Shown,
    /// Below the fold: waiting in its first state.
    Armed,
    /// Reached: moving to, then resting in, its final state.
    Played,
}

/// The scroll step of the element `selector` names, from its first sight.
pub fn use_scroll_step(selector: &'static str) -> ReadSignal<ScrollStep> {
    let (step, set_step) = signal(ScrollStep::Shown);
    let measured = StoredValue::new(false);
    observe(
        selector,
        UseIntersectionObserverOptions::default().thresholds(vec![0.0, 0.5]),
        move |entries| {
            let Some(entry) = entries.last() else { return };
            let first = !measured.get_value();
            measured.set_value(true);
            match step.get_untracked() {
                ScrollStep::Shown if first && !entry.is_intersecting() => {
                    set_step.set(ScrollStep::Armed)
                }
                ScrollStep::Armed if entry.intersection_ratio() >= 0.5 => {
                    crate::browser::mark("report:chart-step");
                    set_step.set(ScrollStep::Played);
                }
                _ => {}
            }
        },
    );
    step
}

/// The width of `node`, settled: updated 120 ms after the last resize, so
/// a chart redraws once per resize rather than on every frame. Until the
/// node is measured it is `initial`; while it is hidden (width 0) it keeps
/// the last width.
pub fn use_settled_width(node: NodeRef<html::Div>, initial: f64) -> Signal<f64> {
    let (measured, set_measured) = signal(initial);
    // The content box of an HTML element, read from the entry: leptos-use's
    // `use_element_size` also reads SVG elements' styles, and parsing those
    // brings the whole float parser into the wasm.
    use_resize_observer(node, move |entries, _| {
        let width = entries.first().map_or(0.0, |e| e.content_rect().width());
        // Hidden (0) keeps the last width; a change of height alone draws nothing.
        if width > 0.0 && width != measured.get_untracked() {
            set_measured.set(width);
        }
    });
    signal_debounced(measured, 120.0)
}

/// A mark that one element at most has (the open event, the event being
/// read, the tab stop, the part being read): when `holder` changes, `mark`
/// takes it from the element that had it and gives it to the one that has
/// it now.
pub fn move_mark(holder: impl Fn() -> Option<String> + 'static, mark: fn(&str, bool)) {
    Effect::new(move |had: Option<Option<String>>| {
        let has = holder();
        if let Some(Some(had)) = had.filter(|had| *had != has) {
            mark(&had, false);
        }
        if let Some(has) = &has {
            mark(has, true);
        }
        has
    });
}

/// Calls `handler` for every `event` on the page, delegated: a listener on
/// the window, which the page's clicks, keys and focus moves reach, and
/// which goes with the calling island (or test mount).
///
/// Leptos's own `window_event_listener` boxes its handler; leptos-use's
/// `use_event_listener` builds its reactive target watching anew for each
/// call site, which cost about 3 KB (brotli) for the page's six listeners.
pub fn on_page_event<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: EventDescriptor + 'static,
    E::EventType: wasm_bindgen::JsCast,
{
    // The prerender renders natively, with no window to listen on.
    if cfg!(target_arch = "wasm32") {
        let listener = window_event_listener(event, handler);
        on_cleanup(move || listener.remove());
    }
}
