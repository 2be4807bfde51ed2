//! The bars view: two 100 % stacked columns, joined by bands.

use super::labels::industry_name;
use super::layout::Layout;
use super::{alpha_for, NAME_WIDTH};
use crate::chart::{label_style, palette::INDUSTRY_COLORS, Canvas, Drawn, HPos, Palette};
use plotters::prelude::*;
use report::IndustryRatio;

pub(super) fn draw_bars(
    root: &Canvas,
    layout: &Layout,
    before: &IndustryRatio,
    after: &IndustryRatio,
    highlight: Option<usize>,
) -> Drawn {
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
            root.draw(&industry_name(i, name_at))?;
        }
    }
    Ok(())
}
