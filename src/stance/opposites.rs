//! Opposite acts: "cut" for "raised", and whether a negation or hedge before the opposite undoes
//! it.

use super::tuning::{HEDGE_GAP, OPPOSITE_NEG_GAP};
use super::words::is;
use crate::retrieve::candidates::{Claim, Hit};
use crate::retrieve::index::IndexedSentence;
use crate::text::analyze::Analysed;
use crate::text::lexicon::{Cue, WordClass};

/// Is the claim negated only by a cessation verb ("stopped supplying") that is itself the claim
/// word the sentence says the opposite of ("continued supplying")?
pub(super) fn negated_by_the_act(claim: &Claim, hit: &Hit) -> bool {
    let Some(&(ci, _)) = hit.opposites.first() else { return false };
    let mut negations = claim.analysed.cues.iter().filter(|c| matches!(c.kind, Cue::Negation | Cue::Failure)).peekable();
    negations.peek().is_some() && negations.all(|c| c.act && claim.terms[ci].spans.iter().any(|&(f, _)| f == c.first))
}

/// Does the sentence's negation or falsity word at token `at` undo a cessation or absence, so
/// that it says the act goes on and contradicts a negated claim? Either the claim's negation is
/// a cessation verb ("stopped performing") that the sentence says too ("reports that it had
/// halted …"), with the sentence's word at `at` another one — "called reports that it had
/// halted hip replacements simply wrong", "has not stopped making tyres" — or the sentence
/// negates a word of absence or cessation of its own, one the claim does not use ("has not
/// pulled out of Sunday's final" for "will not play in Sunday's final"). (Not the sentence's
/// own cessation: "stopped making tyres in May" says it.)
pub(super) fn undoes_the_act(claim: &Claim, hit: &Hit, s: &IndexedSentence, at: usize) -> bool {
    let a = &s.analysed;
    let Some(cue) = a.cues.iter().find(|c| c.first == at && !c.act) else { return false };
    let negation = cue.kind == Cue::Negation;
    // The claim's cessation said only where the sentence's word reaches it: right after a
    // negation ("has not stopped making"), or before a falsity word ("reports that it had
    // halted … were wrong"). Not a cessation said elsewhere ("A bus stopped outside the clinic,
    // which has not offered IVF since June"); the last one said decides ("… were wrong, but
    // the refinery has stopped" says it).
    let act_said = claim
        .analysed
        .cues
        .iter()
        .find(|c| matches!(c.kind, Cue::Negation | Cue::Failure))
        .filter(|c| c.act)
        .and_then(|c| claim.term_at(c.first))
        .and_then(|ci| hit.matched[ci].last())
        .is_some_and(|&(f, _)| if negation { f > cue.last && f <= cue.last + 3 } else { f < cue.first });
    // (The word of absence right after the negation, past an auxiliary: "has not pulled out",
    // "did not stop". Not "has not ruled out", which leaves it open.)
    act_said
        || (negation
            && !claim.analysed.has_cue(Cue::Absence)
            && (cue.last + 1..=cue.last + 2).any(|i| {
                a.tokens.get(i).is_some_and(|t| is(WordClass::Cessation, t))
                    || a.cues.iter().any(|c| c.first == i && c.kind == Cue::Absence && !c.phrase.starts_with("rul"))
            }))
}

/// The sentence says the opposite of a claim word ("cut rates" / "raised rates"), not negated.
pub(super) fn opposite_conflict(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    // A comparison turned round by "less" on one side only: the opposite in the same words.
    if let Some(cue) = super::roles::turned_comparison(claim, hit, s) {
        return Some((cue, hit.coverage));
    }
    let &(ci, (f, l)) = hit.opposites.first()?;
    // (Nor "may be unsafe", "is reportedly unhappy" against "is safe", "is happy": a hedged
    // state asserts nothing. Only for one word with and without a negating prefix: "was linked
    // to a lower risk", "as likely as" still contradict "raises the risk", "more likely than".)
    // (Nor a word of a caveat: "cause and effect" is no act against "prevents".)
    // (Nor the comparison said the other way round with the opposite word: "the Atlantic is
    // smaller than the Pacific" says "the Pacific is larger than the Atlantic".)
    if negated_opposite(claim, s, hit).is_some()
        || super::roles::converse_comparison(claim, hit, s)
        // (Nor the opposite act with the roles traded: "Kestrel Energy sold to Bram Oil" says
        // "Bram Oil has bought Kestrel Energy", "Finn criticised Holt" nothing of "Holt
        // praised Finn" — but a result traded still conflicts: "Chelsea won against Arsenal"
        // for "Arsenal beat Chelsea", `data/asymmetric.txt`.)
        || match super::roles::traded_roles(claim, hit, s) {
            Some(converse) => converse || !super::roles::asymmetric_between(&claim.analysed.tokens, claim.terms[ci].spans[0].0, claim.terms[ci].spans[0].1),
            None => false,
        }
        || (complementary(claim, s, ci, (f, l)) && cue_before(&s.analysed, Cue::Hedge, f, HEDGE_GAP).is_some())
        || s.analysed.cues_of(Cue::Caveat).any(|c| c.first <= f && f <= c.last)
    {
        return None;
    }
    let (cf, cl) = claim.terms[ci].spans[0];
    // (A noun of when, between a determiner and "of", is no act: "at the start of December 2019" says
    // nothing against "urge Turkey to stop interfering" — unless the sentence's word is one too.)
    let noun = |a: &Analysed, i: usize, j: usize| i > 0 && is(WordClass::Determiner, &a.tokens[i - 1]) && a.tokens.get(j + 1).is_some_and(|t| t.norm == "of");
    if noun(&claim.analysed, cf, cl) && !noun(&s.analysed, f, l) {
        return None;
    }
    // (Nor a word of another place: "southern Azerbaijan" against "northern Syria", the
    // claim's place after its word unsaid and the sentence's word before a place. Not "raised
    // interest rates" against "cut US interest rates".)
    if claim.term_at(cl + 1).is_some_and(|n| hit.matched[n].is_empty() && claim.terms[n].place.is_some())
        && s.analysed.terms.iter().any(|x| x.place.is_some() && x.first == l + 1)
    {
        return None;
    }
    let said = s.analysed.span(&s.text, f, l);
    Some((format!("{said} vs {}", claim.analysed.span(&claim.text, cf, cl)), hit.coverage))
}

/// The claim word's opposite in the sentence, negated: "did not cut" against "raised" is no
/// contradiction. `Some(true)` where the two are one word with and without a negating prefix,
/// complementary: "not armed" says "unarmed", "is not effective" says "ineffective".
pub(super) fn negated_opposite(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<bool> {
    let &(ci, (f, l)) = hit.opposites.first()?;
    let a = &s.analysed;
    let cue = cue_before(a, Cue::Negation, f, OPPOSITE_NEG_GAP)?;
    // Said plainly: nothing but function words between ("not an unqualified success", "not
    // seriously injured", "not yet open"), no "would" or plea before ("would not survive",
    // "pleaded not guilty"), and no limit after that the claim does not say ("not harmful in
    // small amounts", "not open to the public").
    let content = |i: usize| a.terms.iter().any(|x| x.content && x.first <= i && i <= x.last);
    let word = |i: usize| a.tokens[i].norm.as_str();
    let plain = !(cue.last + 1..f).any(|i| content(i) || word(i) == "yet")
        && !(cue.first.saturating_sub(3)..cue.first).any(|i| word(i).starts_with("plea") || (i + 1 == cue.first && is(WordClass::Belief, &a.tokens[i])));
    Some(plain && complementary(claim, s, ci, (f, l)) && !limited(s, hit, l) && !modifies_next(s, (f, l), false))
}

/// Does a phrase the claim does not say follow the sentence's word at `l`, in its clause: a
/// preposition and an unmatched word ("not open to the public", "not harmful in small
/// amounts")? Such a phrase limits what the word says.
fn limited(s: &IndexedSentence, hit: &Hit, l: usize) -> bool {
    let a = &s.analysed;
    let mut after_preposition = false;
    for i in l + 1..a.tokens.len() {
        let t = &a.tokens[i];
        // (Its clause ends at a mark or a word that opens another clause: "not open in July
        // while its plant is replaced" says July closed. Not a word that limits, "until",
        // "except", "during".)
        if !t.is_word() && !t.is_punct('-') || matches!(t.norm.as_str(), "while" | "because" | "although" | "though" | "whereas" | "and" | "but") {
            return false;
        }
        // ("at all" only stresses the negation: "will not open at all".)
        if t.norm == "all" && a.tokens[i - 1].norm == "at" {
            after_preposition = false;
            continue;
        }
        if is(WordClass::Preposition, t) || t.norm == "to" {
            after_preposition = true;
        } else if after_preposition && a.terms.iter().any(|x| x.content && x.first == i) && !hit.says_token(i) {
            return true;
        }
    }
    false
}

/// Is the sentence's word at `f..=l` a modifier of the noun after it ("an innocent bystander",
/// "a dead end", "legally required", "opened new stores") — or, with `object`, a verb with an
/// object of its own ("opened a new production line") — so that it says nothing of the
/// claim's subject alone?
pub(super) fn modifies_next(s: &IndexedSentence, (f, l): (usize, usize), object: bool) -> bool {
    let a = &s.analysed;
    let next = |w: WordClass| a.tokens.get(l + 1).is_some_and(|t| is(w, t));
    a.terms.iter().any(|x| x.content && x.first == l + 1) || (f > 0 && is(WordClass::Determiner, &a.tokens[f - 1])) || (object && next(WordClass::Determiner))
}

/// The cue of `kind` ending at most `gap` tokens before token `at`, if any.
fn cue_before(a: &Analysed, kind: Cue, at: usize, gap: usize) -> Option<&crate::text::analyze::CueHit> {
    a.cues.iter().find(|c| c.kind == kind && c.last < at && at - c.last <= gap)
}

/// Are claim term `ci` and the sentence's words `f..=l` complementary opposites, one word each
/// ("unarmed" / "armed", "ineffective" / "effective", "died" / "survived")?
pub(super) fn complementary(claim: &Claim, s: &IndexedSentence, ci: usize, (f, l): (usize, usize)) -> bool {
    let (cf, cl) = claim.terms[ci].spans[0];
    cf == cl && f == l && crate::text::analyze::complementary(&claim.analysed.tokens[cf].norm, &s.analysed.tokens[f].norm)
}
