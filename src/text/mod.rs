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
