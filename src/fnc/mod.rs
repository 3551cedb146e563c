//! A compact learned stance model for (headline, article body) pairs, trained on the FNC-1
//! data set (Fake News Challenge, stage 1) and shipped inside the build — native CLI and
//! WebAssembly alike — as `data/fnc-model.bin` (see `docs/MODEL.md`).
//!
//! ```text
//! features → a self-contained tokenizer/stemmer, TF vectors over a fixed vocabulary, and ~50
//!            dense pair features (overlaps, TF-IDF and sentence cosines, n-gram and character
//!            n-gram hits, refuting / denial / hedge / assertion cues near matched words,
//!            negation parity, number conflicts)
//! model    → StanceModel: one-hidden-layer MLP (int8 first layer), binary format with a
//!            checksummed header; predict() → [agree, disagree, discuss, unrelated]
//! csv      → a small RFC 4180 reader (quoted fields, embedded newlines, "" escapes)
//! train    → data set loading, the body-level split, deterministic training, FNC-1 scoring
//!            (native only)
//! ```
//!
//! Mapping to the engine's stances: agree → supports, disagree → contradicts or denial,
//! discuss → mentions, unrelated → left out (`verdict::stance_of_fnc`, the one mapping).
//!
//! Inference (`StanceModel`, `features`, `csv`, the scorer) has no I/O and compiles for
//! wasm32; only the file-reading parts of `train` are native.

// Index loops over the four classes / five cue classes read better than zipped iterators here.
#![allow(clippy::needless_range_loop)]

// Training and the FNC-1 CSV reader are for the command line: they never ship to browsers.
#[cfg(not(target_arch = "wasm32"))]
pub mod csv;
pub mod features;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

pub use model::{ModelError, PreparedBody, PreparedHeadline, StanceModel};

/// The four FNC-1 classes, in the order of the model's outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Label {
    /// The body agrees with the headline.
    Agree = 0,
    /// The body disputes or refutes the headline.
    Disagree = 1,
    /// The body reports on the headline's subject without taking a position.
    Discuss = 2,
    /// The body is about something else.
    Unrelated = 3,
}

impl Label {
    /// Every class, in output order.
    pub const ALL: [Label; 4] = [Label::Agree, Label::Disagree, Label::Discuss, Label::Unrelated];

    /// The class's name as FNC-1's files write it, lowercase ("agree").
    pub fn name(self) -> &'static str {
        ["agree", "disagree", "discuss", "unrelated"][self as usize]
    }

    /// The class named `s` (case and surrounding whitespace ignored), if any.
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.name().eq_ignore_ascii_case(s.trim()))
    }

    /// The class at output position `i`; an index past the last gives `Unrelated`.
    pub fn from_index(i: usize) -> Label {
        Label::ALL[i.min(3)]
    }

    /// The class with the highest probability (first wins on ties).
    pub fn argmax(p: &[f32; 4]) -> Label {
        let mut best = 0;
        for i in 1..4 {
            if p[i] > p[best] {
                best = i;
            }
        }
        Label::from_index(best)
    }
}

/// FNC-1 figures for a set of predictions: the official weighted score and F1 per class.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// `confusion[gold][predicted]`
    pub confusion: [[u64; 4]; 4],
    /// The FNC-1 score the predictions earned.
    pub score: f64,
    /// The score perfect predictions would earn.
    pub max_score: f64,
    /// F1 of each class, in [`Label`] order.
    pub f1: [f64; 4],
}

impl Evaluation {
    /// Scores predictions as the official FNC-1 scorer does: +0.25 for a correct
    /// related/unrelated decision, +0.75 more for the correct agree/disagree/discuss label.
    pub fn new(gold: &[Label], pred: &[Label]) -> Evaluation {
        let mut confusion = [[0u64; 4]; 4];
        let (mut score, mut max_score) = (0.0, 0.0);
        for (&g, &p) in gold.iter().zip(pred) {
            confusion[g as usize][p as usize] += 1;
            let related = |l: Label| l != Label::Unrelated;
            if g == p {
                score += 0.25;
                if related(g) {
                    score += 0.50;
                }
            }
            if related(g) && related(p) {
                score += 0.25;
            }
            max_score += if related(g) { 1.0 } else { 0.25 };
        }
        let mut f1 = [0.0; 4];
        for c in 0..4 {
            let tp = confusion[c][c] as f64;
            let predicted: u64 = (0..4).map(|g| confusion[g][c]).sum();
            let actual: u64 = confusion[c].iter().sum();
            let p = if predicted > 0 { tp / predicted as f64 } else { 0.0 };
            let r = if actual > 0 { tp / actual as f64 } else { 0.0 };
            f1[c] = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        }
        Evaluation { confusion, score, max_score, f1 }
    }

    /// score / max score, in percent.
    pub fn percent(&self) -> f64 {
        if self.max_score > 0.0 {
            100.0 * self.score / self.max_score
        } else {
            0.0
        }
    }

    /// The mean of the four classes' F1.
    pub fn macro_f1(&self) -> f64 {
        self.f1.iter().sum::<f64>() / 4.0
    }

    /// Share of predictions that are correct, 0 to 1 (0 when there are none).
    pub fn accuracy(&self) -> f64 {
        let n: u64 = self.confusion.iter().flatten().sum();
        let ok: u64 = (0..4).map(|c| self.confusion[c][c]).sum();
        if n == 0 {
            0.0
        } else {
            ok as f64 / n as f64
        }
    }

    /// A plain-text report: score, macro-F1, per-class F1, the confusion matrix, and the
    /// published FNC-1 systems (official test set) for reference.
    pub fn report(&self) -> String {
        use std::fmt::Write;
        let n: u64 = self.confusion.iter().flatten().sum();
        let mut s = String::new();
        let _ = writeln!(s, "pairs            {n}");
        let _ = writeln!(s, "FNC-1 score      {:.2} / {:.2} = {:.2} %", self.score, self.max_score, self.percent());
        let _ = writeln!(s, "macro-F1         {:.3}", self.macro_f1());
        let _ = writeln!(s, "F1 per class     agree {:.3}  disagree {:.3}  discuss {:.3}  unrelated {:.3}", self.f1[0], self.f1[1], self.f1[2], self.f1[3]);
        let _ = writeln!(s, "accuracy         {:.2} %", 100.0 * self.accuracy());
        let _ = writeln!(s, "\nconfusion (rows gold, columns predicted)");
        let _ = writeln!(s, "{:>12} {:>9} {:>9} {:>9} {:>9}", "", "agree", "disagree", "discuss", "unrelated");
        for g in 0..4 {
            let c = self.confusion[g];
            let _ = writeln!(s, "{:>12} {:>9} {:>9} {:>9} {:>9}", Label::from_index(g).name(), c[0], c[1], c[2], c[3]);
        }
        let _ = writeln!(s, "\npublished systems (official FNC-1 test set):");
        let _ = writeln!(s, "  {:<28} {:>8} {:>9}", "system", "score %", "macro-F1");
        for (name, sc, f) in [
            ("FNC-1 baseline", 75.20, 0.455),
            ("SOLAT in the SWEN (1st)", 82.02, 0.578),
            ("Athene (2nd)", 81.97, 0.600),
            ("UCL Machine Reading (3rd)", 81.72, 0.579),
        ] {
            let _ = writeln!(s, "  {name:<28} {sc:>8.2} {f:>9.3}");
        }
        let _ = writeln!(s, "  {:<28} {:>8.2} {:>9.3}", "this model (this data)", self.percent(), self.macro_f1());
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Label::*;

    #[test]
    fn official_scoring() {
        // correct related label: 1.0; related with wrong label: 0.25; correct unrelated: 0.25;
        // related predicted unrelated: 0.
        let gold = [Agree, Discuss, Unrelated, Disagree];
        let pred = [Agree, Agree, Unrelated, Unrelated];
        let e = Evaluation::new(&gold, &pred);
        assert_eq!(e.score, 1.0 + 0.25 + 0.25 + 0.0);
        assert_eq!(e.max_score, 3.25);
        assert_eq!(e.f1[3], 2.0 * 1.0 * 0.5 / 1.5);
        assert_eq!(e.f1[1], 0.0);
    }

    #[test]
    fn labels_round_trip() {
        for l in Label::ALL {
            assert_eq!(Label::parse(l.name()), Some(l));
        }
        assert_eq!(Label::argmax(&[0.1, 0.2, 0.6, 0.1]), Discuss);
    }
}
