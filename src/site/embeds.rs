//! What another site needs to embed a part: its embed page's head, and its
//! oEmbed response and the link that names it.

use super::links::Links;
use super::page::{alternates, in_both_editions, truncate};
use crate::embed::{embed_code, embed_path, frame_title, EMBED_WIDTH};
use crate::escape::escape;
use report::{lang, report, Part};

/// The head of part `part`'s embed page in the edition being rendered: its
/// title (the iframe's), description, its translation, and, where the
/// site's address is known, its oEmbed. Not for search engines' lists: the
/// report is the page to find.
pub fn embed_head(part: &Part, description: &str, site: Option<&str>) -> String {
    let links = Links::below_page(site);
    let title = escape(&frame_title(part));
    let description = escape(&truncate(description, 160));
    let alternates = alternates(
        links,
        |edition| embed_path(edition, &part.slug),
        in_both_editions(&part.slug),
    );
    let oembed = oembed_link(part, site).unwrap_or_default();
    format!(
        r#"<title>{title}</title>
    <meta name="description" content="{description}" />
    <meta name="robots" content="noindex" />
    {alternates}{oembed}
"#
    )
}

/// Where part `part`'s oEmbed is, in the edition being rendered, from the
/// site's root.
pub fn oembed_path(part: &Part) -> String {
    format!("{}oembed.json", embed_path(lang(), &part.slug))
}

/// The `<link>` by which an oEmbed consumer (a CMS given the page's URL)
/// finds the part's embed code: absolute, so only with the site's address.
pub(super) fn oembed_link(part: &Part, site: Option<&str>) -> Option<String> {
    let href = Links::page(site).absolute(&oembed_path(part))?;
    Some(format!(
        r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}" />"#,
        escape(&href),
        escape(&frame_title(part))
    ))
}

/// Part `part`'s oEmbed response (oEmbed 1.0, type `rich`), in the edition
/// being rendered: its embed code for the site at `site` (consumers need
/// absolute URLs), its size, and its share page's picture as the thumbnail.
pub fn oembed_json(part: &Part, site: &str) -> String {
    let r = report();
    let (width, height) = (super::preview::WIDTH, super::preview::HEIGHT);
    let json = serde_json::json!({
        "type": "rich",
        "version": "1.0",
        "title": frame_title(part),
        "author_name": r.meta.byline.as_str(),
        "provider_name": r.meta.title.as_str(),
        "provider_url": format!("{site}{}", lang().dir()),
        "html": embed_code(site, part),
        "width": EMBED_WIDTH,
        "height": crate::embed::fallback_height(part.kind),
        "thumbnail_url": format!("{site}{}s/{}/preview.png", lang().dir(), part.slug),
        "thumbnail_width": width,
        "thumbnail_height": height,
    });
    format!("{json:#}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embed_pages_head_names_its_translation_and_oembed_and_keeps_out_of_search() {
        use report::{with_lang, Lang};
        let site = "https://example.org/r/";
        let chart = report().part("industry-ratio").unwrap();
        let head = embed_head(chart, "a <description>", Some(site));
        assert!(head.contains(r#"<meta name="robots" content="noindex" />"#));
        assert!(head.contains(r#"<meta name="description" content="a &lt;description&gt;" />"#));
        assert!(head.contains(r#"<link rel="alternate" hreflang="en" href="https://example.org/r/en/embed/industry-ratio/" />"#), "{head}");
        assert!(head.contains(r#"<link rel="alternate" type="application/json+oembed" href="https://example.org/r/embed/industry-ratio/oembed.json""#));
        // The glossary is the English edition's alone: no Chinese alternate.
        let glossary = with_lang(Lang::En, || {
            embed_head(report().part("glossary").unwrap(), "d", Some(site))
        });
        assert!(!glossary.contains(r#"hreflang="zh-CN""#), "{glossary}");
        assert!(glossary.contains(r#"href="https://example.org/r/en/embed/glossary/oembed.json""#));
    }

    #[test]
    fn the_oembed_is_rich_with_the_embed_code_and_the_parts_picture() {
        use report::{with_lang, Lang};
        let site = "https://example.org/r/";
        let json = with_lang(Lang::En, || {
            oembed_json(report().part("timeline").unwrap(), site)
        });
        let oembed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(oembed["type"], "rich");
        assert_eq!(oembed["version"], "1.0");
        assert_eq!(oembed["provider_url"], "https://example.org/r/en/");
        assert_eq!(oembed["author_name"], "Jia Xuan (嘉宣)");
        assert_eq!(
            oembed["thumbnail_url"],
            "https://example.org/r/en/s/timeline/preview.png"
        );
        assert_eq!(
            (oembed["width"].as_u64(), oembed["height"].as_u64()),
            (Some(640), Some(800))
        );
        let html = oembed["html"].as_str().unwrap();
        assert!(html.starts_with(r#"<iframe src="https://example.org/r/en/embed/timeline/" title="Timeline of key events · "#), "{html}");
        assert!(html
            .ends_with(r#"<script async src="https://example.org/r/public/embed.js"></script>"#));
    }
}
