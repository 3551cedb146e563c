//! Places and closed lists: another place in the claim's slot, compass directions, another member
//! of a list the claim names.

use super::quantities::anchored;
use super::roles::possessive;
use crate::retrieve::candidates::{preposition_before, Claim, Hit};
use crate::retrieve::index::{Index, IndexedSentence};
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, PlaceKind};

/// Where: the claim says "held in Paris", the sentence "held in Brussels"; "a visit to
/// Lithuania" against "a visit to Latvia". A place inside the other ("to Nagorno-Karabakh" /
/// "to Azerbaijan") is no conflict.
pub(super) fn place_conflict(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
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
        let Some(prep) = ct.preposition else { continue };
        // A name the gazetteer does not know ("collected in Eldoret" / "in Iten"): compared
        // only with another unknown name in the same slot.
        // (Not "via": "via Telegram" / "via Amaq" are channels, not places.)
        if ct.place.is_none() && hit.matched[ci].is_empty() && prep != "via" && ct.spans.iter().all(|&(f, _)| unknown_name(&claim.analysed, f)) {
            let other = a
                .terms
                .iter()
                .find(|t| t.place.is_none() && t.content && unknown_name(a, t.first) && anchored(t.first) && preposition_before(a, t.first) == Some(prep));
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
                && preposition_before(a, t.first) == Some(prep)
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
        _ => t.country == Some(ct.country_key()),
    }
}

/// Could sentence place `t` be claim place `ct`, or lie in it, or hold it? Two cities differ
/// by name, two regions unless one names the other; a region may contain the other place, or
/// lie in it (no conclusion); otherwise a city in another country, or a country the claimed
/// city is not in, is another place.
pub(super) fn same_place(ct: &crate::retrieve::candidates::ClaimTerm, t: &crate::text::analyze::Term) -> bool {
    match (ct.place, t.place) {
        (Some(PlaceKind::City), Some(PlaceKind::City)) => t.place_id() == ct.place_id,
        (Some(PlaceKind::Region), Some(PlaceKind::Region)) => ct.matches(t),
        (Some(PlaceKind::Region), _) | (_, Some(PlaceKind::Region)) => true,
        _ => t.country == Some(ct.country_key()),
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

/// A list the claim gets wrong. Either a closed list ("co-chaired by Russia, France and the
/// US") that leaves out a member the claim names ("Germany co-chairs …"), or a list of the
/// same length as the claim's with one member swapped ("France and Turkey" / "Germany and
/// Turkey"), or a claim closing its own list ("only Peru", "from Syria alone") against a list
/// with another member beside it.
pub(super) fn list_conflict(index: &Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let a = &s.analysed;
    let closed: Vec<_> = a.cues.iter().filter(|c| c.kind == Cue::Closed).collect();
    let claim_lists = place_lists(&claim.analysed);
    // The claim's place a closing word stands beside: "only", "solely", "exclusively" right
    // before it or its preposition ("came exclusively from Chile"), "alone" right after a place it follows a preposition to ("from Syria alone").
    // (Not "both France and Germany", "Japan only approved it in May", "India alone accounts
    // for a third".)
    let closes = claim.analysed.cues_of(Cue::Closed).find_map(|c| {
        let alone = c.phrase == "alone";
        // ("not only France but also Spain" opens the list.)
        if c.first > 0 && matches!(claim.analysed.tokens[c.first - 1].norm.as_str(), "not" | "if") {
            return None;
        }
        let by = |t: &crate::retrieve::candidates::ClaimTerm, f: usize, l: usize| {
            if alone {
                l + 1 == c.first && t.preposition.is_some()
            } else {
                (c.last + 1 == f || (c.last + 2 == f && t.preposition.is_some())) && matches!(c.phrase.as_str(), "only" | "solely" | "exclusively")
            }
        };
        claim.terms.iter().position(|t| t.country.is_some() && t.spans.iter().any(|&(f, l)| by(t, f, l)))
    });
    for list in place_lists(a) {
        let (first, last) = (list[0].first, list[list.len() - 1].last);
        let members: Vec<&str> = list.iter().filter_map(|t| t.country).collect();
        let shown_list = a.span(&s.text, first, last);
        // A claimed member the sentence never names at all: a country, or a city or region of
        // the claim's own list where it has one ("Paris, Moscow and Washington … lead the
        // Minsk mediation": Minsk, in a name, is no member; "Germany co-chairs it with France
        // and the United States": Germany is).
        // (Without a list in the claim, a country or a capital: not a town the claim names
        // where something happened, "the co-chairs visited Stepanakert" names no co-chair.)
        // (Not a member of another of the claim's lists where one of them is this one:
        // "Washington, Paris and Moscow urged Armenia and Azerbaijan" against "the US, France
        // and Russia … urged both sides".)
        let in_list =
            |l: &Vec<&crate::text::analyze::Term>, t: &crate::retrieve::candidates::ClaimTerm| l.iter().any(|m| t.spans.iter().any(|&(f, _)| f == m.first));
        let ours = |l: &&Vec<&crate::text::analyze::Term>| l.iter().any(|m| m.country.is_some_and(|c| members.contains(&c)));
        let member = |t: &crate::retrieve::candidates::ClaimTerm| {
            let elsewhere = claim_lists.iter().any(|l| ours(&l)) && claim_lists.iter().any(|l| !ours(&l) && in_list(l, t));
            !elsewhere
                && (t.place == Some(PlaceKind::Country)
                    || (claim_lists.is_empty() && Some(t.key.as_str()) == t.country)
                    || claim_lists.iter().any(|l| in_list(l, t)))
        };
        let missing =
            claim.terms.iter().enumerate().find(|(ci, t)| t.country.is_some_and(|c| !members.contains(&c)) && hit.matched[*ci].is_empty() && member(t));
        // Or the claim closes its own list and the sentence names a member beside it (not
        // where the sentence closes it too: "among Peru, Chile and Bolivia, only Peru").
        let beside = closes.is_some_and(|ci| {
            let said = &hit.matched[ci];
            said.iter().any(|&(f, _)| f >= first && f <= last)
                && !said.iter().any(|&(f, _)| f > 0 && a.tokens[f - 1].norm == "only")
                && members.iter().any(|m| !claim.terms.iter().any(|o| o.country == Some(m)))
        });
        let cov = match missing {
            _ if beside => hit.coverage,
            Some((ci, _)) => hit.coverage_without(index, claim, ci),
            None => continue,
        };
        // The list must be about what the claim says of its members: most of the claim's other
        // matched words stand near it ("France, Russia and the US are co-chairs of the Minsk
        // Group"), not elsewhere in the sentence.
        let near = |f: usize| f + 12 >= first && f <= last + 12;
        let others: Vec<bool> =
            claim.terms.iter().zip(&hit.matched).filter(|(t, m)| t.country.is_none() && !m.is_empty()).map(|(_, m)| m.iter().any(|&(f, _)| near(f))).collect();
        if others.is_empty() || others.iter().filter(|n| **n).count() * 2 < others.len() {
            continue;
        }
        if beside {
            return Some((shown_list.to_string(), cov));
        }
        if let Some(c) = closed.iter().find(|c| c.last + 10 >= first && c.first <= last + 10) {
            return Some((format!("{} – {shown_list}", a.span(&s.text, c.first, c.last)), cov));
        }
        let swapped = claim_lists.iter().any(|cl| {
            let theirs: Vec<&str> = cl.iter().filter_map(|t| t.country).collect();
            theirs.len() == members.len() && theirs.iter().filter(|c| members.contains(c)).count() + 1 == members.len()
        });
        if swapped {
            return Some((shown_list.to_string(), cov));
        }
    }
    None
}
