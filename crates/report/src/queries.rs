//! Pure queries over the report, and the readings of its types that need
//! the page's words (`ui()`) or the edition being rendered.

use crate::text::{lang, Lang, Text};
use crate::types::*;
use crate::{report, ui};

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Party,
        Category::Economy,
        Category::Governance,
        Category::Livelihood,
        Category::Covid,
        Category::Flood,
        Category::Tourism,
    ];

    pub fn label(self) -> &'static str {
        let names = &ui().categories;
        match self {
            Category::Party => &names.party,
            Category::Economy => &names.economy,
            Category::Governance => &names.governance,
            Category::Livelihood => &names.livelihood,
            Category::Covid => &names.covid,
            Category::Flood => &names.flood,
            Category::Tourism => &names.tourism,
        }
        .as_str()
    }

    /// The URL-safe name used in links.
    pub fn slug(self) -> &'static str {
        match self {
            Category::Party => "party",
            Category::Economy => "economy",
            Category::Governance => "governance",
            Category::Livelihood => "livelihood",
            Category::Covid => "covid",
            Category::Flood => "flood",
            Category::Tourism => "tourism",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

impl Event {
    /// Its date at the article's precision, or the one text for "undated".
    pub fn date_label(&self) -> String {
        self.when
            .as_ref()
            .map_or_else(|| ui().undated.as_str().to_owned(), When::label)
    }

    /// The span of time the event covers; `None` when the article gives it
    /// no absolute date (undated, or only "去年").
    pub fn span(&self) -> Option<(f64, f64)> {
        self.when.as_ref().and_then(When::span)
    }
}

/// The link from the page of edition `from` to the page of edition `to`,
/// relative, so that it works wherever the site is published.
pub fn edition_href(from: Lang, to: Lang) -> String {
    let up = if from.dir().is_empty() { "" } else { "../" };
    let href = format!("{up}{}", to.dir());
    if href.is_empty() {
        "./".to_owned()
    } else {
        href
    }
}

/// `text` cut where it holds the words of `links` (words, and where they
/// lead), each linked at its first occurrence: the pieces in order, a
/// piece with the link it carries or none. Overlapping words are linked
/// once, the earlier first.
pub fn linked_pieces<'a, L: Clone>(
    text: &'a str,
    links: &[(&str, L)],
) -> Vec<(&'a str, Option<L>)> {
    let mut found: Vec<(usize, usize, L)> = links
        .iter()
        .filter(|(words, _)| !words.is_empty())
        .filter_map(|(words, link)| {
            text.find(words)
                .map(|at| (at, at + words.len(), link.clone()))
        })
        .collect();
    found.sort_by_key(|(at, _, _)| *at);
    let mut pieces = Vec::new();
    let mut done = 0;
    for (at, end, link) in found {
        if at < done {
            continue;
        }
        if at > done {
            pieces.push((&text[done..at], None));
        }
        pieces.push((&text[at..end], Some(link)));
        done = end;
    }
    if done < text.len() || pieces.is_empty() {
        pieces.push((&text[done..], None));
    }
    pieces
}

impl Part {
    /// Its heading on the page: its own, or its section's.
    pub fn heading(&self) -> &str {
        match &self.heading {
            Some(heading) => heading.as_str(),
            None => report()
                .section(&self.slug)
                .map_or("", |s| s.heading.as_str()),
        }
    }

    /// Its name in the contents and in shared links: the short one if any.
    pub fn title(&self) -> &str {
        self.short
            .as_ref()
            .map_or_else(|| self.heading(), Text::as_str)
    }

    /// Whether the contents lists it: every part of the edition but the masthead.
    pub fn in_contents(&self) -> bool {
        self.kind != PartKind::Lead && self.in_edition()
    }

    /// Whether the edition being rendered has it: the glossary explains the
    /// Chinese terms to English readers only.
    pub fn in_edition(&self) -> bool {
        self.kind != PartKind::Glossary || lang() == Lang::En
    }
}

impl Figure {
    /// As a card sets it: the words before the number, the number, and the
    /// unit after it. "", "2", "万余人次" in Chinese; "more than ",
    /// "20,000", "person-times" in English.
    pub fn parts(&self) -> (String, String, String) {
        let more_than = ui().more_than.as_str();
        match lang() {
            Lang::Zh => (
                String::new(),
                self.value.clone(),
                self.article_unit(more_than),
            ),
            Lang::En => {
                let before = if self.more_than {
                    format!("{more_than} ")
                } else {
                    String::new()
                };
                // "43.09 billion" stays on one line.
                let number = self.english_number().replace(' ', "\u{a0}");
                (before, number, self.unit.en.clone())
            }
        }
    }

    /// The figure in a line of text: "300余名", "7.0%", "more than 300 cadres".
    pub fn display(&self) -> String {
        let (before, number, unit) = self.parts();
        format!("{before}{number}{}{unit}", self.unit_gap())
    }

    /// What goes between the number and the unit: English puts a space
    /// before a unit word (not before "%"), Chinese nothing.
    pub fn unit_gap(&self) -> &'static str {
        let word = self.unit.en.chars().next().is_some_and(char::is_alphabetic);
        if lang() == Lang::En && word {
            " "
        } else {
            ""
        }
    }

    /// The number alone, as the edition writes it.
    pub fn numeral(&self) -> String {
        self.parts().1
    }
}

impl Report {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn section(&self, slug: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.slug == slug)
    }

    pub fn event(&self, slug: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.slug == slug)
    }

    pub fn ratio(&self, slug: &str) -> Option<&IndustryRatio> {
        self.industry_ratios.iter().find(|r| r.slug == slug)
    }

    /// Bar charts shown in one part of the page.
    pub fn bar_charts_in<'a>(
        &'a self,
        section: &'a str,
    ) -> impl Iterator<Item = &'a BarChart> + 'a {
        self.bar_charts.iter().filter(move |c| c.section == section)
    }

    /// Figures told in one part of the page, in data order.
    pub fn figures_in<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures.iter().filter(move |f| f.section == section)
    }

    /// Events in chronological order; undated ones last, in data (article) order.
    pub fn events_in_order(&self) -> Vec<&Event> {
        let mut events: Vec<&Event> = self.events.iter().collect();
        events.sort_by(|a, b| When::chronological(a.when.as_ref(), b.when.as_ref()));
        events
    }

    /// The parts of the edition being rendered, in page order.
    pub fn parts_in_edition(&self) -> impl Iterator<Item = &Part> {
        self.parts.iter().filter(|p| p.in_edition())
    }

    /// The parts the contents lists, in page order.
    pub fn contents(&self) -> impl Iterator<Item = &Part> {
        self.parts.iter().filter(|p| p.in_contents())
    }

    pub fn part(&self, slug: &str) -> Option<&Part> {
        self.parts.iter().find(|p| p.slug == slug)
    }

    /// The part of a kind that the page has one of (ratio chart, timeline…).
    pub fn part_of_kind(&self, kind: PartKind) -> Option<&Part> {
        self.parts.iter().find(|p| p.kind == kind)
    }

    /// The two ratios the ratio chart compares, earlier first (the build
    /// checks that a ratio chart names two that exist).
    pub fn ratio_pair(&self) -> Option<(&IndustryRatio, &IndustryRatio)> {
        let [a, b] = self.part_of_kind(PartKind::RatioChart)?.ratios.as_ref()?;
        Some((self.ratio(a)?, self.ratio(b)?))
    }

    /// Every id on the page that a link may point at.
    pub fn anchor_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.contents().map(|p| p.slug.as_str()).collect();
        ids.extend(self.bar_charts.iter().map(|c| c.slug.as_str()));
        ids.extend(self.events.iter().map(|e| e.slug.as_str()));
        // The glossary's entries, where the edition has the glossary.
        if self.glossary_part().is_some() {
            ids.extend(self.translation.glossary.iter().map(|g| g.slug.as_str()));
        }
        ids
    }

    /// The glossary part, where the edition being rendered has one.
    fn glossary_part(&self) -> Option<&Part> {
        self.contents().find(|p| p.kind == PartKind::Glossary)
    }

    /// The top-level part of the page that holds `id`: an event lives in the
    /// timeline, a small chart in its section; everything else is its own.
    pub fn containing_anchor<'a>(&'a self, id: &'a str) -> &'a str {
        if self.event(id).is_some() {
            self.part_of_kind(PartKind::Timeline)
                .map_or(id, |p| &p.slug)
        } else if let Some(chart) = self.bar_charts.iter().find(|c| c.slug == id) {
            &chart.section
        } else if self.translation.glossary.iter().any(|g| g.slug == id) {
            self.part_of_kind(PartKind::Glossary)
                .map_or(id, |p| &p.slug)
        } else {
            id
        }
    }
}

impl Report {
    /// Where a glossary entry's term is first used in the English text, in
    /// page order (the sections' paragraphs, then their photo captions):
    /// the section's slug and the text. That use links to the entry.
    pub fn glossary_first_use(&self, entry: &GlossaryEntry) -> Option<(&str, SectionText)> {
        // In the browser a text holds its page's edition only: the English
        // page's, where the glossary is.
        #[cfg(not(target_arch = "wasm32"))]
        let english = |text: &Text| text.get(Lang::En).to_owned();
        #[cfg(target_arch = "wasm32")]
        let english = |text: &Text| text.as_str().to_owned();
        self.parts.iter().find_map(|part| {
            let section = self.sections.iter().find(|s| s.slug == part.slug)?;
            section
                .texts()
                .find(|(_, text)| english(text).contains(entry.used_as.as_str()))
                .map(|(place, _)| (section.slug.as_str(), place))
        })
    }
}

impl Section {
    /// Its texts in reading order, each with where it is: the paragraphs,
    /// then the photos' captions.
    pub fn texts(&self) -> impl Iterator<Item = (SectionText, &Text)> {
        let paragraphs = self
            .paragraphs
            .iter()
            .enumerate()
            .map(|(j, p)| (SectionText::Paragraph(j), p));
        let captions = self
            .photos
            .iter()
            .enumerate()
            .map(|(k, p)| (SectionText::Caption(k), &p.caption));
        paragraphs.chain(captions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::with_lang;

    #[test]
    fn linked_pieces_link_each_words_first_occurrence_once() {
        let pieces = linked_pieces("a b c b", &[("b", 1), ("c", 2), ("zz", 3)]);
        assert_eq!(
            pieces,
            vec![
                ("a ", None),
                ("b", Some(1)),
                (" ", None),
                ("c", Some(2)),
                (" b", None)
            ]
        );
        // Overlapping words: the earlier wins; nothing is lost or doubled.
        let pieces = linked_pieces("three-two-one", &[("two-one", 1), ("three-two", 2)]);
        assert_eq!(pieces, vec![("three-two", Some(2)), ("-one", None)]);
        let text = "六稳六保 and ‘two reforms’";
        let pieces = linked_pieces(text, &[("‘two reforms’", ())]);
        assert_eq!(pieces.iter().map(|(w, _)| *w).collect::<String>(), text);
        assert_eq!(linked_pieces("", &[("x", 0)]), vec![("", None)]);
    }

    #[test]
    fn each_glossary_term_is_linked_from_its_first_use_in_the_english_text() {
        let r = report();
        let firsts: Vec<_> = r
            .translation
            .glossary
            .iter()
            .map(|entry| r.glossary_first_use(entry).map(|(s, p)| (s.to_owned(), p)))
            .collect();
        assert!(firsts.iter().all(Option::is_some), "{firsts:?}");
        // 六稳六保 is first used in the top-level design, in its second paragraph.
        let six = r
            .translation
            .glossary
            .iter()
            .find(|g| g.term == "六稳六保")
            .unwrap();
        assert_eq!(
            r.glossary_first_use(six),
            Some(("top-level-design", SectionText::Paragraph(1)))
        );
        // In English the entries are link targets, within the glossary.
        with_lang(Lang::En, || {
            assert!(r.anchor_ids().contains(&"term-six-stabilities"));
            assert_eq!(r.containing_anchor("term-six-stabilities"), "glossary");
        });
        assert!(!r.anchor_ids().contains(&"term-six-stabilities"));
    }
}
