//! What the report says of itself to search engines, CMSs and citers, as
//! JSON-LD (schema.org) in each edition's page: the article (a
//! `NewsArticle`, the translation of the other edition's, both based on the
//! newspaper's article) and its chart's data (a `Dataset`, whose CSV is a
//! file of the build). Built at build time, from the data.
//!
//! The article states no date of publication and names no publisher: the
//! structured data leaves both out rather than invent them.

use super::links::Links;
use super::preview::ARTICLE_PICTURES;
use report::{lang, report, ui, Lang, PartKind, When};
use serde_json::{json, Value};

/// The ratio chart's data, beside each edition's page: what its download
/// link and the dataset's distribution name.
pub const RATIO_CSV: &str = "industry-ratio.csv";

/// The picture `article-<name>.png` beside each edition's page.
pub fn article_picture(name: &str) -> String {
    format!("article-{name}.png")
}

/// Both blocks, for the page's head. A `<` in a text is written `\u003c`,
/// so no text can end the script element.
pub fn json_ld(site: Option<&str>) -> String {
    [article(site), dataset(site)]
        .iter()
        .map(|value| {
            let json = serde_json::to_string(value)
                .expect("JSON from JSON values")
                .replace('<', "\\u003c");
            format!(r#"<script type="application/ld+json">{json}</script>"#)
        })
        .collect::<Vec<_>>()
        .join("\n    ")
}

/// The edition's page, from itself (or absolute with the site's address).
fn page_url(links: Links, edition: Lang) -> String {
    links.to(edition.dir())
}

/// The newspaper's article that both editions are based on: its headline
/// and byline as printed, in Chinese. It has no URL the source gives.
fn newspaper_article() -> Value {
    let meta = &report().meta;
    json!({
        "@type": "NewsArticle",
        "headline": meta.title.get(Lang::Zh),
        "author": { "@type": "Person", "name": meta.byline.get(Lang::Zh) },
        "inLanguage": Lang::Zh.tag(),
    })
}

fn updated() -> String {
    report().meta.data_updated.clone()
}

/// The report's page as a `NewsArticle`: its headline is the page's `<h1>`,
/// its language the page's, its pictures the three the build draws.
pub fn article(site: Option<&str>) -> Value {
    let links = Links::page(site);
    let here = lang();
    let meta = &report().meta;
    let url = page_url(links, here);
    let images: Vec<Value> = ARTICLE_PICTURES
        .iter()
        .map(|(name, width, height)| {
            json!({
                "@type": "ImageObject",
                "url": links.to(&format!("{}{}", here.dir(), article_picture(name))),
                "width": width,
                "height": height,
            })
        })
        .collect();
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": format!("{url}#article"),
        "url": url,
        "mainEntityOfPage": url,
        "headline": meta.title.as_str(),
        "description": meta.description.as_str(),
        "inLanguage": here.tag(),
        "author": { "@type": "Person", "name": meta.byline.as_str() },
        "image": images,
        "dateModified": updated(),
        "isBasedOn": newspaper_article(),
    });
    let other = json!({ "@id": format!("{}#article", page_url(links, here.other())) });
    let relation = match here {
        Lang::Zh => "workTranslation",
        Lang::En => "translationOfWork",
    };
    article[relation] = other;
    article
}

/// The ratio chart's data as a `Dataset`: the three industries' shares at
/// the two dates the page gives them, and the CSV the page's download is.
pub fn dataset(site: Option<&str>) -> Value {
    let links = Links::page(site);
    let here = lang();
    let r = report();
    let meta = &r.meta;
    let chart = r
        .part_of_kind(PartKind::RatioChart)
        .map_or("", |p| p.slug.as_str());
    let years: Vec<i32> = r
        .ratio_pair()
        .map(|(before, after)| {
            [before, after]
                .iter()
                .filter_map(|x| year_of(&x.when))
                .collect()
        })
        .unwrap_or_default();
    let measured: Vec<Value> = ui()
        .industries
        .iter()
        .map(|name| json!({ "@type": "PropertyValue", "name": name.as_str(), "unitText": "%" }))
        .collect();
    let mut dataset = json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": meta.dataset_name.as_str(),
        "description": meta.dataset_description.as_str(),
        "url": format!("{}#{chart}", page_url(links, here)),
        "inLanguage": here.tag(),
        "variableMeasured": measured,
        "creator": { "@type": "Person", "name": meta.byline.as_str() },
        "dateModified": updated(),
        "isBasedOn": newspaper_article(),
        "distribution": [{
            "@type": "DataDownload",
            "encodingFormat": "text/csv",
            "contentUrl": links.to(&format!("{}{RATIO_CSV}", here.dir())),
        }],
    });
    if let (Some(first), Some(last)) = (years.iter().min(), years.iter().max()) {
        dataset["temporalCoverage"] = json!(format!("{first}/{last}"));
    }
    dataset
}

/// The year a ratio is dated to, as the page dates its column.
fn year_of(when: &When) -> Option<i32> {
    match *when {
        When::Day { year, .. }
        | When::Month { year, .. }
        | When::Year { year }
        | When::YearEnd { year }
        | When::PeriodEnd { year, .. } => Some(year),
        When::Period { to, .. } => Some(to),
        When::Relative { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::with_lang;

    fn blocks(html: &str) -> Vec<Value> {
        html.split(r#"<script type="application/ld+json">"#)
            .skip(1)
            .map(|rest| serde_json::from_str(rest.split("</script>").next().unwrap()).unwrap())
            .collect()
    }

    #[test]
    fn each_edition_describes_its_article_and_dataset() {
        for edition in Lang::ALL {
            let found = with_lang(edition, || blocks(&json_ld(Some("https://example.org/r/"))));
            let types: Vec<&str> = found.iter().map(|b| b["@type"].as_str().unwrap()).collect();
            assert_eq!(types, ["NewsArticle", "Dataset"]);
            let article = &found[0];
            assert_eq!(article["headline"], report().meta.title.get(edition));
            assert_eq!(article["inLanguage"], edition.tag());
            assert_eq!(article["author"]["name"], report().meta.byline.get(edition));
            assert!(article.get("datePublished").is_none() && article.get("publisher").is_none());
            assert_eq!(article["dateModified"], report().meta.data_updated);
            assert_eq!(article["isBasedOn"]["headline"], report().meta.title.zh);
            assert_eq!(article["image"].as_array().unwrap().len(), 3);
            let dataset = &found[1];
            assert_eq!(dataset["temporalCoverage"], "2015/2020");
            assert!(dataset["description"].as_str().unwrap().chars().count() >= 50);
            assert_eq!(dataset["variableMeasured"].as_array().unwrap().len(), 3);
            assert_eq!(dataset["distribution"][0]["encodingFormat"], "text/csv");
        }
    }

    #[test]
    fn the_editions_name_each_other_as_translation_and_original() {
        let site = Some("https://example.org/r/");
        let zh = article(site);
        let en = with_lang(Lang::En, || article(site));
        assert_eq!(zh["@id"], "https://example.org/r/#article");
        assert_eq!(zh["workTranslation"]["@id"], en["@id"]);
        assert_eq!(en["translationOfWork"]["@id"], zh["@id"]);
        assert_eq!(en["url"], "https://example.org/r/en/");
        assert_eq!(
            en["image"][0]["url"],
            "https://example.org/r/en/article-16x9.png"
        );
        assert_eq!(
            dataset(site)["distribution"][0]["contentUrl"],
            "https://example.org/r/industry-ratio.csv"
        );
    }

    #[test]
    fn unpublished_its_urls_are_relative_to_the_page() {
        let en = with_lang(Lang::En, || article(None));
        assert_eq!(en["url"], "./");
        assert_eq!(en["@id"], "./#article");
        assert_eq!(en["translationOfWork"]["@id"], "../#article");
        assert_eq!(en["image"][2]["url"], "article-1x1.png");
        let zh = dataset(None);
        assert_eq!(zh["distribution"][0]["contentUrl"], "industry-ratio.csv");
        assert!(!json_ld(None).contains("127.0.0.1"));
    }

    #[test]
    fn no_text_can_end_the_script() {
        let html = json_ld(None);
        assert_eq!(html.matches("</script>").count(), 2);
        assert!(!html.replace("</script>", "").contains("</"));
    }
}
