//! Charts as pure functions of data and width, drawn with plotters' SVG
//! backend: the small bar charts, and what every chart shares (palette,
//! widths, fonts, the SVG canvas). The ratio chart draws with these in its
//! own folder (`crate::ratio_chart`). Each returns an SVG string; nothing
//! here touches the browser, so it is all tested natively.

mod canvas;
mod hbar;
pub(crate) mod palette;

#[cfg(test)]
pub(crate) use canvas::svg_texts;
pub use canvas::{clamp_width, MAX_WIDTH, MIN_WIDTH};
pub(crate) use canvas::{label_style, muted_style, render_svg, Canvas, Drawn, HPos};

pub use hbar::{bar_rows, hbar_height, hbar_svg, BarRow};
pub use palette::{contrast_ratio, Palette, INDUSTRY_COLORS};
