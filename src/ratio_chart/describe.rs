//! The words and the data behind the ratio chart: a summary generated from
//! the data, and the CSV a reader can download.

use report::{fill, percentage_point_changes, signed, ui, IndustryRatio};

/// One sentence per industry, then the change of structure, all from the data.
pub fn ratio_summary(before: &IndustryRatio, after: &IndustryRatio) -> String {
    let ui = ui();
    let parts: Vec<String> = percentage_point_changes(before, after)
        .iter()
        .map(|c| {
            let verb = if c.points >= 0.0 {
                &ui.ratio.summary_up
            } else {
                &ui.ratio.summary_down
            };
            fill(
                ui.ratio.summary_industry.as_str(),
                &[
                    ("industry", &in_running_text(c.industry)),
                    ("from", &fmt1(c.from)),
                    ("verb", verb.as_str()),
                    ("to", &fmt1(c.to)),
                    ("change", &signed(c.points)),
                ],
            )
        })
        .collect();
    fill(
        ui.ratio.summary.as_str(),
        &[
            ("before", before.label.as_str()),
            ("after", after.label.as_str()),
            ("changes", &parts.join(ui.list_separator.as_str())),
            ("before_order", before.order.as_str()),
            ("after_order", after.order.as_str()),
        ],
    )
}

/// The ratio chart's data as a file of the site, beside each edition's page:
/// the chart's download, and the dataset's distribution.
pub const RATIO_CSV_FILE: &str = "industry-ratio.csv";

/// The file's content: a byte-order mark (so that spreadsheets read it as
/// UTF-8), then [`ratio_csv`].
pub fn ratio_csv_file(before: &IndustryRatio, after: &IndustryRatio) -> String {
    format!("\u{feff}{}", ratio_csv(before, after))
}

/// The two ratios and the computed change, as CSV.
pub fn ratio_csv(before: &IndustryRatio, after: &IndustryRatio) -> String {
    let ui = ui();
    let columns: Vec<String> = ui
        .industries
        .iter()
        .map(|i| fill(ui.ratio.csv_column.as_str(), &[("industry", i.as_str())]))
        .collect();
    let mut csv = format!(
        "{},{}\n",
        csv_field(ui.ratio.period.as_str()),
        columns.join(",")
    );
    for r in [before, after] {
        csv.push_str(&format!(
            "{},{}\n",
            csv_field(r.label.as_str()),
            r.shares.join(",")
        ));
    }
    let changes: Vec<String> = percentage_point_changes(before, after)
        .iter()
        .map(|c| format!("{:+.1}", c.points))
        .collect();
    csv.push_str(&format!(
        "{},{}\n",
        csv_field(ui.ratio.csv_change_row.as_str()),
        changes.join(",")
    ));
    csv
}

fn fmt1(x: f64) -> String {
    format!("{x:.1}")
}

/// A name as it reads inside a sentence: "Secondary industry", a legend's
/// and a table's heading, is "secondary industry" there. Chinese has no
/// capitals to lower. (ASCII only: Unicode's case tables would cost the
/// wasm kilobytes, and the English names are ASCII.)
fn in_running_text(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        std::iter::once(first.to_ascii_lowercase())
            .chain(chars)
            .collect()
    })
}

/// Quotes a CSV field that holds a comma, quote or line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::report;

    #[test]
    fn summary_states_each_change_and_the_shift() {
        let r = report();
        let text = {
            let (a, b) = r.ratio_pair().unwrap();
            ratio_summary(a, b)
        };
        assert!(
            text.contains("第一产业由6.5%升至8.3%(+1.8个百分点)"),
            "{text}"
        );
        assert!(
            text.contains("第二产业由47.4%降至30.2%(−17.2个百分点)"),
            "{text}"
        );
        assert!(
            text.contains("第三产业由46.1%升至61.5%(+15.4个百分点)"),
            "{text}"
        );
        assert!(text.contains("由“二三一”转为“三二一”"), "{text}");
        assert!(text.contains("本页计算"));
        let english = report::with_lang(report::Lang::En, || {
            let (a, b) = r.ratio_pair().unwrap();
            ratio_summary(a, b)
        });
        assert!(
            english.contains("; the secondary industry’s share fell from 47.4% to 30.2% (−17.2 percentage points);"),
            "{english}"
        );
        assert!(
            english.contains(": the primary industry’s share rose"),
            "{english}"
        );
    }

    #[test]
    fn csv_holds_the_same_numbers_as_the_data() {
        let r = report();
        let csv = {
            let (a, b) = r.ratio_pair().unwrap();
            ratio_csv(a, b)
        };
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0], "时期,第一产业(%),第二产业(%),第三产业(%)");
        assert_eq!(lines[1], "“十二五”末,6.5,47.4,46.1");
        assert_eq!(lines[2], "“十三五”末,8.3,30.2,61.5");
        assert_eq!(lines[3], "变化(百分点;本页计算),+1.8,-17.2,+15.4");
    }

    #[test]
    fn csv_fields_with_commas_are_quoted() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }
}
