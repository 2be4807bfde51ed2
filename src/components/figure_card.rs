use crate::report::Figure;
use leptos::prelude::*;

/// One figure: its value and unit, what it measures, when, and a link to
/// the part of the report that tells it.
#[component]
pub fn FigureCard(figure: &'static Figure) -> impl IntoView {
    let period = figure
        .when
        .as_ref()
        .map_or_else(|| "文中未注明时间".to_owned(), |w| w.label());
    let more = figure.more_than.then_some("余");
    view! {
        <a class="figure-card" href=format!("#{}", figure.section) data-figure=figure.id.clone()>
            <span class="figure-card__value">
                <span class="figure-card__number">{figure.value.clone()}</span>
                {more}
                <span class="figure-card__unit">{figure.unit.clone()}</span>
            </span>
            <span class="figure-card__measure">{figure.measure.zh.clone()}</span>
            <span class="figure-card__period">{period}</span>
        </a>
    }
}
