//! 市中区 担当“首位增长极”: an interactive report, rendered with Leptos.

pub mod app;
pub mod browser;
pub mod chart;
pub mod components;
pub mod hooks;
pub mod prerender;
pub mod report;
pub mod state;
pub mod timeline;
pub mod url_state;

pub use app::App;
