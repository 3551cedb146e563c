//! One piece of text analysed once, the same way whether it is a claim or an evidence
//! sentence: tokens, terms and cues, who said what, quantities and dates.

use super::analyze::{analyse, Analysed};
use super::numbers::{self, Date, Quantity};
use super::speaker::{self, Attribution};

/// A claim or a sentence, analysed.
#[derive(Debug, Clone)]
pub struct Utterance {
    /// The text itself (token offsets are relative to it).
    pub text: String,
    /// Its tokens, terms and cue phrases.
    pub analysed: Analysed,
    /// Reporting, denial and confirmation acts with their speakers.
    pub attributions: Vec<Attribution>,
    /// The numbers it mentions, as intervals with what they count.
    pub quantities: Vec<Quantity>,
    /// The dates it mentions with a month name.
    pub dates: Vec<Date>,
}

impl Utterance {
    /// Analyses `text`.
    pub fn new(text: &str) -> Utterance {
        let analysed = analyse(text);
        let attributions = speaker::attributions(&analysed);
        let (quantities, dates) = numbers::extract(&analysed);
        Utterance { text: text.to_string(), analysed, attributions, quantities, dates }
    }

    /// Is token `i` inside who an attribution names as its speaker — of one whose cue ends
    /// before token `before` ("Armenia claims | a jet shot down …")?
    pub fn in_speaker(&self, i: usize, before: usize) -> bool {
        self.attributions.iter().any(|at| at.cue_last < before && at.speaker.is_some_and(|(a, b)| a <= i && i <= b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_analysed_in_every_respect_at_once() {
        let u = Utterance::new("Armenia said on Monday that more than 300 fighters arrived in September 2020.");
        assert!(u.analysed.tokens.iter().any(|t| t.norm == "armenia"));
        assert_eq!(u.attributions.len(), 1);
        assert!(!u.quantities.is_empty());
        assert!(!u.dates.is_empty());
    }
}
