//! Embedding one part of the report in another site.
//!
//! Each part has an embed page (`embed/<slug>/`, `en/embed/<slug>/`) that
//! shows it alone. A publisher pastes its embed code: an iframe of that page,
//! and the resizer script (`public/embed.js`), which sizes the iframe to the
//! height the page reports in a message. Without the
//! script the iframe keeps a fixed height and scrolls.
//!
//! Pure, but for [`link_to`], which reads the rendering's context: what the
//! code says and where the pages are. The browser's side is in `page.rs`,
//! and the height message in the loader (`scripts/postbuild.mjs`), which
//! sends it before the wasm has loaded.

use crate::escape::escape;
use leptos::prelude::*;
use report::{fill, lang, report, ui, Lang, Part, PartKind};

/// The resizer script, from the site's root.
pub const RESIZER_PATH: &str = "public/embed.js";

/// The width the embed code is meant for (oEmbed's `width`): the iframe
/// fills the column it is put in.
pub const EMBED_WIDTH: u32 = 640;

/// From an embed page to its edition's report (`embed/<slug>/` is two
/// levels down).
pub const EMBED_TO_REPORT: &str = "../../";

/// From the page being rendered to its edition's page: `""` on that page,
/// two folders up from an embed page.
pub fn to_edition_page() -> &'static str {
    if embedded().is_some() {
        EMBED_TO_REPORT
    } else {
        ""
    }
}

/// Whether a part has an embed page: every part with a Share button (the
/// masthead and the source frame the report itself).
pub fn embeddable(part: &Part) -> bool {
    part.in_contents() && part.kind != PartKind::Source
}

/// The embed page of part `slug` in `edition`, from the site's root.
pub fn embed_path(edition: Lang, slug: &str) -> String {
    format!("{}embed/{slug}/", edition.dir())
}

/// The height an embed starts at, and keeps where the host page does not
/// load the resizer (the frame then scrolls). Measured in a 640 px column,
/// the parts run from 590 px (the figures) to 4,240 (the English timeline):
/// a frame shows the whole of the short ones, the chart with its legend,
/// and no more than most of a laptop's window of the long ones.
pub fn fallback_height(kind: PartKind) -> u32 {
    match kind {
        PartKind::RatioChart => 960,
        PartKind::Glossary => 720,
        _ => 800,
    }
}

/// The iframe's title, which names the part for screen readers.
pub fn frame_title(part: &Part) -> String {
    fill(
        ui().share_page_title.as_str(),
        &[
            ("part", part.title()),
            ("article", report().meta.title.as_str()),
        ],
    )
}

/// The embed code of `part` in the edition being rendered, for the site at
/// `site` (absolute, ending in `/`), or `""`: relative URLs, which the page
/// rebases ([`rebase`]) once it knows where it is served.
pub fn embed_code(site: &str, part: &Part) -> String {
    let src = escape(&format!("{site}{}", embed_path(lang(), &part.slug)));
    let title = escape(&frame_title(part));
    let height = fallback_height(part.kind);
    let script = escape(&format!("{site}{RESIZER_PATH}"));
    format!(
        r#"<iframe src="{src}" title="{title}" height="{height}" loading="lazy" style="width:100%;border:0" data-shizhong-embed></iframe>
<script async src="{script}"></script>"#
    )
}

/// `code` with the URLs it names under `from` moved under `to`. Every URL
/// in an embed code is a `src` attribute's value, from its start.
pub fn rebase(code: &str, from: &str, to: &str) -> String {
    code.replace(&format!("src=\"{from}"), &format!("src=\"{to}"))
}

/// The site's root (where the original edition's `index.html` is) for a
/// page of `edition` at `origin` + `pathname`.
pub fn site_root(origin: &str, pathname: &str, edition: Lang) -> String {
    let dir = &pathname[..pathname.rfind('/').map_or(0, |i| i + 1)];
    let root = dir.strip_suffix(edition.dir()).unwrap_or(dir);
    let root = if root.is_empty() { "/" } else { root };
    format!("{origin}{root}")
}

/// Where the site is published (`SITE_URL`), as the build was told; absent
/// in the browser and when the build was not told.
#[derive(Clone, Debug, Default)]
pub struct Site(pub Option<String>);

/// The site's address for the view being rendered, `""` if unknown.
pub fn site() -> String {
    use_context::<Site>().and_then(|s| s.0).unwrap_or_default()
}

/// Provided while an embed page renders: the part it shows.
#[derive(Clone, Copy, Debug)]
pub struct Embedded {
    pub part: &'static Part,
}

/// The part the page being rendered embeds, if it is an embed page.
pub fn embedded() -> Option<Embedded> {
    use_context::<Embedded>()
}

/// A link to the element `id` of the report, from the page being rendered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportLink {
    pub href: String,
    /// Opens the full report in a new tab: an embed never navigates its host.
    pub new_tab: bool,
}

impl ReportLink {
    /// `target` and `rel` for the link's `<a>`.
    pub fn target(&self) -> Option<&'static str> {
        self.new_tab.then_some("_blank")
    }
    pub fn rel(&self) -> Option<&'static str> {
        self.new_tab.then_some("noopener")
    }
}

/// On the report, an in-page link. On an embed page, in-page if `id` is in
/// the part it shows, else a link to the full report in a new tab.
pub fn link_to(id: &str) -> ReportLink {
    link_from(embedded().map(|e| e.part.slug.as_str()), id)
}

fn link_from(embedded_part: Option<&str>, id: &str) -> ReportLink {
    match embedded_part {
        Some(part) if report().containing_anchor(id) != part => ReportLink {
            href: format!("{EMBED_TO_REPORT}#{id}"),
            new_tab: true,
        },
        _ => ReportLink {
            href: format!("#{id}"),
            new_tab: false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::with_lang;

    fn part(slug: &str) -> &'static Part {
        report().part(slug).unwrap()
    }

    #[test]
    fn the_code_frames_the_parts_page_names_it_and_loads_lazily() {
        let code = embed_code("https://example.org/r/", part("timeline"));
        assert_eq!(
            code,
            "<iframe src=\"https://example.org/r/embed/timeline/\" title=\"大事时间线 · 市中区 担当“首位增长极”\" height=\"800\" loading=\"lazy\" style=\"width:100%;border:0\" data-shizhong-embed></iframe>\n<script async src=\"https://example.org/r/public/embed.js\"></script>"
        );
        let english = with_lang(Lang::En, || {
            embed_code("https://example.org/r/", part("industry-ratio"))
        });
        assert!(
            english.contains("src=\"https://example.org/r/en/embed/industry-ratio/\""),
            "{english}"
        );
        assert!(
            english.contains("title=\"Industrial structure · Shizhong District"),
            "{english}"
        );
        assert!(english.contains("height=\"960\""));
    }

    #[test]
    fn the_code_escapes_what_it_quotes() {
        let code = embed_code("https://e.org/\"><script>", part("overview"));
        assert!(!code.contains("\"><script>"), "{code}");
        assert!(code.contains("&quot;&gt;&lt;script&gt;"));
    }

    #[test]
    fn a_relative_code_is_rebased_where_the_page_is_served() {
        let code = embed_code("", part("overview"));
        assert!(code.contains(r#"src="embed/overview/""#), "{code}");
        let here = site_root("https://news.example", "/2021/shizhong/", Lang::Zh);
        assert_eq!(here, "https://news.example/2021/shizhong/");
        let rebased = rebase(&code, "", &here);
        assert_eq!(rebased, embed_code(&here, part("overview")));
        // Rebasing again, from the address it now names, is the same move.
        let moved = rebase(&rebased, &here, "https://mirror.example/");
        assert_eq!(
            moved,
            embed_code("https://mirror.example/", part("overview"))
        );
    }

    #[test]
    fn the_site_root_is_the_original_editions_folder() {
        let o = "http://127.0.0.1:8080";
        assert_eq!(site_root(o, "/", Lang::Zh), "http://127.0.0.1:8080/");
        assert_eq!(
            site_root(o, "/index.html", Lang::Zh),
            "http://127.0.0.1:8080/"
        );
        assert_eq!(site_root(o, "/en/", Lang::En), "http://127.0.0.1:8080/");
        assert_eq!(
            site_root(o, "/r/en/index.html", Lang::En),
            "http://127.0.0.1:8080/r/"
        );
        assert_eq!(site_root(o, "", Lang::En), "http://127.0.0.1:8080/");
    }

    #[test]
    fn every_part_with_a_share_button_is_embeddable() {
        let r = report();
        let slugs: Vec<&str> = r
            .contents()
            .filter(|p| embeddable(p))
            .map(|p| p.slug.as_str())
            .collect();
        assert!(slugs.contains(&"timeline") && slugs.contains(&"industry-ratio"));
        assert!(!slugs.contains(&"source") && !slugs.contains(&"lead"));
        assert_eq!(embed_path(Lang::En, "timeline"), "en/embed/timeline/");
    }

    #[test]
    fn on_an_embed_page_links_outside_its_part_open_the_full_report() {
        // An event is in the timeline: in-page there, the full report elsewhere.
        let inside = link_from(Some("timeline"), "flood-0818");
        assert_eq!(inside.href, "#flood-0818");
        assert_eq!(inside.target(), None);
        let outside = link_from(Some("overview"), "flood-0818");
        assert_eq!(outside.href, "../../#flood-0818");
        assert_eq!(
            (outside.target(), outside.rel()),
            (Some("_blank"), Some("noopener"))
        );
        assert_eq!(link_from(None, "overview").href, "#overview");
    }
}
