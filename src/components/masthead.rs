use crate::report::report;
use leptos::prelude::*;

/// Title, byline and the article's lead.
#[component]
pub fn Masthead() -> impl IntoView {
    let meta = &report().meta;
    view! {
        <header class="masthead">
            <p class="masthead__kicker">{meta.kicker.zh.trim_end_matches('—').to_owned()}</p>
            <h1 class="masthead__title">{meta.title.zh.clone()}</h1>
            <p class="masthead__byline">"■ " {meta.byline.zh.clone()}</p>
            <p class="masthead__lead">{meta.lead.zh.clone()}</p>
        </header>
    }
}
