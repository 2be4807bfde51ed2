use super::{EmbedControl, ShareButton};
use crate::embed::embedded;
use leptos::either::Either;
use leptos::prelude::*;
use report::{Part, PartKind};

/// What every part of the page has: its id (what links land on), its
/// heading (focused on landing), its share button, and the `data-part` mark
/// by which the contents tracks the part being read; beside Share, the
/// Embed control. The source closes the page as its footer, with a plain
/// heading. On an embed page the part is drawn at once (`data-drawn`: the
/// first layout skips nothing there) and has neither control.
#[component]
pub fn PartFrame(part: &'static Part, children: Children) -> impl IntoView {
    let slug = part.slug.as_str();
    let heading_id = report::page_ids::part_heading(slug);
    let class = style_class(part.kind);
    let drawn = embedded().is_some().then_some("");
    let actions = drawn.is_none().then(|| {
        view! {
            <div class="section-head__actions">
                <ShareButton id=slug title=part.title()/>
                <EmbedControl part=part/>
            </div>
        }
    });
    let heading =
        view! { <h2 id=heading_id.clone() tabindex="-1" data-landing-focus>{part.heading()}</h2> };
    if part.kind == PartKind::Source {
        Either::Left(view! {
            <footer id=slug class=class aria-labelledby=heading_id data-part>
                {heading}
                {children()}
            </footer>
        })
    } else {
        Either::Right(view! {
            <section id=slug class=class aria-labelledby=heading_id data-part data-drawn=drawn>
                <div class="section-head">
                    {heading}
                    {actions}
                </div>
                {children()}
            </section>
        })
    }
}

/// The stylesheet's class for a kind of part.
fn style_class(kind: PartKind) -> &'static str {
    match kind {
        PartKind::Lead => "masthead",
        PartKind::Figures => "glance",
        PartKind::Section | PartKind::BarChart => "report-section",
        PartKind::RatioChart => "ratio",
        PartKind::ThreeYears => "three-years",
        PartKind::Timeline => "timeline",
        PartKind::Glossary => "glossary-part",
        PartKind::Source => "source",
    }
}
