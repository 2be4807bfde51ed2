use super::{BarChartFigure, ShareButton};
use crate::report::{anchors, ratio_multiple, report};
use leptos::prelude::*;

/// The article's 1985 / 2012 / 2020 infographic as a table, with the caveats
/// where the measures differ between years.
#[component]
pub fn ThreeYears() -> impl IntoView {
    let r = report();
    let years = r
        .snapshots
        .iter()
        .map(|s| view! { <th scope="col">{format!("{}年", s.year)}</th> })
        .collect_view();
    let rows = r
        .snapshot_rows
        .iter()
        .map(|row| {
            let cells = r
                .snapshots
                .iter()
                .map(|s| {
                    let figure = s
                        .cells
                        .iter()
                        .find(|c| c.row == row.row)
                        .and_then(|c| r.figure(&c.figure));
                    match figure {
                        Some(f) => view! {
                            <td data-figure=f.id.clone()>
                                <span class="three-years__measure">{f.measure.zh.clone()}</span>
                                <strong>{f.display()}</strong>
                            </td>
                        }
                        .into_any(),
                        None => view! { <td class="three-years__none">"文中未列"</td> }.into_any(),
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{row.label.zh.clone()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let caveats = r
        .snapshot_rows
        .iter()
        .filter_map(|row| {
            row.caveat.as_ref().map(
                |c| view! { <li><strong>{row.label.zh.clone()}</strong> ":" {c.zh.clone()}</li> },
            )
        })
        .collect_view();
    let gdp = (r.figure("gdp-2012"), r.figure("gdp-2020"));
    let multiple = match gdp {
        (Some(a), Some(b)) => Some(view! {
            <p class="computed">
                <span class="computed__tag">"本页计算"</span>
                {format!("2020年地区生产总值是2012年的 {:.2} 倍({} ÷ {})。", ratio_multiple(a.number(), b.number()), b.value, a.value)}
            </p>
        }),
        _ => None,
    };
    let charts = r
        .bar_charts_in(anchors::THREE_YEARS)
        .map(|c| view! { <BarChartFigure chart=c/> })
        .collect_view();
    view! {
        <section id=anchors::THREE_YEARS class="three-years" aria-labelledby="three-years-h" data-part>
            <div class="section-head">
                <h2 id="three-years-h" tabindex="-1" data-landing-focus>"1985 · 2012 · 2020"</h2>
                <ShareButton id=anchors::THREE_YEARS title="1985 · 2012 · 2020"/>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label="三个年份的对照表">
                <table class="three-years__table">
                    <caption>"文中的三个年份"</caption>
                    <thead><tr><th scope="col">"指标"</th>{years}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <ul class="caveats">{caveats}</ul>
            {multiple}
            {charts}
        </section>
    }
}
