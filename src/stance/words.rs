//! Word tests the rule families share.

use crate::text::lexicon::{lexicon, WordClass};

/// Is the token of word class `c` (`data/word_classes.tsv`)?
pub(super) fn is(c: WordClass, t: &crate::text::token::Token) -> bool {
    lexicon().is(c, &t.norm)
}

/// Is the token an auxiliary or a form of "be" (`WordClass::Aux`, `WordClass::PassiveBe`): the
/// word where a clause's predicate starts, or one between a subject and its verb?
pub(crate) fn auxiliary(t: &crate::text::token::Token) -> bool {
    is(WordClass::Aux, t) || is(WordClass::PassiveBe, t)
}

/// Words that open a relative or subordinate clause: what follows has its own subject.
pub(super) const RELATIVE: &[&str] = &["who", "whom", "whose", "which", "that", "when", "whenever", "if", "even"];

/// Words in "-est" that are no superlatives: after "the" they are nouns ("the interest rate",
/// "the forest").
const NOT_SUPERLATIVE: &[&str] = &["interest", "forest", "contest", "harvest", "protest", "request", "arrest", "digest", "conquest", "inquest", "bequest"];

/// Is token `i` of `a` a superlative after "the" (or after "and" following another: "the
/// longest and strongest")? "-est" ("hottest"), or "most"/"least" itself. (Not "the second
/// largest": the word before must be "the" or "and".)
pub(super) fn superlative_at(a: &crate::text::analyze::Analysed, i: usize) -> bool {
    let Some(t) = a.tokens.get(i) else { return false };
    i > 0
        && matches!(a.tokens[i - 1].norm.as_str(), "the" | "and")
        && (matches!(t.norm.as_str(), "most" | "least") || (t.norm.len() > 5 && t.norm.ends_with("est") && !NOT_SUPERLATIVE.contains(&t.norm.as_str())))
}
