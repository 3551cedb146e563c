//! The tuning constants of candidate retrieval, in one place: how much of a claim a sentence must
//! cover to be a candidate, a stance, or evidence about the claim's names, and how many sentences a
//! check analyses.

/// Most candidate sentences analysed per check.
pub const MAX_ANALYSED: usize = 100;
/// … and at most this many more that share too little of the claim's wording to be
/// candidates unless paraphrases count (see [`SOFT_LOOKUP_MIN`]).
pub const MAX_PARAPHRASE_ANALYSED: usize = 5;

/// Below this coverage a sentence does not bear on the claim at all.
pub const MENTION_MIN: f32 = 0.34;
/// With the learned model present, sentences from this coverage are also candidates: the
/// model may find a paraphrase the word match missed. Such a weak candidate is shown only if
/// the model takes a position on it.
pub const MODEL_CANDIDATE_MIN: f32 = 0.25;
/// From this coverage a sentence is close enough to take a position on the claim: half of the
/// claim's weight. (0.55 until the twelfth session; once a claim word a one-passage corpus
/// lacks no longer outweighed one it has, 0.5 scored best over all seen sets together: sum of
/// the 14 development figures 10.056 → 10.113, seen seed sets 6–10 +0.18 and pair sets 6–10
/// +0.06 summed; 0.45 left an unrelated newsdesk claim unclean; docs/NLI.md has the sweep.)
pub const STANCE_MIN: f32 = 0.5;
/// A sentence that takes a position must also say much of what the claim says of its names:
/// "Kim Jong-un" alone does not support "Kim Jong-un was executed".
pub const PREDICATE_MIN: f32 = 0.4;
/// … and name at least this share of who and where the claim is about: "police arrested
/// protesters in Asunción" does not support "Swedish police arrested protesters in Stockholm".
pub const NAME_MIN: f32 = 0.34;

/// From this coverage a sentence may be what the denial after it points back to, when that
/// denial is a short sentence of its own ([`POINTER_WORDS`]: "Turkey and Azerbaijan have
/// denied this"); a longer one, a negated claim or one about what someone said needs
/// [`STANCE_MIN`]. (A claim in other
/// words than its report — "back" for "support", "parts" for "areas" — falls under
/// [`STANCE_MIN`] while its denial is still plain.)
pub const LINK_MIN: f32 = 0.4;
/// Most words of a denial sentence that points back from below [`STANCE_MIN`].
pub const POINTER_WORDS: usize = 8;

/// From this cosine of their embeddings, a sentence word stands for a claim word the
/// sentence does not use ("absorb" for "take", "biggest" for "largest"): learned paraphrase,
/// where the lexicon's synonym groups end. High, because such embeddings also put some
/// opposites close ("alive" / "dead" 0.64), and the antonym list catches only the known ones.
pub const SOFT_MIN: f32 = 0.75;
/// With paraphrase matching, the least coverage the postings' estimate (exact words only)
/// must show before a sentence is analysed; the analysed match must still reach the
/// candidate minimum.
pub const SOFT_LOOKUP_MIN: f32 = 0.15;

/// Share of the claim's weight an article must cover (over all its sentences) before the
/// learned stance model is asked about it.
pub const MODEL_MIN: f32 = 0.1;
