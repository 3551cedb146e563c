//! What a sentence sharing the claim's words may still leave out or say of someone else: the
//! verdict asks these before counting it as support (subject unsaid, another agent or act, a
//! negated act, an absence, missing specifics).

use super::actors::{name_proper, name_runs, right_before, share_a_name};
use super::quantities::{counts_else, dated_by_weekday, lacks_quantity};
use super::roles::asymmetric_between;
use super::tuning::ABSENCE_REACH;
use super::words::{auxiliary, is, superlative_at};
use crate::retrieve::candidates::{Claim, Hit};
use crate::retrieve::index::IndexedSentence;
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, PlaceKind, WordClass};
use crate::text::numbers::QKind;

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
/// [`holder_conflict`](super::actors::holder_conflict).)
pub fn another_agent(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let (c, a) = (&claim.analysed, &s.analysed);
    let sentence_names = name_runs(a);
    for p in name_runs(c) {
        if !name_proper(p).all(|i| claim.term_at(i).is_some_and(|ci| hit.matched[ci].is_empty())) {
            continue;
        }
        // The claim's first term after the person, right after it: its act, said in the sentence.
        let act = (p.1 + 1..c.tokens.len()).find_map(|i| claim.term_at(i));
        let Some(act) = act.filter(|&ci| right_before(c, p, claim.terms[ci].spans[0].0)) else { continue };
        for &(m, _) in &hit.matched[act] {
            for &q in &sentence_names {
                if !name_proper(q).any(|i| hit.says_token(i)) && !share_a_name(c, p, a, q) && right_before(a, q, m) {
                    return true;
                }
            }
        }
    }
    false
}

/// Does the sentence name another thing by a word of one of the claim's names? A word of a
/// claim's name of several words is said, all the rest of that name is not, and right after
/// the sentence's match stands a capitalised word the claim does not have ("Lake Kessel" for
/// "Lake Orvona", "the Carver Gallery" for "the Carver Art Prize", "Prime Minister Ada Lorne"
/// for "Prime Minister Hal Brenner"): the sentence is about another thing of that name. (Only
/// after the shared word: before it, a title may stand for a first name, "President Macron" for
/// "Emmanuel Macron".)
pub fn names_another_thing(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let a = &s.analysed;
    // (Not a claim in title case, every word capitalised or a capitalised stop word past the
    // first: "Apple Chief Tim Cook Unveils New Phone", "The Private Education System Should Be
    // Abolished". Its runs of capitals are no names.)
    let toks = &claim.analysed.tokens;
    if toks.iter().all(|t| t.capitalized || !t.is_word()) || toks.iter().skip(1).any(|t| t.capitalized && lexicon().is_stopword(&t.norm)) {
        return false;
    }
    for (f, l) in name_runs(&claim.analysed) {
        for i in f..l {
            let Some(ci) = claim.term_at(i) else { continue };
            // (The rest of the claim's name all unsaid: "Tesla Chief Elon Musk" names "Tesla
            // CEO Elon Musk".)
            if (i + 1..=l).any(|j| claim.term_at(j).is_none_or(|cj| !hit.matched[cj].is_empty())) {
                continue;
            }
            for &(_, ml) in &hit.matched[ci] {
                if a.tokens.get(ml + 1).is_some_and(|t| t.capitalized) && !hit.says_token(ml + 1) {
                    return true;
                }
            }
        }
    }
    false
}

/// Does the sentence name each person or thing the claim names (`subject_only`: the one the
/// claim opens with, if it opens with a name), by one word of the name at least ("Voss" for
/// "Prime Minister Hal Voss", "The F-35" for "Lockheed Martin F-35 Lightning II"), as a name
/// (a capitalised word: "best actor" does not name "Actor Nico Fane")? Places aside, which
/// other rules weigh. ("Lena Ortiz, who lives in Oslo, …" does not name "Ada Brook" of "Ada
/// Brook … lives in Oslo".)
pub fn names_claims_people(claim: &Claim, hit: &Hit, s: &IndexedSentence, subject_only: bool) -> bool {
    let named = |ci: usize| hit.matched[ci].iter().any(|&(f, _)| s.analysed.tokens[f].capitalized);
    for (f, l) in name_runs(&claim.analysed) {
        if subject_only && f > 0 {
            break;
        }
        // (Past an abbreviated title opening the name, shared by many: "Dr Tomas Brik" does not
        // name "Dr Ada Pruitt".)
        let title = l > f && lexicon().abbreviations.contains(&claim.analysed.tokens[f].norm);
        if !(f + usize::from(title)..=l).any(|i| claim.term_at(i).is_some_and(named)) {
            return false;
        }
        if subject_only {
            break;
        }
    }
    true
}

/// Is all the claim says of its subject unsaid: the terms after its first auxiliary or form of
/// "be" ("The toxin in pufferfish is made by bacteria", "The museum has been closed"), none
/// matched? A sentence that names the subject and says something else of it ("… is more than a
/// thousand times as deadly as cyanide") does not say the claim. (One unsaid word is enough:
/// "The ferry, which carries 90 cars, runs twice daily" had been read as saying "The ferry has
/// been withdrawn" — SNLI dev +371 pairs right, seen pair sets +0.030; seen seed sets −0.031,
/// nine claims better, five worse, where the one word was said in other words.)
/// (`WordClass::Aux` also holds the adverbs that may stand before a verb, "also", "now": one
/// inside the subject starts the predicate early, so the subject's later words must go unsaid
/// too.)
pub fn predicate_unsaid(claim: &Claim, hit: &Hit) -> bool {
    let c = &claim.analysed;
    let Some(p) = c.tokens.iter().position(auxiliary).filter(|&p| p > 0) else { return false };
    let mut unsaid = 0;
    for (_, m) in claim.terms.iter().zip(&hit.matched).filter(|(t, _)| t.spans[0].0 > p) {
        if !m.is_empty() {
            return false;
        }
        unsaid += 1;
    }
    // (Unless the sentence gives the claim's share: "31 percent had hypertension" for "More
    // than a quarter … had high blood pressure" says the claim in other words. Not any
    // figure: "Type 1 diabetes is caused by …" has one in its name.)
    unsaid >= 1 && !(hit.figure.is_some() && claim.quantities.iter().any(|q| q.kind == QKind::Share))
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

/// Does the sentence call off what the claim says takes place? A word of absence before
/// "from" or "of" ("has withdrawn from", "pulled out of"), with nothing before it that negates,
/// denies, hedges or calls false ("is unlikely to withdraw from", "denied reports that she had
/// withdrawn from"), and right after that word, past function words only, a claim word whose
/// claim word before it (its act: "will compete at the Carrow Open") goes unsaid. Not where
/// that act is itself a leaving ("will leave the grain deal", "withdrew its support from"):
/// the word of absence then says it in other words. The tokens of the word of absence.
/// (Only a claim that negates nothing: for a negated one such a word is support, see
/// [`says_absence`].)
pub fn calls_off_the_act(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<(usize, usize)> {
    let (a, c) = (&s.analysed, &claim.analysed);
    // (Of the claim's subject, not of what someone said.)
    if claim.negated || claim.attribution.is_some() || c.has_cue(Cue::Absence) || subject_unsaid(claim, hit) {
        return None;
    }
    for x in &a.cues {
        // (Withdrawing from or pulling out of something: "axes defence minister", "scraps
        // remaining tour dates" may be the claim's act in other words, "fired", "cancelled".)
        let from = a.tokens.get(x.last + 1).is_some_and(|t| matches!(t.norm.as_str(), "from" | "of"));
        if x.kind != Cue::Absence || !from {
            continue;
        }
        if a.cues.iter().any(|y| y.first < x.first && matches!(y.kind, Cue::Negation | Cue::Denial | Cue::Hedge | Cue::Falsity)) {
            continue;
        }
        // (What is left: "the Carrow Open", not "the doubles event at the Carrow Open".)
        let mut m = x.last + 2;
        while a.tokens.get(m).is_some_and(|t| lexicon().is_stopword(&t.norm)) {
            m += 1;
        }
        let Some(k) = hit.matched.iter().position(|v| v.iter().any(|&(f, l)| f <= m && m <= l)) else { continue };
        let leaving = |t: &crate::text::token::Token| {
            is(WordClass::Cessation, t)
                || matches!(t.norm.as_str(), "leave" | "leaves" | "left" | "leaving" | "exit" | "exits" | "exited" | "abandon" | "abandons" | "abandoned")
        };
        if k > 0 && hit.matched[k - 1].is_empty() && !claim.terms[k - 1].name && !leaving(&c.tokens[claim.terms[k - 1].spans[0].0]) {
            return Some((x.first, x.last));
        }
    }
    None
}

/// Does the sentence say, next to what it says of the claim, that an act did not take place or
/// that a state goes on (an absence cue within three words of a matched word: "Maren withdraws
/// from Wimbledon", "Silver Harbour still together")? Not one said of something else ("…
/// headliner, after a rival band pulled out").
pub fn says_absence(hit: &Hit, s: &IndexedSentence) -> bool {
    for c in &s.analysed.cues {
        if matches!(c.kind, Cue::Absence | Cue::Continuation) {
            for i in c.first.saturating_sub(3)..=c.last + 3 {
                if hit.says_token(i) {
                    return true;
                }
            }
        }
    }
    false
}

/// Does a word of absence follow, within [`ABSENCE_REACH`] words, the sentence's word for an
/// act the claim negates ("Opening of the new ward postponed" for "has not opened")? Only
/// where that word is the sentence's one mention of the act: "The museum opened in May, after
/// its opening was postponed" says it took place.
pub(super) fn absence_after_act(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    for &ci in &claim.negated_terms {
        if let [(_, l)] = hit.matched[ci][..] {
            for c in &s.analysed.cues {
                if c.kind == Cue::Absence && c.first > l && c.first <= l + ABSENCE_REACH {
                    return true;
                }
            }
        }
    }
    false
}

/// Does the sentence's negation at `at` stand over what the claim says is absent? The claim
/// says an act did not happen in a word of absence the sentence does not say ("will miss the
/// cup final", "called off the strike"); the first claim word said after the sentence's
/// negation is the claim's first word after that absence word ("will not play in cup final",
/// "There will be no strike"); and what the sentence negates is no word of negation, absence,
/// cessation or failure.
pub(super) fn negates_what_is_absent(claim: &Claim, hit: &Hit, s: &IndexedSentence, at: (usize, usize)) -> bool {
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

/// A country the claim names after its act goes unsaid, and the sentence names countries the
/// claim does not ("the trade ministry named Bolivia as the shipper" against "… said Chilean
/// and Peruvian copper was being shipped"): the sentence says the act of others, not of the
/// claim's country. (Not a country in the claim's subject, which a pronoun or a leader's name
/// may stand for, "the president said …" for "Chile said …"; nor a demonym, "Chilean miners",
/// which describes rather than names.)
pub(super) fn country_unsaid_among_others(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let c = &claim.analysed;
    // (The claim's first word that is neither a name nor a country: where its act begins.)
    let act = claim.terms.iter().filter(|t| !t.name && t.country.is_none()).map(|t| t.spans[0].0).min().unwrap_or(usize::MAX);
    let unsaid = claim
        .terms
        .iter()
        .zip(&hit.matched)
        .any(|(t, m)| t.country.is_some() && m.is_empty() && t.spans[0].0 > act && !lexicon().is_demonym(&c.tokens[t.spans[0].0].norm));
    unsaid && s.analysed.terms.iter().any(|t| t.country.is_some_and(|k| !claim.names_country(k)))
}

/// A member of the claim's list of names goes unsaid where the sentence lists others of it:
/// "Armenia, Azerbaijan and Turkey have imposed martial law" is not said by "Azerbaijan and
/// Armenia have imposed martial law", whose list leaves Turkey out. (Names or countries joined
/// by "and" or a comma, on both sides.)
pub fn list_member_unsaid(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let joined = |t: Option<&crate::text::token::Token>| t.is_some_and(|t| t.norm == "and" || t.is_punct(','));
    let (c, a) = (&claim.analysed.tokens, &s.analysed.tokens);
    let (mut listed, mut left_out) = (false, false);
    // (Plain loops over pairs of the claim's names, `t` and a said one `u`: no lists built.)
    for (t, m) in claim.terms.iter().zip(&hit.matched) {
        for (u, n) in claim.terms.iter().zip(&hit.matched) {
            if !(t.name || t.country.is_some()) || !(u.name || u.country.is_some()) || n.is_empty() {
                continue;
            }
            // Two of the claim's names joined in the sentence ...
            listed |= m.iter().any(|&(_, l)| joined(a.get(l + 1)) && n.iter().any(|&(f, _)| f == l + 2));
            // ... and one unsaid joined to one said in the claim ("Azerbaijan and Turkey",
            // "Turkey, Armenia").
            // (Not a first name before a said surname, "Jeff Bezos", nor a region after a
            // comma, "Paris, Texas".)
            let ((f, l), (uf, ul)) = (t.spans[0], u.spans[0]);
            let member = m.is_empty() && !c.get(l + 1).is_some_and(|x| x.capitalized) && t.place != Some(PlaceKind::Region);
            left_out |= member && ((ul + 2 == f && joined(c.get(f - 1))) || (l + 2 == uf && joined(c.get(l + 1))));
        }
    }
    listed && left_out
}

/// A word of what the claim says its subject is, said otherwise in its place: a claim word the
/// sentence does not say, right next to one it does, faces there a word of the sentence that
/// says nothing of the claim ("is an American horror drama" / "an American television medical
/// drama"; "is a romantic film" / "a 1964 American psychological thriller film"). The same
/// things, something else said of them: the rules do not support, and the model judges.
pub(super) fn substituted(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
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

/// A superlative of the claim said otherwise: the claim picks out one thing by one measure
/// ("is the hottest planet"), the sentence, right before the same head word, by another
/// ("is the smallest planet", "the longest and strongest bone"). Superlatives do not say
/// each other, and a model over word embeddings reads them as close: no support, from either.
/// (Only where paraphrases count: then a superlative in other words, "biggest" for "largest",
/// is matched; without the embeddings it would face the claim's as another.)
pub fn other_superlative(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    let (c, a) = (&claim.analysed, &s.analysed);
    claim.paraphrases
        && claim.terms.iter().zip(&hit.matched).any(|(t, m)| {
            let at = t.spans[0].0;
            // (The sentence's word right before one of its matches of the claim's head word
            // after it.)
            let facing = |&(f, _): &(usize, usize)| f.checked_sub(1).is_some_and(|x| superlative_at(a, x) && !hit.says_token(x));
            m.is_empty() && superlative_at(c, at) && claim.term_at(at + 1).is_some_and(|ci| hit.matched[ci].iter().any(facing))
        })
}

/// The claim names a number or year the sentence does not mention at all: such a sentence
/// neither asserts the claim nor, having no number of its own, conflicts with it.
pub fn lacks_specifics(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> bool {
    [QKind::Count, QKind::Year, QKind::Ordinal, QKind::Share].iter().any(|&k| lacks_quantity(claim, s, k))
        || (!claim.dates.is_empty() && s.dates.is_empty() && !dated_by_weekday(claim, s, hit))
        || counts_else(claim, s, hit)
}

/// Does the sentence name a place (a country, city or region) that matches nothing of the
/// claim? Then a sentence that leaves the claim's own place unsaid is about that other place.
pub(super) fn names_another_place(hit: &Hit, s: &IndexedSentence) -> bool {
    s.analysed.terms.iter().any(|t| t.place.is_some() && !hit.says_token(t.first))
}

/// Does the claim say where by a city after a preposition ("talks in Minsk", "via the Turkish
/// city of Adana") that the sentence never says, while the sentence names a city of its own
/// ("ready to welcome the ministers in Moscow", "via Turkey's Gaziantep")? The sentence tells
/// of another place: whatever else it shares, it does not support the claim (it may still
/// contradict it). (Not a city the claim sets aside: "born outside of Trieste" is said by
/// "born in Naples". Among many articles, where the article already says where, not a city
/// someone comes from: "Prosecutors from Munich presented 300 pages of evidence" for "… at
/// the trial in Frankfurt"; against one passage that city is all it says of a place.)
pub fn names_another_city(claim: &Claim, hit: &Hit, s: &IndexedSentence, many: bool) -> bool {
    let city = |p: Option<PlaceKind>| p == Some(PlaceKind::City);
    let a = &s.analysed;
    // ("from Zurich", "Lahore-born", "a Paris native", "born in Lyon", "grew up in Rijeka".)
    let origin = |f: usize, l: usize| {
        let prev = |k: usize| f.checked_sub(k).map(|i| a.tokens[i].norm.as_str());
        let next = |k: usize| a.tokens.get(l + k).map(|x| x.norm.as_str());
        prev(1) == Some("from")
            || next(1) == Some("born")
            || next(2) == Some("born")
            || next(1) == Some("native")
            || (prev(1) == Some("in") && matches!(prev(2), Some("born" | "raised" | "up")))
    };
    let toks = &claim.analysed.tokens;
    let set_aside = |f: usize| toks[f.saturating_sub(3)..f].iter().any(|t| matches!(t.norm.as_str(), "outside" | "beyond" | "except" | "than"));
    claim.terms.iter().zip(&hit.matched).any(|(t, m)| t.locative && city(t.place) && m.is_empty() && !set_aside(t.spans[0].0))
        && s.analysed.terms.iter().any(|t| city(t.place) && !hit.says_token(t.first) && !(many && origin(t.first, t.last)))
}

/// Does the sentence assert the thing a claim negated by "no" has or keeps ("Russia keeps no
/// military base in Armenia")? The sentence must have it — "has a military base", "there is
/// a base", or the claim's own verb ("keeps a base") before it, past determiners — not do
/// something else to it ("shut down its base", "plans a base"). Other negations ("did not
/// \[want\]") negate the word after them, which the sentence says.
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
