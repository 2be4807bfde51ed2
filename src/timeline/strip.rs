use super::{assign_lanes, axis_place, axis_x, event_mark, percent};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::svg;
use report::{report, ui, Event};

/// The time strip: it stays at the top while the timeline is read, at every
/// width. It names the event being read, and shows the broken time axis with
/// a mark for each dated event, a link that lands on it as a deep link does.
/// The axis is SVG with percentage coordinates, so it needs no inline styles
/// (the CSP forbids them) and fits any width; it dates nothing the article
/// does not date.
///
/// Static HTML: the timeline's island (`TimelineExplorer`) names the event
/// being read, marks it (`{slug}-mark`), and hides the marks of the events a
/// filter hides.
#[component]
pub fn TimelineStrip() -> impl IntoView {
    let r = report();
    let events = r.events_in_order();
    let placed: Vec<_> = events
        .iter()
        .filter_map(|&e| axis_place(&r.timeline_axis, e.when.as_ref()).map(|place| (e, place)))
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
            let name = label(e);
            let class = format!("axis__mark axis__mark--{}", e.category.slug());
            let shape = if width > POINT_WIDTH {
                let y = 20 - 7 * lanes.next().unwrap_or(0) as i32;
                Either::Left(view! {
                    <rect class=class x=percent(left) y=y width=percent(width) height="5" rx="2.5">
                        <title>{name.clone()}</title>
                    </rect>
                })
            } else {
                Either::Right(view! {
                    <circle class=class cx=percent(left) cy="34" r="6">
                        <title>{name.clone()}</title>
                    </circle>
                })
            };
            // An SVG link (the view macro would make an HTML one).
            svg::a()
                .attr("id", event_mark(slug))
                .attr("href", format!("#{slug}"))
                .attr("class", "axis__link")
                .attr("aria-label", name)
                .child(shape)
        })
        .collect_view();
    let ticks = r
        .timeline_axis
        .iter()
        .flat_map(|s| s.from_year..s.to_year)
        .map(|year| view! { <text class="axis__tick" x=percent(axis_x(&r.timeline_axis, f64::from(year))) y="56" aria-hidden="true">{year}</text> })
        .collect_view();
    // Until the reader reaches an event: the first.
    let first = events.first().copied();
    view! {
        <nav class="strip" aria-label=ui().timeline.strip.as_str()>
            // What is being read is in the list itself; this line is for the eye.
            <p class="strip__now" aria-hidden="true">
                <span class="strip__date">{first.map(Event::date_label)}</span>
                " "
                <span class="strip__title">{first.map(|e| e.title.as_str())}</span>
            </p>
            <svg class="axis" width="100%" height="60">
                <line class="axis__line" x1="0" x2="100%" y1="34" y2="34"></line>
                {marks}
                {ticks}
            </svg>
        </nav>
    }
}

/// A mark's name: the event's date and title.
fn label(e: &Event) -> String {
    format!("{} {}", e.date_label(), e.title.as_str())
}

/// Marks narrower than this share of the axis are drawn as points.
const POINT_WIDTH: f64 = 0.02;
