use crate::report::{report, Event};
use crate::state::use_report_state;
use crate::timeline::{assign_lanes, axis_place, axis_x, AXIS_SEGMENTS};
use leptos::prelude::*;

/// The time axis shown on wide screens: dated events placed by date, periods
/// and years drawn as spans. Drawn as SVG with percentage coordinates, so it
/// needs no inline styles (the CSP forbids them) and fits any width.
/// Marks narrower than this share of the axis are drawn as points.
const POINT_WIDTH: f64 = 0.02;

#[component]
pub fn TimelineAxis(#[prop(into)] events: Signal<Vec<&'static Event>>) -> impl IntoView {
    let state = use_report_state();
    let pct = |x: f64| format!("{:.2}%", x * 100.0);
    let marks = move || {
        let placed: Vec<_> = events
            .get()
            .into_iter()
            .filter_map(|e| axis_place(e.when.as_ref()).map(|place| (e, place)))
            .collect();
        // Spans (periods, years) stack in lanes above the line; days and
        // year-ends are points on it.
        let spans: Vec<(f64, f64)> = placed
            .iter()
            .map(|(_, p)| *p)
            .filter(|&(_, w)| w > POINT_WIDTH)
            .collect();
        let mut lanes = assign_lanes(&spans).into_iter();
        placed
            .into_iter()
            .map(|(e, (left, width))| {
                let class = format!("axis__mark axis__mark--{}", e.category.slug());
                let current = move || state.in_view.get().as_deref() == Some(e.section.as_str());
                let title = format!("{} {}", e.date_label(), e.title.zh);
                if width > POINT_WIDTH {
                    let y = 20 - 7 * lanes.next().unwrap_or(0) as i32;
                    view! {
                        <rect class=class class:axis__mark--current=current x=pct(left) y=y width=pct(width) height="5" rx="2.5">
                            <title>{title}</title>
                        </rect>
                    }
                    .into_any()
                } else {
                    view! {
                        <circle class=class class:axis__mark--current=current cx=pct(left) cy="34" r="6">
                            <title>{title}</title>
                        </circle>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    let ticks = AXIS_SEGMENTS
        .iter()
        .flat_map(|s| s.from_year as i32..s.to_year as i32)
        .map(|year| view! { <text class="axis__tick" x=pct(axis_x(f64::from(year))) y="56">{year}</text> })
        .collect_view();
    view! {
        <svg class="axis" width="100%" height="60" aria-hidden="true" focusable="false">
            <line class="axis__line" x1="0" x2="100%" y1="34" y2="34"></line>
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
