use crate::browser;
use crate::state::use_report_state;
use leptos::prelude::*;
use leptos_use::{use_clipboard, UseClipboardReturn};

/// Shares a link to the element `id`: the system share sheet where the
/// browser has one, else the link is copied. The link carries the current
/// chart view and timeline filter.
#[component]
pub fn ShareButton(#[prop(into)] id: String, #[prop(into)] title: String) -> impl IntoView {
    let state = use_report_state();
    let UseClipboardReturn { copy, .. } = use_clipboard();
    let message = RwSignal::new(String::new());
    let label = format!("分享“{title}”的链接");
    let on_click = {
        let (id, title) = (id.clone(), title.clone());
        move |_| {
            let url = browser::share_url(&state.link_state().to_query(), &id);
            if browser::native_share(&title, &url) {
                message.set("已打开分享".to_owned());
            } else {
                copy(&url);
                message.set("链接已复制".to_owned());
            }
        }
    };
    view! {
        <span class="share">
            <button type="button" class="share__button" aria-label=label on:click=on_click data-share=id>
                "分享"
            </button>
            <span class="share__status" role="status" aria-live="polite">{move || message.get()}</span>
        </span>
    }
}
