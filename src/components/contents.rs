use super::EditionSwitch;
use crate::hooks::track_parts_in_view;
use crate::report::{report, ui};
use crate::state::use_report_state;
use leptos::html;
use leptos::prelude::*;

/// The table of contents, from the report's parts in page order, and the
/// reading tracker: it marks the part being read (which the address bar
/// follows). On wide screens it stays in view beside the report; on narrow
/// ones it folds away in a `<details>` (which opens and closes without
/// JavaScript too) whose summary stays at the top as a bar naming the part
/// being read. It ends with the link to the other edition.
///
/// An island: it hydrates; the parts it tracks stay static HTML.
#[island]
pub fn Contents() -> impl IntoView {
    let state = use_report_state();
    track_parts_in_view(state);
    let details = NodeRef::<html::Details>::new();
    // Following a link on a narrow screen folds the contents away again.
    let fold = move |_| {
        if let Some(d) = details.get_untracked() {
            d.set_open(false);
        }
    };
    let entries = report()
        .contents()
        .map(|part| {
            let id = part.slug.as_str();
            let current =
                move || (state.in_view.get().as_deref() == Some(id)).then_some("location");
            view! {
                <li>
                    <a href=format!("#{id}") aria-current=current on:click=fold>
                        {part.title()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let label = ui().contents.as_str();
    let reading = move || {
        let id = state.in_view.get()?;
        report()
            .part(&id)
            .filter(|p| p.in_contents())
            .map(|p| p.title())
    };
    view! {
        <nav class="contents" aria-label=label>
            <details class="contents__details" node_ref=details>
                <summary class="contents__summary">
                    <span class="contents__label">{label}</span>
                    <span class="contents__now">{reading}</span>
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
