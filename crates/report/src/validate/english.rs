//! The English edition: every text translated and set as an English paper
//! sets it, every figure's English number in its English quote, and every
//! glossary entry's term in the article and its words in the English text.

use super::*;

/// Every text has its English, not left empty, and set as an English paper
/// sets it ([`english_typography`]); so is every text only the translation
/// has (`translation`: its note and glossary). Walks the report as JSON, so
/// that a text added to the model is covered without a line here.
pub(super) fn check_translated(r: &Report, out: &mut Vec<Problem>) {
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
pub(super) fn english_typography(path: &str, text: &str, out: &mut Vec<Problem>) {
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
pub(super) fn check_english_figures(r: &Report, out: &mut Vec<Problem>) {
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
pub(super) fn contains_number(text: &str, claim: &str) -> bool {
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
pub(super) fn check_glossary(r: &Report, article: &str, out: &mut Vec<Problem>) {
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
            s.texts()
                .any(|(_, text)| text.get(Lang::En).contains(entry.used_as.as_str()))
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
