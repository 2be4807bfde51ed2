//! The head's and the dataset's words: only numbers the page shows, a
//! real day for the data's last change, a dataset described at length.

use super::*;
use std::collections::HashSet;

/// The head's words (title, description, preview) quote only the data's numbers.
pub(super) fn check_head(r: &Report, out: &mut Vec<Problem>) {
    let m = &r.meta;
    if When::from_iso_day(&m.data_updated).is_none() {
        out.push(problem(
            "meta.data_updated",
            quoted(&m.data_updated),
            "the day the data last changed, YYYY-MM-DD",
        ));
    }
    // Search engines read a dataset's description only from 50 characters.
    for edition in Lang::ALL {
        let chars = m.dataset_description.get(edition).chars().count();
        if chars < 50 {
            out.push(problem(
                format!("meta.dataset_description.{}", edition.key()),
                format!("{chars} characters"),
                "50 characters or more",
            ));
        }
    }
    let shares = r
        .industry_ratios
        .iter()
        .flat_map(|x| x.shares.iter().map(String::as_str));
    let chinese: HashSet<String> = r
        .figures
        .iter()
        .map(|f| f.value.as_str())
        .chain(shares.clone())
        .map(str::to_owned)
        .collect();
    // English writes figures its own way ("43.09 billion"), and names plan
    // periods with their years ("13th Five-Year Plan period (2016–2020)").
    let plan_labels = r
        .figures
        .iter()
        .filter_map(|f| f.when.as_ref())
        .chain(r.events.iter().filter_map(|e| e.when.as_ref()))
        .chain(r.industry_ratios.iter().map(|x| &x.when))
        .filter_map(|w| match w {
            When::Period { label, .. } | When::PeriodEnd { label, .. } => Some(label.en.clone()),
            _ => None,
        });
    let english_texts: Vec<String> = r
        .figures
        .iter()
        .map(Figure::english_number)
        .chain(shares.map(str::to_owned))
        .chain(plan_labels)
        .collect();
    let english: HashSet<String> = english_texts
        .iter()
        .flat_map(|t| numbers(t))
        .map(|t| t.text)
        .collect();
    let m = &r.meta;
    for edition in Lang::ALL {
        let (known, expected) = match edition {
            Lang::Zh => (&chinese, "only numbers that are values of figures or ratio shares"),
            Lang::En => (
                &english,
                "only numbers that are figures as the English edition writes them, ratio shares or plan periods' years",
            ),
        };
        for (field, text) in [
            ("page_title", &m.page_title),
            ("description", &m.description),
            ("preview", &m.preview),
            ("image_alt", &m.image_alt),
            ("dataset_name", &m.dataset_name),
            ("dataset_description", &m.dataset_description),
        ] {
            for t in numbers(text.get(edition)) {
                if !known.contains(&t.text) {
                    out.push(problem(
                        format!("meta.{field}.{}", edition.key()),
                        quoted(&t.text),
                        expected,
                    ));
                }
            }
        }
    }
}
