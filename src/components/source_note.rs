use super::CopyButton;
use crate::embed::site;
use leptos::prelude::*;
use report::{fill, lang, report, ui, When};

/// The source: the article, its byline and the photo credit, as printed;
/// then "Cite this": a citation of the report with a copy button.
///
/// The citation names the page's address: the published one if the build
/// was told it, and once the page runs, the one it is served at
/// (`[data-page-url]`, which `page::start` fills).
#[component]
pub fn SourceNote() -> impl IntoView {
    let meta = &report().meta;
    let ui = ui();
    let source = fill(
        ui.source.text.as_str(),
        &[
            ("title", meta.title.as_str()),
            ("byline", meta.byline.as_str()),
        ],
    );
    let photos = fill(
        ui.source.photos.as_str(),
        &[("credit", meta.photo_credit.as_str())],
    );
    let (before, after) = citation_around_url();
    let site = site();
    let url = if site.is_empty() {
        String::new()
    } else {
        format!("{site}{}", lang().dir())
    };
    view! {
        <p>{source}</p>
        <p>{photos}</p>
        <section class="cite" aria-labelledby="cite-h">
            <h3 id="cite-h" class="cite__heading">{ui.source.cite.as_str()}</h3>
            <p id="cite" class="cite__text">
                {before}<span class="cite__url" data-page-url>{url}</span>{after}
            </p>
            <CopyButton target="cite" label=ui.source.copy.as_str() copied=ui.source.copied.as_str()/>
        </section>
    }
}

/// The citation of the report in the edition being rendered, split where
/// the page's address goes: the text before it and after it. Its date is
/// the day the data last changed (`meta.data_updated`), never the build's.
pub fn citation_around_url() -> (String, String) {
    let meta = &report().meta;
    let date = When::from_iso_day(&meta.data_updated)
        .map_or_else(|| meta.data_updated.clone(), |day| day.label());
    let filled = fill(
        ui().source.citation.as_str(),
        &[
            ("byline", meta.byline.as_str()),
            ("title", meta.title.as_str()),
            ("url", "\u{0}"),
            ("date", &date),
        ],
    );
    let (before, after) = filled.split_once('\u{0}').unwrap_or((&filled, ""));
    (before.to_owned(), after.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::{with_lang, Lang};

    #[test]
    fn the_citation_names_the_article_its_byline_and_the_day_its_data_changed() {
        let day = When::from_iso_day(&report().meta.data_updated).unwrap();
        let (before, after) = citation_around_url();
        assert_eq!(before, "嘉宣:《市中区 担当“首位增长极”》,互动报道,");
        assert_eq!(after, format!(",数据更新于{}。", day.label()));
        let (before, after) = with_lang(Lang::En, citation_around_url);
        assert!(before.starts_with("Jia Xuan (嘉宣), “"), "{before}");
        assert_eq!(
            after,
            format!(
                ", data last updated {}.",
                with_lang(Lang::En, || day.label())
            )
        );
    }
}
