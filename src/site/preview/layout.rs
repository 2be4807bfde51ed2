//! A picture's layout: where the report's name, the title, the date, the
//! figures and the chart go, in a link preview (1200×630) or one of the
//! article's shapes. Pure: text in, SVG out.

use super::measure::{text_width_of, wrap};
use super::{Preview, FONT_FAMILY, HEIGHT, MAX_FIGURES, WIDTH};
use crate::escape::escape;

/// The page's colours (light scheme): paper, ink, muted ink, accent.
const PAPER: &str = "#fbfaf7";
const INK: &str = "#1d1d1f";
const MUTED: &str = "#595959";
const ACCENT: &str = "#9b2226";
/// Left margin, and the width text may take.
const LEFT: f64 = 72.0;
const TEXT_WIDTH: f64 = 1056.0;
/// Beside a chart, text keeps to the left part.
const TEXT_WIDTH_BESIDE_CHART: f64 = 500.0;
/// Where a chart goes: x, y, width, height.
const CHART_BOX: (f64, f64, f64, f64) = (600.0, 150.0, 560.0, 440.0);
/// The height a figure takes beside a chart: its value and one line of measure.
const BESIDE_CHART_FIGURE: f64 = 88.0;

/// The picture as SVG, 1200×630: the report's title at the top, the date,
/// the title (wrapped, at most three lines), then the figures in a row, or
/// the chart to the right.
pub fn preview_svg(p: &Preview) -> String {
    preview_svg_sized(p, WIDTH, HEIGHT)
}

/// The picture as SVG at `width` × `height` (1200 wide; the structured
/// data's pictures are 16:9, 4:3 and 1:1). A wide one is laid out as the
/// link preview, centred in its height; a tall one (4:3, 1:1) puts the
/// chart under the words, across the width.
pub fn preview_svg_sized(p: &Preview, width: u32, height: u32) -> String {
    let article = p.heading.as_str();
    let h = f64::from(height);
    let tall = h > 700.0;
    // A wide picture keeps the link preview's layout, centred vertically.
    let dy = if tall {
        0.0
    } else {
        (h - f64::from(HEIGHT)) / 2.0
    };
    let beside_chart = p.chart.is_some() && !tall;
    let text_width = if beside_chart {
        TEXT_WIDTH_BESIDE_CHART
    } else {
        TEXT_WIDTH
    };
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONT_FAMILY}" color="{INK}">
<rect width="{width}" height="{height}" fill="{PAPER}"/>
<rect width="18" height="{height}" fill="{ACCENT}"/>
"#
    );
    // The heading spans the width, in two lines at most (smaller if need
    // be); a chart goes below it.
    let heading_size = if wrap(article, TEXT_WIDTH, 32.0, usize::MAX).len() > 2 {
        26.0
    } else {
        32.0
    };
    for (i, line) in wrap(article, TEXT_WIDTH, heading_size, 2)
        .iter()
        .enumerate()
    {
        let y = dy + 92.0 + i as f64 * heading_size * 1.3;
        svg.push_str(&text_line(LEFT, y, heading_size, ACCENT, 700, line));
    }
    let mut y = dy
        + if text_width_of(article, heading_size) > TEXT_WIDTH {
            218.0
        } else {
            176.0
        };
    if let Some(date) = &p.date {
        svg.push_str(&text_line(LEFT, y, 30.0, MUTED, 400, date));
        y += 30.0;
    }
    // The title as large as fits above the figures: below it beside a
    // chart, or above a chart under the words (a value and a line of
    // measure each), else in a row at the foot.
    let listed = p.figures.len() as f64 * BESIDE_CHART_FIGURE;
    let bottom = dy
        + match (&p.chart, p.figures.len()) {
            (Some(_), _) if tall => 420.0 - listed,
            (_, 0) => 600.0,
            (Some(_), _) => 600.0 - listed,
            (None, _) => 390.0,
        };
    let sizes: &[f64] = if beside_chart {
        &[46.0, 38.0, 32.0]
    } else {
        &[56.0, 46.0, 38.0]
    };
    let fits = |size: f64, lines: usize| y + lines as f64 * size * 1.25 <= bottom;
    let (size, lines) = sizes
        .iter()
        .map(|&size| (size, wrap(&p.title, text_width, size, usize::MAX)))
        .find(|(size, lines)| fits(*size, lines.len()))
        .unwrap_or_else(|| {
            let size = sizes[sizes.len() - 1];
            let room = ((bottom - y) / (size * 1.25)).floor().max(1.0) as usize;
            (size, wrap(&p.title, text_width, size, room))
        });
    for line in lines {
        y += size * 1.25;
        svg.push_str(&text_line(LEFT, y, size, INK, 700, &line));
    }
    if let Some(chart) = &p.chart {
        // With a chart, its words go under the title.
        for (value, measure) in &p.figures {
            y += BESIDE_CHART_FIGURE - 32.0;
            svg.push_str(&text_line(LEFT, y, 30.0, ACCENT, 700, value));
            for line in wrap(measure, text_width, 24.0, 1) {
                y += 32.0;
                svg.push_str(&text_line(LEFT, y, 24.0, INK, 400, &line));
            }
        }
        let chart_box = if tall {
            let top = y + 48.0;
            (LEFT, top, TEXT_WIDTH, h - top - 48.0)
        } else {
            let (x, top, w, box_h) = CHART_BOX;
            (x, top + dy, w, box_h)
        };
        svg.push_str(&placed_chart(chart, chart_box));
    } else {
        let column = TEXT_WIDTH / MAX_FIGURES as f64;
        for (i, (value, measure)) in p.figures.iter().enumerate() {
            let x = LEFT + i as f64 * column;
            // As large as its column allows, up to 52 px.
            let value_size = (52.0 * (column - 24.0) / text_width_of(value, 52.0))
                .clamp(24.0, 52.0)
                .floor();
            svg.push_str(&text_line(x, dy + 478.0, value_size, ACCENT, 700, value));
            for (j, line) in wrap(measure, column - 24.0, 24.0, 2).iter().enumerate() {
                svg.push_str(&text_line(
                    x,
                    dy + 520.0 + j as f64 * 32.0,
                    24.0,
                    INK,
                    400,
                    line,
                ));
            }
        }
    }
    svg.push_str("</svg>\n");
    svg
}

fn text_line(x: f64, y: f64, size: f64, fill: &str, weight: u16, text: &str) -> String {
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{fill}\">{}</text>\n",
        escape(text)
    )
}

/// A chart's SVG, scaled into `chart_box` (x, y, width, height) and
/// centred across it: its inner markup in a group.
fn placed_chart(chart: &str, chart_box: (f64, f64, f64, f64)) -> String {
    let open_end = chart.find('>').map_or(0, |i| i + 1);
    let close = chart.rfind("</svg>").unwrap_or(chart.len());
    let inner = &chart[open_end..close];
    let attr = |name: &str| -> f64 {
        chart[..open_end]
            .split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(1.0)
    };
    let (bx, by, bw, bh) = chart_box;
    let scale = (bw / attr("width")).min(bh / attr("height"));
    let bx = bx + (bw - attr("width") * scale) / 2.0;
    format!(
        "<g transform=\"translate({bx:.1} {by:.1}) scale({scale:.4})\" font-size=\"14\">{inner}</g>\n"
    )
}
