//! Small horizontal bar charts (GDP 2012 → 2020; villages and communities
//! before and after consolidation), from the same machinery as the main chart.

use super::canvas::{label_style, render_svg, HPos};
use super::palette::INDUSTRY_COLORS;
use plotters::prelude::*;
use report::{BarChart, Report};

/// One bar: its label, its value, and the value as the article writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub value: f64,
    pub display: String,
}

/// The rows of a small chart of the report's figures, as it draws them.
pub fn bar_rows(report: &Report, chart: &BarChart) -> Vec<BarRow> {
    chart
        .rows
        .iter()
        .filter_map(|row| {
            let f = report.figure(&row.figure)?;
            Some(BarRow {
                label: row.label.as_str().to_owned(),
                value: f.number(),
                display: f.display(),
            })
        })
        .collect()
}

const ROW_HEIGHT: u32 = 34;
const LABEL_WIDTH: f64 = 64.0;
const VALUE_ROOM: f64 = 92.0;

/// The height the chart takes for `rows` bars, so the page can reserve it.
pub fn hbar_height(rows: usize) -> u32 {
    ROW_HEIGHT * rows as u32 + 8
}

/// Bars scaled to the largest value of `rows`, each labelled with its value.
pub fn hbar_svg(rows: &[BarRow], width: u32) -> String {
    let max = rows.iter().map(|r| r.value).fold(0.0, f64::max);
    let span = f64::from(width) - LABEL_WIDTH - VALUE_ROOM;
    render_svg(width, hbar_height(rows.len()), |root| {
        for (i, row) in rows.iter().enumerate() {
            let mid = f64::from(ROW_HEIGHT) * (i as f64 + 0.5) + 4.0;
            let length = if max > 0.0 {
                row.value / max * span
            } else {
                0.0
            };
            root.draw(&Text::new(
                row.label.clone(),
                ((LABEL_WIDTH - 8.0) as i32, mid as i32),
                label_style(13.0, HPos::Right),
            ))?;
            let rect = [
                (LABEL_WIDTH as i32, (mid - 10.0) as i32),
                ((LABEL_WIDTH + length) as i32, (mid + 10.0) as i32),
            ];
            root.draw(&Rectangle::new(rect, INDUSTRY_COLORS[1].filled()))?;
            let at = ((LABEL_WIDTH + length + 6.0) as i32, mid as i32);
            root.draw(&Text::new(
                row.display.clone(),
                at,
                label_style(13.0, HPos::Left),
            ))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::canvas::svg_texts;

    fn rows() -> Vec<BarRow> {
        vec![
            BarRow {
                label: "2012年".into(),
                value: 202.6,
                display: "202.6亿元".into(),
            },
            BarRow {
                label: "2020年".into(),
                value: 430.9,
                display: "430.9亿元".into(),
            },
        ]
    }

    /// Widths of the drawn bars, in drawing order.
    fn bar_widths(svg: &str) -> Vec<f64> {
        svg.split("<rect")
            .skip(1)
            .map(|r| {
                let w = r
                    .split("width=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap();
                w.parse().unwrap()
            })
            .collect()
    }

    #[test]
    fn bars_are_proportional_to_values() {
        let svg = hbar_svg(&rows(), 480);
        let widths = bar_widths(&svg);
        assert_eq!(widths.len(), 2);
        let expected = 202.6 / 430.9;
        assert!(
            (widths[0] / widths[1] - expected).abs() < 0.02,
            "{widths:?}"
        );
        assert_eq!(
            svg_texts(&svg),
            ["2012年", "202.6亿元", "2020年", "430.9亿元"]
        );
    }

    #[test]
    fn height_grows_with_rows() {
        assert!(hbar_height(3) > hbar_height(2));
        assert!(hbar_svg(&rows(), 300).contains(&format!("height=\"{}\"", hbar_height(2))));
    }
}
