use super::ShareButton;
use crate::chart::{bar_rows, hbar_svg};
use leptos::prelude::*;
use report::{report, BarChart};

/// The width a small chart is drawn at. It is static HTML (no island): its
/// SVG scales to its column, and its table tells the same numbers as text.
const DRAWN_WIDTH: u32 = 480;

/// A small bar chart of figures, with its note and a table as text alternative.
#[component]
pub fn BarChartFigure(chart: &'static BarChart) -> impl IntoView {
    let rows = bar_rows(report(), chart);
    let svg = hbar_svg(&rows, DRAWN_WIDTH);
    let table_rows = rows
        .iter()
        .map(|r| view! { <tr><th scope="row">{r.label.clone()}</th><td>{r.display.clone()}</td></tr> })
        .collect_view();
    let caption_id = report::page_ids::chart_caption(&chart.slug);
    view! {
        <figure id=chart.slug.clone() class="mini-chart" aria-labelledby=caption_id.clone()>
            // The caption is the figure's first child (as HTML requires); it
            // holds the title, which names the figure, and its share button.
            <figcaption class="section-head">
                <span id=caption_id.clone() class="mini-chart__title" tabindex="-1" data-landing-focus>{chart.title.as_str()}</span>
                <ShareButton id=chart.slug.clone() title=chart.title.as_str()/>
            </figcaption>
            <div class="mini-chart__plot" aria-hidden="true" inner_html=svg></div>
            <table class="mini-chart__table">
                <caption class="visually-hidden">{chart.title.as_str()}</caption>
                <tbody>{table_rows}</tbody>
            </table>
            <p class="note">{chart.note.as_str()}</p>
        </figure>
    }
}
