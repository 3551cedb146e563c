//! Actors and office holders: another named actor doing the claim's act, another holder of the
//! claim's role.

use super::tuning::{ACTOR_GAP, DESCRIBED_GAP, HOLDER_GAP};
use super::words::{auxiliary, is, superlative_at};
use crate::retrieve::candidates::{preposition_before, Claim, Hit};
use crate::retrieve::index::{Index, IndexedSentence};
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, PlaceKind, WordClass};

/// Another country in the same slot: the claim's country (or demonym) stands right before one
/// of its words that the sentence matches, and the sentence has a different country right
/// before that word and names the claim's only as a place ("Iran sending mercenaries" / "Turkey sending
/// mercenaries"; "Azerbaijani shelling" / "Armenian shelling"). Places after a preposition are
/// [`place_conflict`](super::places::place_conflict)'s.
pub(super) fn actor_conflict(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let a = &s.analysed;
    for (ci, ct) in claim.terms.iter().enumerate() {
        let Some(country) = ct.country else { continue };
        // A town acts for itself, not for its country: "Stepanakert has a population of …" is
        // not in France's slot in "France's population" (a capital is its country's metonym,
        // and has its country's key).
        if ct.place == Some(PlaceKind::City) && ct.key != country {
            continue;
        }
        // The sentence may name the claim's country only as where something is ("in southern
        // Azerbaijan", "near Iran"), never as one who acts or owns ("drones supplied to
        // Russia", "the army of Azerbaijan").
        let place = |f: usize| matches!(preposition_before(a, f), Some("in" | "near"));
        let acting = a.terms.iter().any(|t| t.country == Some(country) && !place(t.first)) || hit.matched[ci].iter().any(|&(f, _)| !place(f));
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
            let other = a.terms.iter().find(|t| t.country.is_some_and(|c| c != country && !claim.names_country(c)) && slot(t, mf));
            if let Some(o) = other {
                let cov = hit.coverage_without(index, claim, ci);
                let (cf, cl) = ct.spans[0];
                return Some((format!("{} vs {}", a.span(&s.text, o.first, o.last), claim.analysed.span(&claim.text, cf, cl)), cov));
            }
        }
    }
    None
}

/// Runs of capitalised words that are no place, demonym, weekday or month: the names of
/// people (and of things, which the caller tells apart by what the claim matched). A
/// sentence's first word alone is not one ("Penicillin was …").
pub(super) fn name_runs(a: &Analysed) -> Vec<(usize, usize)> {
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
pub(super) fn right_before(a: &Analysed, (_, l): (usize, usize), at: usize) -> bool {
    let between = |t: &crate::text::token::Token| t.is_word() && (auxiliary(t) || lexicon().is_stopword(&t.norm));
    l < at && at - l <= 3 && a.tokens[l + 1..at].iter().all(between)
}

/// The name proper of a name run: its last two words ("General Mira Sadik" is "Mira Sadik": a
/// title before them is shared by many).
pub(super) fn name_proper((f, l): (usize, usize)) -> std::ops::RangeInclusive<usize> {
    f.max(l.saturating_sub(1))..=l
}

/// Do claim name run `p` and sentence name run `q` share a word of their names proper
/// ("Volodymyr Zelensky" / "Volodymyr Zelenskyy"; "Venus Williams" may be a sister)?
pub(super) fn share_a_name(c: &Analysed, p: (usize, usize), a: &Analysed, q: (usize, usize)) -> bool {
    for i in name_proper(q) {
        for k in name_proper(p) {
            if c.tokens[k].norm == a.tokens[i].norm {
                return true;
            }
        }
    }
    false
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
pub(super) fn holder_conflict(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    if claim.negated || claim.attribution.is_some() {
        return None;
    }
    let (c, a) = (&claim.analysed, &s.analysed);
    let term_at = |i: usize| claim.term_at(i);
    let role = |name: (usize, usize)| (0..c.tokens.len()).find_map(|i| holds_role(c, name, i, false));
    let holds = |run: (usize, usize), group: u32| (0..a.tokens.len()).any(|i| holds_role(a, run, i, true) == Some(group));
    let mut found = None;
    for (f, l) in name_runs(c) {
        let unnamed = term_at(l).is_some_and(|ci| hit.matched[ci].is_empty() && claim.terms[ci].name) && (f..=l).all(|i| term_at(i).is_some());
        if let Some(g) = role((f, l)).filter(|_| unnamed) {
            found = Some(((f, l), g));
            break;
        }
    }
    let (person, group) = found?;
    // (Not one of several: "directed by Peter Ramsey and two others".)
    let one_of_several = |(_, l): (usize, usize)| a.tokens.get(l + 1).is_some_and(|t| matches!(t.norm.as_str(), "and" | "with" | "among"));
    let mut other = None;
    for run in name_runs(a) {
        if !name_proper(run).any(|i| hit.says_token(i)) && !share_a_name(c, person, a, run) && !one_of_several(run) && holds(run, group) {
            other = Some(run);
            break;
        }
    }
    let other = other?;
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

/// Another holder of what one thing alone can be: "The largest moon of Saturn is Rhea"
/// against "Titan … is the largest moon of Saturn"; "Pravolan was the first drug licensed for
/// …" against "Kelvatin became the first medicine licensed …". The claim says who holds it
/// ("X is the largest …", "The largest … is X"), and its holder goes unsaid; the sentence opens
/// with a word of its own before "is", "was" or "became" and the same superlative, the claim's
/// next word right after it ("the first American woman" is another title), names no place of
/// its own, and asserts it plainly (no negation, hedge, denial or falsity word). A place of the
/// claim's left unsaid is another scope ("in China" / "in the world").
// (Plain loops and functions: closures over iterator adaptors here cost the wasm 2.5 KB.)
pub(super) fn superlative_holder(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    if claim.negated || claim.attribution.is_some() || super::support::names_another_place(hit, s) {
        return None;
    }
    let (c, a) = (&claim.analysed, &s.analysed);
    let (mut k, mut i) = (None, None);
    for j in 0..c.tokens.len() {
        k = k.or(copula(&c.tokens[j]).then_some(j));
        i = i.or(sole(c, j).then_some(j));
    }
    let (k, i) = (k?, i?);
    // (The holder a noun: "is Rhea", "is the humerus"; not "was honoured by the emperor".)
    let named = c.tokens.get(k + 1).is_some_and(|t| t.capitalized || is(WordClass::Determiner, t));
    if if i > k { k + 2 != i } else { !named } {
        return None;
    }
    // The sentence's superlative, a copula at most three words before it.
    let (mut x, mut be) = (None, None);
    for j in 0..a.tokens.len() {
        if x.is_none() && a.tokens[j].norm == c.tokens[i].norm && sole(a, j) {
            x = Some(j);
        }
    }
    let x = x?;
    for b in x.saturating_sub(3)..x {
        be = be.or(copula(&a.tokens[b]).then_some(b));
    }
    // The sentence's first content word, before its "is", is its own holder; `next`, its first
    // content word after its superlative.
    let (mut own, mut next) = (None, None);
    for t in &a.terms {
        if t.content {
            own = own.or(Some(t));
            if next.is_none() && t.first > x && !sole(a, t.first) {
                next = Some(t.first);
            }
        }
    }
    let (own, be) = (own?, be?);
    // (A past holder is no present one: "was the tallest building until 1998" against "is".)
    let past = |t: &crate::text::token::Token| matches!(t.norm.as_str(), "was" | "were");
    if own.last >= be || hit.says_token(own.first) || (past(&a.tokens[be]) && !past(&c.tokens[k])) {
        return None;
    }
    let next_said = hit.says_token(next?);
    // Every other word said, but for the one right after the superlative where the sentence
    // has a word of its own in its place ("the first drug" / "the first medicine"), and with
    // nothing between ("the first American woman" is another title than "the first woman";
    // "the largest internal organ" another than "the largest organ"; "in the world" another
    // scope than "in Southeast Asia"); the claim's holder (its words on the far side of "is"
    // from the superlative) unsaid.
    let mut holder = Vec::new();
    let mut head_said = None;
    for (ci, (t, m)) in claim.terms.iter().zip(&hit.matched).enumerate() {
        let f = t.spans[0].0;
        let mut held = true;
        for &(f, _) in &t.spans {
            held &= (f < k) == (i > k);
        }
        if held {
            holder.push(ci);
        }
        if m.is_empty() != held && (f != i + 1 || next_said) {
            return None;
        }
        if head_said.is_none() && f > i && !sole(c, f) {
            head_said = Some(!m.is_empty());
        }
    }
    if holder.is_empty()
        || (head_said == Some(true) && !next_said)
        || a.has_cue(Cue::Negation)
        || a.has_cue(Cue::Hedge)
        || a.has_cue(Cue::Denial)
        || a.has_cue(Cue::Falsity)
    {
        return None;
    }
    // (The claim's holder as the reader wrote it: "Telvidine", not its key "telvidin".)
    let (f, l) = claim.terms[holder[0]].spans[0];
    Some((format!("{} vs {}", a.span(&s.text, own.first, own.last), c.span(&claim.text, f, l)), hit.coverage_without_all(index, claim, &holder)))
}

/// What one thing alone can be: a superlative after "the", or "the first".
fn sole(a: &Analysed, i: usize) -> bool {
    superlative_at(a, i) || (i > 0 && a.tokens[i].norm == "first" && a.tokens[i - 1].norm == "the")
}

/// "is", "was" … or "became": what joins a holder to what it holds.
fn copula(t: &crate::text::token::Token) -> bool {
    is(WordClass::PassiveBe, t) || matches!(t.norm.as_str(), "became" | "becomes")
}

/// The claim's winner placed otherwise by the sentence: the person the claim says won ("Marta
/// Soule won the Kestrel City marathon") is named with a place behind the first right after
/// the name, ending its phrase ("Marta Soule third", "Vella Storm runner-up", "Okoro among
/// runners-up", "Lars Berg finishes third", "Kara Lind concedes") or as the one beaten right
/// before it ("ahead of Nova Hart", "defeating Marek Ilves", "a 2-0 win over Portella"), in a
/// sentence where someone wins. One person wins: the claim is ruled out. (Not where the claim's win is itself a place, "won silver", nor where
/// the sentence negates or hedges; a review found "third term", "among the winners", "ahead
/// of Nadal's final" and "puts Price ahead of Hale" in a poll; "among nominees" with no one
/// winning.)
pub(super) fn placed_otherwise(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    if claim.negated || claim.attribution.is_some() {
        return None;
    }
    let (c, a) = (&claim.analysed, &s.analysed);
    let placing = |w: &str| matches!(w, "second" | "third" | "fourth" | "fifth" | "runner-up" | "runners-up" | "silver" | "bronze");
    if c.tokens.iter().any(|t| placing(&t.norm)) || a.cues.iter().any(|x| matches!(x.kind, Cue::Negation | Cue::Hedge | Cue::Denial | Cue::Falsity)) {
        return None;
    }
    let won = |i: usize| matches!(c.tokens[i].norm.as_str(), "won" | "wins" | "win");
    let mut person = None;
    for p in name_runs(c) {
        if (0..c.tokens.len()).any(|i| won(i) && right_before(c, p, i)) {
            person = Some(p);
            break;
        }
    }
    let person = person?;
    // Where the sentence names that person: from the match of the name's first word said to
    // that of its last.
    let said = |i: usize| claim.term_at(i).and_then(|ci| hit.matched[ci].first().copied());
    let l = said(person.1)?.1;
    let f = (person.0..=person.1).find_map(said).map_or(l, |m| m.0);
    let word = |i: Option<usize>| i.and_then(|i| a.tokens.get(i)).map_or("", |t| t.norm.as_str());
    let after = |k: usize| word(Some(l + k));
    let before = |k: usize| word(f.checked_sub(k));
    // A result, not a poll or a time: someone wins in the sentence. (Not "puts Ann Price
    // ahead of Tom Hale", "fans queue ahead of Nadal's final".)
    let wins = a.tokens.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "wins"
                | "won"
                | "win"
                | "takes"
                | "took"
                | "claims"
                | "lifts"
                | "crowned"
                | "victory"
                | "champion"
                | "champions"
                | "title"
                | "gold"
                | "goes"
                | "awarded"
                | "beats"
                | "defeats"
                | "defeating"
                | "beating"
        )
    });
    if !wins || super::roles::possessive(&s.text, &a.tokens[l]) {
        return None;
    }
    // (The words that place the person, for the reason shown. A place ends its phrase: "third
    // term", "second in first round", "bronze in the 400m" place something else.)
    let ends = |k: usize| a.tokens.get(l + k).is_none_or(|t| !t.is_word());
    // (A verb's place ends the sentence: "Mira Tan wins …; Lars Berg finishes third", not "came
    // second; this year she won", "conceded that the race was close".)
    let last = |k: usize| a.tokens[(l + k).min(a.tokens.len())..].iter().all(|t| !t.is_word());
    let placed = if placing(after(1)) && ends(2) {
        (l + 1, l + 1)
    } else if matches!(after(1), "finishes" | "finished" | "came" | "comes" | "placed") && placing(after(2)) && last(3) {
        // ("Lars Berg finishes third", "came second".)
        (l + 1, l + 2)
    } else if matches!(after(1), "concedes" | "conceded") && (last(2) || (after(2) == "defeat" && last(3))) {
        // ("Kara Lind concedes", "Tomas Greer concedes defeat": the loser's word.)
        (l + 1, l + 1)
    } else if after(1) == "among" && matches!(after(2), "nominees" | "runners-up" | "finalists") {
        (l + 1, l + 2)
    } else if (before(2) == "ahead" && before(1) == "of") || (before(1) == "over" && matches!(before(2), "win" | "victory")) {
        (f - 2, f - 1)
    } else if matches!(before(1), "defeating" | "beating" | "defeats" | "beats" | "edging") {
        (f - 1, f - 1)
    } else {
        return None;
    };
    let except: Vec<usize> = (person.0..=person.1).filter_map(|i| claim.term_at(i)).collect();
    let won_at = (0..c.tokens.len()).find(|&i| won(i))?;
    Some((format!("{} vs {}", a.span(&s.text, placed.0, placed.1), c.span(&claim.text, won_at, won_at)), hit.coverage_without_all(index, claim, &except)))
}
