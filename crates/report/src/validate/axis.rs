//! The timeline's axis: its segments run forward, across the whole width.

use super::*;

/// The time axis's segments run forward in years and across the width, from
/// its left edge (0) to its right (1).
pub(super) fn check_axis(axis: &[AxisSegment], out: &mut Vec<Problem>) {
    if axis.is_empty() {
        out.push(problem(
            "timeline_axis",
            "no segment",
            "at least one range of years",
        ));
    }
    let (mut year, mut x) = (i32::MIN, 0.0);
    for (i, s) in axis.iter().enumerate() {
        let at = format!("timeline_axis[{i}]");
        if s.from_year >= s.to_year || s.from_year < year {
            out.push(problem(
                &at,
                format!("years {}–{}", s.from_year, s.to_year),
                "a range of years after the one before it",
            ));
        }
        if !(x <= s.from_x && s.from_x < s.to_x && s.to_x <= 1.0) {
            out.push(problem(
                &at,
                format!("x {}–{}", s.from_x, s.to_x),
                "a stretch of the width (0 to 1) after the one before it",
            ));
        }
        (year, x) = (s.to_year, s.to_x);
    }
    if let (Some(first), Some(last)) = (axis.first(), axis.last()) {
        if first.from_x != 0.0 || last.to_x != 1.0 {
            out.push(problem(
                "timeline_axis",
                format!("x from {} to {}", first.from_x, last.to_x),
                "the whole width, 0 to 1",
            ));
        }
    }
}
