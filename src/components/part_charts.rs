use super::BarChartFigure;
use leptos::prelude::*;
use report::report;

/// The small bar charts `data/report.json` places in the part `slug`.
#[component]
pub fn PartCharts(slug: &'static str) -> impl IntoView {
    report()
        .bar_charts_in(slug)
        .map(|chart| view! { <BarChartFigure chart=chart/> })
        .collect_view()
}
