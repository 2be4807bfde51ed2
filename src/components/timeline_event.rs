use super::ShareButton;
use crate::report::{fill, report, ui, Event, When};
use crate::state::use_report_state;
use leptos::either::Either;
use leptos::prelude::*;

/// One event of the timeline: its date at the article's precision, its
/// category and summary; opens in place to its source sentence, figures and
/// a link to the section that tells it.
#[component]
pub fn TimelineEvent(
    event: &'static Event,
    /// Whether this event holds the timeline's single tab stop.
    #[prop(into)]
    tab_stop: Signal<bool>,
    /// The slugs of the events the filters show.
    shown: Signal<Vec<&'static str>>,
    /// The event being read (crossing the reading band).
    reading: Signal<Option<&'static str>>,
    /// The events that wait below the fold, to rise into place as they enter.
    waiting: Signal<Vec<String>>,
) -> impl IntoView {
    let r = report();
    let state = use_report_state();
    let slug = event.slug.as_str();
    let is_open = move || state.open_event.get().as_deref() == Some(slug);
    let is_current = move || reading.get() == Some(slug);
    let toggle = move |_| {
        state.open_event.update(|open| {
            *open = if open.as_deref() == Some(slug) {
                None
            } else {
                Some(slug.to_owned())
            }
        })
    };
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
    // The details are built when the event opens: hidden until then, they
    // would only add to the work of hydrating the page.
    let details = move || {
        is_open().then(|| {
            let section_title = r.part(&event.section).map_or(event.section.as_str(), |p| p.title());
            let figures = event
                .figures
                .iter()
                .filter_map(|id| r.figure(id))
                .map(|f| view! { <li><strong>{f.display()}</strong> " " {f.measure.as_str()}</li> })
                .collect_view();
            let ratio = event.ratio.as_deref().and_then(|slug| r.ratio(slug)).map(|ratio| {
                let label = fill(ui().timeline.ratio.as_str(), &[("order", ratio.order.as_str())]);
                view! { <li><strong>{ratio.shares.join(":")}</strong> {label}</li> }
            });
            view! {
                <blockquote class="event__quote">"“" {event.quote.as_str()} "”"</blockquote>
                <ul class="event__figures">{figures} {ratio}</ul>
                <p class="event__actions">
                    <a class="event__link" href=format!("#{}", event.section)>{ui().timeline.read_in_report.as_str()} {section_title}</a>
                    <ShareButton id=slug title=event.title.as_str()/>
                </p>
            }
        })
    };
    view! {
        <li
            id=slug
            class=format!("event event--{}", event.category.slug())
            class:event--open=is_open
            class:event--current=is_current
            class:event--waiting=move || waiting.with(|w| w.iter().any(|id| id == slug))
            data-category=event.category.slug()
            hidden=move || shown.with(|s| !s.contains(&slug))
        >
            <button
                type="button"
                id=format!("{slug}-btn")
                class="event__toggle"
                tabindex=move || if tab_stop.get() { "0" } else { "-1" }
                aria-expanded=move || is_open().to_string()
                aria-controls=format!("{slug}-detail")
                data-landing-focus
                data-event-button
                on:click=toggle
            >
                <span class="event__date" data-precision=precision>{date}</span>
                <span class="event__category">{event.category.label()}</span>
                <span class="event__title">{event.title.as_str()}</span>
            </button>
            <p class="event__summary">{event.summary.as_str()}</p>
            <div id=format!("{slug}-detail") class="event__detail" hidden=move || !is_open()>
                {details}
            </div>
        </li>
    }
}
