//! The shape of `data/report.json`. Types only, with no dependency on the
//! rest of the crate: the build script includes this file too, to check the
//! data and turn it into the compact form the app embeds.

use serde::{Deserialize, Serialize};
use std::cell::Cell;

/// A date with its real precision. The article dates some events to the day,
/// some to a year or a year's end, some to a plan period, and some only
/// relative to its unstated publication date ("去年"); it never dates others.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    Day {
        year: i32,
        month: u32,
        day: u32,
    },
    Month {
        year: i32,
        month: u32,
    },
    Year {
        year: i32,
    },
    /// "2018年底"
    YearEnd {
        year: i32,
    },
    /// A five-year plan period such as "十三五" (2016–2020).
    Period {
        label: Text,
        from: i32,
        to: i32,
    },
    /// The end of a plan period, such as "十二五"末.
    PeriodEnd {
        label: Text,
        year: i32,
    },
    /// A date relative to the article's publication, which the article does not give.
    Relative {
        label: Text,
    },
}

/// A figure's unit: as the article writes it ("万人次"), and in English the
/// word after the number, whose magnitude (万, 亿) the English number takes
/// in. Both stay in the browser's encoding too, since the English number
/// needs the Chinese unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub zh: String,
    pub en: String,
}

/// An edition of the report: the article's language, or the translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// The original first: it is the page at the site's root.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// Its language tag, for `lang` and `hreflang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Its key in the data's texts.
    pub fn key(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Its `og:locale`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::Zh => "zh_CN",
            Lang::En => "en_GB",
        }
    }

    /// Where its page lives under the site's root: "" or "en/".
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Zh => "",
            Lang::En => "en/",
        }
    }

    /// The edition a page's `lang` names; the original for anything else.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.eq_ignore_ascii_case("en") || tag.to_ascii_lowercase().starts_with("en-") {
            Lang::En
        } else {
            Lang::Zh
        }
    }

    /// The other edition, which the language switch leads to.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::Zh) };
}

/// The edition being rendered: the prerender sets it per page, the browser
/// from the page's `lang`. Every [`Text::as_str`] reads it.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// Runs `f` with `edition` as the edition being rendered, then restores the
/// one before, even if `f` panics.
pub fn with_lang<T>(edition: Lang, f: impl FnOnce() -> T) -> T {
    with_set(&LANG, edition, f)
}

/// Runs `f` with the thread-local `cell` set to `value`, then restores what
/// it held, even if `f` panics.
fn with_set<V: Copy + 'static, T>(
    cell: &'static std::thread::LocalKey<Cell<V>>,
    value: V,
    f: impl FnOnce() -> T,
) -> T {
    struct Restore<V: Copy + 'static>(&'static std::thread::LocalKey<Cell<V>>, V);
    impl<V: Copy + 'static> Drop for Restore<V> {
        fn drop(&mut self) {
            self.0.with(|c| c.set(self.1));
        }
    }
    let _restore = Restore(cell, cell.with(|c| c.replace(value)));
    f()
}

/// Text in both editions: the article's words, and their translation.
///
/// In `data/report.json` it is `{"zh": …, "en": …}`. The build encodes the
/// report for the browser once per edition, each text as that edition's
/// string alone ([`encode_edition`]). A page decodes its own edition's, into
/// a `Text` that holds that string only: the wasm then has no code for the
/// other language's fields (some 200 of them, each with its own decoding).
/// There it is a `&'static str`: the report lasts as long as the page, so
/// its texts are never freed, and decoding them needs no cleanup code on
/// failure (1.3 KB of the brotli wasm). It is decoded from a borrowing
/// decoder (postcard from bytes) and copied once; [`Text::new`] copies too,
/// so in the browser it is for tests and one-off texts only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    #[cfg(not(target_arch = "wasm32"))]
    pub zh: String,
    #[cfg(not(target_arch = "wasm32"))]
    pub en: String,
    /// The page's edition's text.
    #[cfg(target_arch = "wasm32")]
    text: &'static str,
}

/// The two editions' words, as the data file writes a text.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TextInBoth {
    zh: String,
    en: String,
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static ENCODING: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Runs `encode` with every [`Text`] serialized as `edition`'s string alone:
/// the build's per-edition encoding of the report for the browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_edition<T>(edition: Lang, encode: impl FnOnce() -> T) -> T {
    with_set(&ENCODING, Some(edition), encode)
}

#[cfg(not(target_arch = "wasm32"))]
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match ENCODING.with(Cell::get) {
            Some(edition) => s.serialize_str(self.get(edition)),
            None => TextInBoth {
                zh: self.zh.clone(),
                en: self.en.clone(),
            }
            .serialize(s),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let TextInBoth { zh, en } = TextInBoth::deserialize(d)?;
        Ok(Text { zh, en })
    }
}

/// The browser reads one edition's encoding.
#[cfg(target_arch = "wasm32")]
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <&str>::deserialize(d).map(|text| Text {
            text: Box::leak(text.into()),
        })
    }
}

#[cfg(target_arch = "wasm32")]
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.text)
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub meta: Meta,
    /// The page's parts, in page order: the app, the contents, the anchors,
    /// the share pages and the sitemap all follow this list.
    pub parts: Vec<Part>,
    /// The page's own words (interface strings), keyed by language like the content.
    pub ui: Ui,
    pub sections: Vec<Section>,
    pub figures: Vec<Figure>,
    pub events: Vec<Event>,
    pub industry_ratios: Vec<IndustryRatio>,
    pub snapshots: Vec<Snapshot>,
    pub snapshot_rows: Vec<SnapshotRow>,
    /// The multiple the infographic's part computes from two of its figures.
    pub snapshot_multiple: Option<Multiple>,
    /// The timeline's broken time axis: the ranges of years it shows, each
    /// on its share of the width.
    pub timeline_axis: Vec<AxisSegment>,
    /// Small bar charts of figures, each shown in one part of the page.
    pub bar_charts: Vec<BarChart>,
    /// What only the English edition says: that it is a translation, and
    /// its glossary.
    pub translation: Translation,
    /// Numbers in the article that are not data (the 2.5 of PM2.5, the 90 of
    /// 90后), listed so the number audit can tell them from forgotten figures.
    pub not_figures: Vec<NotFigure>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    pub byline: Text,
    pub photo_credit: Text,
    pub lead: Text,
    pub kicker: Text,
    /// The page's `<title>`.
    pub page_title: Text,
    /// The search description (`description`).
    pub description: Text,
    /// The shorter text of link previews (`og:description`, `twitter:description`).
    pub preview: Text,
    /// What the preview image shows (`og:image:alt`).
    pub image_alt: Text,
    /// Figure ids for the "numbers at a glance" band, in order.
    pub at_a_glance: Vec<String>,
    /// The day the report's data last changed, `YYYY-MM-DD`: what "Cite
    /// this" and the structured data say. Change it with the data.
    pub data_updated: String,
    /// The ratio chart's data as a dataset (its structured data and CSV):
    /// its name, and what it holds, in 50 characters or more.
    pub dataset_name: Text,
    pub dataset_description: Text,
}

/// One part of the page: what it is, and the id it is linked by.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub kind: PartKind,
    /// Its id in the page and in links; a text section's is its section's slug.
    pub slug: String,
    /// Its heading; a text section's comes from the section, the lead has none.
    #[serde(default)]
    pub heading: Option<Text>,
    /// A shorter name for the contents and shared links, where the heading is long.
    #[serde(default)]
    pub short: Option<Text>,
    /// A ratio chart's two ratios (`industry_ratios[].slug`), earlier first.
    #[serde(default)]
    pub ratios: Option<[String; 2]>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    /// The masthead: title, byline and the article's lead. First, not in the contents.
    Lead,
    /// The band of headline figures (`meta.at_a_glance`).
    Figures,
    /// A section of the article (`sections[]` with this slug).
    Section,
    /// The three-industry ratio chart.
    RatioChart,
    /// The 1985 / 2012 / 2020 infographic (`snapshots`).
    ThreeYears,
    /// The small bar charts whose `section` is this part.
    BarChart,
    /// The timeline of events.
    Timeline,
    /// The terms that do not translate (`translation.glossary`): in the
    /// English edition only.
    Glossary,
    /// The source and credits. Last.
    Source,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub slug: String,
    pub heading: Text,
    pub paragraphs: Vec<Text>,
    pub photos: Vec<Photo>,
}

/// A photo of the printed page: only its caption and credit are part of the source.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Photo {
    pub caption: Text,
    #[serde(default)]
    pub credit: Option<Text>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// The number exactly as the article writes it ("7.0", "56.65").
    pub value: String,
    pub unit: Unit,
    pub measure: Text,
    pub when: Option<When>,
    /// The id of the part of the page that tells it.
    pub section: String,
    /// The article's words the figure comes from, verbatim.
    pub quote: Text,
    /// "300余名": the article gives a lower bound.
    #[serde(default)]
    pub more_than: bool,
    /// A percentage the article states as the decrease from one figure to
    /// another (ids `[before, after]`); the build recomputes it.
    #[serde(default)]
    pub decrease_from: Option<[String; 2]>,
    /// A rank ("第2位"): English writes it as an ordinal, "2nd".
    #[serde(default)]
    pub rank: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Party,
    Economy,
    Governance,
    Livelihood,
    Covid,
    Flood,
    Tourism,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub slug: String,
    pub when: Option<When>,
    pub category: Category,
    pub title: Text,
    pub summary: Text,
    pub section: String,
    pub quote: Text,
    pub figures: Vec<String>,
    #[serde(default)]
    pub ratio: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndustryRatio {
    pub slug: String,
    pub label: Text,
    /// The chart's column head: short enough for a phone's width.
    pub column: Text,
    pub when: When,
    /// Primary, secondary, tertiary shares in per cent, as written.
    pub shares: [String; 3],
    /// The order of the industries by size, as the article names it ("三二一").
    pub order: Text,
    pub quote: Text,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub year: i32,
    /// The infographic's line, verbatim.
    pub line: Text,
    pub cells: Vec<SnapshotCell>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotCell {
    pub row: String,
    pub figure: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotRow {
    pub row: String,
    pub label: Text,
    pub caveat: Option<Text>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarChart {
    pub slug: String,
    /// The id of the part of the page that shows it.
    pub section: String,
    pub title: Text,
    pub rows: Vec<BarChartRow>,
    /// What the reader should know about the measures.
    pub note: Text,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarChartRow {
    pub label: Text,
    pub figure: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotFigure {
    pub context: String,
    pub number: String,
    pub why: Text,
}

/// What the English edition adds to the article, in English only.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Says that the page is a translation, under the masthead.
    pub note: String,
    /// The link to the original.
    pub original: String,
    pub glossary: Vec<GlossaryEntry>,
}

/// A term the translation keeps close to the Chinese, explained.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// Its id on the English page, which the term's first use links to.
    pub slug: String,
    /// As the article writes it.
    pub term: String,
    /// As the translation names it.
    pub name: String,
    pub explanation: String,
    /// The English words of the term's first use in a section's text, which
    /// link to the entry.
    pub used_as: String,
}

/// Where in a section a text is: a paragraph or a photo's caption.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionText {
    Paragraph(usize),
    Caption(usize),
}

/// One stretch of the time axis: the years `[from_year, to_year)` drawn
/// from `from_x` to `to_x`, as shares of the axis's width.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AxisSegment {
    pub from_year: i32,
    pub to_year: i32,
    pub from_x: f64,
    pub to_x: f64,
}

/// A computed multiple of two figures, shown marked as computed.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Multiple {
    /// Figure ids: `later ÷ earlier`.
    pub earlier: String,
    pub later: String,
}

/// The page's own words, grouped by where they appear. Templates name their
/// blanks in braces (`{title}`); the build checks that each template has
/// exactly the blanks the code fills.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    pub skip_link: Text,
    pub contents: Text,
    pub share: Text,
    /// Blanks: title.
    pub share_label: Text,
    pub share_opened: Text,
    pub share_copied: Text,
    /// For an event or figure the article gives no time.
    pub undated: Text,
    pub computed: Text,
    /// A value computed by the page, on a chart. Blanks: value.
    pub computed_mark: Text,
    pub list_separator: Text,
    /// Between a label and what it labels: ":" in Chinese, ": " in English.
    pub label_separator: Text,
    /// "余", "more than": the article gives a lower bound (300余名).
    pub more_than: Text,
    /// The language switch: the other edition's name, in its language.
    pub other_edition: Text,
    /// The figures band's card of the change of structure.
    pub structure: Text,
    /// For readers without JavaScript, in `<noscript>`.
    pub noscript: Text,
    /// Share pages: blanks part, article.
    pub share_page_title: Text,
    /// Blanks: date, title, article.
    pub share_page_event_title: Text,
    /// A share page's picture, described (`og:image:alt`). Blanks:
    /// article, title, details (its date and figures).
    pub preview_alt: Text,
    /// The page for unknown paths.
    pub not_found: Text,
    /// Blanks: title.
    pub not_found_back: Text,
    pub categories: CategoryLabels,
    /// The three industries, in the order the ratios list them.
    pub industries: [Text; 3],
    pub dates: DateWords,
    pub section: SectionWords,
    pub three_years: ThreeYearsWords,
    pub ratio: RatioWords,
    pub timeline: TimelineWords,
    pub source: SourceWords,
    pub embed: EmbedWords,
}

/// Dates at the article's precision.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateWords {
    /// The months' names for `{month}`: "8" in Chinese, "August" in English.
    pub months: [Text; 12],
    /// Blanks: year, month, day.
    pub day: Text,
    /// Blanks: year, month.
    pub month: Text,
    /// Blanks: year.
    pub year: Text,
    /// Blanks: year.
    pub year_end: Text,
    /// Blanks: label.
    pub period: Text,
    /// Blanks: label.
    pub period_end: Text,
}

/// A text section's figures and photo captions.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionWords {
    pub photo: Text,
    pub facts: Text,
    /// Blanks: heading.
    pub facts_label: Text,
}

/// The 1985 / 2012 / 2020 table.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThreeYearsWords {
    pub region: Text,
    pub caption: Text,
    pub indicator: Text,
    pub not_listed: Text,
    /// Blanks: later_year, earlier_year, multiple, later, earlier.
    pub multiple: Text,
}

/// The ratio chart, its table, summary and downloads.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatioWords {
    /// Blanks: before, before_shares, after, after_shares.
    pub caption: Text,
    pub views: Text,
    pub view_bars: Text,
    pub view_slope: Text,
    pub legend: Text,
    /// Blanks: industry, before, after.
    pub legend_item: Text,
    /// Blanks: industry, before, before_share, after, after_share, change.
    pub readout: Text,
    pub readout_hint: Text,
    pub download_svg: Text,
    pub download_csv: Text,
    /// File names of the downloads; the SVG's names its view. Blanks: view.
    pub svg_file: Text,
    pub csv_file: Text,
    pub table_region: Text,
    pub table_caption: Text,
    pub period: Text,
    pub change_row: Text,
    /// Blanks: industry.
    pub csv_column: Text,
    pub csv_change_row: Text,
    /// Blanks: industry, from, verb, to, change.
    pub summary_industry: Text,
    pub summary_up: Text,
    pub summary_down: Text,
    /// Blanks: before, after, changes, before_order, after_order.
    pub summary: Text,
}

/// The timeline's filters, lists and event details.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineWords {
    /// The time strip's name.
    pub strip: Text,
    pub filters: Text,
    pub categories: Text,
    pub search: Text,
    pub search_example: Text,
    pub clear: Text,
    pub dated: Text,
    pub undated_heading: Text,
    pub undated: Text,
    pub none: Text,
    /// Blanks: total.
    pub all: Text,
    /// Blanks: shown, total.
    pub some: Text,
    /// Blanks: order.
    pub ratio: Text,
    pub read_in_report: Text,
    pub note: Text,
}

/// The source and credits.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceWords {
    /// Blanks: title, byline.
    pub text: Text,
    /// Blanks: credit.
    pub photos: Text,
    /// "Cite this": its heading, the citation (blanks: byline, title, url,
    /// date) and its copy button.
    pub cite: Text,
    pub citation: Text,
    pub copy: Text,
    pub copied: Text,
}

/// The Embed control beside each part's Share button, and the credit line
/// of an embed page.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedWords {
    pub button: Text,
    /// Blanks: title.
    pub code_label: Text,
    pub hint: Text,
    pub copy: Text,
    pub copied: Text,
    /// An embed page's link to its part in the full report. Blanks: article.
    pub credit: Text,
    /// Said after a link that opens a new tab.
    pub new_tab: Text,
}

/// The timeline's category names.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryLabels {
    pub party: Text,
    pub economy: Text,
    pub governance: Text,
    pub livelihood: Text,
    pub covid: Text,
    pub flood: Text,
    pub tourism: Text,
}

// Pure readings of the data, shared with the build script's validator.

impl When {
    /// A day written `YYYY-MM-DD`, if it is one of the calendar's.
    pub fn from_iso_day(text: &str) -> Option<When> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
            return None;
        }
        let (year, month, day): (i32, u32, u32) =
            (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
        const DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let last =
            DAYS.get(month.checked_sub(1)? as usize)? + u32::from(month == 2 && is_leap_year(year));
        (1..=last)
            .contains(&day)
            .then_some(When::Day { year, month, day })
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl Text {
    /// A text in both editions; in the browser, the page's edition's.
    pub fn new(zh: &str, en: &str) -> Text {
        #[cfg(not(target_arch = "wasm32"))]
        return Text {
            zh: zh.to_owned(),
            en: en.to_owned(),
        };
        #[cfg(target_arch = "wasm32")]
        return Text {
            text: Box::leak(
                match lang() {
                    Lang::Zh => zh,
                    Lang::En => en,
                }
                .into(),
            ),
        };
    }

    /// In the edition being rendered.
    pub fn as_str(&self) -> &str {
        #[cfg(not(target_arch = "wasm32"))]
        return self.get(lang());
        #[cfg(target_arch = "wasm32")]
        return self.text;
    }

    /// In one edition (the prerender and the build's check).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

impl Report {
    /// Where a glossary entry's term is first used in the English text, in
    /// page order (the sections' paragraphs, then their photo captions):
    /// the section's slug and the text. That use links to the entry.
    pub fn glossary_first_use(&self, entry: &GlossaryEntry) -> Option<(&str, SectionText)> {
        // In the browser a text holds its page's edition only: the English
        // page's, where the glossary is.
        #[cfg(not(target_arch = "wasm32"))]
        let english = |text: &Text| text.get(Lang::En).to_owned();
        #[cfg(target_arch = "wasm32")]
        let english = |text: &Text| text.as_str().to_owned();
        self.parts.iter().find_map(|part| {
            let section = self.sections.iter().find(|s| s.slug == part.slug)?;
            let paragraphs = section
                .paragraphs
                .iter()
                .enumerate()
                .map(|(j, p)| (SectionText::Paragraph(j), p));
            let captions = section
                .photos
                .iter()
                .enumerate()
                .map(|(k, p)| (SectionText::Caption(k), &p.caption));
            paragraphs
                .chain(captions)
                .find(|(_, text)| english(text).contains(entry.used_as.as_str()))
                .map(|(place, _)| (section.slug.as_str(), place))
        })
    }
}

impl Figure {
    pub fn number(&self) -> f64 {
        decimal(&self.value).unwrap_or(f64::NAN)
    }

    /// The magnitude the Chinese unit starts with (万, 亿), if any, and the rest.
    pub fn magnitude(&self) -> (&str, &str) {
        match self.unit.zh.chars().next() {
            Some(c @ ('万' | '亿')) => self.unit.zh.split_at(c.len_utf8()),
            _ => ("", self.unit.zh.as_str()),
        }
    }

    /// What follows the value in the article: "余名", "万余人次", "%";
    /// `more_than` (余) follows a unit's 万 or 亿.
    pub fn article_unit(&self, more_than: &str) -> String {
        let (magnitude, rest) = self.magnitude();
        let more = if self.more_than { more_than } else { "" };
        format!("{magnitude}{more}{rest}")
    }

    /// The number as the English edition writes it: a rank as an ordinal.
    pub fn english_number(&self) -> String {
        let number = english_number(&self.value, self.magnitude().0);
        if self.rank {
            english_ordinal(&number)
        } else {
            number
        }
    }
}

/// A whole number as an English ordinal: "1st", "2nd", "3rd", "4th",
/// "11th", "12th", "13th", "21st", "112th". Anything else stays as it is.
pub fn english_ordinal(number: &str) -> String {
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return number.to_owned();
    }
    let last_two = &number[number.len().saturating_sub(2)..];
    let suffix = match (
        last_two.len() == 2 && last_two.starts_with('1'),
        last_two.as_bytes()[last_two.len() - 1],
    ) {
        (true, _) => "th",
        (_, b'1') => "st",
        (_, b'2') => "nd",
        (_, b'3') => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

/// A number of the article in English: the magnitude 万 (10⁴) or 亿 (10⁸)
/// taken in exactly, by moving the decimal point (no float), as a plain
/// number, millions or billions; thousands separated by commas. "2", "万"
/// -> "20,000"; "430.9", "亿" -> "43.09 billion"; "1863", "万" -> "18.63
/// million"; "7.0", "" -> "7.0" (as written).
pub fn english_number(value: &str, magnitude: &str) -> String {
    let at_least = |limit: f64| decimal(value).is_some_and(|v| v >= limit);
    let (shift, word) = match magnitude {
        "亿" if at_least(10.0) => (-1, " billion"),
        "亿" => (2, " million"),
        "万" if at_least(100.0) => (-2, " million"),
        "万" => (4, ""),
        _ => (0, ""),
    };
    let number = if shift == 0 {
        value.to_owned()
    } else {
        shift_point(value, shift)
    };
    format!("{}{word}", group_thousands(&number))
}

/// `value` times 10^`shift`, as decimal text without needless zeros.
fn shift_point(value: &str, shift: i32) -> String {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    let digits: String = format!("{int}{frac}");
    let point = int.len() as i32 + shift;
    let padded = if point > digits.len() as i32 {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else if point < 1 {
        format!("{}{digits}", "0".repeat((1 - point) as usize))
    } else {
        digits
    };
    let point = point.max(1) as usize;
    let (int, frac) = padded.split_at(point);
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if frac.is_empty() {
        int.to_owned()
    } else {
        format!("{int}.{frac}")
    }
}

/// "22346" -> "22,346"; the fraction is left as it is.
fn group_thousands(number: &str) -> String {
    let (int, frac) = number
        .split_once('.')
        .map_or((number, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

impl IndustryRatio {
    pub fn values(&self) -> [f64; 3] {
        self.shares
            .each_ref()
            .map(|s| decimal(s).unwrap_or(f64::NAN))
    }
}

/// A plain decimal as the article writes one ("46.1", "2020"), exactly as
/// `str::parse` reads it; `None` for anything else. Every number of the data
/// is read with it: in the wasm, `f64`'s own parser and its tables would be
/// about 13 KB (brotli).
///
/// Exact because the digits (at most 15) and the power of ten (at most
/// 10¹⁵) are both exact in an `f64`, and one division rounds correctly.
pub fn decimal(text: &str) -> Option<f64> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = int.len() + frac.len();
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || digits > 15 || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    let mantissa = int
        .bytes()
        .chain(frac.bytes())
        .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let scale = frac.bytes().fold(1.0, |scale, _| scale * 10.0);
    Some(mantissa as f64 / scale)
}

/// `template` with each `{name}` replaced by its value; unknown blanks stay
/// as they are (the build refuses templates with unknown blanks).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.split_once('}').and_then(|(name, tail)| {
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (v, tail))
        }) {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The percentage decrease from `before` to `after`, rounded to one decimal
/// as the article rounds it.
pub fn percent_decrease(before: f64, after: f64) -> f64 {
    let percent = (before - after) / before * 100.0;
    (percent * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rank_reads_as_an_english_ordinal() {
        for (number, ordinal) in [
            ("1", "1st"),
            ("2", "2nd"),
            ("3", "3rd"),
            ("4", "4th"),
            ("11", "11th"),
            ("12", "12th"),
            ("13", "13th"),
            ("21", "21st"),
            ("22", "22nd"),
            ("101", "101st"),
            ("112", "112th"),
        ] {
            assert_eq!(english_ordinal(number), ordinal);
        }
        // Not a whole number: as it is.
        assert_eq!(english_ordinal("2.5"), "2.5");
        assert_eq!(english_ordinal(""), "");
    }
}
