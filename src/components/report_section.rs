use super::PartCharts;
use crate::embed::{link_to, ReportLink};
use leptos::prelude::*;
use report::{fill, lang, linked_pieces, report, ui, Lang, Section, SectionText};

/// One section of the article: its paragraphs, the figures it tells set
/// apart, its small charts, and the captions of its photos. In English, a
/// glossary term's first use links to its entry.
#[component]
pub fn ReportSection(section: &'static Section) -> impl IntoView {
    let r = report();
    let ui = ui();
    let paragraphs = section
        .paragraphs
        .iter()
        .enumerate()
        .map(|(j, p)| view! { <p>{with_terms(section, SectionText::Paragraph(j), p.as_str())}</p> })
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
        .enumerate()
        .map(|(k, p)| {
            view! {
                <figure class="photo-note">
                    <figcaption>
                        <span class="photo-note__label">{ui.section.photo.as_str()}</span>
                        {with_terms(section, SectionText::Caption(k), p.caption.as_str())}
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

/// A text of the section, with the glossary terms first used in it linked
/// to their entries (English only: the glossary is the translation's).
fn with_terms(section: &Section, place: SectionText, text: &'static str) -> impl IntoView {
    let r = report();
    let links: Vec<(&str, ReportLink)> = if lang() == Lang::En {
        r.translation
            .glossary
            .iter()
            .filter(|entry| r.glossary_first_use(entry) == Some((section.slug.as_str(), place)))
            .map(|entry| (entry.used_as.as_str(), link_to(&entry.slug)))
            .collect()
    } else {
        Vec::new()
    };
    linked_pieces(text, &links)
        .into_iter()
        .map(|(words, link)| match link {
            None => leptos::either::Either::Left(words),
            Some(link) => leptos::either::Either::Right(view! {
                <a class="term" href=link.href.clone() target=link.target() rel=link.rel()>{words}</a>
            }),
        })
        .collect_view()
}
