//! The link previews' pictures (feature `ssr`, as the prerender draws
//! them): the font has every character they draw, so that no picture shows
//! an empty box, and a picture comes out as a 1200×630 PNG.
#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

use shizhong_report::report::{with_lang, Lang};
use shizhong_report::site::preview::raster::Rasteriser;
use shizhong_report::site::preview::{
    drawn_text, page_preview, preview_of, preview_svg, preview_svg_sized, Preview,
    ARTICLE_PICTURES, HEIGHT, WIDTH,
};
use shizhong_report::site::targets::share_targets;

fn rasteriser() -> Rasteriser {
    Rasteriser::from_env().unwrap_or_else(|e| panic!("{e}: install fonts-wqy-microhei"))
}

#[test]
fn the_font_has_every_character_the_pictures_draw() {
    let rasteriser = rasteriser();
    for edition in Lang::ALL {
        let pictures = with_lang(edition, || {
            share_targets()
                .iter()
                .map(preview_of)
                .chain([page_preview()])
                .collect::<Vec<Preview>>()
        });
        for picture in pictures {
            let missing = rasteriser.missing_glyphs(&drawn_text(&picture));
            assert!(
                missing.is_empty(),
                "{edition:?} {}: no glyph for {missing:?}",
                picture.slug
            );
        }
    }
}

#[test]
fn the_coverage_check_can_fail() {
    // Characters outside the font: Tifinagh and a musical symbol.
    assert_eq!(rasteriser().missing_glyphs("市中区 ⴰ𝄞"), vec!['ⴰ', '𝄞']);
}

#[test]
fn a_picture_is_a_png_of_its_size() {
    let target = share_targets()
        .into_iter()
        .find(|t| t.slug == "industry-ratio")
        .unwrap();
    let picture = preview_of(&target);
    let png = rasteriser().png(&preview_svg(&picture)).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let size = |png: &[u8], at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    assert_eq!((size(&png, 16), size(&png, 20)), (WIDTH, HEIGHT));
    assert!(png.len() < 120 * 1024, "{} bytes", png.len());
    // The article's pictures come out at the size their SVG states.
    for (_, width, height) in ARTICLE_PICTURES {
        let png = rasteriser()
            .png(&preview_svg_sized(&page_preview(), width, height))
            .unwrap();
        assert_eq!((size(&png, 16), size(&png, 20)), (width, height));
    }
}
