use super::{FigureCard, ShareButton};
use crate::report::{anchors, report};
use leptos::prelude::*;

/// The headline figures, each linking to where the report tells it.
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
    let (before, after) = (&r.industry_ratios[0], &r.industry_ratios[1]);
    view! {
        <section id=anchors::AT_A_GLANCE class="glance" aria-labelledby="at-a-glance-h" data-part>
            <div class="section-head">
                <h2 id="at-a-glance-h" tabindex="-1" data-landing-focus>"数字一览"</h2>
                <ShareButton id=anchors::AT_A_GLANCE title="数字一览"/>
            </div>
            <ul class="glance__cards" role="list">
                {cards}
                <li>
                    <a class="figure-card figure-card--structure" href=format!("#{}", anchors::INDUSTRY_RATIO)>
                        <span class="figure-card__value">
                            <span class="figure-card__number">{before.order.zh.clone()}</span>
                            " → "
                            <span class="figure-card__number">{after.order.zh.clone()}</span>
                        </span>
                        <span class="figure-card__measure">"三次产业结构"</span>
                        <span class="figure-card__period">{format!("{} → {}", before.label.zh, after.label.zh)}</span>
                    </a>
                </li>
            </ul>
        </section>
    }
}
