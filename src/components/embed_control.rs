use crate::embed::{embed_code, embeddable, embedded, site};
use crate::escape::escape;
use crate::report::{fill, ui, Part};
use leptos::prelude::*;

/// The Embed control beside a part's Share button: the part's embed code,
/// selectable, with a copy button.
///
/// Plain markup: the `<details>` opens without script, and one listener for
/// the page (`crate::page`) copies. The code names the site the build was
/// told of (`SITE_URL`); once the page runs, it names the address the page
/// is served at (`data-embed-site` says what to replace).
#[component]
pub fn EmbedControl(part: &'static Part) -> impl IntoView {
    if embedded().is_some() || !embeddable(part) {
        return None;
    }
    let words = &ui().embed;
    let site = site();
    let id = format!("{}-embed", part.slug);
    let hint = format!("{id}-hint");
    let label = fill(words.code_label.as_str(), &[("title", part.title())]);
    Some(view! {
        <details class="embed-code">
            <summary class="share__button">{words.button.as_str()}</summary>
            <div class="embed-code__panel">
                <label class="embed-code__label" for=id.clone()>{label}</label>
                <p class="embed-code__hint" id=hint.clone()>{words.hint.as_str()}</p>
                <textarea
                    id=id.clone()
                    class="embed-code__text"
                    readonly
                    rows="4"
                    spellcheck="false"
                    aria-describedby=hint
                    data-embed-site=site.clone()
                    // Text, escaped: the view would write a textarea's text as it is.
                    inner_html=escape(&embed_code(&site, part))
                ></textarea>
                <span class="share">
                    <button type="button" class="share__button embed-code__copy" data-copy=id>{words.copy.as_str()}</button>
                    <span class="share__status" role="status" aria-live="polite"></span>
                </span>
            </div>
        </details>
    })
}
