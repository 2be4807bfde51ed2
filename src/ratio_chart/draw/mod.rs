//! The three-industry ratio chart: two 100 % stacked columns, or a slope view
//! of each industry's share, with the computed percentage-point changes.

use crate::chart::{label_style, render_svg, HPos};
use plotters::prelude::*;
use report::IndustryRatio;

mod bars;
mod labels;
mod layout;
mod slope;

use bars::draw_bars;
use layout::Layout;
use slope::draw_slope;

pub use crate::url_state::ChartView;
pub use labels::spread_labels;
pub use layout::hit_test;

/// Both views are drawn this tall at every width, so the page reserves it.
pub const RATIO_CHART_HEIGHT: u32 = 320;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 16.0;
const SLOPE_MAX_SHARE: f64 = 70.0;
/// Room an industry's name needs between the columns (four 12 px characters and a margin).
const NAME_WIDTH: f64 = 56.0;

/// The chart for `view`, at `width`, with industry `highlight` (0–2) brought
/// forward and the others faded.
pub fn ratio_chart_svg(
    view: ChartView,
    before: &IndustryRatio,
    after: &IndustryRatio,
    width: u32,
    highlight: Option<usize>,
) -> String {
    let layout = Layout::new(width);
    render_svg(width, RATIO_CHART_HEIGHT, |root| {
        for (x, text) in layout
            .header_xs(view)
            .into_iter()
            .zip([before.column.as_str(), after.column.as_str()])
        {
            root.draw(&Text::new(
                text,
                (x as i32, 16),
                label_style(15.0, HPos::Center),
            ))?;
        }
        match view {
            ChartView::Bars => draw_bars(root, &layout, before, after, highlight),
            ChartView::Slope => draw_slope(root, &layout, before, after, highlight),
        }
    })
}

fn alpha_for(index: usize, highlight: Option<usize>) -> f64 {
    match highlight {
        Some(h) if h != index => 0.3,
        _ => 1.0,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::chart::svg_texts;
    use report::{report, ui};

    pub(super) fn ratios() -> (&'static IndustryRatio, &'static IndustryRatio) {
        let r = report();
        r.ratio_pair().unwrap()
    }

    pub(super) fn count(svg: &str, needle: &str) -> usize {
        svg.matches(needle).count()
    }

    #[test]
    fn bars_draw_three_industries_for_two_periods() {
        let (a, b) = ratios();
        let svg = ratio_chart_svg(ChartView::Bars, a, b, 640, None);
        assert!(svg.starts_with("<svg") && svg.contains(r#"width="640""#));
        // Each segment is a filled rect plus its outline: 3 industries × 2 periods × 2.
        assert_eq!(count(&svg, "<rect"), 12);
        let texts = svg_texts(&svg);
        for share in a.shares.iter().chain(&b.shares) {
            assert!(
                texts.contains(&format!("{share}%")),
                "missing {share}% in {texts:?}"
            );
        }
        for name in &ui().industries {
            let name = name.as_str();
            assert!(svg.contains(name));
        }
        assert!(svg.contains(a.column.as_str()) && svg.contains(b.column.as_str()));
    }

    #[test]
    fn views_and_highlights_draw_differently() {
        let (a, b) = ratios();
        let bars = ratio_chart_svg(ChartView::Bars, a, b, 640, None);
        assert_ne!(bars, ratio_chart_svg(ChartView::Slope, a, b, 640, None));
        assert_ne!(bars, ratio_chart_svg(ChartView::Bars, a, b, 640, Some(1)));
        assert_ne!(bars, ratio_chart_svg(ChartView::Bars, a, b, 320, None));
    }

    #[test]
    fn text_follows_the_page_colour() {
        let (a, b) = ratios();
        let svg = ratio_chart_svg(ChartView::Slope, a, b, 400, None);
        assert!(svg.contains(r#"fill="currentColor""#));
        assert!(!svg.contains("#010203"));
    }

    #[test]
    fn reads_at_the_narrowest_width() {
        let (a, b) = ratios();
        let layout = Layout::new(crate::chart::MIN_WIDTH);
        assert!(
            layout.left_x >= 60.0 && layout.right_x + layout.column_width + 60.0 <= layout.width
        );
        assert!(layout.right_x > layout.left_x + layout.column_width);
        let svg = ratio_chart_svg(ChartView::Bars, a, b, crate::chart::MIN_WIDTH, None);
        assert!(svg.contains(r#"width="280""#));
        // Too narrow for names between the columns: the values stay, the names go.
        let texts = svg_texts(&svg);
        assert!(texts.contains(&"46.1%".to_owned()));
        assert!(
            !ui()
                .industries
                .iter()
                .any(|n| texts.iter().any(|t| t == n.as_str())),
            "{texts:?}"
        );
    }
}
