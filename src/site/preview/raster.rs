//! The previews as PNG: each picture's SVG rasterised with resvg, in one
//! font loaded from a file (the prerender's, feature `ssr`).

use super::FONT_FAMILY;
use resvg::{tiny_skia, usvg};
use skrifa::{FontRef, MetadataProvider};
use std::path::Path;

/// Where Debian's `fonts-wqy-microhei` puts its font; `PREVIEW_FONT`
/// overrides it.
pub const DEFAULT_FONT: &str = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

/// Draws the pictures, with the one font they use.
pub struct Rasteriser {
    options: usvg::Options<'static>,
}

impl Rasteriser {
    /// With the font in `font_file` (TTF or TTC) as every text's face.
    pub fn new(font_file: &Path) -> Result<Self, String> {
        let data = std::fs::read(font_file).map_err(|e| {
            format!(
                "cannot read the previews' font {}: {e}",
                font_file.display()
            )
        })?;
        let mut options = usvg::Options {
            font_family: FONT_FAMILY.to_owned(),
            ..usvg::Options::default()
        };
        let fonts = options.fontdb_mut();
        fonts.load_font_data(data);
        let named = fonts
            .faces()
            .any(|face| face.families.iter().any(|(name, _)| name == FONT_FAMILY));
        if !named {
            return Err(format!(
                "{} has no face named {FONT_FAMILY}",
                font_file.display()
            ));
        }
        fonts.set_sans_serif_family(FONT_FAMILY);
        Ok(Self { options })
    }

    /// The font named in `PREVIEW_FONT`, or Debian's.
    pub fn from_env() -> Result<Self, String> {
        let path = std::env::var("PREVIEW_FONT").unwrap_or_else(|_| DEFAULT_FONT.to_owned());
        Self::new(Path::new(&path))
    }

    /// The picture `svg`, at the size it states, as an opaque RGB PNG,
    /// compressed hard.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| e.to_string())?;
        let size = tree.size().to_int_size();
        let (width, height) = (size.width(), size.height());
        let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or("no pixmap")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        // The background is opaque: drop the alpha channel.
        let rgb: Vec<u8> = pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|px| [px[0], px[1], px[2]])
            .collect();
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::High);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }

    /// The characters of `text` the pictures' font has no glyph for (it
    /// would draw them as empty boxes). Spaces need none.
    pub fn missing_glyphs(&self, text: &str) -> Vec<char> {
        let fonts = &self.options.fontdb;
        let Some(face) = fonts
            .faces()
            .find(|face| face.families.iter().any(|(name, _)| name == FONT_FAMILY))
        else {
            return text.chars().collect();
        };
        let mut missing: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .filter(|&c| {
                fonts.with_face_data(face.id, |data, index| {
                    FontRef::from_index(data, index)
                        .ok()
                        .and_then(|font| font.charmap().map(c))
                        .is_some()
                }) != Some(true)
            })
            .collect();
        missing.sort_unstable();
        missing.dedup();
        missing
    }
}
