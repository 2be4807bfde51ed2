//! What the islands read of the report, and all the release wasm decodes.
//!
//! The prerender encodes it once per edition ([`islands_data`]), with the
//! words the islands show already written in that edition: each event's date
//! and search words, the page's link targets. So the wasm has no code for
//! dates, figures or the data the static HTML alone shows.

use crate::*;
use serde::{Deserialize, Serialize};

/// The islands' part of the report: the parts and section headings, the
/// ratios, the interface words they show, and the [`IslandsIndex`]. The
/// rest (paragraphs, photos, figures, the infographic, the head's words, the
/// translation's note) is static HTML. A new island that reads more must
/// keep it here (see README, "Islands").
#[derive(Serialize, Deserialize)]
pub struct IslandsReport {
    parts: Vec<Part>,
    ui: Ui,
    /// Each section's slug and heading (a part's heading may be its section's).
    section_headings: Vec<(String, Text)>,
    industry_ratios: Vec<IndustryRatio>,
    index: IslandsIndex,
}

/// The timeline's events and the page's link targets, in one edition's words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IslandsIndex {
    /// In chronological order, undated ones last.
    pub events: Vec<EventEntry>,
    /// Every id on the page that a link may point at.
    pub anchors: Vec<Anchor>,
}

/// A timeline event as its island reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventEntry {
    pub slug: String,
    pub category: Category,
    /// Its date at the article's precision, or the text for "undated".
    pub date: String,
    pub title: String,
    /// Whether it has a place on the time axis.
    pub dated: bool,
    /// What the search looks in: its title, summary, date, category and
    /// figures, each in ASCII lower case, no-break spaces as spaces (so
    /// "43.09 billion" matches a typed space).
    pub search: Vec<String>,
}

/// An id a link may point at, and the top-level part of the page that
/// holds it: an event lives in the timeline, a small chart in its section,
/// a part is its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    pub id: String,
    pub part: String,
}

impl IslandsReport {
    pub fn index(&self) -> &IslandsIndex {
        &self.index
    }
}

impl IslandsIndex {
    /// The index of `report` in the edition being rendered: its words (a
    /// date, "undated", a category, a figure in words) come from the page's
    /// words, `ui()`, in that edition, as the static page writes them.
    #[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
    pub fn of(report: &Report) -> IslandsIndex {
        let events = report
            .events_in_order()
            .into_iter()
            .map(|e| EventEntry::of(report, e))
            .collect();
        let anchors = report
            .anchor_ids()
            .into_iter()
            .map(|id| Anchor {
                id: id.to_owned(),
                part: report.containing_anchor(id).to_owned(),
            })
            .collect();
        IslandsIndex { events, anchors }
    }

    pub fn event(&self, slug: &str) -> Option<&EventEntry> {
        self.events.iter().find(|e| e.slug == slug)
    }

    /// Every id on the page that a link may point at.
    pub fn anchor_ids(&self) -> Vec<&str> {
        self.anchors.iter().map(|a| a.id.as_str()).collect()
    }

    /// The top-level part of the page that holds `id` (itself if unknown).
    pub fn containing_anchor<'a>(&'a self, id: &'a str) -> &'a str {
        self.anchors
            .iter()
            .find(|a| a.id == id)
            .map_or(id, |a| a.part.as_str())
    }
}

impl EventEntry {
    #[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
    fn of(report: &Report, event: &Event) -> EventEntry {
        let (date, title) = (event.date_label(), event.title.as_str().to_owned());
        let figures = event.figures.iter().filter_map(|id| report.figure(id));
        let mut words = vec![
            title.clone(),
            event.summary.as_str().to_owned(),
            date.clone(),
            event.category.label().to_owned(),
        ];
        words.extend(figures.flat_map(|f| [f.measure.as_str().to_owned(), f.display()]));
        EventEntry {
            slug: event.slug.clone(),
            category: event.category,
            date,
            title,
            dated: event.span().is_some(),
            search: words
                .into_iter()
                .map(|w| w.replace('\u{a0}', " ").to_ascii_lowercase())
                .collect(),
        }
    }
}

/// The index the islands read. Natively and in a plain wasm build: built
/// from the report, once per edition. In the release wasm: what [`load`]
/// decoded.
pub fn islands_index() -> &'static IslandsIndex {
    #[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
    return INDEX
        .get()
        .expect("the loader gives the report before the islands hydrate");
    #[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
    {
        static BY_EDITION: [OnceLock<IslandsIndex>; Lang::ALL.len()] =
            [const { OnceLock::new() }; Lang::ALL.len()];
        let edition = lang();
        BY_EDITION[edition as usize].get_or_init(|| IslandsIndex::of(report()))
    }
}

#[cfg(feature = "hydrate")]
static INDEX: OnceLock<IslandsIndex> = OnceLock::new();

/// The release wasm: takes the page's edition of the islands' report, as
/// the prerender encoded it. Whether it was one.
#[cfg(feature = "hydrate")]
pub fn load(bytes: &[u8]) -> bool {
    let Ok(mut islands) = postcard::from_bytes::<IslandsReport>(bytes) else {
        return false;
    };
    let index = INDEX.set(std::mem::take(&mut islands.index));
    index.is_ok() && crate::REPORT.set(islands.into()).is_ok()
}

/// The islands' report, encoded for the release wasm once per edition: what
/// the prerender writes beside the pages and the loader fetches.
#[cfg(not(target_arch = "wasm32"))]
pub fn islands_data() -> Vec<(Lang, Vec<u8>)> {
    Lang::ALL
        .into_iter()
        .map(|edition| {
            let data: Report = serde_json::from_str(include_str!("../../../data/report.json"))
                .expect("build.rs checked the report");
            let islands = with_lang(edition, || IslandsReport::from(data));
            let bytes = encode_edition(edition, || postcard::to_allocvec(&islands));
            (edition, bytes.expect("encode the report"))
        })
        .collect()
}

/// The islands' report of `report`, in the edition being rendered (the
/// index's words are written in it).
#[cfg(not(target_arch = "wasm32"))]
impl From<Report> for IslandsReport {
    fn from(report: Report) -> IslandsReport {
        let empty = Text::default;
        let index = IslandsIndex::of(&report);
        let mut ui = report.ui;
        // Words only static parts, the head and the extra pages use.
        for text in [
            &mut ui.skip_link,
            &mut ui.computed,
            &mut ui.structure,
            &mut ui.noscript,
            &mut ui.share_page_title,
            &mut ui.share_page_event_title,
            &mut ui.not_found,
            &mut ui.not_found_back,
            &mut ui.preview_alt,
            &mut ui.section.photo,
            &mut ui.section.facts,
            &mut ui.section.facts_label,
            &mut ui.three_years.region,
            &mut ui.three_years.caption,
            &mut ui.three_years.indicator,
            &mut ui.three_years.not_listed,
            &mut ui.three_years.multiple,
            &mut ui.ratio.caption,
            &mut ui.ratio.table_region,
            &mut ui.ratio.table_caption,
            &mut ui.ratio.change_row,
            &mut ui.timeline.note,
            &mut ui.source.text,
            &mut ui.source.photos,
        ] {
            *text = empty();
        }
        let mut industry_ratios = report.industry_ratios;
        for ratio in &mut industry_ratios {
            ratio.quote = empty();
        }
        IslandsReport {
            parts: report.parts,
            ui,
            section_headings: report
                .sections
                .into_iter()
                .map(|s| (s.slug, s.heading))
                .collect(),
            industry_ratios,
            index,
        }
    }
}

/// The report as the islands know it: what they read, and the rest empty
/// (no figures, events or small charts: the islands read those from the
/// index).
impl From<IslandsReport> for Report {
    fn from(islands: IslandsReport) -> Report {
        Report {
            meta: Meta::default(),
            parts: islands.parts,
            ui: islands.ui,
            sections: islands
                .section_headings
                .into_iter()
                .map(|(slug, heading)| Section {
                    slug,
                    heading,
                    paragraphs: Vec::new(),
                    photos: Vec::new(),
                })
                .collect(),
            figures: Vec::new(),
            events: Vec::new(),
            industry_ratios: islands.industry_ratios,
            snapshots: Vec::new(),
            snapshot_rows: Vec::new(),
            snapshot_multiple: None,
            timeline_axis: Vec::new(),
            bar_charts: Vec::new(),
            translation: Translation::default(),
            not_figures: Vec::new(),
        }
    }
}
