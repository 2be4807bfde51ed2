use crate::report::{ui, Figure};
use leptos::prelude::*;

/// One figure: its value and unit, what it measures, when, and a link to
/// the part of the report that tells it.
#[component]
pub fn FigureCard(figure: &'static Figure) -> impl IntoView {
    let period = figure
        .when
        .as_ref()
        .map_or_else(|| ui().undated.as_str().to_owned(), |w| w.label());
    let (before, number, unit) = figure.parts();
    view! {
        <a class="figure-card" href=format!("#{}", figure.section) data-figure=figure.id.clone()>
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
