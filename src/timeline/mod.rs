//! The timeline of every event of the article, in one folder: `view` is the
//! static list and `event` one event, `strip` the time strip that stays in
//! view, `island` the filters, search and reading (the one part that
//! hydrates), `ids` the contract between the static markup and the island
//! (the ids the island finds its events by), and `logic` the pure rules
//! (filters, search, the time axis, keys), tested natively.

mod event;
mod ids;
mod island;
mod logic;
mod strip;
mod view;

pub use event::TimelineEvent;
pub use ids::*;
pub use island::TimelineExplorer;
pub use logic::*;
pub use strip::TimelineStrip;
pub use view::Timeline;
