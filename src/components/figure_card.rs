use crate::embed::link_to;
use leptos::prelude::*;
use report::{ui, Figure};

/// One figure: its value and unit, what it measures, when, and a link to
/// the part of the report that tells it (on an embed page of another part,
/// in the full report).
#[component]
pub fn FigureCard(figure: &'static Figure) -> impl IntoView {
    let period = figure
        .when
        .as_ref()
        .map_or_else(|| ui().undated.as_str().to_owned(), |w| w.label());
    let (before, number, unit) = figure.parts();
    let link = link_to(&figure.section);
    view! {
        <a class="figure-card" href=link.href.clone() target=link.target() rel=link.rel() data-figure=figure.id.clone()>
            <span class="figure-card__value">
                {(!before.is_empty()).then(|| view! { <span class="figure-card__unit">{before}</span> })}
                <span class="figure-card__number">{number}</span>
                {figure.unit_gap()}
                <span class="figure-card__unit">{unit}</span>
            </span>
            <span class="figure-card__measure">{figure.measure.as_str()}</span>
            <span class="figure-card__period">{period}</span>
        </a>
    }
}
