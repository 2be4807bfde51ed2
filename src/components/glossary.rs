use leptos::prelude::*;
use report::{report, Lang};

/// The terms the English edition keeps close to the Chinese, each with the
/// article's own words beside its English name. Each entry is a link's
/// target (its slug): the term's first use in the text leads here.
#[component]
pub fn Glossary() -> impl IntoView {
    let entries = report()
        .translation
        .glossary
        .iter()
        .map(|entry| {
            view! {
                <dt id=entry.slug.as_str() tabindex="-1">
                    {entry.name.as_str()} " (" <span lang=Lang::Zh.tag()>{entry.term.as_str()}</span> ")"
                </dt>
                <dd>{entry.explanation.as_str()}</dd>
            }
        })
        .collect_view();
    view! { <dl class="glossary">{entries}</dl> }
}
