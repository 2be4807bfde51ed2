use crate::report::{report, Part};
use leptos::prelude::*;

/// Title, byline and the article's lead. Tracked like every part, so that
/// the address bar drops its fragment when the reader is back at the top.
#[component]
pub fn Masthead(part: &'static Part) -> impl IntoView {
    let meta = &report().meta;
    view! {
        <header id=part.slug.as_str() class="masthead" data-part>
            <p class="masthead__kicker">{meta.kicker.as_str().trim_end_matches('—')}</p>
            <h1 class="masthead__title">{meta.title.as_str()}</h1>
            <p class="masthead__byline">"■ " {meta.byline.as_str()}</p>
            <p class="masthead__lead">{meta.lead.as_str()}</p>
        </header>
    }
}
