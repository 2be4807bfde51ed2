//! Where things go for a given width, shared by the drawings and the hit
//! test, and the hit test itself: which industry is under the pointer.

use super::{ChartView, BOTTOM, RATIO_CHART_HEIGHT, SLOPE_MAX_SHARE, TOP};
use report::{percentage_point_changes, IndustryRatio};

/// Where things go for a given width: shared by drawing and hit testing.
pub(super) struct Layout {
    pub width: f64,
    pub column_width: f64,
    pub left_x: f64,
    pub right_x: f64,
}

impl Layout {
    pub fn new(width: u32) -> Layout {
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

    pub fn plot_height(&self) -> f64 {
        f64::from(RATIO_CHART_HEIGHT) - TOP - BOTTOM
    }

    /// Top and bottom y of each industry's segment in a 100 % column;
    /// 第一产业 at the bottom.
    pub fn segments(&self, shares: [f64; 3]) -> [(f64, f64); 3] {
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
    pub fn slope_y(&self, share: f64) -> f64 {
        TOP + self.plot_height() * (1.0 - share / SLOPE_MAX_SHARE)
    }

    /// The slope view's axes leave room for values on the left and for
    /// value plus computed change on the right.
    pub fn slope_left(&self) -> f64 {
        (self.width * 0.22).max(60.0)
    }

    pub fn slope_right(&self) -> f64 {
        self.width - (self.width * 0.3).max(100.0)
    }

    /// Centres of the two periods' headers.
    pub fn header_xs(&self, view: ChartView) -> [f64; 2] {
        match view {
            ChartView::Bars => [
                self.left_x + self.column_width / 2.0,
                self.right_x + self.column_width / 2.0,
            ],
            ChartView::Slope => [self.slope_left(), self.slope_right()],
        }
    }
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
    use crate::ratio_chart::draw::tests::ratios;

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
}
