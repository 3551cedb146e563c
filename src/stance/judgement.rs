//! What the rules conclude about one sentence: its [`Stance`]s, the [`Reason`] that decided
//! them, and the [`Judgement`] that carries both with the words that decided it.

use crate::retrieve::index::IndexedSentence;

/// What an evidence sentence, or an article, says about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stance {
    /// It asserts the claim, or reports someone asserting it.
    Supports,
    /// It says otherwise: a negation, a failed attempt, or a conflicting number, date, place,
    /// list member or act.
    Contradicts,
    /// It reports someone denying the claim, without itself taking a side.
    Denial,
    /// It is about the claim's subject but takes no position on it.
    Mentions,
}

serialize_as_name!(Stance, STANCE_NAMES);

/// [`Stance`] names as in the JSON output, in declaration order.
const STANCE_NAMES: [&str; 4] = ["supports", "contradicts", "denial", "mentions"];

impl Stance {
    /// The lowercase name, as in the JSON output (`"supports"`, `"denial"` …).
    pub fn as_str(self) -> &'static str {
        STANCE_NAMES[self as usize]
    }
    /// How a reader would say it.
    pub fn label(self) -> &'static str {
        match self {
            Stance::Supports => "Supports",
            Stance::Contradicts => "Contradicts",
            Stance::Denial => "Reports a denial",
            Stance::Mentions => "Mentions",
        }
    }
}

/// Which rule decided a sentence's stance. The verdict stage lets the learned model overrule
/// some rules and not others: structured conflicts and denials are what rules do well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// No rule took a position.
    None,
    /// Someone denied it (or, for an attributed claim, the speaker denied it).
    Denial,
    /// A conflicting number of the same counted thing.
    Number,
    /// A conflicting date or year.
    Date,
    /// The opposite act ("cut" for "raised").
    Opposite,
    /// Another place in the same slot.
    Place,
    /// A different member of a closed list.
    List,
    /// A negation in the sentence (or a failed attempt) where the claim has none.
    Negation,
    /// The claim is negated and the sentence asserts what it negates (or denies it).
    ClaimNegated,
    /// The sentence asserts the claim, or reports someone asserting it.
    Assertion,
}

serialize_as_name!(Reason, ["none", "denial", "number", "date", "opposite", "place", "list", "negation", "claim_negated", "assertion"]);

impl Reason {
    /// Conflicts of structure (numbers, dates, places, lists, opposites) and denials: rules
    /// read these reliably, and a sentence-pair model trained on general data does not.
    pub fn is_structured(self) -> bool {
        matches!(self, Reason::Denial | Reason::Number | Reason::Date | Reason::Place | Reason::List | Reason::Opposite)
    }
}

/// What one sentence says about the claim.
#[derive(Debug, Clone)]
pub struct Judgement {
    /// One or two stances (a sentence can report an assertion and its denial).
    pub stances: Vec<Stance>,
    /// The rule that decided it.
    pub reason: Reason,
    /// The words that decided it ("denied", "not", "15 vs over 30" …).
    pub cue: Option<String>,
    /// Where the sentence says `cue`, when it is one run of the sentence's tokens (first, last):
    /// the report underlines that run, not every place the same words occur.
    pub cue_at: Option<(usize, usize)>,
    /// Who said it (or who denied it).
    pub speaker: Option<String>,
    /// How strongly the sentence bears on the claim, 0 to 1: its coverage of the claim (for a
    /// conflict, of the rest of the claim), half that for a mere mention, less when hedged.
    pub score: f32,
}

impl Judgement {
    /// Now `stance` for `reason`, decided by the sentence's words `at` (first, last token),
    /// which the report shows and underlines; `score` as strong as it bears on the claim.
    pub fn marked(mut self, stance: Stance, reason: Reason, s: &IndexedSentence, (f, l): (usize, usize), score: f32) -> Judgement {
        self.stances = vec![stance];
        self.reason = reason;
        self.cue = Some(s.analysed.span(&s.text, f, l).to_string());
        self.cue_at = Some((f, l));
        self.score = score;
        self
    }
}
