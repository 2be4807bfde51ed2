use super::PartCharts;
use crate::report::{fill, report, ui, Section};
use leptos::prelude::*;

/// One section of the article: its paragraphs, the figures it tells set
/// apart, its small charts, and the captions of its photos.
#[component]
pub fn ReportSection(section: &'static Section) -> impl IntoView {
    let r = report();
    let ui = ui();
    let paragraphs = section
        .paragraphs
        .iter()
        .map(|p| view! { <p>{p.as_str()}</p> })
        .collect_view();
    let figures: Vec<_> = r.figures_in(&section.slug).collect();
    let facts = (!figures.is_empty()).then(|| {
        let items = figures
            .into_iter()
            .map(|f| {
                view! {
                    <div class="facts__item" data-figure=f.id.clone()>
                        <dt>{f.measure.as_str()}</dt>
                        <dd>
                            <strong>{f.display()}</strong>
                            {f.when.as_ref().map(|w| view! { <span class="facts__when">{w.label()}</span> })}
                        </dd>
                    </div>
                }
            })
            .collect_view();
        let label = fill(ui.section.facts_label.as_str(), &[("heading", section.heading.as_str())]);
        view! {
            <div class="facts" role="group" aria-label=label>
                <h3 class="facts__title">{ui.section.facts.as_str()}</h3>
                <dl>{items}</dl>
            </div>
        }
    });
    let photos = section
        .photos
        .iter()
        .map(|p| {
            view! {
                <figure class="photo-note">
                    <figcaption>
                        <span class="photo-note__label">{ui.section.photo.as_str()}</span>
                        {p.caption.as_str()}
                        {p.credit.as_ref().map(|c| view! { <span class="photo-note__credit">{c.as_str()}</span> })}
                    </figcaption>
                </figure>
            }
        })
        .collect_view();
    view! {
        <div class="report-section__body">
            <div class="prose">{paragraphs}</div>
            {facts}
        </div>
        <PartCharts slug=section.slug.as_str()/>
        <div class="photo-notes">{photos}</div>
    }
}
