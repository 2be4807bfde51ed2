//! Pure parts of the build-time rendering: where the app goes in the page,
//! the small share pages, the sitemap and robots.txt. The `prerender`
//! binary does the file work.

use crate::report::{report, When};

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
    let article = &r.meta.title.zh;
    let mut targets: Vec<ShareTarget> = r
        .contents()
        .into_iter()
        .map(|(slug, heading)| ShareTarget {
            slug: slug.to_owned(),
            title: format!("{heading} · {article}"),
            description: r
                .section(slug)
                .and_then(|s| s.paragraphs.first())
                .map_or_else(|| r.meta.lead.zh.clone(), |p| p.zh.clone()),
        })
        .collect();
    targets.extend(r.bar_charts.iter().map(|c| ShareTarget {
        slug: c.slug.clone(),
        title: format!("{} · {article}", c.title.zh),
        description: c.note.zh.clone(),
    }));
    targets.extend(r.events.iter().map(|e| ShareTarget {
        slug: e.slug.clone(),
        title: format!(
                "{}:{} · {article}",
                e.when
                    .as_ref()
                    .map_or_else(|| "大事记".to_owned(), When::label),
                e.title.zh
            ),
        description: e.summary.zh.clone(),
    }));
    targets
}

/// Escapes text for HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Puts the rendered app first in `<body>`, where hydration looks for it,
/// keeping what the body held (the `<noscript>` note) after it.
pub fn body_with_app(html: &str, app: &str) -> String {
    let open = html.find("<body>").expect("index.html has <body>") + "<body>".len();
    let close = html.rfind("</body>").expect("index.html has </body>");
    let rest = html[open..close].trim();
    format!("{}{app}{rest}{}", &html[..open], &html[close..])
}

/// A page that names one part of the report for link previews and sends the
/// reader on to it at once (two levels down: `s/<slug>/index.html`).
pub fn share_page(target: &ShareTarget, site: &str) -> String {
    let title = escape(&target.title);
    let description = escape(&truncate(&target.description, 120));
    let slug = escape(&target.slug);
    let site = escape(site);
    format!(
        r#"<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'none'" />
    <meta name="referrer" content="strict-origin-when-cross-origin" />
    <title>{title}</title>
    <link rel="icon" href="../../public/favicon.svg" type="image/svg+xml" />
    <meta name="description" content="{description}" />
    <link rel="canonical" href="{site}#{slug}" />
    <meta property="og:type" content="article" />
    <meta property="og:locale" content="zh_CN" />
    <meta property="og:title" content="{title}" />
    <meta property="og:description" content="{description}" />
    <meta property="og:url" content="{site}s/{slug}/" />
    <meta property="og:image" content="{site}public/social.png" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:title" content="{title}" />
    <meta name="twitter:description" content="{description}" />
    <meta name="twitter:image" content="{site}public/social.png" />
    <meta http-equiv="refresh" content="0; url=../../#{slug}" />
  </head>
  <body>
    <p><a href="../../#{slug}">{title}</a></p>
  </body>
</html>
"#
    )
}

/// The page and every share page, as absolute URLs under `site`.
pub fn sitemap_xml(site: &str, targets: &[ShareTarget]) -> String {
    let site = escape(site);
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    xml.push_str(&format!("  <url><loc>{site}</loc></url>\n"));
    for t in targets {
        xml.push_str(&format!(
            "  <url><loc>{site}s/{}/</loc></url>\n",
            escape(&t.slug)
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots_txt(site: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {site}sitemap.xml\n")
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
        for (id, _) in r.contents() {
            assert!(slugs.contains(&id.to_owned()), "{id}");
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
        let page = share_page(&flood, "https://example.org/r/");
        assert!(
            page.contains("<title>2020年8月18日:“8·18”特大洪灾 · 市中区 担当“首位增长极”</title>"),
            "{page}"
        );
        assert!(page.contains(r#"<meta property="og:title" content="2020年8月18日:“8·18”特大洪灾"#));
        assert!(page.contains(r#"content="0; url=../../#flood-0818""#));
        assert!(page.contains(
            r#"<meta property="og:url" content="https://example.org/r/s/flood-0818/" />"#
        ));
    }

    #[test]
    fn markup_in_text_is_escaped() {
        let target = ShareTarget {
            slug: "x".into(),
            title: "<script>\"a\"&</script>".into(),
            description: "d".into(),
        };
        let page = share_page(&target, "https://e.org/");
        assert!(!page.contains("<script>"));
        assert!(page.contains("&lt;script&gt;&quot;a&quot;&amp;&lt;/script&gt;"));
    }

    #[test]
    fn the_app_goes_first_in_the_body() {
        let html = "<html><head></head><body>\n  <noscript>n</noscript>\n</body></html>";
        assert_eq!(
            body_with_app(html, "<main>app</main>"),
            "<html><head></head><body><main>app</main><noscript>n</noscript></body></html>"
        );
    }

    #[test]
    fn sitemap_lists_absolute_urls() {
        let targets = share_targets();
        let xml = sitemap_xml("https://example.org/r/", &targets);
        assert_eq!(
            xml.matches("<loc>https://example.org/r/").count(),
            targets.len() + 1
        );
        assert!(robots_txt("https://example.org/r/")
            .contains("Sitemap: https://example.org/r/sitemap.xml"));
    }
}
