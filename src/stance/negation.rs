//! Negation and falsity: a sentence negating the claim's words (NegEx-style, a few words ahead),
//! negating what a negated claim negates, a failed attempt, and a story called false.

use super::opposites::negated_opposite;
use super::tuning::{NEG_WINDOW, SET_ASIDE_WINDOW};
use super::words::{auxiliary, is, RELATIVE};
use crate::retrieve::candidates::{not_only, Claim, Hit, PREDICATE_MIN};
use crate::retrieve::index::{Index, IndexedSentence};
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, WordClass};
use crate::text::speaker::passive;

/// Words after "no" or "not" by which a negation says something positive: no risk, no equal.
const SAYS_BY_NEGATION: &[&str] = &[
    "risk", "risks", "danger", "threat", "harm", "concern", "concerns", "worry", "worries", "problem", "problems", "doubt", "injury", "rival", "rivals",
    "equal", "match", "peer", "parallel",
];

/// Is a name the claim's negation reaches unsaid ("Macron did not visit \[Lithuania\]" against
/// "… during a visit to Latvia", "Russia does not consider \[Azerbaijan\] a partner" against "…
/// considers \[Armenia\] a partner")? What the sentence asserts is then about another, and says
/// nothing against the claim. (Names before the negation are its subject, which a passage may
/// leave to a pronoun: "she … her eldest son … abdicated" for "Mary of Teck's son never
/// abdicated".)
pub fn negated_name_unsaid(claim: &Claim, hit: &Hit) -> bool {
    claim.terms.iter().zip(&hit.matched).any(|(t, m)| {
        t.name
                && m.is_empty()
                // (A place after "of" is most often part of what it names: "Storm closes
                // harbour" says "the harbour of Porto".)
                && t.preposition != Some("of")
                && claim.analysed.cues.iter().any(|c| c.kind == Cue::Negation && t.spans.iter().any(|&(f, _)| f > c.last))
    })
}

/// A negation right after one of the sentence's words that matched the claim, in its clause,
/// where a word the claim says of them is unmatched: the sentence may negate the claim's
/// predicate in other words ("Coravex did not extend survival" for "Coravex improved
/// survival", "the warning was no longer in effect" for "the warning remains in force"), and
/// does not plainly say it. The model then judges.
pub(super) fn negates_unsaid(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let a = &s.analysed;
    let word = |i: usize, w: &[&str]| a.tokens.get(i).is_some_and(|t| w.contains(&t.norm.as_str()));
    negated_opposite(claim, s, hit) != Some(true)
        && claim.terms.iter().zip(&hit.matched).any(|(t, m)| m.is_empty() && !t.name)
        && a.cues.iter().any(|c| {
            // Right after a matched word, in its clause: only words between, none that starts
            // another clause or predicate ("lived longer and suffered no side effects",
            // "patients who had never smoked", "; no tsunami warning was issued").
            let Some(m) = (0..c.first).rev().find(|&i| hit.says_token(i)) else { return false };
            let plain = (m + 1..c.first).all(|i| a.tokens[i].is_word() && !is(WordClass::Coordinator, &a.tokens[i]) && !word(i, RELATIVE));
            // (Nor emphasis, "no doubt" (`not_only`), nor "never before".)
            c.kind == Cue::Negation && plain && !not_only(a, c.last) && !word(c.last + 1, &["before"])
        })
}

/// A falsity cue ("hoax", "incorrect", "not true") about what the sentence reports: after
/// some of the claim's words or a report noun ("reports that … are false"), or before a "that"
/// and the claim's words ("the myth that …"), and not itself negated ("is not false").
/// "… was wrong" says so of a report only ("reports of a positive test were wrong"), not of an
/// act ("the ban was wrong", "a UN report said the shelling was wrong": the report says it).
// (Not inlined into each of the judge's three calls: WebAssembly size.)
#[inline(never)]
pub(super) fn falsity(a: &Analysed, matched: &[usize]) -> Option<(usize, usize)> {
    let report_noun = |t: &crate::text::token::Token| is(WordClass::ReportNoun, t);
    // "discredited", "disproved", "disproven" (the `shown_false` class): said of a statement
    // only as the predicate of one ("claims that … were discredited", "the idea that … has
    // been disproved"), not of a person or thing ("the discredited chief executive", "relied
    // on discredited theories", "researchers disproved the link").
    let shown_false = |a: &Analysed, at: usize| {
        !is(WordClass::ShownFalse, &a.tokens[at]) || (passive(a, at, at) && a.tokens[..at].iter().any(|t| t.norm == "that" || report_noun(t)))
    };
    a.cues_of(Cue::Falsity)
        .find(|c| {
            // ("propaganda" and "rubbish" too: "brands withdrawal reports 'enemy propaganda'",
            // not "produced 400 propaganda and training films"; "talk of my retirement is
            // rubbish", not "what is rubbish in household bins".)
            let of_reports_only = c.phrase.ends_with("wrong") || c.phrase.ends_with("rubbish") || c.phrase == "propaganda";
            let reported = if of_reports_only {
                a.tokens[..c.first]
                    .iter()
                    .rposition(report_noun)
                    .is_some_and(|r| !a.cues.iter().any(|x| x.kind == Cue::Report && x.first > r && x.first < c.first))
            } else {
                a.tokens[..c.first].iter().any(report_noun)
            };
            // ("the myth that …", "exposed as a myth the claim that …": the falsity word
            // before what it calls false, the claim's words in the clause after its "that".
            // Not "wrong": "It is wrong that children go hungry" says they do.)
            // (Or right before a "to" and a verb, with two of the claim's words in what follows:
            // "it is incorrect to blame sugar for hyperactivity"; not "incorrect to call the drug
            // a cure, but …", "inaccurate to within a degree".)
            let to = a.tokens.get(c.last + 1).is_some_and(|t| t.norm == "to")
                && a.tokens.get(c.last + 2).is_some_and(|t| t.is_word() && !is(WordClass::Preposition, t));
            let before_that = a.tokens[c.last + 1..].iter().take(4).position(|t| t.norm == "that").or(to.then_some(0)).is_some_and(|k| {
                let that = c.last + 1 + k;
                let end =
                    a.tokens[that + 1..].iter().position(|t| t.is_clause_mark() || is(WordClass::Coordinator, t)).map_or(a.tokens.len(), |e| that + 1 + e);
                !of_reports_only && matched.iter().filter(|&&m| m > that && m < end).count() > usize::from(to)
            });
            let about = reported || before_that || (matched.iter().any(|&m| m < c.first) && !of_reports_only) || labels_headline(a, c.first);
            about && !negated_before(a, c.first) && shown_false(a, c.first)
        })
        .map(|c| (c.first, c.last))
}

/// The negation in sentence `s` over the claim's matched words ("The animals are not blind"
/// for "Bats are blind"), when the claim itself negates nothing: where the sentence covers too
/// little of the claim for the rules to take a position, a learned model that found it to say
/// the claim has read past the negation. `(first, last)` token of the cue.
pub fn negates_unnegated_claim(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<(usize, usize)> {
    (!claim.negated).then(|| negation_over_match(claim, hit, s)).flatten()
}

/// Is the falsity word at `f` said right after one of the claim's matched words (`matched`
/// tokens) — past a report noun and function words ("Greg Palmer death report a hoax"), not
/// past function words alone? (The kind of a place after its name is the name's: "Sadra port
/// untrue".)
pub(super) fn false_right_after_claim_word(a: &Analysed, matched: &[usize], f: usize) -> bool {
    // (Past quotes and intensifiers too: "slams pregnancy rumours as 'completely false'"; not
    // past a hedge, "reports 'probably false'".)
    let skip = |t: &crate::text::token::Token| {
        !t.is_word() || matches!(t.norm.as_str(), "completely" | "totally" | "utterly" | "absolutely" | "entirely" | "simply" | "categorically" | "wholly")
    };
    labels_headline(a, f)
        || (f.saturating_sub(7)..f)
            .rev()
            .find(|&i| {
                !is(WordClass::ReportNoun, &a.tokens[i])
                    && !is(WordClass::PlaceNoun, &a.tokens[i])
                    && !lexicon().is_stopword(&a.tokens[i].norm)
                    && !skip(&a.tokens[i])
            })
            .is_some_and(|i| {
                matched.contains(&i) && (i + 1 == f || a.tokens[i + 1..f].iter().any(|t| is(WordClass::ReportNoun, t) || is(WordClass::PlaceNoun, t)))
            })
}

/// Does the cue at token `f` open the sentence as its label ("Fake: …", "Hoax: …")? It then
/// calls the whole sentence false, as "Report: …" hedges all of it.
pub(super) fn labels_headline(a: &Analysed, f: usize) -> bool {
    f == 0 && a.tokens.get(1).is_some_and(|t| t.is_punct(':'))
}

/// The word by which sentence `s` calls what it reports false ("Reports of shelling at Sadra
/// port untrue"), over the claim's matched words, when the claim is plain (not negated, not
/// about what someone said, not calling anything false itself): a model that found the
/// sentence to say the claim has read past it. `(first, last)` token of the cue, and whether
/// it denies the claim — said right after one of the claim's words, or of a report that says
/// enough of what the claim says ([`PREDICATE_MIN`]); else it calls something else false
/// ("reports that the singer was drunk at the awards were false" for "… arrested for drunk
/// driving").
pub fn calls_plain_claim_false(index: &Index, claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<((usize, usize), bool)> {
    if claim.negated || claim.attribution.is_some() || claim.analysed.has_cue(Cue::Falsity) {
        return None;
    }
    let matched: Vec<usize> = hit.matched.iter().flatten().flat_map(|&(f, l)| f..=l).collect();
    let (f, l) = falsity(&s.analysed, &matched)?;
    let denies = false_right_after_claim_word(&s.analysed, &matched, f) || hit.predicate_coverage(index, claim) >= PREDICATE_MIN;
    Some(((f, l), denies))
}

/// The negation in sentence `s` over the words that matched the claim (not one over a
/// complementary opposite of a claim word, "not armed" for "unarmed": [`negated_opposite`]).
fn negation_over_match(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<(usize, usize)> {
    let matched: Vec<usize> = hit.matched.iter().flatten().flat_map(|&(f, l)| f..=l).collect();
    negation_hits(&s.analysed, &matched).filter(|_| negated_opposite(claim, s, hit) != Some(true))
}

/// The negation in sentence `s` over the claim's matched words, when the claim is negated too
/// ("found no significant association between egg intake and heart disease" for "Egg intake
/// was not linked to heart disease"): `(first, last)` token of the cue.
pub fn negates_negated_claim(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<(usize, usize)> {
    claim.negated.then(|| negation_over_match(claim, hit, s)).flatten()
}

/// Is the cue at `first` itself negated ("did not deny")?
pub(super) fn negated_before(a: &Analysed, first: usize) -> bool {
    // ("not only denied" is emphasis.)
    a.cues.iter().any(|c| c.kind == Cue::Negation && c.last < first && first - c.last <= 2 && !not_only(a, c.last))
}

/// A negation whose scope (the next few content words, up to clause punctuation) is mostly
/// about the claim's matched terms. Returns the cue's token range.
pub(super) fn negation_hits(a: &Analysed, matched: &[usize]) -> Option<(usize, usize)> {
    negation_over(a, matched, false)
}

/// [`negation_hits`], or with `any`, the first negation whose scope holds any of the matched
/// words at all ("did not attend awards night" over "awards").
fn negation_over(a: &Analysed, matched: &[usize], any: bool) -> Option<(usize, usize)> {
    for c in a.cues.iter().filter(|c| negating(c)) {
        if not_only(a, c.last) {
            continue;
        }
        // "won none", "found nothing": a negative object negates the verb right before it. Not
        // "won nothing but praise" (only praise), and "won none of its away games" negates only
        // what follows (the scope below): the league title may still have been won.
        let next = a.tokens.get(c.last + 1).map(|t| t.norm.as_str());
        if matches!(c.phrase.as_str(), "none" | "nothing") {
            if next == Some("but") {
                continue;
            }
            if c.first > 0 && matched.contains(&(c.first - 1)) && next != Some("of") {
                return Some((c.first, c.last));
            }
        }
        let (mut hit, mut miss, mut seen) = (0, 0, 0);
        // (A set-aside noun's word joined to it after: a modifier's noun, or "of".)
        let joined = |i: usize| a.tokens.get(i + 1).is_some_and(|n| n.norm == "of" || (n.is_word() && !lexicon().is_stopword(&n.norm)));
        // A clause's opening "No" quantifies its subject and negates what is said of it: "No
        // species of the order Chiroptera is blind" negates "blind". The subject's unmatched
        // words, up to an auxiliary or "be", neither count against the scope nor fill its
        // window. (Not where a coordinator or a clause word comes first: "No passengers or crew
        // members died when the ferry ran aground" says nothing against the grounding.)
        let clause = |t: &crate::text::token::Token| is(WordClass::Coordinator, t) || is(WordClass::Boundary, t);
        let mut subject = c.phrase == "no"
            && c.first.checked_sub(1).is_none_or(|p| a.tokens[p].is_clause_mark())
            && !a.tokens[c.last + 1..].iter().find(|t| !t.is_word() || auxiliary(t) || clause(t)).is_some_and(clause);
        // Scope: following tokens until punctuation.
        for i in c.last + 1..a.tokens.len() {
            let t = &a.tokens[i];
            if !t.is_word() {
                if matches!(t.norm.as_str(), "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "\"") {
                    break;
                }
                continue;
            }
            if subject {
                subject = !auxiliary(t);
                if subject && !matched.contains(&i) {
                    continue;
                }
            }
            // A coordination starts another predicate: "has yet to meet or send …".
            if is(WordClass::Coordinator, t) && seen > 0 {
                break;
            }
            let content = a.terms.iter().any(|x| x.content && x.first <= i && i <= x.last);
            // ("not found any evidence of life": the search words are not what is negated.)
            if !content || (!matched.contains(&i) && is(WordClass::EvidenceWord, t)) {
                continue;
            }
            seen += 1;
            // (A word the alternative shares with what was done instead is not set aside:
            // "rather than ban sugary drinks, the city taxed sugary drinks".)
            let again = || c.sets_aside() && a.tokens.iter().enumerate().any(|(k, o)| k > i + 1 && o.norm == t.norm && matched.contains(&k));
            if matched.contains(&i) && !again() {
                // The first content word is what the negation stands over ("is not a nut in
                // the botanical sense"): it weighs as much as two after it.
                hit += if seen == 1 { 2 } else { 1 };
            } else {
                miss += 1;
            }
            // "rather than" / "instead of" negate one alternative, the words right after: a
            // noun with its modifier ("instead of movable lids") or its "of" ("members of the
            // insect class"), but an act alone ("instead of raising rates, the bank cut them"
            // keeps the rates), and not the words past it ("echolocation rather than sight to
            // locate prey").
            if seen >= NEG_WINDOW
                || (c.sets_aside() && (seen >= SET_ASIDE_WINDOW || (seen == 1 && ((t.norm.len() > 5 && t.norm.ends_with("ing")) || !joined(i)))))
            {
                break;
            }
        }
        // Also the subject a pre-verbal negation sits after ("Nobody was killed"): the cue itself.
        if hit > 0 && (any || hit >= miss) {
            return Some((c.first, c.last));
        }
    }
    None
}

/// Does the sentence negate any of the claim's matched words ("Kez Dallan did not attend
/// awards night", "No place for Moretti …"), not only something else ("was arrested but not
/// charged", "lowered blood pressure in patients who did not respond")?
pub fn negates_claims_words(hit: &Hit, s: &IndexedSentence) -> bool {
    negation_over_claims_words(hit, s).is_some()
}

/// The first negation in sentence `s` whose scope holds any of the claim's matched words
/// ([`negates_claims_words`]): `(first, last)` token of the cue.
fn negation_over_claims_words(hit: &Hit, s: &IndexedSentence) -> Option<(usize, usize)> {
    let matched: Vec<usize> = hit.matched.iter().flatten().flat_map(|&(f, l)| f..=l).collect();
    negation_over(&s.analysed, &matched, true)
}

/// For a plain (not negated) claim: a negation in sentence `s` over any of the claim's matched
/// words, not only over most of them ([`negates_unnegated_claim`]), unless it negates a
/// complementary opposite ("not armed" for "unarmed").
pub fn negates_some_of_plain_claim(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<(usize, usize)> {
    if claim.negated || negated_opposite(claim, s, hit) == Some(true) {
        return None;
    }
    let (f, l) = negation_over_claims_words(hit, s)?;
    let a = &s.analysed;
    // Not a negation that says the claim: of something bad the claim does not name ("poses no
    // risk to children" for "safe for children", "has no injury concerns" for "fit"), of a
    // rival ("has no rival among the planet's lakes" for "the deepest"), or in a comparison
    // ("No gymnast has won more medals than Biles"): superlatives.
    // (The rest of the negation's clause: up to its punctuation.)
    let scope = (l + 1..a.tokens.len()).take_while(|&i| !matches!(a.tokens[i].norm.as_str(), "," | ";" | ":" | "." | "!" | "?"));
    if (l + 1..(l + 3).min(a.tokens.len())).any(|i| !hit.says_token(i) && SAYS_BY_NEGATION.contains(&a.tokens[i].norm.as_str()))
        || scope.clone().any(|i| a.tokens[i].norm == "than")
    {
        return None;
    }
    // "not recognized by any country as an independent republic" negates what it is
    // recognized as: when none of the claim's words follow the "as", not the claim's
    // "recognized as part of Azerbaijan".
    if let Some(at) = scope.clone().find(|&i| a.tokens[i].norm == "as") {
        if !hit.matched.iter().flatten().any(|&(mf, _)| mf > at && scope.clone().any(|i| i == mf)) {
            return None;
        }
    }
    Some((f, l))
}

/// A cue that negates what follows: "not", "no", "never" — and "failed to", "unable to", as
/// surely as "did not".
fn negating(c: &crate::text::analyze::CueHit) -> bool {
    c.kind == Cue::Negation || (c.kind == Cue::Failure && c.phrase.ends_with(" to"))
}

/// "tried to regain …, but … repelled the attack": an attempt that failed negates what was
/// attempted.
pub(super) fn failed_attempt(a: &Analysed, matched: &[usize]) -> Option<(usize, usize)> {
    let attempt = a.cues.iter().find(|c| c.kind == Cue::Attempt)?;
    let failure = a.cues.iter().find(|c| c.kind == Cue::Failure && c.first > attempt.last)?;
    let inside = matched.iter().filter(|&&i| i > attempt.last && i < failure.first).count();
    (inside > 0).then_some((failure.first, failure.last))
}
