//! Retrieval: which sentences of the corpus bear on a claim.
//!
//! ```text
//! index       inverted index over sentences (postings, IDF), full analysis on demand
//! claim       the claim analysed once: its terms, names, places, negations, speaker
//! matching    one sentence against the claim: matched terms, coverage, the figure it gives
//! candidates  the candidate sentences of a claim, found through the postings (re-exports
//!             claim and matching, whose types the later stages use)
//! tuning      every coverage threshold and analysis budget of candidate retrieval
//! spelling    "did you mean": a claim's misspelt words read as the corpus's words
//! store       the prebuilt index file (`corroborate index`)
//! shards      the index cut into files a static host serves (`corroborate index --shards`)
//! ```

pub mod candidates;
mod claim;
pub mod index;
mod matching;
pub mod shards;
pub mod spelling;
pub mod store;
mod tuning;
