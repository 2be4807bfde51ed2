//! Colours of the charts. Industry colours pass 3:1 (WCAG non-text contrast)
//! against both the light and the dark page background; text uses the page's
//! own colour through `currentColor`.

use plotters::style::RGBColor;

pub struct Palette;

impl Palette {
    /// Stand-ins that `inks_to_current_color` turns into `currentColor`.
    pub const INK: RGBColor = RGBColor(1, 2, 3);
    pub const MUTED_INK: RGBColor = RGBColor(4, 5, 6);
    /// Page backgrounds, mirrored from `style/main.css`.
    pub const LIGHT_BACKGROUND: RGBColor = RGBColor(0xfb, 0xfa, 0xf7);
    pub const DARK_BACKGROUND: RGBColor = RGBColor(0x17, 0x19, 0x1d);
}

/// 第一产业, 第二产业, 第三产业: green, blue, orange, told apart by hue and
/// lightness, and always labelled directly, never by colour alone.
pub const INDUSTRY_COLORS: [RGBColor; 3] = [
    RGBColor(0x2e, 0x8b, 0x47),
    RGBColor(0x4a, 0x72, 0xd6),
    RGBColor(0xc4, 0x62, 0x1c),
];

pub(crate) fn inks_to_current_color(svg: &str) -> String {
    svg.replace("fill=\"#010203\"", "fill=\"currentColor\"")
        .replace("stroke=\"#010203\"", "stroke=\"currentColor\"")
        .replace(
            "fill=\"#040506\"",
            "fill=\"currentColor\" fill-opacity=\"0.78\"",
        )
        .replace(
            "stroke=\"#040506\"",
            "stroke=\"currentColor\" stroke-opacity=\"0.5\"",
        )
}

/// WCAG contrast ratio between two colours, 1.0–21.0.
pub fn contrast_ratio(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn luminance(RGBColor(r, g, b): RGBColor) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn industry_colours_stand_out_on_both_schemes() {
        for c in INDUSTRY_COLORS {
            let light = contrast_ratio(c, Palette::LIGHT_BACKGROUND);
            let dark = contrast_ratio(c, Palette::DARK_BACKGROUND);
            assert!(
                light >= 3.0 && dark >= 3.0,
                "{c:?}: {light:.2} on light, {dark:.2} on dark"
            );
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        let ratio = contrast_ratio(RGBColor(0, 0, 0), RGBColor(255, 255, 255));
        assert!((ratio - 21.0).abs() < 1e-9);
    }

    #[test]
    fn stand_in_inks_become_current_color() {
        let svg = r##"<text fill="#010203">a</text><line stroke="#040506"/>"##;
        let out = inks_to_current_color(svg);
        assert!(
            out.contains(r#"fill="currentColor""#)
                && out.contains(r#"stroke="currentColor" stroke-opacity"#)
        );
        assert!(!out.contains("#010203") && !out.contains("#040506"));
    }
}
