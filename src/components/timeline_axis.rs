use crate::report::report;
use crate::state::use_report_state;
use crate::timeline::{assign_lanes, axis_place, axis_x, AXIS_SEGMENTS};
use leptos::either::Either;
use leptos::prelude::*;

/// The time axis shown on wide screens: dated events placed by date, periods
/// and years drawn as spans. Drawn as SVG with percentage coordinates, so it
/// needs no inline styles (the CSP forbids them) and fits any width. Every
/// dated event has its mark, in a lane that never changes; a filter hides
/// the marks of the events it hides.
#[component]
pub fn TimelineAxis(
    /// The slugs of the events the filters show.
    shown: Signal<Vec<&'static str>>,
) -> impl IntoView {
    let state = use_report_state();
    let placed: Vec<_> = report()
        .events_in_order()
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
    let marks = placed
        .into_iter()
        .map(|(e, (left, width))| {
            let slug = e.slug.as_str();
            let class = format!("axis__mark axis__mark--{}", e.category.slug());
            let current = move || state.in_view.get().as_deref() == Some(e.section.as_str());
            let hidden = move || shown.with(|s| !s.contains(&slug));
            let title = format!("{} {}", e.date_label(), e.title.as_str());
            if width > POINT_WIDTH {
                let y = 20 - 7 * lanes.next().unwrap_or(0) as i32;
                Either::Left(view! {
                    <rect class=class class:axis__mark--current=current class:axis__mark--hidden=hidden x=percent(left) y=y width=percent(width) height="5" rx="2.5">
                        <title>{title}</title>
                    </rect>
                })
            } else {
                Either::Right(view! {
                    <circle class=class class:axis__mark--current=current class:axis__mark--hidden=hidden cx=percent(left) cy="34" r="6">
                        <title>{title}</title>
                    </circle>
                })
            }
        })
        .collect_view();
    let ticks = AXIS_SEGMENTS
        .iter()
        .flat_map(|s| s.from_year as i32..s.to_year as i32)
        .map(|year| view! { <text class="axis__tick" x=percent(axis_x(f64::from(year))) y="56">{year}</text> })
        .collect_view();
    view! {
        <svg class="axis" width="100%" height="60" aria-hidden="true" focusable="false">
            <line class="axis__line" x1="0" x2="100%" y1="34" y2="34"></line>
            {marks}
            {ticks}
        </svg>
    }
}

/// Marks narrower than this share of the axis are drawn as points.
const POINT_WIDTH: f64 = 0.02;

/// A share of the axis as an SVG percentage, to a hundredth of a percent.
fn percent(share: f64) -> String {
    format!("{:.2}%", share * 100.0)
}

/// How far through the report the reader is, by the part being read.
pub fn reading_progress() -> impl Fn() -> String + Copy {
    let state = use_report_state();
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
