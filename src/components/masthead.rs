use crate::report::report;
use leptos::prelude::*;

/// Title, byline and the article's lead.
#[component]
pub fn Masthead() -> impl IntoView {
    let meta = &report().meta;
    view! {
        <header class="masthead">
            <p class="masthead__kicker">{meta.kicker.as_str().trim_end_matches('—')}</p>
            <h1 class="masthead__title">{meta.title.as_str()}</h1>
            <p class="masthead__byline">"■ " {meta.byline.as_str()}</p>
            <p class="masthead__lead">{meta.lead.as_str()}</p>
        </header>
    }
}
