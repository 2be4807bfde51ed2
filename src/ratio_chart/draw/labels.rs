//! Labels: an industry's name, and values stacked at one side of the chart
//! kept apart.

use crate::chart::{muted_style, HPos};
use plotters::element::Text;
use report::ui;

/// Industry `i`'s name, centred at `at`, in the lighter ink.
pub(super) fn industry_name(i: usize, at: (i32, i32)) -> Text<'static, (i32, i32), &'static str> {
    Text::new(
        ui().industries[i].as_str(),
        at,
        muted_style(12.0, HPos::Center),
    )
}

/// Moves label positions apart so that no two are closer than `gap`, keeping
/// their order and staying as near as possible to where they belong.
pub fn spread_labels(ys: &[f64], gap: f64) -> Vec<f64> {
    // In order of height, ties as given: an insertion sort, as there are
    // three labels and the standard sort's code would cost the wasm 1.9 KB.
    let mut order: Vec<usize> = (0..ys.len()).collect();
    for k in 1..order.len() {
        let mut j = k;
        while j > 0 && ys[order[j - 1]].total_cmp(&ys[order[j]]).is_gt() {
            order.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut placed: Vec<f64> = order.iter().map(|&i| ys[i]).collect();
    for k in 1..placed.len() {
        placed[k] = placed[k].max(placed[k - 1] + gap);
    }
    // Pushing only moves labels down; shift the whole set back up by the
    // mean push, so the labels stay centred on their points.
    let pushed: f64 = order
        .iter()
        .enumerate()
        .map(|(k, &i)| placed[k] - ys[i])
        .sum::<f64>()
        / ys.len().max(1) as f64;
    let mut out = vec![0.0; ys.len()];
    for (k, &i) in order.iter().enumerate() {
        out[i] = placed[k] - pushed;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn spread_labels_keeps_order_and_gap() {
        let out = spread_labels(&[100.0, 104.0, 200.0], 18.0);
        assert!(out[1] - out[0] >= 18.0 - 1e-9, "{out:?}");
        assert!(out[2] - out[1] >= 18.0 - 1e-9, "{out:?}");
        assert_eq!(
            spread_labels(&[10.0, 50.0, 90.0], 18.0),
            vec![10.0, 50.0, 90.0]
        );
        // The pushed group stays centred where its labels were.
        let mean: f64 = out.iter().sum::<f64>() / 3.0;
        assert!((mean - (100.0 + 104.0 + 200.0) / 3.0).abs() < 1e-9);
        // Input order is kept whatever the vertical order.
        let out = spread_labels(&[200.0, 101.0, 100.0], 18.0);
        assert!(out[2] < out[1] && out[1] < out[0], "{out:?}");
    }

    #[test]
    fn spread_labels_orders_any_input_and_keeps_ties_as_given() {
        let out = spread_labels(&[50.0, 10.0, 50.0, 30.0], 5.0);
        // Heights 10, 30, 50, 50: the second 50 is pushed 5 below the first,
        // and the set moves up by the mean push, 1.25.
        assert_eq!(out, vec![48.75, 8.75, 53.75, 28.75]);
    }
}
