//! Article-level aggregation and the result contract shared by the CLI's JSON, the batch
//! command and the JS API: per article, its stances, a verdict (the dominant stance), a score,
//! and the evidence sentences sorted by strength.

use crate::corpus::Corpus;
use crate::index::Index;
use crate::matcher::{Claim, Found};
use crate::stance;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Supports,
    Contradicts,
    Denial,
    Mentions,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Contradicts => "contradicts",
            Stance::Denial => "denial",
            Stance::Mentions => "mentions",
        }
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

#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub sentence: String,
    /// Byte offsets of the sentence in the article text.
    pub start: usize,
    pub end: usize,
    pub stance: Stance,
    /// All stances this sentence carries (an assertion and its denial can share a sentence).
    pub stances: Vec<Stance>,
    pub score: f32,
    pub speaker: Option<String>,
    pub cue: Option<String>,
    /// The sentence's words that matched the claim.
    pub matched: Vec<String>,
    /// Byte ranges of those words within `sentence`.
    pub marks: Vec<[usize; 2]>,
    /// Who decided this sentence's stance: the rules, the learned model, or both agreeing.
    pub decided_by: crate::verdict::DecidedBy,
    /// The sentence-pair model's probabilities for (this sentence, the claim), when consulted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nli: Option<crate::verdict::Nli>,
}

/// The learned stance model's probabilities for (claim, article), FNC-1 classes.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Learned {
    pub agree: f32,
    pub disagree: f32,
    pub discuss: f32,
    pub unrelated: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleReport {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub verdict: Stance,
    pub score: f32,
    pub stances: Vec<Stance>,
    pub evidence: Vec<Evidence>,
    /// What the learned stance model says about the whole article, when it was consulted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learned: Option<Learned>,
    /// Who decided the verdict: "rules" (the evidence sentences) or "model".
    pub decided_by: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub claim: String,
    /// Does anything in the corpus bear on the claim?
    pub covered: bool,
    /// A sentence for the reader summing up the result.
    pub summary: String,
    /// Byte ranges of the claim's words that matched some evidence.
    pub claim_marks: Vec<[usize; 2]>,
    pub articles: Vec<ArticleReport>,
}

/// A mentions-only article the model calls unrelated is kept when its best evidence is at
/// least this strong (half the coverage of a stance-bearing sentence).
const MENTION_KEEP: f32 = 0.3;

/// Evidence shown per article, at most.
const MAX_EVIDENCE: usize = 5;

/// Which semantics article verdicts follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Verdicts {
    /// Corroborate's own: an article supports a claim when a sentence asserts it or reports
    /// someone asserting it; positions come from evidence sentences.
    #[default]
    Evidence,
    /// FNC-1's: reporting a claim without endorsing it is "discuss"; the learned model decides.
    Fnc,
}

/// Builds the report. `nli` holds the sentence-pair model's probabilities per candidate
/// sentence (empty when no model was consulted).
pub fn build(
    corpus: &Corpus,
    index: &Index,
    claim: &Claim,
    found: Found,
    nli: &rustc_hash::FxHashMap<usize, [f32; 3]>,
    learned: &[(usize, [f32; 4])],
    mode: Verdicts,
) -> Report {
    let mut per_article: Vec<Vec<Evidence>> = vec![Vec::new(); corpus.len()];
    let mut claim_marks: Vec<[usize; 2]> = Vec::new();
    let claim_hedged = claim.analysed.has_cue(crate::lexicon::Cue::Hedge);
    for hit in &found.hits {
        let s = &found.sentences[&hit.sentence];
        let rule = stance::judge(index, claim, hit, s);
        let probs = nli.get(&hit.sentence).map(|p| crate::verdict::Nli::from_probs(*p));
        let decision = crate::verdict::compose(rule, probs, hit, s, hit.name_coverage(index, claim), claim_hedged);
        // A weak candidate was only there for the model: shown when it takes a position.
        if hit.weak && decision.judgement.stances == [Stance::Mentions] {
            continue;
        }
        let judgement = decision.judgement;
        let article = &corpus.articles[s.article];
        // A denial that points back shows the sentence it answers too.
        let prev = if hit.linked { index.previous(hit.sentence).and_then(|p| found.sentences.get(&p)) } else { None };
        let start = prev.map_or(s.start, |p| p.start);
        let offset = s.start - start;
        let mut marks: Vec<[usize; 2]> = Vec::new();
        let mut matched = Vec::new();
        let source = prev.unwrap_or(s);
        let base = source.start - start;
        for (ci, spans) in hit.matched.iter().enumerate() {
            for &(f, l) in spans {
                let (a, b) = (source.analysed.tokens[f].start, source.analysed.tokens[l].end);
                marks.push([base + a, base + b]);
                matched.push(source.text[a..b].to_string());
            }
            if !spans.is_empty() {
                for &(f, l) in &claim.terms[ci].spans {
                    claim_marks.push([claim.analysed.tokens[f].start, claim.analysed.tokens[l].end]);
                }
            }
        }
        let _ = offset;
        marks.sort_unstable();
        marks.dedup();
        matched.dedup();
        per_article[s.article].push(Evidence {
            sentence: article.text[start..s.end].to_string(),
            start,
            end: s.end,
            stance: judgement.stances[0],
            stances: judgement.stances,
            score: round(judgement.score),
            speaker: judgement.speaker,
            cue: judgement.cue,
            matched,
            marks,
            decided_by: decision.decided_by,
            nli: decision.nli.map(|n| crate::verdict::Nli {
                entailment: round(n.entailment),
                contradiction: round(n.contradiction),
                neutral: round(n.neutral),
            }),
        });
    }
    let mut articles = Vec::new();
    for (ai, mut evidence) in per_article.into_iter().enumerate() {
        let p = learned.iter().find(|(a, _)| *a == ai).map(|(_, p)| *p);
        if evidence.is_empty() && p.is_none() {
            continue;
        }
        // Positions first, then strength.
        evidence.sort_by(|a, b| {
            (a.stance == Stance::Mentions).cmp(&(b.stance == Stance::Mentions)).then(b.score.total_cmp(&a.score)).then(a.start.cmp(&b.start))
        });
        let mut best: Vec<(Stance, f32)> = Vec::new();
        for e in &evidence {
            for &st in &e.stances {
                match best.iter_mut().find(|(s, _)| *s == st) {
                    Some(b) => b.1 = b.1.max(e.score),
                    None => best.push((st, e.score)),
                }
            }
        }
        // Mentions only count when nothing takes a position.
        let rules_take_position = best.iter().any(|(s, _)| *s != Stance::Mentions);
        if rules_take_position {
            best.retain(|(s, _)| *s != Stance::Mentions);
        }
        let mut decided_by = "rules";
        let label = p.map(|p| crate::fnc::Label::argmax(&p));
        match mode {
            // FNC-1 semantics: the learned model's label is the verdict (agree → supports,
            // disagree → contradicts, or denial when the evidence reports one, discuss →
            // mentions, unrelated → left out).
            Verdicts::Fnc => {
                let Some(p) = p else { continue };
                best = match crate::fnc::Label::argmax(&p) {
                    crate::fnc::Label::Agree => vec![(Stance::Supports, p[0])],
                    crate::fnc::Label::Disagree if best.iter().any(|(s, _)| *s == Stance::Denial) => vec![(Stance::Denial, p[1])],
                    crate::fnc::Label::Disagree => vec![(Stance::Contradicts, p[1])],
                    crate::fnc::Label::Discuss => vec![(Stance::Mentions, p[2])],
                    crate::fnc::Label::Unrelated => continue,
                };
                decided_by = "model";
            }
            // The product's semantics: positions come from evidence sentences. The model only
            // declutters: an article with nothing but weak mentions that it calls unrelated is
            // left out.
            Verdicts::Evidence => {
                if !rules_take_position && label == Some(crate::fnc::Label::Unrelated) && best.iter().all(|(_, sc)| *sc < MENTION_KEEP) {
                    continue;
                }
                if best.is_empty() {
                    continue;
                }
            }
        }
        best.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        evidence.truncate(MAX_EVIDENCE);
        let a = &corpus.articles[ai];
        articles.push(ArticleReport {
            id: a.id.clone(),
            title: a.title.clone(),
            source: a.source.clone(),
            url: a.url.clone(),
            date: a.date.clone(),
            verdict: best[0].0,
            score: round(best[0].1),
            stances: best.iter().map(|b| b.0).collect(),
            evidence,
            learned: p.map(|p| Learned { agree: round(p[0]), disagree: round(p[1]), discuss: round(p[2]), unrelated: round(p[3]) }),
            decided_by,
        });
    }
    articles.sort_by(|a, b| {
        (a.verdict == Stance::Mentions).cmp(&(b.verdict == Stance::Mentions)).then(b.score.total_cmp(&a.score))
    });
    claim_marks.sort_unstable();
    claim_marks.dedup();
    let summary = summarise(&articles);
    Report { claim: claim.text.clone(), covered: !articles.is_empty(), summary, claim_marks, articles }
}

fn round(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

fn summarise(articles: &[ArticleReport]) -> String {
    if articles.is_empty() {
        return "Not covered by these articles: nothing in the corpus bears on this claim. That does not make it false.".into();
    }
    let count = |s: Stance| articles.iter().filter(|a| a.stances.contains(&s)).count();
    let mut parts = Vec::new();
    for (s, one, many) in [
        (Stance::Supports, "supports it", "support it"),
        (Stance::Contradicts, "contradicts it", "contradict it"),
        (Stance::Denial, "reports a denial", "report a denial"),
    ] {
        match count(s) {
            0 => {}
            1 => parts.push(format!("1 article {one}")),
            n => parts.push(format!("{n} articles {many}")),
        }
    }
    if parts.is_empty() {
        let n = articles.len();
        return format!("{n} article{} mention{} the subject but take{} no position.", if n == 1 { "" } else { "s" }, if n == 1 { "s" } else { "" }, if n == 1 { "s" } else { "" });
    }
    let mut s = parts.join(", ");
    s.push('.');
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
