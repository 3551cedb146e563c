//! The result contract shared by the CLI's JSON, the batch command and the JS API: per article,
//! its stances, a verdict (the dominant stance), a score, and the evidence sentences sorted by
//! strength, with the words that matched and who said them. The decisions come from the
//! `verdict` stage; this stage only presents them (text, byte ranges, rounding, a summary).

use crate::corpus::Corpus;
use crate::retrieve::candidates::{Claim, Found};
use crate::stance::{Reason, Stance};
use crate::text::split_once;
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
    /// Which rule decided (`none` when no rule took a position: a mention, or the model's
    /// call): denial, number, date, opposite, place, list, negation, claim_negated, assertion.
    pub reason: Reason,
    /// Why, in a sentence for the reader: what the evidence says against or for the claim,
    /// who decided (the rules, the language model, or both agreeing) and how sure it is.
    pub why: String,
    /// The sentence's words that matched the claim.
    pub matched: Vec<String>,
    /// Byte ranges of those words within `sentence`.
    pub marks: Vec<[usize; 2]>,
    /// Claim words the sentence says in other words, read as the same by the language model's
    /// word embeddings: `[claim word, sentence word]`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub paraphrases: Vec<[String; 2]>,
    /// Byte ranges within `sentence` of the words that decided its stance (the sentence's side
    /// of `cue`: "denied", "not", "300" of "300 vs 3,000", the hedge), for highlighting.
    pub cue_marks: Vec<[usize; 2]>,
    /// How sure the engine is of this sentence's stance, in words the widget shows.
    pub confidence: Confidence,
    /// Who decided this sentence's stance: the rules, the learned model, or both agreeing.
    pub decided_by: DecidedBy,
    /// The sentence-pair model's probabilities for (this sentence, the claim), when consulted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nli: Option<Nli>,
}

/// How sure the engine is of an evidence sentence's stance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// The rules and the language model agree, or one of them is very sure (a structured
    /// conflict, a denial, the model at 90 % or more) and the other does not disagree.
    High,
    /// One of them decided, fairly sure, and the other was silent or not asked.
    Medium,
    /// A weak match, a model under 75 %, or the rules against the model.
    Low,
}
serialize_as_name!(Confidence, ["high", "medium", "low"]);

/// How sure the model is of the stance a judgement shows: that the sentence entails the claim
/// for a support; that it contradicts it (or, for a denial, either: the model may read the
/// denied words as said) for a contradiction; and for a negated claim's contradiction, where
/// the model read the claim without its negation, that the sentence says that.
fn model_p(j: &crate::stance::Judgement, nli: Option<&Nli>) -> Option<f32> {
    nli.map(|n| match j.stances[0] {
        Stance::Supports => n.entailment,
        Stance::Contradicts if j.reason == crate::stance::Reason::ClaimNegated && n.unnegated.is_some() => n.unnegated.unwrap_or_default(),
        Stance::Contradicts | Stance::Denial => n.contradiction.max(n.entailment),
        Stance::Mentions => n.neutral,
    })
}

/// The confidence of a decision: agreement first, then the decider's own strength.
fn confidence(j: &crate::stance::Judgement, by: DecidedBy, nli: Option<&Nli>) -> Confidence {
    let model_p = model_p(j, nli);
    match by {
        DecidedBy::Both => Confidence::High,
        DecidedBy::Model => match model_p.unwrap_or(0.0) {
            p if p >= 0.9 => Confidence::High,
            p if p >= 0.75 => Confidence::Medium,
            _ => Confidence::Low,
        },
        // The rules against a model that read it otherwise.
        DecidedBy::Rules if j.stances[0] != Stance::Mentions && model_p.is_some() => Confidence::Low,
        DecidedBy::Rules if j.reason.is_structured() => Confidence::High,
        DecidedBy::Rules => match j.score {
            x if x >= 0.8 => Confidence::High,
            // (Above `STANCE_MIN`, 0.5, on purpose: a rule's stance just over its bar is Low.)
            x if x >= 0.55 => Confidence::Medium,
            _ => Confidence::Low,
        },
    }
}

/// Where the sentence's side of a cue stands in `text` ("300" of "300 vs 3,000", "reportedly"
/// of "hedged: “reportedly”", "denied"): every occurrence, as byte ranges. Cues that name the
/// claim's side only ("claim says “not”", "roles swapped: …") mark nothing.
/// The bytes of the evidence text where the judged sentence (starting `offset` bytes in) says
/// its cue, when the judgement knows the tokens.
fn cue_bytes(s: &crate::retrieve::index::IndexedSentence, offset: usize, at: Option<(usize, usize)>) -> Option<[usize; 2]> {
    let (f, l) = at?;
    let toks = &s.analysed.tokens;
    (f <= l && l < toks.len()).then(|| [offset + toks[f].start, offset + toks[l].end])
}

/// Where the evidence text says the cue: the judgement's own tokens (`at`) when they say it,
/// else every whole-word occurrence of its words.
fn cue_marks(text: &str, cue: Option<&str>, at: Option<[usize; 2]>) -> Vec<[usize; 2]> {
    let Some(cue) = cue else { return Vec::new() };
    if cue.starts_with("claim says") || cue.starts_with("roles swapped") || cue == crate::verdict::QUESTION_CUE {
        return Vec::new();
    }
    let cue = [crate::verdict::HEDGE_PREFIX, crate::verdict::INTENT_PREFIX]
        .iter()
        .find_map(|p| after_prefix(cue, p))
        .unwrap_or(cue)
        .trim_matches(|c| c == '“' || c == '”');
    let said = split_once(cue, " vs ").map_or(cue, |p| p.0).split(';').next().unwrap_or(cue).trim();
    let said = split_once(said, " – ").map_or(said, |p| p.0).trim();
    if said.is_empty() {
        return Vec::new();
    }
    if let Some([a, b]) = at.filter(|&[a, b]| text.get(a..b) == Some(said)) {
        return vec![[a, b]];
    }
    // Whole words only: "not" is not marked inside "another" or "nothing".
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // (By bytes, as `split_once`: a match starts where `said`'s first character does, on a
    // character boundary.)
    let (t, w) = (text.as_bytes(), said.as_bytes());
    (0..t.len().saturating_sub(w.len()) + 1)
        .filter(|&i| t[i..].starts_with(w))
        .filter(|&i| !word_char(text[..i].chars().next_back()) && !word_char(text[i + w.len()..].chars().next()))
        .map(|i| [i, i + w.len()])
        .collect()
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
    /// `MAX_EVIDENCE`, with at least one sentence for each of `stances`.
    pub evidence: Vec<Evidence>,
    /// How many evidence sentences the article has in all (more than `evidence` shows when
    /// that was cut).
    pub evidence_total: usize,
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
            self.summary = format!("Read {}. {}", joined(&read, ", "), self.summary);
            self.corrected = corrected;
        }
        self
    }
}

/// Presents the verdict stage's articles as the report a reader sees.
pub fn build(corpus: &Corpus, claim: &Claim, found: &Found, verdicts: Vec<ArticleVerdict>) -> Report {
    let mut claim_marks: Vec<[usize; 2]> = Vec::new();
    let mut articles = Vec::with_capacity(verdicts.len());
    for v in verdicts {
        let a = &corpus.articles[v.article];
        let mut evidence = Vec::with_capacity(v.evidence.len());
        for sv in v.evidence {
            let hit = &sv.hit;
            let s = &found.sentences[&hit.sentence];
            // A denial that points back shows the sentence it answers too.
            let prev = if hit.linked { found.sentences.get(&hit.from) } else { None };
            let start = prev.map_or(s.start, |p| p.start);
            let source = prev.unwrap_or(s);
            let base = source.start - start;
            let (mut marks, mut matched) = (Vec::new(), Vec::new());
            for (ci, spans) in hit.matched.iter().enumerate() {
                for &(f, l) in spans {
                    marks.push([base + source.analysed.tokens[f].start, base + source.analysed.tokens[l].end]);
                    matched.push(source.analysed.span(&source.text, f, l).to_string());
                }
                if !spans.is_empty() {
                    for &(f, l) in &claim.terms[ci].spans {
                        claim_marks.push([claim.analysed.tokens[f].start, claim.analysed.tokens[l].end]);
                    }
                }
            }
            if let Some(fig) = hit.figure {
                let (f, l) = fig.said;
                marks.push([base + source.analysed.tokens[f].start, base + source.analysed.tokens[l].end]);
                matched.push(source.analysed.span(&source.text, f, l).to_string());
                claim_marks.push([claim.analysed.tokens[fig.claimed.0].start, claim.analysed.tokens[fig.claimed.1].end]);
            }
            crate::sort_heap(&mut marks);
            marks.dedup();
            matched.dedup();
            let mut paraphrases: Vec<[String; 2]> = Vec::new();
            for &ci in &hit.paraphrased {
                if let (Some(&(cf, cl)), Some(&(f, l))) = (claim.terms[ci].spans.first(), hit.matched[ci].first()) {
                    paraphrases.push([claim.analysed.span(&claim.text, cf, cl).to_string(), source.analysed.span(&source.text, f, l).to_string()]);
                }
            }
            let d = sv.decision;
            let mut why = explain(&d.judgement, d.decided_by, d.nli.as_ref());
            if d.judgement.stances[0] != Stance::Mentions {
                for (i, [c, s]) in paraphrases.iter().enumerate() {
                    let lead = match i {
                        0 => " (Read “",
                        _ if i + 1 == paraphrases.len() => " and “",
                        _ => ", “",
                    };
                    for part in [lead, s, "” as “", c, "”"] {
                        why.push_str(part);
                    }
                }
                if !paraphrases.is_empty() {
                    why.push_str(".)");
                }
            }
            let sentence = a.text[start..s.end].to_string();
            evidence.push(Evidence {
                cue_marks: cue_marks(&sentence, d.judgement.cue.as_deref(), cue_bytes(s, s.start - start, d.judgement.cue_at)),
                confidence: confidence(&d.judgement, d.decided_by, d.nli.as_ref()),
                sentence,
                start,
                end: s.end,
                stance: d.judgement.stances[0],
                stances: d.judgement.stances,
                score: round(d.judgement.score),
                speaker: d.judgement.speaker,
                cue: d.judgement.cue,
                reason: d.judgement.reason,
                why,
                matched,
                marks,
                paraphrases,
                decided_by: d.decided_by,
                nli: d.nli.map(|n| Nli { entailment: round(n.entailment), contradiction: round(n.contradiction), neutral: round(n.neutral), unnegated: None }),
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
            evidence_total: v.evidence_total,
            evidence,
            learned: v.learned.map(|p| Learned { agree: round(p[0]), disagree: round(p[1]), discuss: round(p[2]), unrelated: round(p[3]) }),
            decided_by: v.decided_by,
        });
    }
    crate::sort_heap(&mut claim_marks);
    claim_marks.dedup();
    let statement = claim.is_statement();
    let summary = if statement {
        summarise(&articles)
    } else {
        let n = articles.len();
        format!(
            "This is a name or a topic, not a statement to check: type what is claimed about it, e.g. “{} did …”. {n} article{} mention{} it.",
            claim.text.trim_end_matches(&['.', '!', '?'][..]),
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" }
        )
    };
    Report { claim: claim.text.clone(), covered: !articles.is_empty(), statement, summary, claim_marks, articles, corrected: Vec::new() }
}

/// How sure a probability is, in words.
fn sureness(p: f32) -> &'static str {
    if p >= 0.9 {
        "very sure"
    } else if p >= 0.75 {
        "fairly sure"
    } else {
        "not very sure"
    }
}

/// A speaker's name as said mid-sentence: an opening article in lower case ("and the study
/// denied it"), names as written.
fn mid_sentence(who: &str) -> String {
    match who.split_once(' ') {
        // (ASCII by hand: `str::to_lowercase` would ship its Unicode tables, ~4 KB of wasm.)
        Some(("The", rest)) => format!("the {rest}"),
        Some(("A", rest)) => format!("a {rest}"),
        Some(("An", rest)) => format!("an {rest}"),
        _ => who.to_string(),
    }
}

/// A prefixed cue's text after its prefix and colon ("hedged: “may”" → "“may”"); `None` when
/// the cue does not begin so.
fn after_prefix<'a>(cue: &'a str, prefix: &str) -> Option<&'a str> {
    cue.strip_prefix(prefix)?.strip_prefix(": ")
}

/// The "a vs b" of a conflict cue (the sentence's value, then the claim's).
fn versus(cue: &str) -> Option<(&str, &str)> {
    split_once(cue, " vs ")
}

/// Why a sentence has its stance, in plain words: what it says, who decided, how sure.
fn explain(j: &crate::stance::Judgement, by: DecidedBy, nli: Option<&crate::verdict::Nli>) -> String {
    let cue = j.cue.as_deref().unwrap_or("");
    let who = j.speaker.as_deref();
    let stance = j.stances[0];
    let denier = who.map_or_else(|| "someone".to_string(), mid_sentence);
    let mut why = match (stance, j.reason) {
        (Stance::Supports, _) if j.stances.contains(&Stance::Denial) => format!("It reports the claim as someone said it, and {denier} denied it."),
        (Stance::Denial, _) => format!("{} denied it{}.", who.unwrap_or("Someone"), if cue.is_empty() { String::new() } else { format!(" (“{cue}”)") }),
        (Stance::Contradicts, Reason::Number) => match versus(cue) {
            Some((said, claimed)) => format!("It gives a different number: {said}, where the claim says {claimed}."),
            None => format!("It gives a different number ({cue})."),
        },
        (Stance::Contradicts, Reason::Date) => match versus(cue) {
            Some((said, claimed)) => format!("It gives a different date: {said}, where the claim says {claimed}."),
            None => format!("It gives a different date ({cue})."),
        },
        (Stance::Contradicts, Reason::Opposite) => match versus(cue) {
            Some((said, claimed)) => format!("It says the opposite: “{said}”, where the claim says “{claimed}”."),
            None => format!("It says the opposite (“{cue}”)."),
        },
        (Stance::Contradicts, Reason::Place) => format!("It puts it somewhere else: “{cue}”."),
        (Stance::Contradicts, Reason::List) => match versus(cue) {
            Some((said, claimed)) => format!("It names another: {said}, where the claim says {claimed}."),
            None => format!("It names a different one: “{cue}”."),
        },
        (Stance::Contradicts, Reason::Negation) if cue.starts_with("roles swapped") => "It has who did what to whom the other way round.".into(),
        (Stance::Contradicts, Reason::Negation) => format!("It says it did not happen (“{cue}”)."),
        (Stance::Contradicts, Reason::ClaimNegated) => "The claim says it did not happen; this sentence says it did.".into(),
        (Stance::Supports, Reason::ClaimNegated) => "The claim says it did not happen, and so does this sentence.".into(),
        (Stance::Supports, _) if by == DecidedBy::Model => "It says what the claim says, in other words.".into(),
        (Stance::Contradicts, _) if by == DecidedBy::Model => "It says something that cannot be true together with the claim.".into(),
        (Stance::Supports, _) => match who {
            Some(w) => format!("{w} says what the claim says."),
            None => "It says what the claim says.".into(),
        },
        (Stance::Contradicts, _) => format!("It conflicts with the claim{}.", if cue.is_empty() { String::new() } else { format!(" (“{cue}”)") }),
        (Stance::Mentions, _) if cue.starts_with(crate::verdict::HEDGE_PREFIX) => {
            format!(
                "It stops short of saying it ({}), which is not full support.",
                after_prefix(cue, crate::verdict::HEDGE_PREFIX).unwrap_or(cue)
            )
        }
        (Stance::Mentions, _) if cue.starts_with(crate::verdict::INTENT_PREFIX) => {
            format!(
                "It says it is intended or expected ({}), not that it happened.",
                after_prefix(cue, crate::verdict::INTENT_PREFIX).unwrap_or(cue)
            )
        }
        (Stance::Mentions, _) if cue == crate::verdict::OUTWEIGHED_CUE => {
            "The language model read it as contradicting the claim, but the rules find the article reporting the claim elsewhere, so it does not count against it.".into()
        }
        (Stance::Mentions, _) if cue == crate::verdict::QUESTION_CUE => "It asks whether it is so; a question says neither yes nor no.".into(),
        (Stance::Mentions, _) if cue.starts_with("roles swapped") => {
            "It has who did what to whom the other way round, so it does not say what the claim says.".into()
        }
        (Stance::Mentions, _) => "It is about the claim's subject but takes no position on it.".into(),
    };
    // Who decided, and how sure the language model is when it had a say.
    match (by, model_p(j, nli)) {
        // (A whole percent as an integer: formatting a float would pull float printing into
        // the WebAssembly, ~6 KB gzip.)
        (DecidedBy::Model, Some(p)) => why.push_str(&format!(" The language model decided ({}, {} %).", sureness(p), (p * 100.0).round() as u32)),
        (DecidedBy::Both, Some(p)) => why.push_str(&format!(" The rules and the language model agree ({}).", sureness(p))),
        (DecidedBy::Rules, Some(_)) if stance != Stance::Mentions || cue.starts_with("roles swapped") => {
            why.push_str(" The rules decided; the language model read it otherwise.")
        }
        _ => {}
    }
    why
}

/// Scores and probabilities to three decimals: enough for a reader, stable in tests.
fn round(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// The reader's one-line summary: each article counted once, by its verdict, so the counts add
/// up to the articles shown ("3 articles support it, 1 reports a denial."); second positions
/// are said apart ("Of these, 2 also report a denial.").
fn summarise(articles: &[ArticleReport]) -> String {
    if articles.is_empty() {
        return "Not covered by these articles: nothing in the corpus bears on this claim. That does not make it false.".into();
    }
    let order = [
        (Stance::Supports, "supports it", "support it", "also supports it", "also support it"),
        (Stance::Contradicts, "contradicts it", "contradict it", "also contradicts it", "also contradict it"),
        (Stance::Denial, "reports a denial", "report a denial", "also reports a denial", "also report a denial"),
        (Stance::Mentions, "only mentions it", "only mention it", "", ""),
    ];
    let by_verdict = |s: Stance| articles.iter().filter(|a| a.verdict == s).count();
    if articles.iter().all(|a| a.verdict == Stance::Mentions) {
        let n = articles.len();
        return format!(
            "{n} article{} mention{} the subject but take{} no position.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
            if n == 1 { "s" } else { "" }
        );
    }
    let mut parts = Vec::new();
    for (s, one, many, _, _) in order {
        match by_verdict(s) {
            0 => {}
            1 => parts.push(format!("1 {}{one}", if parts.is_empty() { "article " } else { "" })),
            n => parts.push(format!("{n} {}{many}", if parts.is_empty() { "articles " } else { "" })),
        }
    }
    let mut text = joined(&parts, ", ") + ".";
    let also: Vec<String> = order
        .iter()
        .filter(|o| o.0 != Stance::Mentions)
        .filter_map(|&(s, _, _, one, many)| {
            let n = articles.iter().filter(|a| a.verdict != s && a.stances.contains(&s)).count();
            (n > 0).then(|| format!("{n} {}", if n == 1 { one } else { many }))
        })
        .collect();
    if !also.is_empty() {
        text.push_str(&format!(" Of these, {}.", joined(&also, " and ")));
    }
    text
}

/// The parts with `sep` between them: `[String]::join` as a plain loop, which the
/// WebAssembly has room for where the standard library's generic join (about 0.5 KB gzip) is
/// not needed.
fn joined(parts: &[String], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Confidence, DecidedBy, Evidence};
    use crate::corpus::{Article, Corpus};
    use crate::stance::{Reason, Stance};
    use crate::Checker;

    fn checker(texts: &[&str]) -> Checker {
        let articles =
            texts.iter().enumerate().map(|(i, t)| Article { id: format!("a{i}"), title: format!("T{i}"), text: t.to_string(), ..Default::default() }).collect();
        let mut c = Checker::new(Corpus::new(articles).unwrap());
        c.set_nli_model(None); // the rules' reasons, whatever the model would say
        c
    }

    #[test]
    fn a_negated_claims_contradiction_read_without_its_negation_says_how_sure_the_model_was_of_that() {
        let j =
            crate::stance::Judgement { stances: vec![Stance::Contradicts], reason: Reason::ClaimNegated, cue: None, cue_at: None, speaker: None, score: 0.5 };
        // Sure of the claim as written (it reads past "no"), unsure that the sentence says it
        // without its negation, which decided.
        let nli = crate::verdict::Nli { unnegated: Some(0.55), ..crate::verdict::Nli::from_probs([0.99, 0.005, 0.005]) };
        let why = super::explain(&j, DecidedBy::Model, Some(&nli));
        assert!(why.ends_with("The language model decided (not very sure, 55 %)."), "{why}");
        assert_eq!(super::confidence(&j, DecidedBy::Model, Some(&nli)), Confidence::Low);
    }

    #[test]
    fn the_summary_counts_each_article_once() {
        let r = Checker::bundled().check("Turkey sent fighters from Syria to Azerbaijan.").unwrap();
        let first = r.summary.split('.').next().unwrap();
        let counted: usize = first.split(", ").map(|p| p.split(' ').next().unwrap().parse::<usize>().unwrap()).sum();
        assert_eq!(counted, r.articles.len(), "{}", r.summary);
        let with_two = r.articles.iter().filter(|a| a.stances.len() > 1).count();
        assert_eq!(r.summary.contains("Of these"), with_two > 0, "{}", r.summary);
    }

    #[test]
    fn every_stance_of_an_article_is_backed_by_a_shown_sentence() {
        let mut text: String = (0..7).map(|i| format!("On day {i}, officials said the army crossed the river near the old bridge. ")).collect();
        text.push_str("The army denied that it crossed the river.");
        let r = checker(&[&text]).check("The army crossed the river near the old bridge.").unwrap();
        let a = &r.articles[0];
        assert!(a.stances.contains(&Stance::Denial), "{:?}", a.stances);
        assert!(a.evidence_total > a.evidence.len(), "{} of {}", a.evidence.len(), a.evidence_total);
        for s in &a.stances {
            assert!(a.evidence.iter().any(|e| e.stances.contains(s)), "no shown sentence {s:?}");
        }
    }

    #[test]
    fn reasons_are_said_in_plain_words_with_the_rule_that_decided() {
        let c = checker(&[
            "Officials said 300 fighters crossed the border on Monday.",
            "The interior ministry denied that fighters crossed the border on Monday.",
            "Fighters did not cross the border on Monday, the army said.",
        ]);
        let r = c.check("3,000 fighters crossed the border on Monday.").unwrap();
        let ev = |i: usize| r.articles.iter().find(|a| a.id == format!("a{i}")).map(|a| a.evidence[0].clone()).expect("an article");
        let number = ev(0);
        assert_eq!((number.stance, number.reason), (Stance::Contradicts, Reason::Number));
        assert!(number.why.starts_with("It gives a different number: 300"), "{}", number.why);
        assert!(number.why.contains("where the claim says 3,000"), "{}", number.why);
        let denial = ev(1);
        assert_eq!((denial.stance, denial.reason), (Stance::Denial, Reason::Denial));
        assert_eq!(denial.why, "The interior ministry denied it (“denied”).");
        let negation = ev(2);
        assert_eq!(negation.stance, Stance::Contradicts);
        assert!(negation.why.starts_with("It says it did not happen"), "{}", negation.why);
        // The deciding words are marked for highlighting, and how sure the engine is, in words.
        let at = |e: &Evidence| e.cue_marks.iter().map(|&[a, b]| e.sentence[a..b].to_string()).collect::<Vec<_>>();
        assert_eq!(at(&number), ["300"]);
        assert_eq!(at(&denial), ["denied"]);
        assert_eq!(at(&negation), ["not"]);
        // Whole words only.
        assert_eq!(super::cue_marks("Another report, nothing new: it did not happen.", Some("not"), None), [[36, 39]]);
        assert_eq!(number.confidence, Confidence::High, "a structured conflict");
    }

    #[test]
    fn the_deciding_word_is_underlined_where_it_decided() {
        let text = "It is not known why, but the old plant did not close in March.";
        let mut c = Checker::new(Corpus::new(vec![Article { id: "a".into(), title: "T".into(), text: text.into(), ..Default::default() }]).unwrap());
        c.set_nli_model(None); // the rules' reading
        let r = c.check("The old plant closed in March.").unwrap();
        let e = &r.articles[0].evidence[0];
        assert_eq!((e.stance, e.cue.as_deref()), (Stance::Contradicts, Some("not")), "{e:?}");
        // The "not" of "did not close", not also the one of "not known".
        let second = e.sentence.rfind("not").unwrap();
        assert_eq!(e.cue_marks, [[second, second + 3]]);
    }

    #[test]
    fn confidence_says_who_agreed() {
        let c = Checker::new(
            Corpus::new(vec![Article {
                id: "a".into(),
                title: "T".into(),
                text: "Officials said 300 fighters crossed the border on Monday.".into(),
                ..Default::default()
            }])
            .unwrap(),
        );
        let r = c.check("Officials said 300 fighters crossed the border on Monday.").unwrap();
        let e = &r.articles[0].evidence[0];
        assert_eq!(e.stance, Stance::Supports);
        // Every word of the claim, asserted: the rules are sure.
        assert_eq!((e.decided_by, e.confidence), (DecidedBy::Rules, Confidence::High), "{e:?}");
        let rules_only = checker(&["Officials said fighters crossed the border near the river on Monday."]);
        let weak = rules_only.check("Fighters crossed the border near the old bridge on Monday.").unwrap();
        assert!(weak.articles[0].evidence.iter().all(|e| e.stance != Stance::Supports || e.confidence != Confidence::High), "{weak:?}");
    }

    #[test]
    fn a_denier_named_mid_sentence_opens_in_lower_case() {
        // "… and the study denied it", not "and The study"; names stay as written.
        assert_eq!(super::mid_sentence("The study"), "the study");
        assert_eq!(super::mid_sentence("An aide to the president"), "an aide to the president");
        assert_eq!(super::mid_sentence("Theo Marr"), "Theo Marr");
        assert_eq!(super::mid_sentence("Turkey"), "Turkey");
    }
}
