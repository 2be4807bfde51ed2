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

mod axis;
mod english;
mod head;
mod numbers;
mod quotes;
mod structure;
mod templates;

pub use numbers::{numbers, NumberToken};
pub use structure::is_url_safe;
pub use templates::blanks;

// Each family's rules; the helpers below serve them all.
use crate::*;
use axis::*;
use english::*;
use head::*;
use numbers::*;
use quotes::*;
use std::fmt;
use structure::*;
use templates::*;

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

pub(super) fn problem(
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

pub(super) fn quoted(text: &str) -> String {
    format!("{text:?}")
}

/// "a part's slug (one of: a, b, c)".
pub(super) fn one_of<'a>(what: &str, options: impl Iterator<Item = &'a String>) -> String {
    let options: Vec<&str> = options.map(String::as_str).collect();
    format!("{what} (one of: {})", options.join(", "))
}
