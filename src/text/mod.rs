//! Text → analysis: everything the engine knows about one piece of text, claim or sentence.
//!
//! ```text
//! token     Unicode folding and tokens with byte offsets
//! segment   articles → sentences (abbreviations, quotations, datelines, debris, a length cap)
//! lexicon   the data files in data/ (stop words, places, synonyms, cues, word classes …)
//! language  is a claim English at all? (script and foreign function words)
//! analyze   tokens → comparable terms (demonyms, aliases, synonyms, stems) and cue phrases
//! index_keys the keys `analyze` gives a sentence, worked out for indexing a whole corpus fast
//! numbers   quantities as intervals of a counted thing, and dates
//! speaker   attributions: who said or denied what
//! utterance all of the above for one claim or sentence, built once
//! ```

pub mod analyze;
pub mod index_keys;
pub mod language;
pub mod lexicon;
pub mod numbers;
pub mod segment;
pub mod speaker;
pub mod token;
pub mod utterance;

/// `s` split around the first `sep`: `str::split_once` by bytes. (A string pattern links the
/// standard library's two-way searcher, about a kilobyte of wasm, for a few short fixed
/// separators in messages and cues.)
pub fn split_once<'a>(s: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let i = s.as_bytes().windows(sep.len()).position(|w| w == sep.as_bytes())?;
    Some((s.get(..i)?, s.get(i + sep.len()..)?))
}

#[cfg(test)]
mod tests {
    use super::split_once;

    #[test]
    fn split_once_splits_at_the_first_separator_of_any_width() {
        // The cue shown to the reader cuts at " vs " and at a dash of three bytes.
        assert_eq!(split_once("4,000 vs 400 vs 40", " vs "), Some(("4,000", "400 vs 40")));
        assert_eq!(split_once("denied – “false”", " – "), Some(("denied", "“false”")));
        assert_eq!(split_once("no separator", " vs "), None);
        assert_eq!(split_once("ab", "abc"), None);
    }
}
