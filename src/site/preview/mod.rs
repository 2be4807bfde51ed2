//! Link previews: a 1200×630 picture for each share page, made at build
//! time from the data, so that a shared link shows what it points at: the
//! report's title, the part's or event's title and date, and its key
//! figures; the chart parts show the chart itself, drawn by plotters.
//!
//! This module makes each picture as SVG (pure, tested natively);
//! `raster` (feature `ssr`, for the prerender) turns it into a PNG.

use super::targets::{ShareTarget, Shared};
use crate::chart::{bar_rows, hbar_svg};
use crate::ratio_chart::{ratio_chart_svg, ChartView};
use report::{fill, report, ui, Figure, IndustryRatio, PartKind};

mod layout;
mod measure;
#[cfg(feature = "ssr")]
pub mod raster;

pub use layout::{preview_svg, preview_svg_sized};
pub use measure::{text_width_of, wrap};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The article's pictures for its structured data, in the three shapes
/// search engines ask for (16:9, 4:3, 1:1, each over 50,000 pixels, the
/// widest 1200 px): their names' ends and sizes. Each edition's page has
/// `article-<name>.png` beside it.
pub const ARTICLE_PICTURES: [(&str, u32, u32); 3] =
    [("16x9", 1200, 675), ("4x3", 1200, 900), ("1x1", 1200, 1200)];

/// The font the pictures are drawn in: CJK and Latin in one face
/// (`fonts-wqy-microhei`, which the setup installs).
pub const FONT_FAMILY: &str = "WenQuanYi Micro Hei";

/// The width a chart is drawn at before it is scaled into its box: narrow,
/// so that its words come out large enough to read in a small preview.
const CHART_DRAWN_WIDTH: u32 = 400;

/// What one preview shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// The share page's slug: the picture is `s/<slug>/preview.png`; empty
    /// for the page itself (`preview.png` beside it).
    pub slug: String,
    /// The line at the top: the report's title, or on the page's own
    /// picture, its kicker.
    pub heading: String,
    /// The part's or event's title.
    pub title: String,
    /// An event's date, at the article's precision.
    pub date: Option<String>,
    /// Key figures, as the page writes them: the number and what it measures.
    pub figures: Vec<(String, String)>,
    /// A chart (plotters' SVG), for the chart parts.
    pub chart: Option<String>,
    /// The picture's text alternative (`og:image:alt`).
    pub alt: String,
}

/// At most this many figures fit a picture.
const MAX_FIGURES: usize = 3;

fn figure_pair(f: &Figure) -> (String, String) {
    (f.display(), f.measure.as_str().to_owned())
}

/// The picture of the page itself (its `og:image`): the kicker, the
/// report's title, and the ratio chart with its two ratios.
pub fn page_preview() -> Preview {
    let r = report();
    let meta = &r.meta;
    let (chart, figures) = r
        .ratio_pair()
        .map_or((None, Vec::new()), |(before, after)| {
            let chart = ratio_chart_svg(ChartView::Bars, before, after, CHART_DRAWN_WIDTH, None);
            (Some(chart), ratio_figures(before, after))
        });
    let mut p = preview("", meta.title.as_str(), None, figures, chart);
    p.heading = meta.kicker.as_str().trim_end_matches('—').to_owned();
    p.alt = meta.image_alt.as_str().to_owned();
    p
}

/// The ratio chart's two ratios, as a picture's figure: the shares, then
/// the columns they belong to.
fn ratio_figures(before: &IndustryRatio, after: &IndustryRatio) -> Vec<(String, String)> {
    vec![(
        format!("{} → {}", before.shares.join(":"), after.shares.join(":")),
        format!("{} → {}", before.column.as_str(), after.column.as_str()),
    )]
}

/// The picture of a share page's target, in the edition being rendered: a
/// part's figures or chart, a small chart's bars, an event's date and
/// figures.
pub fn preview_of(target: &ShareTarget) -> Preview {
    let r = report();
    match target.shared {
        Shared::Part(part) => {
            let figures: Vec<(String, String)> = match part.kind {
                PartKind::Figures => r
                    .meta
                    .at_a_glance
                    .iter()
                    .filter_map(|id| r.figure(id))
                    .map(figure_pair)
                    .collect(),
                PartKind::Section | PartKind::ThreeYears => {
                    r.figures_in(&part.slug).map(figure_pair).collect()
                }
                PartKind::RatioChart => r
                    .ratio_pair()
                    .map(|(before, after)| ratio_figures(before, after))
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            let chart = match part.kind {
                PartKind::RatioChart => r.ratio_pair().map(|(before, after)| {
                    ratio_chart_svg(ChartView::Bars, before, after, CHART_DRAWN_WIDTH, None)
                }),
                PartKind::BarChart => r
                    .bar_charts_in(&part.slug)
                    .next()
                    .map(|c| hbar_svg(&bar_rows(r, c), CHART_DRAWN_WIDTH)),
                _ => None,
            };
            preview(&part.slug, part.title(), None, figures, chart)
        }
        Shared::Chart(c) => {
            let rows = bar_rows(r, c);
            let figures = rows
                .iter()
                .map(|row| (row.display.clone(), row.label.clone()))
                .collect();
            let chart = Some(hbar_svg(&rows, CHART_DRAWN_WIDTH));
            preview(&c.slug, c.title.as_str(), None, figures, chart)
        }
        Shared::Event(e) => {
            let figures = e
                .figures
                .iter()
                .filter_map(|id| r.figure(id))
                .map(figure_pair)
                .collect();
            preview(
                &e.slug,
                e.title.as_str(),
                Some(e.date_label()),
                figures,
                None,
            )
        }
    }
}

fn preview(
    slug: &str,
    title: &str,
    date: Option<String>,
    mut figures: Vec<(String, String)>,
    chart: Option<String>,
) -> Preview {
    figures.truncate(MAX_FIGURES);
    let ui = ui();
    let mut details: Vec<String> = date.iter().cloned().collect();
    details.extend(
        figures
            .iter()
            .map(|(value, measure)| format!("{value} {measure}")),
    );
    let alt = fill(
        ui.preview_alt.as_str(),
        &[
            ("article", report().meta.title.as_str()),
            ("title", title),
            ("details", &details.join(ui.list_separator.as_str())),
        ],
    );
    Preview {
        slug: slug.to_owned(),
        heading: report().meta.title.as_str().to_owned(),
        title: title.to_owned(),
        date,
        figures,
        chart,
        alt,
    }
}

/// Every character a picture draws, for the check that the font has them all.
pub fn drawn_text(p: &Preview) -> String {
    let mut text = format!("{}{}", p.heading, p.title);
    text.push_str(p.date.as_deref().unwrap_or_default());
    for (value, measure) in &p.figures {
        text.push_str(value);
        text.push_str(measure);
    }
    if let Some(chart) = &p.chart {
        // The chart's words: the text of its <text> elements.
        for piece in chart.split("<text").skip(1) {
            if let Some(words) = piece
                .split_once('>')
                .and_then(|(_, rest)| rest.split_once("</text>"))
            {
                text.push_str(words.0.trim());
            }
        }
    }
    text.push_str("…...");
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::targets::share_targets;
    use report::{with_lang, Lang};

    /// The `y` of each line of `svg` that `wanted` picks: a text's baseline.
    fn baselines(svg: &str, wanted: impl Fn(&str) -> bool) -> Vec<f64> {
        svg.lines()
            .filter(|l| wanted(l))
            .map(|l| {
                l.split("y=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap()
            })
            .collect()
    }

    /// The preview of `slug` in `edition`.
    fn preview_in(edition: Lang, slug: &str) -> Preview {
        with_lang(edition, || {
            let target = share_targets().into_iter().find(|t| t.slug == slug);
            preview_of(&target.unwrap_or_else(|| panic!("no share page of {slug}")))
        })
    }

    #[test]
    fn every_share_page_has_a_preview_of_its_own() {
        for edition in Lang::ALL {
            let previews: Vec<Preview> =
                with_lang(edition, || share_targets().iter().map(preview_of).collect());
            let mut svgs: Vec<String> =
                with_lang(edition, || previews.iter().map(preview_svg).collect());
            svgs.sort();
            svgs.dedup();
            assert_eq!(
                svgs.len(),
                previews.len(),
                "{edition:?}: two previews are the same"
            );
        }
    }

    #[test]
    fn the_page_has_its_own_picture_in_each_edition() {
        let english = with_lang(Lang::En, page_preview);
        let chinese = with_lang(Lang::Zh, page_preview);
        assert_eq!(english.title, report().meta.title.en);
        assert_eq!(chinese.title, report().meta.title.zh);
        assert!(english.chart.is_some());
        assert_ne!(
            with_lang(Lang::En, || preview_svg(&english)),
            preview_svg(&chinese)
        );
    }

    #[test]
    fn an_event_shows_its_date_title_and_figures() {
        let flood = preview_in(Lang::En, "flood-0818");
        assert_eq!(flood.date.as_deref(), Some("18 August 2020"));
        assert!(
            flood
                .figures
                .iter()
                .any(|(value, _)| value == "more than 6,000 Party members"),
            "{:?}",
            flood.figures
        );
        let svg = preview_svg(&flood);
        assert!(svg.contains(">18 August 2020</text>"), "{svg}");
        assert!(flood.alt.contains("18 August 2020") && flood.alt.contains(&flood.title));
    }

    #[test]
    fn the_chart_parts_show_their_chart() {
        let chart = preview_in(Lang::Zh, "industry-ratio");
        let svg = preview_svg(&chart);
        // The ratio chart's bars: one rect per industry and column, at least.
        assert!(svg.matches("<rect").count() >= 2 + 6, "{svg}");
        assert!(svg.contains("61.5%"));
    }

    #[test]
    fn a_long_title_stays_above_the_figures() {
        let reform = preview_in(Lang::En, "village-reform");
        let svg = preview_svg(&reform);
        let title_baselines =
            baselines(&svg, |l| l.contains("font-weight=\"700\" fill=\"#1d1d1f\""));
        assert!(!title_baselines.is_empty());
        // The figures' values sit at 478; the title ends well above them.
        assert!(
            title_baselines.iter().all(|&y| y <= 390.0),
            "{title_baselines:?}"
        );
    }

    #[test]
    fn the_articles_pictures_hold_their_words_and_tall_ones_the_chart_below_them() {
        for edition in Lang::ALL {
            let page = with_lang(edition, page_preview);
            for (name, width, height) in ARTICLE_PICTURES {
                let svg = with_lang(edition, || preview_svg_sized(&page, width, height));
                assert!(svg.starts_with(&format!(r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}""#)), "{name}");
                // The picture's own words come before the chart's group.
                let words = svg.split("<g transform=").next().unwrap();
                let baselines = baselines(words, |l| l.starts_with("<text x="));
                assert!(
                    baselines
                        .iter()
                        .all(|&y| y > 40.0 && y < f64::from(height) - 30.0),
                    "{edition:?} {name}: {baselines:?}"
                );
                let chart_top: f64 = svg
                    .split("<g transform=\"translate(")
                    .nth(1)
                    .unwrap()
                    .split(' ')
                    .nth(1)
                    .unwrap()
                    .trim_end_matches(')')
                    .parse()
                    .unwrap();
                let last_words = baselines.iter().copied().fold(0.0, f64::max);
                if height > 700 {
                    assert!(
                        chart_top > last_words,
                        "{edition:?} {name}: the chart at {chart_top}, words to {last_words}"
                    );
                } else {
                    assert!(
                        chart_top < last_words,
                        "{edition:?} {name}: the chart beside the words"
                    );
                }
            }
        }
    }

    #[test]
    fn text_in_the_picture_is_escaped() {
        let p = Preview {
            slug: "x".into(),
            heading: "h".into(),
            title: "<b>&\"</b>".into(),
            date: None,
            figures: vec![],
            chart: None,
            alt: String::new(),
        };
        let svg = preview_svg(&p);
        assert!(svg.contains("&lt;b&gt;&amp;&quot;&lt;/b&gt;") && !svg.contains("<b>"));
    }

    #[test]
    fn long_titles_wrap_within_the_width_and_end_in_an_ellipsis() {
        let latin = "The district set up residential-compound Party branches and new village-level branches across the whole district";
        let lines = wrap(latin, 500.0, 46.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(
            lines.iter().all(|l| text_width_of(l, 46.0) <= 500.0),
            "{lines:?}"
        );
        assert!(lines[2].ends_with("..."));
        // Words are not split.
        assert!(
            lines[0]
                .split(' ')
                .all(|w| latin.split(' ').any(|x| x == w)),
            "{lines:?}"
        );
        // An English title keeps a Chinese gloss whole.
        let glossed = wrap(
            "Shizhong District (市中区) steps up as the 'leading growth pole'",
            500.0,
            46.0,
            3,
        );
        assert!(
            glossed.iter().any(|l| l.contains("(市中区)")),
            "{glossed:?}"
        );
        let cjk = "市中区组建532支部门党员突击队常驻社区,开展创文创卫工作";
        let lines = wrap(cjk, 300.0, 30.0, 5);
        assert_eq!(lines.concat(), cjk);
        assert!(lines.iter().all(|l| text_width_of(l, 30.0) <= 300.0));
    }
}
