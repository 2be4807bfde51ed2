use super::ContentsTracker;
use crate::components::EditionSwitch;
use leptos::prelude::*;
use report::{report, ui};

/// The table of contents, from the report's parts in page order. On wide
/// screens it stays in view beside the report; on narrow ones it folds away
/// in a `<details>` (which opens and closes without JavaScript too) whose
/// summary stays at the top as a bar naming the part being read. It ends
/// with the link to the other edition.
///
/// Static HTML: its island, `ContentsTracker` (the name in the bar), tracks
/// the part being read, marks its link and folds the contents away when a
/// link is followed.
#[component]
pub fn Contents() -> impl IntoView {
    let entries = report()
        .contents()
        .map(|part| {
            view! { <li><a href=format!("#{}", part.slug)>{part.title()}</a></li> }
        })
        .collect_view();
    let label = ui().contents.as_str();
    view! {
        <nav class="contents" aria-label=label>
            <details class="contents__details">
                <summary class="contents__summary">
                    <span class="contents__label">{label}</span>
                    <ContentsTracker/>
                </summary>
                <div class="contents__panel">
                    <ol class="contents__list">{entries}</ol>
                    // Always at hand (the contents stay in view): the other
                    // edition, at the same place (`page::start` keeps it there).
                    <p class="contents__edition"><EditionSwitch/></p>
                </div>
            </details>
        </nav>
    }
}
