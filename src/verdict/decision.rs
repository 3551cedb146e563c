//! What the verdict stage hands on: each sentence's [`Decision`] (the judgement, who decided it,
//! the model's probabilities) and each article's [`ArticleVerdict`], with the mapping between
//! stances and FNC-1 labels.

use crate::fnc::Label;
use crate::nli::{CONTRADICTION, ENTAILMENT, NEUTRAL};
use crate::retrieve::candidates::Hit;
use crate::stance::{Judgement, Stance};
use serde::Serialize;

/// Which semantics article verdicts follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Verdicts {
    /// Corroborate's own: an article supports a claim when a sentence asserts it or reports
    /// someone asserting it; positions come from evidence sentences.
    #[default]
    Evidence,
    /// FNC-1's: reporting a claim without endorsing it is "discuss"; the learned article
    /// model decides.
    Fnc,
}

/// Who decided a sentence's stance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecidedBy {
    /// The rules, the model not consulted or not confident.
    Rules,
    /// The learned model.
    Model,
    /// Rules and model agree.
    Both,
}
serialize_as_name!(DecidedBy, ["rules", "model", "both"]);

/// The model's probabilities for one (sentence, claim) pair.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Nli {
    /// Probability that the sentence entails (says) the claim.
    pub entailment: f32,
    /// Probability that the sentence contradicts the claim.
    pub contradiction: f32,
    /// Probability that it does neither.
    pub neutral: f32,
    /// For a negated claim, the probability that the sentence entails the claim without its
    /// negation ("Russia keeps a base …" for "Russia keeps no base …").
    #[serde(skip)]
    pub unnegated: Option<f32>,
}

impl Nli {
    /// From the model's output array, indexed by `nli::ENTAILMENT`, `CONTRADICTION` and
    /// `NEUTRAL`.
    pub fn from_probs(p: [f32; 3]) -> Nli {
        Nli { entailment: p[ENTAILMENT], contradiction: p[CONTRADICTION], neutral: p[NEUTRAL], unnegated: None }
    }

    /// The stance the model alone would give, with its probability.
    pub fn stance(&self) -> (Stance, f32) {
        if self.entailment >= self.contradiction && self.entailment >= self.neutral {
            (Stance::Supports, self.entailment)
        } else if self.contradiction >= self.neutral {
            (Stance::Contradicts, self.contradiction)
        } else {
            (Stance::Mentions, self.neutral)
        }
    }
}

/// A sentence's final judgement, with who decided it.
#[derive(Debug, Clone)]
pub struct Decision {
    /// The final judgement: the rules', or the model's position where it decided; a hedged
    /// support is lowered to a mention.
    pub judgement: Judgement,
    /// Whether the rules, the model, or both agreeing decided it.
    pub decided_by: DecidedBy,
    /// The sentence-pair model's probabilities, when it was consulted.
    pub nli: Option<Nli>,
}

/// One sentence's decision and the retrieval hit it was made on.
#[derive(Debug, Clone)]
pub struct SentenceVerdict {
    /// The candidate sentence and which of its words matched the claim.
    pub hit: Hit,
    /// What was decided about it.
    pub decision: Decision,
}

/// An article's verdict: its stances, the dominant one, and the evidence behind them.
#[derive(Debug, Clone)]
pub struct ArticleVerdict {
    /// Index of the article in the corpus.
    pub article: usize,
    /// The dominant stance, the first of `stances`.
    pub verdict: Stance,
    /// The verdict's strength: the score of its strongest evidence, or with
    /// [`Verdicts::Fnc`] the article model's probability for its label.
    pub score: f32,
    /// Every stance the article carries, strongest first.
    pub stances: Vec<Stance>,
    /// Positions first, then by strength; at most [`MAX_EVIDENCE`](super::tuning::MAX_EVIDENCE).
    pub evidence: Vec<SentenceVerdict>,
    /// How many evidence sentences the article has in all (`evidence` shows at most
    /// [`MAX_EVIDENCE`](super::tuning::MAX_EVIDENCE), at least one per stance).
    pub evidence_total: usize,
    /// The FNC-1 article model's probabilities `[agree, disagree, discuss, unrelated]`.
    pub learned: Option<[f32; 4]>,
    /// Who decided the verdict: whoever decided its strongest evidence, or the article model
    /// with [`Verdicts::Fnc`].
    pub decided_by: DecidedBy,
}

/// The one mapping from the FNC-1 article model's labels to stances: agree → supports,
/// disagree → contradicts (or denial when the evidence reports one), discuss → mentions,
/// unrelated → not shown.
pub fn stance_of_fnc(label: Label, evidence_has_denial: bool) -> Option<Stance> {
    match label {
        Label::Agree => Some(Stance::Supports),
        Label::Disagree if evidence_has_denial => Some(Stance::Denial),
        Label::Disagree => Some(Stance::Contradicts),
        Label::Discuss => Some(Stance::Mentions),
        Label::Unrelated => None,
    }
}

/// The inverse, for scoring on FNC-1: an article's verdict (or its absence) as a label.
pub fn fnc_label_of(verdict: Option<Stance>) -> Label {
    match verdict {
        Some(Stance::Supports) => Label::Agree,
        Some(Stance::Contradicts | Stance::Denial) => Label::Disagree,
        Some(Stance::Mentions) => Label::Discuss,
        None => Label::Unrelated,
    }
}

/// How the cue of a hedged sentence begins ("hedged: “reportedly”").
pub const HEDGE_PREFIX: &str = "hedged";
/// How the cue of a sentence that says an act is only intended or expected begins ("not yet:
/// “plans to”").
pub const INTENT_PREFIX: &str = "not yet";

/// The cue shown for a sentence that asks rather than says.
pub const QUESTION_CUE: &str = "a question";
/// The cue of a sentence only the model read as contradicting the claim, in an article whose
/// other sentences the rules read as reporting it (a support or a denial): the article is not
/// taken to contradict the claim (`collect`).
pub const OUTWEIGHED_CUE: &str = "reported elsewhere in the article";
