//! The article's numbers as the page reads and writes them: exactly, with
//! no float parser in the browser, and in English with 万 and 亿 taken in.

use crate::types::{Figure, IndustryRatio};

impl Figure {
    pub fn number(&self) -> f64 {
        decimal(&self.value).unwrap_or(f64::NAN)
    }

    /// The magnitude the Chinese unit starts with (万, 亿), if any, and the rest.
    pub fn magnitude(&self) -> (&str, &str) {
        match self.unit.zh.chars().next() {
            Some(c @ ('万' | '亿')) => self.unit.zh.split_at(c.len_utf8()),
            _ => ("", self.unit.zh.as_str()),
        }
    }

    /// What follows the value in the article: "余名", "万余人次", "%";
    /// `more_than` (余) follows a unit's 万 or 亿.
    pub fn article_unit(&self, more_than: &str) -> String {
        let (magnitude, rest) = self.magnitude();
        let more = if self.more_than { more_than } else { "" };
        format!("{magnitude}{more}{rest}")
    }

    /// The number as the English edition writes it: a rank as an ordinal.
    pub fn english_number(&self) -> String {
        let number = english_number(&self.value, self.magnitude().0);
        if self.rank {
            english_ordinal(&number)
        } else {
            number
        }
    }
}

/// A whole number as an English ordinal: "1st", "2nd", "3rd", "4th",
/// "11th", "12th", "13th", "21st", "112th". Anything else stays as it is.
pub fn english_ordinal(number: &str) -> String {
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return number.to_owned();
    }
    let last_two = &number[number.len().saturating_sub(2)..];
    let suffix = match (
        last_two.len() == 2 && last_two.starts_with('1'),
        last_two.as_bytes()[last_two.len() - 1],
    ) {
        (true, _) => "th",
        (_, b'1') => "st",
        (_, b'2') => "nd",
        (_, b'3') => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

/// A number of the article in English: the magnitude 万 (10⁴) or 亿 (10⁸)
/// taken in exactly, by moving the decimal point (no float), as a plain
/// number, millions or billions; thousands separated by commas. "2", "万"
/// -> "20,000"; "430.9", "亿" -> "43.09 billion"; "1863", "万" -> "18.63
/// million"; "7.0", "" -> "7.0" (as written).
pub fn english_number(value: &str, magnitude: &str) -> String {
    let at_least = |limit: f64| decimal(value).is_some_and(|v| v >= limit);
    let (shift, word) = match magnitude {
        "亿" if at_least(10.0) => (-1, " billion"),
        "亿" => (2, " million"),
        "万" if at_least(100.0) => (-2, " million"),
        "万" => (4, ""),
        _ => (0, ""),
    };
    let number = if shift == 0 {
        value.to_owned()
    } else {
        shift_point(value, shift)
    };
    format!("{}{word}", group_thousands(&number))
}

/// `value` times 10^`shift`, as decimal text without needless zeros.
fn shift_point(value: &str, shift: i32) -> String {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    let digits: String = format!("{int}{frac}");
    let point = int.len() as i32 + shift;
    let padded = if point > digits.len() as i32 {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else if point < 1 {
        format!("{}{digits}", "0".repeat((1 - point) as usize))
    } else {
        digits
    };
    let point = point.max(1) as usize;
    let (int, frac) = padded.split_at(point);
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if frac.is_empty() {
        int.to_owned()
    } else {
        format!("{int}.{frac}")
    }
}

/// "22346" -> "22,346"; the fraction is left as it is.
fn group_thousands(number: &str) -> String {
    let (int, frac) = number
        .split_once('.')
        .map_or((number, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

impl IndustryRatio {
    pub fn values(&self) -> [f64; 3] {
        self.shares
            .each_ref()
            .map(|s| decimal(s).unwrap_or(f64::NAN))
    }
}

/// A plain decimal as the article writes one ("46.1", "2020"), exactly as
/// `str::parse` reads it; `None` for anything else. Every number of the data
/// is read with it: in the wasm, `f64`'s own parser and its tables would be
/// about 13 KB (brotli).
///
/// Exact because the digits (at most 15) and the power of ten (at most
/// 10¹⁵) are both exact in an `f64`, and one division rounds correctly.
pub fn decimal(text: &str) -> Option<f64> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = int.len() + frac.len();
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || digits > 15 || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    let mantissa = int
        .bytes()
        .chain(frac.bytes())
        .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let scale = frac.bytes().fold(1.0, |scale, _| scale * 10.0);
    Some(mantissa as f64 / scale)
}

/// The percentage decrease from `before` to `after`, rounded to one decimal
/// as the article rounds it.
pub fn percent_decrease(before: f64, after: f64) -> f64 {
    let percent = (before - after) / before * 100.0;
    (percent * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_takes_the_magnitude_into_the_number_exactly() {
        for (value, magnitude, english) in [
            ("2", "万", "20,000"),
            ("1863", "万", "18.63 million"),
            ("430.9", "亿", "43.09 billion"),
            ("2.83", "亿", "283 million"),
            ("1.65", "亿", "165 million"),
            ("202.6", "亿", "20.26 billion"),
            ("7.0", "", "7.0"),
            ("14108", "", "14,108"),
            ("56.65", "", "56.65"),
        ] {
            assert_eq!(
                english_number(value, magnitude),
                english,
                "{value}{magnitude}"
            );
        }
    }

    #[test]
    fn thousands_are_grouped_by_commas_before_the_point_only() {
        assert_eq!(group_thousands("1234567"), "1,234,567");
        assert_eq!(group_thousands("999"), "999");
        assert_eq!(group_thousands("1000"), "1,000");
        assert_eq!(group_thousands("12345.678"), "12,345.678");
        assert_eq!(group_thousands(""), "");
    }

    #[test]
    fn a_rank_reads_as_an_english_ordinal() {
        for (number, ordinal) in [
            ("1", "1st"),
            ("2", "2nd"),
            ("3", "3rd"),
            ("4", "4th"),
            ("11", "11th"),
            ("12", "12th"),
            ("13", "13th"),
            ("21", "21st"),
            ("22", "22nd"),
            ("101", "101st"),
            ("112", "112th"),
        ] {
            assert_eq!(english_ordinal(number), ordinal);
        }
        // Not a whole number: as it is.
        assert_eq!(english_ordinal("2.5"), "2.5");
        assert_eq!(english_ordinal(""), "");
    }
}
