use super::{event_button, event_detail};
use crate::components::ShareButton;
use crate::embed::link_to;
use leptos::either::Either;
use leptos::prelude::*;
use report::{fill, report, ui, Event, When};

/// One event of the timeline: its date at the article's precision, its
/// category and summary; opens in place to its source sentence, figures and
/// a link to the section that tells it.
///
/// Static HTML, written once with the page: the timeline's island
/// (`TimelineExplorer`) shows, hides, opens and marks it by its ids, so no
/// event needs hydrating.
#[component]
pub fn TimelineEvent(
    event: &'static Event,
    /// Whether this event holds the timeline's single tab stop at first.
    tab_stop: bool,
) -> impl IntoView {
    let r = report();
    let slug = event.slug.as_str();
    let precision = event.when.as_ref().map_or("none", |w| w.precision());
    // The date as the article gives it, machine-readable where it is one.
    let datetimes = event.when.as_ref().map(When::datetimes).unwrap_or_default();
    let date = match datetimes.split_first() {
        None => Either::Left(event.date_label()),
        Some((first, rest)) => Either::Right(view! {
            <time datetime=first.clone()>{event.date_label()}</time>
            // A period's last year, for machines only: the text names the period.
            {rest.iter().map(|d| view! { <time datetime=d.clone()></time> }).collect_view()}
        }),
    };
    let section_title = r
        .part(&event.section)
        .map_or(event.section.as_str(), |p| p.title());
    let figures: Vec<_> = event.figures.iter().filter_map(|id| r.figure(id)).collect();
    let section_link = link_to(&event.section);
    let ratio = event.ratio.as_deref().and_then(|slug| r.ratio(slug));
    let listed = (!figures.is_empty() || ratio.is_some()).then(|| {
        let figures = figures
            .into_iter()
            .map(|f| view! { <li><strong>{f.display()}</strong> " " {f.measure.as_str()}</li> })
            .collect_view();
        let ratio = ratio.map(|ratio| {
            let label = fill(
                ui().timeline.ratio.as_str(),
                &[("order", ratio.order.as_str())],
            );
            view! { <li><strong>{ratio.shares.join(":")}</strong> {label}</li> }
        });
        view! { <ul class="event__figures">{figures} {ratio}</ul> }
    });
    view! {
        <li id=slug class=format!("event event--{}", event.category.slug()) data-category=event.category.slug()>
            <button
                type="button"
                id=event_button(slug)
                class="event__toggle"
                tabindex=if tab_stop { "0" } else { "-1" }
                aria-expanded="false"
                aria-controls=event_detail(slug)
                data-landing-focus
                data-event-button
            >
                <span class="event__date" data-precision=precision>{date}</span>
                <span class="event__category">{event.category.label()}</span>
                <span class="event__title">{event.title.as_str()}</span>
            </button>
            <p class="event__summary">{event.summary.as_str()}</p>
            <div id=event_detail(slug) class="event__detail" hidden>
                <blockquote class="event__quote">"“" {event.quote.as_str()} "”"</blockquote>
                {listed}
                <p class="event__actions">
                    <a class="event__link" href=section_link.href.clone() target=section_link.target() rel=section_link.rel()>{ui().timeline.read_in_report.as_str()}{ui().label_separator.as_str()}{section_title}</a>
                    <ShareButton id=slug title=event.title.as_str()/>
                </p>
            </div>
        </li>
    }
}
