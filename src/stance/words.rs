//! Word tests the rule families share.

use crate::text::lexicon::{lexicon, WordClass};

/// Is the token of word class `c` (`data/word_classes.tsv`)?
pub(super) fn is(c: WordClass, t: &crate::text::token::Token) -> bool {
    lexicon().is(c, &t.norm)
}

/// Words that open a relative or subordinate clause: what follows has its own subject.
pub(super) const RELATIVE: &[&str] = &["who", "whom", "whose", "which", "that", "when", "whenever", "if", "even"];
