//! Reactive hooks shared by components, built on leptos-use.

use crate::state::ReportState;
use leptos::html;
use leptos::prelude::*;
use leptos_use::{
    use_debounce_fn_with_arg, use_element_size, use_intersection_observer_with_options,
    UseIntersectionObserverOptions,
};

/// The band of the viewport that counts as "being read": a strip a third of
/// the way down, so a part counts once its top has passed there.
const READING_BAND: &str = "-33% 0px -66% 0px";

/// Marks `id` as the part being read while `node` crosses the reading band.
pub fn track_in_view(node: NodeRef<html::Section>, id: String, state: ReportState) {
    let _ = use_intersection_observer_with_options(
        node,
        move |entries, _| {
            if entries.iter().any(|e| e.is_intersecting()) {
                state.in_view.set(Some(id.clone()));
            }
        },
        UseIntersectionObserverOptions::default().root_margin(READING_BAND),
    );
}

/// The width of `node`, settled: updated 120 ms after the last resize, so
/// a chart redraws once per resize rather than on every frame.
pub fn use_settled_width(node: NodeRef<html::Div>, initial: f64) -> ReadSignal<f64> {
    let size = use_element_size(node);
    let (width, set_width) = signal(initial);
    let settle = use_debounce_fn_with_arg(move |w: f64| set_width.set(w), 120.0);
    Effect::new(move |_| {
        let w = size.width.get();
        if w > 0.0 {
            settle(w);
        }
    });
    width
}
