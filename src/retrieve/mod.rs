//! Retrieval: which sentences of the corpus bear on a claim.
//!
//! ```text
//! index       inverted index over sentences (postings, IDF), full analysis on demand
//! candidates  the claim analysed once, candidate sentences with their coverage
//! spelling    "did you mean": a claim's misspelt words read as the corpus's words
//! store       the prebuilt index file (`corroborate index`)
//! shards      the index cut into files a static host serves (`corroborate index --shards`)
//! ```

pub mod candidates;
pub mod index;
pub mod shards;
pub mod spelling;
pub mod store;
