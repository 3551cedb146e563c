//! The stance of one evidence sentence towards a claim: supports, contradicts (negation,
//! conflicting numbers, dates, places, closed lists, failed attempts), denial (someone denied
//! it, possibly pointing back to the previous sentence) or mentions. Claims that are
//! themselves negated or attributed ("Turkey confirmed …") are handled here too.

use crate::retrieve::candidates::{not_only, preposition_before, Claim, Hit, NAME_MIN, PREDICATE_MIN, STANCE_MIN};
use crate::retrieve::index::{Index, IndexedSentence};
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, PlaceKind, WordClass};
use crate::text::numbers::{Date, QKind, Quantity, Toward};
use crate::text::speaker::passive;

/// What an evidence sentence, or an article, says about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stance {
    /// It asserts the claim, or reports someone asserting it.
    Supports,
    /// It says otherwise: a negation, a failed attempt, or a conflicting number, date, place,
    /// list member or act.
    Contradicts,
    /// It reports someone denying the claim, without itself taking a side.
    Denial,
    /// It is about the claim's subject but takes no position on it.
    Mentions,
}

serialize_as_name!(Stance, STANCE_NAMES);

/// [`Stance`] names as in the JSON output, in declaration order.
const STANCE_NAMES: [&str; 4] = ["supports", "contradicts", "denial", "mentions"];

impl Stance {
    /// The lowercase name, as in the JSON output (`"supports"`, `"denial"` …).
    pub fn as_str(self) -> &'static str {
        STANCE_NAMES[self as usize]
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

/// Which rule decided a sentence's stance. The verdict stage lets the learned model overrule
/// some rules and not others: structured conflicts and denials are what rules do well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// No rule took a position.
    None,
    /// Someone denied it (or, for an attributed claim, the speaker denied it).
    Denial,
    /// A conflicting number of the same counted thing.
    Number,
    /// A conflicting date or year.
    Date,
    /// The opposite act ("cut" for "raised").
    Opposite,
    /// Another place in the same slot.
    Place,
    /// A different member of a closed list.
    List,
    /// A negation in the sentence (or a failed attempt) where the claim has none.
    Negation,
    /// The claim is negated and the sentence asserts what it negates (or denies it).
    ClaimNegated,
    /// The sentence asserts the claim, or reports someone asserting it.
    Assertion,
}

serialize_as_name!(Reason, ["none", "denial", "number", "date", "opposite", "place", "list", "negation", "claim_negated", "assertion"]);

impl Reason {
    /// Conflicts of structure (numbers, dates, places, lists, opposites) and denials: rules
    /// read these reliably, and a sentence-pair model trained on general data does not.
    pub fn is_structured(self) -> bool {
        matches!(self, Reason::Denial | Reason::Number | Reason::Date | Reason::Place | Reason::List | Reason::Opposite)
    }
}

/// What one sentence says about the claim.
#[derive(Debug, Clone)]
pub struct Judgement {
    /// One or two stances (a sentence can report an assertion and its denial).
    pub stances: Vec<Stance>,
    /// The rule that decided it.
    pub reason: Reason,
    /// The words that decided it ("denied", "not", "15 vs over 30" …).
    pub cue: Option<String>,
    /// Where the sentence says `cue`, when it is one run of the sentence's tokens (first, last):
    /// the report underlines that run, not every place the same words occur.
    pub cue_at: Option<(usize, usize)>,
    /// Who said it (or who denied it).
    pub speaker: Option<String>,
    /// How strongly the sentence bears on the claim, 0 to 1: its coverage of the claim (for a
    /// conflict, of the rest of the claim), half that for a mere mention, less when hedged.
    pub score: f32,
}

impl Judgement {
    /// Now `stance` for `reason`, decided by the sentence's words `at` (first, last token),
    /// which the report shows and underlines; `score` as strong as it bears on the claim.
    pub fn marked(mut self, stance: Stance, reason: Reason, s: &IndexedSentence, (f, l): (usize, usize), score: f32) -> Judgement {
        self.stances = vec![stance];
        self.reason = reason;
        self.cue = Some(s.analysed.span(&s.text, f, l).to_string());
        self.cue_at = Some((f, l));
        self.score = score;
        self
    }
}

/// Most tokens between a year (or an amount) and the sentence's word for the claim's act for
/// it to be the act's ("renovated in 2005": 2; "opens to $48 million": 3).
const ANCHOR_GAP: usize = 3;
/// Tokens a clause mark (comma, semicolon, colon, bracket) between a number and the word it
/// is said of counts as, in [`ANCHOR_GAP`]'s distances: more than the gap, so a year in
/// another clause is never the act's own.
const CLAUSE_GAP: usize = 4;

/// Coverage enough for a conflict between two numbers of the same counted thing.
const SAME_COUNT_MIN: f32 = 0.4;

/// Most tokens between the two terms whose roles may be swapped (one clause).
const ROLE_WINDOW: usize = 8;

/// Most tokens from a claim's count to its act for a bare number after that act to count the
/// same thing ("twelve people were killed" / "kills three").
const COUNT_ACT_GAP: usize = 3;

/// Most content words between two swapped terms when the predicate is matched by its
/// spelling only ("accused" / "accuses").
const ROLE_PIVOT_WORDS: usize = 3;

/// Coverage enough for a sentence that calls what it reports false to be about the claim (an
/// assertion needs `STANCE_MIN`).
const REFUTING_MIN: f32 = 0.4;
/// The least coverage of a headline that calls the claim's story, rumours or reports false
/// right after one of its words ("Gold iPhone rumours are false"), or labels itself "Fake:",
/// with the claim's names: such headlines say the claim in two or three words.
const CALLED_FALSE_MIN: f32 = 0.2;

/// Content words a negation looks ahead over (NegEx uses a window of about five words).
const NEG_WINDOW: usize = 4;
/// A hedge at most this many tokens before a prefixed opposite hedges it ("is rumoured to be
/// unmarried", "whether the suspect was armed"), not one said of another verb before.
const HEDGE_GAP: usize = 4;
/// A negation at most this many tokens before an opposite negates it ("did not cut", "was not
/// armed").
const OPPOSITE_NEG_GAP: usize = 3;

/// Words after "no" or "not" by which a negation says something positive: no risk, no equal.
const SAYS_BY_NEGATION: &[&str] = &[
    "risk", "risks", "danger", "threat", "harm", "concern", "concerns", "worry", "worries", "problem", "problems", "doubt", "injury", "rival", "rivals",
    "equal", "match", "peer", "parallel",
];

/// The rules' reading of candidate sentence `s` (retrieved as `hit`) for `claim`: denials,
/// then conflicts (numbers, dates, opposites, places, lists), then negation, else support when
/// the sentence has the claim's specifics and names. Too little coverage only mentions it.
pub fn judge(index: &Index, claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Judgement {
    let a = &s.analysed;
    let mut j =
        Judgement { stances: vec![Stance::Mentions], reason: Reason::None, cue: None, cue_at: None, speaker: first_speaker(s), score: hit.coverage * 0.5 };
    let matched_tokens: Vec<usize> = hit.matched.iter().flatten().flat_map(|&(f, l)| f..=l).collect();

    // Denials: by whom, and whether the denial itself is negated ("did not deny").
    let denials: Vec<(usize, &crate::text::speaker::Attribution)> = s
        .attributions
        .iter()
        .enumerate()
        .filter(|(_, at)| live_denial(a, at))
        // A denial of something else in the same sentence ("supported Azerbaijan …, but denied
        // sending arms") is not a denial of this claim.
        .filter(|(_, at)| hit.linked || denial_scope_coverage(index, claim, hit, a, at) >= STANCE_MIN * 0.75)
        // … and what is denied must say some of what the claim says of its names
        // ([`DENIED_PREDICATE_MIN`]).
        .filter(|(_, at)| hit.linked || denied_predicate_share(index, claim, hit, a, at) >= DENIED_PREDICATE_MIN)
        .collect();
    let reports: Vec<(usize, &crate::text::speaker::Attribution)> = reports_in(s).collect();

    // The claim says someone denied it, and the sentence has their own denial, in fewer of the
    // claim's words than a position needs ("rejected accusations that it shipped weapons or
    // hired foreign fighters" against "denied sending foreign mercenaries or arms").
    if let Some((Cue::Denial, _)) = &claim.attribution {
        // (It must still say what the claim says was denied: "denied sending arms" is no denial
        // of "meeting the president".)
        let says_it = hit.coverage >= REFUTING_MIN && hit.predicate_coverage(index, claim) >= PREDICATE_MIN;
        if let Some(&(k, at)) = denials.iter().find(|(k, _)| says_it && by_claims_speaker(claim, s, *k)) {
            return denial_judgement(claim, s, k, at, hit.coverage);
        }
    }
    // The claim says someone confirmed it; the sentence, that it could not be confirmed ("It
    // was not possible to independently confirm the report").
    if claim.attribution.as_ref().is_some_and(|(k, _)| *k == Cue::Confirm) && (hit.linked || hit.coverage >= REFUTING_MIN) {
        if let Some((f, l)) = a.unconfirmed() {
            return j.marked(Stance::Contradicts, Reason::Negation, s, (f, l), hit.coverage);
        }
    }
    if hit.linked {
        if let Some(&(k, at)) = denials.first() {
            return denial_judgement(claim, s, k, at, hit.coverage);
        }
        // "… Experts say this is false": calling the statement before false denies it.
        if let Some(c) = a.cues_of(Cue::Falsity).find(|c| !negated_before(a, c.first)) {
            let (stance, reason) = if claim.negated { (Stance::Supports, Reason::ClaimNegated) } else { (Stance::Denial, Reason::Denial) };
            return j.marked(stance, reason, s, (c.first, c.last), hit.coverage);
        }
        // A linked hit's matches are the previous sentence's tokens: nothing else here may
        // read them against this one.
        return j;
    }

    // Conflicts are judged on the rest of the claim: the conflicting slot may differ.
    // Numbers that count the same thing need less of the rest of the claim to conflict.
    let number_cov = |same: f32| if same > 0.0 && hit.coverage >= SAME_COUNT_MIN { hit.coverage.max(STANCE_MIN) } else { hit.coverage };
    let tag = |r: Reason| move |(cue, cov): (String, f32)| (cue, cov, r);
    let conflict = number_conflict(claim, s, hit)
        .map(|(cue, same)| (cue, number_cov(same), Reason::Number))
        .or_else(|| date_conflict(claim, s, hit).map(|(cue, _)| (cue, hit.coverage, Reason::Date)))
        .or_else(|| opposite_conflict(claim, s, hit).map(tag(Reason::Opposite)))
        .or_else(|| place_conflict(index, claim, s, hit).map(tag(Reason::Place)))
        .or_else(|| list_conflict(index, claim, s, hit).map(tag(Reason::List)))
        .or_else(|| actor_conflict(index, claim, s, hit).map(tag(Reason::List)))
        .or_else(|| holder_conflict(index, claim, s, hit).map(tag(Reason::List)));
    // A sentence that calls what it reports false needs less of the claim's wording: such
    // headlines say the claim in few words ("Gold iPhone rumours are false, analyst says").
    // (Not a denial: "the couple denied rumours that they were moving abroad" is about the
    // couple, and denies something else.)
    let calls_false = || falsity(a, &matched_tokens).filter(|_| claim.attribution.is_none() && !claim.analysed.has_cue(Cue::Falsity));
    let refuting = calls_false().is_some();
    // (A headline calling the story false says little of it: one of the claim's predicate
    // words right before the falsity word is enough there, "Jackie Chan death hoax" for "…
    // died of a heart attack" — not "reports that the actor was drunk … were false" for
    // "… arrested for drunk driving".)
    let predicate = hit.predicate_coverage(index, claim);
    // (Past a report noun and function words: "Greg Palmer death report a hoax"; not past
    // function words alone.)
    let called_false = calls_false().is_some_and(|(f, _)| false_right_after_claim_word(a, &matched_tokens, f));
    // (And where the headline calls the claim's story, rumours or reports false, or labels
    // itself "Fake:", a fifth of the claim's wording will do, with its names: "Lena Cruz's rep
    // slams pregnancy rumours as 'completely false'" for "… is pregnant with her second
    // child"; not "Moon landing hoax theories resurface", nor "Florida shark attack story a
    // hoax" for a shark attack in Sydney.)
    let called_story_false = calls_false().is_some_and(|(f, _)| {
        labels_headline(a, f)
            || (false_right_after_claim_word(a, &matched_tokens, f) && a.tokens[f.saturating_sub(7)..f].iter().any(|t| is(WordClass::ReportNoun, t)))
    });
    let strong = hit.coverage >= STANCE_MIN
        || conflict.as_ref().is_some_and(|c| c.1 >= STANCE_MIN)
        || (refuting && hit.coverage >= REFUTING_MIN && hit.name_coverage(index, claim) >= NAME_MIN)
        || (called_story_false && hit.coverage >= CALLED_FALSE_MIN && hit.name_coverage(index, claim) >= NAME_MIN);
    let about_else = !hit.linked && conflict.is_none() && predicate < PREDICATE_MIN && !(called_false && predicate > 0.0);
    if !strong || about_else {
        return j;
    }

    // "Reports that X are a hoax", "X is not true, says Y": calling what is reported false
    // refutes it as a denial does, whoever says so.
    if let Some((f, l)) = calls_false() {
        // What is called false may itself be negated ("the saying that lightning never strikes
        // the same place twice is a myth": its negation before the falsity word, in its
        // clause, with no other predicate between). Calling P false denies P and supports
        // not-P; calling not-P false denies not-P and supports P.
        let negated_statement = negation_hits(a, &matched_tokens)
            .is_some_and(|(nf, _)| nf < f && nf >= a.clause_around(f, f).0 && !a.tokens[nf..f].iter().any(|t| is(WordClass::Coordinator, t)));
        let supported = claim.negated != negated_statement;
        let reason = match (supported, claim.negated) {
            (true, true) => Reason::ClaimNegated,
            // (The sentence's negation, called false, where the claim has none.)
            (true, false) => Reason::Negation,
            (false, _) => Reason::Denial,
        };
        return j.marked(if supported { Stance::Supports } else { Stance::Denial }, reason, s, (f, l), hit.coverage);
    }

    // Attributed claims: "Turkey confirmed that …" is about what Turkey said. Either way, a
    // denial in the sentence: who denied, whether the sentence also reports the claim said,
    // and whether a conflict may stand beside it.
    let denied = if let Some((kind, _)) = &claim.attribution {
        let by_speaker = |k: usize| by_claims_speaker(claim, s, k);
        // The speaker's own denial: `denial_judgement` reads it against what the claim says
        // they said (supports "X denied P", contradicts "X said P").
        if let Some(&(k, at)) = denials.iter().find(|(k, _)| by_speaker(*k)) {
            return denial_judgement(claim, s, k, at, hit.coverage);
        }
        if *kind == Cue::Denial || !said_by_claims_speaker(claim, s) {
            return j;
        }
        // The speaker said it and someone else denied it: both are reported. (Someone else's
        // denial alone does not deny that the speaker said it.)
        denials.first().map(|&(k, at)| (k, at, true, true))
    } else {
        // "X said …, an assertion denied by Y": the sentence also reports the assertion — or,
        // with a conflicting number, date or place, contradicts the claim while reporting it.
        denials.first().map(|&(k, at)| {
            let asserted = reports.iter().any(|(rk, r)| r.cue_first < at.cue_first && s.speaker_keys[*rk] != s.speaker_keys[k] && r.speaker.is_some());
            (k, at, asserted && !claim.negated, !claim.negated)
        })
    };
    if let Some((k, at, asserted, may_conflict)) = denied {
        // What was reported and then denied has who did what to whom the other way round
        // ("Armenia says its jet was shot down by a Turkish jet, which Turkey denied" for
        // "Armenia's jet shot down a Turkish jet"): neither the report nor its denial is about
        // the claim; over an asymmetric relation the report rules it out.
        // (It rules the claim out only as the plain report would: with the claim's specifics
        // and names.)
        if asserted {
            if let Some(mut swap) = role_swap(claim, hit, s) {
                swap.exclusive &= !lacks_specifics(claim, s, hit) && hit.name_coverage(index, claim) >= NAME_MIN;
                return swapped(j, swap, hit.coverage);
            }
        }
        let mut d = denial_judgement(claim, s, k, at, hit.coverage);
        if let Some((cue_text, _, _)) = conflict.as_ref().filter(|_| may_conflict) {
            d.stances.insert(0, Stance::Contradicts);
            d.cue = Some(format!("{cue_text}; {}", d.cue.unwrap_or_default()));
        } else if asserted && !lacks_specifics(claim, s, hit) {
            d.stances.insert(0, Stance::Supports);
        }
        return d;
    }

    // A negated complementary opposite is not the sentence negating the claim: "not armed"
    // says "unarmed".
    let sentence_negated = match negated_opposite(claim, s, hit) {
        Some(true) => None,
        _ => negation_hits(a, &matched_tokens).or_else(|| failed_attempt(a, &matched_tokens)),
    };
    if let Some((cue_text, cov, reason)) = conflict {
        // A claim negated only by its own act ("stopped supplying gas") is contradicted by the
        // opposite act ("continued supplying gas"): the negation is the word in conflict.
        let negated = claim.negated && !(reason == Reason::Opposite && negated_by_the_act(claim, hit));
        // A claim that negates a word, against a sentence asserting that word's complementary
        // opposite, is said by it: "The jury found the defendant innocent" for "… was not
        // guilty" (not "cut" for "did not raise": something lies between).
        // (Said of the claim's subject: not "shot an innocent bystander".)
        let said = negated
            && reason == Reason::Opposite
            && hit
                .opposites
                .first()
                .is_some_and(|&(ci, at)| claim.negated_terms.contains(&ci) && complementary(claim, s, ci, at) && !modifies_next(s, at, true));
        (j.stances, j.reason) = if said {
            (vec![Stance::Supports], Reason::ClaimNegated)
        } else if negated {
            (vec![Stance::Mentions], Reason::None)
        } else {
            (vec![Stance::Contradicts], reason)
        };
        j.cue = Some(cue_text);
        j.score = cov;
        return j;
    }
    match (sentence_negated, claim.negated) {
        // A claim that says the act did not happen in a word of absence the sentence does not
        // say ("will miss the cup final", "has called off"), against a sentence negating it
        // ("will not play in the cup final"): both say it did not happen.
        // (Only where what the sentence negates is what the claim's absence word is about,
        // "will miss the cup final", not another act the claim asserts: "The banned athlete won
        // the marathon" / "did not win". Nor where the sentence negates a word of absence,
        // cessation or failure itself: "not quitting the race", "did not stop playing", "has
        // not blocked" say it went on.)
        // (And of the claim's subject: "Pashinyan does not plan to seek help" says nothing of
        // "Turkey scrapped its plan to help".)
        (Some(at), false) if !subject_unsaid(claim, hit) && negates_what_is_absent(claim, hit, s, at) => {
            j = j.marked(Stance::Supports, Reason::ClaimNegated, s, at, 0.0)
        }
        (Some(at), false) => j = j.marked(Stance::Contradicts, Reason::Negation, s, at, 0.0),
        // A negated claim is contradicted only by a sentence that asserts what it negates —
        // not by one whose own negation stands over some of the claim's words, too few of them
        // for `negation_hits` (the rest said otherwise): "Kez Dallan did not attend awards
        // night" for "… was not at the awards ceremony", "No place for Moretti as … names World
        // Cup squad" for "… has not been called up". (On the seen pair sets, such sentences were
        // never right as contradictions: 0 of 8. A negation of something else still leaves the
        // assertion: "was arrested but not charged" for "was not arrested".)
        (None, true) if !claim.negated_terms.iter().any(|&ci| !hit.matched[ci].is_empty()) || negates_claims_words(hit, s) => return j,
        (None, true) if negated_name_unsaid(claim, hit) => return j,
        (None, true) => {
            j.stances = vec![Stance::Contradicts];
            j.reason = Reason::ClaimNegated;
            j.cue = claim.analysed.cues.iter().find(|c| matches!(c.kind, Cue::Negation | Cue::Failure)).map(|c| format!("claim says “{}”", c.phrase));
        }
        (Some((f, l)), true) => {
            if let Some(swap) = negated_swap(claim, hit, s) {
                return swapped(j, swap, hit.coverage);
            }
            j = j.marked(Stance::Supports, Reason::ClaimNegated, s, (f, l), 0.0);
        }
        (None, false) => {
            // Support needs the claim's specifics: a sentence without its number or date, or
            // without most of whom and where it is about, only mentions the story.
            if lacks_specifics(claim, s, hit)
                || gives_other_years(claim, s)
                || hit.name_coverage(index, claim) < NAME_MIN
                || another_agent(claim, hit, s)
                || another_act(claim, hit, s)
                || substituted(claim, hit, s)
                // (A claim of names alone, "Lyon is in Italy", says nothing else: each must be
                // said.)
                || (claim.names_only() && hit.matched.iter().any(Vec::is_empty))
                || negates_unsaid(claim, hit, s)
            {
                return j;
            }
            // The same words with who did what to whom exchanged say something else — and
            // over an asymmetric relation ("Japan beat Spain" for "Spain beat Japan"), the
            // opposite.
            if let Some(swap) = role_swap(claim, hit, s) {
                return swapped(j, swap, hit.coverage);
            }
            match denied_part(index, claim, hit, s) {
                Some(Some(d)) => return d,
                Some(None) => return j,
                None => {}
            }
            // Against one passage chosen for the claim, support needs each person or thing the
            // claim names, by a word of the name ("an album by Danny DeVito" is not said by "…
            // by the English rock band Pink Floyd"), as the model's support does. (Among many
            // articles a name may come from an earlier sentence or a pronoun: measured there,
            // it cost the seen seed sets 0.07.)
            // (Not where a word stands for the passage's subject: "It …", "Produced by
            // Northwind Studios, the film …".)
            let stands_in = hit.matched.iter().flatten().any(|&(f, l)| {
                let t = &a.tokens[f];
                f == l && (is(WordClass::Determiner, t) || is(WordClass::SubjectPronoun, t) || is(WordClass::PersonPronoun, t))
            });
            if index.is_one_passage() && !hit.linked && !stands_in && !names_claims_people(claim, hit, s, false) {
                return j;
            }
            // (The report's verb as the cue, where someone says it.)
            j = match reports.first() {
                Some((_, r)) => j.marked(Stance::Supports, Reason::Assertion, s, (r.cue_first, r.cue_last), 0.0),
                None => Judgement { stances: vec![Stance::Supports], reason: Reason::Assertion, ..j },
            };
        }
    }
    j.score = hit.coverage * if a.has_cue(Cue::Hedge) { 0.85 } else { 1.0 };
    j
}

/// Is a name the claim's negation reaches unsaid ("Macron did not visit [Lithuania]" against
/// "… during a visit to Latvia", "Russia does not consider [Azerbaijan] a partner" against "…
/// considers [Armenia] a partner")? What the sentence asserts is then about another, and says
/// nothing against the claim. (Names before the negation are its subject, which a passage may
/// leave to a pronoun: "she … her eldest son … abdicated" for "Mary of Teck's son never
/// abdicated".)
pub fn negated_name_unsaid(claim: &Claim, hit: &Hit) -> bool {
    claim.terms.iter().zip(&hit.matched).any(|(t, m)| {
        t.name
                && m.is_empty()
                // (A place after "of" is most often part of what it names: "Storm closes
                // harbour" says "the harbour of Porto".)
                && t.preposition.as_deref() != Some("of")
                && claim.analysed.cues.iter().any(|c| c.kind == Cue::Negation && t.spans.iter().any(|&(f, _)| f > c.last))
    })
}

/// A negation right after one of the sentence's words that matched the claim, in its clause,
/// where a word the claim says of them is unmatched: the sentence may negate the claim's
/// predicate in other words ("Coravex did not extend survival" for "Coravex improved
/// survival", "the warning was no longer in effect" for "the warning remains in force"), and
/// does not plainly say it. The model then judges.
fn negates_unsaid(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let a = &s.analysed;
    let matched = |i: usize| hit.matched.iter().flatten().any(|&(f, l)| f <= i && i <= l);
    let word = |i: usize, w: &[&str]| a.tokens.get(i).is_some_and(|t| w.contains(&t.norm.as_str()));
    negated_opposite(claim, s, hit) != Some(true)
        && claim.terms.iter().zip(&hit.matched).any(|(t, m)| m.is_empty() && !t.name)
        && a.cues.iter().any(|c| {
            // Right after a matched word, in its clause: only words between, none that starts
            // another clause or predicate ("lived longer and suffered no side effects",
            // "patients who had never smoked", "; no tsunami warning was issued").
            let Some(m) = (0..c.first).rev().find(|&i| matched(i)) else { return false };
            let plain = (m + 1..c.first).all(|i| a.tokens[i].is_word() && !is(WordClass::Coordinator, &a.tokens[i]) && !word(i, RELATIVE));
            // (Nor emphasis, "no doubt" (`not_only`), nor "never before".)
            c.kind == Cue::Negation && plain && !not_only(a, c.last) && !word(c.last + 1, &["before"])
        })
}

/// Words that open a relative or subordinate clause: what follows has its own subject.
const RELATIVE: &[&str] = &["who", "whom", "whose", "which", "that", "when", "whenever", "if", "even"];

/// Who did what to whom, exchanged between a claim and a sentence (see [`role_swap`]).
#[derive(Debug, Clone, PartialEq)]
pub struct RoleSwap {
    /// "roles swapped: x / y", the reason shown to the reader.
    pub cue: String,
    /// The claim's words between the two exchanged terms name an asymmetric relation ("beat",
    /// "acquired", "closer … than"; `data/asymmetric.txt`): "Japan beat Spain" then rules out
    /// "Spain beat Japan". Over other words ("accused", "infected") both may be true.
    pub exclusive: bool,
}

/// Do tokens `from..=to` (of a claim or a sentence) name an asymmetric relation?
fn asymmetric_between(toks: &[crate::text::token::Token], from: usize, to: usize) -> bool {
    let set = &lexicon().asymmetric;
    // (Or a verb and its particle: "knocked out", `data/asymmetric.txt`'s two-word lines.)
    (from..(to + 1).min(toks.len()))
        .any(|i| set.contains(&toks[i].norm) || toks.get(i + 1).is_some_and(|n| set.contains(&format!("{} {}", toks[i].norm, n.norm))))
}

/// "Armenia attacked Azerbaijan" read in "Azerbaijan attacked Armenia": the claim has a term
/// before and a term after one of its predicate words, and the sentence has the same three
/// in the other order — active voice in both (a "by" between them is a passive, which keeps
/// the roles). Returns the swapped words, for the reason shown to the reader, and whether the
/// relation rules the claim out.
pub fn role_swap(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<RoleSwap> {
    // A linked hit's matches are the previous sentence's tokens: no order to read here.
    if hit.linked {
        return None;
    }
    // A comparison made the other way round rules the claim out, whatever else is swapped.
    if let Some(swap) = comparison_swap(claim, hit, s).or_else(|| demonym_swap(claim, hit, s)).or_else(|| slot_swap(claim, s)) {
        return Some(swap);
    }
    // Who said it names no role: "Spain beat Japan, Spanish media reported" (a match inside
    // an attribution's speaker counts only where nothing else matches).
    let in_speaker = |f: usize| s.in_speaker(f, usize::MAX);
    let first_match = |ci: usize| {
        let starts = || hit.matched[ci].iter().map(|&(f, _)| f);
        starts().filter(|&f| !in_speaker(f)).min().or_else(|| starts().min())
    };
    let claim_at = |ci: usize| claim.terms[ci].spans.iter().map(|&(f, _)| f).min();
    // A passive's "by", or "fell to" / "lost to": the one after it is the one who acted.
    let has_by = |toks: &[crate::text::token::Token], from: usize, to: usize| {
        let r = &toks[from.min(to)..from.max(to)];
        r.iter().enumerate().any(|(i, t)| {
            t.norm == "by"
                || (t.norm == "to" && i > 0 && matches!(r[i - 1].norm.as_str(), "fell" | "falls" | "fall" | "lost" | "loses" | "lose" | "surrendered"))
        })
    };
    let ct = &claim.analysed.tokens;
    // Where it happened ("in Ryazan", "near the border") trades places only with another
    // place: "Ryazan refinery hit in drone attack" does not swap "a drone struck a refinery in
    // Ryazan", but "Russia has a base in Armenia" does swap "Armenia has a base in Russia".
    // ("to" and "from" are roles: who sent what to whom.)
    let setting = |ci: usize| matches!(claim.terms[ci].preposition.as_deref(), Some("in" | "near"));
    let unlike = |x: usize, y: usize| (setting(x) || setting(y)) && (claim.terms[x].place.is_none() || claim.terms[y].place.is_none());
    // A term the sentence names after the verb in a setting ("Forty people died in the
    // outbreak", "Three soldiers were wounded in the attack") is no role the claim's subject
    // has traded: the sentence says the same as "the outbreak killed 40 people". (Unless the
    // claim's other term is a setting too, "Armenia has a base in Russia" / "Russia has a base
    // in Armenia", or the term a place: "occupation in Azerbaijan" says whose land.)
    let st = &s.analysed.tokens;
    // (Not when a role's preposition comes after the setting's: "won in four sets against Nadal".)
    let as_setting = |from: usize, to: usize, x: usize, y: usize| {
        let between = st.get(from + 1..to).unwrap_or_default();
        let Some(p) = between.iter().rposition(|t| matches!(t.norm.as_str(), "in" | "at" | "during" | "amid")) else { return false };
        let role_after = between[p + 1..].iter().any(|t| matches!(t.norm.as_str(), "against" | "by" | "to" | "from" | "over" | "with"));
        !setting(y) && claim.terms[x].place.is_none() && !role_after
    };
    // A number is no predicate and no role: "a warplane shot down one of Armenia's jets" is
    // about the planes.
    let number = |ci: usize| {
        let (f, l) = claim.terms[ci].spans[0];
        f == l && number_word(&ct[f])
    };
    // Nor is the claim's own speaker a role ("Armenia claims a Turkish jet shot down one of its
    // warplanes") — one whose cue comes before the verb at `cp`, which is then what was said:
    // in "The singer praised the rapper in an interview" the singer acts.
    let no_role = |ci: usize, cp: usize| number(ci) || claim.terms[ci].spans.iter().all(|&(f, _)| claim.in_speaker(f, cp));
    for p in (0..claim.terms.len()).filter(|&p| !claim.terms[p].name && !number(p)) {
        let (Some(cp), Some(sp)) = (claim_at(p), first_match(p)) else { continue };
        // A claim word on both sides of the verb ("Ankara is sending rebels from
        // Turkish-controlled parts of Syria": both are Turkey) has no one role to trade.
        let two_sided = |ci: usize| both_sides(claim.terms[ci].spans.iter().map(|&(f, _)| f), cp);
        // In the sentence, such a word ("Syrian rebel sources said Turkey is sending rebels from
        // northern Syria") stands on the claim's side of the verb too: no swap by word order.
        // (A passive's agent is read where "by" puts it, so the passives below may use it.)
        // (Only in the verb's clause, not in who said it, not as a setting: "Uruguay beat
        // Chile 2-0 in Montevideo" names Uruguay again only as where.)
        let clause = s.analysed.clause_around(sp, sp);
        let sentence_two_sided = |ci: usize| {
            let role = |&f: &usize| (clause.0..clause.1).contains(&f) && !in_speaker(f) && (f == 0 || !is(WordClass::Setting, &st[f - 1]));
            both_sides(hit.matched[ci].iter().map(|&(f, _)| f).filter(role), sp)
        };
        let before = (0..claim.terms.len()).filter(|&x| x != p && !two_sided(x) && !no_role(x, cp) && claim_at(x).is_some_and(|c| c < cp));
        for x in before {
            let after = (0..claim.terms.len())
                .filter(|&y| y != p && y != x && !two_sided(y) && !no_role(y, cp) && !unlike(x, y) && claim_at(y).is_some_and(|c| c > cp));
            for y in after {
                let (Some(cx), Some(cy)) = (claim_at(x), claim_at(y)) else { continue };
                let (Some(sx), Some(sy)) = (first_match(x), first_match(y)) else { continue };
                // One clause: the three words close together in both. (Not a possessor and
                // its noun: "Syria's north" is "northern Syria".)
                let swapped = sy < sp
                    && sp < sx
                    && sx - sy <= ROLE_WINDOW
                    && cy - cx <= ROLE_WINDOW
                    && !possessor_of(claim, cx, cp)
                    && !modifier_after(claim, st, (cx, cp), (sp, sx));
                if swapped && !sentence_two_sided(x) && !sentence_two_sided(y) && has_by(ct, cx, cy) == has_by(st, sy, sx) && !as_setting(sp, sx, x, y) {
                    return swap_of(claim, x, y, asymmetric_between(&claim.analysed.tokens, cx, cy));
                }
                // The same order with the sentence's verb made passive: "the blooms were driven
                // by rising temperatures" for "the blooms drove up temperatures".
                let same_order = sx < sp && sp < sy && sy - sx <= ROLE_WINDOW && cy - cx <= ROLE_WINDOW;
                let claim_passive = claim.terms[p].spans.iter().any(|&(f, l)| passive(&claim.analysed, f, l));
                if same_order && !has_by(ct, cx, cy) && !claim_passive && passive_agent(&s.analysed, &hit.matched[p], sy) {
                    return swap_of(claim, x, y, asymmetric_between(&claim.analysed.tokens, cx, cy));
                }
                // And the other way: the claim's passive with its agent right after "by", the
                // sentence's active verb in the same order with the other term as its object,
                // at most two words on ("Okafor was knocked out by Vorel" for "Okafor knocks
                // out Vorel"; not a headline's passive without "was": "Okafor knocked out in
                // sixth round as Vorel retains title").
                let agent_by = cy > 0 && ct[cy - 1].norm == "by";
                let object = || {
                    let verb_end = hit.matched[p].iter().map(|&(_, l)| l).filter(|&l| l < sy).max().unwrap_or(sp);
                    sy > verb_end
                        && sy - verb_end <= 3
                        && st[verb_end + 1..sy].iter().all(|t| t.is_word() && !is(WordClass::Boundary, t) && !is(WordClass::TimeOpener, t))
                };
                if same_order
                    && claim_passive
                    && agent_by
                    && !has_by(st, sx, sy)
                    && object()
                    && !hit.matched[p].iter().any(|&(f, l)| passive(&s.analysed, f, l))
                {
                    return swap_of(claim, x, y, asymmetric_between(&claim.analysed.tokens, cx, cy));
                }
            }
        }
    }
    // A predicate the index does not key (a reporting verb: "accused") or keys apart ("sued" /
    // "sues"): the same word, up to its ending, between the two terms in both, in the other order.
    // (Not a claim word the sentence matched: the index keyed it, and the loop above read it.
    // "north" in "fighters from Syria's north were dispatched" / "sent fighters from northern
    // Syria" is no verb.)
    let keyed = |i: usize| claim.terms.iter().zip(&hit.matched).any(|(t, m)| !m.is_empty() && t.spans.iter().any(|&(f, l)| f <= i && i <= l));
    let words_between = |toks: &'_ [crate::text::token::Token], from: usize, to: usize| -> Vec<String> {
        if to <= from || to - from > ROLE_PIVOT_WORDS + 2 {
            return Vec::new();
        }
        // (No number: "one of" is no verb.)
        toks[from..to].iter().filter(|t| t.is_word() && !lexicon().is_stopword(&t.norm) && !number_word(t)).map(|t| t.norm.clone()).collect()
    };
    let same_word = |a: &str, b: &str| {
        let n = (a.len().min(b.len()).saturating_sub(1)).min(5);
        n >= 3 && a.is_char_boundary(n) && b.is_char_boundary(n) && a[..n] == b[..n]
    };
    let last_match = |ci: usize| hit.matched[ci].iter().map(|&(_, l)| l).max();
    for x in 0..claim.terms.len() {
        let (Some(&(_, cxl)), Some(sx)) = (claim.terms[x].spans.first(), first_match(x)) else { continue };
        for y in (0..claim.terms.len()).filter(|&y| y != x && !unlike(x, y)) {
            let (Some(&(cyf, _)), Some(syl)) = (claim.terms[y].spans.first(), last_match(y)) else { continue };
            if cxl >= cyf || syl >= sx {
                continue;
            }
            let mut between_c = words_between(ct, cxl + 1, cyf);
            between_c.retain(|w| !(cxl + 1..cyf).any(|i| keyed(i) && ct[i].norm == *w));
            let between_s = words_between(st, syl + 1, sx);
            let pivot = between_c.iter().find(|c| between_s.iter().any(|w| same_word(c, w)));
            // Two names exchanged round a verb said in other words ("Holm stuns Petrova" for
            // "Petrova beat Holm"): a swap, but it rules the claim out only when both verbs
            // name an asymmetric relation.
            let person = |t: &crate::retrieve::candidates::ClaimTerm| t.name && t.place.is_none();
            let names = person(&claim.terms[x]) && person(&claim.terms[y]) && !between_c.is_empty() && !between_s.is_empty();
            if (pivot.is_some() || names) && has_by(ct, cxl, cyf) == has_by(st, syl, sx) && !as_setting(syl, sx, x, y) {
                return swap_of(claim, x, y, asymmetric_between(ct, cxl, cyf) && asymmetric_between(st, syl, sx));
            }
        }
    }
    direction_swap(claim, hit, s).or_else(|| cause_swap(claim, hit, s))
}

/// Is the token a number word ("one", "dozens": `data/numbers.tsv`)?
fn number_word(t: &crate::text::token::Token) -> bool {
    lexicon().numbers.contains_key(&t.norm)
}

/// Do the positions `at` fall on both sides of `pivot`?
fn both_sides(at: impl Iterator<Item = usize>, pivot: usize) -> bool {
    let (mut lo, mut hi) = (false, false);
    for f in at {
        lo |= f < pivot;
        hi |= f > pivot;
    }
    lo && hi
}

/// Is the claim's token `x` the possessor of the one after it, `p` ("Syria's north")?
fn possessor_of(claim: &Claim, x: usize, p: usize) -> bool {
    p == x + 1 && possessive(&claim.text, &claim.analysed.tokens[x])
}

/// Is token `t` of `text` written with a possessive "'s" ("Armenia's")?
fn possessive(text: &str, t: &crate::text::token::Token) -> bool {
    let apostrophe_s = |w: &str| w.strip_suffix('s').and_then(|w| w.chars().next_back()).is_some_and(|c| crate::text::token::fold_char(c) == '\'');
    text.get(t.start..t.end).is_some_and(apostrophe_s)
}

/// Is the claim's demonym at `cx`, right before its noun at `cp` ("Syrian fighters"), said as
/// a place after that noun in the sentence after "from", "of" or "in" (`sp` … `sx`: "fighters
/// from northern Syria")? Then it qualifies the noun in both, and the noun is no verb whose
/// roles could trade. (Only a demonym: "the fungus feeds on the ant" is a swap.)
fn modifier_after(claim: &Claim, st: &[crate::text::token::Token], (cx, cp): (usize, usize), (sp, sx): (usize, usize)) -> bool {
    let between = st.get(sp + 1..sx).unwrap_or_default();
    cx + 1 == cp
        && lexicon().is_demonym(&claim.analysed.tokens[cx].norm)
        && between.len() <= 3
        && between.first().is_some_and(|t| matches!(t.norm.as_str(), "from" | "of" | "in"))
        && between.iter().all(|t| t.is_word())
}

/// Who did what to whom exchanged where the claim and the sentence both negate: "the ministers
/// urge the union to stop interfering" does not say "the union urged the ministers to stop
/// meddling". Not over a relation both sides hold at once ("Ruiz did not meet Hale", "… talk
/// with", "a link between"), unless one side asks or refuses it ("refused to talk with"). And
/// two negations rule nothing out ("A never beat B", "B never beat A"): the sentence then only
/// mentions the claim.
pub fn negated_swap(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<RoleSwap> {
    let word = |w: &[&str]| claim.analysed.tokens.iter().any(|t| w.contains(&t.norm.as_str()));
    let mut swap = role_swap(claim, hit, s).filter(|w| w.exclusive || word(&["to"]) || !word(&["with", "between", "meet", "met", "marry", "married"]))?;
    swap.exclusive = false;
    Some(swap)
}

/// A sentence that says the claim's words with the roles swapped: a mention, or over an
/// asymmetric relation a contradiction; the swap is the cue shown.
pub fn swapped(mut j: Judgement, swap: RoleSwap, coverage: f32) -> Judgement {
    if swap.exclusive {
        j.stances = vec![Stance::Contradicts];
        j.reason = Reason::Negation;
        j.score = coverage;
    }
    j.cue = Some(swap.cue);
    j
}

/// The reason shown for a swap of claim terms `x` and `y`: "roles swapped: x / y".
fn swap_of(claim: &Claim, x: usize, y: usize, exclusive: bool) -> Option<RoleSwap> {
    Some(RoleSwap { cue: format!("roles swapped: {} / {}", claim.terms[x].key, claim.terms[y].key), exclusive })
}

/// Is the token of word class `c` (`data/word_classes.tsv`)?
fn is(c: WordClass, t: &crate::text::token::Token) -> bool {
    lexicon().is(c, &t.norm)
}

/// Most tokens between cause and effect in a sentence for a word of causing between them to
/// link the two ("poor sleep increases the risk of developing depression").
const CAUSE_WINDOW: usize = 6;

/// Cause and effect exchanged in other words: the claim's "X leads to Y" where the sentence
/// has Y before X with a word of causing between them ("depression leads to poor sleep" /
/// "poor sleep is a risk factor for depression"). Both may hold, so it only leaves a
/// mention. Not over a passive, an intransitive use or a setting, which turn it round or say
/// something else ("caused by", "rises with", "increased during the war": the "turn" class).
fn cause_swap(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<RoleSwap> {
    let (ct, st) = (&claim.analysed.tokens, &s.analysed.tokens);
    // Tokens `r` link cause and effect: a word of causing, only words, none that turns it.
    let links = |r: &[crate::text::token::Token], turns: &dyn Fn(&crate::text::token::Token) -> bool| {
        let mut cause = false;
        for t in r {
            if !t.is_word() || turns(t) {
                return false;
            }
            cause |= is(WordClass::Cause, t);
        }
        cause
    };
    // (In the claim, only a passive or an intransitive turns it, not a setting: "lead to
    // weight gain in office workers" keeps its "in".)
    let claim_turns = |t: &crate::text::token::Token| is(WordClass::Turn, t) && !is(WordClass::Setting, t);
    for x in 0..claim.terms.len() {
        for y in 0..claim.terms.len() {
            let (Some(&(_, cxl)), Some(&(cyf, _))) = (claim.terms[x].spans.first(), claim.terms[y].spans.first()) else { continue };
            if x == y || cxl >= cyf || cyf - cxl > ROLE_WINDOW || !links(&ct[cxl + 1..cyf], &claim_turns) {
                continue;
            }
            for &(sx, _) in &hit.matched[x] {
                for &(_, syl) in &hit.matched[y] {
                    if syl < sx && sx - syl <= CAUSE_WINDOW && links(&st[syl + 1..sx], &|t| is(WordClass::Turn, t)) {
                        return swap_of(claim, x, y, false);
                    }
                }
            }
        }
    }
    None
}

/// Is the sentence's predicate (matched at `spans`) a passive whose agent, after "by", is the
/// term at token `agent` ("were driven by rising temperatures")? A passive participle
/// ([`passive`]), "by" right after it, the agent at most one word after "by" ("delivered by
/// rail to Ukraine" names no agent Ukraine).
fn passive_agent(a: &Analysed, spans: &[(usize, usize)], agent: usize) -> bool {
    spans.iter().any(|&(f, l)| passive(a, f, l) && a.tokens.get(l + 1).is_some_and(|t| t.norm == "by") && agent > l + 1 && agent <= l + 3)
}

/// Most tokens between a "from" and the "to" of the same movement.
const DIRECTION_WINDOW: usize = 6;

/// A movement the other way: the claim's "from X … to Y" where the sentence says "from Y … to
/// X" ("the virus passed from bats to pangolins" / "had passed from pangolins to bats"), after
/// a word of moving (not a range: "flooding from Florida to Texas"). Both may have happened,
/// so it only leaves a mention.
fn direction_swap(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<RoleSwap> {
    let a = &s.analysed;
    let prep = |ci: usize| claim.terms[ci].preposition.as_deref();
    for x in 0..claim.terms.len() {
        for y in 0..claim.terms.len() {
            if prep(x) != Some("from") || prep(y) != Some("to") {
                continue;
            }
            for &(fx, _) in &hit.matched[x] {
                for &(fy, _) in &hit.matched[y] {
                    let start = fx.min(fy).saturating_sub(1);
                    let moves = a.tokens[start.saturating_sub(4)..start].iter().any(|t| is(WordClass::Movement, t));
                    if moves
                        && fx.abs_diff(fy) <= DIRECTION_WINDOW
                        && preposition_before(a, fx).as_deref() == Some("to")
                        && preposition_before(a, fy).as_deref() == Some("from")
                    {
                        return swap_of(claim, x, y, false);
                    }
                }
            }
        }
    }
    None
}

/// Most tokens from "than" or the second "as" of a comparison to the compared term after it
/// ("than the planet Mercury").
const COMPARED_GAP: usize = 3;

/// The comparisons of `toks`: (the adjective's index, the index of "than" or the second "as",
/// scaled down). "denser than", "more likely than", "twice as likely as" ("as likely as" alone
/// is an equality, true both ways round: only a multiple orders the two); "less … than" and
/// "half as … as" are scaled down.
fn comparisons(toks: &[crate::text::token::Token]) -> Vec<(usize, usize, bool)> {
    let down = |from: usize, to: usize| toks[from..to].iter().any(|t| is(WordClass::ScaleDown, t));
    let mut out = Vec::new();
    for k in 2..toks.len() {
        if toks[k].norm == "than" {
            out.push((k - 1, k, down(k.saturating_sub(5), k - 1)));
        } else if k >= 3 && toks[k].norm == "as" && toks[k - 2].norm == "as" && is(WordClass::Multiple, &toks[k - 3]) {
            out.push((k - 1, k, down(k - 3, k - 2)));
        }
    }
    out
}

/// Whose a thing is, exchanged between the claim's own parties: "Azerbaijani forces shot
/// down two Armenian drones" against "two Azeri drones were shot down". The claim's demonym
/// stands right before one of its words (at most [`ACTOR_GAP`] function words between), and
/// the sentence has, right before every match of that word, another country the claim names
/// and never the claim's, and names the claim's one elsewhere: both parties are there, the
/// other way round. A thing has one owner: the swap rules the claim out. (Not a word the claim
/// says twice, "Russian troops attacked Ukrainian troops", nor one whose owner the sentence
/// never names: "Chinese gas demand" is not "Russian gas exports".)
fn demonym_swap(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<RoleSwap> {
    let a = &s.analysed;
    for (ct, m) in claim.terms.iter().zip(&hit.matched) {
        if ct.name || m.is_empty() || ct.spans.len() > 1 {
            continue;
        }
        let (f, at) = ct.spans[0];
        let Some(theirs) = owner(&claim.analysed, f) else { continue };
        let Some(country) = theirs.country.as_deref() else { continue };
        if !a.terms.iter().any(|t| t.country.as_deref() == Some(country)) {
            continue;
        }
        let other = |&(f, _): &(usize, usize)| owner(a, f).filter(|t| t.country.as_deref().is_some_and(|c| c != country && claim.names_country(c)));
        if !m.iter().all(|x| other(x).is_some()) {
            continue;
        }
        let (o, (_, l)) = (other(&m[0])?, m[0]);
        return Some(RoleSwap {
            cue: format!("roles swapped: {} / {}", a.span(&s.text, o.first, l), claim.analysed.span(&claim.text, theirs.first, at)),
            exclusive: true,
        });
    }
    None
}

/// Two of the claim's countries in each other's places: the word before each of them in the
/// claim ("a breakaway region of Armenia run by ethnic Azerbaijanis": "of", "ethnic") stands in
/// the sentence before the other, and never before its own ("a breakaway region of Azerbaijan,
/// ruled by ethnic Armenians"). Where both places hold one thing (after "of" or an adjective,
/// at least one of them an adjective) the swap rules the claim out; else it is no support
/// ("the border of Ukraine with Belarus" is the border of Belarus with Ukraine). Not a list
/// ("Armenia and Azerbaijan", "France, Germany"), nor after "the"; a function word only with
/// the word before it ("region of", not "residents of" against "people of"); never the claim's
/// subject ("Germany called on Poland": who did what to whom is `role_swap`'s).
fn slot_swap(claim: &Claim, s: &IndexedSentence) -> Option<RoleSwap> {
    let slots: Vec<Slot> = claim.terms.iter().filter_map(|ct| slot_of(claim, ct)).collect();
    for x in &slots {
        for y in slots.iter().filter(|y| y.country != x.country) {
            let (Some(i), Some(_)) = (x.holds(claim, s, y.country), y.holds(claim, s, x.country)) else { continue };
            let exclusive = (x.content || x.word == "of") && (y.content || y.word == "of") && (x.content || y.content);
            return Some(RoleSwap { cue: format!("roles swapped: {} {} / {}", s.analysed.tokens[i].norm, y.country, x.country), exclusive });
        }
    }
    None
}

/// One of the claim's countries in its place ([`slot_swap`]): the word before it.
struct Slot<'c> {
    country: &'c str,
    /// The word before the country, lowercase.
    word: &'c str,
    /// Its token in the claim.
    at: usize,
    /// A content word ("ethnic"), not a function word ("of").
    content: bool,
}

/// Claim term `ct` as a country in a place: not in a list, not the claim's subject (a region
/// opening the claim is what it is about, not a party: "Nagorno-Karabakh is a region of
/// Armenia"), after a word that is not an article.
fn slot_of<'c>(claim: &'c Claim, ct: &'c crate::retrieve::candidates::ClaimTerm) -> Option<Slot<'c>> {
    let ca = &claim.analysed;
    let country = ct.country.as_deref()?;
    let (f, l) = *ct.spans.first().filter(|_| ct.spans.len() == 1)?;
    let subject = claim.terms.iter().any(|t| t.country.as_deref() == Some(country) && t.spans[0].0 <= 2 && t.place != Some(PlaceKind::Region));
    if subject || listed(ca, l) {
        return None;
    }
    let at = f.checked_sub(1)?;
    let w = &ca.tokens[at];
    (w.is_word() && !matches!(w.norm.as_str(), "the" | "a" | "an" | "and" | "or")).then(|| Slot {
        country,
        word: &w.norm,
        at,
        content: !lexicon().is_stopword(&w.norm),
    })
}

/// Is the term ending at token `l` followed by another of a list ("Armenia and", "France,
/// Germany"; not "Azerbaijan, a close ally of Turkey")?
fn listed(a: &Analysed, l: usize) -> bool {
    let comma_country = || a.tokens.get(l + 1).is_some_and(|t| t.is_punct(',')) && a.terms.iter().any(|t| t.country.is_some() && t.first == l + 2);
    a.tokens.get(l + 1).is_some_and(|t| matches!(t.norm.as_str(), "and" | "or")) || comma_country()
}

impl Slot<'_> {
    /// The token in sentence `s` of this place holding `other` (the country right after it, not
    /// in a list), when no such place there holds this slot's own country.
    fn holds(&self, claim: &Claim, s: &IndexedSentence, other: &str) -> Option<usize> {
        let (ca, a) = (&claim.analysed, &s.analysed);
        let before = |an: &Analysed, i: usize| i.checked_sub(1).map(|j| crate::text::analyze::word_key(&an.tokens[j].norm));
        let same_place = |i: usize| self.content || (before(ca, self.at).is_some() && before(ca, self.at) == before(a, i));
        let after = |i: usize| {
            a.terms.iter().find(|t| t.first > i && t.first <= i + 2 && t.country.is_some()).filter(|t| !listed(a, t.last)).and_then(|t| t.country.as_deref())
        };
        let mut found = None;
        for (i, _) in a.tokens.iter().enumerate().filter(|(i, t)| t.norm == self.word && same_place(*i)) {
            match after(i) {
                Some(c) if c == self.country => return None,
                Some(c) if c == other => found = found.or(Some(i)),
                _ => {}
            }
        }
        found
    }
}

/// The demonym right before token `at` ("Azeri" in "two Azeri drones"), with only function
/// words between (at most [`ACTOR_GAP`]; no list: "Syrian and Libyan fighters").
fn owner(an: &Analysed, at: usize) -> Option<&crate::text::analyze::Term> {
    let demonym = |i: usize| lexicon().is_demonym(&an.tokens[i].norm);
    an.terms.iter().rev().find(|t| t.last < at && t.last + 1 + ACTOR_GAP >= at && t.country.is_some() && demonym(t.first)).filter(|t| {
        let joins = |x: &crate::text::token::Token| matches!(x.norm.as_str(), "and" | "or" | ",");
        let content_between = an.terms.iter().any(|x| x.content && x.first > t.last && x.first < at);
        let listed = an.tokens[t.last + 1..at].iter().any(joins) || (t.first > 0 && joins(&an.tokens[t.first - 1]));
        !content_between && !listed
    })
}

/// A comparison in the claim ("Granite is denser than basalt", "men were twice as likely as
/// women to …") made the other way round in the sentence, with the same adjective ("Basalt
/// … is denser than granite", "Women … were about twice as likely as men"): the claim's
/// subject stands in the sentence's "than" slot and what it was compared with before it —
/// unless the sentence says it was only believed ("was long thought to be longer than": the
/// "belief" class). Both scaled down or neither: "half as likely as" reverses it back.
fn comparison_swap(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<RoleSwap> {
    let (ct, st) = (&claim.analysed.tokens, &s.analysed.tokens);
    let sentence = comparisons(st);
    for (cadj, cthan, cdown) in comparisons(ct) {
        // The compared thing: the claim term matched that ends last before the comparison and
        // its scale ("twice as", "more", "three times as").
        let mut start = cadj;
        while start > 0
            && (is(WordClass::Multiple, &ct[start - 1])
                || is(WordClass::Scale, &ct[start - 1])
                || ct[start - 1].kind == crate::text::token::Kind::Number
                || lexicon().numbers.contains_key(&ct[start - 1].norm))
        {
            start -= 1;
        }
        let (mut x, mut y) = (None, None);
        let (mut x_end, mut y_first) = (0, usize::MAX);
        for ci in 0..claim.terms.len() {
            for &(f, l) in &claim.terms[ci].spans {
                if l < start && !hit.matched[ci].is_empty() && (x.is_none() || l > x_end) {
                    (x, x_end) = (Some(ci), l);
                }
                if f > cthan && f <= cthan + COMPARED_GAP && f < y_first {
                    (y, y_first) = (Some(ci), f);
                }
            }
        }
        let (Some(x), Some(y)) = (x, y) else { continue };
        for &(sadj, sthan, sdown) in &sentence {
            if x == y || st[sadj].norm != ct[cadj].norm || sdown != cdown || !hit.matched[x].iter().any(|&(f, _)| f > sthan && f <= sthan + COMPARED_GAP) {
                continue;
            }
            for &(_, l) in &hit.matched[y] {
                if l < sadj && !st[l..sadj].iter().any(|t| is(WordClass::Belief, t)) {
                    return swap_of(claim, x, y, true);
                }
            }
        }
    }
    None
}

/// A falsity cue ("hoax", "incorrect", "not true") about what the sentence reports: after
/// some of the claim's words or a report noun ("reports that … are false"), or before a "that"
/// and the claim's words ("the myth that …"), and not itself negated ("is not false").
/// "… was wrong" says so of a report only ("reports of a positive test were wrong"), not of an
/// act ("the ban was wrong", "a UN report said the shelling was wrong": the report says it).
// (Not inlined into each of the judge's three calls: WebAssembly size.)
#[inline(never)]
fn falsity(a: &Analysed, matched: &[usize]) -> Option<(usize, usize)> {
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
            let reported = if c.phrase.ends_with("wrong") {
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
            let before_that = a.tokens[c.last + 1..].iter().take(4).position(|t| t.norm == "that").is_some_and(|k| {
                let that = c.last + 1 + k;
                let end =
                    a.tokens[that + 1..].iter().position(|t| t.is_clause_mark() || is(WordClass::Coordinator, t)).map_or(a.tokens.len(), |e| that + 1 + e);
                !c.phrase.ends_with("wrong") && matched.iter().any(|&m| m > that && m < end)
            });
            let about = reported || before_that || (matched.iter().any(|&m| m < c.first) && !c.phrase.ends_with("wrong")) || labels_headline(a, c.first);
            about && !negated_before(a, c.first) && shown_false(a, c.first)
        })
        .map(|c| (c.first, c.last))
}

fn first_speaker(s: &IndexedSentence) -> Option<String> {
    s.speaker_names.iter().flatten().next().cloned()
}

fn denial_judgement(claim: &Claim, s: &IndexedSentence, k: usize, at: &crate::text::speaker::Attribution, coverage: f32) -> Judgement {
    // Someone denying P asserts not-P: that supports a negated claim. A claim about what
    // someone said is about them: their own denial supports "X denied P" and contradicts "X
    // said P". Anyone else's denial of P denies what X is said to have said (or that X said
    // it), but tells nothing of whether X denied it too.
    let (stance, reason) = match &claim.attribution {
        // ("X has not denied P": their denial contradicts it.)
        Some((kind, _)) if by_claims_speaker(claim, s, k) => {
            let agrees = if denial_negated(claim) { false } else { *kind == Cue::Denial || claim.negated };
            (if agrees { Stance::Supports } else { Stance::Contradicts }, Reason::Denial)
        }
        Some((Cue::Denial, _)) => (Stance::Mentions, Reason::None),
        _ if claim.negated => (Stance::Supports, Reason::ClaimNegated),
        _ => (Stance::Denial, Reason::Denial),
    };
    let j = Judgement { stances: Vec::new(), reason, cue: None, cue_at: None, speaker: s.speaker_names[k].clone(), score: 0.0 };
    j.marked(stance, reason, s, (at.cue_first, at.cue_last), coverage)
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
    Some(ModelDenial::Of(denial_judgement(claim, s, k, at, coverage)))
}

/// Is `at` a denial that denies something: not negated ("did not deny") and not a participle
/// used as an adjective ("the disputed region")?
fn live_denial(a: &Analysed, at: &crate::text::speaker::Attribution) -> bool {
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
fn reports_in(s: &IndexedSentence) -> impl Iterator<Item = (usize, &crate::text::speaker::Attribution)> {
    s.attributions.iter().enumerate().filter(|(_, at)| matches!(at.kind, Cue::Report | Cue::Confirm))
}

/// Is the sentence's attribution `k` (a report or denial) by the speaker the claim names:
/// a speaker key in common ("Ankara" for "Turkey")?
fn by_claims_speaker(claim: &Claim, s: &IndexedSentence, k: usize) -> bool {
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
fn denial_scope_coverage(index: &Index, claim: &Claim, hit: &Hit, a: &Analysed, at: &crate::text::speaker::Attribution) -> f32 {
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

/// Least share of the claim's matched words (by IDF weight) that must lie in what is denied,
/// the denier aside, for a denial the model matched to the claim to be a denial of it.
const DENIED_CONTENT_MIN: f32 = 0.3;

/// Of the claim's words the sentence matches, the share (by IDF weight) matched inside what
/// is denied — after the cue ("denied sending arms"), or before it for "…, an assertion
/// denied by X" — not in the denier: "Y said P, an assertion denied by an aide to Aliyev" is
/// no denial of a claim about what Aliyev said.
fn denied_content_share(index: &Index, claim: &Claim, hit: &Hit, a: &Analysed, at: &crate::text::speaker::Attribution) -> f32 {
    denied_share(index, claim, hit, a, at, DeniedOf::Matched).unwrap_or(0.0)
}

/// Least share of the claim's predicate ([`denied_predicate_share`]) a denial must deny to
/// deny the claim: "the couple denied rumours that they were moving abroad" shares only its
/// subject with "the couple have split up". (Low, because a denial in other words — "denied
/// sending arms" for "supplied weapons" — matches few words; 0.3 to 0.7 scored alike on the
/// seen pair sets, and above 0.3 the seen seed sets lost denials of reports.)
const DENIED_PREDICATE_MIN: f32 = 0.3;

/// Of the claim's predicate — its words that are not names, less those the denier says ("The
/// minister denied misleading parliament": "minister" cannot be denied) — the share (by IDF
/// weight) the sentence says inside what the denial `at` denies. 1 when nothing is left.
fn denied_predicate_share(index: &Index, claim: &Claim, hit: &Hit, a: &Analysed, at: &crate::text::speaker::Attribution) -> f32 {
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
fn denied_part(index: &Index, claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<Option<Judgement>> {
    let a = &s.analysed;
    s.attributions.iter().enumerate().filter(|(_, at)| live_denial(a, at)).find_map(|(k, at)| {
        let passive = denies_what_came_before(a, at);
        let only_denied = claim
            .terms
            .iter()
            .enumerate()
            .any(|(ci, t)| !t.name && !hit.matched[ci].is_empty() && hit.matched[ci].iter().all(|&(f, l)| in_denied_content(at, passive, f, l)));
        only_denied.then(|| {
            (denied_content_share(index, claim, hit, a, at) >= DENIED_CONTENT_MIN && denied_predicate_share(index, claim, hit, a, at) >= DENIED_PREDICATE_MIN)
                .then(|| denial_judgement(claim, s, k, at, hit.coverage))
        })
    })
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
fn false_right_after_claim_word(a: &Analysed, matched: &[usize], f: usize) -> bool {
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
fn labels_headline(a: &Analysed, f: usize) -> bool {
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
fn negated_before(a: &Analysed, first: usize) -> bool {
    // ("not only denied" is emphasis.)
    a.cues.iter().any(|c| c.kind == Cue::Negation && c.last < first && first - c.last <= 2 && !not_only(a, c.last))
}

/// A negation whose scope (the next few content words, up to clause punctuation) is mostly
/// about the claim's matched terms. Returns the cue's token range.
fn negation_hits(a: &Analysed, matched: &[usize]) -> Option<(usize, usize)> {
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
        // Scope: following tokens until punctuation.
        for i in c.last + 1..a.tokens.len() {
            let t = &a.tokens[i];
            if !t.is_word() {
                if matches!(t.norm.as_str(), "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "\"") {
                    break;
                }
                continue;
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
            if matched.contains(&i) {
                // The first content word is what the negation stands over ("is not a nut in
                // the botanical sense"): it weighs as much as two after it.
                hit += if seen == 1 { 2 } else { 1 };
            } else {
                miss += 1;
            }
            // "rather than" / "instead of" negate one alternative, the word right after.
            if seen >= NEG_WINDOW || c.sets_aside() {
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
fn failed_attempt(a: &Analysed, matched: &[usize]) -> Option<(usize, usize)> {
    let attempt = a.cues.iter().find(|c| c.kind == Cue::Attempt)?;
    let failure = a.cues.iter().find(|c| c.kind == Cue::Failure && c.first > attempt.last)?;
    let inside = matched.iter().filter(|&&i| i > attempt.last && i < failure.first).count();
    (inside > 0).then_some((failure.first, failure.last))
}

/// Numbers, ordinals or years in the claim that every comparable one in the sentence rules
/// out. Counts are compared when they count the same thing ("300 fighters" / "4,000
/// fighters", not "two sources" / "300 fighters"); a bare number ("… to 15") is compared when
/// the sentence talks about the claim's counted thing.
fn number_conflict(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let mentions = |key: &str| s.analysed.terms.iter().any(|t| t.key == key);
    // A number said of a place ("three died in Martakert") is not contradicted by a number
    // about somewhere else.
    // (A capitalised word after "in" is a place even when the gazetteer does not know it.)
    let is_place = |t: &crate::retrieve::candidates::ClaimTerm| {
        t.place.is_some() || (t.preposition.as_deref() == Some("in") && t.spans.iter().any(|&(f, _)| claim.analysed.tokens[f].capitalized))
    };
    // (A pronoun standing for the claim's place names it: "It was established in 1992".)
    let elsewhere = claim
        .terms
        .iter()
        .zip(&hit.matched)
        .any(|(t, m)| (t.place.is_some() || (t.locative && is_place(t))) && m.is_empty() && !s.analysed.terms.iter().any(|x| t.matches(x)));
    if elsewhere {
        return None;
    }
    for kind in [QKind::Count, QKind::Ordinal, QKind::Year, QKind::Share] {
        let sq: Vec<_> = s.quantities.iter().filter(|q| q.kind == kind).collect();
        for c in claim.quantities.iter().filter(|q| q.kind == kind) {
            // "Strike kills three" counts what "twelve people were killed" counts, and "the
            // magnitude 7.4 earthquake" gives the magnitude of "a magnitude of 6.1": a number
            // right after the sentence's match of the claim word next to `c`.
            let act_before = |x: &&&Quantity| {
                claim
                    .terms
                    .iter()
                    .zip(&hit.matched)
                    .any(|(t, m)| !t.name && t.spans.iter().any(|&(f, _)| f.abs_diff(c.at) <= COUNT_ACT_GAP) && m.iter().any(|&(_, l)| l + 1 == x.first))
                    // ("killed 1 in 5 patients" is a share, not a count; "Artemis 2" a name.)
                    && !s.analysed.tokens.get(x.at + 1).is_some_and(|t| matches!(t.norm.as_str(), "in" | "out"))
                    && !x.first.checked_sub(1).is_some_and(|p| s.analysed.tokens[p].capitalized)
            };
            // "3 dead" counts what "twelve people died" counts: a number whose word is the
            // claim's act by its count ("Bus crash: 12 injured, 3 dead" gives three deaths; the
            // claim's twelve, unmatched, had been read as unsaid).
            // (The act of the claim's count, `act_of`, right after what it counts: "five Syrian
            // rebel sources" counts no rebels, and "three hundred soldiers have died" is no
            // count of "dozens of dead" among the day's casualties.)
            let act = act_of(&claim.analysed, c).filter(|t| t.first > c.at && t.first <= c.at + COUNT_ACT_GAP);
            let counts_act = |x: &&&Quantity| act.is_some_and(|t| x.head.as_ref() == Some(&t.key));
            let comparable: Vec<_> = if kind == QKind::Year {
                sq.clone()
            } else if kind == QKind::Share {
                // Shares of the same thing, or where either does not say of what ("41 percent
                // had high blood pressure" is a share of those the sentence is about).
                sq.iter().filter(|x| c.same_share(x)).copied().collect()
            } else {
                let same: Vec<_> = sq.iter().filter(|x| x.head.is_some() && x.head == c.head).copied().collect();
                if !same.is_empty() {
                    same
                } else if c.head.is_none() {
                    // "put the number of fighters at fewer than a hundred": a bare number is
                    // compared with bare ones, and with counts of something the claim names.
                    let named = |h: &str| claim.terms.iter().any(|t| t.key == h);
                    sq.iter().filter(|x| x.head.as_deref().is_none_or(named) || act_before(x)).copied().collect()
                } else if c.head.as_deref().is_some_and(mentions) {
                    sq.iter().filter(|x| x.head.is_none()).copied().collect()
                } else {
                    sq.iter().filter(|x| (x.head.is_none() && act_before(x)) || counts_act(x)).copied().collect()
                }
            };
            // A year that dates a thing the sentence never names ("ever since a ceasefire in
            // 1994" against "the Minsk Group, set up in 1992") is no other date for it.
            if kind == QKind::Year && dates_unsaid_thing(claim, hit, c) {
                continue;
            }
            // Years of several clauses ("built in 1932, renovated in 2005"), or amounts of the
            // same thing ("opens to $48 million, far short of its $200 million budget"): the one
            // said of the claim's act decides, when it stands right by the word that names the
            // act. (Not counts of different things: in "killed 30,000 and displaced hundreds of
            // thousands" the number by "killed" is not the displaced.)
            let Some((shown, gap, apart)) = nearest_to_anchor(&s.analysed, claim, hit, c, &comparable) else { continue };
            // (Shares: of the same thing, or of what the sentence is about.)
            let same_thing = |x: &&Quantity| (x.head.is_some() && x.head == c.head) || c.same_share(x);
            // (An amount only when the agreeing one is in another clause: "a profit of $1 billion
            // on revenue of $5 billion" gives the revenue too.)
            let by_the_act = (kind == QKind::Year || (matches!(kind, QKind::Count | QKind::Share) && same_thing(&shown) && apart))
                && comparable.len() > 1
                && !c.compatible(shown)
                && gap.is_some_and(|d| d <= ANCHOR_GAP);
            if by_the_act || comparable.iter().all(|x| !c.compatible(x)) {
                let said = |a: &Analysed, text: &str, q: &Quantity| a.span(text, q.first, q.at).to_string();
                let cue = format!("{} vs {}", said(&s.analysed, &s.text, shown), said(&claim.analysed, &claim.text, c));
                // 1.0: the two numbers count the same named thing ("3,000 people" / "30,000
                // people"), itself strong evidence that both speak of one fact.
                return Some((cue, if comparable.iter().all(same_thing) { 1.0 } else { 0.0 }));
            }
        }
    }
    None
}

/// Does the claim's year `c` date a thing named by a noun the sentence does not say, in a
/// phrase of its own: "ever since a ceasefire in 1994", "after the 1994 ceasefire" (the noun
/// after a determiner after "since", "after", "despite" …, `WordClass::Coordinator`, right by
/// the year)? (Not what the subject is, "is a 2005 drama", nor an act, "was released in
/// 2005": those date the claim's subject.)
fn dates_unsaid_thing(claim: &Claim, hit: &Hit, c: &Quantity) -> bool {
    let toks = &claim.analysed.tokens;
    let determiner = |i: usize| i > 1 && is(WordClass::Determiner, &toks[i - 1]) && is(WordClass::Coordinator, &toks[i - 2]);
    claim.terms.iter().zip(&hit.matched).any(|(t, m)| {
        let Some(&(f, l)) = t.spans.first() else { return false };
        // "a ceasefire in 1994": the noun, "in", the year; "the 1994 ceasefire": right after it.
        let before = l + 2 == c.first && toks[l + 1].norm == "in" && determiner(f);
        let after = f == c.at + 1 && determiner(c.first);
        m.is_empty() && !t.name && (before || after)
    })
}

/// Of the sentence's numbers that rule out the claim's number `c`, the one said of the same
/// thing: nearest the sentence's match of the claim word nearest `c` ("renovated in 1998"
/// against "built in 1932, renovated in 2005": 2005, not 1932), with its distance in tokens
/// from that match. The first of them, with no distance, when no claim word is matched;
/// `None` when there are none. A number in another clause is farther than its words: each
/// clause mark between it and the match counts as [`CLAUSE_GAP`] tokens ("The bridge, which
/// opened in 1990, was closed for repairs in 2015": 2015 is the closing's year). Also whether
/// every number that agrees with `c` stands in another clause than that match.
fn nearest_to_anchor<'q>(a: &Analysed, claim: &Claim, hit: &Hit, c: &Quantity, comparable: &[&'q Quantity]) -> Option<(&'q Quantity, Option<usize>, bool)> {
    // Where the sentence says the claim word nearest `c` (its act or thing; not the scale word
    // of `c` itself, "million", which the sentence's first amount has too).
    let anchor = claim
        .terms
        .iter()
        .zip(&hit.matched)
        .filter_map(|(t, m)| Some((t.spans.first()?.0, m.first()?.0)))
        .filter(|&(f, _)| f < c.first || f > c.at)
        .map(|(f, at)| (f.abs_diff(c.at), at))
        .min_by_key(|&(d, _)| d)
        .map(|(_, at)| at);
    let Some(at) = anchor else { return comparable.first().map(|x| (*x, None, false)) };
    let gap = |x: &Quantity| {
        // (From the amount's nearer end: "opens to $48 million" is 3 from "opens".)
        let end = if at < x.first { x.first } else { x.at };
        // (A month's own year, "February 2, 2013" after "February", is the month's: the
        // nearest of all, past the day and the date's comma.)
        let own_year = lexicon().months.contains_key(&a.tokens[at].norm)
            && x.first > at
            && x.first - at <= 3
            && a.tokens[at + 1..x.first].iter().all(|t| t.is_punct(',') || t.norm.bytes().all(|b| b.is_ascii_digit()));
        if own_year {
            return (0, 0);
        }
        let between = a.tokens.get(end.min(at) + 1..end.max(at)).unwrap_or_default();
        (end.abs_diff(at), between.iter().filter(|t| t.is_clause_mark()).count())
    };
    // The nearest (of two as near, the one that agrees with `c`: a tie decides nothing), and
    // whether every number that agrees with `c` stands in another clause than the act's word.
    let mut nearest: Option<(&Quantity, (usize, bool))> = None;
    let mut apart = true;
    for &x in comparable {
        let (d, marks) = gap(x);
        let agrees = c.compatible(x);
        apart &= !agrees || marks > 0;
        let key = (d + marks * CLAUSE_GAP, !agrees);
        if nearest.is_none_or(|(_, k)| key < k) {
            nearest = Some((x, key));
        }
    }
    nearest.map(|(x, (d, _))| (x, Some(d), apart))
}

/// Is the claim negated only by a cessation verb ("stopped supplying") that is itself the claim
/// word the sentence says the opposite of ("continued supplying")?
fn negated_by_the_act(claim: &Claim, hit: &Hit) -> bool {
    let Some(&(ci, _)) = hit.opposites.first() else { return false };
    let mut negations = claim.analysed.cues.iter().filter(|c| matches!(c.kind, Cue::Negation | Cue::Failure)).peekable();
    negations.peek().is_some() && negations.all(|c| c.act && claim.terms[ci].spans.iter().any(|&(f, _)| f == c.first))
}

/// The sentence says the opposite of a claim word ("cut rates" / "raised rates"), not negated.
fn opposite_conflict(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let &(ci, (f, l)) = hit.opposites.first()?;
    // (Nor "may be unsafe", "is reportedly unhappy" against "is safe", "is happy": a hedged
    // state asserts nothing. Only for one word with and without a negating prefix: "was linked
    // to a lower risk", "as likely as" still contradict "raises the risk", "more likely than".)
    if negated_opposite(claim, s, hit).is_some() || (complementary(claim, s, ci, (f, l)) && cue_before(&s.analysed, Cue::Hedge, f, HEDGE_GAP).is_some()) {
        return None;
    }
    let (cf, cl) = claim.terms[ci].spans[0];
    // (A noun of when, between a determiner and "of", is no act: "at the start of December 2019" says
    // nothing against "urge Turkey to stop interfering" — unless the sentence's word is one too.)
    let noun = |a: &Analysed, i: usize, j: usize| i > 0 && is(WordClass::Determiner, &a.tokens[i - 1]) && a.tokens.get(j + 1).is_some_and(|t| t.norm == "of");
    if noun(&claim.analysed, cf, cl) && !noun(&s.analysed, f, l) {
        return None;
    }
    let said = s.analysed.span(&s.text, f, l);
    Some((format!("{said} vs {}", claim.analysed.span(&claim.text, cf, cl)), hit.coverage))
}

/// The claim word's opposite in the sentence, negated: "did not cut" against "raised" is no
/// contradiction. `Some(true)` where the two are one word with and without a negating prefix,
/// complementary: "not armed" says "unarmed", "is not effective" says "ineffective".
fn negated_opposite(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<bool> {
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
        if !t.is_word() && !t.is_punct('-') {
            return false;
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
fn modifies_next(s: &IndexedSentence, (f, l): (usize, usize), object: bool) -> bool {
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
fn complementary(claim: &Claim, s: &IndexedSentence, ci: usize, (f, l): (usize, usize)) -> bool {
    let (cf, cl) = claim.terms[ci].spans[0];
    cf == cl && f == l && crate::text::analyze::complementary(&claim.analysed.tokens[cf].norm, &s.analysed.tokens[f].norm)
}

/// A month (and day) in the claim that no date in the sentence agrees with.
fn date_conflict(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    if claim.dates.is_empty() || s.dates.is_empty() {
        return weekday_date_conflict(claim, s, hit).or_else(|| weekday_conflict(claim, s, hit));
    }
    claim.dates.iter().find(|c| !s.dates.iter().any(|d| same_day(c, d))).map(|_| ("a different date".to_string(), 1.0))
}

/// Is the token a day of the week ("Tuesday")?
fn is_weekday(t: &crate::text::token::Token) -> bool {
    lexicon().weekdays.contains_key(&t.norm)
}

/// Can two dates be the same day (the same month, and the same day where both give one)?
fn same_day(a: &Date, b: &Date) -> bool {
    a.month == b.month && (a.day.is_none() || b.day.is_none() || a.day == b.day)
}

/// Most tokens from "will" or an intention ("expected to") to the weekday it puts ahead ("is
/// expected to vote on the budget on Thursday": 6).
const FUTURE_GAP: usize = 6;

/// The date the weekday at token `i` of sentence `a` stands for in an article published on
/// `published`: back to the latest such day, as news reports what happened; "last Tuesday"
/// strictly before; "next Monday", and a weekday after "will" or an intention ("is expected
/// to vote on Thursday"), ahead.
fn weekday_date(a: &Analysed, i: usize, published: &str) -> Option<Date> {
    let toks = &a.tokens;
    let before = |w: &str| i > 0 && toks[i - 1].norm == w;
    // ("will" or the intention close before it, in its clause: not "which will be salvaged next
    // year, sank on Tuesday", nor "Officials will investigate why the ferry sank on Tuesday".)
    let near = |f: usize| f < i && i - f <= FUTURE_GAP && !toks[f..i].iter().any(|t| t.is_punct(','));
    let ahead = before("next") || (0..i).any(|f| toks[f].norm == "will" && near(f)) || a.cues.iter().any(|c| c.kind == Cue::Intent && near(c.last));
    let toward = if ahead {
        Toward::Ahead
    } else if before("last") {
        Toward::Last
    } else {
        Toward::Back
    };
    Date::of_weekday(published, *lexicon().weekdays.get(&toks[i].norm)?, toward)
}

/// A date as a reader writes it: "29 September", or "September".
fn shown(d: &Date) -> String {
    // (The month's longest name in the lexicon: "september", not "sept".)
    let name = lexicon().months.iter().filter(|(_, &m)| m == d.month).map(|(n, _)| n.as_str()).max_by_key(|n| n.len()).unwrap_or_default();
    let mut c = name.chars();
    let name: String = c.next().map(|f| f.to_ascii_uppercase()).into_iter().chain(c).collect();
    d.day.map_or(name.clone(), |day| format!("{day} {name}"))
}

/// A weekday on one side and a date on the other. The sentence's weekday is read as the day it
/// means where the article was published: "shot down on Tuesday" in Wednesday 30 September's
/// paper is 29 September, no "1 October" (it must date the claim's act, as in
/// [`weekday_conflict`]). The claim's weekday, said with no date to count from, is compared
/// with the weekday of the sentence's dates: "sank on 9 March" says "sank on Tuesday" in 2021
/// (a month name near the claim's words; a sentence naming a weekday beside its date is left
/// to the weekdays).
fn weekday_date_conflict(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let published = s.published.as_deref()?;
    let (st, ct) = (&s.analysed.tokens, &claim.analysed.tokens);
    let lex = lexicon();
    if s.dates.is_empty() {
        let i = dating_weekday(claim, s, hit)?;
        let d = weekday_date(&s.analysed, i, published)?;
        let c = claim.dates.iter().find(|c| !same_day(c, &d))?;
        return Some((format!("{} ({}) vs {}", &s.text[st[i].start..st[i].end], shown(&d), shown(c)), 1.0));
    }
    // (A year said with the date, "9 March 2019", is not the publication's.)
    if st.iter().any(is_weekday)
        || s.quantities.iter().any(|q| q.kind == QKind::Year)
        || !(0..st.len()).any(|i| lex.months.contains_key(&st[i].norm) && anchored(claim, hit, i))
    {
        return None;
    }
    let claimed = ct.iter().find(|t| is_weekday(t))?;
    let w = *lex.weekdays.get(&claimed.norm)?;
    let mut other = None;
    for d in &s.dates {
        match d.weekday_in(published) {
            Some(x) if x == w => return None,
            Some(_) => other = other.or(Some(d)),
            None => {}
        }
    }
    Some((format!("{} vs {}", shown(other?), &claim.text[claimed.start..claimed.end]), 1.0))
}

/// Does the sentence date what the claim says by a weekday ([`dating_weekday`]) that its
/// article's publication date resolves?
fn dated_by_weekday(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> bool {
    s.published.as_deref().zip(dating_weekday(claim, s, hit)).is_some_and(|(p, i)| weekday_date(&s.analysed, i, p).is_some())
}

/// Most tokens between a claim's report verb and the day that dates the saying ("told France 2
/// on Tuesday").
const SAID_DAY_GAP: usize = 4;

/// Another day of the week for the same act: "held their call on Monday night" against "in a
/// phone call Wednesday night". The sentence's day must follow a word of the claim closely (the
/// day of what the claim says, not of another event in the sentence), and the sentence must
/// not name the claim's day anywhere.
fn weekday_conflict(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let claimed = claim.analysed.tokens.iter().find(|t| is_weekday(t))?;
    let toks = &s.analysed.tokens;
    // Any day the claim names, said in the sentence, is no conflict ("from Monday to
    // Wednesday" / "ended Wednesday").
    if toks.iter().any(|t| is_weekday(t) && claim.analysed.tokens.iter().any(|c| c.norm == t.norm)) {
        return None;
    }
    let other = &toks[dating_weekday(claim, s, hit)?];
    Some((format!("{} vs {}", &s.text[other.start..other.end], &claim.text[claimed.start..claimed.end]), 1.0))
}

/// The weekday of the sentence (a token index) that dates what the claim says: the one
/// nearest after a word matched for the claim's predicate, not the day something was said.
fn dating_weekday(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<usize> {
    let toks = &s.analysed.tokens;
    // (The claim's own weekday, or else its first date word, is what its report verb may date.)
    let di = claim.analysed.tokens.iter().position(|t| is_weekday(t) || lexicon().months.contains_key(&t.norm)).unwrap_or(usize::MAX);
    // The day something was said is not the day of what was said ("Police said Friday they
    // arrested …") — unless the claim is about the saying: "made his claim on Saturday", "told
    // France 2 on Tuesday" against "said on Monday": a report noun, or the claim's day just
    // after its speaker's report verb (not "said they arrested two men on Friday", nor
    // "crossed on Saturday, the office confirmed").
    // (Or the day the claim opens with, before the speaker, who says what follows: "On Friday
    // Macron said …", "It was on Friday that Macron described …"; not "… on Saturday, the office
    // confirmed", "On Friday, the minister said, troops would …", "After the attack on Monday,
    // the mayor said …".)
    let speech = claim.analysed.tokens.iter().any(|t| is(WordClass::ReportNoun, t))
        || claim.attributions.iter().any(|at| {
            at.speaker.is_some_and(|(f, l)| {
                l < at.cue_first
                    && ((di > at.cue_last && di <= at.cue_last + SAID_DAY_GAP)
                        || (di < f
                            && matches!(claim.analysed.tokens[0].norm.as_str(), "on" | "it")
                            && claim.analysed.tokens.get(at.cue_last + 1).is_some_and(|t| t.is_word())))
            })
        });
    let said_on = |i: usize| s.attributions.iter().any(|at| at.cue_last < i && i <= at.cue_last + 2);
    // The day nearest after a matched word: "statement Thursday that … a phone call Wednesday
    // night" dates the call by Wednesday. (A claim about the saying takes the day of the
    // sentence's saying, "Beaune said on Thursday", whatever it matched.)
    toks.iter()
        .enumerate()
        .filter(|&(i, t)| is_weekday(t) && if said_on(i) { speech } else { anchored(claim, hit, i) })
        .min_by_key(|&(i, _)| distance_after_match(claim, hit, i))
        .map(|(i, _)| i)
}

/// Does a word of the sentence at token `first` follow closely (within 8 tokens) a word the
/// sentence matched for the claim's predicate (not a name)? Then it belongs to what the claim
/// says ("summit in Brussels", "phone call Wednesday night"), not to another event.
fn anchored(claim: &Claim, hit: &Hit, first: usize) -> bool {
    distance_after_match(claim, hit, first) <= 8
}

/// Tokens from the nearest earlier word matched for the claim's predicate to token `first`.
fn distance_after_match(claim: &Claim, hit: &Hit, first: usize) -> usize {
    claim
        .terms
        .iter()
        .zip(&hit.matched)
        .filter(|(t, _)| !t.name)
        .flat_map(|(_, m)| m)
        .filter(|&&(_, l)| l < first)
        .map(|&(_, l)| first - l)
        .min()
        .unwrap_or(usize::MAX)
}

/// Where: the claim says "held in Paris", the sentence "held in Brussels"; "a visit to
/// Lithuania" against "a visit to Latvia". A place inside the other ("to Nagorno-Karabakh" /
/// "to Azerbaijan") is no conflict.
fn place_conflict(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let a = &s.analysed;
    // The sentence's place must be attached to something the claim says: a matched word (not a
    // name) shortly before its preposition ("summit in Brussels", not "Turkish jet which had
    // taken off from Baku").
    let anchored = |first: usize| anchored(claim, hit, first);
    // Another of the claim's own places, of the same kind, is no conflict: "gunmen from Libya
    // and Syria" against "Islamists from Syria" (but "the Turkish city of Izmir" against
    // "Turkey's Gaziantep" is).
    // (A place the claim names, not a demonym: "Armenian demonstrators" say who, not where;
    // nor a possessor: "Armenia's defence ministry" says whose.)
    let demonym = |o: &crate::retrieve::candidates::ClaimTerm| o.spans.iter().all(|&(f, _)| lexicon().is_demonym(&claim.analysed.tokens[f].norm));
    let claims_place = |ci: usize, t: &crate::text::analyze::Term| {
        claim.terms.iter().enumerate().any(|(oi, o)| {
            oi != ci
                && o.place.is_some()
                && o.place == t.place
                && named_by(o, t)
                && !demonym(o)
                && !possessive(&claim.text, &claim.analysed.tokens[o.spans[0].0])
        })
    };
    if let Some(c) = compass_conflict(claim, s, hit) {
        return Some((c, hit.coverage));
    }
    for (ci, ct) in claim.terms.iter().enumerate() {
        let Some(prep) = ct.preposition.as_deref() else { continue };
        // A name the gazetteer does not know ("collected in Eldoret" / "in Iten"): compared
        // only with another unknown name in the same slot.
        // (Not "via": "via Telegram" / "via Amaq" are channels, not places.)
        if ct.place.is_none() && hit.matched[ci].is_empty() && prep != "via" && ct.spans.iter().all(|&(f, _)| unknown_name(&claim.analysed, f)) {
            let other = a.terms.iter().find(|t| {
                t.place.is_none() && t.content && unknown_name(a, t.first) && anchored(t.first) && preposition_before(a, t.first).as_deref() == Some(prep)
            });
            if let Some(other) = other {
                let cov = hit.coverage_without(index, claim, ci);
                return Some((format!("{prep} {}", a.span(&s.text, other.first, other.last)), cov));
            }
            continue;
        }
        if ct.place.is_none() {
            continue;
        }
        // The sentence names the claimed place itself (a capital's country is not enough:
        // "French" does not say "in Paris").
        // (Named in another slot only, with another place in this one, it is not said to be
        // there: "taken off from Baku … downed over Armenian territory" for "downed over
        // Azerbaijani airspace".)
        if a.terms.iter().any(|t| named_by(ct, t) && preposition_before(a, t.first).is_none_or(|p| p == prep)) {
            continue;
        }
        // Of several, the place of the claimed place's own kind is the one to show ("in Los
        // Angeles" for "in Chicago", rather than "actions in Armenia" earlier in the sentence).
        let conflicting = a.terms.iter().filter(|t| {
            t.country.is_some()
                && t.place.is_some()
                && anchored(t.first)
                && preposition_before(a, t.first).as_deref() == Some(prep)
                && !same_place(ct, t)
                && !claims_place(ci, t)
        });
        // (None here: a later place of the claim may still be in conflict, "at Turkey … to
        // Lithuania".)
        let Some(other) = conflicting.min_by_key(|t| t.place != ct.place) else { continue };
        let cov = hit.coverage_without(index, claim, ci);
        return Some((format!("{prep} {}", a.span(&s.text, other.first, other.last)), cov));
    }
    None
}

/// Does sentence term `t` name claim place `ct` itself? (A capital's country is not enough:
/// "French" does not say "in Paris".)
fn named_by(ct: &crate::retrieve::candidates::ClaimTerm, t: &crate::text::analyze::Term) -> bool {
    match ct.place {
        Some(PlaceKind::City) => t.place_id() == ct.place_id,
        Some(PlaceKind::Region) => ct.matches(t),
        _ => t.country.as_deref() == Some(ct.country_key()),
    }
}

/// Could sentence place `t` be claim place `ct`, or lie in it, or hold it? Two cities differ
/// by name, two regions unless one names the other; a region may contain the other place, or
/// lie in it (no conclusion); otherwise a city in another country, or a country the claimed
/// city is not in, is another place.
fn same_place(ct: &crate::retrieve::candidates::ClaimTerm, t: &crate::text::analyze::Term) -> bool {
    match (ct.place, t.place) {
        (Some(PlaceKind::City), Some(PlaceKind::City)) => t.place_id() == ct.place_id,
        (Some(PlaceKind::Region), Some(PlaceKind::Region)) => ct.matches(t),
        (Some(PlaceKind::Region), _) | (_, Some(PlaceKind::Region)) => true,
        _ => t.country.as_deref() == Some(ct.country_key()),
    }
}

/// The compass part of the place at token `f`: "southern Azerbaijan", "(south-eastern
/// Turkey)", "the north of Azerbaijan" → (north +1 / south −1, east +1 / west −1). Only an
/// adjective ("-ern") or "the north of": "South Sudan" and "North Korea" are names, and "north
/// of Baku" is outside Baku.
fn compass_before(toks: &[crate::text::token::Token], f: usize) -> Option<(i8, i8, usize)> {
    // "north", "south-east", "northwestern": a north-south part, then an east-west one.
    fn parse(w: &str, adjective: bool) -> Option<(i8, i8)> {
        let w = match (w.strip_suffix("ern"), adjective) {
            (Some(base), true) => base,
            (None, false) => w,
            _ => return None,
        };
        let (ns, rest) = if let Some(r) = w.strip_prefix("north") {
            (1, r)
        } else if let Some(r) = w.strip_prefix("south") {
            (-1, r)
        } else {
            (0, w)
        };
        let rest = rest.strip_prefix('-').unwrap_or(rest);
        let ew = match rest {
            "east" => 1,
            "west" => -1,
            "" if ns != 0 => 0,
            _ => return None,
        };
        Some((ns, ew))
    }
    let before = &toks[f.checked_sub(1)?];
    if let Some((ns, ew)) = parse(&before.norm, true) {
        return Some((ns, ew, f - 1));
    }
    // "the north of Azerbaijan", "the south-east of Turkey"
    if f >= 3 && before.norm == "of" && toks[f - 3].norm == "the" {
        return parse(&toks[f - 2].norm, false).map(|(ns, ew)| (ns, ew, f - 3));
    }
    None
}

/// The claim and the sentence put the same place's part at opposite points of the compass
/// ("in the north of Azerbaijan" / "in southern Azerbaijan"): the sentence's words, to show.
fn compass_conflict(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<String> {
    let (ct, st) = (&claim.analysed.tokens, &s.analysed.tokens);
    for (t, m) in claim.terms.iter().zip(&hit.matched).filter(|(t, _)| t.place.is_some()) {
        let Some((cns, cew, _)) = t.spans.iter().find_map(|&(f, _)| compass_before(ct, f)) else { continue };
        let mut shown = None;
        for &(f, l) in m {
            let Some((ns, ew, from)) = compass_before(st, f) else { continue };
            if cns * ns < 0 || cew * ew < 0 {
                shown = shown.or(Some((from, l)));
            } else {
                // The sentence also names the claim's part: "broke out in northern Syria and
                // spread to southern Syria".
                shown = None;
                break;
            }
        }
        if let Some((from, l)) = shown {
            return Some(s.analysed.span(&s.text, from, l).to_string());
        }
    }
    None
}

/// A capitalised word inside a sentence that the gazetteer does not know and that is not a
/// month or a weekday: most likely the name of a place, person or organisation.
fn unknown_name(a: &Analysed, i: usize) -> bool {
    let t = &a.tokens[i];
    let at_start = i == 0 || a.tokens[..i].iter().all(|x| !x.is_word());
    t.capitalized && t.kind == crate::text::token::Kind::Word && !at_start && !crate::text::lexicon::lexicon().is_time_word(t.norm.as_str())
}

/// Coordinated runs of places in an analysis: "Russia, France and the United States".
fn place_lists(a: &Analysed) -> Vec<Vec<&crate::text::analyze::Term>> {
    let mut lists: Vec<Vec<&crate::text::analyze::Term>> = Vec::new();
    for t in a.terms.iter().filter(|t| t.country.is_some()) {
        let joined = lists
            .last()
            .and_then(|l| l.last())
            .is_some_and(|prev| t.first > prev.last && (prev.last + 1..t.first).all(|i| matches!(a.tokens[i].norm.as_str(), "," | "and" | "the" | "-")));
        match lists.last_mut() {
            Some(l) if joined => l.push(t),
            _ => lists.push(vec![t]),
        }
    }
    lists.retain(|l| l.len() >= 2);
    lists
}

/// Does the claim name a list of places ("Armenia, Azerbaijan and Iran")?
pub fn names_a_list(claim: &Claim) -> bool {
    !place_lists(&claim.analysed).is_empty()
}

/// Most tokens between a country (or its demonym) and the word it acts on or qualifies:
/// "Iran sending", "Turkey was sending", "Azerbaijani shelling", "Turkey of sending".
const ACTOR_GAP: usize = 2;
/// Most plain words between a nationality and the thing it describes ("a 1980 American prison
/// drama film").
const DESCRIBED_GAP: usize = 3;

/// Another country in the same slot: the claim's country (or demonym) stands right before one
/// of its words that the sentence matches, and the sentence has a different country right
/// before that word and names the claim's only as a place ("Iran sending mercenaries" / "Turkey sending
/// mercenaries"; "Azerbaijani shelling" / "Armenian shelling"). Places after a preposition are
/// [`place_conflict`]'s.
fn actor_conflict(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let a = &s.analysed;
    for (ci, ct) in claim.terms.iter().enumerate() {
        let Some(country) = ct.country.as_deref() else { continue };
        // A town acts for itself, not for its country: "Stepanakert has a population of …" is
        // not in France's slot in "France's population" (a capital is its country's metonym,
        // and has its country's key).
        if ct.place == Some(PlaceKind::City) && ct.key != country {
            continue;
        }
        // The sentence may name the claim's country only as where something is ("in southern
        // Azerbaijan", "near Iran"), never as one who acts or owns ("drones supplied to
        // Russia", "the army of Azerbaijan").
        let place = |f: usize| matches!(preposition_before(a, f).as_deref(), Some("in" | "near"));
        let acting = a.terms.iter().any(|t| t.country.as_deref() == Some(country) && !place(t.first)) || hit.matched[ci].iter().any(|&(f, _)| !place(f));
        if acting || ct.preposition.is_some() {
            continue;
        }
        let (_, cl) = ct.spans[0];
        // The claim word it stands before, matched in the sentence (not a name) — at any of its
        // places: "One of its warplanes was shot down by a Russian fighter jet" says the
        // warplane term twice.
        let right_after = |t: &crate::retrieve::candidates::ClaimTerm| t.spans.iter().map(|&(f, _)| f).find(|&f| f > cl && f <= cl + 1 + ACTOR_GAP);
        let next = claim.terms.iter().enumerate().filter(|(_, t)| !t.name).filter_map(|(j, t)| right_after(t).map(|f| (j, f))).min_by_key(|&(_, f)| f);
        let Some((cj, cjf)) = next else { continue };
        // Nothing but function words between them: "the Armenian and Azerbaijani foreign
        // ministers" is a list, and "foreign" is not Armenia's slot alone.
        if claim.terms.iter().any(|t| t.spans.iter().any(|&(f, _)| f > cl && f < cjf)) {
            continue;
        }
        // The other country in the same place: nothing but function words between it and the
        // matched word ("Turkey sending mercenaries" has no country before "mercenaries"), and
        // not itself after a preposition or in a list ("from Syria and Libya").
        // (Two nationalities of one thing may have its plain describing words between: "an
        // American series" / "a French animated television series".)
        let described = |t: &crate::text::analyze::Term, mf: usize| {
            let lex = lexicon();
            let nationality = |toks: &[crate::text::token::Token], f: usize| lex.is_demonym(&toks[f].norm);
            nationality(&claim.analysed.tokens, ct.spans[0].0)
                && nationality(&a.tokens, t.first)
                && t.last + 1 + DESCRIBED_GAP >= mf
                && a.tokens[t.last + 1..mf].iter().all(|x| x.is_word() && !x.capitalized && !lex.is(WordClass::Preposition, &x.norm))
        };
        // (A nationality that names a subject or kind, "an Indian classical music singer", "an
        // English teacher", says nothing of the person's.)
        let subject = |t: &crate::text::analyze::Term, mf: usize| a.tokens[t.last + 1..=mf].iter().any(|x| lexicon().nationality_subjects.contains(&x.norm));
        let slot = |t: &crate::text::analyze::Term, mf: usize| {
            t.last < mf
                && !subject(t, mf)
                && ((t.last + 1 + ACTOR_GAP >= mf && !a.terms.iter().any(|x| x.content && x.first > t.last && x.first < mf)) || described(t, mf))
                && preposition_before(a, t.first).is_none()
                && (t.first == 0 || !(a.tokens[t.first - 1].norm == "and" || a.tokens[t.first - 1].norm == "or" || a.tokens[t.first - 1].is_punct(',')))
        };
        for &(mf, _) in &hit.matched[cj] {
            // (A country the claim names elsewhere has swapped places with it: a role swap.)
            let other = a.terms.iter().find(|t| t.country.as_deref().is_some_and(|c| c != country && !claim.names_country(c)) && slot(t, mf));
            if let Some(o) = other {
                let cov = hit.coverage_without(index, claim, ci);
                let (cf, cl) = ct.spans[0];
                return Some((format!("{} vs {}", a.span(&s.text, o.first, o.last), claim.analysed.span(&claim.text, cf, cl)), cov));
            }
        }
    }
    None
}

/// Most plain words between "by" and the name of who did it: "discovered in 1928 by the
/// Scottish bacteriologist Alexander Fleming".
const HOLDER_GAP: usize = 4;

/// Runs of capitalised words that are no place, demonym, weekday or month: the names of
/// people (and of things, which the caller tells apart by what the claim matched). A
/// sentence's first word alone is not one ("Penicillin was …").
fn name_runs(a: &Analysed) -> Vec<(usize, usize)> {
    let lex = crate::text::lexicon::lexicon();
    let placed = |i: usize| a.terms.iter().any(|t| t.first <= i && i <= t.last && (t.place.is_some() || t.country.is_some()));
    let name = |i: usize| {
        let t = &a.tokens[i];
        t.is_word() && t.capitalized && !placed(i) && !lex.is_time_word(&t.norm) && !lex.is_demonym(&t.norm)
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for i in (0..a.tokens.len()).filter(|&i| name(i)) {
        match runs.last_mut() {
            Some(r) if r.1 + 1 == i => r.1 = i,
            _ => runs.push((i, i)),
        }
    }
    runs.retain(|&(f, l)| l > f || f > 0);
    runs
}

/// Does name run `name` stand right before token `at`, past at most two auxiliaries or stop
/// words ("Alexander Fleming discovered", "Ines Vale has chaired"): the one who does it?
fn right_before(a: &Analysed, (_, l): (usize, usize), at: usize) -> bool {
    let between = |t: &crate::text::token::Token| t.is_word() && (is(WordClass::Aux, t) || is(WordClass::PassiveBe, t) || lexicon().is_stopword(&t.norm));
    l < at && at - l <= 3 && a.tokens[l + 1..at].iter().all(between)
}

/// The name proper of a name run: its last two words ("General Mira Sadik" is "Mira Sadik": a
/// title before them is shared by many).
fn name_proper((f, l): (usize, usize)) -> std::ops::RangeInclusive<usize> {
    f.max(l.saturating_sub(1))..=l
}

/// Do claim name run `p` and sentence name run `q` share a word of their names proper
/// ("Volodymyr Zelensky" / "Volodymyr Zelenskyy"; "Venus Williams" may be a sister)?
fn share_a_name(c: &Analysed, p: (usize, usize), a: &Analysed, q: (usize, usize)) -> bool {
    name_proper(q).any(|i| name_proper(p).any(|k| c.tokens[k].norm == a.tokens[i].norm))
}

/// The group of the role word at token `i` (`data/sole_roles.txt`), if the name run `name`
/// holds it: right before it, past auxiliaries ("Alexander Fleming discovered", "Ines Vale has
/// chaired"); after the "by" that follows it, past plain words ("discovered in 1928 by the
/// Scottish bacteriologist Alexander Fleming"); or, in a sentence, after "goes to" ("Best
/// Debut goes to Ines Vale"). `sentence`: whether `a` is the sentence (which may use the
/// words after "|").
fn holds_role(a: &Analysed, name: (usize, usize), i: usize, sentence: bool) -> Option<u32> {
    let lex = crate::text::lexicon::lexicon();
    use crate::text::lexicon::{CLAIM_ONLY, SENTENCE_ONLY};
    let g = *lex.sole_roles.get(&a.tokens[i].norm)?;
    if g & if sentence { CLAIM_ONLY } else { SENTENCE_ONLY } != 0 {
        return None;
    }
    let plain = |t: &crate::text::token::Token| t.is_word() && !t.capitalized && !is(WordClass::Preposition, t) && !is(WordClass::Coordinator, t);
    let f = name.0;
    let before = right_before(a, name, i);
    // ("goes to" announces an award only right after the award's capitalised name, with the
    // winner right after it: not "her prize money goes to Oxfam", "the case now goes to the
    // Supreme Court".)
    let announced = g & SENTENCE_ONLY == 0 || (f == i + 2 && a.tokens[i + 1].norm == "to" && i > 0 && a.tokens[i - 1].capitalized);
    let after = f > i && announced && {
        let by = a.tokens[i + 1..f].iter().rposition(|t| t.norm == "by" || t.norm == "to").map(|k| i + 1 + k);
        by.is_some_and(|b| f - b <= HOLDER_GAP + 1 && a.tokens[b + 1..f].iter().all(|t| plain(t) || lexicon().is_demonym(&t.norm)))
            && (a.tokens[by.unwrap_or(f)].norm == "by" || g & SENTENCE_ONLY != 0)
    };
    (before || after).then_some(g & !(SENTENCE_ONLY | CLAIM_ONLY))
}

/// Another person in a role one person holds alone: the claim says "invented by Thomas
/// Edison", the sentence "invented by Alexander Graham Bell"; "Tara Quinn won Best New
/// Artist" against "Best New Artist goes to Duke Marlow". Each name must hold a word of the
/// same role (`data/sole_roles.txt`; see [`holds_role`]): roles people share ("met", "said")
/// leave room for both. The claim's person must go unnamed in the sentence (its last word
/// unmatched: "replacing Dr Hana Obi" names her), the two names share no word ("Volodymyr
/// Zelenskyy" is "Volodymyr Zelensky"; "Venus Williams" may be a sister), and the sentence
/// must assert the role plainly: no negation, denial, falsity word, hedge or report ("Trump
/// falsely claimed he won").
fn holder_conflict(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    if claim.negated || claim.attribution.is_some() {
        return None;
    }
    let (c, a) = (&claim.analysed, &s.analysed);
    let term_at = |i: usize| claim.term_at(i);
    let role = |name: (usize, usize)| (0..c.tokens.len()).find_map(|i| holds_role(c, name, i, false));
    let holds = |run: (usize, usize), group: u32| (0..a.tokens.len()).any(|i| holds_role(a, run, i, true) == Some(group));
    let (person, group) = name_runs(c).into_iter().find_map(|(f, l)| {
        let unnamed = term_at(l).is_some_and(|ci| hit.matched[ci].is_empty() && claim.terms[ci].name) && (f..=l).all(|i| term_at(i).is_some());
        unnamed.then(|| role((f, l)).map(|g| ((f, l), g))).flatten()
    })?;
    // (Not one of several: "directed by Peter Ramsey and two others".)
    let one_of_several = |(_, l): (usize, usize)| a.tokens.get(l + 1).is_some_and(|t| matches!(t.norm.as_str(), "and" | "with" | "among"));
    let other = name_runs(a)
        .into_iter()
        .find(|&run| !name_proper(run).any(|i| hit.says_token(i)) && !share_a_name(c, person, a, run) && !one_of_several(run) && holds(run, group))?;
    // A role one of many may hold: "discovered a new antibiotic", "A new comet was discovered by".
    let indefinite = |t: &crate::text::token::Token| matches!(t.norm.as_str(), "a" | "an");
    if c.tokens.iter().find(|t| t.is_word()).is_some_and(indefinite)
        || c.tokens.windows(2).any(|w| lexicon().sole_roles.contains_key(&w[0].norm) && indefinite(&w[1]))
    {
        return None;
    }
    // No negation up to the other person's name, or just after it ("Tom Hanks did not win",
    // not "… who left gaps for elements not yet discovered"); no denial, falsity word, hedge or
    // report anywhere ("…, according to unconfirmed reports"). (A role word may be a report cue
    // too: "written".)
    let role_word = |i: usize| lexicon().sole_roles.contains_key(&a.tokens[i].norm);
    let unasserted = |x: &crate::text::analyze::CueHit| match x.kind {
        Cue::Negation => x.first <= other.1 + 3,
        Cue::Denial | Cue::Falsity | Cue::Hedge | Cue::Report => !role_word(x.first),
        _ => false,
    };
    if a.cues.iter().any(unasserted) {
        return None;
    }
    let except: Vec<usize> = (person.0..=person.1).filter_map(term_at).collect();
    let cov = hit.coverage_without_all(index, claim, &except);
    Some((format!("{} vs {}", a.span(&s.text, other.0, other.1), c.span(&claim.text, person.0, person.1)), cov))
}

/// Does the claim open with a name (`ClaimTerm::name`; there, a place: "Iran shares borders
/// …") that the sentence never says? Then the sentence is about its other names, not the
/// claim's subject.
pub fn subject_unsaid(claim: &Claim, hit: &Hit) -> bool {
    claim.terms.iter().zip(&hit.matched).any(|(t, m)| t.spans[0].0 == 0 && t.name && m.is_empty())
}

/// Someone else does the claim's act: the claim's person goes unnamed, and another person
/// stands right before the sentence's word for the claim's act ("Kanye West went to Paris for
/// Fashion Week" for "Kim Kardashian went to Paris …"; "Niels Bohr won the Nobel Prize in
/// Physics" for "Albert Einstein won …"). The sentence then says nothing of the claim's person,
/// however much else it shares: no support. (Where only one can hold the role, see
/// [`holder_conflict`].)
pub fn another_agent(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let (c, a) = (&claim.analysed, &s.analysed);
    let sentence_names = name_runs(a);
    name_runs(c).into_iter().any(|p| {
        if !name_proper(p).all(|i| claim.term_at(i).is_some_and(|ci| hit.matched[ci].is_empty())) {
            return false;
        }
        // The claim's first term after the person, right after it: its act, said in the sentence.
        let act = (p.1 + 1..c.tokens.len()).find_map(|i| claim.term_at(i));
        let Some(act) = act.filter(|&ci| right_before(c, p, claim.terms[ci].spans[0].0)) else { return false };
        let other = |q: (usize, usize)| !name_proper(q).any(|i| hit.says_token(i)) && !share_a_name(c, p, a, q);
        hit.matched[act].iter().any(|&(m, _)| sentence_names.iter().any(|&q| other(q) && right_before(a, q, m)))
    })
}

/// Does the sentence name each person or thing the claim names (`subject_only`: the one the
/// claim opens with, if it opens with a name), by one word of the name at least ("Voss" for
/// "Prime Minister Hal Voss", "The F-35" for "Lockheed Martin F-35 Lightning II"), as a name
/// (a capitalised word: "best actor" does not name "Actor Nico Fane")? Places aside, which
/// other rules weigh. ("Lena Ortiz, who lives in Oslo, …" does not name "Ada Brook" of "Ada
/// Brook … lives in Oslo".)
pub fn names_claims_people(claim: &Claim, hit: &Hit, s: &IndexedSentence, subject_only: bool) -> bool {
    let named = |ci: usize| hit.matched[ci].iter().any(|&(f, _)| s.analysed.tokens[f].capitalized);
    name_runs(&claim.analysed)
        .into_iter()
        .take_while(|p| !subject_only || p.0 == 0)
        .take(if subject_only { 1 } else { usize::MAX })
        .all(|(f, l)| (f..=l).any(|i| claim.term_at(i).is_some_and(named)))
}

/// Does the claim negate an act, not what its subject is? A negation word of its own (not a
/// stopped act, "stop buying"), away from a form of "be" ("is not", "not be", "never been":
/// "Whales are not fish", "ought not be required" say what something is or should be), and not
/// of a failure ("did not fail to pay": it was paid).
pub fn negates_an_act(claim: &Claim) -> bool {
    let c = &claim.analysed;
    let be = |i: usize| c.tokens.get(i).is_some_and(|t| is(WordClass::PassiveBe, t));
    let beside = |h: &crate::text::analyze::CueHit| {
        be(h.first.wrapping_sub(1)) || be(h.last + 1) || c.cues.iter().any(|f| f.kind == Cue::Failure && f.first == h.last + 1)
    };
    // (Nor "without", a preposition: "A man without a shirt is posing" negates no act.)
    c.cues.iter().any(|h| h.kind == Cue::Negation && !h.act && !beside(h) && !is(WordClass::Preposition, &c.tokens[h.first]))
}

/// Does the sentence say, next to what it says of the claim, that an act did not take place or
/// that a state goes on (an absence cue within three words of a matched word: "Maren withdraws
/// from Wimbledon", "Silver Harbour still together")? Not one said of something else ("…
/// headliner, after a rival band pulled out").
pub fn says_absence(hit: &Hit, s: &IndexedSentence) -> bool {
    s.analysed.cues.iter().any(|c| matches!(c.kind, Cue::Absence | Cue::Continuation) && (c.first.saturating_sub(3)..=c.last + 3).any(|i| hit.says_token(i)))
}

/// Does the sentence's negation at `at` stand over what the claim says is absent? The claim
/// says an act did not happen in a word of absence the sentence does not say ("will miss the
/// cup final", "called off the strike"); the first claim word said after the sentence's
/// negation is the claim's first word after that absence word ("will not play in cup final",
/// "There will be no strike"); and what the sentence negates is no word of negation, absence,
/// cessation or failure.
fn negates_what_is_absent(claim: &Claim, hit: &Hit, s: &IndexedSentence, at: (usize, usize)) -> bool {
    let a = &s.analysed;
    // (A negation right after the sentence's own is a double one: "did not skip", "won't be
    // absent from".)
    let negated = |i: usize| {
        a.cues.iter().any(|c| c.first == i && (matches!(c.kind, Cue::Absence | Cue::Failure) || (i > at.1 && c.kind == Cue::Negation)))
            || a.tokens.get(i).is_some_and(|t| is(WordClass::Cessation, t))
    };
    if (at.0..=at.1 + 2).any(negated) {
        return false;
    }
    let Some(first_said) = (at.1 + 1..a.tokens.len()).find(|&i| hit.says_token(i)) else { return false };
    claim.analysed.cues.iter().any(|c| {
        let after = (c.last + 1..claim.analysed.tokens.len()).find_map(|i| claim.term_at(i));
        c.kind == Cue::Absence
            && claim.term_at(c.first).is_none_or(|ci| hit.matched[ci].is_empty())
            && after.is_some_and(|ci| hit.matched[ci].iter().any(|&(f, l)| f <= first_said && first_said <= l))
    })
}

/// Does the sentence have its named subject do something else than the claim's act? The
/// claim's act (its first word right after the name it opens with) is not said,
/// and right after the sentence's naming of that subject stands a word that says nothing of
/// the claim ("Elio Mars cancels Madrid show" for "Elio Mars was arrested in Madrid";
/// "President Ruth Amadi attacks … new budget" for "… has signed the new budget"): the same
/// names and objects, another event.
pub fn another_act(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let (c, a) = (&claim.analysed, &s.analysed);
    let Some(p) = name_runs(c).into_iter().next().filter(|p| p.0 == 0) else { return false };
    let Some(act) = (p.1 + 1..c.tokens.len()).find_map(|i| claim.term_at(i)) else { return false };
    if !right_before(c, p, claim.terms[act].spans[0].0) || !hit.matched[act].is_empty() || hit.opposites.iter().any(|&(o, _)| o == act) {
        return false;
    }
    // Where the sentence names the subject: the last matched token of the claim's name.
    let named = (p.0..=p.1).filter_map(|i| claim.term_at(i)).flat_map(|ci| hit.matched[ci].iter().map(|&(_, l)| l)).max();
    let Some(end) = named else { return false };
    let Some(next) = a.terms.iter().find(|t| t.first > end && right_before(a, (end, end), t.first)) else { return false };
    // (Two result words of one kind may say one act: "Moreau stuns Castell" for "Moreau beat
    // Castell"; `data/asymmetric.txt`.)
    let at = claim.terms[act].spans[0].0;
    let result_said_otherwise = asymmetric_between(&c.tokens, at, at) && asymmetric_between(&a.tokens, next.first, next.first);
    next.content && !a.tokens[next.first].capitalized && !hit.says_token(next.first) && !result_said_otherwise
}

/// A word of what the claim says its subject is, said otherwise in its place: a claim word the
/// sentence does not say, right next to one it does, faces there a word of the sentence that
/// says nothing of the claim ("is an American horror drama" / "an American television medical
/// drama"; "is a romantic film" / "a 1964 American psychological thriller film"). The same
/// things, something else said of them: the rules do not support, and the model judges.
fn substituted(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let (c, a, lex) = (&claim.analysed, &s.analysed, lexicon());
    let plain = |t: &crate::text::token::Token| t.kind == crate::text::token::Kind::Word && !t.capitalized;
    claim.terms.iter().zip(&hit.matched).any(|(t, m)| {
        let at = t.spans[0].0;
        // (Only a plain word the sentence does not say: the walk below is for those alone.)
        if !m.is_empty() || t.name || !plain(&c.tokens[at]) {
            return false;
        }
        // (Inside what the claim says its subject is, after "is a", "was an": "… is a 2017
        // British comedy drama book". Elsewhere a word facing another is most often the same
        // act in other words, "speed up" / "accelerates"; and after "the", "is the lowest
        // place" / "is the lowest exposed ground" says one thing two ways.)
        let mut k = at;
        while k > 2 && !c.tokens[k - 1].is_clause_mark() && !lex.is_stopword(&c.tokens[k - 1].norm) {
            k -= 1;
        }
        let described = k > 1 && matches!(c.tokens[k - 1].norm.as_str(), "a" | "an") && is(WordClass::PassiveBe, &c.tokens[k - 2]);
        // The sentence's word right after the match of the claim word before it, or right
        // before the match of the one after it, saying nothing of the claim.
        let faces = |i: usize, after: bool| {
            let x = claim.term_at(i).and_then(|ci| hit.matched[ci].first()).map_or(usize::MAX, |&(f, l)| if after { l + 1 } else { f.wrapping_sub(1) });
            a.tokens.get(x).is_some_and(|w| plain(w) && !lex.is_stopword(&w.norm) && !hit.says_token(x))
        };
        described && (faces(at - 1, true) || faces(at + 1, false))
    })
}

/// A list the claim gets wrong. Either a closed list ("co-chaired by Russia, France and the
/// US") that leaves out a member the claim names ("Germany co-chairs …"), or a list of the
/// same length as the claim's with one member swapped ("France and Turkey" / "Germany and
/// Turkey").
fn list_conflict(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let a = &s.analysed;
    let closed: Vec<_> = a.cues.iter().filter(|c| c.kind == Cue::Closed).collect();
    let claim_lists = place_lists(&claim.analysed);
    for list in place_lists(a) {
        let (first, last) = (list[0].first, list[list.len() - 1].last);
        let members: Vec<&str> = list.iter().filter_map(|t| t.country.as_deref()).collect();
        let shown_list = a.span(&s.text, first, last);
        // A claimed member the sentence never names at all: a country, or a city or region of
        // the claim's own list where it has one ("Paris, Moscow and Washington … lead the
        // Minsk mediation": Minsk, in a name, is no member; "Germany co-chairs it with France
        // and the United States": Germany is).
        // (Without a list in the claim, a country or a capital: not a town the claim names
        // where something happened, "the co-chairs visited Stepanakert" names no co-chair.)
        let member = |t: &crate::retrieve::candidates::ClaimTerm| {
            t.place == Some(PlaceKind::Country)
                || (claim_lists.is_empty() && Some(t.key.as_str()) == t.country.as_deref())
                || claim_lists.iter().flatten().any(|m| t.spans.iter().any(|&(f, _)| f == m.first))
        };
        let missing = claim
            .terms
            .iter()
            .enumerate()
            .find(|(ci, t)| t.country.as_deref().is_some_and(|c| !members.contains(&c)) && hit.matched[*ci].is_empty() && member(t));
        let Some((ci, _)) = missing else { continue };
        let cov = hit.coverage_without(index, claim, ci);
        // The list must be about what the claim says of its members: most of the claim's other
        // matched words stand near it ("France, Russia and the US are co-chairs of the Minsk
        // Group"), not elsewhere in the sentence.
        let near = |f: usize| f + 12 >= first && f <= last + 12;
        let others: Vec<bool> =
            claim.terms.iter().zip(&hit.matched).filter(|(t, m)| t.country.is_none() && !m.is_empty()).map(|(_, m)| m.iter().any(|&(f, _)| near(f))).collect();
        if others.is_empty() || others.iter().filter(|n| **n).count() * 2 < others.len() {
            continue;
        }
        if let Some(c) = closed.iter().find(|c| c.last + 10 >= first && c.first <= last + 10) {
            return Some((format!("{} – {shown_list}", a.span(&s.text, c.first, c.last)), cov));
        }
        let swapped = claim_lists.iter().any(|cl| {
            let theirs: Vec<&str> = cl.iter().filter_map(|t| t.country.as_deref()).collect();
            theirs.len() == members.len() && theirs.iter().filter(|c| members.contains(c)).count() + 1 == members.len()
        });
        if swapped {
            return Some((shown_list.to_string(), cov));
        }
    }
    None
}

/// The claim names a number or year the sentence does not mention at all: such a sentence
/// neither asserts the claim nor, having no number of its own, conflicts with it.
pub fn lacks_specifics(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> bool {
    [QKind::Count, QKind::Year, QKind::Ordinal, QKind::Share].iter().any(|&k| lacks_quantity(claim, s, k))
        || (!claim.dates.is_empty() && s.dates.is_empty() && !dated_by_weekday(claim, s, hit))
        || counts_else(claim, s, hit)
}

/// Does the sentence assert the thing a claim negated by "no" has or keeps ("Russia keeps no
/// military base in Armenia")? The sentence must have it — "has a military base", "there is
/// a base", or the claim's own verb ("keeps a base") before it, past determiners — not do
/// something else to it ("shut down its base", "plans a base"). Other negations ("did not
/// [want]") negate the word after them, which the sentence says.
pub fn asserts_negated_thing(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let (ca, sa) = (&claim.analysed, &s.analysed);
    fn key_at(a: &Analysed, i: usize) -> Option<&str> {
        a.terms.iter().find(|t| t.first == i).map(|t| t.key.as_str())
    }
    claim.negated_terms.iter().any(|&ci| {
        let at = claim.terms[ci].spans.first().map_or(0, |&(f, _)| f);
        let Some(cue) = ca.cues.iter().rfind(|c| c.kind == Cue::Negation && c.last < at) else { return false };
        if cue.phrase != "no" {
            return !hit.matched[ci].is_empty();
        }
        let verb = cue.first.checked_sub(1).and_then(|v| key_at(ca, v));
        hit.matched[ci].iter().any(|&(f, _)| {
            // Back past determiners and up to two plain words before the noun ("has a large
            // naval base"): not a participle ("dismantled", "building"), a preposition or a
            // capital.
            let (mut i, mut plain) = (f, 0);
            while i > 0 && f - i < 4 {
                let t = &sa.tokens[i - 1];
                let adjective = !t.capitalized
                    && t.is_word()
                    && !is(WordClass::Aux, t)
                    && !is(WordClass::Preposition, t)
                    && !t.norm.ends_with("ed")
                    && !t.norm.ends_with("ing")
                    && key_at(sa, i - 1) != verb;
                if !(is(WordClass::Determiner, t) || (adjective && plain < 2)) {
                    break;
                }
                plain += usize::from(!is(WordClass::Determiner, t));
                i -= 1;
            }
            i > 0 && (is(WordClass::Aux, &sa.tokens[i - 1]) || (verb.is_some() && key_at(sa, i - 1) == verb))
        })
    })
}

/// The claim counts a thing ("four thousand fighters") and every count of the sentence counts
/// something else ("Two Syrian rebel sources told Reuters …"): the sentence gives no number of
/// the claim's, for or against it.
pub fn counts_other_things(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> bool {
    let counted = |q: &&Quantity| q.kind == QKind::Count && q.counts_a_plural(&s.analysed);
    let claimed: Vec<&str> =
        claim.quantities.iter().filter(|q| q.kind == QKind::Count && q.counts_a_plural(&claim.analysed)).filter_map(|q| q.head.as_deref()).collect();
    // A count of the sentence counts the claim's thing where the word after it says that
    // thing, as it is or in other words ("seven adjacent territories" / "four districts").
    let same = |x: &Quantity| {
        let a = &s.analysed;
        let Some(head) = a.terms.iter().find(|t| t.first > x.at && t.first <= x.at + 5 && x.head.as_deref() == Some(t.key.as_str())) else { return false };
        claim.terms.iter().zip(&hit.matched).any(|(t, m)| claimed.contains(&t.key.as_str()) && m.iter().any(|&(f, l)| f <= head.last && head.last <= l))
    };
    let mut said = s.quantities.iter().filter(counted).peekable();
    !claimed.is_empty() && said.peek().is_some() && !said.any(same)
}

/// The claim gives a number of kind `k` (a count, a year, an ordinal) and the sentence none.
/// A vague small amount ("several") gives none ([`Quantity::unspecific`]).
pub fn lacks_quantity(claim: &Claim, s: &IndexedSentence, k: QKind) -> bool {
    claim.quantities.iter().any(|q| q.kind == k && !q.unspecific()) && !s.quantities.iter().any(|q| q.kind == k)
        // A share must be there, of the same thing: "60 percent of adults smoke" gives none of
        // "a quarter of adults", nor "40 percent of its workers" of "cut by 40 percent".
        || (k == QKind::Share && claim.quantities.iter().any(|q| q.kind == k && !s.quantities.iter().any(|x| q.same_share(x) && q.compatible(x))))
}

/// The sentence gives years (or ranks), none of them the claim's, and no rule read them as a
/// conflict: they date something else ("the Minsk Group, set up in 1992" for "the co-chairs
/// visited Stepanakert in 2019"). It does not say the claim's.
fn gives_other_years(claim: &Claim, s: &IndexedSentence) -> bool {
    [QKind::Year, QKind::Ordinal].iter().any(|&k| {
        let agrees = |q: &Quantity| s.quantities.iter().any(|x| x.kind == k && q.compatible(x));
        claim.quantities.iter().any(|q| q.kind == k && !q.unspecific() && !agrees(q))
    })
}

/// The sentence has the claim's number only as a count of something else (see
/// [`count_of_else`]): whatever else it says, it does not say the claim.
pub fn counts_else(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> bool {
    claim.quantities.iter().any(|q| count_of_else(claim, q, s, hit))
}

/// Every number of the sentence that agrees with the claim's count `q` counts another thing
/// than `q` counts ("spread to 40 villages" for "killed 40 people", "lasted twelve days" for
/// "twelve patients died", "halted for 40 minutes as fans clash" for "forty fans were
/// arrested"): the sentence does not give the claim's number.
fn count_of_else(claim: &Claim, q: &Quantity, s: &IndexedSentence, hit: &Hit) -> bool {
    let Some(head) = q.head.as_deref().filter(|_| q.kind == QKind::Count && q.counts_a_plural(&claim.analysed)) else { return false };
    let a = &s.analysed;
    // (Plain loops: collecting into vectors here cost a kilobyte of WebAssembly.)
    let mut agreeing = false;
    for x in &s.quantities {
        // (A vague amount, "dozens of people", does not give an exact count: "40 people".)
        if x.kind != QKind::Count || !q.compatible(x) || (q.lo == q.hi && x.hi > x.lo * 2.0) {
            continue;
        }
        agreeing = true;
        // A number written onto another thing's unit ("an 80,000-seat stadium" for "sold
        // 80,000 tickets") measures that thing: it counts no tickets — unless the claim's
        // counted thing follows ("a 4,000-strong force of Syrian fighters").
        let names_it = || a.terms.iter().any(|t| t.first > x.at && t.first <= x.at + 5 && t.key == head);
        if crate::text::numbers::unit_written_on(a, x.at) && x.head.as_deref().is_some_and(|h| h != head) && !names_it() {
            continue;
        }
        // A unit of measure or money counts only itself ("150 litres" for "150 kilograms",
        // "$2 million" for "2 million followers"): two known units, or one and a plural noun
        // (an unknown short form, "26 mi", may be the claim's "miles").
        if x.head.as_deref().is_some_and(|h| unit(h) != unit(head) && (is_measure(h) || (is_measure(head) && x.counts_a_plural(a)))) {
            continue;
        }
        let Some(h) = x.head.as_deref().filter(|&h| h != head && x.counts_a_plural(a)) else { return false };
        // Another thing counted for another act ("Twelve officers hurt as fans clash" for
        // "Twelve people were arrested"): the claim's act is nowhere in the sentence and the
        // sentence's own act for its count is none of the claim's words. (The same thing
        // counted with another verb is most often the act in other words: "sent 4,000
        // fighters" for "moved 4,000 fighters"; and a claim's bound, "more than a million
        // people have been vaccinated", sums up a figure said in the sentence's words: "1.4
        // million residents had received a first dose".)
        if q.lo == q.hi && other_act(claim, q, s, x, hit) {
            continue;
        }
        // Where the sentence says what the claim counts, in its word or another: a count there
        // is the claim's.
        if let Some(t) = a.terms.iter().find(|t| t.first > x.at && t.first <= x.at + 5 && t.key == h) {
            for (ct, m) in claim.terms.iter().zip(&hit.matched) {
                if ct.key == head && m.iter().any(|&(f, l)| f <= t.last && t.first <= l) {
                    return false;
                }
            }
        }
        // Two counts of things may be near-synonyms that no lexicon lists ("volunteers" /
        // "participants", "cases" / "infections"); but a span of time is never a count of
        // things ("seven months" / "seven bastions"), and a sentence that names the claim's
        // thing in the claim's word elsewhere counts something else here. (Not when it names it
        // only in other words: "fighting" is near "combatants", and "4,000 fighters" counts them.)
        if is_duration(h) == is_duration(head) && !a.terms.iter().any(|t| t.key == head) {
            return false;
        }
    }
    agreeing
}

/// Does the sentence's count `x`, which agrees with the claim's count `q`, count what another
/// act did or underwent? Both counts have an act (see [`act_of`]); the claim's is matched
/// nowhere in the sentence, the sentence's matches no claim word (nor is the opposite of
/// one: that is a contradiction to read, not another matter).
fn other_act(claim: &Claim, q: &Quantity, s: &IndexedSentence, x: &Quantity, hit: &Hit) -> bool {
    let (Some(ca), Some(sa)) = (act_of(&claim.analysed, q), act_of(&s.analysed, x)) else { return false };
    let Some(ci) = claim.terms.iter().position(|t| t.spans.iter().any(|&(f, l)| f <= ca.last && ca.first <= l)) else { return false };
    let overlaps = |&(f, l): &(usize, usize)| f <= sa.last && sa.first <= l;
    hit.matched[ci].is_empty() && !hit.matched.iter().flatten().any(overlaps) && !hit.opposites.iter().any(|(_, at)| overlaps(at))
}

/// The content word that says what happened to a count (its act): the nearest one before the
/// number ("has killed 25 people", "arrest 20") or after what it counts ("Twelve people were
/// arrested", "Twelve officers hurt"), with at most two function words and no punctuation
/// between. None where the count has no counted noun.
fn act_of<'a>(a: &'a Analysed, q: &Quantity) -> Option<&'a crate::text::analyze::Term> {
    let head = q.head.as_deref()?;
    let counted = a.terms.iter().find(|t| t.first > q.at && t.first <= q.at + 5 && t.key == head)?;
    // (The tokens `from..to` between the two: at most two, none of them punctuation.)
    let joined = |from: usize, to: usize| to <= from + 2 && a.tokens[from..to].iter().all(|t| t.is_word());
    let before = a.terms.iter().rev().find(|t| t.content && t.last < q.first).filter(|t| joined(t.last + 1, q.first));
    before.or_else(|| a.terms.iter().find(|t| t.content && t.first > counted.last).filter(|t| joined(counted.last + 1, t.first)))
}

/// Is `key` the key of a unit of time ("days", "months")?
fn is_duration(key: &str) -> bool {
    // (The keys themselves: "minute" is "minut". A test checks them against `word_key`.)
    matches!(key, "day" | "week" | "month" | "year" | "hour" | "minut" | "decad" | "centuri")
}

/// Is `key` (a word key) a unit of measure or money? It measures only itself: "150 litres of
/// water" is no amount of "150 kilograms of food", "$2 million" no count of followers.
fn is_measure(key: &str) -> bool {
    // (The keys, as for `is_duration`: "kilometres" is "kilomet", "tonnes" "ton".)
    const UNITS: &[&str] = &[
        "gram", "kilogram", "ton", "pound", "ounc", "liter", "gallon", "meter", "kilomet", "mile", "foot", "inch", "acr", "hectar", "dollar", "euro", "calori",
        "degre", "watt", "kilowatt", "volt", "byte",
    ];
    UNITS.contains(&unit(key))
}

/// A unit's key, its abbreviation written out: "km" is "kilometres".
fn unit(key: &str) -> &str {
    match key {
        "km" => "kilomet",
        "kg" | "kilo" => "kilogram",
        "buck" | "usd" => "dollar",
        "lb" | "lbs" => "pound",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Article, Corpus};
    use crate::retrieve::candidates::{find_evidence, MENTION_MIN};

    /// Does the judgement's reason say the roles are swapped?
    fn roles_swapped(j: &Judgement) -> bool {
        j.cue.as_deref().is_some_and(|c| c.starts_with("roles swapped"))
    }

    /// The rules' judgement of the best candidate sentence of `text` for `claim`.
    fn judged(text: &str, claim: &str) -> Judgement {
        let c = Corpus::new(vec![Article { id: "a".into(), title: "T".into(), text: text.into(), ..Default::default() }]).unwrap();
        let index = Index::build(&c);
        let claim = Claim::analyse(claim);
        let found = find_evidence(&index, &c, &claim, MENTION_MIN, None);
        let hit = found.hits.first().expect("a candidate");
        judge(&index, &claim, hit, &found.sentences[&hit.sentence])
    }

    #[test]
    fn a_claims_word_of_absence_agrees_with_a_negation() {
        // "will miss" and "will not play in" both say it will not happen.
        let claim = "Defender Oskar Lind will miss the league final.";
        let j = judged("Oskar Lind will not play in the league final after a knee injury", claim);
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
        let j =
            judged("Mira Holt not included in the national relay team for the championships", "Sprinter Mira Holt was left out of the national relay team.");
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
        // Not quitting is staying in: a negated absence contradicts.
        let j = judged("Mayor Hana Reyes not quitting the race, her campaign insists", "Mayor Hana Reyes has pulled out of the race.");
        assert_ne!(j.stances, [Stance::Supports], "{j:?}");
        // The absence word describes someone; the claim's act is the winning.
        let j = judged("Runner Jo Vale did not win the Harbour marathon", "The banned runner Jo Vale won the Harbour marathon.");
        assert_ne!(j.stances, [Stance::Supports], "{j:?}");
        // A double negative.
        let j = judged("Oskar Lind will not be absent from the league final", claim);
        assert_ne!(j.stances, [Stance::Supports], "{j:?}");
    }

    #[test]
    fn a_year_of_a_thing_the_sentence_never_names_is_no_other_date() {
        const GROUP: &str = "The mediators' group, set up in 1992 to settle the dispute, is led by Norway and Chile.";
        const FILM: &str = "Silent Harbor is a 2007 American film directed by Nora Blake.";
        for claim in
            ["Norway and Chile have led the mediation ever since a truce in 1994.", "Ever since the 1994 truce, Norway and Chile have led the mediation."]
        {
            let j = judged(GROUP, claim);
            assert_ne!(j.stances[0], Stance::Contradicts, "{claim}: {j:?}");
        }
        // The thing named, its other year conflicts; so does the year of an act.
        let j = judged("A truce was signed in 1992 and has held since.", "A truce was signed in 1994.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        // What the subject is, in other words, has its year all the same.
        let j = judged(FILM, "Silent Harbor is a 2005 drama.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("The mediators' group was set up in 1992 to settle the dispute.", "The mediators' group was set up in 1994.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    }

    #[test]
    fn a_word_of_what_the_subject_is_said_otherwise_is_no_rule_support() {
        const FILM: &str = "Harrow Lane is a 1964 American psychological thriller film directed by Ada Brook.";
        for claim in ["Harrow Lane is a romantic film.", "Harrow Lane is an American musical film."] {
            let j = judged(FILM, claim);
            assert_eq!(j.stances[0], Stance::Mentions, "{claim}: {j:?}");
        }
        let j = judged("Vell Tide is a 2017 British comedy drama film set in Leeds.", "Vell Tide is a 2017 British comedy drama book.");
        assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
        // What it is, said in fewer words, is still said; so is a word said two ways after
        // "the", or outside what the subject is said to be.
        let j = judged(FILM, "Harrow Lane is a thriller film.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("Mira Cole is the youngest player in the Harlow squad.", "Mira Cole is the youngest member of the Harlow squad.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("Rising temperatures quickly accelerate glacier melting in the Alps.", "Rising temperatures speed glacier melting in the Alps.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    }

    #[test]
    fn a_negated_claim_is_not_contradicted_by_the_act_with_another_name_in_its_scope() {
        // The negation reaches "Norway" / "Erdogan": the same act with another place or person
        // says nothing of them.
        let j = judged("The Marlow Quartet played three concerts in Sweden last spring.", "The Marlow Quartet never played concerts in Norway.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("Macron discussed the mercenaries with Putin on Wednesday.", "Macron did not discuss the mercenaries with Erdogan.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // With the name said, the act contradicts the claim; a subject left to a pronoun is
        // still the claim's.
        let j = judged("The Marlow Quartet played three concerts in Norway last spring.", "The Marlow Quartet never played concerts in Norway.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("They played three concerts in Norway last spring.", "The Marlow Quartet never played concerts in Norway.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    }

    #[test]
    fn a_claim_of_names_alone_is_supported_only_where_each_is_said() {
        let j = judged("Valencia is the third-largest city in Spain.", "Valencia is in Spain.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("Lyon is a city in France, where two rivers meet.", "Lyon is in Italy.");
        assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    }

    #[test]
    fn the_day_before_the_speaker_dates_the_saying() {
        const TEXT: &str = "Macron, who has sparred with Erdogan for months, said on Wednesday Ankara was acting in a warlike manner.";
        for claim in
            ["It was on Friday that Macron said Ankara was acting in a warlike manner.", "On Friday Macron said Ankara was acting in a warlike manner."]
        {
            let j = judged(TEXT, claim);
            assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Date), "{claim}: {j:?}");
        }
        let j = judged(TEXT, "On Wednesday Macron said Ankara was acting in a warlike manner.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // Not a day that dates what was said, with the saying as an aside, or another event's day.
        let j = judged("The minister said on Wednesday that troops would begin to withdraw.", "On Friday, the minister said, troops would begin to withdraw.");
        assert_ne!(j.reason, Reason::Date, "{j:?}");
        let j = judged(
            "The mayor said on Wednesday the city would rebuild after the attack.",
            "After the attack on Monday, the mayor said the city would rebuild.",
        );
        assert_ne!(j.reason, Reason::Date, "{j:?}");
    }

    #[test]
    fn a_noun_of_when_is_no_act() {
        const TEXT: &str = "Council President Ana Ruiz said leaders urge the company to stop the river project.";
        let j = judged(TEXT, "Council President Ana Ruiz took office at the start of the river project.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // The same word as an act still conflicts.
        let j = judged(TEXT, "Council President Ana Ruiz said leaders urge the company to start the river project.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    }

    #[test]
    fn a_falsity_word_before_that_calls_what_follows_false() {
        let claim = "Cracking your knuckles causes arthritis.";
        let j = judged("Doctors have long exposed as a myth the claim that cracking your knuckles causes arthritis.", claim);
        assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
        let j = judged("Studies have discredited the myth that cracking your knuckles causes arthritis.", claim);
        assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    }

    #[test]
    fn a_claims_day_said_as_an_ordinal_is_its_date() {
        let j = judged("The episode aired on 2 October 2010.", "The episode aired on October 2nd, 2010.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("The episode aired on 5 October 2010.", "The episode aired on the 2nd of October 2010.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Date), "{j:?}");
    }

    #[test]
    fn shares_are_compared_with_shares_not_counts() {
        let j = judged("Of the adults screened, 21 percent had high blood pressure.", "Half of the adults screened had high blood pressure.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
        let j = judged("Of the adults screened, 38 percent had high blood pressure.", "More than a third of the adults screened had high blood pressure.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A share is no number of adults.
        let j = judged("In the survey, 300 adults had high blood pressure.", "41 percent of the adults had high blood pressure.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // The share said of the claim's act decides, not one of something else.
        let j = judged(
            "The drug reduced stroke risk by 18 percent, while 40 percent of participants reported mild side effects.",
            "The drug cut stroke risk by 40 percent.",
        );
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
    }

    #[test]
    fn the_claims_subject_doing_something_else_does_not_support() {
        let claim = "Senator Ada Brook has signed the new trade deal.";
        let j = judged("Senator Ada Brook praises the new trade deal in a Senate speech.", claim);
        assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
        let j = judged("Senator Ada Brook signed the new trade deal on Monday.", claim);
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // (Only a name the claim opens with: "Officials said Ada Brook …" is no act of hers.)
        let j = judged("Officials said that Ada Brook signed the new trade deal on Monday.", "Officials said Ada Brook has signed the new trade deal.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    }

    #[test]
    fn a_report_no_one_could_confirm_contradicts_a_claim_that_someone_confirmed_it() {
        const TEXT: &str = "Officials in Ruritania said rebels shelled the port of Vask overnight. It was not possible to independently confirm the report.";
        let c = Corpus::new(vec![Article { id: "a".into(), title: "T".into(), text: TEXT.into(), ..Default::default() }]).unwrap();
        let index = Index::build(&c);
        let stances = |claim: &str| {
            let claim = Claim::analyse(claim);
            let found = find_evidence(&index, &c, &claim, MENTION_MIN, None);
            found.hits.iter().map(|h| judge(&index, &claim, h, &found.sentences[&h.sentence]).stances[0]).collect::<Vec<_>>()
        };
        assert!(stances("Reporters were able to verify the officials' account that rebels shelled the port of Vask.").contains(&Stance::Contradicts));
        // The report itself is not contradicted by being unconfirmed.
        assert!(!stances("Rebels shelled the port of Vask overnight.").contains(&Stance::Contradicts));
    }

    #[test]
    fn an_assertion_supports() {
        let j = judged("Turkey sent 300 fighters to Azerbaijan, officials said.", "Turkey sent fighters to Azerbaijan.");
        assert_eq!((j.stances.as_slice(), j.reason), ([Stance::Supports].as_slice(), Reason::Assertion));
    }

    #[test]
    fn a_vague_small_amount_asks_for_no_count_but_an_order_of_magnitude_does() {
        let text = "Some of Ruritania's allies are increasingly alarmed by Vask's stance on the harbour plan.";
        let j = judged(text, "Several allies of Ruritania are alarmed by Vask's stance on the harbour plan.");
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
        let j = judged(text, "Dozens of allies of Ruritania are alarmed by Vask's stance on the harbour plan.");
        assert_ne!(j.stances, [Stance::Supports], "{j:?}");
        let j = judged(text, "Up to dozens of allies of Ruritania are alarmed by Vask's stance on the harbour plan.");
        assert_ne!(j.stances, [Stance::Supports], "{j:?}");
    }

    #[test]
    fn the_alternative_set_aside_is_the_word_after_rather_than() {
        // "Instead of raising rates, the bank cut them": the rates were cut.
        let j = judged("Instead of raising interest rates, the central bank cut them on Thursday.", "The central bank cut interest rates on Thursday.");
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    }

    #[test]
    fn a_denial_contradicts_a_claim_that_there_was_none() {
        let j = judged("Ankara denied sending arms to the region on Monday.", "Ankara has not denied sending arms to the region.");
        assert_eq!((j.stances.as_slice(), j.reason), ([Stance::Contradicts].as_slice(), Reason::Denial), "{j:?}");
        // Their own denial still supports "X denied …", and "not only denied" is a denial.
        let j = judged("Ankara denied sending arms to the region on Monday.", "Ankara denied sending arms to the region.");
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
        let j = judged("Ankara not only denied sending arms to the region but accused its critics of lying.", "Ankara denied sending arms to the region.");
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    }

    #[test]
    fn no_doubt_is_no_negation() {
        // "no doubt" says it surely happened; "no cut" says it did not.
        let claim = "The Halden bridge shortened commuting times.";
        let j = judged("The Halden bridge has no doubt cut commuting times.", claim);
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
        let j = judged("The Halden bridge has brought no cut in commuting times.", claim);
        assert_ne!(j.stances, [Stance::Supports], "{j:?}");
    }

    #[test]
    fn news_words_for_the_same_thing_match() {
        // "arms" are weapons, a "renewed" conflict a "revived" one.
        let key = |w: &str| crate::text::analyze::analyse(w).terms[0].key.clone();
        assert_eq!(key("arms"), key("weapons"));
        assert_eq!(key("renewed"), key("revived"));
        // General verbs of change in the words science news uses for them.
        assert_eq!(key("accelerates"), key("speeds up"));
        assert_eq!(key("dilates"), key("widens"));
        let j = judged("The country has denied sending arms to the region, officials said.", "The country has sent weapons to the region.");
        assert_eq!(j.stances, [Stance::Denial], "{j:?}");
    }

    #[test]
    fn a_count_of_other_things_is_not_the_claims_count() {
        // The claim's number, counting something the sentence never names, is another fact.
        let j = judged("Seven bastions protected the walls of Valmora during the siege.", "The siege of Valmora lasted seven months.");
        assert_eq!(j.stances, [Stance::Mentions]);
        let j = judged("The outbreak at the care home lasted twelve days, the health board said.", "Twelve patients died in the outbreak at the care home.");
        assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
        // A number written onto its unit measures another thing.
        let j = judged("Iron Finch farewell show at 80,000-seat stadium draws crowd of 52,000", "Iron Finch sold 80,000 tickets for its farewell show.");
        assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
        let j = judged("Peru sent a 4,000-strong force of Syrian fighters to Bolivia.", "Peru sent 4,000 Syrian fighters to Bolivia.");
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
        // Two counts of things may be one count in other words.
        let j = judged("The trial enrolled 30,000 volunteers in six countries.", "The trial enrolled 30,000 participants in six countries.");
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
        // Only the counts with the claim's number decide: "2,000 people" beside "five weeks"
        // does not make the five weeks five provinces.
        let j = judged(
            "Health officials said the cholera outbreak, which began five weeks ago, has sickened more than 2,000 people.",
            "The cholera outbreak has spread to five provinces.",
        );
        assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
        // A vague amount of the claim's thing does not give its exact count: the number is the
        // villages'.
        let j = judged("The outbreak has spread to 40 villages, and dozens of people have been taken to hospital.", "The outbreak has killed 40 people.");
        assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
        // A sentence that names the claim's thing elsewhere counts something else by the number.
        let j = judged("Stadium riot: match halted for 40 minutes as fans clash with police", "Forty fans were arrested after the stadium riot.");
        assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
        // Its number said of the claim's thing in another word is the claim's count.
        let j = judged(
            "Turkey had sent around 4,000 fighters from northern Syria, and they were fighting there.",
            "Turkey sent roughly four thousand combatants from northern Syria.",
        );
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
        // Another thing counted for another act is not the claim's count; the claim's act said
        // of another word for its thing is.
        let claim = "Fourteen people were killed in the ferry fire.";
        for text in ["Fourteen crew members were arrested after the ferry fire.", "Fourteen cabins were destroyed in the ferry fire, the coastguard said."] {
            let j = judged(text, claim);
            assert_eq!(j.stances, [Stance::Mentions], "{text}: {j:?}");
        }
        let j = judged("Fourteen passengers were killed in the ferry fire, the coastguard said.", claim);
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
        // A bound sums up a figure the sentence gives in its own words.
        let j = judged(
            "By Friday, 1.4 million residents had received a first dose in the campaign.",
            "More than a million people have been vaccinated in the campaign.",
        );
        assert_ne!(j.stances, [Stance::Mentions], "{j:?}");
    }

    #[test]
    fn a_number_of_another_unit_or_of_money_is_no_count_of_the_claims() {
        for (said, claim) in [
            ("An adult African elephant can drink up to 150 litres of water a day.", "Adult African elephants eat about 150 kilograms of food a day."),
            ("Mika Soto loses $2 million sponsorship deal after controversial post", "Influencer Mika Soto has 2 million followers."),
            ("The minister, who has nine grandchildren, announced his retirement on Friday.", "The minister served for nine years."),
        ] {
            let j = judged(said, claim);
            assert_ne!(j.stances, [Stance::Supports], "{said}: {j:?}");
        }
        // The same unit is the same count.
        let j =
            judged("An adult African elephant can eat about 150 kilograms of food a day.", "Adult African elephants eat about 150 kilograms of food a day.");
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    }

    #[test]
    fn units_of_time_are_known_by_their_keys() {
        for w in ["day", "days", "week", "month", "year", "hours", "minutes", "decade", "centuries"] {
            assert!(is_duration(&crate::text::analyze::word_key(w)), "{w}");
        }
        assert!(!is_duration(&crate::text::analyze::word_key("people")));
        for w in [
            "grams",
            "kilograms",
            "tonnes",
            "tons",
            "pounds",
            "ounces",
            "litres",
            "liters",
            "gallons",
            "metres",
            "meters",
            "kilometres",
            "km",
            "miles",
            "feet",
            "inches",
            "acres",
            "hectares",
            "dollars",
            "euros",
            "calories",
            "degrees",
            "watts",
            "kilowatts",
            "volts",
            "bytes",
        ] {
            assert!(is_measure(&crate::text::analyze::word_key(w)), "{w}");
        }
        assert!(!is_measure(&crate::text::analyze::word_key("followers")));
        assert_eq!(unit(&crate::text::analyze::word_key("km")), unit(&crate::text::analyze::word_key("kilometres")));
        assert_eq!(unit(&crate::text::analyze::word_key("kilos")), unit(&crate::text::analyze::word_key("kilograms")));
        assert_eq!(unit(&crate::text::analyze::word_key("bucks")), unit(&crate::text::analyze::word_key("dollars")));
    }

    #[test]
    fn conflicts_name_their_kind() {
        // (sentence, claim, the kind of conflict that contradicts it)
        let cases = [
            ("Turkey sent 300 fighters to Azerbaijan.", "Turkey sent 3,000 fighters to Azerbaijan.", Reason::Number),
            // A unit written onto its number is what the number counts.
            ("The 500-kilogram satellite will map methane leaks.", "The satellite weighs about 300 kilograms.", Reason::Number),
            // A headline's bare count after the act counts what the claim's count does.
            ("Warehouse fire kills three, injures 20, officials say", "Twelve people were killed in the warehouse fire.", Reason::Number),
            // So does a count whose word is the claim's act, after what it counts.
            ("Varo bus crash: 12 injured, 3 dead", "Twelve people died in the Varo bus crash.", Reason::Number),
            ("The cholera outbreak has spread to 12 villages, with 5 deaths confirmed.", "Twelve people died in the cholera outbreak.", Reason::Number),
            ("The summit was held in Paris on Monday by the leaders.", "The summit was held in Brussels on Monday by the leaders.", Reason::Place),
            // "through" and "via" are one slot, and "the Turkish city of" only says what Adana is.
            (
                "Investigators said the smugglers moved the cargo to Europe through Gaziantep in southeastern Turkey.",
                "Investigators said the smugglers moved the cargo to Europe via the Turkish city of Adana.",
                Reason::Place,
            ),
            // Approval against disapproval of the same act, and mobilising against standing down.
            ("The mayor thanked the volunteers for their help, aides said.", "The mayor criticised the volunteers for their help.", Reason::Opposite),
            ("Both countries have launched mobilisation of their reservists.", "Both countries have started to demobilise their reservists.", Reason::Opposite),
            ("The city launched its cycling scheme in May, officials said.", "The city called off its cycling scheme in May.", Reason::Opposite),
            // Made up against real, with nothing between.
            ("Lyonesse is a real place off the coast of Cornwall.", "Lyonesse is a fictional place.", Reason::Opposite),
            // The claimed country named only in another slot (where the plane took off), another
            // in this one; the claim's possessor ("Georgia's") is whose, not where.
            (
                "Georgia's defence ministry said its jet was downed over Georgian territory by a fighter which had taken off from Baku.",
                "Georgia's defence ministry said its jet was downed over Azerbaijani airspace.",
                Reason::Place,
            ),
            // "Dead" and "died" state one fact, so "alive" is its opposite and "not dead" its negation.
            ("The veteran actor is alive and well, his agent said on Monday.", "The veteran actor has died.", Reason::Opposite),
            ("The veteran actor is not dead, his agent said on Monday.", "The veteran actor died on Monday.", Reason::Negation),
            ("The film was nominated for three Oscars but won none.", "The film won three Oscars.", Reason::Negation),
            // What was looked for and not found is negated, not the looking.
            ("Divers have not found any trace of the wreck.", "Divers located the wreck.", Reason::Negation),
            // Negations in other words: "lost the power of", "rather than".
            ("Over the centuries the island's rails lost the ability to fly.", "The island's rails can fly.", Reason::Negation),
            ("The lake was drained rather than dammed, engineers said.", "The lake was dammed.", Reason::Negation),
            (
                "For most people, cholesterol from eggs has little effect on blood cholesterol levels.",
                "Eating eggs raises blood cholesterol levels.",
                Reason::Negation,
            ),
            ("The star was taken to hospital with serious injuries after the crash.", "The star was unscathed in the crash.", Reason::Opposite),
            // Opposite acts in other words: "stop" against "step up", "mocked" against "applauded".
            (
                "The union urged the city to stop building car parks in the old town.",
                "The union urged the city to step up building car parks in the old town.",
                Reason::Opposite,
            ),
            ("Critics widely mocked the mayor's plan for the harbour.", "Critics widely applauded the mayor's plan for the harbour.", Reason::Opposite),
            // A comparative before "than" says the opposite of the plain word ("thicker" is no
            // paraphrase of "thin", however near the embeddings put them).
            ("The moon has an atmosphere thicker than Earth's, probes found.", "The moon has a thin atmosphere.", Reason::Opposite),
            // Another country in the slot of a claim word the claim says twice ("warplanes" …
            // "fighter jet" are one term), and the nearest word after the country is its slot.
            (
                "One of the army's fighter jets was shot down by a Turkish fighter jet on Tuesday.",
                "One of the army's warplanes was shot down by a Russian fighter jet.",
                Reason::List,
            ),
            ("Dreamer is a 2005 American sports drama film.", "Dreamer (2005 film) is a Canadian sports film.", Reason::List),
            // Agreeing to a thing is the opposite of turning it down.
            ("The union turned down the pay offer on Monday.", "The union agreed to the pay offer.", Reason::Opposite),
            // Directions of change and of effect, in the words news uses for them.
            ("Copper prices dipped after the mine reopened.", "Copper prices climbed after the mine reopened.", Reason::Opposite),
            ("The airline scaled back its winter schedule.", "The airline expanded its winter schedule.", Reason::Opposite),
            ("The robot maker cut its workforce by a fifth this year.", "The robot maker expanded its workforce this year.", Reason::Opposite),
            ("The compound suppresses the enzyme in liver cells.", "The compound activates the enzyme in liver cells.", Reason::Opposite),
            ("The club terminated the coach's contract after six defeats.", "The club extended the coach's contract.", Reason::Opposite),
            ("Wheat prices slid to a two-month low after the harvest report.", "Wheat prices climbed after the harvest report.", Reason::Opposite),
            // Welcoming news is the opposite of voicing alarm about it.
            ("The health ministry voiced alarm over reports of a new strain.", "The health ministry welcomed reports of a new strain.", Reason::Opposite),
        ];
        for (text, claim, reason) in cases {
            let j = judged(text, claim);
            assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, reason), "{text} / {claim}: {j:?}");
        }
    }

    #[test]
    fn another_nationality_of_the_same_thing_contradicts_past_its_describing_words() {
        let j = judged("Halvard is a 1980 American prison drama film directed by Sam Roe.", "Halvard is a British film.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
        // A co-production names the claim's nationality too.
        let j = judged("Halvard is a 1980 American-British prison drama film directed by Sam Roe.", "Halvard is a British film.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A nationality that names a subject ("French language teacher") is not the teacher's.
        for text in [
            "Mira Holt is a French language teacher at a school in Ohio.",
            "Mira Holt is an English teacher at a school in Ohio.",
            "Mira Holt is an Indian classical music teacher in Ohio.",
        ] {
            let j = judged(text, "Mira Holt is an American teacher.");
            assert_ne!(j.reason, Reason::List, "{text}: {j:?}");
        }
        // A nationality of someone else is not the film's.
        let j = judged("Halvard, a drama by an American director, is a 1980 film.", "Halvard is a British film.");
        assert_ne!(j.reason, Reason::List, "{j:?}");
    }

    #[test]
    fn a_sentence_that_dates_something_else_neither_lists_nor_supports() {
        // The town the claim's co-chairs visited is no co-chair, and 1992 dates the group's
        // founding, not the visit.
        let j = judged(
            "Norway, Chile and Kenya are co-chairs of the Lisbon Forum, set up in 1992 to settle the dispute.",
            "The Lisbon Forum co-chairs visited Gaziantep in 2019.",
        );
        assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
    }

    #[test]
    fn a_town_is_not_in_its_countrys_slot() {
        // "Marseille has a population" is the town's, not France's: another country's
        // population is no country swapped in.
        let j = judged("Italy's population includes about 600,000 people of Armenian origin.", "Marseille has a population of around 870,000 people.");
        assert_ne!(j.reason, Reason::List, "{j:?}");
        // A capital stands for its country: "Rome" acting is Italy acting.
        let j = judged("Turkey sent fighters to the front on Monday.", "Rome sent fighters to the front on Monday.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    }

    #[test]
    fn another_person_in_a_role_one_person_holds_contradicts() {
        for (text, claim) in [
            ("The vaccine was discovered in 1954 by the Polish chemist Anna Lis.", "The vaccine was discovered by Piotr Nowak."),
            ("Silver Harp Awards: Best Debut goes to Ines Vale", "Carla Romo won Best Debut at the Silver Harp Awards."),
            ("Colonel Dara Mehta chairs the harbour board since Friday.", "Colonel Iva Stein chairs the harbour board."),
            ("Halvard is a 1980 drama film written and directed by Ana Lis.", "Halvard was directed by Sam Roe."),
        ] {
            let j = judged(text, claim);
            assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{text} / {claim}: {j:?}");
        }
        // Roles people share leave room for both.
        let j = judged("The Polish chemist Anna Lis met the health minister in Warsaw on Monday.", "Piotr Nowak met the health minister in Warsaw on Monday.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Prizes are given every year: another winner says nothing of the claim's, and
        // neither does someone else going where the claim's person went.
        for (text, claim) in [
            ("Ana Lis won the Vela Prize in Chemistry for her work on catalysts.", "Piotr Nowak won the Vela Prize in Chemistry."),
            ("Dara Mehta went to Lisbon for the book fair on Tuesday.", "Iva Stein went to Lisbon for the book fair."),
        ] {
            let j = judged(text, claim);
            assert_eq!(j.stances[0], Stance::Mentions, "{text} / {claim}: {j:?}");
        }
        // Not a role of one: an award's money "goes to" a charity, a new thing anyone may
        // discover, a role shared with others, a report no one confirmed.
        for (text, claim) in [
            ("Part of her Vela Prize money goes to Oxfam Ireland.", "Ana Lis won the Vela Prize."),
            ("Piotr Nowak discovered a new antibiotic in soil bacteria.", "Ana Lis discovered a new antibiotic in soil bacteria."),
            ("The film was directed by Peter Ramsey and two others.", "The film was directed by Ana Lis."),
            ("The comet was discovered by Piotr Nowak, according to unconfirmed reports.", "The comet was discovered by Ana Lis."),
        ] {
            let j = judged(text, claim);
            assert_ne!(j.reason, Reason::List, "{text} / {claim}: {j:?}");
        }
        // A negated or reported role is no holder.
        let j = judged("Contrary to rumours, the comet was not discovered by Ana Lis.", "The comet was discovered by Iva Stein.");
        assert_ne!(j.reason, Reason::List, "{j:?}");
        // The claim's person named in the sentence, if only by surname, is not another one.
        let j = judged("Colonel Dara Mehta chairs the harbour board, replacing Colonel Stein.", "Colonel Iva Stein chairs the harbour board.");
        assert_ne!(j.reason, Reason::List, "{j:?}");
    }

    #[test]
    fn the_word_said_of_the_claims_subject_decides_between_a_match_and_its_opposite() {
        // "rose" is said of streaming revenue, "fell" of ticket sales.
        let j = judged("Ticket sales at the festival fell sharply in March, while streaming revenue rose.", "Ticket sales at the festival rose in March.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
        // Each said of its own month: the claim's month keeps its match.
        let j = judged("Ticket sales at the festival fell in March but rose in April.", "Ticket sales at the festival rose in April.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A verb after "but" shares the subject before it: both are said of oil prices.
        let j = judged("Oil prices rose early on Monday but fell later in the day.", "Oil prices fell on Monday.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    }

    #[test]
    fn a_negated_claim_is_not_contradicted_by_a_sentence_that_negates_its_own_words() {
        // The sentence negates what it says of the claim's words, in other words: no
        // contradiction ("the claim says it did not happen; this sentence says it did").
        let j = judged("Kez Dallan did not attend awards night despite viral photos.", "Rapper Kez Dallan was not at the awards ceremony.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j =
            judged("No place for Moretti as the Italy coach names his World Cup squad.", "Defender Luca Moretti has not been left out of the World Cup squad.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // A negation of something else still leaves the assertion.
        let j = judged(
            "Aliyev thanked Turkey for its support, but said his country did not need military assistance.",
            "Aliyev did not thank Turkey for its support.",
        );
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::ClaimNegated), "{j:?}");
        let j = judged("The actor Tom Reed was arrested on Monday but not charged.", "The actor Tom Reed was not arrested on Monday.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::ClaimNegated), "{j:?}");
    }

    #[test]
    fn a_negated_complementary_opposite_says_the_claim() {
        // Nothing lies between "dead" and "alive": one negated says the other.
        let j = judged("The patient did not survive the surgery, the hospital said.", "The patient died after the surgery.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("The museum was not closed during the strike.", "The museum remained open during the strike.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A claim negating a word, against a sentence asserting its complementary opposite.
        let j = judged("The jury found the defendant innocent on all counts.", "The defendant was not guilty.");
        assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{j:?}");
        // Between "raise" and "cut" lies "hold": neither says the other.
        let j = judged("The central bank did not cut interest rates in March.", "The central bank raised interest rates in March.");
        assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("The central bank cut interest rates in March.", "The central bank did not raise interest rates in March.");
        assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
        // Not a negation that is limited, hedged or a plea, nor a word said of something else.
        for (text, claim) in [
            ("The additive is not harmful in small amounts, the regulator said.", "The additive is harmless."),
            ("The royal residence is not open to the public.", "The royal residence was closed."),
            ("Doctors feared the patient would not survive the night.", "The patient died during the night."),
            ("The footballer entered a plea of not guilty to assault.", "The footballer is innocent of assault."),
            ("The officer shot an innocent bystander during the raid.", "The officer was not guilty."),
            ("The factory opened a new production line in May.", "The factory did not close in May."),
        ] {
            let j = judged(text, claim);
            assert_ne!(j.stances[0], Stance::Supports, "{text} / {claim}: {j:?}");
        }
    }

    #[test]
    fn a_word_with_a_negating_prefix_is_the_opposite_of_the_word() {
        let claim = "The suspect was unarmed when police arrived.";
        let j = judged("Police said the suspect was armed when officers arrived.", claim);
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
        let j = judged("Engineers said the new bridge is unsafe for heavy lorries.", "The new bridge is safe for heavy lorries.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
        // A negated opposite says the claim, where the two are complementary.
        let j = judged("Police said the suspect was not armed when officers arrived.", claim);
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("The vaccine is not effective against the new strain, researchers found.", "The vaccine is ineffective against the new strain.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A hedged opposite asserts nothing.
        let j = judged("Engineers said the new bridge may be unsafe for heavy lorries.", "The new bridge is safe for heavy lorries.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("It is unclear whether the suspect was armed when police arrived.", "The suspect was unarmed when police arrived.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Words that name a group or an act are not said of the claim's subject.
        let j = judged("Police did not shoot the armed man.", "Police shot the unarmed man.");
        assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("Nonsmokers were included in the lung study.", "Smokers were included in the lung study.");
        assert_ne!(j.reason, Reason::Opposite, "{j:?}");
        // A prefix that negates nothing is no opposite.
        let j = judged("Divers discovered the wreck of the ferry off the coast in May.", "Divers covered the wreck of the ferry off the coast in May.");
        assert_ne!(j.reason, Reason::Opposite, "{j:?}");
    }

    #[test]
    fn a_number_written_with_its_unit_is_read_as_one() {
        let j = judged("Launched with 40 other payloads, the 300-kilogram satellite will map methane leaks.", "The satellite weighs about 300 kilograms.");
        assert_eq!(j.stances[0], Stance::Supports, "not the payloads' 40: {j:?}");
    }

    #[test]
    fn a_negative_object_negates_only_what_it_stands_for() {
        // "none of its away games" is not the title, and "nothing but praise" is praise.
        let j = judged("The club won none of its away games this season.", "The club won the league title this season.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("The police found none of the missing files.", "The police found the missing files.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("The new album won nothing but praise from critics.", "The new album won praise from critics.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    }

    #[test]
    fn negation_contradicts_and_a_negated_claim_flips() {
        let j = judged("Turkey did not send fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation));
        let j = judged("Turkey sent fighters to Azerbaijan.", "Turkey did not send fighters to Azerbaijan.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::ClaimNegated));
        // The word right after the negation is what it negates, even when more words follow.
        let j = judged("Tomatoes are not vegetables in the botanical sense, but fruits.", "Tomatoes are vegetables.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
        // "Separate from", "different from" set one thing aside, as "instead of" does.
        let text = "Mushrooms are the fruiting bodies of fungi, a kingdom separate from plants.";
        assert_eq!(judged(text, "Mushrooms are not plants.").stances[0], Stance::Supports);
        assert_eq!(judged(text, "Mushrooms are plants.").stances[0], Stance::Contradicts);
        // A claim that something prevents something is not a negated claim.
        let j = judged("A large trial found that the new vaccine prevents measles in young children.", "The new vaccine prevents measles in young children.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("The new vaccine protects young children against measles, a large trial found.", "The new vaccine prevents measles in young children.");
        assert_ne!(j.reason, Reason::ClaimNegated, "{j:?}");
        // "Stopped selling" says it no longer sells; "stopped the convoy" negates nothing.
        let j = judged("The carmaker stopped selling the electric van in Europe last year.", "The electric van is no longer sold in Europe.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("The carmaker stopped selling the electric van in Europe last year.", "The carmaker sells the electric van in Europe.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
        let j = judged("Border guards stopped the convoy near the river crossing.", "Border guards checked the convoy near the river crossing.");
        assert_ne!(j.reason, Reason::Negation, "{j:?}");
        let j = judged("Flights were halted following the explosion at the city's airport.", "An explosion hit the city's airport.");
        assert_ne!(j.reason, Reason::Negation, "{j:?}");
        // A claim negated only by its own act is contradicted by the opposite act.
        let j = judged("The utility continued supplying gas to the region all winter.", "The utility stopped supplying gas to the region.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
        // "Refused to sign" says "did not sign" (a negative implicative).
        let j = judged("The finance minister refused to sign the trade agreement.", "The finance minister signed the trade agreement.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
        let j = judged("The finance minister skipped the summit in Lima.", "The finance minister did not attend the summit in Lima.");
        assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{j:?}");
        let j = judged("The finance minister was absent from the summit in Lima.", "The finance minister did not attend the summit in Lima.");
        assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{j:?}");
        // "Able", like "can", is no content word of a negation's scope.
        let j = judged("Observers in Chile will not be able to see the comet.", "The comet will not be visible from Chile.");
        assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{j:?}");
    }

    #[test]
    fn a_bare_number_is_compared_with_counts_of_what_the_claim_names() {
        let j = judged(
            "More than 300 volunteers joined the clean-up of the river, the mayor said.",
            "The mayor put the number of volunteers who joined the clean-up of the river at fewer than a hundred.",
        );
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
    }

    #[test]
    fn a_negated_comparative_bounds_from_the_other_side() {
        // "no bigger than 30 cm" is at most 30, so it rules out "bigger than 45 cm".
        let j = judged("The beetle is no bigger than 30 centimetres.", "The beetle is bigger than 45 centimetres.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("The beetle is no bigger than 30 centimetres.", "The beetle is 25 centimetres long.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Without a number it is a plain negation.
        let j = judged("The new chip isn't faster than its predecessor.", "The new chip is faster than its predecessor.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    }

    #[test]
    fn the_conflicting_number_shown_is_the_one_said_of_the_same_act() {
        let j = judged("The bridge, built in 1932, was renovated in 2005.", "The bridge was renovated in 1998.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
        assert_eq!(j.cue.as_deref(), Some("2005 vs 1998"), "the year of another clause was shown");
        // The year of another clause neither supports nor saves the claim.
        let j = judged("The bridge, built in 1932, was renovated in 2005.", "The bridge was renovated in 1932.");
        assert_eq!((j.stances[0], j.cue.as_deref()), (Stance::Contradicts, Some("2005 vs 1932")), "{j:?}");
        let j = judged("The bridge, built in 1932, was renovated in 2005.", "The bridge was built in 1932.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A year nearer in tokens but in another clause is not the act's.
        let j = judged("The bridge, which opened in 1990, was closed for repairs in 2015.", "The bridge was closed in 2015.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // Amounts of the same thing, too: the one by the act decides ("$200 million" is the
        // budget, not the opening).
        let j = judged("'Red Orchard' opens to $48 million, far short of its $200 million budget", "'Red Orchard' took $200 million on its opening weekend.");
        assert_eq!((j.stances[0], j.cue.as_deref()), (Stance::Contradicts, Some("48 million vs 200 million")), "{j:?}");
        // In one clause, nearness alone does not tell two amounts apart: "on revenue of" gives
        // the revenue as well as the profit does the profit.
        let j = judged("The company reported a profit of $1 billion on revenue of $5 billion.", "The company reported revenue of $5 billion.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Its own scale word is no act: "million" is in both amounts.
        let j = judged("Made on a $90 million budget, the film went on to gross $500 million around the world.", "The film earned $500 million worldwide.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Counts of different things by two acts are not one fact's.
        let j = judged(
            "The enclave split from Azerbaijan in a war that killed around 30,000 people and displaced hundreds of thousands.",
            "Around 30,000 people died and hundreds of thousands were uprooted in the war over the enclave.",
        );
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // A bare number right after the sentence's word for the claim's measure is its value.
        let j = judged("The magnitude 7.4 earthquake struck shortly after midnight.", "The earthquake had a magnitude of 6.1.");
        assert_eq!((j.stances[0], j.cue.as_deref()), (Stance::Contradicts, Some("7.4 vs 6.1")), "{j:?}");
    }

    #[test]
    fn another_country_in_the_same_slot_contradicts() {
        let j = judged(
            "Western diplomats are worried about Turkey sending drones to the rebels.",
            "Western diplomats are worried about Iran sending drones to the rebels.",
        );
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
        assert_eq!(j.cue.as_deref(), Some("Turkey vs Iran"));
        let j =
            judged("Villagers blamed Armenian shelling for the damage to their homes.", "Villagers blamed Azerbaijani shelling for the damage to their homes.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
        // A country after a preposition, or one of a list, is in another slot.
        let j = judged("Drones from Syria and Libya are being sent to the rebels, diplomats said.", "Iran is sending drones to the rebels.");
        assert_ne!(j.reason, Reason::List, "{j:?}");
        // The sentence names the claim's country too: no conflict of this kind.
        let j =
            judged("Diplomats are worried about Turkey sending drones, and about Iran sending drones to the rebels.", "Iran is sending drones to the rebels.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Named only as a place, the claim's country is in another slot: still a conflict.
        let j = judged("The depot near the border in Iran was hit by Iraqi shells, villagers said.", "The depot was hit by Iranian shells.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
        // Named as the one acted on or as an owner, it is in the story: no conflict.
        let j = judged("Iranian drones supplied to Russia struck Kyiv overnight.", "Russian drones struck Kyiv overnight.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // A claim's country in a list ("the Armenian and Azerbaijani ministers") has no slot of
        // its own.
        let j = judged(
            "The Russian foreign minister said he would welcome the ministers of Armenia and Azerbaijan.",
            "Russia said it would welcome the Armenian and Azerbaijani foreign ministers.",
        );
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    }

    #[test]
    fn the_same_words_with_roles_swapped_do_not_support() {
        let j = judged("Azerbaijan attacked Armenia on Sunday, officials said.", "Armenia attacked Azerbaijan on Sunday.");
        assert_ne!(j.stances[0], Stance::Supports);
        assert!(roles_swapped(&j), "{:?}", j.cue);
        let j = judged("Armenia was attacked by Azerbaijan on Sunday.", "Azerbaijan attacked Armenia on Sunday.");
        assert_eq!(j.stances[0], Stance::Supports, "a passive keeps the roles");
        let j = judged("Azerbaijan attacked Armenia on Sunday.", "Azerbaijan attacked Armenia on Sunday.");
        assert_eq!(j.stances[0], Stance::Supports);
        // The predicate told apart by its ending only ("sues" / "sued").
        let j = judged("The city council sues the teachers' union over pensions.", "The teachers' union sued the city council over pensions.");
        assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
        // Where it happened is no role, unless another place takes its slot.
        let j = judged("Kherson power station hit in drone attack.", "A drone struck a power station in Kherson.");
        assert!(!roles_swapped(&j), "{j:?}");
        let j = judged("Norway has a naval base in Iceland, officials said.", "Iceland has a naval base in Norway.");
        assert!(roles_swapped(&j), "{j:?}");
    }

    #[test]
    fn a_phrasal_passive_and_a_denied_report_keep_their_roles() {
        // "was shot down by" is a passive as "was downed by" is: the jets trade roles.
        let j = judged("One of the Chilean fighter jets was shot down by a Peruvian fighter jet on Tuesday.", "One of Chile's jets shot down a Peruvian F-16.");
        assert!(roles_swapped(&j), "{j:?}");
        assert_ne!(j.stances[0], Stance::Supports);
        // Reported and then denied the other way round: neither the report nor the denial is
        // about the claim.
        let j = judged(
            "Chile claims one of its fighter jets was shot down by a Peruvian fighter jet on Tuesday, but the report has been denied by Peruvian officials.",
            "One of Chile's jets shot down a Peruvian F-16.",
        );
        assert!(!j.stances.contains(&Stance::Supports) && !j.stances.contains(&Stance::Denial), "{j:?}");
        // A demonym before the noun is a place after it, and a number no verb: no swap.
        let j = judged("Peru sent about 400 fighters from northern Chile to Bolivia.", "Some 400 Chilean fighters were sent by Peru to Bolivia.");
        assert!(!roles_swapped(&j), "{j:?}");
        let j = judged(
            "Peru sent about 400 fighters from northern Chile to Bolivia, an assertion denied by Peruvian officials.",
            "Some 400 Chilean fighters were sent by Peru to Bolivia.",
        );
        assert!(j.stances.contains(&Stance::Denial), "{j:?}");
        // (Only after "from", "of" or "in".)
        // (The claim's "to Bolivia" would be another destination: the place rule's.)
        let j = judged("Peru sent fighters to Chile from Bolivia.", "Chilean fighters were sent by Peru from Bolivia.");
        assert!(roles_swapped(&j), "{j:?}");
        let j = judged(
            "Chile claims one of its fighter jets was shot down by a Peruvian fighter jet on Tuesday.",
            "A Peruvian warplane shot down one of Chile's jets.",
        );
        assert_eq!(j.stances, [Stance::Supports], "{j:?}");
        // Who reported it names no role; the one named again after the verb only as who
        // reported it still swaps.
        let j = judged("Spain beat Japan, Spanish media reported.", "Japan beat Spain.");
        assert_eq!(j.stances, [Stance::Contradicts], "{j:?}");
        // A report swapped and denied rules the claim out only with the claim's specifics.
        let j = judged("Spain beat Japan, the BBC reported, a claim denied by the federation.", "Japan beat Spain in 2022.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        assert!(!j.stances.contains(&Stance::Supports), "{j:?}");
    }

    #[test]
    fn a_swap_over_an_asymmetric_relation_contradicts() {
        // A result, a takeover, a comparison: only one direction can hold.
        let j = judged("Portugal defeated Ghana 3-2 in the opening game.", "Ghana defeated Portugal 3-2 in the opening game.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
        assert!(roles_swapped(&j), "{:?}", j.cue);
        let j = judged("Jupiter is heavier than Saturn by a wide margin.", "Saturn is heavier than Jupiter by a wide margin.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Both may accuse each other, or have met: the swap only leaves a mention.
        let j = judged("Peru accused Chile of spying on its navy, officials said.", "Chile accused Peru of spying on its navy.");
        assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
        // Two people exchanged round a verb said in other words: a result said in other words
        // rules the claim out, another act leaves a mention.
        let claim = "Julie Moreau beat Anna Castell in the Lyon final.";
        let j = judged("Castell stuns Moreau in Lyon final to take the title", claim);
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
        let j = judged("Castell praises Moreau after Lyon final", claim);
        assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
        let j = judged("Moreau stuns Castell in Lyon final to take the title", claim);
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A headline's result: "downs", "knocks out" (`data/asymmetric.txt`) — not "knocked on".
        let j = judged("Castell downs Moreau in Lyon final to take the title", claim);
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("Ray Dunn knocks out Jay Cole in third round to retain title", "Boxer Jay Cole knocked out Ray Dunn.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("Bob Hart knocked on Ann Lee's door in the night.", "Ann Lee knocked on Bob Hart's door in the night.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // A passive keeps the roles: no swap, no conflict.
        let j = judged("Ghana was defeated by Portugal 3-2 in the opening game.", "Portugal defeated Ghana 3-2 in the opening game.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // Two passives swapped against each other are a swap ("governed by" in both).
        let j = judged(
            "The valley belongs to Norway but is governed by Swedish officials.",
            "The valley belongs to Sweden but is governed by Norwegian officials.",
        );
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    }

    #[test]
    fn the_conflicting_place_shown_is_of_the_claimed_places_kind() {
        // "in Ukraine" is what the war is about; "in Berlin" is where they marched.
        let j = judged(
            "Thousands of protesters marched against the war in Ukraine in Berlin on Saturday.",
            "Thousands of protesters marched in Paris on Saturday.",
        );
        assert_eq!((j.stances[0], j.cue.as_deref()), (Stance::Contradicts, Some("in Berlin")), "{j:?}");
    }

    #[test]
    fn opposite_points_of_the_compass_in_one_place_conflict() {
        const TEXT: &str = "Two people were killed by shelling in the town of Varna in southern Bulgaria, officials said.";
        let j = judged(TEXT, "Shelling killed two people in the town of Varna in the north of Bulgaria.");
        assert_eq!((j.stances[0], j.reason, j.cue.as_deref()), (Stance::Contradicts, Reason::Place, Some("southern Bulgaria")), "{j:?}");
        let j = judged(TEXT, "Shelling killed two people in Varna in north-western Bulgaria.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Not where the sentence names the claim's part too.
        let j = judged(
            "Fighting broke out in northern Bulgaria and spread to southern Bulgaria on Tuesday.",
            "Fighting broke out in northern Bulgaria on Tuesday.",
        );
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // South-east and south agree; and "South Sudan" is a name, not a part of Sudan.
        let j = judged(TEXT, "Shelling killed two people in Varna in south-eastern Bulgaria.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("Aid convoys reached Juba in South Sudan on Monday.", "Aid convoys reached Juba in northern South Sudan on Monday.");
        assert_ne!(j.reason, Reason::Place, "{j:?}");
    }

    #[test]
    fn another_of_the_claims_own_places_is_no_conflict() {
        // The first place of the claim that the sentence leaves out does not hide a later one.
        let j = judged(
            "According to officials, gunmen from Syria were brought into the border zone to fight.",
            "According to Moscow, gunmen from Libya and Syria were brought into the border zone to fight.",
        );
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j =
            judged("Chancellor Anna Berg hit back at critics during a visit to Latvia.", "Chancellor Anna Berg hit back at Vienna during a visit to Estonia.");
        assert_eq!((j.stances[0], j.cue.as_deref()), (Stance::Contradicts, Some("to Latvia")), "{j:?}");
    }

    #[test]
    fn a_thing_owned_by_the_claims_other_party_is_a_swap() {
        const TEXT: &str = "Peru said the Chilean navy shelled the coast overnight and two Chilean drones were shot down over Tacna.";
        let j = judged(TEXT, "Chilean forces shot down two Peruvian drones over Tacna.");
        assert!(roles_swapped(&j), "{j:?}");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Not where the sentence never names the claim's owner, nor for a word said twice.
        assert!(!roles_swapped(&judged("Armenian forces shot down two drones.", "Azerbaijani forces shot down two Armenian drones.")));
        let j = judged("Ukrainian troops came under attack near Bakhmut on Sunday, Russia said.", "Russian troops attacked Ukrainian troops near Bakhmut.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // The same owner, and a party the claim does not name, swap nothing.
        assert!(!roles_swapped(&judged(TEXT, "Peruvian forces shot down two Chilean drones over Tacna.")));
        assert!(!roles_swapped(&judged("Two Bolivian drones were shot down over Tacna.", "Two Peruvian drones were shot down over Tacna.")));
        // A list names both: "Syrian and Libyan fighters" are Libyan fighters too.
        let j = judged("Russia said Syrian and Libyan fighters were sent to the front.", "Russia said Libyan fighters were sent to the front by Syria.");
        assert!(!roles_swapped(&j), "{j:?}");
    }

    #[test]
    fn a_passive_in_the_same_order_swaps_roles() {
        // "were driven by" makes the later term the one that drives.
        let j = judged("Engineers found that the floods in the valley were caused by heavy logging.", "The floods caused heavy logging in the valley.");
        assert!(roles_swapped(&j), "{j:?}");
        assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("Heavy logging caused the floods in the valley, engineers found.", "The floods in the valley were caused by heavy logging.");
        assert!(!roles_swapped(&j), "active against passive, the same roles: {j:?}");
        // Over a result, the swap contradicts.
        let j = judged("Brazil were beaten by Peru in the final on Sunday.", "Brazil beat Peru in the final on Sunday.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        // A passive claim: the agent the sentence adds takes no one's role.
        let j = judged("The new vaccine was approved by regulators for children on Monday.", "The new vaccine was approved for children on Monday.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A passive claim against an active sentence in the same order: the sentence's first
        // term is the one who acted, the claim's the one acted on.
        let claim = "Welterweight Omar Sadik was beaten by Pavel Grint in Leeds.";
        let j = judged("Omar Sadik beats Pavel Grint in Leeds to retain his belt", claim);
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Not against the sentence's own passive, which keeps the roles, nor a headline's
        // passive without "was", the other term in another clause.
        let j = judged("Omar Sadik was beaten in the sixth round in Leeds, by Pavel Grint", claim);
        assert!(!roles_swapped(&j), "{j:?}");
        let j = judged("Omar Sadik beaten in sixth round in Leeds as Pavel Grint retains belt", claim);
        assert!(!roles_swapped(&j), "{j:?}");
    }

    #[test]
    fn cause_and_effect_exchanged_in_other_words_is_no_support() {
        let claim = "Long commutes lead to weight gain in office workers.";
        let j = judged("Weight gain in office workers raises the risk of long commutes, the survey suggests.", claim);
        assert!(roles_swapped(&j), "{j:?}");
        assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
        // Intransitive or passive, the order turns round again.
        let j = judged("Weight gain in office workers increases with long commutes, the survey found.", claim);
        assert!(!roles_swapped(&j), "{j:?}");
        let j = judged("Long commutes raise the risk of weight gain in office workers, the survey found.", claim);
        assert!(!roles_swapped(&j), "{j:?}");
        // Over a setting the verb is intransitive: "increased during the war".
        let j = judged("Energy prices in Europe increased sharply during the war, officials said.", "The war increased energy prices in Europe sharply.");
        assert!(!roles_swapped(&j), "{j:?}");
    }

    #[test]
    fn a_negation_over_words_the_claim_does_not_match_is_no_support() {
        let claim = "The drug Velmora improved survival in patients with lung cancer.";
        let j = judged("Patients with lung cancer who received Velmora did not live any longer than those on placebo.", claim);
        assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("Patients with lung cancer who received Velmora lived longer than those on placebo.", claim);
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A negation in another clause, after a semicolon, is about something else.
        let claim = "A strong earthquake struck the coast of Peru.";
        let j = judged("A strong earthquake struck the coast of Peru; no tsunami warning was issued.", claim);
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    }

    #[test]
    fn a_movement_the_other_way_is_no_support() {
        let j = judged("Customs data show the grain was shipped from Odesa to Istanbul in May.", "The grain was shipped from Istanbul to Odesa in May.");
        assert!(roles_swapped(&j), "{j:?}");
        assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
        let j = judged("Customs data show the grain was shipped from Istanbul to Odesa in May.", "The grain was shipped from Istanbul to Odesa in May.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A range is no movement: both ways round say the same.
        let j = judged("Power cuts hit homes from Odesa to Kharkiv on Monday night.", "Power cuts hit homes from Kharkiv to Odesa on Monday night.");
        assert!(!roles_swapped(&j), "{j:?}");
    }

    #[test]
    fn a_comparison_made_the_other_way_round_contradicts() {
        let j = judged("Copper, at 8.9 grams per cubic centimetre, is denser than iron.", "Iron is denser than copper.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("Girls in the survey were about twice as likely as boys to walk to school.", "Boys were twice as likely as girls to walk to school.");
        assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
        // "as likely as" alone is an equality; scaled down, the other way round says the same.
        let j = judged("Girls in the survey were as likely as boys to walk to school.", "Boys were as likely as girls to walk to school.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("Girls in the survey were half as likely as boys to walk to school.", "Boys were twice as likely as girls to walk to school.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        let j = judged("Iron is denser than copper, the handbook says.", "Iron is denser than copper.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // What was once believed is not what the sentence says is so.
        let j = judged("The Nile was long thought to be longer than the Amazon.", "The Amazon is longer than the Nile.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    }

    #[test]
    fn another_day_of_the_week_for_the_same_act_contradicts() {
        let claim = "The two ministers held their phone call on Monday night.";
        let j = judged("The ministry said on Friday that the two ministers held a phone call on Tuesday night.", claim);
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Date), "{j:?}");
        assert_eq!(j.cue.as_deref(), Some("Tuesday vs Monday"));
        // The claim's day named too: the other day is another event's.
        let j = judged("The two ministers held a phone call on Monday night and met on Tuesday.", claim);
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // The day it was said is not the day it happened.
        let j = judged("The two ministers said Friday that they held a phone call.", claim);
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // A day far from what the claim says dates something else.
        let j = judged("On Thursday, after weeks of tension and many failed attempts at contact, the two ministers held a phone call.", claim);
        assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
        // Unless the claim is about the saying: then the day it was said is the claim's act's.
        const SAID: &str = "The ambassador said on Monday that rebel troops had crossed the river into the province.";
        let j = judged(SAID, "The ambassador made his claim that rebel troops had crossed the river into the province on Saturday.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Date), "{j:?}");
        let j = judged(SAID, "Rebel troops crossed the river into the province on Saturday, the ambassador's office confirmed.");
        assert_ne!(j.reason, Reason::Date, "{j:?}");
        let j = judged(SAID, "The ambassador said rebel troops had crossed the river into the province on Saturday.");
        assert_ne!(j.reason, Reason::Date, "{j:?}");
        let j = judged(SAID, "The ambassador told reporters on Saturday that rebel troops had crossed the river into the province.");
        assert_eq!(j.reason, Reason::Date, "{j:?}");
    }

    #[test]
    fn a_headline_calling_the_story_false_needs_less_of_its_wording() {
        let singer = "The pop singer died in a car crash after a late party with old school friends.";
        let cruz = "Singer Lena Cruz is retiring from music after her farewell tour of South America.";
        // (sentence, claim, whether it is a denial)
        for (text, claim, denial) in [
            // Under half the claim's words: too little for support, enough to be called false.
            ("Pop singer died in crash, fans wrote online.", singer, false),
            ("Reports that the pop singer died in a car crash are a hoax.", singer, true),
            // The predicate word said before a report noun: "X death report a hoax".
            ("Tom Hale death report a hoax, says his manager", "Veteran radio presenter Tom Hale has died.", true),
            // Past quotes and intensifiers, with a fifth of the claim's words; not past a hedge.
            ("Lena Cruz's rep slams retirement rumours as 'completely false'", cruz, true),
            ("Kettle Ridge bear cub adoption story is a hoax, rangers say", "A bear cub was adopted by wolves in Kettle Ridge National Park.", true),
            ("Lena Cruz's rep calls retirement rumours 'probably false'", cruz, false),
            // A label calls what follows it false.
            ("Fake: video of kangaroo boxing police officer was made with CGI", "A video shows a kangaroo boxing a police officer in Sydney.", true),
        ] {
            let j = judged(text, claim);
            assert_eq!((j.stances[0], j.reason) == (Stance::Denial, Reason::Denial), denial, "{text}: {j:?}");
        }
        // (Too little for support: a mention.)
        assert_eq!(judged("Pop singer died in crash, fans wrote online.", singer).stances[0], Stance::Mentions);
    }

    #[test]
    fn calling_a_report_false_refutes_it() {
        let j = judged("Reports that the mayor resigned on Friday are incorrect, says a city spokesman.", "The mayor resigned on Friday.");
        assert_eq!((j.stances[0], j.reason), (Stance::Denial, Reason::Denial));
        assert_eq!(j.cue.as_deref(), Some("incorrect"));
        let j = judged("Rumours that the singer died in a crash are a hoax.", "The singer died in a crash.");
        assert_eq!(j.stances[0], Stance::Denial);
        let j = judged("Reports that the mayor resigned on Friday are not false.", "The mayor resigned on Friday.");
        assert_ne!(j.stances[0], Stance::Denial, "a negated falsity is no denial");
        // A claim shown false by others' evidence ("discredited", "disproved").
        let j = judged("Claims that the old bridge had been built by the Romans were discredited by a survey.", "The old bridge was built by the Romans.");
        assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
        // A report retracted is withdrawn as false; a thing retracted is only pulled in.
        let j = judged(
            "A 2019 report of fossil bacteria inside the meteorite was retracted after the structures proved to be minerals.",
            "Fossil bacteria were found inside the meteorite.",
        );
        assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
        let j = judged(
            "The plane's landing gear was retracted shortly after take-off from Heathrow.",
            "The plane's landing gear went up shortly after take-off from Heathrow.",
        );
        assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
        // Said of a person or a thing, not of a statement.
        let j = judged("The company's discredited chief executive resigned on Friday.", "The company's chief executive resigned on Friday.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // A negated claim: calling its opposite false supports it, calling the negated
        // statement itself false denies it.
        let claim = "Camels never store water in their humps.";
        let j = judged("Claims that camels store water in their humps are a myth, zoologists say.", claim);
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        let j = judged("The belief that camels never store water in their humps is a myth, zoologists say.", claim);
        assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
        // And calling the negated statement false supports the claim without the negation.
        let j = judged("The belief that camels never store water in their humps is a myth, zoologists say.", "Camels store water in their humps.");
        assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
        // (A negation in another clause is not what is called false.)
        let j = judged("Camels never store water in their humps: why the hump myth persists", claim);
        assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
    }

    #[test]
    fn rejecting_a_deal_is_an_act_not_a_denial() {
        let j = judged("The union rejected the pay offer from the rail operators on Friday.", "The rail operators made a pay offer to the union.");
        assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
        let j = judged("The ministry rejected reports that troops had crossed the border on Friday.", "Troops crossed the border on Friday.");
        assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    }

    #[test]
    fn what_a_sentence_says_only_inside_a_denial_it_does_not_assert() {
        const TEXT: &str =
            "The mining company has publicly backed the new port and said it would pay for dredging, but denied dumping waste or tailings into the bay.";
        let j = judged(TEXT, "The mining company has been dumping tailings into the bay near the new port.");
        assert_eq!(j.stances, vec![Stance::Denial], "{j:?}");
        assert_eq!(j.cue.as_deref(), Some("denied"));
        // What the sentence asserts outside the denial it still supports.
        let j = judged(TEXT, "The mining company has publicly backed the new port.");
        assert_eq!(j.stances, vec![Stance::Supports], "{j:?}");
    }

    #[test]
    fn a_passive_or_pronoun_denial_denies_what_was_said_before_it() {
        // No "by": before, what was denied was looked for after the cue, found empty, and the
        // sentence supported what it calls debunked.
        let claim = "The new drug cures baldness in men.";
        let j = judged("The claim that the new drug cures baldness in men has been debunked.", claim);
        assert_eq!((j.stances[0], j.reason), (Stance::Denial, Reason::Denial), "{j:?}");
        let j = judged("Reports that the new drug cures baldness in men were denied on Friday.", claim);
        assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
        let j = judged("Asked about reports that the new drug cures baldness in men, the maker denied them.", claim);
        assert_eq!((j.stances[0], j.speaker.as_deref()), (Stance::Denial, Some("the maker")), "{j:?}");
        // A report noun elsewhere in the sentence is not what a passive denial denies.
        let j = judged("The man, who faces charges of fraud, was denied bail on Monday.", "The man faces charges of fraud.");
        assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
        // A thing denied is an act on it, not a denial of something said.
        let j = judged("His visa to enter the country was denied on Friday.", "His visa to enter the country was granted on Friday.");
        assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
    }

    #[test]
    fn denials_name_who_denied() {
        let j = judged("Ankara denied sending fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.");
        assert_eq!((j.stances[0], j.reason), (Stance::Denial, Reason::Denial));
        assert_eq!(j.speaker.as_deref(), Some("Ankara"));
        let j = judged("Ankara has not denied sending fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.");
        assert_ne!(j.stances[0], Stance::Denial, "'has not denied' is no denial");
    }
}
