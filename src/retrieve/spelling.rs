//! Small misspellings in a claim ("Turky sent mercenarys") read as the corpus's own words.
//!
//! A word is corrected only when nothing suggests it is right as typed: the corpus never uses
//! it, it is not a known English word (the sentence-pair model's vocabulary, when there is
//! one), and exactly one kind of fix is close — a corpus word one edit away (two for words of
//! eight letters or more), with the same first letter, used in at least [`MIN_SENTENCES`]
//! sentences. The reader is told what was read as what.

use crate::retrieve::index::Index;
use crate::text::token::Kind;
use rustc_hash::FxHashMap;
use serde::Serialize;

/// Shortest word (in letters) that is corrected: shorter ones are too often other words.
pub const MIN_LETTERS: usize = 4;
/// Letters from which two edits are allowed rather than one.
pub const TWO_EDITS_FROM: usize = 8;
/// Sentences a corpus word must appear in to be offered (a corpus's own typos are not).
pub const MIN_SENTENCES: usize = 2;

/// One word of the claim read as another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    /// The word as typed.
    pub from: String,
    /// The corpus word it was read as.
    pub to: String,
}

/// The corpus's single-word keys made of letters, used in at least [`MIN_SENTENCES`]
/// sentences, by (first letter, length in letters), with how many sentences use each.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// The words, with how many sentences use each.
    words: Vec<(String, usize)>,
    /// Indices into `words` by bucket ("a5": first letter, length), each bucket in word order.
    /// (Keyed by string: the index's postings have this map type, so the WebAssembly carries
    /// one hash table the fewer.)
    buckets: FxHashMap<String, Vec<u32>>,
}

/// The bucket of a word of `len` letters starting with `first`.
fn bucket(first: char, len: usize) -> String {
    format!("{first}{len}")
}

impl Vocabulary {
    /// Collects the vocabulary of `index` (once per index: see `Index::vocabulary`).
    pub fn of(index: &Index) -> Vocabulary {
        // (The index's keys are distinct: sorted once, and then each bucket fills in word
        // order, where inserting each in order would cost quadratic time for a corpus of many
        // words of one first letter and length.)
        let mut keys: Vec<(&str, usize)> = index.all_postings().map(|(k, ids)| (k.as_str(), ids.len())).collect();
        crate::sort_heap(&mut keys);
        let mut v = Vocabulary::default();
        v.add(&mut keys.into_iter().map(|(k, df)| (k.to_string(), df)));
        v
    }

    /// A vocabulary of the words given, with how many sentences use each (a sharded archive's
    /// vocabulary files); words that could not be offered are left out.
    pub fn from_words(words: impl IntoIterator<Item = (String, usize)>) -> Vocabulary {
        let mut v = Vocabulary::default();
        v.add(&mut words.into_iter());
        v
    }

    /// Adds words, with how many sentences use each (one vocabulary file of an archive).
    // (An iterator object, not a generic: one copy for both callers, for WebAssembly size.)
    pub fn add(&mut self, words: &mut dyn Iterator<Item = (String, usize)>) {
        for (key, df) in words {
            if df < MIN_SENTENCES || !key.chars().all(char::is_alphabetic) {
                continue;
            }
            let Some(first) = key.chars().next() else { continue };
            let words = &mut self.words;
            let b = self.buckets.entry(bucket(first, key.chars().count())).or_default();
            if let Err(at) = b.binary_search_by(|&i| words[i as usize].0.as_str().cmp(&key)) {
                b.insert(at, words.len() as u32);
                words.push((key, df));
            }
        }
    }

    /// Every word with how many sentences use it, in no particular order.
    pub fn words(&self) -> impl Iterator<Item = (&str, usize)> {
        self.words.iter().map(|(k, df)| (k.as_str(), *df))
    }

    /// The closest corpus word to `word` (lowercase), if one is close enough: fewest edits,
    /// then the most used, then alphabetical.
    pub fn suggest(&self, word: &str) -> Option<&str> {
        let chars: Vec<char> = word.chars().collect();
        let max = if chars.len() >= TWO_EDITS_FROM { 2 } else { 1 };
        let first = *chars.first()?;
        let mut best: Option<(usize, std::cmp::Reverse<usize>, &str)> = None;
        for len in chars.len().saturating_sub(max)..=chars.len() + max {
            for (key, df) in self.buckets.get(&bucket(first, len)).into_iter().flatten().map(|&i| &self.words[i as usize]) {
                let Some(d) = edits_within(&chars, key, max) else { continue };
                let cand = (d, std::cmp::Reverse(*df), key.as_str());
                if best.is_none_or(|b| cand < b) {
                    best = Some(cand);
                }
            }
        }
        best.map(|(_, _, k)| k)
    }
}

/// The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of
/// neighbours) between `a` and `b` if it is at most `max`; `None` otherwise.
fn edits_within(a: &[char], b: &str, max: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        d[i * w] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
    }
    let v = d[a.len() * w + b.len()];
    (v <= max).then_some(v)
}

/// A claim word that may be misspelt: the corpus never uses it and it is not a known word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typo {
    /// Where it is typed in the claim (bytes).
    pub start: usize,
    /// One past its end (bytes).
    pub end: usize,
    /// The word, lowercase: what [`Vocabulary::suggest`] is asked about.
    pub word: String,
    /// Typed with a capital: the correction is too.
    pub capitalized: bool,
}

/// The words of `claim` that may be misspelt: one-word terms of at least [`MIN_LETTERS`]
/// letters, not places or stop words, that the corpus never uses (`df` of their key is 0) and
/// `known` does not know.
pub fn typos(claim: &str, df: &dyn Fn(&str) -> usize, known: &dyn Fn(&str) -> bool) -> Vec<Typo> {
    let lex = crate::text::lexicon::lexicon();
    let analysed = crate::retrieve::candidates::Claim::analyse(claim);
    let mut out = Vec::new();
    for t in analysed.terms.iter().filter(|t| t.parts.is_empty() && t.place.is_none()) {
        if df(&t.key) > 0 || t.also.as_ref().is_some_and(|a| df(a) > 0) {
            continue;
        }
        // Each place the word is typed (one-word terms only).
        let Some(&(first, _)) = t.spans.first().filter(|(f, l)| f == l) else { continue };
        let tok = &analysed.analysed.tokens[first];
        let word = tok.norm.as_str();
        if tok.kind != Kind::Word || word.chars().count() < MIN_LETTERS || !word.chars().all(char::is_alphabetic) || lex.is_stopword(word) || known(word) {
            continue;
        }
        out.push(Typo { start: tok.start, end: tok.end, word: word.to_string(), capitalized: tok.capitalized });
    }
    out
}

/// `claim` with its `typos` replaced by the closest words of `vocabulary` (those it has one
/// for), and what was replaced.
pub fn apply(claim: &str, typos: &[Typo], vocabulary: &Vocabulary) -> (String, Vec<Correction>) {
    let mut fixes: Vec<(usize, usize, String, Correction)> = Vec::new();
    for t in typos {
        let Some(to) = vocabulary.suggest(&t.word) else { continue };
        let mut replacement = to.to_string();
        if t.capitalized {
            let mut c = replacement.chars();
            replacement = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
        }
        let typed = claim[t.start..t.end].to_string();
        fixes.push((t.start, t.end, replacement.clone(), Correction { from: typed, to: replacement }));
    }
    crate::sort_short(&mut fixes, |a, b| a.0 < b.0);
    if fixes.is_empty() {
        return (claim.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(claim.len());
    let mut at = 0;
    for (start, end, replacement, _) in &fixes {
        out.push_str(&claim[at..*start]);
        out.push_str(replacement);
        at = *end;
    }
    out.push_str(&claim[at..]);
    (out, fixes.into_iter().map(|f| f.3).collect())
}

/// `claim` with its misspelt words replaced by corpus words, and what was replaced. `known`
/// says whether a lowercase word is a real word as typed (then it is left alone); without a
/// dictionary nothing is corrected.
pub fn correct(index: &Index, claim: &str, known: Option<&dyn Fn(&str) -> bool>) -> (String, Vec<Correction>) {
    let Some(known) = known else { return (claim.to_string(), Vec::new()) };
    let found = typos(claim, &|k| index.df(k), known);
    if found.is_empty() {
        return (claim.to_string(), Vec::new());
    }
    apply(claim, &found, index.vocabulary())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    fn index() -> Index {
        Index::build(&Corpus::bundled())
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        let d = |a: &str, b: &str, m| edits_within(&a.chars().collect::<Vec<_>>(), b, m);
        assert_eq!(d("turky", "turkey", 1), Some(1));
        assert_eq!(d("azerbiajan", "azerbaijan", 2), Some(1));
        assert_eq!(d("mercenarys", "mercenary", 2), Some(1));
        assert_eq!(d("armenia", "albania", 1), None);
        assert_eq!(d("", "ab", 1), None);
    }

    #[test]
    fn misspelt_names_and_words_read_as_the_corpus_words() {
        let never_known = |_: &str| false;
        let (fixed, c) = correct(&index(), "Turky sent mercenarys to Azerbiajan.", Some(&never_known));
        let froms: Vec<&str> = c.iter().map(|c| c.from.as_str()).collect();
        assert!(froms.contains(&"Turky") && froms.contains(&"Azerbiajan"), "{c:?}");
        assert!(fixed.starts_with("Turkey sent"), "{fixed}");
        assert!(fixed.contains("Azerbaijan"), "{fixed}");
    }

    #[test]
    fn words_that_are_right_as_typed_are_left_alone() {
        let idx = index();
        let never_known = |_: &str| false;
        // In the corpus.
        assert!(correct(&idx, "Turkey sent fighters to Azerbaijan.", Some(&never_known)).1.is_empty());
        // A real word the corpus does not use.
        let known = |w: &str| w == "vaccines";
        assert!(correct(&idx, "Turkey sent vaccines to Azerbaijan.", Some(&known)).1.is_empty());
        // No dictionary: nothing is corrected.
        assert_eq!(correct(&idx, "Turky sent fighters.", None), ("Turky sent fighters.".to_string(), Vec::new()));
    }
}
