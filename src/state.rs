//! The page's shared reactive state, provided once by the app and read by
//! the components that need it.

use crate::url_state::ChartView;
use crate::url_state::LinkState;
use leptos::prelude::*;
use report::Category;
use std::collections::BTreeSet;

#[derive(Clone, Copy)]
pub struct ReportState {
    /// The ratio chart's view.
    pub view: RwSignal<ChartView>,
    /// Timeline categories shown; empty means all.
    pub categories: RwSignal<BTreeSet<Category>>,
    /// Timeline search text.
    pub search: RwSignal<String>,
    /// The id of the part of the page being read.
    pub in_view: RwSignal<Option<String>>,
    /// The timeline event opened in place.
    pub open_event: RwSignal<Option<String>>,
}

impl ReportState {
    pub fn new(link: LinkState) -> ReportState {
        ReportState {
            view: RwSignal::new(link.view),
            categories: RwSignal::new(link.categories),
            search: RwSignal::new(link.search),
            in_view: RwSignal::new(None),
            open_event: RwSignal::new(None),
        }
    }

    /// The state a shared link carries (tracked).
    pub fn link_state(&self) -> LinkState {
        LinkState {
            view: self.view.get(),
            categories: self.categories.get(),
            search: self.search.get(),
        }
    }

    /// Provides a fresh state to the components below.
    pub fn provide(link: LinkState) -> ReportState {
        let state = ReportState::new(link);
        provide_context(state);
        state
    }
}

/// The report state of the enclosing app. A component rendered outside the
/// app (as in a component test) gets a default one of its own.
pub fn use_report_state() -> ReportState {
    use_context::<ReportState>().unwrap_or_else(|| ReportState::provide(LinkState::default()))
}
