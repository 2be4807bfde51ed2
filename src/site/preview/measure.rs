//! Measuring and wrapping a picture's text without a font: an estimate of
//! each character's width, and lines broken where the language breaks them.

/// The width `text` takes at font size `size`, estimated: CJK characters a
/// full em, Latin letters and digits about half, spaces and marks less.
pub fn text_width_of(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' => 0.3,
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '(' | ')' => 0.3,
            'm' | 'w' | 'M' | 'W' => 0.85,
            c if c.is_ascii_uppercase() => 0.68,
            c if c.is_ascii() => 0.56,
            // Typographic quotes and dashes in a CJK font are full width.
            _ => 1.0,
        })
        .sum::<f64>()
        * size
}

/// `text` in lines of at most `max_width` at font size `size`: Latin text
/// breaks at spaces, CJK text between any two characters. Past `max_lines`,
/// the last line ends in "…".
pub fn wrap(text: &str, max_width: f64, size: f64, max_lines: usize) -> Vec<String> {
    // Units that must stay whole. English breaks only at spaces, so a gloss
    // such as "(市中区)" stays whole; Chinese between any two characters,
    // keeping a run of Latin letters or digits ("2020年", "PM2.5") whole.
    let english = text.contains(' ') && text.chars().any(|c| c.is_ascii_alphabetic());
    let mut units: Vec<String> = Vec::new();
    for c in text.chars() {
        let joins = units
            .last()
            .and_then(|u| u.chars().last())
            .is_some_and(|last| {
                if english {
                    last != ' '
                } else {
                    c.is_ascii() && last.is_ascii() && last != ' '
                }
            });
        if joins {
            units.last_mut().expect("a unit").push(c);
        } else {
            units.push(c.to_string());
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for unit in units {
        let candidate = format!("{line}{unit}");
        if !line.is_empty() && text_width_of(candidate.trim_end(), size) > max_width {
            lines.push(line.trim_end().to_owned());
            line = unit.trim_start().to_owned();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        // The CJK font centres "…" (as Chinese sets it): English gets three dots.
        let ellipsis = if english { "..." } else { "…" };
        let last = lines.last_mut().expect("a line");
        while !last.is_empty() && text_width_of(&format!("{last}{ellipsis}"), size) > max_width {
            last.pop();
        }
        *last = format!("{}{ellipsis}", last.trim_end());
    }
    lines
}
