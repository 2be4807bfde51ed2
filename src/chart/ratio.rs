//! The three-industry ratio chart: two 100 % stacked columns, or a slope view
//! of each industry's share, with the computed percentage-point changes.

use super::{label_style, muted_style, palette::INDUSTRY_COLORS, render_svg, HPos, Palette};
use crate::report::{percentage_point_changes, signed, IndustryRatio, INDUSTRIES};
use crate::url_state::ChartView;
use plotters::prelude::*;

/// Both views are drawn this tall at every width, so the page reserves it.
pub const RATIO_CHART_HEIGHT: u32 = 320;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 16.0;
const SLOPE_MAX_SHARE: f64 = 70.0;
/// Room an industry's name needs between the columns (four 12 px characters and a margin).
const NAME_WIDTH: f64 = 56.0;

/// Where things go for a given width: shared by drawing and hit testing.
struct Layout {
    width: f64,
    column_width: f64,
    left_x: f64,
    right_x: f64,
}

impl Layout {
    fn new(width: u32) -> Layout {
        let width = f64::from(width);
        let column_width = (width * 0.16).clamp(36.0, 110.0);
        let labels = (width * 0.26).clamp(70.0, 200.0);
        Layout {
            width,
            column_width,
            left_x: labels,
            right_x: width - labels - column_width,
        }
    }

    fn plot_height(&self) -> f64 {
        f64::from(RATIO_CHART_HEIGHT) - TOP - BOTTOM
    }

    /// Top and bottom y of each industry's segment in a 100 % column;
    /// 第一产业 at the bottom.
    fn segments(&self, shares: [f64; 3]) -> [(f64, f64); 3] {
        let total: f64 = shares.iter().sum();
        let mut bottom = TOP + self.plot_height();
        shares.map(|s| {
            let h = s / total * self.plot_height();
            let seg = (bottom - h, bottom);
            bottom -= h;
            seg
        })
    }

    /// y of a share on the slope view's scale.
    fn slope_y(&self, share: f64) -> f64 {
        TOP + self.plot_height() * (1.0 - share / SLOPE_MAX_SHARE)
    }

    /// The slope view's axes leave room for values on the left and for
    /// value plus computed change on the right.
    fn slope_left(&self) -> f64 {
        (self.width * 0.22).max(60.0)
    }

    fn slope_right(&self) -> f64 {
        self.width - (self.width * 0.3).max(100.0)
    }

    /// Centres of the two periods' headers.
    fn header_xs(&self, view: ChartView) -> [f64; 2] {
        match view {
            ChartView::Bars => [
                self.left_x + self.column_width / 2.0,
                self.right_x + self.column_width / 2.0,
            ],
            ChartView::Slope => [self.slope_left(), self.slope_right()],
        }
    }
}

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
            .zip([&before.label.zh, &after.label.zh])
        {
            root.draw(&Text::new(
                text.clone(),
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

fn draw_bars(
    root: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    layout: &Layout,
    before: &IndustryRatio,
    after: &IndustryRatio,
    highlight: Option<usize>,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    let (a, b) = (
        layout.segments(before.values()),
        layout.segments(after.values()),
    );
    let cw = layout.column_width;
    for i in 0..3 {
        let color = INDUSTRY_COLORS[i];
        let alpha = alpha_for(i, highlight);
        // The band joining one industry's two segments shows the shift.
        let band = vec![
            ((layout.left_x + cw) as i32, a[i].0 as i32),
            (layout.right_x as i32, b[i].0 as i32),
            (layout.right_x as i32, b[i].1 as i32),
            ((layout.left_x + cw) as i32, a[i].1 as i32),
        ];
        root.draw(&Polygon::new(band, color.mix(0.22 * alpha).filled()))?;
        for (x, (top, bottom)) in [(layout.left_x, a[i]), (layout.right_x, b[i])] {
            let rect = [(x as i32, top as i32), ((x + cw) as i32, bottom as i32)];
            root.draw(&Rectangle::new(rect, color.mix(alpha).filled()))?;
            // A thin ink line between segments keeps them apart in greyscale.
            root.draw(&Rectangle::new(rect, Palette::INK.mix(0.9).stroke_width(1)))?;
        }
        let mid_a = (a[i].0 + a[i].1) / 2.0;
        let mid_b = (b[i].0 + b[i].1) / 2.0;
        let values = [
            (layout.left_x - 6.0, mid_a, &before.shares[i], HPos::Right),
            (
                layout.right_x + cw + 6.0,
                mid_b,
                &after.shares[i],
                HPos::Left,
            ),
        ];
        for (x, y, share, h) in values {
            root.draw(&Text::new(
                format!("{share}%"),
                (x as i32, y as i32),
                label_style(14.0, h),
            ))?;
        }
        // Names go in the gap between the columns where they fit; on narrow
        // charts the legend names the industries.
        if layout.right_x - (layout.left_x + cw) >= NAME_WIDTH {
            let name_at = (
                ((layout.left_x + cw + layout.right_x) / 2.0) as i32,
                ((mid_a + mid_b) / 2.0) as i32,
            );
            root.draw(&Text::new(
                INDUSTRIES[i],
                name_at,
                muted_style(12.0, HPos::Center),
            ))?;
        }
    }
    Ok(())
}

fn draw_slope(
    root: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    layout: &Layout,
    before: &IndustryRatio,
    after: &IndustryRatio,
    highlight: Option<usize>,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    let (x0, x1) = (layout.slope_left(), layout.slope_right());
    for x in [x0, x1] {
        let axis = vec![
            (x as i32, TOP as i32),
            (x as i32, (TOP + layout.plot_height()) as i32),
        ];
        root.draw(&PathElement::new(axis, Palette::MUTED_INK.stroke_width(1)))?;
    }
    let changes = percentage_point_changes(before, after);
    let left_labels = spread_labels(
        &changes
            .iter()
            .map(|c| layout.slope_y(c.from))
            .collect::<Vec<_>>(),
        18.0,
    );
    // Right labels take two lines: the share, and the computed change under it.
    let right_labels = spread_labels(
        &changes
            .iter()
            .map(|c| layout.slope_y(c.to) - 7.0)
            .collect::<Vec<_>>(),
        34.0,
    );
    for (i, change) in changes.iter().enumerate() {
        let color = INDUSTRY_COLORS[i].mix(alpha_for(i, highlight));
        let (y0, y1) = (layout.slope_y(change.from), layout.slope_y(change.to));
        let line = vec![(x0 as i32, y0 as i32), (x1 as i32, y1 as i32)];
        root.draw(&PathElement::new(
            line,
            color.stroke_width(if highlight == Some(i) { 5 } else { 3 }),
        ))?;
        for (x, y) in [(x0, y0), (x1, y1)] {
            root.draw(&Circle::new((x as i32, y as i32), 5, color.filled()))?;
        }
        let left = format!("{}%", before.shares[i]);
        root.draw(&Text::new(
            left,
            ((x0 - 10.0) as i32, left_labels[i] as i32),
            label_style(14.0, HPos::Right),
        ))?;
        let right = format!("{}%", after.shares[i]);
        let (rx, ry) = ((x1 + 10.0) as i32, right_labels[i] as i32);
        root.draw(&Text::new(right, (rx, ry), label_style(14.0, HPos::Left)))?;
        // The change is computed here, not told by the article: marked "算".
        let delta = format!("{}（算）", signed(change.points));
        root.draw(&Text::new(
            delta,
            (rx, ry + 16),
            muted_style(12.0, HPos::Left),
        ))?;
        let name_at = (((x0 + x1) / 2.0) as i32, ((y0 + y1) / 2.0 - 12.0) as i32);
        root.draw(&Text::new(
            INDUSTRIES[i],
            name_at,
            muted_style(12.0, HPos::Center),
        ))?;
    }
    Ok(())
}

/// Moves label positions apart so that no two are closer than `gap`, keeping
/// their order and staying as near as possible to where they belong.
pub fn spread_labels(ys: &[f64], gap: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..ys.len()).collect();
    order.sort_by(|&a, &b| ys[a].total_cmp(&ys[b]));
    let mut placed: Vec<f64> = order.iter().map(|&i| ys[i]).collect();
    for k in 1..placed.len() {
        placed[k] = placed[k].max(placed[k - 1] + gap);
    }
    // Pushing only moves labels down; shift the whole set back up by the
    // mean push, so the labels stay centred on their points.
    let pushed: f64 = order
        .iter()
        .enumerate()
        .map(|(k, &i)| placed[k] - ys[i])
        .sum::<f64>()
        / ys.len().max(1) as f64;
    let mut out = vec![0.0; ys.len()];
    for (k, &i) in order.iter().enumerate() {
        out[i] = placed[k] - pushed;
    }
    out
}

/// Which industry is under the point `(x, y)` of the chart drawn at `width`.
pub fn hit_test(
    view: ChartView,
    before: &IndustryRatio,
    after: &IndustryRatio,
    width: u32,
    x: f64,
    y: f64,
) -> Option<usize> {
    let layout = Layout::new(width);
    match view {
        ChartView::Bars => {
            let t = ((x - layout.left_x) / (layout.right_x + layout.column_width - layout.left_x))
                .clamp(0.0, 1.0);
            if x < layout.left_x - 60.0 || x > layout.right_x + layout.column_width + 60.0 {
                return None;
            }
            let (a, b) = (
                layout.segments(before.values()),
                layout.segments(after.values()),
            );
            (0..3).find(|&i| {
                let top = a[i].0 + t * (b[i].0 - a[i].0);
                let bottom = a[i].1 + t * (b[i].1 - a[i].1);
                y >= top && y <= bottom
            })
        }
        ChartView::Slope => {
            let (x0, x1) = (layout.slope_left(), layout.slope_right());
            let t = ((x - x0) / (x1 - x0)).clamp(0.0, 1.0);
            let changes = percentage_point_changes(before, after);
            let distance = |i: usize| {
                let c = &changes[i];
                (layout.slope_y(c.from + t * (c.to - c.from)) - y).abs()
            };
            (0..3)
                .min_by(|&a, &b| distance(a).total_cmp(&distance(b)))
                .filter(|&i| distance(i) <= 24.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::svg_texts;
    use crate::report::report;

    fn ratios() -> (&'static IndustryRatio, &'static IndustryRatio) {
        let r = report();
        (&r.industry_ratios[0], &r.industry_ratios[1])
    }

    fn count(svg: &str, needle: &str) -> usize {
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
        for name in INDUSTRIES {
            assert!(svg.contains(name));
        }
        assert!(svg.contains(&a.label.zh) && svg.contains(&b.label.zh));
    }

    #[test]
    fn segment_heights_follow_the_shares() {
        let (a, _) = ratios();
        let layout = Layout::new(640);
        let segs = layout.segments(a.values());
        let heights: Vec<f64> = segs.iter().map(|(t, b)| b - t).collect();
        let total: f64 = heights.iter().sum();
        assert!((total - layout.plot_height()).abs() < 1e-6);
        // 第二产业 (47.4) was the largest at the end of 十二五.
        assert!(heights[1] > heights[2] && heights[2] > heights[0]);
        assert!((heights[0] / total - 0.065).abs() < 1e-9);
    }

    #[test]
    fn slope_labels_the_computed_changes() {
        let (a, b) = ratios();
        let svg = ratio_chart_svg(ChartView::Slope, a, b, 640, None);
        for change in ["+1.8（算）", "−17.2（算）", "+15.4（算）"] {
            assert!(svg.contains(change), "missing {change}");
        }
        assert_eq!(count(&svg, "<circle"), 6);
        assert_eq!(count(&svg, "<rect"), 0);
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
    fn spread_labels_keeps_order_and_gap() {
        let out = spread_labels(&[100.0, 104.0, 200.0], 18.0);
        assert!(out[1] - out[0] >= 18.0 - 1e-9, "{out:?}");
        assert!(out[2] - out[1] >= 18.0 - 1e-9, "{out:?}");
        assert_eq!(
            spread_labels(&[10.0, 50.0, 90.0], 18.0),
            vec![10.0, 50.0, 90.0]
        );
        // The pushed group stays centred where its labels were.
        let mean: f64 = out.iter().sum::<f64>() / 3.0;
        assert!((mean - (100.0 + 104.0 + 200.0) / 3.0).abs() < 1e-9);
        // Input order is kept whatever the vertical order.
        let out = spread_labels(&[200.0, 101.0, 100.0], 18.0);
        assert!(out[2] < out[1] && out[1] < out[0], "{out:?}");
    }

    #[test]
    fn hit_test_finds_the_industry_under_the_pointer() {
        let (a, b) = ratios();
        let layout = Layout::new(640);
        let segs = layout.segments(a.values());
        let x = layout.left_x + 5.0;
        for (i, (top, bottom)) in segs.iter().enumerate() {
            assert_eq!(
                hit_test(ChartView::Bars, a, b, 640, x, (top + bottom) / 2.0),
                Some(i)
            );
        }
        assert_eq!(hit_test(ChartView::Bars, a, b, 640, 1.0, 100.0), None);
        let y = layout.slope_y(61.5);
        assert_eq!(
            hit_test(ChartView::Slope, a, b, 640, layout.slope_right(), y),
            Some(2)
        );
        assert_eq!(
            hit_test(ChartView::Slope, a, b, 640, layout.slope_right(), 5.0),
            None
        );
    }

    #[test]
    fn reads_at_the_narrowest_width() {
        let (a, b) = ratios();
        let layout = Layout::new(super::super::MIN_WIDTH);
        assert!(
            layout.left_x >= 60.0 && layout.right_x + layout.column_width + 60.0 <= layout.width
        );
        assert!(layout.right_x > layout.left_x + layout.column_width);
        let svg = ratio_chart_svg(ChartView::Bars, a, b, super::super::MIN_WIDTH, None);
        assert!(svg.contains(r#"width="280""#));
        // Too narrow for names between the columns: the values stay, the names go.
        let texts = svg_texts(&svg);
        assert!(texts.contains(&"46.1%".to_owned()));
        assert!(
            !INDUSTRIES.iter().any(|n| texts.contains(&n.to_string())),
            "{texts:?}"
        );
    }
}
