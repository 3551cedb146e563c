//! Where the rules' judgement of a sentence and the learned sentence-pair model meet.
//!
//! Every candidate sentence is judged twice: by the stance rules (`stance::judge`, with a
//! typed [`Reason`]) and by the NLI model (`nli`: does the sentence entail the claim,
//! contradict it, or neither?). [`compose`] decides, by one policy:
//!
//! - Structured conflicts (numbers, dates, places, closed lists, opposites) and denials stay
//!   with the rules: they know which number counts what and who denied what; the model is
//!   shown beside them.
//! - Hedged reports ("may have", "reportedly") are not full support, whoever says so.
//! - Otherwise the model decides when it is confident: it turns a rule's silence into support
//!   or contradiction, and overrules a rule's support or negation when it clearly disagrees
//!   (paraphrase, role swaps, negation the rules misread). A model-only position needs the
//!   claim's names in the sentence (who and where it is about), so a sentence about another
//!   event never takes a position.
//!
//! All tuning constants of this stage are here.

use crate::retrieve::index::IndexedSentence;
use crate::text::lexicon::Cue;
use crate::retrieve::candidates::{Hit, NAME_MIN};
use crate::nli::{CONTRADICTION, ENTAILMENT, NEUTRAL};
use crate::fnc::Label;
use crate::retrieve::candidates::{Claim, Found};
use crate::retrieve::index::Index;
use crate::stance::{Judgement, Reason, Stance};
use serde::Serialize;

/// Model-only support: P(entailment) at least this.
pub const ENTAIL_MIN: f32 = 0.6;
/// Model-only contradiction: P(contradiction) at least this.
pub const CONTRADICT_MIN: f32 = 0.7;
/// The model overrules a rule's support or negation reading when its own label has at least
/// this probability.
pub const OVERRULE_MIN: f32 = 0.85;
/// A rule's support is withdrawn (to mentions) when the model finds the sentence neutral with
/// at least this probability.
pub const NEUTRAL_VETO: f32 = 0.9;

/// A mentions-only article the FNC-1 model calls unrelated is kept when its best evidence is
/// at least this strong (half the coverage of a stance-bearing sentence).
pub const MENTION_KEEP: f32 = 0.3;

/// Evidence shown per article, at most.
pub const MAX_EVIDENCE: usize = 5;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DecidedBy {
    /// The rules, the model not consulted or not confident.
    Rules,
    /// The learned model.
    Model,
    /// Rules and model agree.
    Both,
}

/// The model's probabilities for one (sentence, claim) pair.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Nli {
    pub entailment: f32,
    pub contradiction: f32,
    pub neutral: f32,
}

impl Nli {
    pub fn from_probs(p: [f32; 3]) -> Nli {
        Nli { entailment: p[ENTAILMENT], contradiction: p[CONTRADICTION], neutral: p[NEUTRAL] }
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
    pub judgement: Judgement,
    pub decided_by: DecidedBy,
    pub nli: Option<Nli>,
}

/// Words after a hedge that it qualifies ("may have [sent]", "reportedly [mustered] …"), as
/// NegEx scopes a negation.
pub const HEDGE_WINDOW: usize = 8;

/// One sentence's decision and the retrieval hit it was made on.
#[derive(Debug, Clone)]
pub struct SentenceVerdict {
    pub hit: Hit,
    pub decision: Decision,
}

/// An article's verdict: its stances, the dominant one, and the evidence behind them.
#[derive(Debug, Clone)]
pub struct ArticleVerdict {
    /// Index of the article in the corpus.
    pub article: usize,
    pub verdict: Stance,
    pub score: f32,
    /// Every stance the article carries, strongest first.
    pub stances: Vec<Stance>,
    /// Positions first, then by strength; at most [`MAX_EVIDENCE`].
    pub evidence: Vec<SentenceVerdict>,
    /// The FNC-1 article model's probabilities `[agree, disagree, discuss, unrelated]`.
    pub learned: Option<[f32; 4]>,
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

/// Folds the candidate sentences into article verdicts (as a tantivy Collector folds hits):
/// each hit is judged by the rules and composed with the sentence-pair model's probabilities
/// (`nli`, per sentence), then each article takes its strongest stances; `learned` holds the
/// FNC-1 article model's view per article, which decides in [`Verdicts::Fnc`] and declutters
/// weak mentions otherwise. Articles come out strongest first.
pub fn collect(
    index: &Index,
    claim: &Claim,
    found: &Found,
    nli: &rustc_hash::FxHashMap<usize, [f32; 3]>,
    learned: &[(usize, [f32; 4])],
    mode: Verdicts,
) -> Vec<ArticleVerdict> {
    let claim_hedged = claim.analysed.has_cue(Cue::Hedge);
    let mut per_article: std::collections::BTreeMap<usize, Vec<SentenceVerdict>> = Default::default();
    for hit in &found.hits {
        let s = &found.sentences[&hit.sentence];
        let rule = crate::stance::judge(index, claim, hit, s);
        let probs = nli.get(&hit.sentence).map(|p| Nli::from_probs(*p));
        let decision = compose(rule, probs, hit, s, hit.name_coverage(index, claim), claim_hedged);
        // A weak candidate was only there for the model: shown when it takes a position.
        if hit.weak && decision.judgement.stances == [Stance::Mentions] {
            continue;
        }
        per_article.entry(s.article).or_default().push(SentenceVerdict { hit: hit.clone(), decision });
    }
    for &(ai, _) in learned {
        per_article.entry(ai).or_default();
    }
    // Where the evidence starts in the article (a linked denial shows the sentence before it).
    let start = |h: &Hit| {
        let id = if h.linked { index.previous(h.sentence).unwrap_or(h.sentence) } else { h.sentence };
        index.sentences[id].start
    };
    let mut articles = Vec::new();
    for (ai, mut evidence) in per_article {
        let p = learned.iter().find(|(a, _)| *a == ai).map(|(_, p)| *p);
        if evidence.is_empty() && p.is_none() {
            continue;
        }
        let stance_of = |e: &SentenceVerdict| e.decision.judgement.stances[0];
        // Positions first, then strength.
        evidence.sort_by(|a, b| {
            (stance_of(a) == Stance::Mentions)
                .cmp(&(stance_of(b) == Stance::Mentions))
                .then(b.decision.judgement.score.total_cmp(&a.decision.judgement.score))
                .then(start(&a.hit).cmp(&start(&b.hit)))
        });
        // The strongest evidence of each stance, and who decided it.
        let mut best: Vec<(Stance, f32, DecidedBy)> = Vec::new();
        for e in &evidence {
            for &st in &e.decision.judgement.stances {
                let score = e.decision.judgement.score;
                match best.iter_mut().find(|(s, _, _)| *s == st) {
                    Some(b) if score > b.1 => *b = (st, score, e.decision.decided_by),
                    Some(_) => {}
                    None => best.push((st, score, e.decision.decided_by)),
                }
            }
        }
        // Mentions only count when nothing takes a position.
        let takes_position = best.iter().any(|(s, _, _)| *s != Stance::Mentions);
        if takes_position {
            best.retain(|(s, _, _)| *s != Stance::Mentions);
        }
        let label = p.map(|p| Label::argmax(&p));
        match mode {
            Verdicts::Fnc => {
                let Some(p) = p else { continue };
                let has_denial = best.iter().any(|(s, _, _)| *s == Stance::Denial);
                let label = Label::argmax(&p);
                let Some(stance) = stance_of_fnc(label, has_denial) else { continue };
                best = vec![(stance, p[label as usize], DecidedBy::Model)];
            }
            Verdicts::Evidence => {
                if !takes_position && label == Some(Label::Unrelated) && best.iter().all(|(_, sc, _)| *sc < MENTION_KEEP) {
                    continue;
                }
                if best.is_empty() {
                    continue;
                }
            }
        }
        best.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        evidence.truncate(MAX_EVIDENCE);
        articles.push(ArticleVerdict {
            article: ai,
            verdict: best[0].0,
            score: best[0].1,
            stances: best.iter().map(|b| b.0).collect(),
            evidence,
            learned: p,
            decided_by: best[0].2,
        });
    }
    articles.sort_by(|a, b| (a.verdict == Stance::Mentions).cmp(&(b.verdict == Stance::Mentions)).then(b.score.total_cmp(&a.score)));
    articles
}

/// The hedge cue that qualifies the sentence's match, if any ("reportedly", "may have",
/// "unconfirmed"): at least half of the matched words lie in its scope — the
/// [`HEDGE_WINDOW`] words after it, up to the end of its clause — or it follows the last
/// matched word ("…, reportedly").
fn hedge(s: &IndexedSentence, hit: &Hit) -> Option<String> {
    let a = &s.analysed;
    let matched: Vec<usize> = hit.matched.iter().flatten().map(|&(f, _)| f).collect();
    let last = matched.iter().copied().max()?;
    a.cues
        .iter()
        .filter(|c| c.kind == Cue::Hedge)
        .find(|c| {
            let clause_end = (c.last + 1..a.tokens.len())
                .find(|&i| a.tokens[i].is_punct(',') || a.tokens[i].is_punct(';') || a.tokens[i].is_punct(':'))
                .unwrap_or(a.tokens.len());
            let scope_end = clause_end.min(c.last + 1 + HEDGE_WINDOW);
            let inside = matched.iter().filter(|&&m| m > c.last && m < scope_end).count();
            inside * 2 >= matched.len() || (c.first > last && c.first <= last + 3)
        })
        .map(|c| c.phrase.clone())
}

/// Combines the rules' judgement of `s` with the model's probabilities (if the model was
/// consulted). `names` is the share of the claim's names the sentence has; `claim_hedged`
/// says the claim itself is hedged ("Turkey may have sent …"), which a hedged sentence supports.
pub fn compose(rule: Judgement, nli: Option<Nli>, hit: &Hit, s: &IndexedSentence, names: f32, claim_hedged: bool) -> Decision {
    let rule_stance = rule.stances[0];
    let hedged = if claim_hedged { None } else { hedge(s, hit) };
    let Some(model) = nli else {
        return Decision { judgement: unhedged(rule, hedged.as_deref()), decided_by: DecidedBy::Rules, nli };
    };
    let (model_stance, confidence) = model.stance();
    let decide = |mut j: Judgement, stance: Stance, by: DecidedBy| {
        if j.stances[0] != stance {
            j.stances = vec![stance];
            j.reason = Reason::None;
            j.cue = None;
        }
        Decision { judgement: j, decided_by: by, nli }
    };
    // Rules' strengths stay theirs.
    if rule.reason.is_structured() || rule.stances.len() > 1 {
        let by = if model_stance == rule_stance { DecidedBy::Both } else { DecidedBy::Rules };
        return Decision { judgement: rule, decided_by: by, nli };
    }
    let about_it = names >= NAME_MIN || hit.linked;
    let mut j = match rule_stance {
        Stance::Supports | Stance::Contradicts if model_stance == rule_stance => decide(rule, rule_stance, DecidedBy::Both),
        Stance::Supports | Stance::Contradicts if model_stance != Stance::Mentions && confidence >= OVERRULE_MIN => {
            decide(rule, model_stance, DecidedBy::Model)
        }
        Stance::Supports if model.neutral >= NEUTRAL_VETO => decide(rule, Stance::Mentions, DecidedBy::Model),
        Stance::Supports | Stance::Contradicts => Decision { judgement: rule, decided_by: DecidedBy::Rules, nli },
        _ if about_it && model.entailment >= ENTAIL_MIN && model_stance == Stance::Supports => {
            let mut d = decide(rule, Stance::Supports, DecidedBy::Model);
            d.judgement.score = hit.coverage.max(model.entailment) * 0.9;
            d
        }
        _ if about_it && model.contradiction >= CONTRADICT_MIN && model_stance == Stance::Contradicts => {
            let mut d = decide(rule, Stance::Contradicts, DecidedBy::Model);
            d.judgement.score = hit.coverage.max(model.contradiction) * 0.9;
            d
        }
        _ => Decision { judgement: rule, decided_by: DecidedBy::Rules, nli },
    };
    j.judgement = unhedged(j.judgement, hedged.as_deref());
    j
}

/// A hedged report is not full support: "may have sent", "reportedly", "unconfirmed" leave
/// the sentence at mentions, with the hedge as the reason.
fn unhedged(mut j: Judgement, hedge: Option<&str>) -> Judgement {
    if let (Some(h), Stance::Supports) = (hedge, j.stances[0]) {
        if j.stances.len() == 1 && j.reason != Reason::ClaimNegated {
            j.stances = vec![Stance::Mentions];
            j.cue = Some(format!("hedged: “{h}”"));
            j.reason = Reason::None;
        }
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Article, Corpus};
    use crate::retrieve::index::Index;
    use crate::retrieve::candidates::{find_evidence, Claim, MODEL_CANDIDATE_MIN};

    /// compose() for the best candidate of `text`, with the model saying `p`.
    fn composed(text: &str, claim: &str, p: Option<[f32; 3]>) -> Decision {
        let c = Corpus::new(vec![Article { id: "a".into(), title: "T".into(), text: text.into(), ..Default::default() }]).unwrap();
        let index = Index::build(&c);
        let claim = Claim::analyse(claim);
        let found = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN);
        let hit = found.hits.first().expect("a candidate");
        let s = &found.sentences[&hit.sentence];
        let rule = crate::stance::judge(&index, &claim, hit, s);
        compose(rule, p.map(Nli::from_probs), hit, s, hit.name_coverage(&index, &claim), claim.analysed.has_cue(Cue::Hedge))
    }

    #[test]
    fn structured_conflicts_and_denials_stay_with_the_rules() {
        let d = composed("Turkey sent 300 fighters to Azerbaijan.", "Turkey sent 3,000 fighters to Azerbaijan.", Some([0.95, 0.02, 0.03]));
        assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Contradicts, DecidedBy::Rules));
        let d = composed("Ankara denied sending fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.", Some([0.9, 0.05, 0.05]));
        assert_eq!(d.judgement.stances[0], Stance::Denial);
    }

    #[test]
    fn a_confident_model_decides_where_the_rules_are_silent_or_wrong() {
        // A paraphrase the word match only half sees.
        let (text, claim) = ("The Fed lifted borrowing costs again in March.", "The Fed raised interest rates in March.");
        assert_eq!(composed(text, claim, None).judgement.stances[0], Stance::Mentions, "the rules alone see no position");
        let d = composed(text, claim, Some([0.9, 0.05, 0.05]));
        assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Supports, DecidedBy::Model));
        // A role swap the rules read as support.
        let d = composed("Azerbaijan attacked Armenia on Sunday.", "Armenia attacked Azerbaijan on Sunday.", Some([0.02, 0.93, 0.05]));
        assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Contradicts, DecidedBy::Model));
        // Agreement is marked as such; an unsure model leaves the rules alone.
        let d = composed("Turkey sent fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.", Some([0.8, 0.1, 0.1]));
        assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Supports, DecidedBy::Both));
        let d = composed("Turkey sent fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.", Some([0.3, 0.4, 0.3]));
        assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Supports, DecidedBy::Rules));
    }

    #[test]
    fn a_model_position_needs_the_claims_names() {
        let d = composed("Police arrested protesters in Asuncion on Monday.", "Swedish police arrested protesters in Stockholm on Monday.", Some([0.9, 0.05, 0.05]));
        assert_ne!(d.judgement.stances[0], Stance::Supports);
    }

    #[test]
    fn hedged_reports_are_not_full_support() {
        let d = composed("Turkey reportedly sent fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.", None);
        assert_eq!(d.judgement.stances[0], Stance::Mentions);
        assert!(d.judgement.cue.as_deref().is_some_and(|c| c.contains("reportedly")));
        let d = composed("Turkey reportedly sent fighters to Azerbaijan.", "Turkey may have sent fighters to Azerbaijan.", None);
        assert_eq!(d.judgement.stances[0], Stance::Supports, "a hedged claim is supported by a hedged report");
        // The hedge of another clause does not count.
        let d = composed("Armenia has reportedly mustered reserves, while Turkey sent fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.", None);
        assert_eq!(d.judgement.stances[0], Stance::Supports);
    }
}
