use super::FigureCard;
use crate::embed::link_to;
use leptos::prelude::*;
use report::{report, ui, PartKind};

/// The headline figures, each linking to where the report tells it, and
/// the change of structure, linking to the ratio chart.
#[component]
pub fn AtAGlance() -> impl IntoView {
    let r = report();
    let cards = r
        .meta
        .at_a_glance
        .iter()
        .filter_map(|id| r.figure(id))
        .map(|f| view! { <li><FigureCard figure=f/></li> })
        .collect_view();
    let ratio_chart = r.part_of_kind(PartKind::RatioChart).zip(r.ratio_pair());
    let structure = ratio_chart.map(|(chart, (before, after))| {
        let link = link_to(&chart.slug);
        view! {
            <li>
                <a class="figure-card figure-card--structure" href=link.href.clone() target=link.target() rel=link.rel()>
                    <span class="figure-card__value">
                        <span class="figure-card__number">{before.order.as_str()}</span>
                        " → "
                        <span class="figure-card__number">{after.order.as_str()}</span>
                    </span>
                    <span class="figure-card__measure">{ui().structure.as_str()}</span>
                    <span class="figure-card__period">{format!("{} → {}", before.label.as_str(), after.label.as_str())}</span>
                </a>
            </li>
        }
    });
    view! {
        <ul class="glance__cards" role="list">
            {cards}
            {structure}
        </ul>
    }
}
