use super::CopyButton;
use crate::embed::{embed_code, embeddable, embedded, site};
use leptos::prelude::*;
use report::{fill, ui, Part};

/// The Embed control beside a part's Share button: the part's embed code,
/// selectable, with a copy button.
///
/// Plain markup: the `<details>` opens without script, the code is selected
/// whole by a click, and one listener for the page (`crate::page`) copies.
/// Not a form field: Chromium's autofill lays out every form field's part as
/// the document ends, which made a long task of a slow phone's load. The
/// code names the site the build was told of (`SITE_URL`); once the page
/// runs, it names the address the page is served at (`data-embed-site` says
/// what to replace).
#[component]
pub fn EmbedControl(part: &'static Part) -> impl IntoView {
    if embedded().is_some() || !embeddable(part) {
        return None;
    }
    let words = &ui().embed;
    let site = site();
    let [label, hint, id] = report::page_ids::embed_code(&part.slug);
    let label_text = fill(words.code_label.as_str(), &[("title", part.title())]);
    Some(view! {
        <details class="embed-code">
            <summary class="share__button">{words.button.as_str()}</summary>
            <div class="embed-code__panel">
                <p class="embed-code__label" id=label.clone()>{label_text}</p>
                <p class="embed-code__hint" id=hint.clone()>{words.hint.as_str()}</p>
                <pre
                    id=id.clone()
                    class="embed-code__text"
                    // Focusable (it scrolls when long), so named: a region.
                    role="region"
                    tabindex="0"
                    aria-labelledby=label
                    aria-describedby=hint
                    data-embed-site=site.clone()
                >
                    {embed_code(&site, part)}
                </pre>
                <CopyButton target=id label=words.copy.as_str() copied=words.copied.as_str() class="embed-code__copy"/>
            </div>
        </details>
    })
}
