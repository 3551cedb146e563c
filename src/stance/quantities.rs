//! Numbers and dates: conflicting counts of the same counted thing, years and dates of the claim's
//! act, weekdays, and sentences that count or date something else.

use super::tuning::{ACT_COUNT_AFTER, ACT_COUNT_BEFORE, ANCHOR_GAP, CLAUSE_GAP, COUNT_ACT_GAP, FUTURE_GAP, SAID_DAY_GAP};
use super::words::{auxiliary, is};
use crate::retrieve::candidates::{Claim, Hit};
use crate::retrieve::index::IndexedSentence;
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, WordClass};
use crate::text::numbers::{lone_count, persons, Date, QKind, Quantity, Toward};

/// A capital letter that names one of a series after a plain word, as a number may ("vitamin
/// C", "hepatitis B", "Group D"), perhaps numbered within its letter ("vitamin B12"): not "I",
/// and not a title-case headline's article ("Police Find A Body": the word after it
/// capitalised too).
fn designator(a: &Analysed, i: usize) -> bool {
    let t = &a.tokens[i];
    let word = |t: &crate::text::token::Token| t.kind == crate::text::token::Kind::Word;
    let b = t.norm.as_bytes();
    i > 0
        && t.capitalized
        && ((b.len() == 1 && word(t))
            || (t.kind == crate::text::token::Kind::Ident && b.len() <= 3 && b[0].is_ascii_alphabetic() && b[1..].iter().all(u8::is_ascii_digit)))
        && t.norm != "i"
        && word(&a.tokens[i - 1])
        && !lexicon().is_stopword(&a.tokens[i - 1].norm)
        && a.tokens.get(i + 1).is_none_or(|n| !n.capitalized)
}

/// The claim's letter of a series and another of the same series in the sentence, where the
/// sentence has not the claim's as well ("a deficiency of vitamin C" against "a lack of
/// vitamin A"; not "vitamin A and vitamin C"): another member of a closed list.
pub(super) fn designator_conflict(index: &crate::retrieve::index::Index, claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let (c, a) = (&claim.analysed, &s.analysed);
    for i in (1..c.tokens.len()).filter(|&i| designator(c, i)) {
        let series = &c.tokens[i - 1].norm;
        let of_series = |j: &usize| designator(a, *j) && &a.tokens[j - 1].norm == series;
        let mut said = (1..a.tokens.len()).filter(of_series);
        // The claim's letter said: after the series word, or listed after another of its
        // letters ("hepatitis A and B", "vitamins C, D and E"); "B12" is a B.
        // (A lettered member and its letter say one series member for this rule: "B" and
        // "B12"; "B6" and "B12" are two.)
        let letter = &c.tokens[i].norm;
        let kin = |x: &str, y: &str| x == y || (x.len() == 1 && y.starts_with(x)) || (y.len() == 1 && x.starts_with(y));
        let claims =
            |t: &crate::text::token::Token| kin(&t.norm, letter) || t.norm.strip_prefix(letter.as_str()).is_some_and(|r| r.bytes().all(|b| b.is_ascii_digit()));
        let listed = |j: usize| {
            // (Short tokens only: letters, commas, "and", "or", "B12".)
            a.tokens[j..].iter().take(6).take_while(|t| t.norm.len() <= 3).any(|t| t.capitalized && claims(t))
        };
        let series_words = || (1..a.tokens.len()).filter(|&j| &a.tokens[j - 1].norm == series);
        // (A numbered code of the claim's said anywhere is said: "strong Q4 guidance" beside
        // "record revenue in Q3".)
        let code_said = letter.len() > 1 && a.tokens.iter().any(|t| t.norm == *letter);
        if let Some(j) = said.clone().find(|&j| !kin(&a.tokens[j].norm, letter)) {
            if !code_said && !said.any(listed) && !series_words().any(|j| claims(&a.tokens[j])) {
                // (Judged on the rest of the claim: a numbered member, "B12", is a term of its
                // own, and unsaid.)
                let cov = claim.term_at(i).map_or(hit.coverage, |ci| hit.coverage_without(index, claim, ci));
                return Some((format!("{} vs {}", a.span(&s.text, j - 1, j), c.span(&claim.utterance.text, i - 1, i)), cov));
            }
        }
    }
    None
}

/// Numbers, ordinals or years in the claim that every comparable one in the sentence rules
/// out. Counts are compared when they count the same thing ("300 fighters" / "4,000
/// fighters", not "two sources" / "300 fighters"); a bare number ("… to 15") is compared when
/// the sentence talks about the claim's counted thing.
pub(super) fn number_conflict(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
    let mentions = |key: &str| s.analysed.terms.iter().any(|t| t.key == key);
    // A number said of a place ("three died in Martakert") is not contradicted by a number
    // about somewhere else.
    // (A capitalised word after "in" is a place even when the gazetteer does not know it.)
    let is_place = |t: &crate::retrieve::candidates::ClaimTerm| {
        t.place.is_some() || (t.preposition == Some("in") && t.spans.iter().any(|&(f, _)| claim.analysed.tokens[f].capitalized))
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
        // (A year dating the sentence's own thing is no year of the claim's act: read once per
        // sentence, not per claim number.)
        let sq: Vec<_> = s.quantities.iter().filter(|q| q.kind == kind && !(kind == QKind::Year && dates_other_thing(&s.analysed, hit, q))).collect();
        for c in claim.quantities.iter().filter(|q| q.kind == kind) {
            // The count said right by the claim's act decides ("One person died and three were
            // injured" for "Three people died"; "One person was killed and three wounded" says
            // "Three people were wounded").
            if let Some(y) = act_count(claim, c, s, hit) {
                if c.allows(y, true) {
                    continue;
                }
                return Some((counts_versus(claim, c, s, y), 1.0));
            }
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
                // (Or measures in the same unit, written right after the numbers: "is 9,000 km
                // long" counts kilometres, as "runs for 6,400 km from its source" does.)
                let unit_of = |a: &Analysed, q: &Quantity| {
                    a.tokens.get(q.at + 1).map(|t| unit(&crate::text::analyze::word_key(&t.norm)).to_string()).filter(|k| is_measure(k))
                };
                let claims_unit = unit_of(&claim.analysed, c);
                let same: Vec<_> = sq
                    .iter()
                    // (And a bare number right after a plain word of the claim: "killed 30,000
                    // people and displaced hundreds of thousands" displaced people too; not after
                    // a name, "beat Chelsea 3 to 1".)
                    .filter(|x| {
                        (x.head.is_some() && x.head == c.head)
                            || (claims_unit.is_some() && unit_of(&s.analysed, x) == claims_unit)
                            || (x.head.is_none() && x.first.checked_sub(1).is_some_and(|p| hit.says_token(p) && !s.analysed.tokens[p].capitalized))
                    })
                    .copied()
                    .collect();
                if !same.is_empty() {
                    same
                } else if let Some(x) = lone_count_of_persons(claim, c, s, hit) {
                    vec![x]
                } else if c.head.is_none() {
                    // "put the number of fighters at fewer than a hundred": a bare number is
                    // compared with bare ones, and with counts of something the claim names.
                    let named = |h: &str| claim.names_key(h);
                    // (Not a count of what another count of the claim counts: in "Dozens have
                    // been killed and hundreds hurt", "hundreds of wounded" is the hurt.)
                    let others_count = |h: &str| {
                        claim.quantities.iter().filter(|q| q.kind == kind && q.at != c.at).any(|q| {
                            q.head.as_deref() == Some(h)
                                || claim.analysed.terms.iter().any(|t| t.content && t.first > q.at && t.first <= q.at + 2 && t.key == h)
                        })
                    };
                    // (A population counts people: "a population of roughly 60,000" against
                    // "about 600,000 people".)
                    let population = claim.analysed.tokens[c.first.saturating_sub(3)..c.first].iter().any(|t| t.norm == "population");
                    let people = |x: &&&Quantity| population && persons(x.plural_head(&s.analysed));
                    sq.iter()
                        .filter(|x| (x.head.as_deref().is_none_or(named) || act_before(x) || people(x)) && !x.head.as_deref().is_some_and(others_count))
                        .copied()
                        .collect()
                } else if c.head.as_deref().is_some_and(mentions) {
                    // ("both sides" counts two sides: "the two sides" is said, and the
                    // sentence's bare "hundreds" counts something else.)
                    let both = s.analysed.terms.iter().any(|t| Some(&t.key) == c.head.as_ref() && t.first > 0 && s.analysed.tokens[t.first - 1].norm == "both");
                    if both && c.lo <= 2.0 && 2.0 <= c.hi {
                        continue;
                    }
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
            // (A claim's lower bound reaches further against the sentence's lone count.)
            let fits = |x: &&Quantity| c.allows(x, lone_count(x, &s.quantities, |h| claim.names_key(h)));
            if by_the_act || !comparable.iter().any(fits) {
                let cue = counts_versus(claim, c, s, shown);
                // 1.0: the two numbers count the same named thing ("3,000 people" / "30,000
                // people"), itself strong evidence that both speak of one fact.
                return Some((cue, if comparable.iter().all(same_thing) { 1.0 } else { 0.0 }));
            }
        }
    }
    None
}

/// The count the sentence gives of the claim's act for the claim's count `c`: the number right
/// by the sentence's word of that act (before it, with at most two words between; or right
/// after it): "One person died and three were injured" gives one death for "Three people
/// died", "15 miners pulled out alive, 2 killed" two for "Fifteen miners were killed", "three
/// of them died" three. It decides, whatever other clauses count. Only for a claim that says
/// the act right after what it counts ("Three people died", "Fifteen miners were killed"), and
/// a count of the claim's counted thing, of people where the claim counts persons, or of
/// nothing named — not "one" standing for one of a group ("Three boys in a room, one
/// inspecting a bow"), not an age ("died at 71").
fn act_count<'s>(claim: &Claim, c: &Quantity, s: &'s IndexedSentence, hit: &Hit) -> Option<&'s Quantity> {
    let (ct, st) = (&claim.analysed.tokens, &s.analysed.tokens);
    if c.kind != QKind::Count || c.vague {
        return None;
    }
    let counted = c.head.as_deref().and_then(|h| claim.analysed.terms.iter().find(|t| t.first > c.at && t.first <= c.at + 5 && t.key == h))?;
    // (The act after what is counted, with auxiliaries alone between: "people have died".)
    let act = (counted.last + 1..ct.len()).find(|&i| !auxiliary(&ct[i]))?;
    // (Not a total of two acts: "left 300 people dead or missing".)
    let total = ct.get(act + 1).is_some_and(|n| matches!(n.norm.as_str(), "or" | "and"));
    let ci = claim.term_at(act).filter(|&ci| !claim.terms[ci].name && !total)?;
    let people = persons(c.plural_head(&claim.analysed));
    hit.matched[ci].iter().find_map(|&(f, l)| {
        s.quantities.iter().find(|y| {
            // (Before the act with at most `ACT_COUNT_BEFORE` tokens, or right after it; words alone between.)
            let (from, to) = if y.at < f { (y.at + 1, f) } else { (l + 1, y.first) };
            // (After the act, not an age or a time: "died at 71", "died aged 42".)
            let age = |t: &crate::text::token::Token| is(WordClass::Preposition, t) || matches!(t.norm.as_str(), "aged" | "age");
            let near = to >= from
                && to - from < if y.at < f { ACT_COUNT_BEFORE } else { ACT_COUNT_AFTER }
                && st[from..to].iter().all(|t| t.is_word() && (y.at < f || !age(t)));
            // (A count's head is the last word of what follows it: "2 killed" counts "kill".)
            let head = y.head.as_deref();
            // (People where the claim counts persons: "Two people died …, along with forty
            // cows" is no count of the cows.)
            let of_it = head.is_none_or(|h| h == claim.terms[ci].key || h == counted.key || (people && h == "person"));
            // ("one" for one of a group: "Three boys in a room, one climbing a tree".)
            let pronoun = st[y.at].norm == "one" && st.get(y.at + 1).is_none_or(|n| counted.key != crate::text::analyze::word_key(&n.norm));
            near && of_it && !pronoun && y.kind == QKind::Count && !y.vague
        })
    })
}

/// The cue of two conflicting counts: "the sentence's vs the claim's" ("4,000 vs 400").
fn counts_versus(claim: &Claim, c: &Quantity, s: &IndexedSentence, y: &Quantity) -> String {
    format!("{} vs {}", s.analysed.span(&s.text, y.first, y.at), claim.analysed.span(&claim.text, c.first, c.at))
}

/// The sentence's lone count of persons ([`lone_count`], not vague) for the claim's count `c`
/// of persons, where the claim's act for `c` is said: "15,000 migrants crossed the border" for
/// "4,000 refugees crossed the border" (`data/person_nouns.txt`). Not beside another count of
/// the matter, which may be a part of it ("kills 63, including 12 children"), nor for another
/// act ("12 patients died" is no count of "sickened 40 people").
fn lone_count_of_persons<'s>(claim: &Claim, c: &Quantity, s: &'s IndexedSentence, hit: &Hit) -> Option<&'s Quantity> {
    if c.vague || !persons(c.plural_head(&claim.analysed)) {
        return None;
    }
    let act = act_of(&claim.analysed, c)?;
    if !claim.terms.iter().zip(&hit.matched).any(|(ct, m)| ct.key == act.key && !m.is_empty()) {
        return None;
    }
    let mut people = s
        .quantities
        .iter()
        .filter(|x| x.kind == c.kind && !x.vague && persons(x.plural_head(&s.analysed)) && lone_count(x, &s.quantities, |h| claim.names_key(h)));
    people.next().filter(|_| people.next().is_none())
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

/// Does the sentence's year `x` date a thing of its own the claim does not say: a word right
/// after it ("a 2003 treaty ended the war" against "… a curfew at the end of May 2021"), or a
/// name right before its "in" ("the collapse of the Old Union in 1991" against "Velmar became
/// the capital of Kessa in 1923")? It is no other year for the claim's act.
fn dates_other_thing(a: &Analysed, hit: &Hit, x: &Quantity) -> bool {
    let toks = &a.tokens;
    let plain = |i: usize| toks.get(i).is_some_and(|t| t.is_word() && !lexicon().is_stopword(&t.norm) && !hit.says_token(i));
    // (After "a": another thing brought in, "a 2003 treaty"; "their 1982 album" may be the one
    // the claim's song is from.)
    // (Not what the sentence's subject is, "Silent Harbor is a 2007 American film": the year
    // is its own.)
    let what_it_is = x.first >= 2 && is(WordClass::PassiveBe, &toks[x.first - 2]);
    // (Nor the occasion of an act, "destroyed in a 1944 air raid", "signed during a 1999
    // summit": the year is the act's.)
    let occasion = x.first >= 2 && matches!(toks[x.first - 2].norm.as_str(), "in" | "during" | "at" | "on");
    let after = x.first > 0 && matches!(toks[x.first - 1].norm.as_str(), "a" | "an") && !what_it_is && !occasion && plain(x.at + 1);
    // (A name after "of the": what the year dates is the thing before it, not a place an act
    // goes to, "return to the inner Solar System in 2061".)
    let mut n = x.first.saturating_sub(2);
    while n > 0 && toks[n].capitalized && plain(n) {
        n -= 1;
    }
    let of_the = n >= 1 && n + 2 < x.first && toks[n].norm == "the" && toks[n - 1].norm == "of";
    let before = x.first >= 2 && toks[x.first - 1].norm == "in" && toks[x.first - 2].capitalized && plain(x.first - 2) && of_the;
    after || before
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

/// A month (and day) in the claim that no date in the sentence agrees with.
pub(super) fn date_conflict(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> Option<(String, f32)> {
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
pub(super) fn shown(d: &Date) -> String {
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
pub(super) fn dated_by_weekday(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> bool {
    s.published.as_deref().zip(dating_weekday(claim, s, hit)).is_some_and(|(p, i)| weekday_date(&s.analysed, i, p).is_some())
}

/// Does the claim date its act by a weekday ("talked by phone on Monday night") where the
/// sentence names no day at all (no weekday, date, or "yesterday")? Then the sentence cannot
/// say it was another day: leaving the day out is not giving another.
pub fn lacks_weekday(claim: &Claim, s: &IndexedSentence) -> bool {
    let day = |t: &crate::text::token::Token| is_weekday(t) || lexicon().is(WordClass::DayWord, &t.norm);
    claim.analysed.tokens.iter().any(is_weekday) && s.dates.is_empty() && !s.analysed.tokens.iter().any(day)
}

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
pub(super) fn anchored(claim: &Claim, hit: &Hit, first: usize) -> bool {
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

/// The sentence counts the claim's thing (the same counted noun: "about 21,196 km" for "over
/// 20,000 km") with a number the claim's allows, though written otherwise: the rules read the
/// two as agreeing. The model, which does not read numbers, sees only different digits.
pub fn agrees_on_count(claim: &Claim, s: &IndexedSentence) -> bool {
    claim.quantities.iter().filter(|q| q.kind == QKind::Count && !q.vague && q.head.is_some()).any(|q| {
        s.quantities.iter().filter(|x| x.kind == QKind::Count && !x.vague && x.head == q.head).any(|x| {
            // (Written the same, the model sees the same number: its contradiction is of
            // something else, "Two dogs sleep" against "Two dogs run".)
            let same_words = claim.analysed.tokens[q.first..=q.at].iter().map(|t| &t.norm).eq(s.analysed.tokens[x.first..=x.at].iter().map(|t| &t.norm));
            !same_words && q.allows(x, crate::text::numbers::lone_count(x, &s.quantities, |h| claim.names_key(h)))
        })
    })
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
pub(super) fn gives_other_years(claim: &Claim, s: &IndexedSentence) -> bool {
    [QKind::Year, QKind::Ordinal].iter().any(|&k| {
        let agrees = |q: &Quantity| s.quantities.iter().any(|x| x.kind == k && q.compatible(x));
        claim.quantities.iter().any(|q| q.kind == k && !q.unspecific() && !agrees(q))
    })
}

/// The sentence gives counts, none of them the claim's, and no rule read them as a conflict:
/// they count something else, or the same in a way the rules cannot compare ("nine villager
/// deaths" against "four villagers were killed and several injured"). It does not say the
/// claim's number, so it does not say the claim. (Counts that add up to the claim's give it:
/// "two men and one woman" are three people. A vague small amount, "several", gives no count;
/// nor does a figure the matching stage already read as the claim's, [`Hit::figure`].)
pub fn gives_other_counts(claim: &Claim, s: &IndexedSentence, hit: &Hit) -> bool {
    if hit.figure.is_some() {
        return false;
    }
    // (Counts of things, on both sides: not a span of time, "married for 40 years".)
    let of_things = |x: &Quantity| x.head.as_deref().is_none_or(|h| !is_duration(h));
    let counts: Vec<&Quantity> = s.quantities.iter().filter(|x| x.kind == QKind::Count && !x.unspecific() && of_things(x)).collect();
    let sum: f64 = counts.iter().map(|x| x.lo).sum();
    let given = |q: &Quantity| {
        counts.iter().any(|x| q.allows(x, lone_count(x, &s.quantities, |h| claim.names_key(h)))) || (counts.len() > 1 && q.lo <= sum && sum <= q.hi)
    };
    !counts.is_empty() && claim.quantities.iter().any(|q| q.kind == QKind::Count && !q.vague && q.counts_a_plural(&claim.analysed) && of_things(q) && !given(q))
}

/// Does the claim count a run of days ("the fifth day in a row", "for five days
/// running")? (A run of another length in the sentence is the rules' number conflict.)
pub fn counts_a_run(claim: &Claim) -> bool {
    claim.quantities.iter().any(|q| q.kind == QKind::Ordinal && q.head.as_deref() == Some("day"))
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
        // A headline's count said with its act alone ("Ferry accident: 7 injured", "Twenty
        // injured in crush" for "… people died", "… were arrested"): the word right after it is
        // a known act (a word of a synonym group) that is not the claim's, and the claim's own
        // act after what it counts, a known act too, goes unsaid. (Unknown words may say the
        // claim's act: "3 drowned", "5 pulled out alive", "15 taken to hospital". Nor a verb:
        // "Around 120,000 rally" says "100,000 people marched".)
        let known = crate::text::analyze::in_synonym_group;
        if !x.counts_a_plural(a)
            && a.tokens.get(x.at + 1).is_some_and(|t| t.is_word() && known(&t.norm) && !hit.says_token(x.at + 1))
            && act_unsaid(claim, q, hit, known)
        {
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

/// Does the claim's count `q` have an act after what it counts (see [`act_of`]: "Seven people
/// died"), `known` by its word, that the sentence does not say?
fn act_unsaid(claim: &Claim, q: &Quantity, hit: &Hit, known: impl Fn(&str) -> bool) -> bool {
    let Some(ca) = act_of(&claim.analysed, q).filter(|t| t.first > q.at && known(&claim.analysed.tokens[t.first].norm)) else { return false };
    claim.terms.iter().zip(&hit.matched).any(|(t, m)| m.is_empty() && t.spans.iter().any(|&(f, l)| f <= ca.last && ca.first <= l))
}

/// The content word that says what happened to a count (its act): the nearest one before the
/// number ("has killed 25 people", "arrest 20") or after what it counts ("Twelve people were
/// arrested", "Twelve officers hurt"), with at most two function words and no punctuation
/// between; after it when the word before is "left" ("left 40 people dead"). None where the
/// count has no counted noun.
fn act_of<'a>(a: &'a Analysed, q: &Quantity) -> Option<&'a crate::text::analyze::Term> {
    let head = q.head.as_deref()?;
    let counted = a.terms.iter().find(|t| t.first > q.at && t.first <= q.at + 5 && t.key == head)?;
    // (The tokens `from..to` between the two: at most two, none of them punctuation.)
    let joined = |from: usize, to: usize| to <= from + 2 && a.tokens[from..to].iter().all(|t| t.is_word());
    let before = a.terms.iter().rev().find(|t| t.content && t.last < q.first).filter(|t| joined(t.last + 1, q.first));
    let after = || a.terms.iter().find(|t| t.content && t.first > counted.last).filter(|t| joined(counted.last + 1, t.first));
    // ("left 40 people dead": what the count came to is said after it; "left" says only that.)
    // (Not "left 300 people dead or missing": a total of two, no count of either.)
    if before.is_some_and(|t| matches!(a.tokens[t.first].norm.as_str(), "left" | "leave" | "leaves" | "leaving")) {
        let total = |t: &&crate::text::analyze::Term| a.tokens.get(t.last + 1).is_some_and(|n| matches!(n.norm.as_str(), "or" | "and"));
        return after().filter(|t| !total(t)).or(before);
    }
    before.or_else(after)
}

/// Is `key` the key of a unit of time ("days", "months")?
pub(super) fn is_duration(key: &str) -> bool {
    // (The keys themselves: "minute" is "minut". A test checks them against `word_key`.)
    matches!(key, "day" | "week" | "month" | "year" | "hour" | "minut" | "decad" | "centuri")
}

/// Is `key` (a word key) a unit of measure or money? It measures only itself: "150 litres of
/// water" is no amount of "150 kilograms of food", "$2 million" no count of followers.
pub(super) fn is_measure(key: &str) -> bool {
    // (The keys, as for `is_duration`: "kilometres" is "kilomet", "tonnes" "ton".)
    const UNITS: &[&str] = &[
        "gram", "kilogram", "ton", "pound", "ounc", "liter", "gallon", "meter", "kilomet", "mile", "foot", "inch", "acr", "hectar", "dollar", "euro", "calori",
        "degre", "watt", "kilowatt", "volt", "byte",
    ];
    UNITS.contains(&unit(key))
}

/// A unit's key, its abbreviation written out: "km" is "kilometres".
pub(super) fn unit(key: &str) -> &str {
    match key {
        "km" => "kilomet",
        "kg" | "kilo" => "kilogram",
        "buck" | "usd" => "dollar",
        "lb" | "lbs" => "pound",
        other => other,
    }
}
