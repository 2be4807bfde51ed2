use super::EditionSwitch;
use leptos::prelude::*;
use report::{edition_href, lang, report, Lang, Part};

/// Title, byline and the article's lead, with the link to the other
/// edition; the English one says that it is a translation. Tracked like
/// every part, so that the address bar drops its fragment when the reader is
/// back at the top.
#[component]
pub fn Masthead(part: &'static Part) -> impl IntoView {
    let r = report();
    let meta = &r.meta;
    let here = lang();
    let translation = (here == Lang::En).then(|| {
        view! {
            <p class="masthead__translation">
                {r.translation.note.as_str()} " "
                <a href=edition_href(here, Lang::Zh) hreflang=Lang::Zh.tag() data-edition-switch=edition_href(here, Lang::Zh)>
                    {r.translation.original.as_str()}
                </a>
            </p>
        }
    });
    view! {
        <header id=part.slug.as_str() class="masthead" data-part>
            <p class="masthead__edition"><EditionSwitch/></p>
            <p class="masthead__kicker">{meta.kicker.as_str().trim_end_matches('—')}</p>
            <h1 class="masthead__title">{meta.title.as_str()}</h1>
            <p class="masthead__byline">"■ " {meta.byline.as_str()}</p>
            {translation}
            <p class="masthead__lead">{meta.lead.as_str()}</p>
        </header>
    }
}
