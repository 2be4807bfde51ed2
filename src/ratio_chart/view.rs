use super::{ratio_summary, RatioChartPlot};
use leptos::prelude::*;
use report::{fill, percentage_point_changes, report, signed, ui};

/// The headline graphic: the shift of the three industries' shares. Its
/// caption, generated summary and data table are static HTML; the drawing
/// with its view switch, readout and downloads is an island.
#[component]
pub fn RatioChart() -> impl IntoView {
    let ui = ui();
    let (before, after) = report().ratio_pair()?;
    let changes = percentage_point_changes(before, after);
    let table_rows = [before, after]
        .into_iter()
        .map(|ratio| {
            let cells = ratio
                .shares
                .iter()
                .map(|s| view! { <td>{format!("{s}%")}</td> })
                .collect_view();
            view! { <tr><th scope="row">{ratio.label.as_str()}</th>{cells}</tr> }
        })
        .collect_view();
    let change_cells = changes
        .iter()
        .map(|c| view! { <td>{signed(c.points)}</td> })
        .collect_view();
    let caption = fill(
        ui.ratio.caption.as_str(),
        &[
            ("before", before.label.as_str()),
            ("before_shares", &before.shares.join(":")),
            ("after", after.label.as_str()),
            ("after_shares", &after.shares.join(":")),
        ],
    );
    let industries = ui
        .industries
        .iter()
        .map(|name| view! { <th scope="col">{name.as_str()}</th> })
        .collect_view();
    Some(view! {
        <figure class="ratio__figure" aria-labelledby="ratio-caption">
            <figcaption id="ratio-caption">{caption}</figcaption>
            <RatioChartPlot/>
            <p class="ratio__summary">{ratio_summary(before, after)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=ui.ratio.table_region.as_str()>
                <table class="ratio__table">
                    <caption>{ui.ratio.table_caption.as_str()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ui.ratio.period.as_str()}</th>
                            {industries}
                        </tr>
                    </thead>
                    <tbody>
                        {table_rows}
                        <tr class="computed-row">
                            <th scope="row">{ui.ratio.change_row.as_str()}</th>
                            {change_cells}
                        </tr>
                    </tbody>
                </table>
            </div>
        </figure>
    })
}
