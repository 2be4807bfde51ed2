//! The slope view: each industry's share before and after, joined by a
//! line, with the change the page computes.

use super::labels::{industry_name, spread_labels};
use super::layout::Layout;
use super::{alpha_for, TOP};
use crate::chart::{
    label_style, muted_style, palette::INDUSTRY_COLORS, Canvas, Drawn, HPos, Palette,
};
use plotters::prelude::*;
use report::{fill, percentage_point_changes, signed, ui, IndustryRatio};

pub(super) fn draw_slope(
    root: &Canvas,
    layout: &Layout,
    before: &IndustryRatio,
    after: &IndustryRatio,
    highlight: Option<usize>,
) -> Drawn {
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
        let delta = fill(
            ui().computed_mark.as_str(),
            &[("value", &signed(change.points))],
        );
        root.draw(&Text::new(
            delta,
            (rx, ry + 16),
            muted_style(12.0, HPos::Left),
        ))?;
        let name_at = (((x0 + x1) / 2.0) as i32, ((y0 + y1) / 2.0 - 12.0) as i32);
        root.draw(&industry_name(i, name_at))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::ratio_chart::draw::tests::{count, ratios};
    use crate::ratio_chart::draw::{ratio_chart_svg, ChartView};

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
}
