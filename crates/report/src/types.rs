//! The shape of `data/report.json`: every type the data file is made of,
//! with the words of the page grouped by where they appear. Types only:
//! their readings are in `text`, `numbers`, `when` and `queries`.

use crate::text::Text;
use serde::{Deserialize, Serialize};

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
