//! What every chart shares: the widths it is drawn at, the SVG canvas it
//! is drawn on (with the inks the page's scheme fills in), and its type.

use super::palette::{self, Palette};
use plotters::prelude::*;
pub(crate) use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The narrowest and widest a chart is drawn; the page is readable from 320 px.
pub const MIN_WIDTH: u32 = 280;
pub const MAX_WIDTH: u32 = 960;

pub fn clamp_width(width: f64) -> u32 {
    if width.is_finite() {
        (width.round() as u32).clamp(MIN_WIDTH, MAX_WIDTH)
    } else {
        MIN_WIDTH
    }
}

/// What a chart is drawn on: the whole of an SVG.
pub(crate) type Canvas<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

/// What drawing on a canvas returns (see `render_svg` on why it is ignored).
pub(crate) type Drawn = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// Draws with `draw` onto an SVG of `width × height` and returns its markup,
/// with the stand-in ink colours turned into CSS-driven `currentColor`, so
/// the chart follows the page's light or dark scheme.
pub(crate) fn render_svg(width: u32, height: u32, draw: impl FnOnce(&Canvas) -> Drawn) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        // Drawing primitives into a string cannot fail; a failure would only
        // leave the chart incomplete, and the data table still tells it all.
        let _ = draw(&root);
        let _ = root.present();
    }
    palette::inks_to_current_color(&svg)
}

/// A font of `size` CSS pixels (plotters' SVG backend writes size ÷ 1.24).
fn font(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::SansSerif, size * 1.24, FontStyle::Normal)
}

/// The text of every `<text>` element, in drawing order.
#[cfg(test)]
pub(crate) fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            Some(
                t.split_once('>')?
                    .1
                    .split_once("</text>")?
                    .0
                    .trim()
                    .to_owned(),
            )
        })
        .collect()
}

/// Text in the page's ink colour, anchored at `h`, vertically centred.
pub(crate) fn label_style(size: f64, h: HPos) -> TextStyle<'static> {
    TextStyle::from(font(size))
        .color(&Palette::INK)
        .pos(Pos::new(h, VPos::Center))
}

/// Secondary text, lighter than the ink.
pub(crate) fn muted_style(size: f64, h: HPos) -> TextStyle<'static> {
    TextStyle::from(font(size))
        .color(&Palette::MUTED_INK)
        .pos(Pos::new(h, VPos::Center))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_clamped_to_a_readable_range() {
        assert_eq!(clamp_width(100.0), MIN_WIDTH);
        assert_eq!(clamp_width(640.4), 640);
        assert_eq!(clamp_width(5000.0), MAX_WIDTH);
        assert_eq!(clamp_width(f64::NAN), MIN_WIDTH);
    }
}
