//! The article's numbers: every one accounted for (a figure, a date or a
//! listed exception), and every line of the article told.

use super::*;
use std::collections::HashSet;

/// Every claim of the data.
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
pub(super) fn date_numbers(when: &When) -> Vec<String> {
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
pub(super) fn check_numbers_accounted(r: &Report, article: &str, out: &mut Vec<Problem>) {
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
pub(super) fn around(text: &str, at: usize) -> &str {
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
pub(super) fn check_lines_told(r: &Report, article: &str, out: &mut Vec<Problem>) {
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
