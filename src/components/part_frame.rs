use super::ShareButton;
use crate::report::{Part, PartKind};
use leptos::either::Either;
use leptos::prelude::*;

/// What every part of the page has: its id (what links land on), its
/// heading (focused on landing), its share button, and the `data-part` mark
/// by which the contents tracks the part being read. The source closes the
/// page as its footer, with a plain heading.
#[component]
pub fn PartFrame(part: &'static Part, children: Children) -> impl IntoView {
    let slug = part.slug.as_str();
    let heading_id = format!("{slug}-h");
    let class = style_class(part.kind);
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
            <section id=slug class=class aria-labelledby=heading_id data-part>
                <div class="section-head">
                    {heading}
                    <ShareButton id=slug title=part.title()/>
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
