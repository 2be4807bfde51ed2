//! The page's templates: words with blanks in braces (`{title}`), which the
//! code fills. The check (`validate::templates`) keeps each template's
//! blanks those the code fills.

/// `template` with each `{name}` replaced by its value; unknown blanks stay
/// as they are (the build refuses templates with unknown blanks).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.split_once('}').and_then(|(name, tail)| {
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (v, tail))
        }) {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fill_replaces_each_known_blank_and_keeps_the_rest() {
        assert_eq!(
            fill("{part} · {article}", &[("part", "A"), ("article", "B")]),
            "A · B"
        );
        // A blank used twice is filled twice; one the code does not fill stays.
        assert_eq!(fill("{a}{a}{b}", &[("a", "x")]), "xx{b}");
        // Values are not filled again, whatever braces they hold.
        assert_eq!(fill("{a}", &[("a", "{a}")]), "{a}");
        assert_eq!(fill("no blanks", &[("a", "x")]), "no blanks");
        assert_eq!(fill("“{title}”", &[("title", "市中区")]), "“市中区”");
    }
}
