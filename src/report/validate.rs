//! The one check of `data/report.json`, run by `build.rs` (a bad data file
//! fails the build) and by the tests. It finds every problem at once; each
//! names its JSON path, what was found and what was expected.
//!
//! The rules are the audit's: every reference resolves; every quote stands
//! verbatim in the article; every value stands inside its quote; ratios sum
//! to 100; stated percentages are recomputed; every number and line of the
//! article is accounted for; slugs are unique and URL-safe; templates have
//! the blanks the code fills.
//!
//! Depends on the model only, so the build script can include it as it is.
//! Native only: the browser gets data this has already checked.

use super::model::*;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One thing wrong with the data.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Where, as a JSON path: `figures[3].section`.
    pub path: String,
    pub found: String,
    pub expected: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: found {}; expected {}",
            self.path, self.found, self.expected
        )
    }
}

fn problem(
    path: impl Into<String>,
    found: impl Into<String>,
    expected: impl Into<String>,
) -> Problem {
    Problem {
        path: path.into(),
        found: found.into(),
        expected: expected.into(),
    }
}

/// Parses and checks the data file: the report, or every problem found.
pub fn check(json: &str, article: &str) -> Result<Report, Vec<Problem>> {
    let report = parse(json)?;
    let problems = validate(&report, article);
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(problems)
    }
}

/// Parses the data file into the model; a file that does not fit it is one
/// problem, at the path where it stops fitting (serde reads no further).
pub fn parse(json: &str) -> Result<Report, Vec<Problem>> {
    let mut reader = serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        // Inside an object, where no key could be read yet, the path ends in "?".
        let path = e.path().to_string();
        let path = path.trim_end_matches('?').trim_end_matches('.').to_owned();
        let path = if path.is_empty() {
            ".".to_owned()
        } else {
            path
        };
        let error = e.into_inner();
        let expected = if error.is_syntax() || error.is_eof() {
            "valid JSON"
        } else {
            "the shape of src/report/model.rs"
        };
        vec![problem(path, error.to_string(), expected)]
    })
}

/// Every problem of a parsed report, checked against the article's text.
pub fn validate(r: &Report, article: &str) -> Vec<Problem> {
    // The article is Chinese: every text read with `as_str` is read in it.
    with_lang(Lang::Zh, || validate_in_chinese(r, article))
}

fn validate_in_chinese(r: &Report, article: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_parts(r, &mut problems);
    check_slugs(r, &mut problems);
    check_references(r, &mut problems);
    check_quotes_and_values(r, article, &mut problems);
    check_ratios(r, &mut problems);
    check_numbers_accounted(r, article, &mut problems);
    check_lines_told(r, article, &mut problems);
    check_head(r, &mut problems);
    check_axis(&r.timeline_axis, &mut problems);
    check_templates(&r.ui, &mut problems);
    check_english_figures(r, &mut problems);
    check_glossary(r, article, &mut problems);
    check_translated(r, &mut problems);
    problems
}

/// Every text has its English, not left empty, and set as an English paper
/// sets it ([`english_typography`]); so is every text only the translation
/// has (`translation`: its note and glossary). Walks the report as JSON, so
/// that a text added to the model is covered without a line here.
fn check_translated(r: &Report, out: &mut Vec<Problem>) {
    use serde_json::Value;
    fn walk(value: &Value, path: &str, out: &mut Vec<Problem>) {
        match value {
            Value::Object(map) if map.len() == 2 && map.contains_key("zh") => {
                let en = map.get("en").and_then(Value::as_str).unwrap_or_default();
                // A unit may have no English word: a rank (2位) is a bare number.
                if en.trim().is_empty() && !path.ends_with(".unit") {
                    out.push(problem(
                        format!("{path}.en"),
                        "no English",
                        "the English of the text",
                    ));
                }
                english_typography(&format!("{path}.en"), en, out);
            }
            Value::String(text) if path.starts_with("translation") => {
                english_typography(path, text, out);
            }
            Value::Object(map) => {
                for (key, v) in map {
                    let at = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    walk(v, &at, out);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    match serde_json::to_value(r) {
        Ok(value) => walk(&value, "", out),
        Err(e) => out.push(problem(".", e.to_string(), "a report that serializes")),
    }
}

/// English set as a newspaper sets it: curly quotes and apostrophes (‘ ’ “ ”),
/// never straight ones; a space after a colon, never a letter straight after.
fn english_typography(path: &str, text: &str, out: &mut Vec<Problem>) {
    if let Some(at) = text.find(['\'', '"']) {
        out.push(problem(
            path,
            format!("a straight quote in {}", quoted(around(text, at))),
            "curly quotes and apostrophes (‘ ’ “ ”)",
        ));
    }
    let colon_letter = text
        .char_indices()
        .zip(text.chars().skip(1))
        .find(|((_, c), next)| *c == ':' && next.is_alphabetic());
    if let Some(((at, _), _)) = colon_letter {
        out.push(problem(
            path,
            format!("a colon before a letter in {}", quoted(around(text, at))),
            "a space after a colon",
        ));
    }
}

/// The English edition keeps every figure's value: each English quote holds
/// the number as the English page writes it ("more than 20,000", "7.0%").
fn check_english_figures(r: &Report, out: &mut Vec<Problem>) {
    for (i, f) in r.figures.iter().enumerate() {
        let number = f.english_number();
        let claim = if f.more_than {
            format!("{} {number}", r.ui.more_than.en)
        } else if f.unit.en == "%" {
            format!("{number}%")
        } else {
            number
        };
        if !contains_number(&f.quote.en, &claim) {
            out.push(problem(
                format!("figures[{i}].quote.en"),
                quoted(&f.quote.en),
                format!(
                    "the figure as the English edition writes it: {}",
                    quoted(&claim)
                ),
            ));
        }
    }
}

/// Whether `claim` stands in `text` as a whole number: no digit, or
/// separator and digit, runs on before or after it ("7.0" is not in "17.0").
fn contains_number(text: &str, claim: &str) -> bool {
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let continues = |c1: Option<char>, c2: Option<char>| {
        digit(c1) || (matches!(c1, Some('.' | ',')) && digit(c2))
    };
    text.match_indices(claim).any(|(at, _)| {
        let mut before = text[..at].chars().rev();
        let mut after = text[at + claim.len()..].chars();
        !continues(before.next(), before.next()) && !continues(after.next(), after.next())
    })
}

/// The glossary explains terms the article uses, as it writes them.
fn check_glossary(r: &Report, article: &str, out: &mut Vec<Problem>) {
    for (i, entry) in r.translation.glossary.iter().enumerate() {
        if entry.term.is_empty() || !article.contains(&entry.term) {
            out.push(problem(
                format!("translation.glossary[{i}].term"),
                quoted(&entry.term),
                "a term the article uses, verbatim",
            ));
        }
        // Its first use in the English text links to it: it must be there.
        let used = r.sections.iter().any(|s| {
            let captions = s.photos.iter().map(|p| &p.caption);
            s.paragraphs
                .iter()
                .chain(captions)
                .any(|text| text.get(Lang::En).contains(entry.used_as.as_str()))
        });
        if !used {
            out.push(problem(
                format!("translation.glossary[{i}].used_as"),
                quoted(&entry.used_as),
                "words that stand in an English section's paragraph or photo caption",
            ));
        }
    }
}

/// Kinds that appear once; the lead opens the page and the source ends it.
fn check_parts(r: &Report, out: &mut Vec<Problem>) {
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

fn kind_name(kind: PartKind) -> &'static str {
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
fn check_slugs(r: &Report, out: &mut Vec<Problem>) {
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
const PAGE_IDS: [&str; 5] = [
    "main",
    "ratio-caption",
    "timeline-undated",
    "cite",
    "cite-h",
];
const DERIVED_ENDINGS: [&str; 8] = [
    "-h", "-btn", "-detail", "-mark", "-caption", "-embed", "-label", "-hint",
];

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

fn check_references(r: &Report, out: &mut Vec<Problem>) {
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

fn check_quotes_and_values(r: &Report, article: &str, out: &mut Vec<Problem>) {
    let verbatim = |path: String, text: &Text, out: &mut Vec<Problem>| {
        if text.as_str().trim().is_empty() || !article.contains(text.as_str()) {
            out.push(problem(
                path,
                quoted(text.as_str()),
                "words that stand verbatim in data/source-article.txt",
            ));
        }
    };
    let m = &r.meta;
    for (field, text) in [
        ("title", &m.title),
        ("byline", &m.byline),
        ("photo_credit", &m.photo_credit),
        ("lead", &m.lead),
        ("kicker", &m.kicker),
    ] {
        verbatim(format!("meta.{field}.zh"), text, out);
    }
    for (i, s) in r.sections.iter().enumerate() {
        verbatim(format!("sections[{i}].heading.zh"), &s.heading, out);
        for (j, p) in s.paragraphs.iter().enumerate() {
            verbatim(format!("sections[{i}].paragraphs[{j}].zh"), p, out);
        }
    }
    for (i, s) in r.sections.iter().enumerate() {
        for (j, p) in s.photos.iter().enumerate() {
            verbatim(
                format!("sections[{i}].photos[{j}].caption.zh"),
                &p.caption,
                out,
            );
            if let Some(credit) = &p.credit {
                verbatim(format!("sections[{i}].photos[{j}].credit.zh"), credit, out);
            }
        }
    }
    for (i, s) in r.snapshots.iter().enumerate() {
        verbatim(format!("snapshots[{i}].line.zh"), &s.line, out);
    }
    for (i, ratio) in r.industry_ratios.iter().enumerate() {
        verbatim(format!("industry_ratios[{i}].quote.zh"), &ratio.quote, out);
    }
    for (i, e) in r.events.iter().enumerate() {
        verbatim(format!("events[{i}].quote.zh"), &e.quote, out);
        if let Some(When::Day { year, month, day }) = &e.when {
            let written = format!("{year}年{month}月{day}日");
            if !e.quote.as_str().contains(&written) {
                out.push(problem(
                    format!("events[{i}].when"),
                    written,
                    "a day its quote writes",
                ));
            }
        }
    }
    for (i, f) in r.figures.iter().enumerate() {
        let at = |field: &str| format!("figures[{i}].{field}");
        verbatim(at("quote.zh"), &f.quote, out);
        if !f.number().is_finite() {
            out.push(problem(
                at("value"),
                quoted(&f.value),
                "a number as the article writes it",
            ));
        } else if !numbers(f.quote.as_str()).iter().any(|t| t.text == f.value) {
            out.push(problem(
                at("value"),
                quoted(&f.value),
                format!("a number of its quote {}", quoted(f.quote.as_str())),
            ));
        } else {
            let compact: String = f.quote.as_str().chars().filter(|c| *c != ' ').collect();
            let written = format!("{}{}", f.value, f.article_unit(&r.ui.more_than.zh));
            if !compact.contains(&written) {
                out.push(problem(
                    at("unit"),
                    quoted(&written),
                    format!("value and unit as written in {}", quoted(f.quote.as_str())),
                ));
            }
        }
        if let Some([before, after]) = &f.decrease_from {
            let value = |id: &str| r.figures.iter().find(|x| x.id == id).map(Figure::number);
            if let (Some(b), Some(a)) = (value(before), value(after)) {
                let computed = percent_decrease(b, a);
                if computed != f.number() {
                    out.push(problem(
                        at("value"),
                        quoted(&f.value),
                        format!("{computed}, the decrease from {before} to {after} in per cent"),
                    ));
                }
            }
        }
    }
}

fn check_ratios(r: &Report, out: &mut Vec<Problem>) {
    for (i, ratio) in r.industry_ratios.iter().enumerate() {
        let sum: f64 = ratio.values().iter().sum();
        // A share that is no number makes the sum NaN, which fails too.
        if sum.is_nan() || (sum - 100.0).abs() > 1e-9 {
            out.push(problem(
                format!("industry_ratios[{i}].shares"),
                format!("{} (sum {sum:.1})", ratio.shares.join(":")),
                "shares that sum to 100",
            ));
        }
        if !ratio.quote.as_str().contains(&ratio.shares.join(":")) {
            out.push(problem(
                format!("industry_ratios[{i}].shares"),
                ratio.shares.join(":"),
                format!("the ratio as written in {}", quoted(ratio.quote.as_str())),
            ));
        }
    }
}

/// A number that a piece of the data says stands in the article, inside
/// `context`.
struct Claim<'a> {
    /// Where the claim is made, when a missing number is its own problem;
    /// `None` for figures' values and ratios' shares, which are checked
    /// against their quotes already (`check_quotes_and_values`, `check_ratios`).
    path: Option<String>,
    context: &'a str,
    number: String,
}

/// Every claim of the data.
fn claims(r: &Report) -> Vec<Claim<'_>> {
    let claim = |path: Option<String>, context, number| Claim {
        path,
        context,
        number,
    };
    let mut claims = Vec::new();
    for f in &r.figures {
        claims.push(claim(None, f.quote.as_str(), f.value.clone()));
    }
    for (i, e) in r.events.iter().enumerate() {
        for n in e.when.iter().flat_map(date_numbers) {
            claims.push(claim(
                Some(format!("events[{i}].when")),
                e.quote.as_str(),
                n,
            ));
        }
    }
    for ratio in &r.industry_ratios {
        for s in &ratio.shares {
            claims.push(claim(None, ratio.quote.as_str(), s.clone()));
        }
    }
    for (i, s) in r.snapshots.iter().enumerate() {
        claims.push(claim(
            Some(format!("snapshots[{i}].year")),
            s.line.as_str(),
            s.year.to_string(),
        ));
    }
    for (i, n) in r.not_figures.iter().enumerate() {
        claims.push(claim(
            Some(format!("not_figures[{i}].number")),
            n.context.as_str(),
            n.number.clone(),
        ));
    }
    claims
}

/// The numbers a date is written with in the article.
fn date_numbers(when: &When) -> Vec<String> {
    match when {
        When::Day { year, month, day } => {
            vec![year.to_string(), month.to_string(), day.to_string()]
        }
        When::Month { year, month } => vec![year.to_string(), month.to_string()],
        When::Year { year } | When::YearEnd { year } => vec![year.to_string()],
        // Plan periods are named, not numbered, in the article.
        When::Period { .. } | When::PeriodEnd { .. } | When::Relative { .. } => vec![],
    }
}

/// Every number of the article is claimed by a figure, a date, a ratio or a
/// stated reason, and every claim stands where it says.
fn check_numbers_accounted(r: &Report, article: &str, out: &mut Vec<Problem>) {
    let mut covered = HashSet::new();
    for Claim {
        path,
        context,
        number,
    } in claims(r)
    {
        let mut found = false;
        for (start, _) in article.match_indices(context) {
            for t in numbers(context).into_iter().filter(|t| t.text == number) {
                covered.insert(start + t.at);
                found = true;
            }
        }
        if let (false, Some(path)) = (found, path) {
            out.push(problem(
                path,
                quoted(&number),
                format!("a number of {} in the article", quoted(context)),
            ));
        }
    }
    for t in numbers(article)
        .into_iter()
        .filter(|t| !covered.contains(&t.at))
    {
        out.push(problem(
            "figures",
            format!("{} in the article, in …{}…", t.text, around(article, t.at)),
            "a figure, a date or a not_figures entry that accounts for it",
        ));
    }
}

/// The article around byte `at`, on character boundaries.
fn around(text: &str, at: usize) -> &str {
    let mut start = at.saturating_sub(24);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + 24).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}

/// Every line of the article is told somewhere in the report.
fn check_lines_told(r: &Report, article: &str, out: &mut Vec<Problem>) {
    let m = &r.meta;
    let mut texts: Vec<&str> = vec![
        m.title.as_str(),
        m.byline.as_str(),
        m.photo_credit.as_str(),
        m.lead.as_str(),
        m.kicker.as_str(),
    ];
    for s in &r.sections {
        texts.push(s.heading.as_str());
        texts.extend(s.paragraphs.iter().map(Text::as_str));
        for p in &s.photos {
            texts.push(p.caption.as_str());
            texts.extend(p.credit.as_ref().map(Text::as_str));
        }
    }
    texts.extend(r.snapshots.iter().map(|s| s.line.as_str()));
    for line in article
        .lines()
        .map(|l| l.trim_start_matches(['#', '■', ' ']).trim())
    {
        if !line.is_empty() && !texts.iter().any(|t| t.contains(line)) {
            out.push(problem(
                "sections",
                format!("the article's line {}", quoted(line)),
                "a paragraph, heading, caption or meta text that tells it",
            ));
        }
    }
}

/// The head's words (title, description, preview) quote only the data's numbers.
fn check_head(r: &Report, out: &mut Vec<Problem>) {
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

/// The time axis's segments run forward in years and across the width, from
/// its left edge (0) to its right (1).
fn check_axis(axis: &[AxisSegment], out: &mut Vec<Problem>) {
    if axis.is_empty() {
        out.push(problem(
            "timeline_axis",
            "no segment",
            "at least one range of years",
        ));
    }
    let (mut year, mut x) = (i32::MIN, 0.0);
    for (i, s) in axis.iter().enumerate() {
        let at = format!("timeline_axis[{i}]");
        if s.from_year >= s.to_year || s.from_year < year {
            out.push(problem(
                &at,
                format!("years {}–{}", s.from_year, s.to_year),
                "a range of years after the one before it",
            ));
        }
        if !(x <= s.from_x && s.from_x < s.to_x && s.to_x <= 1.0) {
            out.push(problem(
                &at,
                format!("x {}–{}", s.from_x, s.to_x),
                "a stretch of the width (0 to 1) after the one before it",
            ));
        }
        (year, x) = (s.to_year, s.to_x);
    }
    if let (Some(first), Some(last)) = (axis.first(), axis.last()) {
        if first.from_x != 0.0 || last.to_x != 1.0 {
            out.push(problem(
                "timeline_axis",
                format!("x from {} to {}", first.from_x, last.to_x),
                "the whole width, 0 to 1",
            ));
        }
    }
}

/// Each template has exactly the blanks the code fills.
fn check_templates(ui: &Ui, out: &mut Vec<Problem>) {
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
fn templates(ui: &Ui) -> Vec<(&'static str, &Text, &'static [&'static str])> {
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

/// A number as written in a text, with its byte offset.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberToken {
    pub at: usize,
    pub text: String,
}

/// Every number in `text`: runs of ASCII digits with an optional decimal part.
pub fn numbers(text: &str) -> Vec<NumberToken> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
            }
            tokens.push(NumberToken {
                at: start,
                text: text[start..i].to_owned(),
            });
        } else {
            i += 1;
        }
    }
    tokens
}

fn quoted(text: &str) -> String {
    format!("{text:?}")
}

/// "a part's slug (one of: a, b, c)".
fn one_of<'a>(what: &str, options: impl Iterator<Item = &'a String>) -> String {
    let options: Vec<&str> = options.map(String::as_str).collect();
    format!("{what} (one of: {})", options.join(", "))
}
