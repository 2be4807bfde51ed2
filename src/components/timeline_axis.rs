use crate::report::{report, Event};
use crate::state::use_report_state;
use crate::timeline::{axis_place, axis_x, AXIS_SEGMENTS};
use leptos::prelude::*;

/// The time axis shown on wide screens: dated events placed by date, periods
/// and years drawn as spans. Drawn as SVG with percentage coordinates, so it
/// needs no inline styles (the CSP forbids them) and fits any width.
#[component]
pub fn TimelineAxis(#[prop(into)] events: Signal<Vec<&'static Event>>) -> impl IntoView {
    let state = use_report_state();
    let pct = |x: f64| format!("{:.2}%", x * 100.0);
    let marks = move || {
        events
            .get()
            .into_iter()
            .filter_map(|e| {
                let (left, width) = axis_place(e.when.as_ref())?;
                let class = format!("axis__mark axis__mark--{}", e.category.slug());
                let current = move || state.in_view.get().as_deref() == Some(e.section.as_str());
                let title = format!("{} {}", e.date_label(), e.title.zh);
                Some(if width > 0.02 {
                    view! {
                        <rect class=class class:axis__mark--current=current x=pct(left) y="8" width=pct(width) height="8" rx="4">
                            <title>{title}</title>
                        </rect>
                    }
                    .into_any()
                } else {
                    view! {
                        <circle class=class class:axis__mark--current=current cx=pct(left) cy="26" r="6">
                            <title>{title}</title>
                        </circle>
                    }
                    .into_any()
                })
            })
            .collect_view()
    };
    let ticks = AXIS_SEGMENTS
        .iter()
        .flat_map(|s| s.from_year as i32..s.to_year as i32)
        .map(|year| view! { <text class="axis__tick" x=pct(axis_x(f64::from(year))) y="52">{year}</text> })
        .collect_view();
    view! {
        <svg class="axis" width="100%" height="60" aria-hidden="true" focusable="false">
            <line class="axis__line" x1="0" x2="100%" y1="36" y2="36"></line>
            {marks}
            {ticks}
        </svg>
    }
}

/// How far through the report the reader is, by the part being read.
pub fn reading_progress() -> impl Fn() -> String + Copy {
    let state = use_report_state();
    move || {
        let ids: Vec<&str> = report().contents().into_iter().map(|(id, _)| id).collect();
        let at = state
            .in_view
            .get()
            .and_then(|v| ids.iter().position(|id| *id == v))
            .unwrap_or(0);
        format!("{:.1}%", (at as f64 + 1.0) / ids.len() as f64 * 100.0)
    }
}
