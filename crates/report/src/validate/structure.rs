//! The page's structure: the parts and their kinds, the slugs (unique,
//! URL-safe, none of the page's own ids), and every reference resolving.

use super::*;
use std::collections::{HashMap, HashSet};

/// Kinds that appear once; the lead opens the page and the source ends it.
pub(super) fn check_parts(r: &Report, out: &mut Vec<Problem>) {
    use PartKind::*;
    for kind in [
        Lead, Figures, RatioChart, ThreeYears, Timeline, Glossary, Source,
    ] {
        let count = r.parts.iter().filter(|p| p.kind == kind).count();
        let required = matches!(kind, Lead | Source);
        if count > 1 || (required && count == 0) {
            out.push(problem(
                "parts",
                format!("{count} parts of kind {}", kind_name(kind)),
                if required {
                    "exactly one"
                } else {
                    "at most one"
                },
            ));
        }
    }
    if let Some(first) = r.parts.first().filter(|p| p.kind != Lead) {
        out.push(problem(
            "parts[0].kind",
            kind_name(first.kind),
            "lead (the masthead opens the page)",
        ));
    }
    if let Some(last) = r.parts.last().filter(|p| p.kind != Source) {
        let at = format!("parts[{}].kind", r.parts.len() - 1);
        out.push(problem(
            at,
            kind_name(last.kind),
            "source (the credits end the page)",
        ));
    }
    for (i, part) in r.parts.iter().enumerate() {
        let at = |field: &str| format!("parts[{i}].{field}");
        let wants_heading = !matches!(part.kind, Lead | Section);
        match (&part.heading, wants_heading) {
            (None, true) => out.push(problem(
                at("heading"),
                "none",
                "a heading for this kind of part",
            )),
            (Some(_), false) => out.push(problem(
                at("heading"),
                "a heading",
                "none: a section's heading is in sections[], the lead has none",
            )),
            _ => {}
        }
        if part.kind == Section && r.sections.iter().all(|s| s.slug != part.slug) {
            out.push(problem(
                at("slug"),
                quoted(&part.slug),
                one_of("a section's slug", r.sections.iter().map(|s| &s.slug)),
            ));
        }
        match (&part.ratios, part.kind == RatioChart) {
            (None, true) => out.push(problem(
                at("ratios"),
                "none",
                "the slugs of the two ratios it compares",
            )),
            (Some(pair), true) => {
                for (j, slug) in pair.iter().enumerate() {
                    if r.industry_ratios.iter().all(|x| &x.slug != slug) {
                        out.push(problem(
                            format!("parts[{i}].ratios[{j}]"),
                            quoted(slug),
                            one_of("a ratio's slug", r.industry_ratios.iter().map(|x| &x.slug)),
                        ));
                    }
                }
            }
            (Some(_), false) => out.push(problem(
                at("ratios"),
                "ratios",
                "none: only a ratio chart has them",
            )),
            (None, false) => {}
        }
    }
    for (i, section) in r.sections.iter().enumerate() {
        let count = r
            .parts
            .iter()
            .filter(|p| p.kind == Section && p.slug == section.slug)
            .count();
        if count != 1 {
            out.push(problem(
                format!("sections[{i}].slug"),
                format!("{} in {count} parts", quoted(&section.slug)),
                "in exactly one part of kind section",
            ));
        }
    }
}

pub(super) fn kind_name(kind: PartKind) -> &'static str {
    match kind {
        PartKind::Lead => "lead",
        PartKind::Figures => "figures",
        PartKind::Section => "section",
        PartKind::RatioChart => "ratio_chart",
        PartKind::ThreeYears => "three_years",
        PartKind::BarChart => "bar_chart",
        PartKind::Timeline => "timeline",
        PartKind::Glossary => "glossary",
        PartKind::Source => "source",
    }
}

/// Every id a link may point at is unique and URL-safe; figure ids are unique.
pub(super) fn check_slugs(r: &Report, out: &mut Vec<Problem>) {
    let ids = r
        .parts
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("parts[{i}].slug"), &p.slug))
        .chain(
            r.bar_charts
                .iter()
                .enumerate()
                .map(|(i, c)| (format!("bar_charts[{i}].slug"), &c.slug)),
        )
        .chain(
            r.events
                .iter()
                .enumerate()
                .map(|(i, e)| (format!("events[{i}].slug"), &e.slug)),
        )
        .chain(
            r.translation
                .glossary
                .iter()
                .enumerate()
                .map(|(i, g)| (format!("translation.glossary[{i}].slug"), &g.slug)),
        );
    let mut seen: HashMap<&str, String> = HashMap::new();
    for (path, slug) in ids {
        if !is_url_safe(slug) {
            out.push(problem(
                &path,
                quoted(slug),
                "1 to 40 of a-z, 0-9 and inner hyphens, not an id of the page's own (main, ratio-caption, timeline-undated, cite, cite-h, …-h, …-btn, …-detail, …-mark, …-caption, …-embed, …-label, …-hint)",
            ));
        }
        if let Some(first) = seen.get(slug.as_str()) {
            out.push(problem(
                &path,
                quoted(slug),
                format!("an id of its own (also at {first})"),
            ));
        } else {
            seen.insert(slug, path);
        }
    }
    let mut figures = HashSet::new();
    for (i, f) in r.figures.iter().enumerate() {
        if !figures.insert(f.id.as_str()) {
            out.push(problem(
                format!("figures[{i}].id"),
                quoted(&f.id),
                "an id of its own",
            ));
        }
    }
}

/// Ids the page gives its own elements, and the endings of those it derives
/// from slugs (`{slug}-h` for a heading …): a slug may be neither.
use crate::page_ids::{DERIVED_ENDINGS, PAGE_IDS};

pub fn is_url_safe(slug: &str) -> bool {
    !PAGE_IDS.contains(&slug)
        && !DERIVED_ENDINGS.iter().any(|end| slug.ends_with(end))
        && !slug.is_empty()
        && slug.len() <= 40
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

pub(super) fn check_references(r: &Report, out: &mut Vec<Problem>) {
    let parts: Vec<&String> = r.parts.iter().map(|p| &p.slug).collect();
    let part = |path: String, slug: &String, out: &mut Vec<Problem>| {
        if !parts.contains(&slug) {
            out.push(problem(
                path,
                quoted(slug),
                one_of("a part's slug", parts.iter().copied()),
            ));
        }
    };
    let figure = |path: String, id: &String, out: &mut Vec<Problem>| {
        if r.figures.iter().all(|f| &f.id != id) {
            out.push(problem(path, quoted(id), "the id of a figure in figures[]"));
        }
    };
    for (i, f) in r.figures.iter().enumerate() {
        part(format!("figures[{i}].section"), &f.section, out);
        for (j, id) in f.decrease_from.iter().flatten().enumerate() {
            figure(format!("figures[{i}].decrease_from[{j}]"), id, out);
        }
    }
    for (i, e) in r.events.iter().enumerate() {
        part(format!("events[{i}].section"), &e.section, out);
        for (j, id) in e.figures.iter().enumerate() {
            figure(format!("events[{i}].figures[{j}]"), id, out);
        }
        if let Some(slug) = &e.ratio {
            if r.industry_ratios.iter().all(|x| &x.slug != slug) {
                out.push(problem(
                    format!("events[{i}].ratio"),
                    quoted(slug),
                    one_of("a ratio's slug", r.industry_ratios.iter().map(|x| &x.slug)),
                ));
            }
        }
    }
    for (i, id) in r.meta.at_a_glance.iter().enumerate() {
        figure(format!("meta.at_a_glance[{i}]"), id, out);
    }
    for (i, c) in r.bar_charts.iter().enumerate() {
        // Only these kinds of part draw the small charts placed in them.
        let shows_charts = |p: &&Part| {
            matches!(
                p.kind,
                PartKind::Section | PartKind::ThreeYears | PartKind::BarChart
            )
        };
        if !r
            .parts
            .iter()
            .filter(shows_charts)
            .any(|p| p.slug == c.section)
        {
            out.push(problem(
                format!("bar_charts[{i}].section"),
                quoted(&c.section),
                one_of(
                    "the slug of a section, three_years or bar_chart part",
                    r.parts.iter().filter(shows_charts).map(|p| &p.slug),
                ),
            ));
        }
        for (j, row) in c.rows.iter().enumerate() {
            figure(
                format!("bar_charts[{i}].rows[{j}].figure"),
                &row.figure,
                out,
            );
        }
    }
    for (i, s) in r.snapshots.iter().enumerate() {
        for (j, cell) in s.cells.iter().enumerate() {
            let at = format!("snapshots[{i}].cells[{j}]");
            match r.figures.iter().find(|f| f.id == cell.figure) {
                None => figure(format!("{at}.figure"), &cell.figure, out),
                Some(f) if f.when != Some(When::Year { year: s.year }) => out.push(problem(
                    format!("{at}.figure"),
                    format!("{} dated {:?}", quoted(&f.id), f.when),
                    format!("a figure of the year {}", s.year),
                )),
                Some(_) => {}
            }
            if r.snapshot_rows.iter().all(|row| row.row != cell.row) {
                out.push(problem(
                    format!("{at}.row"),
                    quoted(&cell.row),
                    one_of(
                        "a row of snapshot_rows",
                        r.snapshot_rows.iter().map(|x| &x.row),
                    ),
                ));
            }
        }
    }
    if let Some(m) = &r.snapshot_multiple {
        for (field, id) in [("earlier", &m.earlier), ("later", &m.later)] {
            let path = format!("snapshot_multiple.{field}");
            match r.figures.iter().find(|f| &f.id == id) {
                None => figure(path, id, out),
                // The sentence names the figures' years.
                Some(f) if !matches!(f.when, Some(When::Year { .. })) => out.push(problem(
                    path,
                    format!("{} dated {:?}", quoted(id), f.when),
                    "a figure of one year",
                )),
                Some(_) => {}
            }
        }
    }
    if !r.events.is_empty() && !r.parts.iter().any(|p| p.kind == PartKind::Timeline) {
        out.push(problem(
            "parts",
            "no timeline part",
            "a timeline part, where the events' links land",
        ));
    }
}
