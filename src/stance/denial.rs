//! Denials and attribution: who denied what ("Turkey … denied sending foreign mercenaries"), how
//! much of the claim the denied words cover, a denial pointing back ("have denied this"), and
//! whether a claim's own speaker is the one reporting.

use super::judgement::{Judgement, Reason, Stance};
use super::negation::negated_before;
use super::tuning::{DENIED_CONTENT_MIN, DENIED_PREDICATE_MIN};
use super::words::is;
use crate::retrieve::candidates::{Claim, Hit, STANCE_MIN};
use crate::retrieve::index::{Index, IndexedSentence};
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, WordClass};

pub(super) fn first_speaker(s: &IndexedSentence) -> Option<String> {
    s.speaker_names.iter().flatten().next().cloned()
}

pub(super) fn denial_judgement(claim: &Claim, s: &IndexedSentence, k: usize, at: &crate::text::speaker::Attribution, hit: &Hit, coverage: f32) -> Judgement {
    // Someone denying P asserts not-P: that supports a negated claim. A claim about what
    // someone said is about them: their own denial supports "X denied P" and contradicts "X
    // said P". Anyone else's denial of P denies what X is said to have said (or that X said
    // it), but tells nothing of whether X denied it too.
    // Denying a negation asserts what it negates: "the airline denied that it would stop
    // flying to Oslo" denies "the airline will stop flying to Oslo" and says it will keep
    // flying there (as calling a negation false does, below in `judge`).
    let negated = claim.negated != denies_a_negation(&s.analysed, at, hit);
    let (stance, reason) = match &claim.attribution {
        // ("X has not denied P": their denial contradicts it.)
        Some((kind, _)) if by_claims_speaker(claim, s, k) => {
            let agrees = if denial_negated(claim) { false } else { *kind == Cue::Denial || negated };
            (if agrees { Stance::Supports } else { Stance::Contradicts }, Reason::Denial)
        }
        Some((Cue::Denial, _)) => (Stance::Mentions, Reason::None),
        // (A plain claim said by denying its negation: "It says what the claim says.")
        _ if negated => (Stance::Supports, if claim.negated { Reason::ClaimNegated } else { Reason::Negation }),
        _ => (Stance::Denial, Reason::Denial),
    };
    let j = Judgement { stances: Vec::new(), reason, cue: None, cue_at: None, speaker: s.speaker_names[k].clone(), score: 0.0 };
    j.marked(stance, reason, s, (at.cue_first, at.cue_last), coverage)
}

/// Does what `at` denies negate the claim's words of its own ("denied that it would stop
/// flying to Oslo", "denied reports that it had failed to pay")? For "X denied P", in P's
/// clause after the cue; for "reports that P were denied" (a passive attribution), before it.
fn denies_a_negation(a: &Analysed, at: &crate::text::speaker::Attribution, hit: &Hit) -> bool {
    let (from, to) = if at.passive { (0, at.cue_first) } else { (at.cue_last + 1, a.clause_around(at.cue_first, at.cue_last).1) };
    // (What it negates is the first content word after it, and that must be one of the
    // claim's: not "which has not filed accounts", "without appointments", nor "stop making"
    // for "end production".)
    let negated =
        |c: &crate::text::analyze::CueHit| a.terms.iter().find(|t| t.content && t.first > c.last).is_some_and(|t| t.first < to && hit.says_token(t.first));
    a.cues.iter().any(|c| matches!(c.kind, Cue::Negation | Cue::Failure) && (from..to).contains(&c.first) && negated(c))
}

/// The claim negates a denial: "Turkey has not denied …", "never denied".
fn denial_negated(claim: &Claim) -> bool {
    claim.analysed.cues.iter().any(|d| d.kind == Cue::Denial && negated_before(&claim.analysed, d.first))
}

/// A live denial in a sentence the model took a position on (see [`model_denial`]).
#[derive(Debug, Clone)]
pub enum ModelDenial {
    /// It denies the claim: the judgement names who denied it.
    Of(Judgement),
    /// It denies something else: most of the claim's words the sentence matches lie outside
    /// what is denied (in the denier, or in another clause).
    OfSomethingElse,
}

/// The reading of a sentence in which someone denies something that a learned model found to
/// be about the claim (it called the pair entailment or contradiction): a denial by that
/// speaker — or, for a negated claim, support — when what is denied holds enough of the
/// claim's matched words ([`DENIED_CONTENT_MIN`]). `None` when the sentence has no live
/// denial ("has not denied", "the disputed region" are none).
pub fn model_denial(index: &Index, claim: &Claim, hit: &Hit, s: &IndexedSentence, coverage: f32) -> Option<ModelDenial> {
    let a = &s.analysed;
    let (k, at) = s.attributions.iter().enumerate().find(|(_, at)| live_denial(a, at))?;
    if denied_content_share(index, claim, hit, a, at) < DENIED_CONTENT_MIN {
        return Some(ModelDenial::OfSomethingElse);
    }
    Some(ModelDenial::Of(denial_judgement(claim, s, k, at, hit, coverage)))
}

/// Does someone in the sentence not deny the claim ("Norland has not denied sending troops",
/// "did not deny accepting a bribe")? A denial negated over the claim's words says nothing
/// either way of them: no admission, and no negation of the claim. (Not for a claim about what
/// someone said or denied, nor a negated claim: those read the denial themselves.)
pub fn leaves_undenied(index: &Index, claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let a = &s.analysed;
    claim.attribution.is_none()
        && !claim.negated
        && s.attributions
            .iter()
            .any(|at| at.kind == Cue::Denial && negated_before(a, at.cue_first) && denial_scope_coverage(index, claim, hit, a, at) >= STANCE_MIN * 0.75)
}

/// Is `at` a denial that denies something: not negated ("did not deny") and not a participle
/// used as an adjective ("the disputed region")?
pub(super) fn live_denial(a: &Analysed, at: &crate::text::speaker::Attribution) -> bool {
    at.kind == Cue::Denial && !negated_before(a, at.cue_first) && !attributive(a, at)
}

/// "the disputed region", "a rejected plan": a denial participle used as an adjective.
fn attributive(a: &Analysed, at: &crate::text::speaker::Attribution) -> bool {
    rejects_a_thing(a, at) || attributive_participle(a, at)
}

/// Does sentence `s` say what it says as said by the claim's speaker ("Lavrov said …" for a
/// claim that Lavrov said something): an attribution to them, or (with no attribution in the
/// sentence, as in a headline "… — Macron") their name in it? False for a claim attributed to
/// no one.
pub fn said_by_claims_speaker(claim: &Claim, s: &IndexedSentence) -> bool {
    let Some((_, speaker_keys)) = &claim.attribution else { return false };
    let mut reports = reports_in(s).peekable();
    let named = || s.analysed.terms.iter().any(|t| t.content && speaker_keys.contains(&t.key));
    if reports.peek().is_none() {
        return named();
    }
    reports.any(|(k, _)| by_claims_speaker(claim, s, k))
}

/// Does sentence `s` give what it says as said by someone other than the claim's speaker, by
/// name ("France has said …" for a claim that Lavrov said something) — or as no one's? A
/// speaker in other words ("officers", "she", "the prime minister") may be the claim's: not
/// someone else.
pub fn said_by_someone_else(claim: &Claim, s: &IndexedSentence) -> bool {
    if claim.attribution.is_none() || said_by_claims_speaker(claim, s) {
        return false;
    }
    let a = &s.analysed;
    let mut reports = reports_in(s).peekable();
    reports.peek().is_none()
        || reports.any(|(_, at)| {
            at.speaker.is_some_and(|(f, l)| {
                // (A first word is capitalised anyway; set off by a comma, "Macron, who …, said",
                // it is a name.)
                a.terms.iter().any(|t| {
                    t.first >= f
                        && t.last <= l
                        && (t.place.is_some() || ((t.first > 0 || a.tokens.get(t.last + 1).is_some_and(|n| n.is_punct(','))) && a.tokens[t.first].capitalized))
                })
            })
        })
}

/// The sentence's attributions that report or confirm something, with their index.
pub(super) fn reports_in(s: &IndexedSentence) -> impl Iterator<Item = (usize, &crate::text::speaker::Attribution)> {
    s.attributions.iter().enumerate().filter(|(_, at)| matches!(at.kind, Cue::Report | Cue::Confirm))
}

/// Is the sentence's attribution `k` (a report or denial) by the speaker the claim names:
/// a speaker key in common ("Ankara" for "Turkey")?
pub(super) fn by_claims_speaker(claim: &Claim, s: &IndexedSentence, k: usize) -> bool {
    claim.attribution.as_ref().is_some_and(|(_, keys)| s.speaker_keys[k].iter().any(|x| keys.contains(x)))
}

/// "Rejects $800 million deal", "dismissed the coach": rejecting a thing is an act, not a
/// denial of what was said; the analysis marks such a cue (`CueHit::act`).
fn rejects_a_thing(a: &Analysed, at: &crate::text::speaker::Attribution) -> bool {
    a.cues.iter().any(|c| c.first == at.cue_first && c.kind == Cue::Denial && c.act)
}

fn attributive_participle(a: &Analysed, at: &crate::text::speaker::Attribution) -> bool {
    let cue = &a.tokens[at.cue_last].norm;
    let before = at.cue_first.checked_sub(1).map(|i| a.tokens[i].norm.as_str());
    let after = a.tokens.get(at.cue_last + 1).map(|t| t.norm.as_str());
    cue.ends_with("ed") && before.is_some_and(|w| w == "that" || lexicon().is(WordClass::Determiner, w)) && !matches!(after, Some("by" | "that"))
}

/// How much of the claim the denial is about: for "X denied Y", X and Y; for "Y, an assertion
/// denied by X" or "Y, which X has denied", what comes before the cue.
pub(super) fn denial_scope_coverage(index: &Index, claim: &Claim, hit: &Hit, a: &Analysed, at: &crate::text::speaker::Attribution) -> f32 {
    let passive = denies_what_came_before(a, at);
    let in_scope = |f: usize, l: usize| {
        if passive {
            l < at.cue_first
        } else {
            f > at.cue_last || at.speaker.is_some_and(|(sf, sl)| f >= sf && l <= sl)
        }
    };
    let total = claim.weight(index);
    if total <= 0.0 {
        return 0.0;
    }
    let got: f32 = claim.terms.iter().enumerate().filter(|(ci, _)| hit.matched[*ci].iter().any(|&(f, l)| in_scope(f, l))).map(|(_, t)| index.idf(&t.key)).sum();
    got / total
}

/// Of the claim's words the sentence matches, the share (by IDF weight) matched inside what
/// is denied — after the cue ("denied sending arms"), or before it for "…, an assertion
/// denied by X" — not in the denier: "Y said P, an assertion denied by an aide to Aliyev" is
/// no denial of a claim about what Aliyev said.
fn denied_content_share(index: &Index, claim: &Claim, hit: &Hit, a: &Analysed, at: &crate::text::speaker::Attribution) -> f32 {
    denied_share(index, claim, hit, a, at, DeniedOf::Matched).unwrap_or(0.0)
}

/// Of the claim's predicate — its words that are not names, less those the denier says ("The
/// minister denied misleading parliament": "minister" cannot be denied) — the share (by IDF
/// weight) the sentence says inside what the denial `at` denies. 1 when nothing is left.
pub(super) fn denied_predicate_share(index: &Index, claim: &Claim, hit: &Hit, a: &Analysed, at: &crate::text::speaker::Attribution) -> f32 {
    denied_share(index, claim, hit, a, at, DeniedOf::Predicate).unwrap_or(1.0)
}

/// Which claim words [`denied_share`] weighs.
#[derive(Clone, Copy, PartialEq)]
enum DeniedOf {
    /// The words the sentence matches.
    Matched,
    /// The words that are not names, but for those matched in the denier.
    Predicate,
}

/// The share (by IDF weight) of the claim words `of` that the sentence matches inside what the
/// denial `at` denies; `None` when there are no such words.
fn denied_share(index: &Index, claim: &Claim, hit: &Hit, a: &Analysed, at: &crate::text::speaker::Attribution, of: DeniedOf) -> Option<f32> {
    let passive = denies_what_came_before(a, at);
    let in_denier = |&(f, l): &(usize, usize)| at.speaker.is_some_and(|(sf, sl)| f >= sf && l <= sl);
    let (mut all, mut got) = (0.0, 0.0);
    for (ci, t) in claim.terms.iter().enumerate() {
        let m = &hit.matched[ci];
        let weighed = match of {
            DeniedOf::Matched => !m.is_empty(),
            DeniedOf::Predicate => !t.name && (m.is_empty() || !m.iter().all(in_denier)),
        };
        if !weighed {
            continue;
        }
        let w = index.idf(&t.key);
        all += w;
        if m.iter().any(|&(f, l)| in_denied_content(at, passive, f, l)) {
            got += w;
        }
    }
    (all > 0.0).then(|| got / all)
}

/// Does the denial `at` deny what comes before its cue ("…, an assertion denied by X", "…,
/// which X has denied", "the claim that P has been debunked") rather than what follows it
/// ("X denied sending arms")?
fn denies_what_came_before(a: &Analysed, at: &crate::text::speaker::Attribution) -> bool {
    // A passive denial denies its subject when that is something said ("reports that …",
    // "that P"); "the visa was denied" is an act on a thing.
    // ("reports that … were denied", "the claims … dismissed"; not "the man, who faces charges
    // of fraud, was denied bail").
    let said_before = || {
        a.tokens.first().is_some_and(|t| t.norm == "that")
            || a.tokens[..at.cue_first].windows(2).any(|w| is(WordClass::ReportNoun, &w[0]) && w[1].norm == "that")
            || a.tokens[..at.cue_first].iter().rev().take(4).any(|t| is(WordClass::ReportNoun, t))
    };
    // "Asked about reports that P, the minister denied them": a pronoun object ending the
    // clause points back.
    let pronoun_object = a.tokens.get(at.cue_last + 1).is_some_and(|t| matches!(t.norm.as_str(), "it" | "them" | "this" | "these" | "those"))
        && a.tokens.get(at.cue_last + 2).is_none_or(|t| !t.is_word());
    (at.passive && said_before())
        || (pronoun_object && said_before())
        || a.tokens.get(at.cue_last + 1).is_some_and(|t| t.norm == "by")
        || (at.cue_first > 0
            && at.speaker.is_some_and(|(_, l)| l + 4 >= at.cue_first)
            && a.tokens[..at.cue_first].iter().rev().take(6).any(|t| t.norm == "which" || is(WordClass::ReportNoun, t)))
}

/// Do tokens `f..=l` lie in what the denial `at` denies — after the cue ("denied sending
/// arms"), or before it when it denies what came before (`passive`, from
/// [`denies_what_came_before`]) — and not in the denier?
fn in_denied_content(at: &crate::text::speaker::Attribution, passive: bool, f: usize, l: usize) -> bool {
    let in_speaker = at.speaker.is_some_and(|(sf, sl)| f >= sf && l <= sl);
    !in_speaker && if passive { l < at.cue_first } else { f > at.cue_last }
}

/// A sentence that says some of the claim's words only inside what someone denies ("Turkey
/// … said it would provide assistance if requested, but denied sending … arms" for "Ankara
/// supplied arms") does not assert the claim, however much of it the sentence covers: it is
/// a denial of the claim when what is denied holds enough of the claim's matched words
/// ([`DENIED_CONTENT_MIN`]), else only a mention. `None` when every matched word is said
/// outside the sentence's live denials.
pub(super) fn denied_part(index: &Index, claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<Option<Judgement>> {
    let a = &s.analysed;
    s.attributions.iter().enumerate().filter(|(_, at)| live_denial(a, at)).find_map(|(k, at)| {
        let passive = denies_what_came_before(a, at);
        let only_denied = claim
            .terms
            .iter()
            .enumerate()
            .any(|(ci, _)| !hit.matched[ci].is_empty() && hit.matched[ci].iter().all(|&(f, l)| in_denied_content(at, passive, f, l)));
        only_denied.then(|| {
            (denied_content_share(index, claim, hit, a, at) >= DENIED_CONTENT_MIN && denied_predicate_share(index, claim, hit, a, at) >= DENIED_PREDICATE_MIN)
                .then(|| denial_judgement(claim, s, k, at, hit, hit.coverage))
        })
    })
}
