//! The contents, in one folder: `view` is the static list of the parts (on
//! a phone, a bar that stays at the top), `island` the reading tracker that
//! marks the part being read and names it in the bar.

mod island;
mod view;

pub use island::ContentsTracker;
pub use view::Contents;
