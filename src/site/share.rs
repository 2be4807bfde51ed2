//! The small page a shared link opens: it names one part of the report for
//! link previews (with its own picture) and sends the reader on to it.

use super::embeds::oembed_link;
use super::links::Links;
use super::page::{alternates, in_both_editions, page_start, preview_tags, truncate};
use super::targets::ShareTarget;
use crate::embed::embeddable;
use crate::escape::escape;
use report::{lang, report, Lang};

/// A page that names one part of the report for link previews and sends the
/// reader on to it at once, in the edition being rendered (two levels below
/// its page: `s/<slug>/index.html`, `en/s/<slug>/index.html`). Its picture
/// is `preview.png` beside it (`site::preview`), described by `image_alt`:
/// named only with the site's address, as previews need it absolute. A
/// part that has an embed page names its oEmbed, so that a CMS given this
/// link can embed the part.
pub fn share_page(target: &ShareTarget, site: Option<&str>, image_alt: &str) -> String {
    let here = lang();
    let links = Links::below_page(site);
    let title = escape(&target.title);
    let description = escape(&truncate(&target.description, 120));
    let slug = escape(&target.slug);
    let share_path = |edition: Lang| format!("{}s/{}/", edition.dir(), target.slug);
    let canonical = escape(&format!("{}#{}", links.to(here.dir()), target.slug));
    let og_url = links
        .absolute(&share_path(here))
        .map(|url| {
            format!(
                "<meta property=\"og:url\" content=\"{}\" />\n    ",
                escape(&url)
            )
        })
        .unwrap_or_default();
    let alternates = alternates(links, share_path, in_both_editions(&target.slug));
    let root = "../".repeat(2 + usize::from(!here.dir().is_empty()));
    let start = page_start();
    let locale = here.locale();
    let image = links.absolute(&format!("{}preview.png", share_path(here)));
    let preview_tags = preview_tags(&title, &description, image.as_deref(), &escape(image_alt));
    let oembed = report()
        .part(&target.slug)
        .filter(|p| embeddable(p))
        .and_then(|p| oembed_link(p, site))
        .map(|link| format!("\n    {link}"))
        .unwrap_or_default();
    format!(
        r#"{start}    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'none'" />
    <meta name="referrer" content="strict-origin-when-cross-origin" />
    <title>{title}</title>
    <link rel="icon" href="{root}public/favicon.svg" type="image/svg+xml" />
    <meta name="description" content="{description}" />
    <link rel="canonical" href="{canonical}" />
    {alternates}<meta property="og:type" content="article" />
    <meta property="og:locale" content="{locale}" />
    {og_url}{preview_tags}{oembed}
    <meta http-equiv="refresh" content="0; url=../../#{slug}" />
  </head>
  <body>
    <p><a href="../../#{slug}">{title}</a></p>
  </body>
</html>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::targets::share_targets;

    #[test]
    fn share_pages_name_their_part_and_lead_to_it() {
        let flood = share_targets()
            .into_iter()
            .find(|t| t.slug == "flood-0818")
            .unwrap();
        let page = share_page(&flood, Some("https://example.org/r/"), "a picture");
        assert!(
            page.contains("<title>2020年8月18日:“8·18”特大洪灾 · 市中区 担当“首位增长极”</title>"),
            "{page}"
        );
        assert!(page.contains(r#"<meta property="og:title" content="2020年8月18日:“8·18”特大洪灾"#));
        assert!(page.contains(r#"content="0; url=../../#flood-0818""#));
        assert!(page.contains(
            r#"<meta property="og:url" content="https://example.org/r/s/flood-0818/" />"#
        ));
        // Its own picture, absolute, with its size and description.
        assert!(page.contains(
            r#"<meta property="og:image" content="https://example.org/r/s/flood-0818/preview.png" />"#
        ));
        assert!(page.contains(r#"<meta property="og:image:width" content="1200" />"#));
        assert!(page.contains(r#"<meta property="og:image:alt" content="a picture" />"#));
    }

    #[test]
    fn markup_in_text_is_escaped() {
        let target = ShareTarget {
            slug: "x".into(),
            title: "<script>\"a\"&</script>".into(),
            description: "d".into(),
            ..share_targets().remove(0)
        };
        let page = share_page(&target, Some("https://e.org/"), "<alt>");
        assert!(!page.contains("<script>"));
        assert!(page.contains("&lt;script&gt;&quot;a&quot;&amp;&lt;/script&gt;"));
        assert!(page.contains(r#"<meta property="og:image:alt" content="&lt;alt&gt;" />"#));
    }

    #[test]
    fn an_english_share_page_is_english_and_leads_into_the_english_page() {
        use report::with_lang;
        let page = with_lang(Lang::En, || {
            let flood = share_targets()
                .into_iter()
                .find(|t| t.slug == "flood-0818")
                .unwrap();
            share_page(&flood, Some("https://example.org/r/"), "a picture")
        });
        assert!(page.contains(r#"<html lang="en">"#));
        assert!(page.contains("18 August 2020"), "{page}");
        assert!(page
            .contains(r#"<link rel="canonical" href="https://example.org/r/en/#flood-0818" />"#));
        assert!(page.contains(r#"content="https://example.org/r/en/s/flood-0818/preview.png""#));
        assert!(page.contains(r#"href="../../../public/favicon.svg""#));
        assert!(page.contains(r#"content="0; url=../../#flood-0818""#));
    }

    #[test]
    fn a_parts_share_page_names_its_oembed_and_an_events_does_not() {
        let targets = share_targets();
        let site = "https://example.org/r/";
        let part = targets.iter().find(|t| t.slug == "timeline").unwrap();
        assert!(share_page(part, Some(site), "a").contains(r#"<link rel="alternate" type="application/json+oembed" href="https://example.org/r/embed/timeline/oembed.json""#));
        let event = targets.iter().find(|t| t.slug == "flood-0818").unwrap();
        assert!(!share_page(event, Some(site), "a").contains("json+oembed"));
    }

    #[test]
    fn unpublished_a_share_page_names_no_address_it_cannot_know() {
        use report::with_lang;
        let targets = share_targets();
        let flood = targets.iter().find(|t| t.slug == "flood-0818").unwrap();
        let page = share_page(flood, None, "a picture");
        assert!(
            page.contains(r##"<link rel="canonical" href="../../#flood-0818" />"##),
            "{page}"
        );
        for absolute_only in [
            "og:url",
            "og:image",
            "twitter:image",
            "json+oembed",
            "http://",
            "https://",
        ] {
            assert!(!page.contains(absolute_only), "{absolute_only}: {page}");
        }
        // Both editions have it: each, and the original as the default.
        for (hreflang, href) in [
            ("zh-CN", "../../s/flood-0818/"),
            ("en", "../../en/s/flood-0818/"),
            ("x-default", "../../s/flood-0818/"),
        ] {
            assert!(
                page.contains(&format!(
                    r#"<link rel="alternate" hreflang="{hreflang}" href="{href}" />"#
                )),
                "{page}"
            );
        }
        let english = with_lang(Lang::En, || {
            let glossary = share_targets()
                .into_iter()
                .find(|t| t.slug == "glossary")
                .unwrap();
            let flood = share_targets()
                .into_iter()
                .find(|t| t.slug == "flood-0818")
                .unwrap();
            (
                share_page(&glossary, None, "a"),
                share_page(&flood, Some("https://e.org/"), "a"),
            )
        });
        // The glossary is the English edition's alone: no alternates.
        assert!(!english.0.contains("hreflang"), "{}", english.0);
        assert!(english.1.contains(
            r#"<link rel="alternate" hreflang="zh-CN" href="https://e.org/s/flood-0818/" />"#
        ));
        assert!(english.1.contains(
            r#"<link rel="alternate" hreflang="x-default" href="https://e.org/s/flood-0818/" />"#
        ));
        assert_eq!(
            crate::site::crawlers::robots_txt(None),
            "User-agent: *\nAllow: /\n"
        );
    }
}
