//! The parts of the page's state that a shared link carries, and the parsing
//! of untrusted fragments and queries. Pure: no browser access here.
//!
//! Design: the fragment names *where* (`#flood-0818`), the query names *how*
//! (`?view=slope&cat=flood,covid&q=洪`). Both work on any static host.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use report::Category;
use std::collections::BTreeSet;

/// Longest fragment or query value we look at; anything longer is ignored whole.
pub const MAX_INPUT_LEN: usize = 256;

/// Which drawing of the ratio chart the reader chose (kept in the link).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChartView {
    /// Side-by-side 100 % stacked bars.
    #[default]
    Bars,
    /// Each industry's share, before and after, joined by a line.
    Slope,
}

impl ChartView {
    pub fn slug(self) -> &'static str {
        match self {
            ChartView::Bars => "bars",
            ChartView::Slope => "slope",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ChartView> {
        [ChartView::Bars, ChartView::Slope]
            .into_iter()
            .find(|v| v.slug() == slug)
    }
}

/// Page state kept in the query string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkState {
    pub view: ChartView,
    /// Timeline categories shown; empty means all.
    pub categories: BTreeSet<Category>,
    /// Timeline text search.
    pub search: String,
}

impl LinkState {
    /// Reads `?view=…&cat=…&q=…` (with or without the `?`). Unknown keys and
    /// values are ignored; a value that does not decode to UTF-8 is dropped
    /// alone (a stray `%` is kept as text).
    pub fn parse(query: &str) -> LinkState {
        let mut state = LinkState::default();
        for (key, value) in query_pairs(query) {
            let Some(value) = value else {
                continue;
            };
            match key {
                "view" => state.view = ChartView::from_slug(&value).unwrap_or_default(),
                "cat" => {
                    // Inserted one by one: collecting a set sorts a list
                    // first, and the sort's code costs the wasm 1.5 KB.
                    state.categories = BTreeSet::new();
                    state
                        .categories
                        .extend(value.split(',').filter_map(Category::from_slug));
                }
                "q" => state.search = clean_search(&value),
                _ => {}
            }
        }
        state
    }

    /// The query for this state, `""` for the default state, else `?…`.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if self.view != ChartView::default() {
            parts.push(format!("view={}", self.view.slug()));
        }
        if !self.categories.is_empty() {
            let cats: Vec<&str> = self.categories.iter().map(|c| c.slug()).collect();
            parts.push(format!("cat={}", cats.join(",")));
        }
        if !self.search.is_empty() {
            parts.push(format!("q={}", percent_encode(&self.search)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// The query's `key=value` pairs (with or without the `?`), each value
/// percent-decoded, or `None` where it does not decode to UTF-8 (a stray
/// `%` is kept as text). A query longer than the limit has none.
fn query_pairs(query: &str) -> impl Iterator<Item = (&str, Option<String>)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let query = if query.len() > MAX_INPUT_LEN * 4 {
        ""
    } else {
        query
    };
    query.split('&').map(|pair| {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        (key, percent_decode(raw))
    })
}

/// The event an embed page's query opens (`?event=flood-0818`): an embed
/// keeps its state in the query, as its fragment would move its host. Only
/// one of `known` ids; anything else opens nothing.
pub fn query_event<'a>(query: &str, known: &[&'a str]) -> Option<&'a str> {
    query_pairs(query)
        .filter(|(key, _)| *key == "event")
        .find_map(|(_, value)| {
            known
                .iter()
                .copied()
                .find(|id| Some(*id) == value.as_deref())
        })
}

/// Search text as the timeline uses it: no control characters, bounded length.
pub fn clean_search(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_control())
        .take(40)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The fragment of a whole URL, `#` included, or `""` if it has none.
pub fn url_fragment(url: &str) -> &str {
    url.find('#').map_or("", |at| &url[at..])
}

/// The element id a fragment points at, if it is one of `known` ids.
/// Anything else (unknown, too long, not UTF-8, markup) gives `None`.
pub fn fragment_target<'a>(fragment: &str, known: &[&'a str]) -> Option<&'a str> {
    let raw = fragment.strip_prefix('#').unwrap_or(fragment);
    if raw.is_empty() || raw.len() > MAX_INPUT_LEN {
        return None;
    }
    let decoded = percent_decode(raw)?;
    known.iter().copied().find(|id| *id == decoded)
}

/// Decodes `%XX` escapes and `+` as space; `None` when the bytes are not
/// UTF-8. A `%` that starts no escape stays as it is.
pub fn percent_decode(raw: &str) -> Option<String> {
    let spaced = raw.replace('+', " ");
    let decoded = percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .ok()?;
    Some(decoded.into_owned())
}

/// Everything but unreserved ASCII (RFC 3986: letters, digits, `-._~`).
const RESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Encodes everything but unreserved ASCII, so the result is safe in a query.
pub fn percent_encode(text: &str) -> String {
    utf8_percent_encode(text, RESERVED).to_string()
}

/// The link to share for element `id` of the page at `origin` + `pathname`.
/// With the default state it is the element's share page (`s/<id>/`), whose
/// preview names the element and which leads on to it; with a chart view or
/// filter chosen it is the page itself, carrying that state.
pub fn share_url(origin: &str, pathname: &str, query: &str, id: &str) -> String {
    let dir = &pathname[..pathname.rfind('/').map_or(0, |i| i + 1)];
    let dir = if dir.is_empty() { "/" } else { dir };
    if query.is_empty() {
        format!("{origin}{dir}s/{id}/")
    } else {
        format!("{origin}{pathname}{query}#{id}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [&str; 3] = ["overview", "timeline", "flood-0818"];

    #[test]
    fn default_state_has_an_empty_query() {
        assert_eq!(LinkState::default().to_query(), "");
        assert_eq!(LinkState::parse(""), LinkState::default());
    }

    #[test]
    fn parse_after_format_is_identity() {
        let state = LinkState {
            view: ChartView::Slope,
            categories: [Category::Flood, Category::Covid].into_iter().collect(),
            search: "洪灾 & 抗疫=?#".to_owned(),
        };
        let query = state.to_query();
        assert!(
            query.starts_with("?view=slope&cat=covid,flood&q="),
            "{query}"
        );
        assert_eq!(LinkState::parse(&query), state);
    }

    #[test]
    fn unknown_keys_and_values_are_ignored() {
        let state = LinkState::parse("?view=pie&cat=flood,nope,%3Cscript%3E&utm=x&q=%E6%B4%AA");
        assert_eq!(state.view, ChartView::Bars);
        assert_eq!(state.categories, [Category::Flood].into_iter().collect());
        assert_eq!(state.search, "洪");
    }

    #[test]
    fn bad_percent_encoding_drops_only_that_value() {
        let state = LinkState::parse("q=%E6%B4&view=slope&cat=%zz");
        assert_eq!(state.search, "");
        assert_eq!(state.view, ChartView::Slope);
        assert!(state.categories.is_empty());
    }

    #[test]
    fn search_is_bounded_and_clean() {
        let long = "洪".repeat(100);
        assert_eq!(
            LinkState::parse(&format!("q={}", percent_encode(&long)))
                .search
                .chars()
                .count(),
            40
        );
        assert_eq!(clean_search(" a\u{0}b\n "), "ab");
    }

    #[test]
    fn a_urls_fragment_is_what_follows_its_first_hash() {
        assert_eq!(
            url_fragment("https://example.org/en/?cat=flood#overview"),
            "#overview"
        );
        assert_eq!(url_fragment("https://example.org/#a#b"), "#a#b");
        assert_eq!(url_fragment("https://example.org/?q=1"), "");
        assert_eq!(
            fragment_target(url_fragment("http://h/#%66lood-0818"), &KNOWN),
            Some("flood-0818")
        );
    }

    #[test]
    fn fragments_resolve_only_to_known_ids() {
        assert_eq!(fragment_target("#overview", &KNOWN), Some("overview"));
        assert_eq!(fragment_target("flood-0818", &KNOWN), Some("flood-0818"));
        assert_eq!(fragment_target("#%66lood-0818", &KNOWN), Some("flood-0818"));
        assert_eq!(fragment_target("#nowhere", &KNOWN), None);
        assert_eq!(fragment_target("#", &KNOWN), None);
        assert_eq!(fragment_target("", &KNOWN), None);
    }

    #[test]
    fn hostile_fragments_are_harmless() {
        let long = format!("#{}", "a".repeat(5000));
        for hostile in [
            "#%E0%A4%A",
            "#%ZZ",
            "#%",
            "#%FF%FE",
            "#<script>alert(1)</script>",
            "#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            "#🎉🎉",
            "#overview%00",
            long.as_str(),
        ] {
            assert_eq!(fragment_target(hostile, &KNOWN), None, "{hostile:.40}");
        }
    }

    #[test]
    fn share_urls_use_share_pages_unless_state_is_carried() {
        let o = "https://example.org";
        assert_eq!(
            share_url(o, "/", "", "flood-0818"),
            "https://example.org/s/flood-0818/"
        );
        assert_eq!(
            share_url(o, "/report/", "", "overview"),
            "https://example.org/report/s/overview/"
        );
        assert_eq!(
            share_url(o, "/report/index.html", "", "overview"),
            "https://example.org/report/s/overview/"
        );
        assert_eq!(
            share_url(o, "/report/", "?view=slope", "overview"),
            "https://example.org/report/?view=slope#overview"
        );
        assert_eq!(
            share_url(o, "", "", "overview"),
            "https://example.org/s/overview/"
        );
    }

    #[test]
    fn an_embeds_query_opens_a_known_event_only() {
        assert_eq!(query_event("?event=flood-0818", &KNOWN), Some("flood-0818"));
        assert_eq!(
            query_event("view=slope&event=%66lood-0818&cat=flood", &KNOWN),
            Some("flood-0818")
        );
        // The first that names a known event.
        assert_eq!(
            query_event("?event=nope&event=overview", &KNOWN),
            Some("overview")
        );
        let long = format!("?event={}", "a".repeat(5000));
        for hostile in [
            "",
            "?event",
            "?event=",
            "?event=%3Cscript%3E",
            "?event=%E6%B4",
            "?Event=flood-0818",
            "?event=flood-0818%00",
            long.as_str(),
        ] {
            assert_eq!(query_event(hostile, &KNOWN), None, "{hostile:.40}");
        }
        // The link state ignores it, and it ignores the link state.
        assert_eq!(LinkState::parse("?event=flood-0818"), LinkState::default());
    }

    #[test]
    fn percent_decoding_rejects_broken_input() {
        assert_eq!(percent_decode("%E6%B4%AA").as_deref(), Some("洪"));
        assert_eq!(percent_decode("a+b").as_deref(), Some("a b"));
        assert_eq!(percent_decode("%E6%B4"), None);
        assert_eq!(percent_decode("%FF%FE"), None);
        // A stray % is kept as text: it matches no id, category or view.
        assert_eq!(percent_decode("%4").as_deref(), Some("%4"));
        assert_eq!(percent_encode("a b/洪~"), "a%20b%2F%E6%B4%AA~");
    }
}
