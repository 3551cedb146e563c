//! Is a claim in a language the engine reads? The engine's lexicons, rules and model are
//! English; a claim in another language would only ever be "not covered", which tells the
//! reader something false about the corpus. This says plainly that the language is the problem.
//!
//! Two signals, both cheap and conservative (an English claim full of foreign names must pass):
//! the script (most letters outside Latin), and, for Latin-script text, function words of
//! other languages (`data/foreign_function_words.tsv`) where English ones are missing.

use crate::text::lexicon::lexicon;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const FOREIGN_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/foreign_function_words.tsv"));

/// Words a claim needs before its language is judged: shorter input ("Erdoğan", "Der Spiegel")
/// is a name or a topic, whatever its language.
pub const MIN_WORDS: usize = 3;

/// Why a claim is not English: the language or script it reads as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Foreign(pub &'static str);

/// The languages of the foreign function words (`data/foreign_function_words.tsv`), in file
/// order, and each word with the set of them it belongs to (bit `i` for language `i`: a map
/// of the same type as the lexicon's, which costs the wasm no hash table of its own).
fn foreign_words() -> &'static (Vec<&'static str>, HashMap<String, u32>) {
    static W: OnceLock<(Vec<&'static str>, HashMap<String, u32>)> = OnceLock::new();
    W.get_or_init(|| {
        let (mut langs, mut m): (Vec<&'static str>, HashMap<String, u32>) = Default::default();
        for (w, lang) in FOREIGN_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).filter_map(|l| l.split_once('\t')) {
            let lang = lang.trim();
            let i = langs.iter().position(|l| *l == lang).unwrap_or_else(|| {
                langs.push(lang);
                langs.len() - 1
            });
            *m.entry(w.trim().to_string()).or_default() |= 1 << i;
        }
        (langs, m)
    })
}

/// The script of a non-Latin letter, named for a reader; `None` for Latin letters.
fn script(c: char) -> Option<&'static str> {
    Some(match c as u32 {
        0x0370..=0x03FF | 0x1F00..=0x1FFF => "Greek",
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => "Cyrillic",
        0x0530..=0x058F => "Armenian",
        0x0590..=0x05FF => "Hebrew",
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => "Arabic",
        0x0900..=0x0DFF => "Indic",
        0x0E00..=0x0E7F => "Thai",
        0x10A0..=0x10FF => "Georgian",
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => "Korean",
        0x3040..=0x30FF => "Japanese",
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => "Chinese",
        _ => return None,
    })
}

/// `Some` when `text` is clearly not English: most of its letters are in another script, or it
/// has at least two function words of another language, they make up a fifth of its words,
/// and it has fewer English function words than foreign ones.
pub fn foreign(text: &str) -> Option<Foreign> {
    let words: Vec<String> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(crate::text::token::lowercase).collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    // (A handful of scripts or languages: counted in a list, which costs the wasm no hash table
    // of its own.)
    let mut scripts: Vec<(&'static str, usize)> = Vec::new();
    let mut letters = 0usize;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if let Some(s) = script(c) {
            tally(&mut scripts, s);
        }
    }
    if let Some(&(name, n)) = most(&scripts) {
        if n * 2 > letters {
            return Some(Foreign(name));
        }
    }
    let english = words.iter().filter(|w| lexicon().is_stopword(w)).count();
    let mut langs: Vec<(&'static str, usize)> = Vec::new();
    let mut hits = 0;
    for w in &words {
        let (names, words) = foreign_words();
        if let Some(&of) = words.get(w.as_str()) {
            hits += 1;
            for (i, &lang) in names.iter().enumerate() {
                if of & (1 << i) != 0 {
                    tally(&mut langs, lang);
                }
            }
        }
    }
    if hits >= 2 && hits * 5 >= words.len() && english < hits {
        let &(lang, _) = most(&langs)?;
        return Some(Foreign(lang));
    }
    None
}

/// Counts one more `name`.
fn tally(counts: &mut Vec<(&'static str, usize)>, name: &'static str) {
    match counts.iter_mut().find(|(n, _)| *n == name) {
        Some((_, c)) => *c += 1,
        None => counts.push((name, 1)),
    }
}

/// The most counted name; of equal counts, the first in alphabetical order.
fn most<'a>(counts: &'a [(&'static str, usize)]) -> Option<&'a (&'static str, usize)> {
    counts.iter().max_by_key(|(name, n)| (*n, std::cmp::Reverse(*name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_languages_are_named() {
        assert_eq!(foreign("La Turquie a envoyé des mercenaires syriens en Azerbaïdjan."), Some(Foreign("French")));
        assert_eq!(foreign("Турция отправила сирийских наемников в Азербайджан."), Some(Foreign("Cyrillic")));
        assert_eq!(foreign("Turquía envió mercenarios sirios a Azerbaiyán y lo negó."), Some(Foreign("Spanish")));
        assert_eq!(foreign("Die Türkei hat syrische Söldner nach Aserbaidschan geschickt."), Some(Foreign("German")));
        assert_eq!(foreign("土耳其向阿塞拜疆派遣了叙利亚雇佣兵"), None, "one 'word' of Chinese is too short to judge");
        assert_eq!(foreign("土耳其 向 阿塞拜疆 派遣了 叙利亚 雇佣兵"), Some(Foreign("Chinese")));
    }

    #[test]
    fn english_with_foreign_names_is_english() {
        for claim in [
            "Turkey sent mercenaries to Azerbaijan.",
            "Turkey sent fighters",
            "Le Drian said Syrian fighters had arrived in Baku.",
            "Recep Tayyip Erdoğan met Ilham Aliyev in Ankara.",
            "Der Spiegel reported that the talks in Moscow failed.",
            "Лавров met Pompeo in Moscow to discuss the ceasefire.",
            "Los Angeles and Las Vegas are in the United States.",
            "Macron",
            "",
        ] {
            assert_eq!(foreign(claim), None, "{claim}");
        }
    }
}
