//! The typed model of the report, loaded from `data/report.json`, and pure
//! queries over it. Components read from here; nothing else holds content.

mod derived;
mod model;
pub mod validate;
mod when;

pub use derived::{percentage_point_changes, ratio_multiple, signed, IndustryChange};
pub use model::*;
pub use validate::{fill, percent_decrease};

use std::sync::OnceLock;

/// The report, checked and encoded with postcard by `build.rs` from
/// `data/report.json`: decoding it is far smaller and faster than parsing JSON.
static REPORT_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report.postcard"));

/// The report, parsed once. The data is checked by the native tests, so a
/// parse failure can only come from a broken build.
pub fn report() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| postcard::from_bytes(REPORT_BYTES).expect("build.rs encoded the report"))
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Party,
        Category::Economy,
        Category::Governance,
        Category::Livelihood,
        Category::Covid,
        Category::Flood,
        Category::Tourism,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::Party => "党建",
            Category::Economy => "经济",
            Category::Governance => "治理",
            Category::Livelihood => "民生",
            Category::Covid => "抗疫",
            Category::Flood => "抗洪",
            Category::Tourism => "文旅",
        }
    }

    /// The URL-safe name used in links.
    pub fn slug(self) -> &'static str {
        match self {
            Category::Party => "party",
            Category::Economy => "economy",
            Category::Governance => "governance",
            Category::Livelihood => "livelihood",
            Category::Covid => "covid",
            Category::Flood => "flood",
            Category::Tourism => "tourism",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

impl Event {
    pub fn date_label(&self) -> String {
        self.when
            .as_ref()
            .map_or_else(|| "文中未注明日期".to_owned(), When::label)
    }

    /// The span of time the event covers; `None` when the article gives it
    /// no absolute date (undated, or only "去年").
    pub fn span(&self) -> Option<(f64, f64)> {
        self.when.as_ref().and_then(When::span)
    }
}

/// The three industries, in the order the ratios list them.
pub const INDUSTRIES: [&str; 3] = ["第一产业", "第二产业", "第三产业"];

/// Ids of the parts of the page that are not article sections but can be linked to.
pub mod anchors {
    pub const AT_A_GLANCE: &str = "at-a-glance";
    pub const THREE_YEARS: &str = "three-years";
    pub const INDUSTRY_RATIO: &str = "industry-ratio";
    pub const TIMELINE: &str = "timeline";
    pub const SOURCE: &str = "source";
}

impl Report {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn section(&self, slug: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.slug == slug)
    }

    pub fn event(&self, slug: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.slug == slug)
    }

    pub fn ratio(&self, slug: &str) -> Option<&IndustryRatio> {
        self.industry_ratios.iter().find(|r| r.slug == slug)
    }

    /// Bar charts shown in one part of the page.
    pub fn bar_charts_in<'a>(
        &'a self,
        section: &'a str,
    ) -> impl Iterator<Item = &'a BarChart> + 'a {
        self.bar_charts.iter().filter(move |c| c.section == section)
    }

    /// Figures told in one part of the page, in data order.
    pub fn figures_in<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures.iter().filter(move |f| f.section == section)
    }

    /// Every figure's rows of one bar chart, as the chart draws them.
    pub fn bar_rows(&self, chart: &BarChart) -> Vec<crate::chart::BarRow> {
        chart
            .rows
            .iter()
            .filter_map(|row| {
                let f = self.figure(&row.figure)?;
                Some(crate::chart::BarRow {
                    label: row.label.zh.clone(),
                    value: f.number(),
                    display: f.display(),
                })
            })
            .collect()
    }

    /// Events in chronological order; undated ones last, in data (article) order.
    pub fn events_in_order(&self) -> Vec<&Event> {
        let mut events: Vec<&Event> = self.events.iter().collect();
        events.sort_by(|a, b| When::chronological(a.when.as_ref(), b.when.as_ref()));
        events
    }

    /// Headings of the page's parts, in page order: what the contents lists.
    pub fn contents(&self) -> Vec<(&str, &str)> {
        let mut entries: Vec<(&str, &str)> = vec![(anchors::AT_A_GLANCE, "数字一览")];
        let mut sections = self
            .sections
            .iter()
            .map(|s| (s.slug.as_str(), s.heading.as_str()));
        entries.extend(sections.next());
        entries.push((anchors::INDUSTRY_RATIO, "产业结构之变"));
        entries.extend(sections.by_ref().take(1));
        entries.push((anchors::THREE_YEARS, "1985 · 2012 · 2020"));
        entries.extend(sections);
        entries.push((anchors::TIMELINE, "大事时间线"));
        entries.push((anchors::SOURCE, "来源"));
        entries
    }

    /// The heading of a part of the page, as the contents lists it.
    pub fn heading_of(&self, id: &str) -> Option<&str> {
        self.contents()
            .into_iter()
            .find(|(anchor, _)| *anchor == id)
            .map(|(_, heading)| heading)
    }

    /// Every id on the page that a link may point at.
    pub fn anchor_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.contents().into_iter().map(|(id, _)| id).collect();
        ids.extend(self.bar_charts.iter().map(|c| c.slug.as_str()));
        ids.extend(self.events.iter().map(|e| e.slug.as_str()));
        ids
    }

    /// The top-level part of the page that holds `id`: an event lives in the
    /// timeline, a small chart in its section; everything else is its own.
    pub fn containing_anchor<'a>(&'a self, id: &'a str) -> &'a str {
        if self.event(id).is_some() {
            anchors::TIMELINE
        } else if let Some(chart) = self.bar_charts.iter().find(|c| c.slug == id) {
            &chart.section
        } else {
            id
        }
    }
}
