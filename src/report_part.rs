use crate::components::{
    AtAGlance, Glossary, Masthead, PartCharts, PartFrame, ReportSection, SourceNote, ThreeYears,
};
use crate::ratio_chart::RatioChart;
use crate::timeline::Timeline;
use leptos::prelude::*;
use report::{report, Part, PartKind};

/// One part of the page, as `data/report.json` lists it: the frame every
/// part shares, around what its kind shows.
#[component]
pub fn ReportPart(part: &'static Part) -> impl IntoView {
    let body = match part.kind {
        // The masthead is the page's header: no frame, no heading, no share.
        PartKind::Lead => return view! { <Masthead part=part/> }.into_any(),
        PartKind::Figures => view! { <AtAGlance/> }.into_any(),
        PartKind::Section => match report().section(&part.slug) {
            Some(section) => view! { <ReportSection section=section/> }.into_any(),
            None => ().into_any(),
        },
        PartKind::RatioChart => view! { <RatioChart/> }.into_any(),
        PartKind::ThreeYears => view! { <ThreeYears slug=part.slug.as_str()/> }.into_any(),
        PartKind::BarChart => view! { <PartCharts slug=part.slug.as_str()/> }.into_any(),
        PartKind::Timeline => view! { <Timeline/> }.into_any(),
        PartKind::Glossary => view! { <Glossary/> }.into_any(),
        PartKind::Source => view! { <SourceNote/> }.into_any(),
    };
    view! { <PartFrame part=part>{body}</PartFrame> }.into_any()
}
