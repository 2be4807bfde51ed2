//! What the whole page does once it runs in a browser, outside any island:
//! restores the state a link carries and lands on its target, keeps the
//! address bar in step with the reader, shares links from every
//! `[data-share]` button and copies the embed codes. An embed page (one part,
//! in another site's iframe) does less: see [`start_embedded`]. In the
//! release build the loader calls it once every island has hydrated;
//! setting link state before that breaks hydration.

use crate::browser;
use crate::embed;
use crate::hooks::on_page_event;
use crate::state::ReportState;
use crate::url_state::{fragment_target, query_event, url_fragment, LinkState};
use leptos::prelude::*;
use leptos_use::{use_clipboard, UseClipboardReturn};
use report::{islands_index, report, ui, EventEntry, PartKind};

/// Wires the page to `state`. Touches the browser only in effects and event
/// listeners, so it is harmless while prerendering.
pub fn start(state: ReportState) {
    if browser::is_embed_page() {
        return start_embedded(state);
    }
    let r = report();
    let index = islands_index();
    let known = index.anchor_ids();

    // A link followed while the parts are drawn: the reader has moved on,
    // and the first landing must not take them back.
    let followed_link = StoredValue::new(false);

    // Once mounted: restore the state the link carries, draw the parts the
    // first layout skipped (so that landing measures the page as drawn),
    // then land on the link's target and say so (`data-hydrated` on <html>,
    // for tests and tools).
    Effect::new(move |_| {
        apply_link_state(state, &LinkState::parse(&browser::location_search()));
        // The embed codes and the citation, written for the site the build
        // was told of (if it was), name where the page is served.
        let (origin, path) = browser::origin_and_path();
        let site = embed::site_root(&origin, &path, report::lang());
        rebase_embed_codes(&site);
        browser::set_text_all(
            "[data-page-url]",
            &format!("{site}{}", report::lang().dir()),
        );
        let hash = browser::location_hash();
        draw_skipped_parts(move || {
            if followed_link.get_value() {
                browser::mark_hydrated();
            } else {
                // At once: the browser has already scrolled towards the target.
                land(state, &hash, false, browser::mark_hydrated);
            }
        });
    });

    // In-page links and Back/Forward change the fragment: land there too.
    on_page_event(leptos::ev::hashchange, move |ev| {
        followed_link.set_value(true);
        // The fragment the link named, from the event: the address bar may
        // have followed the reader since (it replaces the entry's URL).
        land(state, url_fragment(&ev.new_url()), true, || {})
    });

    share_and_copy_on_click(state);

    // The address bar follows the reader, replacing the entry, never adding;
    // the links to the other edition follow it, to the same place there.
    Effect::new(move |_| {
        let query = state.link_state().to_query();
        let fragment = match state.in_view.get() {
            None => fragment_target(&browser::location_hash(), &known).map(str::to_owned),
            // Back at the masthead, the link is the page itself.
            Some(in_view) if r.part(&in_view).is_some_and(|p| p.kind == PartKind::Lead) => None,
            Some(in_view) => {
                // A fragment inside the part being read (an event in the timeline) stays.
                let current = fragment_target(&browser::location_hash(), &known);
                let keep = current.filter(|id| index.containing_anchor(id) == in_view);
                Some(keep.unwrap_or(&in_view).to_owned())
            }
        };
        browser::replace_query_and_hash(&query, fragment.as_deref());
        browser::point_edition_links(&query, fragment.as_deref());
    });
}

/// Rebases each embed code on the page (`[data-embed-site]` names the site
/// its code was written for) on `site`.
fn rebase_embed_codes(site: &str) {
    browser::each("[data-embed-site]", |code| {
        let from = code.get_attribute("data-embed-site").unwrap_or_default();
        let text = code.text_content().unwrap_or_default();
        code.set_text_content(Some(&embed::rebase(&text, &from, site)));
        let _ = code.set_attribute("data-embed-site", site);
    });
}

/// An embed page: one part, in an iframe on another site. Its state comes
/// from its query (`?view=…&cat=…&q=…&event=…`) and its address never
/// changes, as either would write its host's history; nothing scrolls at
/// load, as that would move the host page. (The loader tells the host the
/// page's height, from the start: see `scripts/postbuild.mjs`.)
fn start_embedded(state: ReportState) {
    Effect::new(move |_| {
        let query = browser::location_search();
        apply_link_state(state, &LinkState::parse(&query));
        let index = islands_index();
        let events: Vec<&str> = index.events.iter().map(|e| e.slug.as_str()).collect();
        if let Some(event) = query_event(&query, &events).and_then(|slug| index.event(slug)) {
            open_event(state, event);
        }
        // The prerender marked the part drawn: nothing waits.
        draw_skipped_parts(browser::mark_hydrated);
    });
    // A link within the part (the time strip's marks) lands without
    // navigating the frame, which would add an entry to the host's history.
    on_page_event(leptos::ev::click, move |ev| {
        if let Some(link) = browser::closest(ev.target(), "a[href^='#']") {
            ev.prevent_default();
            land(
                state,
                &link.get_attribute("href").unwrap_or_default(),
                true,
                || {},
            );
        }
    });
}

fn apply_link_state(state: ReportState, link: &LinkState) {
    state.view.set(link.view);
    state.categories.set(link.categories.clone());
    state.search.set(link.search.clone());
}

/// Opens the timeline's event, shown again first if the filters hide it.
fn open_event(state: ReportState, event: &EventEntry) {
    let shown = crate::timeline::visible_events(
        &islands_index().events,
        &state.categories.get_untracked(),
        &state.search.get_untracked(),
    )
    .iter()
    .any(|e| e.slug == event.slug);
    if !shown {
        state.categories.set(Default::default());
        state.search.set(String::new());
    }
    state.open_event.set(Some(event.slug.clone()));
}

/// Brings the reader to the element a fragment names, a frame later (so the
/// view reflects the state set here first), smoothly if `smooth`, then calls
/// `done`. Unknown or hostile fragments are ignored: the page stays where it
/// is.
fn land(state: ReportState, hash: &str, smooth: bool, done: fn()) {
    let index = islands_index();
    let target = fragment_target(hash, &index.anchor_ids()).map(str::to_owned);
    if let Some(event) = target.as_deref().and_then(|id| index.event(id)) {
        open_event(state, event);
    }
    request_animation_frame(move || {
        if let Some(id) = target {
            // Until the skipped parts are drawn their sizes are guesses: a
            // smooth scroll would end where a guess put the target.
            browser::land_on(&id, smooth && !browser::has(SKIPPED_PART));
        }
        done();
    });
}

/// The parts the first layout skips, but the masthead: main.css gives them
/// `content-visibility: auto` until they are marked `data-drawn`.
const SKIPPED_PART: &str = "[data-part]:not(.masthead):not([data-drawn])";

/// Lays out the parts the first layout skipped, then calls `then`. Marks
/// `report:parts-drawn` when done, for the benchmark.
fn draw_skipped_parts(then: impl FnOnce() + 'static) {
    if browser::layout_skipped(SKIPPED_PART) {
        draw_one_a_frame(then);
    } else {
        // The stylesheet skips nothing here (no scroll anchoring): nothing to wait for.
        while browser::set_attribute_at(SKIPPED_PART, "data-drawn", Some("")) {}
        parts_drawn(then);
    }
}

/// One part a frame, from the top: no frame lays out the whole article, and
/// the page soon has its true size, for landing, the scrollbar and whatever
/// measures it (a skipped part's size is a guess its content overflows).
fn draw_one_a_frame(then: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        if browser::set_attribute_at(SKIPPED_PART, "data-drawn", Some("")) {
            draw_one_a_frame(then);
        } else {
            parts_drawn(then);
        }
    });
}

fn parts_drawn(then: impl FnOnce()) {
    browser::mark_once("report:parts-drawn");
    then();
}

/// One listener for every share button and copy button on the page, static
/// or not. Share: the link to the button's `data-share` id, with the
/// current chart view and filters, through the system share sheet, or
/// copied. Copy (an embed code, the citation): the text of the element its
/// `data-copy` names, then its `data-copied` words.
fn share_and_copy_on_click(state: ReportState) {
    let UseClipboardReturn { copy, .. } = use_clipboard();
    on_page_event(leptos::ev::click, move |ev| {
        let (button, message) = if let Some(button) = browser::closest(ev.target(), "[data-share]")
        {
            let id = button.get_attribute("data-share").unwrap_or_default();
            let title = button.get_attribute("data-share-title").unwrap_or_default();
            let url = browser::share_url(&state.link_state().to_query(), &id);
            let message = if browser::native_share(&title, &url) {
                ui().share_opened.as_str()
            } else {
                copy(&url);
                ui().share_copied.as_str()
            };
            (button, message.to_owned())
        } else if let Some(button) = browser::closest(ev.target(), "[data-copy]") {
            let field = button.get_attribute("data-copy").unwrap_or_default();
            let Some(text) = browser::text_of(&field) else {
                return;
            };
            copy(&text);
            let copied = button.get_attribute("data-copied").unwrap_or_default();
            (button, copied)
        } else {
            return;
        };
        if let Some(status) = button.next_element_sibling() {
            status.set_text_content(Some(&message));
        }
    });
}
