use crate::report::{fill, report, ui};
use leptos::prelude::*;

/// The source: the article, its byline and the photo credit, as printed.
#[component]
pub fn SourceNote() -> impl IntoView {
    let meta = &report().meta;
    let ui = ui();
    let source = fill(
        ui.source.text.as_str(),
        &[
            ("title", meta.title.as_str()),
            ("byline", meta.byline.as_str()),
        ],
    );
    let photos = fill(
        ui.source.photos.as_str(),
        &[("credit", meta.photo_credit.as_str())],
    );
    view! {
        <p>{source}</p>
        <p>{photos}</p>
    }
}
