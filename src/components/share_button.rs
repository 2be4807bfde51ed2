use leptos::prelude::*;

/// A button that shares a link to the element `id`. It is plain markup: one
/// listener for the whole page (`crate::page::share_on_click`) handles every
/// `[data-share]` button, so no share button needs hydrating.
#[component]
pub fn ShareButton(#[prop(into)] id: String, #[prop(into)] title: String) -> impl IntoView {
    let label = format!("分享“{title}”的链接");
    view! {
        <span class="share">
            <button type="button" class="share__button" aria-label=label data-share=id data-share-title=title>
                "分享"
            </button>
            <span class="share__status" role="status" aria-live="polite"></span>
        </span>
    }
}
