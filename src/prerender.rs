//! Pure parts of the build-time rendering: where the app and the head tags
//! go in the page, the noscript note, the small share pages, the embed
//! pages' heads and oEmbed, the sitemap, robots.txt and the 404 page. The
//! `prerender` binary does the file work.

use crate::embed::{embed_code, embed_path, embeddable, frame_title, EMBED_WIDTH};
use crate::escape::escape;
use crate::published::Links;
use crate::report::{fill, lang, report, ui, with_lang, Lang, Part};

/// A part of the report that gets a share page of its own.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareTarget {
    pub slug: String,
    pub title: String,
    pub description: String,
}

/// Every part, small chart and event (everything with a share button), with
/// the title and description its preview shows.
pub fn share_targets() -> Vec<ShareTarget> {
    let r = report();
    let article = r.meta.title.as_str();
    let titled = |part: &str| {
        fill(
            ui().share_page_title.as_str(),
            &[("part", part), ("article", article)],
        )
    };
    let mut targets: Vec<ShareTarget> = r
        .contents()
        .map(|part| ShareTarget {
            slug: part.slug.clone(),
            title: titled(part.title()),
            description: r
                .section(&part.slug)
                .and_then(|s| s.paragraphs.first())
                .unwrap_or(&r.meta.lead)
                .as_str()
                .to_owned(),
        })
        .collect();
    targets.extend(r.bar_charts.iter().map(|c| ShareTarget {
        slug: c.slug.clone(),
        title: titled(c.title.as_str()),
        description: c.note.as_str().to_owned(),
    }));
    targets.extend(r.events.iter().map(|e| ShareTarget {
        slug: e.slug.clone(),
        title: fill(
            ui().share_page_event_title.as_str(),
            &[
                ("date", &e.date_label()),
                ("title", e.title.as_str()),
                ("article", article),
            ],
        ),
        description: e.summary.as_str().to_owned(),
    }));
    targets
}

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
fn alternates(links: Links, path_in: impl Fn(Lang) -> String, in_both: bool) -> String {
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
fn in_both_editions(slug: &str) -> bool {
    Lang::ALL
        .into_iter()
        .all(|edition| with_lang(edition, || report().anchor_ids().contains(&slug)))
}

/// What a link preview shows, for Open Graph and Twitter alike: the title,
/// the description and, where its absolute URL is known, the picture (a
/// 1200×630 PNG, see `crate::preview`) with its text alternative. Every
/// argument is already escaped.
fn preview_tags(title: &str, description: &str, image: Option<&str>, image_alt: &str) -> String {
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
    let (width, height) = (crate::preview::WIDTH, crate::preview::HEIGHT);
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
fn oembed_link(part: &Part, site: Option<&str>) -> Option<String> {
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
    let (width, height) = (crate::preview::WIDTH, crate::preview::HEIGHT);
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

/// Names the page's report data for the loader, which fetches it beside
/// itself (the file sits at the site's root, next to the loader).
pub fn data_meta(file: &str) -> String {
    format!(r#"<meta name="report-data" content="{}" />"#, escape(file))
}

/// How the extra pages (share pages, the 404 page) begin.
fn page_start() -> String {
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

/// The page a static host serves for an unknown path, in the edition being
/// rendered (`404.html`, `en/404.html`), leading to that edition's page: at
/// its path on its host if the site's address is known, else from the
/// host's root.
pub fn not_found_page(site: Option<&str>) -> String {
    let ui = ui();
    let article = report().meta.title.as_str();
    let heading = escape(ui.not_found.as_str());
    let title = escape(&fill(
        ui.share_page_title.as_str(),
        &[("part", ui.not_found.as_str()), ("article", article)],
    ));
    let back = escape(&fill(ui.not_found_back.as_str(), &[("title", article)]));
    // The report's path on its host: a link that works from any depth.
    let root = site
        .and_then(|site| site.split_once("://"))
        .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
        .unwrap_or("/");
    let path = escape(&format!("{root}{}", lang().dir()));
    let start = page_start();
    format!(
        r#"{start}    <meta name="robots" content="noindex" />
    <title>{title}</title>
  </head>
  <body>
    <h1>{heading}</h1>
    <p><a href="{path}">{back}</a></p>
  </body>
</html>
"#
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

/// A page that names one part of the report for link previews and sends the
/// reader on to it at once, in the edition being rendered (two levels below
/// its page: `s/<slug>/index.html`, `en/s/<slug>/index.html`). Its picture
/// is `preview.png` beside it (`crate::preview`), described by `image_alt`:
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

/// Each edition's page and share pages (`targets` per edition), as absolute
/// URLs under `site`; a page that both editions have names its translation
/// and the original as `x-default` (`xhtml:link`), as search engines read
/// it. Only for a site whose address is known: a sitemap's URLs are absolute.
pub fn sitemap_xml(site: &str, editions: &[(Lang, Vec<ShareTarget>)]) -> String {
    let site = escape(site);
    let paths = |targets: &[ShareTarget]| -> Vec<String> {
        let mut paths = vec![String::new()];
        paths.extend(targets.iter().map(|t| format!("s/{}/", escape(&t.slug))));
        paths
    };
    let per_edition: Vec<(Lang, Vec<String>)> = editions
        .iter()
        .map(|(edition, targets)| (*edition, paths(targets)))
        .collect();
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (edition, edition_paths) in &per_edition {
        for path in edition_paths {
            let having: Vec<Lang> = per_edition
                .iter()
                .filter(|(_, p)| p.contains(path))
                .map(|(e, _)| *e)
                .collect();
            let link = |hreflang: &str, e: Lang| {
                format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{site}{}{path}\"/>",
                    e.dir()
                )
            };
            let links: String = if having.len() > 1 {
                let mut links: String = having.iter().map(|e| link(e.tag(), *e)).collect();
                links.push_str(&link("x-default", Lang::Zh));
                links
            } else {
                String::new()
            };
            xml.push_str(&format!(
                "  <url><loc>{site}{}{path}</loc>{links}</url>\n",
                edition.dir()
            ));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Every robot may read every page; with the site's address, where the
/// sitemap is (a sitemap's address must be absolute).
pub fn robots_txt(site: Option<&str>) -> String {
    let sitemap = site.map_or_else(String::new, |site| format!("Sitemap: {site}sitemap.xml\n"));
    format!("User-agent: *\nAllow: /\n{sitemap}")
}

fn truncate(text: &str, max_chars: usize) -> String {
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
    fn every_section_and_event_gets_a_share_page() {
        let r = report();
        let slugs: Vec<String> = share_targets().into_iter().map(|t| t.slug).collect();
        for part in r.contents() {
            assert!(slugs.contains(&part.slug), "{}", part.slug);
        }
        for e in &r.events {
            assert!(slugs.contains(&e.slug), "{}", e.slug);
        }
    }

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
        };
        let page = share_page(&target, Some("https://e.org/"), "<alt>");
        assert!(!page.contains("<script>"));
        assert!(page.contains("&lt;script&gt;&quot;a&quot;&amp;&lt;/script&gt;"));
        assert!(page.contains(r#"<meta property="og:image:alt" content="&lt;alt&gt;" />"#));
    }

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
        use crate::report::with_lang;
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
    fn an_english_share_page_is_english_and_leads_into_the_english_page() {
        use crate::report::with_lang;
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
    fn an_embed_pages_head_names_its_translation_and_oembed_and_keeps_out_of_search() {
        use crate::report::with_lang;
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
        use crate::report::with_lang;
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
        use crate::report::with_lang;
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
        assert_eq!(robots_txt(None), "User-agent: *\nAllow: /\n");
    }

    #[test]
    fn the_not_found_page_leads_to_the_report_at_its_path() {
        let page = not_found_page(Some("https://example.org/r/"));
        assert!(page.contains(r#"<a href="/r/">"#), "{page}");
        let english =
            crate::report::with_lang(Lang::En, || not_found_page(Some("https://example.org/r/")));
        assert!(english.contains(r#"<html lang="en">"#), "{english}");
        assert!(
            english.contains(r#"<a href="/r/en/">Back to the report"#),
            "{english}"
        );
        assert!(english.contains("<h1>Page not found</h1>"));
        assert!(not_found_page(None).contains(r#"<a href="/">"#));
    }

    #[test]
    fn the_app_goes_first_in_the_body() {
        let html = "<html><head></head><body>\n  <!-- app -->\n</body></html>";
        assert_eq!(
            body_with_app(html, "<main>app</main>"),
            "<html><head></head><body><main>app</main></body></html>"
        );
    }

    #[test]
    fn sitemap_lists_both_editions_with_absolute_urls() {
        let zh = share_targets();
        let en = crate::report::with_lang(Lang::En, share_targets);
        let xml = sitemap_xml(
            "https://example.org/r/",
            &[(Lang::Zh, zh.clone()), (Lang::En, en.clone())],
        );
        assert_eq!(
            xml.matches("<loc>https://example.org/r/").count(),
            zh.len() + en.len() + 2
        );
        // The glossary is the English edition's alone: no alternate.
        assert_eq!(en.len(), zh.len() + 1);
        assert!(
            xml.contains("<loc>https://example.org/r/en/s/glossary/</loc></url>"),
            "{xml}"
        );
        assert!(xml.contains(r#"<loc>https://example.org/r/en/s/flood-0818/</loc><xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/r/s/flood-0818/"/>"#), "{xml}");
        assert!(xml.contains(r#"<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/r/s/flood-0818/"/></url>"#), "{xml}");
        assert!(robots_txt(Some("https://example.org/r/"))
            .contains("Sitemap: https://example.org/r/sitemap.xml"));
    }
}
