use super::PartCharts;
use leptos::prelude::*;
use report::{fill, ratio_multiple, report, ui, Multiple, When};

/// The article's 1985 / 2012 / 2020 infographic as a table, with the caveats
/// where the measures differ between years, the multiple the page computes,
/// and the small charts placed in this part (`slug`).
#[component]
pub fn ThreeYears(slug: &'static str) -> impl IntoView {
    let r = report();
    let ui = ui();
    let years = r
        .snapshots
        .iter()
        .map(|s| view! { <th scope="col">{When::Year { year: s.year }.label()}</th> })
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
                                <span class="three-years__measure">{f.measure.as_str()}</span>
                                <strong>{f.display()}</strong>
                            </td>
                        }
                        .into_any(),
                        None => {
                            view! { <td class="three-years__none">{ui.three_years.not_listed.as_str()}</td> }
                                .into_any()
                        }
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{row.label.as_str()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let caveats = r
        .snapshot_rows
        .iter()
        .filter_map(|row| {
            row.caveat.as_ref().map(|c| {
                view! { <li><strong>{row.label.as_str()}</strong>{ui.label_separator.as_str()}{c.as_str()}</li> }
            })
        })
        .collect_view();
    let multiple = r
        .snapshot_multiple
        .as_ref()
        .and_then(multiple_text)
        .map(|text| {
            view! {
                <p class="computed">
                    <span class="computed__tag">{ui.computed.as_str()}</span>
                    {text}
                </p>
            }
        });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=ui.three_years.region.as_str()>
            <table class="three-years__table">
                <caption>{ui.three_years.caption.as_str()}</caption>
                <thead><tr><th scope="col">{ui.three_years.indicator.as_str()}</th>{years}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <ul class="caveats">{caveats}</ul>
        {multiple}
        <PartCharts slug=slug/>
    }
}

/// "2020年地区生产总值是2012年的 2.13 倍(430.9 ÷ 202.6)。"
fn multiple_text(m: &Multiple) -> Option<String> {
    let r = report();
    let (earlier, later) = (r.figure(&m.earlier)?, r.figure(&m.later)?);
    let year = |f: &report::Figure| match f.when {
        Some(When::Year { year }) => Some(year.to_string()),
        _ => None,
    };
    let multiple = format!("{:.2}", ratio_multiple(earlier.number(), later.number()));
    Some(fill(
        ui().three_years.multiple.as_str(),
        &[
            ("later_year", &year(later)?),
            ("earlier_year", &year(earlier)?),
            ("multiple", &multiple),
            ("later", &later.numeral()),
            ("earlier", &earlier.numeral()),
        ],
    ))
}
