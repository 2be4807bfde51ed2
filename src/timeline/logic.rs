//! Pure logic of the timeline: which events show, where they sit on the
//! axis, and where the keyboard moves next.

use report::{fill, ui, AxisSegment, Category, EventEntry, When};
use std::collections::BTreeSet;

/// Events that pass the category chips and the search, in the index's
/// (chronological) order. No chip selected means every category; the search
/// looks, in ASCII lower case, in each event's search words.
pub fn visible_events<'a>(
    events: &'a [EventEntry],
    categories: &BTreeSet<Category>,
    search: &str,
) -> Vec<&'a EventEntry> {
    let needle = search.trim().to_ascii_lowercase();
    events
        .iter()
        .filter(|e| categories.is_empty() || categories.contains(&e.category))
        .filter(|e| needle.is_empty() || e.search.iter().any(|w| w.contains(&needle)))
        .collect()
}

/// Position of a fractional year on the broken axis, 0.0–1.0; years that fall
/// in a break are drawn at the break's start.
///
/// The axis is broken (`timeline_axis` in the data): the article's early
/// baselines (1985, 2012) and its dense 2015–2020 would not both read on one
/// linear scale, so each segment maps a range of years onto a share of the width.
pub fn axis_x(axis: &[AxisSegment], year: f64) -> f64 {
    let mut x = 0.0;
    for s in axis {
        let (from, to) = (f64::from(s.from_year), f64::from(s.to_year));
        if year < from {
            return x;
        }
        let t = ((year - from) / (to - from)).min(1.0);
        x = s.from_x + t * (s.to_x - s.from_x);
    }
    x
}

/// Where an event sits on the axis: `(left, width)` as fractions of the axis;
/// `None` for events without an absolute date.
pub fn axis_place(axis: &[AxisSegment], when: Option<&When>) -> Option<(f64, f64)> {
    let (start, end) = when?.span()?;
    let left = axis_x(axis, start);
    Some((left, (axis_x(axis, end) - left).max(0.0)))
}

/// Rows for spans on the axis, so that no two overlapping spans share one:
/// each span takes the first row free at its start. `spans` are `(left, width)`
/// in axis order.
pub fn assign_lanes(spans: &[(f64, f64)]) -> Vec<usize> {
    let mut lane_ends: Vec<f64> = Vec::new();
    spans
        .iter()
        .map(|&(left, width)| {
            let lane = lane_ends
                .iter()
                .position(|&end| end <= left + 1e-9)
                .unwrap_or(lane_ends.len());
            if lane == lane_ends.len() {
                lane_ends.push(0.0);
            }
            lane_ends[lane] = left + width;
            lane
        })
        .collect()
}

/// A share of the axis (or of the page) as an SVG percentage, to a
/// hundredth of a percent.
pub fn percent(share: f64) -> String {
    format!("{:.2}%", share * 100.0)
}

/// A key press on the timeline, reduced to what it asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    First,
    Last,
}

impl Move {
    pub fn from_key(key: &str) -> Option<Move> {
        Some(match key {
            "ArrowDown" | "ArrowRight" => Move::Next,
            "ArrowUp" | "ArrowLeft" => Move::Previous,
            "Home" => Move::First,
            "End" => Move::Last,
            _ => return None,
        })
    }

    /// The index focus moves to among `len` items; stays put at the ends.
    pub fn apply(self, current: usize, len: usize) -> usize {
        if len == 0 {
            return 0;
        }
        match self {
            Move::Next => (current + 1).min(len - 1),
            Move::Previous => current.saturating_sub(1),
            Move::First => 0,
            Move::Last => len - 1,
        }
    }
}

/// "显示 5 / 21 个事件" for the polite live region.
pub fn result_summary(shown: usize, total: usize) -> String {
    let ui = ui();
    let (shown, total) = (shown.to_string(), total.to_string());
    if shown == "0" {
        ui.timeline.none.as_str().to_owned()
    } else if shown == total {
        fill(ui.timeline.all.as_str(), &[("total", &total)])
    } else {
        fill(
            ui.timeline.some.as_str(),
            &[("shown", &shown), ("total", &total)],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::{report, IslandsIndex, Text};

    fn slugs(events: &[&EventEntry]) -> Vec<String> {
        events.iter().map(|e| e.slug.clone()).collect()
    }

    /// The timeline's events as the island reads them, in the edition being rendered.
    fn island_events() -> Vec<EventEntry> {
        IslandsIndex::of(report()).events
    }

    #[test]
    fn no_filter_shows_every_event_in_order() {
        let r = report();
        let events = island_events();
        let all = visible_events(&events, &BTreeSet::new(), "");
        let in_order: Vec<String> = r.events_in_order().iter().map(|e| e.slug.clone()).collect();
        assert_eq!(slugs(&all), in_order);
    }

    #[test]
    fn a_category_shows_exactly_its_events() {
        let r = report();
        let flood: BTreeSet<_> = [Category::Flood].into();
        let events = island_events();
        let shown = visible_events(&events, &flood, "");
        assert!(!shown.is_empty());
        assert!(shown.iter().all(|e| e.category == Category::Flood));
        let expected = r
            .events
            .iter()
            .filter(|e| e.category == Category::Flood)
            .count();
        assert_eq!(shown.len(), expected);
    }

    #[test]
    fn categories_combine_as_either() {
        let r = report();
        let two: BTreeSet<_> = [Category::Flood, Category::Covid].into();
        let events = island_events();
        let shown = visible_events(&events, &two, "");
        let expected = r
            .events
            .iter()
            .filter(|e| two.contains(&e.category))
            .count();
        assert_eq!(shown.len(), expected);
    }

    #[test]
    fn search_matches_titles_figures_and_dates() {
        let events = island_events();
        let none = BTreeSet::new();
        assert_eq!(
            slugs(&visible_events(&events, &none, "人民日报")),
            ["peoples-daily-report"]
        );
        // 6000余名 is a figure of the flood event, not in its title.
        assert!(slugs(&visible_events(&events, &none, "6000余")).contains(&"flood-0818".to_owned()));
        // In English, as the English page writes it, with a typed space.
        let english = report::with_lang(report::Lang::En, || {
            slugs(&visible_events(
                &island_events(),
                &none,
                "More than 6,000 Party",
            ))
        });
        assert!(english.contains(&"flood-0818".to_owned()), "{english:?}");
        assert!(slugs(&visible_events(&events, &none, "2018年底"))
            .contains(&"poverty-eliminated".to_owned()));
        assert!(visible_events(&events, &none, "不存在的词").is_empty());
    }

    #[test]
    fn search_and_category_both_apply() {
        let covid: BTreeSet<_> = [Category::Covid].into();
        assert!(visible_events(&island_events(), &covid, "洪灾").is_empty());
    }

    #[test]
    fn axis_is_monotonic_and_bounded() {
        let years = [
            1985.0, 1985.5, 2000.0, 2012.0, 2012.9, 2014.0, 2015.0, 2018.9, 2020.6, 2021.0, 2030.0,
        ];
        let axis = &report().timeline_axis;
        let xs: Vec<f64> = years.iter().map(|&y| axis_x(axis, y)).collect();
        assert!(xs.windows(2).all(|w| w[0] <= w[1]), "{xs:?}");
        assert_eq!(xs[0], 0.0);
        assert_eq!(*xs.last().unwrap(), 1.0);
    }

    #[test]
    fn a_period_is_drawn_as_a_span_and_a_day_as_a_point() {
        let period = When::Period {
            label: Text::new("十三五", "13th Five-Year Plan period (2016–2020)"),
            from: 2016,
            to: 2020,
        };
        let (left, width) = axis_place(&report().timeline_axis, Some(&period)).unwrap();
        assert!(width > 0.5, "{width}");
        let day = When::Day {
            year: 2020,
            month: 8,
            day: 18,
        };
        let (dleft, dwidth) = axis_place(&report().timeline_axis, Some(&day)).unwrap();
        assert!(dwidth < 0.01 && dleft > left && dleft < left + width);
        assert_eq!(axis_place(&report().timeline_axis, None), None);
        assert_eq!(
            axis_place(
                &report().timeline_axis,
                Some(&When::Relative {
                    label: Text::new("去年", "last year")
                })
            ),
            None
        );
    }

    #[test]
    fn overlapping_spans_take_separate_lanes() {
        // A period, a year inside it, the same year again, and a span after the period.
        let spans = [(0.3, 0.6), (0.8, 0.1), (0.8, 0.1), (0.95, 0.05)];
        assert_eq!(assign_lanes(&spans), vec![0, 1, 2, 0]);
        assert_eq!(assign_lanes(&[(0.0, 0.1), (0.1, 0.1)]), vec![0, 0]);
        assert!(assign_lanes(&[]).is_empty());
    }

    #[test]
    fn keys_move_and_stop_at_the_ends() {
        assert_eq!(Move::from_key("ArrowRight").unwrap().apply(0, 3), 1);
        assert_eq!(Move::from_key("ArrowDown").unwrap().apply(2, 3), 2);
        assert_eq!(Move::from_key("ArrowUp").unwrap().apply(0, 3), 0);
        assert_eq!(Move::from_key("End").unwrap().apply(0, 3), 2);
        assert_eq!(Move::from_key("Home").unwrap().apply(2, 3), 0);
        assert_eq!(Move::Next.apply(0, 0), 0);
        assert_eq!(Move::from_key("a"), None);
    }

    #[test]
    fn summary_says_when_nothing_matches() {
        assert_eq!(result_summary(0, 21), "没有符合条件的事件");
        assert_eq!(result_summary(21, 21), "显示全部 21 个事件");
        assert_eq!(result_summary(3, 21), "显示 3 / 21 个事件");
    }
}
