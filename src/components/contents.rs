use crate::report::report;
use crate::state::use_report_state;
use leptos::prelude::*;

/// The table of contents, from the report's parts in page order. On wide
/// screens it stays in view and marks the part being read; on narrow ones it
/// folds away behind a button.
#[component]
pub fn Contents() -> impl IntoView {
    let state = use_report_state();
    let open = RwSignal::new(false);
    let entries = report()
        .contents()
        .into_iter()
        .map(|(id, heading)| {
            let current =
                move || (state.in_view.get().as_deref() == Some(id)).then_some("location");
            view! {
                <li>
                    <a href=format!("#{id}") aria-current=current on:click=move |_| open.set(false)>
                        {heading}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="contents" aria-labelledby="contents-h">
            <h2 id="contents-h" class="contents__title">"目录"</h2>
            <button
                type="button"
                class="contents__toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="contents-list"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || if open.get() { "收起目录" } else { "展开目录" }}
            </button>
            <ol id="contents-list" class="contents__list" class:contents__list--open=move || open.get()>
                {entries}
            </ol>
        </nav>
    }
}
