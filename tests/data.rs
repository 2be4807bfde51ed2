//! The data check (`src/report/validate.rs`, which `build.rs` runs): the
//! report's data passes it, and each broken fixture in `tests/fixtures/`
//! fails it, and fails the build, with its message.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;

mod common;
use common::apply;
use shizhong_report::report::validate::{check, numbers};
use shizhong_report::report::{report, When};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

use common::DATA;
const ARTICLE: &str = include_str!("../data/source-article.txt");

/// A broken copy of the data: edits to `data/report.json`, and the
/// messages the check must give, all of them and nothing else.
struct Fixture {
    name: String,
    json: String,
    expect: Vec<String>,
}

fn fixtures() -> Vec<Fixture> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/fixtures")
        .map(|e| e.expect("fixture").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let spec: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let expect = spec["expect"]
                .as_array()
                .unwrap_or_else(|| panic!("{name}: no expect"))
                .iter()
                .map(|m| m.as_str().unwrap().to_owned())
                .collect();
            Fixture {
                json: apply(&spec, DATA),
                name,
                expect,
            }
        })
        .collect()
}

#[test]
fn the_report_passes_the_check() {
    if let Err(problems) = check(DATA, ARTICLE) {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("data/report.json:\n{}", list.join("\n"));
    }
}

#[test]
fn each_broken_fixture_fails_the_check_with_its_messages() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 10, "fixtures: {}", fixtures.len());
    for f in fixtures {
        let problems: Vec<String> = match check(&f.json, ARTICLE) {
            Ok(_) => panic!("{}: the check passed", f.name),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        };
        for expected in &f.expect {
            assert!(
                problems.iter().any(|p| p.contains(expected.as_str())),
                "{}: no problem reads {expected:?}; got {problems:#?}",
                f.name
            );
        }
        assert_eq!(
            problems.len(),
            f.expect.len(),
            "{}: more problems than expected: {problems:#?}",
            f.name
        );
    }
}

/// The build script this test was built with, run as Cargo runs it, on a
/// copy of the project's data with each fixture's edits.
#[test]
fn each_broken_fixture_fails_the_build() {
    let script = build_script();
    let out = env::temp_dir().join(format!("report-build-check-{}", std::process::id()));
    for f in fixtures() {
        let dir = out.join(&f.name);
        fs::create_dir_all(dir.join("data")).unwrap();
        fs::write(dir.join("data/report.json"), &f.json).unwrap();
        fs::write(dir.join("data/source-article.txt"), ARTICLE).unwrap();
        let run = Command::new(&script)
            .current_dir(&dir)
            .env("OUT_DIR", &dir)
            .output()
            .expect("run the build script");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(!run.status.success(), "{}: the build passed", f.name);
        assert!(!stderr.contains("panicked"), "{}: {stderr}", f.name);
        for expected in &f.expect {
            assert!(
                stderr.contains(&format!(
                    "data/report.json: {}",
                    expected.split(';').next().unwrap()
                )) || stderr.contains(expected.as_str()),
                "{}: the build did not say {expected:?}:\n{stderr}",
                f.name
            );
        }
    }
    // And the real data builds.
    let dir = out.join("report");
    fs::create_dir_all(dir.join("data")).unwrap();
    fs::write(dir.join("data/report.json"), DATA).unwrap();
    fs::write(dir.join("data/source-article.txt"), ARTICLE).unwrap();
    let run = Command::new(&script)
        .current_dir(&dir)
        .env("OUT_DIR", &dir)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let _ = fs::remove_dir_all(&out);
}

/// The islands' data is encoded once per edition, each with a page's texts
/// alone: the English one holds an English heading and no Chinese one.
#[test]
fn each_editions_islands_data_holds_its_own_texts_only() {
    let heading = |edition: &str| {
        let doc: Value = serde_json::from_str(DATA).unwrap();
        doc["sections"][0]["heading"][edition]
            .as_str()
            .unwrap()
            .to_owned()
    };
    for (edition, bytes) in shizhong_report::report::islands_data() {
        let (own, other) = (edition.key(), edition.other().key());
        let holds = |text: &str| bytes.windows(text.len()).any(|w| w == text.as_bytes());
        assert!(holds(&heading(own)), "{own}: no heading");
        assert!(!holds(&heading(other)), "{own}: holds the {other} heading");
    }
}

/// The newest compiled build script of this package under the target dir.
fn build_script() -> PathBuf {
    // The test binary sits in <target>/<profile>/deps/.
    let profile = env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .to_owned();
    fs::read_dir(profile.join("build"))
        .unwrap()
        .filter_map(|e| {
            let dir = e.ok()?.path();
            let name = dir.file_name()?.to_str()?.to_owned();
            let script = dir.join("build-script-build");
            (name.starts_with("shizhong-report-") && script.exists()).then_some(script)
        })
        .max_by_key(|s| s.metadata().and_then(|m| m.modified()).ok())
        .expect("a compiled build script of shizhong-report")
}

#[test]
fn the_number_audit_can_fail() {
    // The audit only means something if an uncovered number is caught.
    let text = "建成心连心邻里中心2个、社区亲民化党群服务中心17个";
    let tokens: Vec<String> = numbers(text).into_iter().map(|t| t.text).collect();
    assert_eq!(tokens, ["2", "17"]);
    assert_eq!(numbers("6.5:47.4:46.1").len(), 3);
    assert_eq!(numbers("PM2.5")[0].text, "2.5");
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
    // The data file itself lists the dated events in order, so it reads as
    // a chronicle: its own order, not the page's sorted copy.
    let in_file: Vec<_> = r.events.iter().filter(|e| e.span().is_some()).collect();
    for pair in in_file.windows(2) {
        assert_ne!(
            When::chronological(pair[0].when.as_ref(), pair[1].when.as_ref()),
            std::cmp::Ordering::Greater,
            "data/report.json lists {} before {}",
            pair[0].slug,
            pair[1].slug
        );
    }
}

#[test]
fn small_charts_and_events_belong_to_the_part_that_holds_them() {
    let r = report();
    for chart in &r.bar_charts {
        assert_eq!(r.containing_anchor(&chart.slug), chart.section);
    }
    assert_eq!(r.containing_anchor("flood-0818"), "timeline");
    assert_eq!(r.containing_anchor("overview"), "overview");
}

/// The report as the release wasm knows it (`IslandsReport`, what the
/// prerender encodes for the islands): it answers what the islands and the
/// page wiring ask as the whole report does, in the edition it was made
/// for, and holds none of the static text.
#[test]
fn the_islands_report_answers_the_islands_as_the_whole_report_does() {
    use shizhong_report::report::{with_lang, IslandsReport, Lang, Report, Text};
    let whole: Report = serde_json::from_str(DATA).unwrap();
    for edition in Lang::ALL {
        let made = with_lang(edition, || {
            IslandsReport::from(serde_json::from_str::<Report>(DATA).unwrap())
        });
        let index = made.index().clone();
        let islands = Report::from(made);

        with_lang(edition, || {
            assert_eq!(index.anchor_ids(), whole.anchor_ids());
            for id in whole.anchor_ids() {
                assert_eq!(index.containing_anchor(id), whole.containing_anchor(id));
            }
            let events: Vec<_> = index
                .events
                .iter()
                .map(|e| {
                    (
                        e.slug.clone(),
                        e.category,
                        e.date.clone(),
                        e.title.clone(),
                        e.dated,
                    )
                })
                .collect();
            let expected: Vec<_> = whole
                .events_in_order()
                .into_iter()
                .map(|e| {
                    let title = e.title.as_str().to_owned();
                    (
                        e.slug.clone(),
                        e.category,
                        e.date_label(),
                        title,
                        e.span().is_some(),
                    )
                })
                .collect();
            assert_eq!(events, expected, "{edition:?}");
            // The search looks where it always did: title, summary, date,
            // category and each figure's measure and value, as the page
            // writes them, in ASCII lower case with no-break spaces as spaces.
            for (entry, event) in index.events.iter().zip(whole.events_in_order()) {
                let mut words = vec![
                    event.title.as_str().to_owned(),
                    event.summary.as_str().to_owned(),
                    event.date_label(),
                    event.category.label().to_owned(),
                ];
                for id in &event.figures {
                    let figure = whole.figure(id).unwrap();
                    words.extend([figure.measure.as_str().to_owned(), figure.display()]);
                }
                let words: Vec<String> = words
                    .iter()
                    .map(|w| w.replace('\u{a0}', " ").to_ascii_lowercase())
                    .collect();
                assert_eq!(entry.search, words, "{edition:?} {}", event.slug);
            }
        });
        for (kept, part) in islands.parts.iter().zip(&whole.parts) {
            assert_eq!(
                (&kept.slug, kept.kind, &kept.heading, &kept.short),
                (&part.slug, part.kind, &part.heading, &part.short)
            );
            // A part without a heading of its own takes its section's.
            let heading = |r: &Report| r.section(&part.slug).map(|s| s.heading.clone());
            assert_eq!(heading(&islands), heading(&whole), "{}", part.slug);
        }
        assert_eq!(islands.parts.len(), whole.parts.len());
        let pair = |r: &Report| {
            let (a, b) = r.ratio_pair().unwrap();
            [a, b].map(|x| {
                (
                    x.slug.clone(),
                    x.label.clone(),
                    x.shares.clone(),
                    x.order.clone(),
                )
            })
        };
        assert_eq!(pair(&islands), pair(&whole));
        assert_eq!(islands.ui.timeline.search, whole.ui.timeline.search);

        // What only static HTML shows is left out.
        assert!(islands
            .sections
            .iter()
            .all(|s| s.paragraphs.is_empty() && s.photos.is_empty()));
        assert!(islands.events.is_empty() && islands.figures.is_empty());
        assert!(islands.snapshots.is_empty() && islands.not_figures.is_empty());
        assert_eq!(islands.meta.lead, Text::default());
        assert_eq!(islands.ui.timeline.note, Text::default());
    }
    assert!(whole.sections.iter().any(|s| !s.paragraphs.is_empty()));
}

/// The English page's islands read English dates: the index is written in
/// the edition it is made for.
#[test]
fn each_editions_index_is_written_in_its_language() {
    use shizhong_report::report::{with_lang, IslandsIndex, Lang};
    let [zh, en] = Lang::ALL.map(|edition| with_lang(edition, || IslandsIndex::of(report())));
    let dated = |index: &IslandsIndex| index.events.iter().find(|e| e.dated).unwrap().date.clone();
    assert!(dated(&zh).contains('年'), "{}", dated(&zh));
    assert!(!dated(&en).contains('年'), "{}", dated(&en));
    // The glossary, and each of its entries, are the English edition's only.
    assert_eq!(
        zh.anchor_ids().len() + 1 + report().translation.glossary.len(),
        en.anchor_ids().len(),
        "the glossary is English only"
    );
}

#[test]
fn the_browsers_decimal_reader_reads_as_rusts_parser_does() {
    use shizhong_report::report::decimal;
    let shares = report()
        .industry_ratios
        .iter()
        .flat_map(|r| r.shares.clone());
    let figures = report().figures.iter().map(|f| f.value.clone());
    let grid = (0..100_000).map(|n| format!("{}.{}", n / 10, n % 10));
    // Every length of fraction the reader takes, up to 15 digits in all.
    let fractions = (1..=14).flat_map(|digits: usize| {
        let frac: String = "9876543210123".chars().cycle().take(digits).collect();
        let int = "3".repeat(15 - digits);
        [
            format!("0.{frac}"),
            format!("7.{frac}"),
            format!("{int}.{frac}"),
        ]
    });
    let more = [
        "0",
        "7",
        "100",
        "2020",
        "0.25",
        "46.10",
        "123456789012.345",
        "1.",
    ];
    for text in shares
        .chain(figures)
        .chain(grid)
        .chain(fractions)
        .chain(more.map(str::to_owned))
    {
        let expected: f64 = text.parse().unwrap();
        assert_eq!(decimal(&text), Some(expected), "{text}");
    }
    // Not a plain decimal: refused, never read as something else.
    for text in [
        "",
        ".",
        ".5",
        "-1",
        "+1",
        "1e3",
        "1.2.3",
        "6,5",
        " 6.5",
        "６.5",
        "1234567890123456",
    ] {
        assert_eq!(decimal(text), None, "{text:?}");
    }
}
