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

static REPORT: OnceLock<Report> = OnceLock::new();

/// The report, decoded once. `build.rs` checked and encoded it, so a decode
/// failure can only come from a broken build.
pub fn report() -> &'static Report {
    REPORT.get_or_init(|| postcard::from_bytes(REPORT_BYTES).expect("build.rs encoded the report"))
}

/// Makes [`report`] return `data` rather than the embedded report: for
/// tests that render other data (native only). It must come before the
/// first call of `report`: whether it did.
#[cfg(not(target_arch = "wasm32"))]
pub fn use_report(data: Report) -> bool {
    REPORT.set(data).is_ok()
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
        let names = &ui().categories;
        match self {
            Category::Party => &names.party,
            Category::Economy => &names.economy,
            Category::Governance => &names.governance,
            Category::Livelihood => &names.livelihood,
            Category::Covid => &names.covid,
            Category::Flood => &names.flood,
            Category::Tourism => &names.tourism,
        }
        .as_str()
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
    /// Its date at the article's precision, or the one text for "undated".
    pub fn date_label(&self) -> String {
        self.when
            .as_ref()
            .map_or_else(|| ui().undated.as_str().to_owned(), When::label)
    }

    /// The span of time the event covers; `None` when the article gives it
    /// no absolute date (undated, or only "去年").
    pub fn span(&self) -> Option<(f64, f64)> {
        self.when.as_ref().and_then(When::span)
    }
}

/// The page's own words.
pub fn ui() -> &'static Ui {
    &report().ui
}

impl Part {
    /// Its heading on the page: its own, or its section's.
    pub fn heading(&self) -> &str {
        match &self.heading {
            Some(heading) => heading.as_str(),
            None => report()
                .section(&self.slug)
                .map_or("", |s| s.heading.as_str()),
        }
    }

    /// Its name in the contents and in shared links: the short one if any.
    pub fn title(&self) -> &str {
        self.short
            .as_ref()
            .map_or_else(|| self.heading(), Text::as_str)
    }

    /// Whether the contents lists it: every part but the masthead.
    pub fn in_contents(&self) -> bool {
        self.kind != PartKind::Lead
    }
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

    /// Events in chronological order; undated ones last, in data (article) order.
    pub fn events_in_order(&self) -> Vec<&Event> {
        let mut events: Vec<&Event> = self.events.iter().collect();
        events.sort_by(|a, b| When::chronological(a.when.as_ref(), b.when.as_ref()));
        events
    }

    /// The parts the contents lists, in page order.
    pub fn contents(&self) -> impl Iterator<Item = &Part> {
        self.parts.iter().filter(|p| p.in_contents())
    }

    pub fn part(&self, slug: &str) -> Option<&Part> {
        self.parts.iter().find(|p| p.slug == slug)
    }

    /// The part of a kind that the page has one of (ratio chart, timeline…).
    pub fn part_of_kind(&self, kind: PartKind) -> Option<&Part> {
        self.parts.iter().find(|p| p.kind == kind)
    }

    /// The two ratios the ratio chart compares, earlier first (the build
    /// checks that a ratio chart names two that exist).
    pub fn ratio_pair(&self) -> Option<(&IndustryRatio, &IndustryRatio)> {
        let [a, b] = self.part_of_kind(PartKind::RatioChart)?.ratios.as_ref()?;
        Some((self.ratio(a)?, self.ratio(b)?))
    }

    /// Every id on the page that a link may point at.
    pub fn anchor_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.contents().map(|p| p.slug.as_str()).collect();
        ids.extend(self.bar_charts.iter().map(|c| c.slug.as_str()));
        ids.extend(self.events.iter().map(|e| e.slug.as_str()));
        ids
    }

    /// The top-level part of the page that holds `id`: an event lives in the
    /// timeline, a small chart in its section; everything else is its own.
    pub fn containing_anchor<'a>(&'a self, id: &'a str) -> &'a str {
        if self.event(id).is_some() {
            self.part_of_kind(PartKind::Timeline)
                .map_or(id, |p| &p.slug)
        } else if let Some(chart) = self.bar_charts.iter().find(|c| c.slug == id) {
            &chart.section
        } else {
            id
        }
    }
}
