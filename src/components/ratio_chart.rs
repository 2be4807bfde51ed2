use super::{RatioChartPlot, ShareButton};
use crate::chart::ratio_summary;
use crate::report::{anchors, percentage_point_changes, report, signed, INDUSTRIES};
use leptos::prelude::*;

/// The headline graphic: the shift of the three industries' shares. Its
/// caption, generated summary and data table are static HTML; the drawing
/// with its view switch, readout and downloads is an island.
#[component]
pub fn RatioChart() -> impl IntoView {
    let r = report();
    let (before, after) = (&r.industry_ratios[0], &r.industry_ratios[1]);
    let changes = percentage_point_changes(before, after);
    let table_rows = [before, after]
        .into_iter()
        .map(|ratio| {
            let cells = ratio
                .shares
                .iter()
                .map(|s| view! { <td>{format!("{s}%")}</td> })
                .collect_view();
            view! { <tr><th scope="row">{ratio.label.zh.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let change_cells = changes
        .iter()
        .map(|c| view! { <td>{signed(c.points)}</td> })
        .collect_view();
    view! {
        <section id=anchors::INDUSTRY_RATIO class="ratio" aria-labelledby="industry-ratio-h" data-part>
            <div class="section-head">
                <h2 id="industry-ratio-h" tabindex="-1" data-landing-focus>"产业结构之变:由“二三一”到“三二一”"</h2>
                <ShareButton id=anchors::INDUSTRY_RATIO title="产业结构之变"/>
            </div>
            <figure class="ratio__figure" aria-labelledby="ratio-caption">
                <figcaption id="ratio-caption">
                    {format!("三次产业占比:{} {} → {} {}", before.label.zh, before.shares.join(":"), after.label.zh, after.shares.join(":"))}
                </figcaption>
                <RatioChartPlot/>
                <p class="ratio__summary">{ratio_summary(before, after)}</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="三次产业占比数据表">
                    <table class="ratio__table">
                        <caption>"三次产业占比(%)"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"时期"</th>
                                {INDUSTRIES.map(|name| view! { <th scope="col">{name}</th> }).into_iter().collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {table_rows}
                            <tr class="computed-row">
                                <th scope="row">"变化(百分点,本页计算)"</th>
                                {change_cells}
                            </tr>
                        </tbody>
                    </table>
                </div>
            </figure>
        </section>
    }
}
