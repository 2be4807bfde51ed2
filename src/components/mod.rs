//! One component per file. Each renders natively as well as in the browser:
//! browser APIs are touched only in effects and event handlers.
//!
//! The page's static parts and the widgets they share. `crate::report_part`
//! renders one entry of `data/report.json`'s `parts` in the `PartFrame`
//! every part shares, around the body its kind shows (some of them from
//! their feature's folder: the timeline, the ratio chart).

mod at_a_glance;
mod bar_chart;
mod copy_button;
mod edition_switch;
mod embed_control;
mod figure_card;
mod glossary;
mod masthead;
mod part_charts;
mod part_frame;
mod report_section;
mod share_button;
mod source_note;
mod three_years;

pub use at_a_glance::AtAGlance;
pub use bar_chart::BarChartFigure;
pub use copy_button::CopyButton;
pub use edition_switch::EditionSwitch;
pub use embed_control::EmbedControl;
pub use figure_card::FigureCard;
pub use glossary::Glossary;
pub use masthead::Masthead;
pub use part_charts::PartCharts;
pub use part_frame::PartFrame;
pub use report_section::ReportSection;
pub use share_button::ShareButton;
pub use source_note::SourceNote;
pub use three_years::ThreeYears;
