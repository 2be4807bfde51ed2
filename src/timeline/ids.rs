//! The contract between the timeline's static markup and its island: the
//! ids the prerender gives each event's parts, which the island finds them
//! by. The page's other ids are the report's slugs; none may end as these do
//! (the check refuses such a slug: `report::page_ids`).

pub use report::page_ids::{
    event_button, event_detail, event_mark, TIMELINE_UNDATED as UNDATED_ID,
};
