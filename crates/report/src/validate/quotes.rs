//! The article's words: every quote verbatim, every value inside its quote,
//! every ratio summing to 100 and written so, every stated percentage
//! recomputed.

use super::*;

pub(super) fn check_quotes_and_values(r: &Report, article: &str, out: &mut Vec<Problem>) {
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

pub(super) fn check_ratios(r: &Report, out: &mut Vec<Problem>) {
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
