//! The result contract shared by the CLI's JSON, the batch command and the JS API: per article,
//! its stances, a verdict (the dominant stance), a score, and the evidence sentences sorted by
//! strength, with the words that matched and who said them. The decisions come from the
//! `verdict` stage; this stage only presents them (text, byte ranges, rounding, a summary).

use crate::corpus::Corpus;
use crate::retrieve::candidates::{Claim, Found};
use crate::retrieve::index::Index;
use crate::stance::Stance;
use crate::verdict::{ArticleVerdict, DecidedBy, Nli};
use serde::Serialize;

/// One evidence sentence of an article: its text and place in the article, what it says about
/// the claim, and the words that matched.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// The sentence as it stands in the article; a denial that points back ("… have denied
    /// this") comes with the sentence it answers.
    pub sentence: String,
    /// Byte offsets of the sentence in the article text.
    pub start: usize,
    /// Byte offset where the sentence ends in the article text (exclusive).
    pub end: usize,
    /// The sentence's main stance, the first of `stances`.
    pub stance: Stance,
    /// All stances this sentence carries (an assertion and its denial can share a sentence).
    pub stances: Vec<Stance>,
    /// How strongly the sentence bears on the claim, 0 to 1 (three decimals): the share of the
    /// claim it covers (half that for a mere mention); for a stance the model took, the larger
    /// of that share and the model's confidence, a little scaled down.
    pub score: f32,
    /// Who the sentence quotes or cites (for a denial, who denied it), when it names someone.
    pub speaker: Option<String>,
    /// The words that decided the stance ("denied", "not", "15 vs over 30" …), or the hedge
    /// that kept a report from supporting the claim.
    pub cue: Option<String>,
    /// The sentence's words that matched the claim.
    pub matched: Vec<String>,
    /// Byte ranges of those words within `sentence`.
    pub marks: Vec<[usize; 2]>,
    /// Who decided this sentence's stance: the rules, the learned model, or both agreeing.
    pub decided_by: DecidedBy,
    /// The sentence-pair model's probabilities for (this sentence, the claim), when consulted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nli: Option<Nli>,
}

/// The learned stance model's probabilities for (claim, article), FNC-1 classes.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Learned {
    /// Probability that the article agrees with the claim.
    pub agree: f32,
    /// Probability that the article disagrees with (contradicts or denies) the claim.
    pub disagree: f32,
    /// Probability that the article reports the claim without taking a position.
    pub discuss: f32,
    /// Probability that the article is about something else.
    pub unrelated: f32,
}

/// What one article says about the claim: its verdict, every stance it takes, and the evidence
/// sentences behind them.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleReport {
    /// The article's id in the corpus.
    pub id: String,
    /// The article's title.
    pub title: String,
    /// The article's source, when the corpus gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The article's URL, when the corpus gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The article's date as the corpus gives it, if it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The dominant stance: the strongest of `stances`.
    pub verdict: Stance,
    /// The verdict's strength, 0 to 1 (three decimals): the score of its strongest evidence, or
    /// with FNC-1 verdicts the article model's probability.
    pub score: f32,
    /// Every stance the article takes, strongest first; `mentions` only when it takes no
    /// position.
    pub stances: Vec<Stance>,
    /// The evidence sentences, those that take a position first, then by score; at most
    /// `MAX_EVIDENCE`.
    pub evidence: Vec<Evidence>,
    /// What the learned stance model says about the whole article, when it was consulted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learned: Option<Learned>,
    /// Who decided the verdict: the rules, the learned model(s), or both agreeing.
    pub decided_by: DecidedBy,
}

/// The result of checking one claim against the corpus: what the CLI prints as JSON and the JS
/// API returns.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The claim as checked (surrounding whitespace trimmed); `claim_marks` index into it.
    pub claim: String,
    /// Does anything in the corpus bear on the claim?
    pub covered: bool,
    /// Is the claim a statement (something asserted about something)? A bare name or topic
    /// is not: its articles only mention it, and the summary says how to ask.
    pub statement: bool,
    /// A sentence for the reader summing up the result.
    pub summary: String,
    /// Byte ranges of the claim's words that matched some evidence.
    pub claim_marks: Vec<[usize; 2]>,
    /// The articles that bear on the claim: those whose verdict takes a position first, then
    /// by score.
    pub articles: Vec<ArticleReport>,
    /// Misspelt words of the claim read as the corpus's words ("Turky" as "Turkey"); `claim`
    /// is the corrected text. Absent when nothing was corrected.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub corrected: Vec<crate::retrieve::spelling::Correction>,
}

impl Report {
    /// Records that the claim was checked as corrected, and says so first in the summary.
    pub fn with_corrections(mut self, corrected: Vec<crate::retrieve::spelling::Correction>) -> Report {
        if !corrected.is_empty() {
            let read: Vec<String> = corrected.iter().map(|c| format!("“{}” as “{}”", c.from, c.to)).collect();
            self.summary = format!("Read {}. {}", read.join(", "), self.summary);
            self.corrected = corrected;
        }
        self
    }
}

/// Presents the verdict stage's articles as the report a reader sees.
pub fn build(corpus: &Corpus, index: &Index, claim: &Claim, found: &Found, verdicts: Vec<ArticleVerdict>) -> Report {
    let mut claim_marks: Vec<[usize; 2]> = Vec::new();
    let mut articles = Vec::with_capacity(verdicts.len());
    for v in verdicts {
        let a = &corpus.articles[v.article];
        let mut evidence = Vec::with_capacity(v.evidence.len());
        for sv in v.evidence {
            let hit = &sv.hit;
            let s = &found.sentences[&hit.sentence];
            // A denial that points back shows the sentence it answers too.
            let prev = if hit.linked { index.previous(hit.sentence).and_then(|p| found.sentences.get(&p)) } else { None };
            let start = prev.map_or(s.start, |p| p.start);
            let source = prev.unwrap_or(s);
            let base = source.start - start;
            let (mut marks, mut matched) = (Vec::new(), Vec::new());
            for (ci, spans) in hit.matched.iter().enumerate() {
                for &(f, l) in spans {
                    let (x, y) = (source.analysed.tokens[f].start, source.analysed.tokens[l].end);
                    marks.push([base + x, base + y]);
                    matched.push(source.text[x..y].to_string());
                }
                if !spans.is_empty() {
                    for &(f, l) in &claim.terms[ci].spans {
                        claim_marks.push([claim.analysed.tokens[f].start, claim.analysed.tokens[l].end]);
                    }
                }
            }
            marks.sort_unstable();
            marks.dedup();
            matched.dedup();
            let d = sv.decision;
            evidence.push(Evidence {
                sentence: a.text[start..s.end].to_string(),
                start,
                end: s.end,
                stance: d.judgement.stances[0],
                stances: d.judgement.stances,
                score: round(d.judgement.score),
                speaker: d.judgement.speaker,
                cue: d.judgement.cue,
                matched,
                marks,
                decided_by: d.decided_by,
                nli: d.nli.map(|n| Nli { entailment: round(n.entailment), contradiction: round(n.contradiction), neutral: round(n.neutral) }),
            });
        }
        articles.push(ArticleReport {
            id: a.id.clone(),
            title: a.title.clone(),
            source: a.source.clone(),
            url: a.url.clone(),
            date: a.date.clone(),
            verdict: v.verdict,
            score: round(v.score),
            stances: v.stances,
            evidence,
            learned: v.learned.map(|p| Learned { agree: round(p[0]), disagree: round(p[1]), discuss: round(p[2]), unrelated: round(p[3]) }),
            decided_by: v.decided_by,
        });
    }
    claim_marks.sort_unstable();
    claim_marks.dedup();
    let statement = claim.is_statement();
    let summary = if statement {
        summarise(&articles)
    } else {
        let n = articles.len();
        format!(
            "This is a name or a topic, not a statement to check: type what is claimed about it, e.g. “{} did …”. {n} article{} mention{} it.",
            claim.text.trim_end_matches(['.', '!', '?']),
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" }
        )
    };
    Report { claim: claim.text.clone(), covered: !articles.is_empty(), statement, summary, claim_marks, articles, corrected: Vec::new() }
}

/// Scores and probabilities to three decimals: enough for a reader, stable in tests.
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
        return format!(
            "{n} article{} mention{} the subject but take{} no position.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
            if n == 1 { "s" } else { "" }
        );
    }
    let mut s = parts.join(", ");
    s.push('.');
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
