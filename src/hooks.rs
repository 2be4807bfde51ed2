//! Reactive hooks shared by components, built on leptos-use.

use crate::state::ReportState;
use leptos::html;
use leptos::prelude::*;
use leptos_use::{
    signal_debounced, use_element_size, use_intersection_observer_with_options,
    UseIntersectionObserverOptions,
};

/// The band of the viewport that counts as "being read": a strip a third of
/// the way down, so a part counts once its top has passed there.
const READING_BAND: &str = "-33% 0px -66% 0px";

/// Every part of the page a reader can be "in" carries this attribute.
pub const PART_SELECTOR: &str = "[data-part]";

/// The part that closes the page (the source, which the build keeps last):
/// too short to reach the reading band, it is being read once wholly shown.
const CLOSING_PART_SELECTOR: &str = "footer[data-part]";

/// Marks the part of the page crossing the reading band as the part being
/// read, or the closing part once the page is scrolled to show it whole.
/// The parts are static HTML, found by their `data-part` mark once the page
/// is mounted, so none of them needs hydrating to be tracked.
pub fn track_parts_in_view(state: ReportState) {
    let in_band = RwSignal::new(None::<String>);
    let closing = RwSignal::new(None::<String>);
    let _ = use_intersection_observer_with_options(
        PART_SELECTOR,
        move |entries, _| {
            if let Some(entry) = entries.iter().find(|e| e.is_intersecting()) {
                in_band.set(Some(entry.target().id()));
            }
        },
        UseIntersectionObserverOptions::default().root_margin(READING_BAND),
    );
    let _ = use_intersection_observer_with_options(
        CLOSING_PART_SELECTOR,
        move |entries, _| {
            if let Some(entry) = entries.last() {
                // Called as it crosses "wholly shown", either way.
                let whole = entry.is_intersecting() && entry.intersection_ratio() >= 0.99;
                closing.set(whole.then(|| entry.target().id()));
            }
        },
        UseIntersectionObserverOptions::default().thresholds(vec![1.0]),
    );
    Effect::new(move |_| {
        let reading = closing.get().or_else(|| in_band.get());
        if reading.is_some() && state.in_view.get_untracked() != reading {
            state.in_view.set(reading);
        }
    });
}

/// The width of `node`, settled: updated 120 ms after the last resize, so
/// a chart redraws once per resize rather than on every frame. Until the
/// node is measured (and while it is hidden, at width 0) it is `initial`.
pub fn use_settled_width(node: NodeRef<html::Div>, initial: f64) -> Signal<f64> {
    let size = use_element_size(node);
    let measured = Memo::new(move |last: Option<&f64>| {
        let w = size.width.get();
        if w > 0.0 {
            w
        } else {
            last.copied().unwrap_or(initial)
        }
    });
    signal_debounced(measured, 120.0)
}
