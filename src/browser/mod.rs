//! The few places that touch the browser directly: the address bar, scrolling
//! and focus, and the Web Share API. Everything here runs only in effects and
//! event handlers, never while a view is built.

use wasm_bindgen::JsValue;

/// The browser window; `None` natively (while prerendering), where web-sys
/// would panic.
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// `location.hash`, `""` when there is none.
pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// `location.search`, `""` when there is none.
pub fn location_search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the current history entry's query and fragment, adding no entry.
pub fn replace_query_and_hash(query: &str, hash: Option<&str>) {
    let Some(w) = window() else { return };
    let Ok(path) = w.location().pathname() else {
        return;
    };
    let fragment = hash.map(|h| format!("#{h}")).unwrap_or_default();
    let url = format!("{path}{query}{fragment}");
    let current = format!("{path}{}{}", location_search(), location_hash());
    if url != current {
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// The link to share for element `id`, given the state's query.
pub fn share_url(query: &str, id: &str) -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return format!("#{id}");
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    crate::url_state::share_url(&origin, &path, query, id)
}

/// Whether the reader asked the system for less motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Scrolls the element `id` to the top of the viewport and moves focus to it
/// (or to its heading), so screen readers announce where the reader landed.
/// The scroll is smooth (the stylesheet's) if `smooth` and the reader has not
/// asked for less motion.
pub fn land_on(id: &str, smooth: bool) {
    let Some(target) = element(id) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    let behavior = if smooth && !prefers_reduced_motion() {
        web_sys::ScrollBehavior::Auto
    } else {
        web_sys::ScrollBehavior::Instant
    };
    options.set_behavior(behavior);
    target.scroll_into_view_with_scroll_into_view_options(&options);
    let focusable = target
        .query_selector("[data-landing-focus]")
        .ok()
        .flatten()
        .unwrap_or_else(|| target.clone());
    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(focusable) {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
    // A brief highlight shows where the reader landed; CSS fades it out.
    let _ = target.class_list().remove_1("landed");
    let _ = target.client_width(); // restart the animation
    let _ = target.class_list().add_1("landed");
}

/// Opens the system share sheet where the browser has one. Returns `false`
/// where it does not, so the caller can copy the link instead.
pub fn native_share(title: &str, url: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let has_share = js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false);
    if !has_share {
        return false;
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    // The promise rejects when the reader closes the sheet: not an error.
    let promise = navigator.share_with_data(&data);
    wasm_bindgen_futures_free_catch(promise);
    true
}

/// Attaches a no-op rejection handler so a dismissed share sheet never
/// surfaces as an unhandled rejection in the console.
fn wasm_bindgen_futures_free_catch(promise: js_sys::Promise) {
    use wasm_bindgen::closure::Closure;
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
    let _ = promise.catch(&ignore);
    // Dropping the closure would leave the handler dangling; one per share is negligible.
    ignore.forget();
}

/// Moves keyboard focus to the element `id`, if it exists.
pub fn focus_by_id(id: &str) {
    if let Some(el) =
        element(id).and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
    {
        let _ = el.focus();
        // Focus scrolls only what is off screen; what sticks at the top may
        // still cover it. Its scroll margin (the CSS) keeps it clear of that.
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Records a `performance.mark`, for tests and the benchmark to read.
pub fn mark(name: &str) {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Records a `performance.mark` once, for tests and the benchmark to read.
pub fn mark_once(name: &str) {
    let marked = window()
        .and_then(|w| w.performance())
        .is_some_and(|p| p.get_entries_by_name(name).length() > 0);
    if !marked {
        mark(name);
    }
}

/// Marks `<html data-hydrated>`: the page is interactive and has landed on
/// its link's target. Tests and tools wait on this, not on markup.
pub fn mark_hydrated() {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-hydrated", "");
    }
    mark_once("report:hydrated");
}

/// The page's language tag (`<html lang>`), which names its edition.
pub fn page_lang() -> String {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .unwrap_or_default()
}

/// Points each link to another edition (`[data-edition-switch]`, which
/// holds the edition's page) at the same place there: the link state's
/// `query` and the fragment of the part being read.
pub fn point_edition_links(query: &str, hash: Option<&str>) {
    let fragment = hash.map(|h| format!("#{h}")).unwrap_or_default();
    each("[data-edition-switch]", |link| {
        let page = link
            .get_attribute("data-edition-switch")
            .unwrap_or_default();
        let _ = link.set_attribute("href", &format!("{page}{query}{fragment}"));
    });
}

/// The element `id`, if the page has one.
fn element(id: &str) -> Option<web_sys::Element> {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
}

/// Adds or removes `class` on the element `id` (static HTML an island keeps
/// in step with its state).
pub fn set_class(id: &str, class: &str, on: bool) {
    if let Some(el) = element(id) {
        let _ = el.class_list().toggle_with_force(class, on);
    }
}

/// Sets the attribute `name` of the element `id` to `value`.
pub fn set_attribute(id: &str, name: &str, value: &str) {
    if let Some(el) = element(id) {
        let _ = el.set_attribute(name, value);
    }
}

/// Sets or removes the boolean attribute `name` (`hidden`) of the element `id`.
pub fn set_flag(id: &str, name: &str, on: bool) {
    if let Some(el) = element(id) {
        let _ = el.toggle_attribute_with_force(name, on);
    }
}

/// Whether the page has an element matching `selector`.
pub fn has(selector: &str) -> bool {
    element_at(selector).is_some()
}

/// Whether the first element matching `selector` has its layout skipped
/// while out of view (`content-visibility: auto`).
pub fn layout_skipped(selector: &str) -> bool {
    let style =
        element_at(selector).and_then(|el| window()?.get_computed_style(&el).ok().flatten());
    style
        .and_then(|s| s.get_property_value("content-visibility").ok())
        .is_some_and(|value| value == "auto")
}

/// The first element matching `selector`, if the page has one.
fn element_at(selector: &str) -> Option<web_sys::Element> {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
}

/// The element an event happened in, or its nearest ancestor, that matches
/// `selector`: how one delegated listener serves many static elements.
pub fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<web_sys::Element> {
    target
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .and_then(|el| el.closest(selector).ok().flatten())
}

/// Sets the text of the first element matching `selector`.
pub fn set_text(selector: &str, text: &str) {
    if let Some(el) = element_at(selector) {
        el.set_text_content(Some(text));
    }
}

/// Sets the attribute `name` of the first element matching `selector` to
/// `value`, or removes it. Says whether an element matched.
pub fn set_attribute_at(selector: &str, name: &str, value: Option<&str>) -> bool {
    let Some(el) = element_at(selector) else {
        return false;
    };
    let _ = match value {
        Some(value) => el.set_attribute(name, value),
        None => el.remove_attribute(name),
    };
    true
}

/// Whether this is an embed page (`<html data-embed>`): one part, for an
/// iframe on another site.
pub fn is_embed_page() -> bool {
    element_at("html[data-embed]").is_some()
}

/// The page's origin and path (`https://host`, `/r/en/`), `""` natively.
pub fn origin_and_path() -> (String, String) {
    let Some(location) = window().map(|w| w.location()) else {
        return (String::new(), String::new());
    };
    (
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
    )
}

/// Calls `f` with each element matching `selector`.
pub fn each(selector: &str, mut f: impl FnMut(&web_sys::Element)) {
    let Some(found) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(selector).ok())
    else {
        return;
    };
    for i in 0..found.length() {
        if let Some(el) = found
            .item(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        {
            f(&el);
        }
    }
}

/// Sets the text of every element matching `selector`.
pub fn set_text_all(selector: &str, text: &str) {
    each(selector, |el| el.set_text_content(Some(text)));
}

/// The text of the element `id`, if it exists.
pub fn text_of(id: &str) -> Option<String> {
    element(id).and_then(|el| el.text_content())
}
