//! Component tests in headless Chromium: mount a component into its own
//! element, let it settle, and check what a reader (or assistive technology)
//! would find. Run by `bash scripts/dev.sh test`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use shizhong_report::components::FigureCard;
use shizhong_report::report::{report, Category};
use shizhong_report::timeline::Timeline;
use shizhong_report::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the body to mount into.
fn container() -> HtmlElement {
    let el: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

fn click(el: &Element) {
    el.unchecked_ref::<HtmlElement>().click();
}

fn key(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// Puts the address bar back as it was, so tests do not leak state.
fn reset_url() {
    let w = web_sys::window().unwrap();
    let path = w.location().pathname().unwrap();
    w.history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
}

async fn settle() {
    leptos::task::tick().await;
    // Effects scheduled by the first pass run on the next tick.
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn app_renders_every_section_with_its_slug_as_id() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), App);
    settle().await;
    for section in &report().sections {
        let el = root
            .query_selector(&format!("section#{}", section.slug))
            .unwrap()
            .expect(&section.slug);
        let heading = one(&el, "h2");
        assert_eq!(text(&heading), section.heading.as_str());
        assert_eq!(
            all(&el, ".prose p").len(),
            section.paragraphs.len(),
            "{}",
            section.slug
        );
    }
    assert_eq!(all(&root, "h1").len(), 1);
    drop(handle);
    reset_url();
}

#[wasm_bindgen_test]
async fn contents_lists_each_part_in_order_and_points_at_existing_ids() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), App);
    settle().await;
    let links = all(&root, "nav.contents .contents__list a");
    let hrefs: Vec<String> = links
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    let expected: Vec<String> = report()
        .contents()
        .map(|part| format!("#{}", part.slug))
        .collect();
    assert_eq!(hrefs, expected);
    for (href, part) in hrefs.iter().zip(report().contents()) {
        let target = document().get_element_by_id(&href[1..]);
        assert!(target.is_some(), "{href} points at nothing");
        assert!(links.iter().any(|a| text(a) == part.title()));
    }
    // Page order matches contents order.
    let positions: Vec<i32> = hrefs
        .iter()
        .map(|h| {
            document()
                .get_element_by_id(&h[1..])
                .unwrap()
                .get_bounding_client_rect()
                .top() as i32
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "{positions:?}");
    drop(handle);
    reset_url();
}

#[wasm_bindgen_test]
async fn figure_card_shows_value_unit_period_and_link() {
    let r = report();
    let root = container();
    let gdp = r.figure("gdp-growth").unwrap();
    let flood = r.figure("flood-members").unwrap();
    let turnout = r.figure("volunteer-turnout").unwrap();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <FigureCard figure=gdp/><FigureCard figure=flood/><FigureCard figure=turnout/> }
    });
    settle().await;
    let cards = all(&root, "a.figure-card");
    assert_eq!(cards.len(), 3);
    // 余 follows the unit's 万, as the article writes "2万余人次".
    assert_eq!(text(&one(&cards[2], ".figure-card__value")), "2万余人次");
    assert_eq!(text(&one(&cards[2], ".figure-card__unit")), "万余人次");
    assert_eq!(text(&one(&cards[0], ".figure-card__number")), "7.0");
    assert_eq!(text(&one(&cards[0], ".figure-card__unit")), "%");
    assert_eq!(
        text(&one(&cards[0], ".figure-card__period")),
        "“十三五”时期"
    );
    assert_eq!(
        text(&one(&cards[0], ".figure-card__measure")),
        "地区生产总值年均增长"
    );
    assert_eq!(cards[0].get_attribute("href").as_deref(), Some("#overview"));
    assert_eq!(text(&one(&cards[1], ".figure-card__value")), "6000余名");
    assert_eq!(
        text(&one(&cards[1], ".figure-card__period")),
        "2020年8月18日"
    );
    assert_eq!(
        cards[1].get_attribute("href").as_deref(),
        Some("#tackling-challenges")
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn arrow_keys_move_focus_between_events_in_order() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), Timeline);
    settle().await;
    let order: Vec<String> = report()
        .events_in_order()
        .iter()
        .map(|e| format!("{}-btn", e.slug))
        .collect();
    let buttons = all(&root, "[data-event-button]");
    assert_eq!(buttons.iter().map(|b| b.id()).collect::<Vec<_>>(), order);
    // One tab stop: only the first event is in the tab order.
    let stops: Vec<_> = buttons
        .iter()
        .filter(|b| b.get_attribute("tabindex").as_deref() == Some("0"))
        .collect();
    assert_eq!(stops.len(), 1);
    assert_eq!(stops[0].id(), order[0]);

    buttons[0].unchecked_ref::<HtmlElement>().focus().unwrap();
    key(&buttons[0], "ArrowDown");
    settle().await;
    assert_eq!(active_id(), order[1]);
    key(&document().active_element().unwrap(), "ArrowRight");
    settle().await;
    assert_eq!(active_id(), order[2]);
    key(&document().active_element().unwrap(), "End");
    settle().await;
    assert_eq!(active_id(), *order.last().unwrap());
    key(&document().active_element().unwrap(), "ArrowDown");
    settle().await;
    assert_eq!(active_id(), *order.last().unwrap(), "stays at the end");
    key(&document().active_element().unwrap(), "Home");
    settle().await;
    assert_eq!(active_id(), order[0]);
    // The tab stop follows focus.
    key(&document().active_element().unwrap(), "ArrowDown");
    settle().await;
    let stop = one(&root, "[data-event-button][tabindex='0']");
    assert_eq!(stop.id(), order[1]);
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_category_filter_hides_exactly_the_other_events_and_updates_the_url() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), App);
    settle().await;
    click(&one(&root, ".chip[data-category='flood']"));
    settle().await;
    let shown = all(&root, "li.event:not([hidden])");
    let expected = report()
        .events
        .iter()
        .filter(|e| e.category == Category::Flood)
        .count();
    assert_eq!(shown.len(), expected);
    assert!(shown
        .iter()
        .all(|e| e.get_attribute("data-category").as_deref() == Some("flood")));
    // The strip hides the marks of the hidden events, and only those; its
    // marks are SVG links (an HTML link would not show inside the SVG).
    let dated_floods = report()
        .events
        .iter()
        .filter(|e| e.category == Category::Flood && e.span().is_some())
        .count();
    let marks = all(&root, ".axis a.axis__link:not(.axis__link--hidden)");
    assert_eq!(marks.len(), dated_floods);
    assert!(marks
        .iter()
        .all(|a| a.namespace_uri().as_deref() == Some("http://www.w3.org/2000/svg")));
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?cat=flood");
    let status = text(&one(&root, ".timeline__status"));
    assert!(status.contains(&expected.to_string()), "{status}");
    // A search with no match says so.
    let input: web_sys::HtmlInputElement = one(&root, ".search input").unchecked_into();
    input.set_value("不存在的词");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert!(all(&root, "li.event:not([hidden])").is_empty());
    assert_eq!(text(&one(&root, ".timeline__status")), "没有符合条件的事件");
    click(&one(&root, ".timeline__clear"));
    settle().await;
    assert_eq!(
        all(&root, "li.event:not([hidden])").len(),
        report().events.len()
    );
    drop(handle);
    reset_url();
}

#[wasm_bindgen_test]
async fn opening_an_event_shows_its_figures_and_the_link_to_its_section() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), Timeline);
    settle().await;
    let event = report().event("flood-0818").unwrap();
    let item = one(&root, "li#flood-0818");
    let button = one(&item, "button");
    let detail = one(&item, ".event__detail");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(detail.has_attribute("hidden"));
    click(&button);
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!detail.has_attribute("hidden"));
    let figures: Vec<String> = all(&detail, ".event__figures li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(figures.len(), event.figures.len());
    assert!(figures.iter().any(|f| f.contains("532支")), "{figures:?}");
    assert!(
        figures.iter().any(|f| f.contains("6000余名")),
        "{figures:?}"
    );
    assert_eq!(
        one(&detail, "a.event__link")
            .get_attribute("href")
            .as_deref(),
        Some("#tackling-challenges")
    );
    assert!(text(&button).contains("2020年8月18日"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn switching_the_chart_view_redraws_it_and_updates_the_url() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), App);
    settle().await;
    let plot = one(&root, ".ratio__plot");
    let bars = plot.inner_html();
    assert_eq!(all(&plot, "rect").len(), 12);
    click(&one(&root, "[data-view='slope']"));
    settle().await;
    assert_ne!(plot.inner_html(), bars);
    assert_eq!(all(&plot, "circle").len(), 6);
    assert_eq!(
        one(&root, "[data-view='slope']")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        web_sys::window().unwrap().location().search().unwrap(),
        "?view=slope"
    );
    drop(handle);
    reset_url();
}

#[wasm_bindgen_test]
async fn focusing_an_industry_shows_its_values_and_the_table_matches_the_chart() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), App);
    settle().await;
    let legend = all(&root, ".legend__item");
    assert_eq!(legend.len(), 3);
    legend[1].unchecked_ref::<HtmlElement>().focus().unwrap();
    settle().await;
    let readout = text(&one(&root, ".ratio__readout"));
    assert!(
        readout.contains("第二产业")
            && readout.contains("47.4%")
            && readout.contains("30.2%")
            && readout.contains("−17.2"),
        "{readout}"
    );
    // Every number in the table is drawn in the chart.
    let svg_text: Vec<String> = all(&one(&root, ".ratio__plot"), "text")
        .iter()
        .map(|t| text(t).trim().to_owned())
        .collect();
    let cells: Vec<String> = all(&root, ".ratio__table tbody tr:not(.computed-row) td")
        .iter()
        .map(text)
        .collect();
    assert_eq!(cells.len(), 6);
    for cell in cells {
        assert!(svg_text.contains(&cell), "{cell} not in chart {svg_text:?}");
    }
    drop(handle);
    reset_url();
}
