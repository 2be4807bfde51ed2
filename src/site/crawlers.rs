//! What robots and lost readers get: the sitemap (absolute URLs only, so
//! only with the site's address), robots.txt, and each edition's 404 page.

use super::page::page_start;
use super::targets::ShareTarget;
use crate::escape::escape;
use report::{fill, lang, report, ui, Lang};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::targets::share_targets;

    #[test]
    fn the_not_found_page_leads_to_the_report_at_its_path() {
        let page = not_found_page(Some("https://example.org/r/"));
        assert!(page.contains(r#"<a href="/r/">"#), "{page}");
        let english =
            report::with_lang(Lang::En, || not_found_page(Some("https://example.org/r/")));
        assert!(english.contains(r#"<html lang="en">"#), "{english}");
        assert!(
            english.contains(r#"<a href="/r/en/">Back to the report"#),
            "{english}"
        );
        assert!(english.contains("<h1>Page not found</h1>"));
        assert!(not_found_page(None).contains(r#"<a href="/">"#));
    }

    #[test]
    fn sitemap_lists_both_editions_with_absolute_urls() {
        let zh = share_targets();
        let en = report::with_lang(Lang::En, share_targets);
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
