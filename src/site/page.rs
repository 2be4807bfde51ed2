//! An edition's page, from the page Trunk built (`index.html`): where the
//! app, the head's tags and the noscript note go, the head itself (title,
//! description, preview tags, language alternates), and the templates of
//! the pages below it (share and embed pages).

use super::links::Links;
use crate::escape::escape;
use report::{lang, report, ui, with_lang, Lang};

/// The page's title, description and link-preview tags, from the data, in
/// the edition being rendered, with the links to both editions. With the
/// address the site is published at (`site`), a canonical link and the
/// preview's URL and picture, which only an absolute URL can name.
pub fn head_tags(site: Option<&str>) -> String {
    let meta = &report().meta;
    let here = lang();
    let links = Links::page(site);
    let title = escape(meta.page_title.as_str());
    let headline = escape(meta.title.as_str());
    let description = escape(meta.description.as_str());
    let preview = escape(meta.preview.as_str());
    let image_alt = escape(meta.image_alt.as_str());
    let canonical = links.absolute(here.dir()).map_or_else(String::new, |url| {
        let url = escape(&url);
        format!(
            r#"<link rel="canonical" href="{url}" />
    <meta property="og:url" content="{url}" />
    "#
        )
    });
    let alternates = alternates(links, |edition| edition.dir().to_owned(), true);
    // The page's own picture (`preview::page_preview`), beside it.
    let image = links.absolute(&format!("{}preview.png", here.dir()));
    let preview_tags = preview_tags(&headline, &preview, image.as_deref(), &image_alt);
    let (locale, other_locale) = (here.locale(), here.other().locale());
    format!(
        r#"<title>{title}</title>
    {canonical}{alternates}<meta name="description" content="{description}" />
    <meta property="og:type" content="article" />
    <meta property="og:locale" content="{locale}" />
    <meta property="og:locale:alternate" content="{other_locale}" />
    {preview_tags}
"#
    )
}

/// The `<link rel="alternate" hreflang>` of a page that both editions have
/// (at `path_in(edition)` from the site's root), and the original as
/// `x-default`, for search engines to offer each reader their language.
/// None for a page one edition alone has (`in_both` false).
pub(super) fn alternates(links: Links, path_in: impl Fn(Lang) -> String, in_both: bool) -> String {
    if !in_both {
        return String::new();
    }
    let link = |hreflang: &str, edition: Lang| {
        format!(
            "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\" />\n    ",
            escape(&links.to(&path_in(edition)))
        )
    };
    let mut tags: String = Lang::ALL.into_iter().map(|e| link(e.tag(), e)).collect();
    tags.push_str(&link("x-default", Lang::Zh));
    tags
}

/// Whether both editions have the part or event `slug` (the glossary is the
/// English edition's alone).
pub(super) fn in_both_editions(slug: &str) -> bool {
    Lang::ALL
        .into_iter()
        .all(|edition| with_lang(edition, || report().anchor_ids().contains(&slug)))
}

/// What a link preview shows, for Open Graph and Twitter alike: the title,
/// the description and, where its absolute URL is known, the picture (a
/// 1200×630 PNG, see `site::preview`) with its text alternative. Every
/// argument is already escaped.
pub(super) fn preview_tags(
    title: &str,
    description: &str,
    image: Option<&str>,
    image_alt: &str,
) -> String {
    let text = format!(
        r#"<meta property="og:title" content="{title}" />
    <meta property="og:description" content="{description}" />
    "#
    );
    let Some(image) = image.map(escape) else {
        return format!(
            r#"{text}<meta name="twitter:card" content="summary" />
    <meta name="twitter:title" content="{title}" />
    <meta name="twitter:description" content="{description}" />"#
        );
    };
    let (width, height) = (super::preview::WIDTH, super::preview::HEIGHT);
    format!(
        r#"{text}<meta property="og:image" content="{image}" />
    <meta property="og:image:type" content="image/png" />
    <meta property="og:image:width" content="{width}" />
    <meta property="og:image:height" content="{height}" />
    <meta property="og:image:alt" content="{image_alt}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:title" content="{title}" />
    <meta name="twitter:description" content="{description}" />
    <meta name="twitter:image" content="{image}" />
    <meta name="twitter:image:alt" content="{image_alt}" />"#
    )
}

/// A page of `edition` from the original's page (`index.html`, after
/// Trunk), `depth` folders below its edition's page (an embed page is 2):
/// its `lang`, and its links to the site's files, relative, from there.
/// Fragment links (`#slug`) and data URLs stay as they are.
pub fn page_template(html: &str, edition: Lang, depth: usize) -> String {
    let original = format!("<html lang=\"{}\">", Lang::Zh.tag());
    assert!(
        html.contains(&original),
        "index.html does not open with {original}"
    );
    let levels = depth + usize::from(!edition.dir().is_empty());
    if levels == 0 {
        return html.to_owned();
    }
    let up = "../".repeat(levels);
    html.replacen(&original, &format!("<html lang=\"{}\">", edition.tag()), 1)
        .replace("src=\"./", &format!("src=\"{up}"))
        .replace("href=\"./", &format!("href=\"{up}"))
        .replace("href=\"public/", &format!("href=\"{up}public/"))
}

/// The edition's page from the original's.
pub fn edition_template(html: &str, edition: Lang) -> String {
    page_template(html, edition, 0)
}

/// An embed page of `edition` from the original's page: two folders down
/// (`embed/<slug>/`), and marked `data-embed`, which the stylesheet and the
/// page's start read.
pub fn embed_template(html: &str, edition: Lang) -> String {
    let tag = format!("<html lang=\"{}\">", edition.tag());
    page_template(html, edition, 2).replacen(
        &tag,
        &format!("<html lang=\"{}\" data-embed>", edition.tag()),
        1,
    )
}

/// Names the page's report data for the loader, which fetches it beside
/// itself (the file sits at the site's root, next to the loader).
pub fn data_meta(file: &str) -> String {
    format!(r#"<meta name="report-data" content="{}" />"#, escape(file))
}

/// How the extra pages (share pages, the 404 page) begin.
pub(super) fn page_start() -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="{}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
"#,
        lang().tag()
    )
}

/// The mark in `index.html`'s head where the head tags go.
const HEAD_MARK: &str = "<!-- head:";

/// Puts `tags` in place of the head's mark (its line in `index.html`).
pub fn head_with(html: &str, tags: &str) -> String {
    let start = html.find(HEAD_MARK).expect("index.html has the head mark");
    let end = start + html[start..].find("-->").expect("the head mark ends") + "-->".len();
    format!("{}{}{}", &html[..start], tags.trim(), &html[end..])
}

/// The note for readers without JavaScript, after the app in `<body>`.
pub fn noscript_note() -> String {
    let note = escape(ui().noscript.as_str());
    format!("<noscript><p class=\"noscript\">{note}</p></noscript>")
}

/// Puts the rendered app in `<body>`, first, where hydration looks for it.
pub fn body_with_app(html: &str, app: &str) -> String {
    let open = html.find("<body>").expect("index.html has <body>") + "<body>".len();
    let close = html.rfind("</body>").expect("index.html has </body>");
    format!("{}{app}{}", &html[..open], &html[close..])
}

pub(super) fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max_chars).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_is_made_from_the_data_and_escaped() {
        let tags = head_tags(None);
        let meta = &report().meta;
        assert!(tags.contains(&format!(
            "<title>{}</title>",
            escape(meta.page_title.as_str())
        )));
        assert!(tags.contains(&format!(
            r#"<meta name="description" content="{}" />"#,
            escape(meta.description.as_str())
        )));
        let html = "<head>\n    <meta charset=\"utf-8\" />\n    <!-- head: tags -->\n  </head>";
        let page = head_with(html, &tags);
        assert!(page.starts_with("<head>\n    <meta charset=\"utf-8\" />\n    <title>"));
        assert!(page.ends_with("/>\n  </head>"), "{page}");
        assert!(!tags.contains("canonical"));
        let published = head_tags(Some("https://example.org/r/"));
        // Unpublished: the editions relative to the page, the original as the default.
        for (hreflang, href) in [("zh-CN", "./"), ("en", "en/"), ("x-default", "./")] {
            assert!(
                tags.contains(&format!(
                    r#"<link rel="alternate" hreflang="{hreflang}" href="{href}" />"#
                )),
                "{tags}"
            );
        }
        // And nothing that only an absolute URL may fill.
        for absolute_only in ["og:url", "og:image", "twitter:image"] {
            assert!(!tags.contains(absolute_only), "{absolute_only}: {tags}");
        }
        assert!(published.contains(r#"<link rel="canonical" href="https://example.org/r/" />"#));
        assert!(published.contains(r#"content="https://example.org/r/preview.png""#));
    }

    #[test]
    fn the_english_head_and_page_name_the_english_edition_and_the_original() {
        use report::with_lang;
        let tags = with_lang(Lang::En, || head_tags(Some("https://example.org/r/")));
        let meta = &report().meta;
        assert!(tags.contains(&format!("<title>{}</title>", escape(&meta.page_title.en))));
        assert!(tags.contains(r#"<link rel="canonical" href="https://example.org/r/en/" />"#));
        assert!(tags.contains(r#"<meta property="og:locale" content="en_GB" />"#));
        assert!(tags.contains(r#"<meta property="og:locale:alternate" content="zh_CN" />"#));
        assert!(tags.contains(
            r#"<link rel="alternate" hreflang="zh-CN" href="https://example.org/r/" />"#
        ));
        assert!(tags.contains(
            r#"<link rel="alternate" hreflang="en" href="https://example.org/r/en/" />"#
        ));
        assert!(tags.contains(
            r#"<link rel="alternate" hreflang="x-default" href="https://example.org/r/" />"#
        ));
        assert!(tags.contains(r#"content="https://example.org/r/en/preview.png""#));
        // Unpublished, the alternates are relative to the English page.
        let local = with_lang(Lang::En, || head_tags(None));
        assert!(local.contains(r#"hreflang="zh-CN" href="../""#), "{local}");
        assert!(local.contains(r#"hreflang="en" href="./""#), "{local}");

        let html = r##"<!DOCTYPE html><html lang="zh-CN"><head><link rel="icon" href="public/favicon.svg" /><script type="module" src="./loader-1.js"></script><link rel="modulepreload" href="./app-1.js"></head><body><a href="#overview">x</a></body></html>"##;
        let english = edition_template(html, Lang::En);
        assert!(english.contains(r#"<html lang="en">"#));
        assert!(english.contains(r#"href="../public/favicon.svg""#));
        assert!(english.contains(r#"src="../loader-1.js""#));
        assert!(english.contains(r#"href="../app-1.js""#));
        assert!(english.contains(r##"href="#overview""##));
        assert_eq!(edition_template(html, Lang::Zh), html);
    }

    #[test]
    fn an_embed_page_is_two_folders_down_marked_and_reaches_the_sites_files() {
        let html = r##"<!DOCTYPE html><html lang="zh-CN"><head><script type="module" src="./loader-1.js"></script></head><body><a href="#overview">x</a></body></html>"##;
        let zh = embed_template(html, Lang::Zh);
        assert!(zh.contains(r#"<html lang="zh-CN" data-embed>"#), "{zh}");
        assert!(zh.contains(r#"src="../../loader-1.js""#));
        assert!(zh.contains(r##"href="#overview""##));
        let en = embed_template(html, Lang::En);
        assert!(en.contains(r#"<html lang="en" data-embed>"#));
        assert!(en.contains(r#"src="../../../loader-1.js""#));
        // The editions' own pages are unchanged by the generalisation.
        assert_eq!(page_template(html, Lang::Zh, 0), html);
        assert_eq!(
            edition_template(html, Lang::En),
            page_template(html, Lang::En, 0)
        );
    }

    #[test]
    fn the_app_goes_first_in_the_body() {
        let html = "<html><head></head><body>\n  <!-- app -->\n</body></html>";
        assert_eq!(
            body_with_app(html, "<main>app</main>"),
            "<html><head></head><body><main>app</main></body></html>"
        );
    }
}
