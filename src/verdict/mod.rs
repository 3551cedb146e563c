//! Where the rules' judgement of a sentence and the learned sentence-pair model meet.
//!
//! Every candidate sentence is judged twice: by the stance rules (`stance::judge`, with a
//! typed [`Reason`](crate::stance::Reason)) and by the NLI model (`nli`: does the sentence
//! entail the claim, contradict it, or neither?). [`compose`] decides, by one policy:
//!
//! - Structured conflicts (numbers, dates, places, closed lists, opposites) and denials stay
//!   with the rules: they know which number counts what and who denied what; the model is
//!   shown beside them.
//! - Hedged reports ("may have", "reportedly") are not full support, whoever says so.
//! - A position the rules took stays theirs (the model's agreement is recorded as `both`).
//!   Letting the model overrule them was measured on our development sets and cost more than
//!   it fixed with today's model; see docs/NLI.md.
//! - Where the rules see no position, a confident model takes one: support (paraphrase the
//!   lexicons miss) or contradiction (only in a sentence that covers most of the claim). A
//!   model-only position needs the claim's names in the sentence (who and where it is about),
//!   so a sentence about another event never takes a position.
//! - In one article, a contradiction only the model found yields to a support or denial the
//!   rules read there ([`collect`]): it is most often the claim in other words.
//!
//! All tuning constants of this stage are in `tuning`; `decision` holds what the stage hands
//! on, `hedge` what is not full support, `policy` the policy ([`compose`]), `aggregate` the
//! articles ([`collect`]).

mod aggregate;
mod decision;
mod hedge;
mod policy;
#[cfg(test)]
mod tests;
mod tuning;

pub use aggregate::collect;
pub use decision::{
    fnc_label_of, stance_of_fnc, ArticleVerdict, DecidedBy, Decision, Nli, SentenceVerdict, Verdicts, HEDGE_PREFIX, INTENT_PREFIX, OUTWEIGHED_CUE, QUESTION_CUE,
};
pub use policy::compose;
pub use tuning::{
    CONTRADICT_COVERAGE_MIN, CONTRADICT_MIN, ENTAIL_MIN, HEDGE_WINDOW, MAX_EVIDENCE, MODEL_PER_ARTICLE, MODEL_PER_CHECK, MODEL_SCORE, NEGATION_DECIDES_MIN,
    SAME_MATTER_NEUTRAL_MAX,
};
