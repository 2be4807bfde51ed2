//! The ids the page gives its own elements, beside the report's slugs. The
//! components write them and the islands find elements by them; the check
//! refuses a slug that is one, or ends as one is made, so that no two
//! elements share an id.

/// A part's heading: `{slug}-h`.
pub fn part_heading(slug: &str) -> String {
    format!("{slug}{HEADING}")
}

/// A small chart's caption: `{slug}-caption`.
pub fn chart_caption(slug: &str) -> String {
    format!("{slug}{CAPTION}")
}

/// A timeline event's button, which opens its details: `{slug}-btn`.
pub fn event_button(slug: &str) -> String {
    format!("{slug}{BUTTON}")
}

/// A timeline event's details: `{slug}-detail`.
pub fn event_detail(slug: &str) -> String {
    format!("{slug}{DETAIL}")
}

/// A timeline event's mark on the time strip: `{slug}-mark`.
pub fn event_mark(slug: &str) -> String {
    format!("{slug}{MARK}")
}

/// A part's embed code, and the label and hint that name it: `{slug}-embed`,
/// `{slug}-embed-label`, `{slug}-embed-hint`.
pub fn embed_code(slug: &str) -> [String; 3] {
    let code = format!("{slug}{EMBED}");
    [format!("{code}{LABEL}"), format!("{code}{HINT}"), code]
}

/// The block of the timeline's undated events.
pub const TIMELINE_UNDATED: &str = "timeline-undated";

const HEADING: &str = "-h";
const BUTTON: &str = "-btn";
const DETAIL: &str = "-detail";
const MARK: &str = "-mark";
const CAPTION: &str = "-caption";
const EMBED: &str = "-embed";
const LABEL: &str = "-label";
const HINT: &str = "-hint";

/// The page's ids that are no slug's: the main landmark, the ratio chart's
/// caption, the undated events, the citation and its heading.
pub const PAGE_IDS: [&str; 5] = ["main", "ratio-caption", TIMELINE_UNDATED, "cite", "cite-h"];

/// How the page's ids made from a slug end.
pub const DERIVED_ENDINGS: [&str; 8] = [HEADING, BUTTON, DETAIL, MARK, CAPTION, EMBED, LABEL, HINT];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_made_from_a_slug_ends_as_the_check_knows() {
        let made = [
            part_heading("x"),
            chart_caption("x"),
            event_button("x"),
            event_detail("x"),
            event_mark("x"),
        ]
        .into_iter()
        .chain(embed_code("x"));
        for id in made {
            assert!(DERIVED_ENDINGS.iter().any(|end| id.ends_with(end)), "{id}");
        }
        assert_eq!(event_button("flood-0818"), "flood-0818-btn");
    }
}
