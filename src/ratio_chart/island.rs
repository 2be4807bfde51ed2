use super::{
    hit_test, ratio_chart_svg, ratio_summary, ChartView, RATIO_CHART_HEIGHT, RATIO_CSV_FILE,
};
use crate::chart::clamp_width;
use crate::hooks::{use_scroll_step, ScrollStep};
use crate::state::use_report_state;
use crate::url_state::percent_encode;
use leptos::html;
use leptos::prelude::*;
use report::{fill, percentage_point_changes, report, signed, ui, Text};

/// The chart's drawing (one per page).
const PLOT_SELECTOR: &str = ".ratio__plot";

/// Whether the browser takes over a page the build drew (the release build)
/// rather than drawing it itself: the island then adopts the drawing there.
const ADOPTS_PRERENDERED: bool = cfg!(feature = "hydrate");

/// The width the prerendered chart is drawn at, before the page knows its own.
const PRERENDER_WIDTH: u32 = 640;

/// The interactive part of the ratio chart: the view switch, the drawing, a
/// readout of the industry under the pointer or focus, and the downloads.
///
/// An island. It adopts the prerendered SVG as it is, and plotters draws
/// again only when the width, the view or the highlight changes.
#[island]
pub fn RatioChartPlot() -> impl IntoView {
    let (before, after) = report().ratio_pair()?;
    let ui = ui();
    let state = use_report_state();
    let plot = NodeRef::<html::Div>::new();
    // Reached by scrolling, the chart moves once from the earlier shares to
    // the later ones (CSS, and none under reduced motion).
    let step = use_scroll_step(PLOT_SELECTOR);
    let width = crate::hooks::use_settled_width(plot, f64::from(PRERENDER_WIDTH));
    let highlight = RwSignal::new(None::<usize>);
    // `None` while the page still shows what the prerender drew; once drawn
    // in the browser, always the current drawing.
    let svg = Memo::new(move |previous: Option<&Option<String>>| {
        let (view, w, lit) = (state.view.get(), clamp_width(width.get()), highlight.get());
        let as_prerendered = (view, w, lit) == (ChartView::default(), PRERENDER_WIDTH, None);
        let still_prerendered = previous.is_none_or(Option::is_none);
        if ADOPTS_PRERENDERED && still_prerendered && as_prerendered {
            None
        } else {
            // Each drawing is marked, for the benchmark and the hydration test.
            crate::browser::mark("report:chart-drawn");
            Some(ratio_chart_svg(view, before, after, w, lit))
        }
    });
    let changes = percentage_point_changes(before, after);

    let view_button = move |view: ChartView, label: &'static Text| {
        view! {
            <button
                type="button"
                class="segmented__option"
                aria-pressed=move || (state.view.get() == view).to_string()
                data-view=view.slug()
                on:click=move |_| state.view.set(view)
            >
                {label.as_str()}
            </button>
        }
    };
    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        let Some(drawn) = plot
            .get_untracked()
            .and_then(|div| div.query_selector("svg").ok().flatten())
        else {
            return;
        };
        // The SVG may be shown scaled (while a resize settles): map the
        // pointer into the coordinates it was drawn in.
        let w = clamp_width(width.get_untracked());
        let rect = drawn.get_bounding_client_rect();
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            return;
        }
        let x = (f64::from(ev.client_x()) - rect.left()) * f64::from(w) / rect.width();
        let y =
            (f64::from(ev.client_y()) - rect.top()) * f64::from(RATIO_CHART_HEIGHT) / rect.height();
        let hit = hit_test(state.view.get_untracked(), before, after, w, x, y);
        if highlight.get_untracked() != hit {
            highlight.set(hit);
        }
    };
    let legend = changes
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let text = fill(
                ui.ratio.legend_item.as_str(),
                &[("industry", c.industry), ("before", &before.shares[i]), ("after", &after.shares[i])],
            );
            view! {
                <li>
                    <button
                        type="button"
                        class=format!("legend__item legend__item--{i}")
                        aria-pressed=move || (highlight.get() == Some(i)).to_string()
                        on:mouseenter=move |_| highlight.set(Some(i))
                        on:mouseleave=move |_| highlight.set(None)
                        on:focus=move |_| highlight.set(Some(i))
                        on:blur=move |_| highlight.set(None)
                        on:click=move |_| highlight.update(|h| *h = if *h == Some(i) { None } else { Some(i) })
                    >
                        <span class="legend__swatch" aria-hidden="true"></span>
                        {text}
                    </button>
                </li>
            }
        })
        .collect_view();
    let readout = {
        let changes = changes.clone();
        move || match highlight.get() {
            Some(i) => fill(
                ui.ratio.readout.as_str(),
                &[
                    ("industry", changes[i].industry),
                    ("before", before.label.as_str()),
                    ("before_share", &before.shares[i]),
                    ("after", after.label.as_str()),
                    ("after_share", &after.shares[i]),
                    ("change", &signed(changes[i].points)),
                ],
            ),
            None => ui.ratio.readout_hint.as_str().to_owned(),
        }
    };
    // The data is a file beside the edition's page (the build writes it).
    // From an embed page that is two folders up: the prerender writes the
    // link so, and hydrating keeps an attribute the island does not change.
    let csv_href = format!("{}{RATIO_CSV_FILE}", crate::embed::to_edition_page());
    // Encoding the SVG for its download link costs as much as drawing it, so
    // it is done when the link is used; the first href serves readers without
    // JavaScript, who see the first drawing.
    let svg_data_url =
        move |svg: &str| format!("data:image/svg+xml;charset=utf-8,{}", percent_encode(svg));
    let first_svg_href = svg.get_untracked().as_deref().map(svg_data_url);
    let refresh_svg_href = move |ev: leptos::ev::MouseEvent| {
        let anchor = ev
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlAnchorElement>(t).ok());
        if let Some(a) = anchor {
            if let Some(svg) = svg.get_untracked() {
                a.set_href(&svg_data_url(&svg));
            }
        }
    };
    let svg_name = move || {
        fill(
            ui.ratio.svg_file.as_str(),
            &[("view", state.view.get().slug())],
        )
    };

    Some(view! {
        <div class="segmented" role="group" aria-label=ui.ratio.views.as_str()>
            {view_button(ChartView::Bars, &ui.ratio.view_bars)}
            {view_button(ChartView::Slope, &ui.ratio.view_slope)}
        </div>
        <div
            class="ratio__plot"
            class:ratio__plot--armed=move || step.get() != ScrollStep::Shown
            class:ratio__plot--play=move || step.get() == ScrollStep::Played
            node_ref=plot
            role="img"
            aria-label=ratio_summary(before, after)
            inner_html=move || svg.get()
            on:pointermove=on_pointer
            on:pointerleave=move |_| highlight.set(None)
        ></div>
        <p class="ratio__readout" aria-live="polite">{readout}</p>
        <ul class="legend" role="list" aria-label=ui.ratio.legend.as_str()>{legend}</ul>
        <p class="downloads">
            <a href=first_svg_href download=svg_name on:click=refresh_svg_href>{ui.ratio.download_svg.as_str()}</a>
            <a href=csv_href download=ui.ratio.csv_file.as_str()>{ui.ratio.download_csv.as_str()}</a>
        </p>
    })
}
