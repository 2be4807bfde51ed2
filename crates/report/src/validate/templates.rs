//! The page's templates: each with exactly the blanks the code fills.

use super::*;

/// Each template has exactly the blanks the code fills.
pub(super) fn check_templates(ui: &Ui, out: &mut Vec<Problem>) {
    for (field, text, wanted) in templates(ui) {
        for edition in Lang::ALL {
            let mut found = blanks(text.get(edition));
            found.sort_unstable();
            let mut expected = wanted.to_vec();
            expected.sort_unstable();
            if found == expected {
                continue;
            }
            out.push(problem(
                format!("ui.{field}.{}", edition.key()),
                format!("blanks {{{}}}", found.join("}, {")),
                format!("blanks {{{}}}", expected.join("}, {")),
            ));
        }
    }
}

/// The templates of the interface and the blanks the code fills in each.
pub(super) fn templates(ui: &Ui) -> Vec<(&'static str, &Text, &'static [&'static str])> {
    vec![
        ("share_label", &ui.share_label, &["title"]),
        ("computed_mark", &ui.computed_mark, &["value"]),
        ("dates.day", &ui.dates.day, &["year", "month", "day"]),
        ("dates.month", &ui.dates.month, &["year", "month"]),
        ("dates.year", &ui.dates.year, &["year"]),
        ("dates.year_end", &ui.dates.year_end, &["year"]),
        ("dates.period", &ui.dates.period, &["label"]),
        ("dates.period_end", &ui.dates.period_end, &["label"]),
        ("section.facts_label", &ui.section.facts_label, &["heading"]),
        (
            "three_years.multiple",
            &ui.three_years.multiple,
            &["later_year", "earlier_year", "multiple", "later", "earlier"],
        ),
        (
            "ratio.caption",
            &ui.ratio.caption,
            &["before", "before_shares", "after", "after_shares"],
        ),
        (
            "ratio.legend_item",
            &ui.ratio.legend_item,
            &["industry", "before", "after"],
        ),
        (
            "ratio.readout",
            &ui.ratio.readout,
            &[
                "industry",
                "before",
                "before_share",
                "after",
                "after_share",
                "change",
            ],
        ),
        ("ratio.svg_file", &ui.ratio.svg_file, &["view"]),
        ("ratio.csv_column", &ui.ratio.csv_column, &["industry"]),
        (
            "ratio.summary_industry",
            &ui.ratio.summary_industry,
            &["industry", "from", "verb", "to", "change"],
        ),
        (
            "ratio.summary",
            &ui.ratio.summary,
            &["before", "after", "changes", "before_order", "after_order"],
        ),
        ("timeline.all", &ui.timeline.all, &["total"]),
        ("timeline.some", &ui.timeline.some, &["shown", "total"]),
        ("timeline.ratio", &ui.timeline.ratio, &["order"]),
        ("source.text", &ui.source.text, &["title", "byline"]),
        ("source.photos", &ui.source.photos, &["credit"]),
        (
            "source.citation",
            &ui.source.citation,
            &["byline", "title", "url", "date"],
        ),
        ("embed.code_label", &ui.embed.code_label, &["title"]),
        ("embed.credit", &ui.embed.credit, &["article"]),
        (
            "share_page_title",
            &ui.share_page_title,
            &["part", "article"],
        ),
        ("not_found_back", &ui.not_found_back, &["title"]),
        (
            "preview_alt",
            &ui.preview_alt,
            &["article", "title", "details"],
        ),
        (
            "share_page_event_title",
            &ui.share_page_event_title,
            &["date", "title", "article"],
        ),
    ]
}

/// The names in braces in `template`, in order.
pub fn blanks(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}
