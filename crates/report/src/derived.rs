//! Figures the page computes from the article's numbers. Each is shown
//! labelled as computed, with its formula.

use crate::types::IndustryRatio;

/// One industry's change between two ratios, in percentage points.
#[derive(Clone, Debug, PartialEq)]
pub struct IndustryChange {
    pub industry: &'static str,
    pub from: f64,
    pub to: f64,
    /// `to − from`, rounded to one decimal like its inputs.
    pub points: f64,
}

/// The percentage-point change of each industry from `before` to `after`.
pub fn percentage_point_changes(
    before: &IndustryRatio,
    after: &IndustryRatio,
) -> Vec<IndustryChange> {
    let (a, b) = (before.values(), after.values());
    crate::ui()
        .industries
        .iter()
        .zip(a.iter().zip(b.iter()))
        .map(|(industry, (&from, &to))| IndustryChange {
            industry: industry.as_str(),
            from,
            to,
            points: round1(to - from),
        })
        .collect()
}

/// `later / earlier`, rounded to two decimals ("×2.13").
pub fn ratio_multiple(earlier: f64, later: f64) -> f64 {
    (later / earlier * 100.0).round() / 100.0
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// "+1.8", "−17.2": signed, with a true minus sign.
pub fn signed(x: f64) -> String {
    if x > 0.0 {
        format!("+{x:.1}")
    } else if x < 0.0 {
        format!("−{:.1}", -x)
    } else {
        "0.0".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::percent_decrease;

    #[test]
    fn signed_uses_a_true_minus() {
        assert_eq!(signed(1.8), "+1.8");
        assert_eq!(signed(-17.2), "−17.2");
        assert_eq!(signed(0.0), "0.0");
    }

    #[test]
    fn decrease_and_multiple_round_like_the_article() {
        assert_eq!(percent_decrease(196.0, 124.0), 36.7);
        assert_eq!(percent_decrease(58.0, 55.0), 5.2);
        assert_eq!(ratio_multiple(202.6, 430.9), 2.13);
    }
}
