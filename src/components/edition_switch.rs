use leptos::prelude::*;
use report::{edition_href, lang, ui};

/// The link to the other edition, named in its own language. `page::start`
/// keeps its `href` at the reader's place (`data-edition-switch` holds the
/// other edition's page); without JavaScript it leads to that page's top.
#[component]
pub fn EditionSwitch() -> impl IntoView {
    let here = lang();
    let other = here.other();
    let page = edition_href(here, other);
    view! {
        <a class="edition-switch" href=page.clone() hreflang=other.tag() lang=other.tag() data-edition-switch=page>
            {ui().other_edition.as_str()}
        </a>
    }
}
