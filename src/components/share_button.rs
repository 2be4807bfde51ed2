use crate::embed::embedded;
use leptos::prelude::*;
use report::{fill, ui};

/// A button that shares a link to the element `id`. It is plain markup: one
/// listener for the whole page (`crate::page`) handles every
/// `[data-share]` button, so no share button needs hydrating. An embed page
/// has none: its credit line leads to the report, where sharing is.
#[component]
pub fn ShareButton(#[prop(into)] id: String, #[prop(into)] title: String) -> impl IntoView {
    if embedded().is_some() {
        return None;
    }
    let label = fill(ui().share_label.as_str(), &[("title", &title)]);
    Some(view! {
        <span class="share">
            <button type="button" class="share__button" aria-label=label data-share=id data-share-title=title>
                {ui().share.as_str()}
            </button>
            <span class="share__status" role="status" aria-live="polite"></span>
        </span>
    })
}
