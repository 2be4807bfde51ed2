use leptos::prelude::*;

/// A button that copies the text of the element `target` (an embed code,
/// the citation), then says `copied` in its status line. Plain markup, as
/// share buttons are: the page's one click listener (`crate::page`) copies.
#[component]
pub fn CopyButton(
    #[prop(into)] target: String,
    label: &'static str,
    copied: &'static str,
    /// The stylesheet's hook, where a button needs one.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let class = format!("share__button {class}").trim_end().to_owned();
    view! {
        <span class="share">
            <button type="button" class=class data-copy=target data-copied=copied>{label}</button>
            <span class="share__status" role="status" aria-live="polite"></span>
        </span>
    }
}
