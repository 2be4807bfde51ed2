//! Where the site is published, and how a page the build writes names the
//! site's other pages and files. With the address the site is published at
//! (`SITE_URL`), absolute; without it, relative to the page itself, which
//! works wherever `dist/` is copied. An absolute URL the build cannot know
//! is never written: the tags that need one are left out.

use report::lang;

/// How the page being written links to the rest of the site: `site` is the
/// published address (absolute, ending in `/`), if known; `depth` is how
/// many folders below its edition's page the page is (a share or embed page
/// is 2: `s/<slug>/`).
#[derive(Clone, Copy, Debug)]
pub struct Links<'a> {
    pub site: Option<&'a str>,
    pub depth: usize,
}

impl<'a> Links<'a> {
    /// For an edition's page.
    pub fn page(site: Option<&'a str>) -> Links<'a> {
        Links { site, depth: 0 }
    }

    /// For a page two folders below its edition's (share and embed pages).
    pub fn below_page(site: Option<&'a str>) -> Links<'a> {
        Links { site, depth: 2 }
    }

    /// The URL of `path` (from the site's root: `""` is the original's page,
    /// `"en/s/x/"` a share page), from the page being written in the
    /// edition being rendered: absolute if the site's address is known.
    pub fn to(&self, path: &str) -> String {
        match self.site {
            Some(site) => format!("{site}{path}"),
            None => {
                // From an edition's page, its own folder needs no way up.
                let here = lang().dir();
                if self.depth == 0 && !here.is_empty() {
                    if let Some(inside) = path.strip_prefix(here) {
                        return if inside.is_empty() {
                            "./".to_owned()
                        } else {
                            inside.to_owned()
                        };
                    }
                }
                let up = self.depth + usize::from(!here.is_empty());
                let url = format!("{}{path}", "../".repeat(up));
                if url.is_empty() {
                    "./".to_owned()
                } else {
                    url
                }
            }
        }
    }

    /// The absolute URL of `path`, if the site's address is known: for the
    /// tags that take nothing else (`og:url`, `og:image`, oEmbed, sitemaps).
    pub fn absolute(&self, path: &str) -> Option<String> {
        self.site.map(|site| format!("{site}{path}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::{with_lang, Lang};

    #[test]
    fn with_the_sites_address_every_url_is_absolute() {
        let links = Links::below_page(Some("https://example.org/r/"));
        assert_eq!(links.to("en/s/x/"), "https://example.org/r/en/s/x/");
        assert_eq!(
            links.absolute(""),
            Some("https://example.org/r/".to_owned())
        );
    }

    #[test]
    fn without_it_urls_are_relative_to_the_page_and_absolute_ones_are_left_out() {
        let page = Links::page(None);
        assert_eq!(page.to(""), "./");
        assert_eq!(page.to("en/"), "en/");
        assert_eq!(with_lang(Lang::En, || page.to("")), "../");
        assert_eq!(with_lang(Lang::En, || page.to("en/")), "./");
        assert_eq!(
            with_lang(Lang::En, || page.to("en/preview.png")),
            "preview.png"
        );
        let share = Links::below_page(None);
        assert_eq!(
            share.to("s/flood-0818/preview.png"),
            "../../s/flood-0818/preview.png"
        );
        assert_eq!(with_lang(Lang::En, || share.to("s/x/")), "../../../s/x/");
        assert_eq!(share.absolute("sitemap.xml"), None);
    }
}
