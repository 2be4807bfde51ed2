//! What the site has a share page for: every part in the contents, every
//! small chart and every event, each with the title and description its
//! preview shows, and what it is (so that its picture is made from it).

use report::{fill, report, ui, BarChart, Event, Part};

/// A part of the report that gets a share page of its own.
#[derive(Clone, Debug)]
pub struct ShareTarget {
    pub slug: String,
    pub title: String,
    pub description: String,
    /// What it is: its picture is made from it (`site::preview::preview_of`).
    pub shared: Shared,
}

/// What a share page names.
#[derive(Clone, Copy, Debug)]
pub enum Shared {
    Part(&'static Part),
    Chart(&'static BarChart),
    Event(&'static Event),
}

/// Every part, small chart and event (everything with a share button), with
/// the title and description its preview shows.
pub fn share_targets() -> Vec<ShareTarget> {
    let r = report();
    let article = r.meta.title.as_str();
    let titled = |part: &str| {
        fill(
            ui().share_page_title.as_str(),
            &[("part", part), ("article", article)],
        )
    };
    let mut targets: Vec<ShareTarget> = r
        .contents()
        .map(|part| ShareTarget {
            slug: part.slug.clone(),
            title: titled(part.title()),
            description: r
                .section(&part.slug)
                .and_then(|s| s.paragraphs.first())
                .unwrap_or(&r.meta.lead)
                .as_str()
                .to_owned(),
            shared: Shared::Part(part),
        })
        .collect();
    targets.extend(r.bar_charts.iter().map(|c| ShareTarget {
        slug: c.slug.clone(),
        title: titled(c.title.as_str()),
        description: c.note.as_str().to_owned(),
        shared: Shared::Chart(c),
    }));
    targets.extend(r.events.iter().map(|e| ShareTarget {
        slug: e.slug.clone(),
        title: fill(
            ui().share_page_event_title.as_str(),
            &[
                ("date", &e.date_label()),
                ("title", e.title.as_str()),
                ("article", article),
            ],
        ),
        description: e.summary.as_str().to_owned(),
        shared: Shared::Event(e),
    }));
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_and_event_gets_a_share_page() {
        let r = report();
        let slugs: Vec<String> = share_targets().into_iter().map(|t| t.slug).collect();
        for part in r.contents() {
            assert!(slugs.contains(&part.slug), "{}", part.slug);
        }
        for e in &r.events {
            assert!(slugs.contains(&e.slug), "{}", e.slug);
        }
    }
}
