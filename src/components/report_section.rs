use super::{BarChartFigure, ShareButton};
use crate::report::{report, Section};
use leptos::prelude::*;

/// One section of the article: heading, paragraphs, the figures it tells set
/// apart, its small charts, and the captions of its photos.
#[component]
pub fn ReportSection(section: &'static Section) -> impl IntoView {
    let r = report();
    let heading_id = format!("{}-h", section.slug);
    let paragraphs = section
        .paragraphs
        .iter()
        .map(|p| view! { <p>{p.zh.clone()}</p> })
        .collect_view();
    let figures: Vec<_> = r.figures_in(&section.slug).collect();
    let has_figures = !figures.is_empty();
    let figure_list = figures
        .into_iter()
        .map(|f| {
            view! {
                <div class="facts__item" data-figure=f.id.clone()>
                    <dt>{f.measure.zh.clone()}</dt>
                    <dd>
                        <strong>{f.display()}</strong>
                        {f.when.as_ref().map(|w| view! { <span class="facts__when">{w.label()}</span> })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    let charts = r
        .bar_charts_in(&section.slug)
        .map(|c| view! { <BarChartFigure chart=c/> })
        .collect_view();
    let photos = section
        .photos
        .iter()
        .map(|p| {
            view! {
                <figure class="photo-note">
                    <figcaption>
                        <span class="photo-note__label">"图片"</span>
                        {p.caption.zh.clone()}
                        {p.credit.as_ref().map(|c| view! { <span class="photo-note__credit">{c.zh.clone()}</span> })}
                    </figcaption>
                </figure>
            }
        })
        .collect_view();
    view! {
        <section id=section.slug.clone() class="report-section" aria-labelledby=heading_id.clone() data-part>
            <div class="section-head">
                <h2 id=heading_id.clone() tabindex="-1" data-landing-focus>{section.heading.zh.clone()}</h2>
                <ShareButton id=section.slug.clone() title=section.heading.zh.clone()/>
            </div>
            <div class="report-section__body">
                <div class="prose">{paragraphs}</div>
                {has_figures.then(|| view! {
                    <div class="facts" role="group" aria-label=format!("{}:文中数字", section.heading.zh)>
                        <h3 class="facts__title">"文中数字"</h3>
                        <dl>{figure_list}</dl>
                    </div>
                })}
            </div>
            {charts}
            <div class="photo-notes">{photos}</div>
        </section>
    }
}
