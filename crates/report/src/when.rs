//! When something happened, at the precision the article gives it.

use crate::text::Text;
use crate::types::When;
use std::cmp::Ordering;

/// A month (1–12) as the edition names it in dates.
fn month_name(month: u32) -> &'static str {
    let months = &super::ui().dates.months;
    month
        .checked_sub(1)
        .and_then(|i| months.get(i as usize))
        .map_or("", Text::as_str)
}

impl When {
    /// The date as the article would write it.
    pub fn label(&self) -> String {
        let words = &super::ui().dates;
        let fill =
            |template: &Text, values: &[(&str, &str)]| super::fill(template.as_str(), values);
        match self {
            When::Day { year, month, day } => fill(
                &words.day,
                &[
                    ("year", &year.to_string()),
                    ("month", month_name(*month)),
                    ("day", &day.to_string()),
                ],
            ),
            When::Month { year, month } => fill(
                &words.month,
                &[("year", &year.to_string()), ("month", month_name(*month))],
            ),
            When::Year { year } => fill(&words.year, &[("year", &year.to_string())]),
            When::YearEnd { year } => fill(&words.year_end, &[("year", &year.to_string())]),
            When::Period { label, .. } => fill(&words.period, &[("label", label.as_str())]),
            When::PeriodEnd { label, .. } => fill(&words.period_end, &[("label", label.as_str())]),
            When::Relative { label } => label.as_str().to_owned(),
        }
    }

    /// The machine-readable dates of `<time datetime>`, at the article's
    /// precision: a day `2020-08-18`, a month `2020-08`, a year (or a year's
    /// end, which the text says) `2018`, a plan period its first and last
    /// years. None for a date relative to the unstated publication date.
    pub fn datetimes(&self) -> Vec<String> {
        match *self {
            When::Day { year, month, day } => vec![format!("{year:04}-{month:02}-{day:02}")],
            When::Month { year, month } => vec![format!("{year:04}-{month:02}")],
            When::Year { year } | When::YearEnd { year } | When::PeriodEnd { year, .. } => {
                vec![format!("{year:04}")]
            }
            When::Period { from, to, .. } => vec![format!("{from:04}"), format!("{to:04}")],
            When::Relative { .. } => vec![],
        }
    }

    /// A short name of the precision, for screen readers and styling.
    pub fn precision(&self) -> &'static str {
        match self {
            When::Day { .. } => "day",
            When::Month { .. } => "month",
            When::Year { .. } => "year",
            When::YearEnd { .. } => "year-end",
            When::Period { .. } => "period",
            When::PeriodEnd { .. } => "period-end",
            When::Relative { .. } => "relative",
        }
    }

    /// The span of time covered, in fractional years: `[start, end)`.
    /// `None` where the article gives no absolute date.
    pub fn span(&self) -> Option<(f64, f64)> {
        let y = |year: i32| f64::from(year);
        Some(match *self {
            When::Day { year, month, day } => {
                let start = y(year) + day_of_year(year, month, day) as f64 / days_in_year(year);
                (start, start + 1.0 / days_in_year(year))
            }
            When::Month { year, month } => {
                let start = y(year) + f64::from(month - 1) / 12.0;
                (start, start + 1.0 / 12.0)
            }
            When::Year { year } => (y(year), y(year) + 1.0),
            // The last month of the year.
            When::YearEnd { year } => (y(year) + 11.0 / 12.0, y(year) + 1.0),
            When::Period { from, to, .. } => (y(from), y(to) + 1.0),
            When::PeriodEnd { year, .. } => (y(year) + 11.0 / 12.0, y(year) + 1.0),
            When::Relative { .. } => return None,
        })
    }

    /// Chronological order for mixed precision: by start, then the longer
    /// span first (a period opens before the events inside it), undated last.
    pub fn chronological(a: Option<&When>, b: Option<&When>) -> Ordering {
        match (a.and_then(When::span), b.and_then(When::span)) {
            (Some((a0, a1)), Some((b0, b1))) => a0.total_cmp(&b0).then(b1.total_cmp(&a1)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
}

impl When {
    /// A day written `YYYY-MM-DD`, if it is one of the calendar's.
    pub fn from_iso_day(text: &str) -> Option<When> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
            return None;
        }
        let (year, month, day): (i32, u32, u32) =
            (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
        const DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let last =
            DAYS.get(month.checked_sub(1)? as usize)? + u32::from(month == 2 && is_leap_year(year));
        (1..=last)
            .contains(&day)
            .then_some(When::Day { year, month, day })
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_year(year: i32) -> f64 {
    if is_leap_year(year) {
        366.0
    } else {
        365.0
    }
}

/// Zero-based day of the year.
fn day_of_year(year: i32, month: u32, day: u32) -> u32 {
    const DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let before: u32 = DAYS.iter().take(month.saturating_sub(1) as usize).sum();
    let leap_day = u32::from(is_leap_year(year) && month > 2);
    before + leap_day + day.saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_iso_day_is_read_only_if_the_calendar_has_it() {
        assert_eq!(
            When::from_iso_day("2026-12-04"),
            Some(When::Day {
                year: 2026,
                month: 12,
                day: 4
            })
        );
        assert!(When::from_iso_day("2024-02-29").is_some());
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-12-4",
            "26-12-04",
            "2026-12-04-01",
            "2026/12/04",
            "",
            "２０２６-12-04",
        ] {
            assert_eq!(When::from_iso_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn datetimes_keep_the_article_precision() {
        assert_eq!(day(2020, 8, 18).datetimes(), ["2020-08-18"]);
        assert_eq!(
            When::Month {
                year: 2019,
                month: 3
            }
            .datetimes(),
            ["2019-03"]
        );
        assert_eq!(When::YearEnd { year: 2018 }.datetimes(), ["2018"]);
        let period = When::Period {
            label: text("十三五", "13th Five-Year Plan period (2016–2020)"),
            from: 2016,
            to: 2020,
        };
        assert_eq!(period.datetimes(), ["2016", "2020"]);
        let ago = When::Relative {
            label: text("去年", "last year"),
        };
        assert!(ago.datetimes().is_empty());
    }

    fn text(zh: &str, en: &str) -> Text {
        Text::new(zh, en)
    }

    fn day(year: i32, month: u32, day: u32) -> When {
        When::Day { year, month, day }
    }
    fn period(from: i32, to: i32) -> When {
        When::Period {
            label: text("十三五", "13th Five-Year Plan period (2016–2020)"),
            from,
            to,
        }
    }

    #[test]
    fn labels_keep_the_articles_precision() {
        assert_eq!(day(2020, 8, 18).label(), "2020年8月18日");
        assert_eq!(When::YearEnd { year: 2018 }.label(), "2018年底");
        assert_eq!(period(2016, 2020).label(), "“十三五”时期");
        let end = When::PeriodEnd {
            label: text("十二五", "12th Five-Year Plan period (2011–2015)"),
            year: 2015,
        };
        assert_eq!(end.label(), "“十二五”末");
        assert_eq!(
            When::Relative {
                label: text("去年", "last year")
            }
            .label(),
            "去年"
        );
    }

    #[test]
    fn english_labels_name_the_month_and_the_plan() {
        use crate::{with_lang, Lang};
        let labels = with_lang(Lang::En, || {
            [
                day(2020, 8, 18).label(),
                When::Month {
                    year: 2019,
                    month: 3,
                }
                .label(),
                When::YearEnd { year: 2018 }.label(),
                period(2016, 2020).label(),
                When::PeriodEnd {
                    label: text("十二五", "12th Five-Year Plan period (2011–2015)"),
                    year: 2015,
                }
                .label(),
            ]
        });
        assert_eq!(
            labels,
            [
                "18 August 2020",
                "March 2019",
                "End of 2018",
                "13th Five-Year Plan period (2016–2020)",
                "End of the 12th Five-Year Plan period (2011–2015)",
            ]
        );
    }

    #[test]
    fn a_day_falls_inside_its_year() {
        let (start, end) = day(2020, 12, 31).span().unwrap();
        assert!(start > 2020.99 && end <= 2021.0 + 1e-9, "{start}..{end}");
        let (jan, _) = day(2020, 1, 23).span().unwrap();
        let (aug, _) = day(2020, 8, 18).span().unwrap();
        assert!(jan < aug);
    }

    #[test]
    fn periods_order_before_during_and_after_a_day() {
        let flood = day(2018, 8, 18);
        let before = When::Period {
            label: text("十二五", "12th Five-Year Plan period (2011–2015)"),
            from: 2011,
            to: 2015,
        };
        let during = period(2016, 2020);
        let after = When::Period {
            label: text("十四五", "14th Five-Year Plan period (2021–2025)"),
            from: 2021,
            to: 2025,
        };
        let mut items = vec![&after, &flood, &during, &before];
        items.sort_by(|a, b| When::chronological(Some(a), Some(b)));
        assert_eq!(items, vec![&before, &during, &flood, &after]);
    }

    #[test]
    fn a_period_opens_before_a_year_that_starts_with_it() {
        let year = When::Year { year: 2016 };
        let during = period(2016, 2020);
        assert_eq!(
            When::chronological(Some(&during), Some(&year)),
            Ordering::Less
        );
    }

    #[test]
    fn undated_and_relative_dates_sort_last() {
        let relative = When::Relative {
            label: text("去年", "last year"),
        };
        assert_eq!(
            When::chronological(Some(&relative), Some(&day(1985, 1, 1))),
            Ordering::Greater
        );
        assert_eq!(
            When::chronological(None, Some(&day(1985, 1, 1))),
            Ordering::Greater
        );
        assert_eq!(
            When::chronological(Some(&day(1985, 1, 1)), None),
            Ordering::Less
        );
    }
}
