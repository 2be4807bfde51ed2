//! The shape of `data/report.json`. Types only, with no dependency on the
//! rest of the crate: the build script includes this file too, to check the
//! data and turn it into the compact form the app embeds.

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
        label: String,
        from: i32,
        to: i32,
    },
    /// The end of a plan period, such as "十二五"末.
    PeriodEnd {
        label: String,
        year: i32,
    },
    /// A date relative to the article's publication, which the article does not give.
    Relative {
        label: String,
    },
}

/// Text keyed by language; `zh` is the edition there is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub meta: Meta,
    pub sections: Vec<Section>,
    pub figures: Vec<Figure>,
    pub events: Vec<Event>,
    pub industry_ratios: Vec<IndustryRatio>,
    pub snapshots: Vec<Snapshot>,
    pub snapshot_rows: Vec<SnapshotRow>,
    /// Small bar charts of figures, each shown in one part of the page.
    pub bar_charts: Vec<BarChart>,
    /// Numbers in the article that are not data (the 2.5 of PM2.5, the 90 of
    /// 90后), listed so the number audit can tell them from forgotten figures.
    pub not_figures: Vec<NotFigure>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    pub byline: Text,
    pub photo_credit: Text,
    pub lead: Text,
    pub kicker: Text,
    /// Figure ids for the "numbers at a glance" band, in order.
    pub at_a_glance: Vec<String>,
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
    pub unit: String,
    pub measure: Text,
    pub when: Option<When>,
    /// The id of the part of the page that tells it.
    pub section: String,
    /// The article's words the figure comes from, verbatim.
    pub quote: Text,
    /// "300余名": the article gives a lower bound.
    #[serde(default)]
    pub more_than: bool,
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
