//! The stance of one evidence sentence towards a claim: supports, contradicts (negation,
//! conflicting numbers, dates, places, closed lists, failed attempts), denial (someone denied
//! it, possibly pointing back to the previous sentence) or mentions. Claims that are
//! themselves negated or attributed ("Turkey confirmed …") are handled here too.

use crate::analyze::Analysed;
use crate::index::{Index, IndexedSentence};
use crate::lexicon::{Cue, PlaceKind};
use crate::matcher::{not_only, Claim, Hit, STANCE_MIN};
use crate::numbers::QKind;
use crate::report::Stance;

/// What one sentence says about the claim.
#[derive(Debug, Clone)]
pub struct Judgement {
    /// One or two stances (a sentence can report an assertion and its denial).
    pub stances: Vec<Stance>,
    /// The words that decided it ("denied", "not", "15 vs over 30" …).
    pub cue: Option<String>,
    /// Who said it (or who denied it).
    pub speaker: Option<String>,
    pub score: f32,
}

/// Content words a negation looks ahead over (NegEx uses a window of about five words).
const NEG_WINDOW: usize = 4;

pub fn judge(index: &Index, claim: &Claim, hit: &Hit) -> Judgement {
    let s = &index.sentences[hit.sentence];
    let a = &s.analysed;
    let text_of = |f: usize, l: usize| a.span(&s.text, f, l).to_string();
    let mut j = Judgement { stances: vec![Stance::Mentions], cue: None, speaker: first_speaker(s), score: hit.coverage * 0.5 };
    let matched_tokens: Vec<usize> = hit.matched.iter().flatten().flat_map(|&(f, l)| f..=l).collect();

    // Denials: by whom, and whether the denial itself is negated ("did not deny").
    let denials: Vec<(usize, &crate::speaker::Attribution)> = s
        .attributions
        .iter()
        .enumerate()
        .filter(|(_, at)| at.kind == Cue::Denial && !negated_before(a, at.cue_first))
        .collect();
    let reports: Vec<(usize, &crate::speaker::Attribution)> =
        s.attributions.iter().enumerate().filter(|(_, at)| matches!(at.kind, Cue::Report | Cue::Confirm)).collect();

    if hit.linked {
        if let Some(&(k, at)) = denials.first() {
            return denial_judgement(claim, s, k, at, hit.coverage, &text_of);
        }
    }

    // Conflicts are judged on the rest of the claim: the conflicting slot may differ.
    let conflict = number_conflict(claim, s)
        .or_else(|| date_conflict(claim, s))
        .or_else(|| place_conflict(index, claim, s, hit))
        .or_else(|| list_conflict(index, claim, s, hit));
    let strong = hit.coverage >= STANCE_MIN || conflict.as_ref().is_some_and(|c| c.1 >= STANCE_MIN);
    if !strong {
        return j;
    }

    // Attributed claims: "Turkey confirmed that …" is about what Turkey said.
    if let Some((kind, ref speaker_keys)) = claim.attribution {
        let by_speaker = |k: usize| s.speaker_keys[k].iter().any(|x| speaker_keys.contains(x));
        if let Some(&(k, at)) = denials.iter().find(|(k, _)| by_speaker(*k)) {
            j.stances = vec![if kind == Cue::Denial { Stance::Supports } else { Stance::Contradicts }];
            j.cue = Some(text_of(at.cue_first, at.cue_last));
            j.speaker = s.speaker_names[k].clone();
            j.score = hit.coverage;
            return j;
        }
        // Said by the claim's speaker: an attribution to them, or (with no attribution in the
        // sentence, as in a headline "… — Macron") their name in the sentence.
        let named = || a.terms.iter().any(|t| t.content && speaker_keys.contains(&t.key));
        let said_by_speaker = reports.iter().any(|(k, _)| by_speaker(*k)) || (reports.is_empty() && named());
        if kind == Cue::Denial || !said_by_speaker {
            return j;
        }
        // The speaker said it and someone else denied it: both are reported. (Someone else's
        // denial alone does not deny that the speaker said it.)
        if let Some(&(k, at)) = denials.first() {
            let mut d = denial_judgement(claim, s, k, at, hit.coverage, &text_of);
            if conflict.is_none() {
                d.stances.insert(0, Stance::Supports);
            }
            return d;
        }
    } else if let Some(&(k, at)) = denials.first() {
        let mut d = denial_judgement(claim, s, k, at, hit.coverage, &text_of);
        // "X said …, an assertion denied by Y": the sentence also reports the assertion.
        let asserted = reports.iter().any(|(rk, r)| {
            r.cue_first < at.cue_first && s.speaker_keys[*rk] != s.speaker_keys[k] && r.speaker.is_some()
        });
        if asserted && !claim.negated && conflict.is_none() {
            d.stances.insert(0, Stance::Supports);
        }
        return d;
    }

    let sentence_negated = negation_hits(a, &matched_tokens).or_else(|| failed_attempt(a, &matched_tokens));
    if let Some((cue_text, cov)) = conflict {
        j.stances = vec![if claim.negated { Stance::Mentions } else { Stance::Contradicts }];
        j.cue = Some(cue_text);
        j.score = cov;
        return j;
    }
    match (sentence_negated, claim.negated) {
        (Some((f, l)), false) => {
            j.stances = vec![Stance::Contradicts];
            j.cue = Some(text_of(f, l));
        }
        (None, true) => {
            j.stances = vec![Stance::Contradicts];
            j.cue = claim.analysed.cues.iter().find(|c| matches!(c.kind, Cue::Negation | Cue::Failure)).map(|c| format!("claim says “{}”", c.phrase));
        }
        (Some((f, l)), true) => {
            j.stances = vec![Stance::Supports];
            j.cue = Some(text_of(f, l));
        }
        (None, false) => {
            // Support needs the claim's specifics: a sentence without its number or date only
            // mentions the story.
            if lacks_specifics(claim, s) {
                return j;
            }
            j.stances = vec![Stance::Supports];
            j.cue = reports.first().map(|(_, r)| text_of(r.cue_first, r.cue_last));
        }
    }
    j.score = hit.coverage * if a.has_cue(Cue::Hedge) { 0.85 } else { 1.0 };
    j
}

fn first_speaker(s: &IndexedSentence) -> Option<String> {
    s.speaker_names.iter().flatten().next().cloned()
}

fn denial_judgement(
    claim: &Claim,
    s: &IndexedSentence,
    k: usize,
    at: &crate::speaker::Attribution,
    coverage: f32,
    text_of: &dyn Fn(usize, usize) -> String,
) -> Judgement {
    // Someone denying P asserts not-P: that supports a negated claim.
    let stance = if claim.negated { Stance::Supports } else { Stance::Denial };
    Judgement {
        stances: vec![stance],
        cue: Some(text_of(at.cue_first, at.cue_last)),
        speaker: s.speaker_names[k].clone(),
        score: coverage,
    }
}

/// Is the cue at `first` itself negated ("did not deny")?
fn negated_before(a: &Analysed, first: usize) -> bool {
    a.cues.iter().any(|c| c.kind == Cue::Negation && c.last < first && first - c.last <= 2)
}

/// A negation whose scope (the next few content words, up to clause punctuation) is mostly
/// about the claim's matched terms. Returns the cue's token range.
fn negation_hits(a: &Analysed, matched: &[usize]) -> Option<(usize, usize)> {
    for c in a.cues.iter().filter(|c| c.kind == Cue::Negation) {
        if not_only(a, c.last) {
            continue;
        }
        let (mut hit, mut miss, mut seen) = (0, 0, 0);
        // Scope: following tokens until punctuation.
        for i in c.last + 1..a.tokens.len() {
            let t = &a.tokens[i];
            if !t.is_word() {
                if matches!(t.norm.as_str(), "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "\"") {
                    break;
                }
                continue;
            }
            if t.norm == "but" {
                break;
            }
            let content = a.terms.iter().any(|x| x.content && x.first <= i && i <= x.last);
            if !content {
                continue;
            }
            seen += 1;
            if matched.contains(&i) {
                hit += 1;
            } else {
                miss += 1;
            }
            if seen >= NEG_WINDOW {
                break;
            }
        }
        // Also the subject a pre-verbal negation sits after ("Nobody was killed"): the cue itself.
        if hit > 0 && hit > miss {
            return Some((c.first, c.last));
        }
    }
    None
}

/// "tried to regain …, but … repelled the attack": an attempt that failed negates what was
/// attempted.
fn failed_attempt(a: &Analysed, matched: &[usize]) -> Option<(usize, usize)> {
    let attempt = a.cues.iter().find(|c| c.kind == Cue::Attempt)?;
    let failure = a.cues.iter().find(|c| c.kind == Cue::Failure && c.first > attempt.last)?;
    let inside = matched.iter().filter(|&&i| i > attempt.last && i < failure.first).count();
    (inside > 0).then_some((failure.first, failure.last))
}

/// Numbers or years in the claim that every number of the same kind in the sentence rules out.
fn number_conflict(claim: &Claim, s: &IndexedSentence) -> Option<(String, f32)> {
    for kind in [QKind::Count, QKind::Year] {
        let cq: Vec<_> = claim.quantities.iter().filter(|q| q.kind == kind).collect();
        let sq: Vec<_> = s.quantities.iter().filter(|q| q.kind == kind).collect();
        if cq.is_empty() || sq.is_empty() {
            continue;
        }
        for c in &cq {
            // Compare with the numbers that count the same thing, if the sentence says which.
            let same: Vec<_> = sq.iter().filter(|x| x.heads.iter().any(|h| c.heads.contains(h))).copied().collect();
            let sq = if same.is_empty() { &sq } else { &same };
            if sq.iter().all(|x| !c.compatible(x)) {
                let said = |a: &Analysed, text: &str, at: usize| a.span(text, at, at).to_string();
                let cue = format!(
                    "{} vs {}",
                    said(&s.analysed, &s.text, sq[0].at),
                    said(&claim.analysed, &claim.text, c.at)
                );
                return Some((cue, 1.0));
            }
        }
    }
    None
}

/// A month (and day) in the claim that no date in the sentence agrees with.
fn date_conflict(claim: &Claim, s: &IndexedSentence) -> Option<(String, f32)> {
    if claim.dates.is_empty() || s.dates.is_empty() {
        return None;
    }
    let agree = |c: &crate::numbers::Date| {
        s.dates.iter().any(|d| d.month == c.month && (c.day.is_none() || d.day.is_none() || c.day == d.day))
    };
    claim.dates.iter().find(|c| !agree(c)).map(|_| ("a different date".to_string(), 1.0))
}

/// Where: the claim says "in Paris", the sentence "in Brussels".
fn place_conflict(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let a = &s.analysed;
    for (ci, ct) in claim.terms.iter().enumerate() {
        if !ct.locative || !hit.matched[ci].is_empty() || !matches!(ct.place, Some(PlaceKind::City | PlaceKind::Country)) {
            continue;
        }
        let claim_country = ct.also.clone().unwrap_or_else(|| ct.key.clone());
        let other = a.terms.iter().find(|t| {
            t.first > 0
                && matches!(a.tokens[t.first - 1].norm.as_str(), "in" | "at")
                && matches!(t.place, Some(PlaceKind::City | PlaceKind::Country))
                && t.key != ct.key
                && match (ct.place, t.place) {
                    (Some(PlaceKind::City), Some(PlaceKind::City)) => true,
                    // A city in another country, or a country the claimed city is not in.
                    _ => t.also.as_deref().unwrap_or(&t.key) != claim_country,
                }
        })?;
        let cov = hit.coverage_without(index, claim, ci);
        return Some((format!("in {}", a.span(&s.text, other.first, other.last)), cov));
    }
    None
}

/// A closed list ("co-chaired by Russia, France and the US") that leaves out the claim's
/// member ("Germany co-chairs …").
fn list_conflict(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let a = &s.analysed;
    let closed = a.cues.iter().filter(|c| c.kind == Cue::Closed).collect::<Vec<_>>();
    if closed.is_empty() {
        return None;
    }
    // Country-level keys of places in coordinated lists of two or more.
    let places: Vec<&crate::analyze::Term> = a.terms.iter().filter(|t| t.place.is_some()).collect();
    let mut lists: Vec<Vec<&crate::analyze::Term>> = Vec::new();
    for t in places {
        let joined = lists.last().and_then(|l| l.last()).is_some_and(|prev: &&crate::analyze::Term| {
            (prev.last + 1..t.first).all(|i| {
                let w = &a.tokens[i].norm;
                w == "," || w == "and" || w == "the" || w == "-"
            }) && t.first > prev.last
        });
        if joined {
            lists.last_mut().unwrap().push(t);
        } else {
            lists.push(vec![t]);
        }
    }
    let country = |key: &str, also: &Option<String>| also.clone().unwrap_or_else(|| key.to_string());
    for list in lists.iter().filter(|l| l.len() >= 2) {
        let near_cue = closed.iter().any(|c| c.last + 6 >= list[0].first && c.first <= list.last().unwrap().last + 6);
        if !near_cue {
            continue;
        }
        let members: Vec<String> = list.iter().map(|t| country(&t.key, &t.also)).collect();
        let claim_places: Vec<(usize, String)> = claim.terms.iter().enumerate().filter(|(_, t)| t.place.is_some()).map(|(i, t)| (i, country(&t.key, &t.also))).collect();
        if claim_places.iter().any(|(_, c)| members.contains(c)) {
            continue;
        }
        if let Some((ci, _)) = claim_places.iter().find(|(ci, _)| hit.matched[*ci].is_empty()) {
            let cov = hit.coverage_without(index, claim, *ci);
            let shown = format!("{} – {}", a.span(&s.text, closed[0].first, closed[0].last), a.span(&s.text, list[0].first, list.last().unwrap().last));
            return Some((shown, cov));
        }
    }
    None
}

/// The claim names a number or year the sentence does not mention at all.
fn lacks_specifics(claim: &Claim, s: &IndexedSentence) -> bool {
    [QKind::Count, QKind::Year].iter().any(|&k| {
        claim.quantities.iter().any(|q| q.kind == k) && !s.quantities.iter().any(|q| q.kind == k)
    })
}
