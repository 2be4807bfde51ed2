//! Audits the report data against the source article: nothing invented,
//! nothing left out.
#![cfg(not(target_arch = "wasm32"))]

use shizhong_report::report::{percent_decrease, report, When};
use std::collections::HashSet;

const ARTICLE: &str = include_str!("../data/source-article.txt");

/// A number as written in the text, with its byte offset.
#[derive(Debug, Clone, PartialEq)]
struct Token {
    at: usize,
    text: String,
}

/// Every number in `text`: runs of ASCII digits with an optional decimal part.
fn numbers(text: &str) -> Vec<Token> {
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
            tokens.push(Token {
                at: start,
                text: text[start..i].to_owned(),
            });
        } else {
            i += 1;
        }
    }
    tokens
}

/// Claims that `number` stands in the article inside `context`.
fn claims() -> Vec<(String, String)> {
    let r = report();
    let mut claims = Vec::new();
    for f in &r.figures {
        claims.push((f.quote.zh.clone(), f.value.clone()));
    }
    for e in &r.events {
        if let Some(w) = &e.when {
            claims.extend(date_numbers(w).into_iter().map(|n| (e.quote.zh.clone(), n)));
        }
    }
    for ratio in &r.industry_ratios {
        claims.extend(
            ratio
                .shares
                .iter()
                .map(|s| (ratio.quote.zh.clone(), s.clone())),
        );
    }
    for s in &r.snapshots {
        claims.push((s.line.zh.clone(), s.year.to_string()));
    }
    for n in &r.not_figures {
        claims.push((n.context.clone(), n.number.clone()));
    }
    claims
}

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

#[test]
fn every_number_in_the_article_is_accounted_for() {
    let mut covered = HashSet::new();
    for (context, number) in claims() {
        let mut found = false;
        for (start, _) in ARTICLE.match_indices(&context) {
            for t in numbers(&context).into_iter().filter(|t| t.text == number) {
                covered.insert(start + t.at);
                found = true;
            }
        }
        assert!(
            found,
            "claim {number:?} in {context:?} is not in the article"
        );
    }
    let missing: Vec<_> = numbers(ARTICLE)
        .into_iter()
        .filter(|t| !covered.contains(&t.at))
        .map(|t| {
            let around = &ARTICLE[t.at.saturating_sub(24)..(t.at + 24).min(ARTICLE.len())];
            format!("{} in …{}…", t.text, around)
        })
        .collect();
    assert!(
        missing.is_empty(),
        "numbers of the article with no figure, date or reason: {missing:#?}"
    );
}

#[test]
fn the_number_audit_can_fail() {
    // The audit above only means something if an uncovered number is caught.
    let text = "建成心连心邻里中心2个、社区亲民化党群服务中心17个";
    let tokens = numbers(text);
    assert_eq!(
        tokens.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
        ["2", "17"]
    );
    assert_eq!(numbers("6.5:47.4:46.1").len(), 3);
    assert_eq!(numbers("PM2.5")[0].text, "2.5");
}

#[test]
fn figures_quote_the_article_with_the_same_value() {
    for f in &report().figures {
        assert!(
            ARTICLE.contains(&f.quote.zh),
            "{}: quote not in the article",
            f.id
        );
        let in_quote: Vec<String> = numbers(&f.quote.zh).into_iter().map(|t| t.text).collect();
        assert!(
            in_quote.contains(&f.value),
            "{}: {} is not in {:?}",
            f.id,
            f.value,
            f.quote.zh
        );
        assert!(
            f.number().is_finite(),
            "{}: value {:?} is not a number",
            f.id,
            f.value
        );
        // Value, qualifier (余) and unit read as the article writes them.
        let compact: String = f.quote.zh.chars().filter(|c| *c != ' ').collect();
        assert!(
            compact.contains(&f.display()),
            "{}: {} is not written so in the article",
            f.id,
            f.display()
        );
    }
}

#[test]
fn every_line_of_the_article_is_in_the_report() {
    let r = report();
    let mut texts: Vec<&str> = vec![
        &r.meta.title.zh,
        &r.meta.byline.zh,
        &r.meta.photo_credit.zh,
        &r.meta.lead.zh,
        &r.meta.kicker.zh,
    ];
    for s in &r.sections {
        texts.push(&s.heading.zh);
        texts.extend(s.paragraphs.iter().map(|p| p.zh.as_str()));
        for p in &s.photos {
            texts.push(&p.caption.zh);
            texts.extend(p.credit.as_ref().map(|c| c.zh.as_str()));
        }
    }
    texts.extend(r.snapshots.iter().map(|s| s.line.zh.as_str()));
    for line in ARTICLE
        .lines()
        .map(|l| l.trim_start_matches(['#', '■', ' ']).trim())
    {
        if line.is_empty() {
            continue;
        }
        let told = texts.iter().any(|t| t.contains(line));
        assert!(told, "article line missing from the report: {line}");
    }
    for s in &r.sections {
        for p in &s.paragraphs {
            assert!(ARTICLE.contains(&p.zh), "paragraph not verbatim: {}", p.zh);
        }
    }
}

#[test]
fn industry_ratios_sum_to_one_hundred() {
    let r = report();
    assert_eq!(r.industry_ratios.len(), 2);
    for ratio in &r.industry_ratios {
        let sum: f64 = ratio.values().iter().sum();
        assert!((sum - 100.0).abs() < 1e-9, "{} sums to {sum}", ratio.slug);
        assert!(ARTICLE.contains(&ratio.quote.zh));
        assert!(ratio.quote.zh.contains(&ratio.shares.join(":")));
    }
}

#[test]
fn stated_percentages_match_their_inputs() {
    let r = report();
    let value = |id: &str| {
        r.figure(id)
            .unwrap_or_else(|| panic!("no figure {id}"))
            .number()
    };
    assert_eq!(
        percent_decrease(value("villages-before"), value("villages-after")),
        value("villages-cut")
    );
    assert_eq!(
        percent_decrease(value("communities-before"), value("communities-after")),
        value("communities-cut")
    );
}

#[test]
fn slugs_are_unique_and_url_safe() {
    let r = report();
    let ids = r.anchor_ids();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids in {ids:?}");
    for id in ids {
        assert!(!id.is_empty() && id.len() <= 40, "{id}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id} is not URL-safe"
        );
        assert!(!id.starts_with('-') && !id.ends_with('-'), "{id}");
    }
    let figure_ids: HashSet<&str> = r.figures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(figure_ids.len(), r.figures.len(), "duplicate figure ids");
}

#[test]
fn references_point_at_things_that_exist() {
    let r = report();
    let anchors = r.anchor_ids();
    for f in &r.figures {
        assert!(
            anchors.contains(&f.section.as_str()),
            "{}: no anchor {}",
            f.id,
            f.section
        );
    }
    for e in &r.events {
        assert!(
            anchors.contains(&e.section.as_str()),
            "{}: no anchor {}",
            e.slug,
            e.section
        );
        assert!(
            ARTICLE.contains(&e.quote.zh),
            "{}: quote not in the article",
            e.slug
        );
        for id in &e.figures {
            assert!(r.figure(id).is_some(), "{}: no figure {id}", e.slug);
        }
        if let Some(ratio) = &e.ratio {
            assert!(r.ratio(ratio).is_some(), "{}: no ratio {ratio}", e.slug);
        }
    }
    for id in &r.meta.at_a_glance {
        assert!(r.figure(id).is_some(), "at a glance: no figure {id}");
    }
    for s in &r.snapshots {
        for cell in &s.cells {
            let f = r
                .figure(&cell.figure)
                .unwrap_or_else(|| panic!("snapshot: no figure {}", cell.figure));
            assert_eq!(
                f.when,
                Some(When::Year { year: s.year }),
                "{} is not of {}",
                f.id,
                s.year
            );
            assert!(
                r.snapshot_rows.iter().any(|row| row.row == cell.row),
                "no row {}",
                cell.row
            );
        }
    }
}

#[test]
fn events_are_in_chronological_order_with_undated_last() {
    let r = report();
    let ordered = r.events_in_order();
    let dated: Vec<_> = ordered.iter().filter_map(|e| e.span()).collect();
    assert!(
        dated.windows(2).all(|w| w[0].0 <= w[1].0),
        "dated events out of order"
    );
    let first_undated = ordered.iter().position(|e| e.span().is_none());
    if let Some(i) = first_undated {
        assert!(ordered[i..].iter().all(|e| e.span().is_none()));
    }
    // The data file itself lists the dated events in order, so it reads as a chronicle.
    assert_eq!(
        ordered.first().map(|e| e.slug.as_str()),
        Some("baseline-1985")
    );
}

#[test]
fn no_event_is_given_a_day_the_article_does_not_write() {
    for e in &report().events {
        if let Some(When::Day { year, month, day }) = &e.when {
            let written = format!("{year}年{month}月{day}日");
            assert!(
                e.quote.zh.contains(&written),
                "{}: {written} is not in its quote",
                e.slug
            );
        }
    }
}

#[test]
fn bar_charts_draw_existing_figures_where_they_are_told() {
    let r = report();
    let anchors = r.anchor_ids();
    for chart in &r.bar_charts {
        assert!(
            anchors.contains(&chart.section.as_str()),
            "{}: no anchor {}",
            chart.slug,
            chart.section
        );
        assert_eq!(
            r.bar_rows(chart).len(),
            chart.rows.len(),
            "{}: a row names no figure",
            chart.slug
        );
        assert_eq!(r.containing_anchor(&chart.slug), chart.section);
    }
    assert_eq!(r.containing_anchor("flood-0818"), "timeline");
    assert_eq!(r.containing_anchor("overview"), "overview");
}
