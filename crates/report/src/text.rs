//! The two editions, and a text in both: which edition is being rendered
//! (`lang`), and how a `Text` is written in the data file (both editions),
//! in the islands' data (one) and in the browser (one, its page's).

use serde::{Deserialize, Serialize};
use std::cell::Cell;

/// An edition of the report: the article's language, or the translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// The original first: it is the page at the site's root.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// Its language tag, for `lang` and `hreflang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Its key in the data's texts.
    pub fn key(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Its `og:locale`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::Zh => "zh_CN",
            Lang::En => "en_GB",
        }
    }

    /// Where its page lives under the site's root: "" or "en/".
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Zh => "",
            Lang::En => "en/",
        }
    }

    /// The edition a page's `lang` names; the original for anything else.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.eq_ignore_ascii_case("en") || tag.to_ascii_lowercase().starts_with("en-") {
            Lang::En
        } else {
            Lang::Zh
        }
    }

    /// The other edition, which the language switch leads to.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::Zh) };
}

/// The edition being rendered: the prerender sets it per page, the browser
/// from the page's `lang`. Every [`Text::as_str`] reads it.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// Runs `f` with `edition` as the edition being rendered, then restores the
/// one before, even if `f` panics.
pub fn with_lang<T>(edition: Lang, f: impl FnOnce() -> T) -> T {
    with_set(&LANG, edition, f)
}

/// Runs `f` with the thread-local `cell` set to `value`, then restores what
/// it held, even if `f` panics.
fn with_set<V: Copy + 'static, T>(
    cell: &'static std::thread::LocalKey<Cell<V>>,
    value: V,
    f: impl FnOnce() -> T,
) -> T {
    struct Restore<V: Copy + 'static>(&'static std::thread::LocalKey<Cell<V>>, V);
    impl<V: Copy + 'static> Drop for Restore<V> {
        fn drop(&mut self) {
            self.0.with(|c| c.set(self.1));
        }
    }
    let _restore = Restore(cell, cell.with(|c| c.replace(value)));
    f()
}

/// Text in both editions: the article's words, and their translation.
///
/// In `data/report.json` it is `{"zh": …, "en": …}`. The build encodes the
/// report for the browser once per edition, each text as that edition's
/// string alone ([`encode_edition`]). A page decodes its own edition's, into
/// a `Text` that holds that string only: the wasm then has no code for the
/// other language's fields (some 200 of them, each with its own decoding).
/// There it is a `&'static str`: the report lasts as long as the page, so
/// its texts are never freed, and decoding them needs no cleanup code on
/// failure (1.3 KB of the brotli wasm). It is decoded from a borrowing
/// decoder (postcard from bytes) and copied once; [`Text::new`] copies too,
/// so in the browser it is for tests and one-off texts only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    #[cfg(not(target_arch = "wasm32"))]
    pub zh: String,
    #[cfg(not(target_arch = "wasm32"))]
    pub en: String,
    /// The page's edition's text.
    #[cfg(target_arch = "wasm32")]
    text: &'static str,
}

/// The two editions' words, as the data file writes a text.
#[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TextInBoth {
    zh: String,
    en: String,
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static ENCODING: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Runs `encode` with every [`Text`] serialized as `edition`'s string alone:
/// the build's per-edition encoding of the report for the browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_edition<T>(edition: Lang, encode: impl FnOnce() -> T) -> T {
    with_set(&ENCODING, Some(edition), encode)
}

#[cfg(not(target_arch = "wasm32"))]
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match ENCODING.with(Cell::get) {
            Some(edition) => s.serialize_str(self.get(edition)),
            None => TextInBoth {
                zh: self.zh.clone(),
                en: self.en.clone(),
            }
            .serialize(s),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let TextInBoth { zh, en } = TextInBoth::deserialize(d)?;
        Ok(Text { zh, en })
    }
}

/// The browser keeps one edition's text. The release wasm reads the
/// islands' data, which holds that edition's alone; a plain wasm build
/// reads the data file, and keeps the page's edition of each text.
#[cfg(target_arch = "wasm32")]
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[cfg(feature = "hydrate")]
        let text: Box<str> = <&str>::deserialize(d)?.into();
        #[cfg(not(feature = "hydrate"))]
        let text: Box<str> = {
            let TextInBoth { zh, en } = TextInBoth::deserialize(d)?;
            match lang() {
                Lang::Zh => zh,
                Lang::En => en,
            }
            .into()
        };
        Ok(Text {
            text: Box::leak(text),
        })
    }
}

#[cfg(target_arch = "wasm32")]
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.text)
    }
}

impl Text {
    /// A text in both editions; in the browser, the page's edition's.
    pub fn new(zh: &str, en: &str) -> Text {
        #[cfg(not(target_arch = "wasm32"))]
        return Text {
            zh: zh.to_owned(),
            en: en.to_owned(),
        };
        #[cfg(target_arch = "wasm32")]
        return Text {
            text: Box::leak(
                match lang() {
                    Lang::Zh => zh,
                    Lang::En => en,
                }
                .into(),
            ),
        };
    }

    /// In the edition being rendered.
    pub fn as_str(&self) -> &str {
        #[cfg(not(target_arch = "wasm32"))]
        return self.get(lang());
        #[cfg(target_arch = "wasm32")]
        return self.text;
    }

    /// In one edition (the prerender and the build's check).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}
