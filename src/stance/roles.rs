//! Role swaps: the claim's words with who did what to whom exchanged ("Armenia accused Azerbaijan"
//! for "Azerbaijan accused Armenia"), causes and effects, directions, comparisons and slots.

use super::judgement::{Judgement, Reason, Stance};
use super::tuning::{ACTOR_GAP, CAUSE_WINDOW, COMPARED_GAP, DIRECTION_WINDOW, ROLE_PIVOT_WORDS, ROLE_WINDOW};
use super::words::is;
use crate::retrieve::candidates::{preposition_before, Claim, Hit};
use crate::retrieve::index::IndexedSentence;
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, PlaceKind, WordClass};
use crate::text::speaker::passive;

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
pub(super) fn asymmetric_between(toks: &[crate::text::token::Token], from: usize, to: usize) -> bool {
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
    // (Nor a converse: "Kestrel Energy sold to Bram Oil" has the names the other way round
    // because it says the opposite act.)
    if hit.linked || converse_comparison(claim, hit, s) || traded_roles(claim, hit, s) == Some(true) {
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
    // A passive's "by", or "fell to" / "lost to", or "went to" of a prize: the one after it is
    // the one who acted ("The Varro Prize went to Ada Lorne" says "Ada Lorne won the
    // Varro Prize"; "Hal went to Ada's home" is a visit).
    let has_by = |toks: &[crate::text::token::Token], from: usize, to: usize| {
        let r = &toks[from.min(to)..from.max(to)];
        r.iter().enumerate().any(|(i, t)| {
            t.norm == "by"
                || (t.norm == "to" && i > 0 && matches!(r[i - 1].norm.as_str(), "fell" | "falls" | "fall" | "lost" | "loses" | "lose" | "surrendered"))
                || (t.norm == "to"
                    && i > 0
                    && matches!(r[i - 1].norm.as_str(), "went" | "goes")
                    && r.iter().any(|w| matches!(w.norm.as_str(), "prize" | "award" | "medal" | "trophy" | "title")))
        })
    };
    let ct = &claim.analysed.tokens;
    // Where it happened ("in Ryazan", "near the border") trades places only with another
    // place: "Ryazan refinery hit in drone attack" does not swap "a drone struck a refinery in
    // Ryazan", but "Russia has a base in Armenia" does swap "Armenia has a base in Russia".
    // ("to" and "from" are roles: who sent what to whom.)
    let setting = |ci: usize| matches!(claim.terms[ci].preposition, Some("in" | "near"));
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
    // A word of what the subject is ("is the spokeswoman for the ministry", "serves as mayor
    // of Velm") is no act with roles: "Ministry spokeswoman Ada Brook" says the same.
    let role_noun = |cp: usize| {
        let mut i = cp;
        while i > 0 && is(WordClass::Determiner, &ct[i - 1]) {
            i -= 1;
        }
        // (After a determiner: "is cutting the bread" is an act.)
        i > 0 && ((is(WordClass::PassiveBe, &ct[i - 1]) && i < cp) || ct[i - 1].norm == "as")
    };
    for p in (0..claim.terms.len()).filter(|&p| !claim.terms[p].name && !number(p)) {
        let (Some(cp), Some(sp)) = (claim_at(p), first_match(p)) else { continue };
        if role_noun(cp) {
            continue;
        }
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
                    && !modifier_after(claim, st, (cx, cp), (sp, sx))
                    // (Nor a word qualifying the noun after it, said after that noun: "a new
                    // ward for cancer patients had opened" for "… opened a new cancer ward".)
                    && !(cp + 1 == cy && st[sy + 1..sp].len() <= 3 && matches!(st[sy + 1].norm.as_str(), "for" | "of" | "with"));
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
pub(super) fn possessive(text: &str, t: &crate::text::token::Token) -> bool {
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

/// A movement the other way: the claim's "from X … to Y" where the sentence says "from Y … to
/// X" ("the virus passed from bats to pangolins" / "had passed from pangolins to bats"), after
/// a word of moving (not a range: "flooding from Florida to Texas"). Both may have happened,
/// so it only leaves a mention.
fn direction_swap(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<RoleSwap> {
    let a = &s.analysed;
    let prep = |ci: usize| claim.terms[ci].preposition;
    for x in 0..claim.terms.len() {
        for y in 0..claim.terms.len() {
            if prep(x) != Some("from") || prep(y) != Some("to") {
                continue;
            }
            for &(fx, _) in &hit.matched[x] {
                for &(fy, _) in &hit.matched[y] {
                    let start = fx.min(fy).saturating_sub(1);
                    // (The word of moving before the two, or between them: "Islamists from Syria
                    // arrived in Karabakh".)
                    let moves = a.tokens[start.saturating_sub(4)..fx.max(fy)].iter().any(|t| is(WordClass::Movement, t));
                    // (Unless the sentence also says either place the claim's way, "refugees from
                    // Syria who fled to Turkey have returned to Syria": two movements.)
                    let own_way = || {
                        hit.matched[x].iter().any(|&(gx, _)| preposition_before(a, gx) == Some("from"))
                            || hit.matched[y].iter().any(|&(gy, _)| destination(a, gy))
                    };
                    if moves && fx.abs_diff(fy) <= DIRECTION_WINDOW && destination(a, fx) && preposition_before(a, fy) == Some("from") && !own_way() {
                        return swap_of(claim, x, y, false);
                    }
                }
            }
        }
    }
    None
}

/// Is the sentence's place at token `i` where a movement ends: after "to" or "into", or after
/// "in" right after a word of moving ("arrived in the conflict zone")?
fn destination(a: &Analysed, i: usize) -> bool {
    match preposition_before(a, i) {
        Some("to" | "into") => true,
        // (The place's own "in": no other preposition between, "moved in with families in Manila".)
        Some("in") => (i.saturating_sub(4)..i).any(|k| {
            k > 0 && a.tokens[k].norm == "in" && is(WordClass::Movement, &a.tokens[k - 1]) && !a.tokens[k + 1..i].iter().any(|t| is(WordClass::Preposition, t))
        }),
        _ => false,
    }
}

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
        let Some(country) = theirs.country else { continue };
        if !a.terms.iter().any(|t| t.country == Some(country)) {
            continue;
        }
        let other = |&(f, _): &(usize, usize)| owner(a, f).filter(|t| t.country.is_some_and(|c| c != country && claim.names_country(c)));
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
    let country = ct.country?;
    let (f, l) = *ct.spans.first().filter(|_| ct.spans.len() == 1)?;
    let subject = claim.terms.iter().any(|t| t.country == Some(country) && t.spans[0].0 <= 2 && t.place != Some(PlaceKind::Region));
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
        let after =
            |i: usize| a.terms.iter().find(|t| t.first > i && t.first <= i + 2 && t.country.is_some()).filter(|t| !listed(a, t.last)).and_then(|t| t.country);
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

/// The opposite act with who did it and to whom exchanged: `Some(true)` where it says the
/// same, a converse pair of `data/antonyms.tsv` ("Kestrel Energy sold to Bram Oil" for "Bram
/// Oil has bought Kestrel Energy", "Dunmore sell Ian Pell to Harbour City" for "Harbour City
/// bought Ian Pell from Dunmore"); `Some(false)` where it says something else, neither the
/// claim nor its opposite ("Governor Finn criticised Mayor Holt" for "Mayor Holt praised
/// Governor Finn"). A claim name before its act is said after the sentence's opposite word,
/// and one after it before — not after a passive's "by", which keeps the roles ("Kestrel was
/// sold by Bram Oil" is Bram Oil selling). Of a converse pair any term counts, named or not
/// ("the museum lent the painting to the gallery"). Not a comparison (`converse_comparison`'s).
pub fn traded_roles(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<bool> {
    let &(ci, (f, l)) = hit.opposites.first()?;
    if claim.analysed.tokens.iter().any(|t| t.norm == "than") {
        return None;
    }
    let cp = claim.terms[ci].spans[0].0;
    let st = &s.analysed.tokens;
    let converse = s.analysed.terms.iter().find(|t| t.first == f).is_some_and(|t| crate::text::analyze::converse(&claim.terms[ci].key, &t.key));
    let mut subject_after = false;
    let mut object_before = false;
    for (x, m) in hit.matched.iter().enumerate() {
        let Some(cx) = claim.terms[x].spans.first().map(|&(a, _)| a) else { continue };
        let Some((sx, sl)) = m.iter().copied().filter(|&(a, _)| !s.in_speaker(a, usize::MAX)).min() else { continue };
        // (Names on both sides, as in a sale or a match: "the policy increased vaccination
        // rates" / "rates fell after the policy" turns cause and effect, not who acts. A name
        // opening the claim is capitalised in the sentence's middle.)
        // (Of a converse pair, any term: "the museum lent the painting to the gallery" is "the
        // gallery borrowed it from the museum".)
        let name = converse || claim.terms[x].name || (sx > 0 && st[sx].capitalized);
        if x == ci || !name {
            continue;
        }
        // (Or said as the owner of who acts, right before the act: "Dr Obi's brother donated a
        // kidney to her" for "Dr Obi received a kidney from her brother". Not in an aside,
        // "Eze, Dr Obi's brother, said Obi donated …".)
        let owner = || sl < f && f - sl <= 3 && possessive(&s.text, &st[sl]) && st[sl + 1..f].iter().all(|t| t.is_word());
        if cx < cp && ((sx > l && !st[l + 1..sx].iter().any(|t| t.norm == "by")) || owner()) {
            subject_after = true;
        }
        if cx > cp && sx < f {
            object_before = true;
        }
    }
    (subject_after && object_before).then_some(converse)
}

/// A comparison said the other way round, and turned round too: "Warm air is less dense than
/// cold air" / "Cold air is denser than warm air"; "The Pacific is larger than the Atlantic" /
/// "The Atlantic is smaller than the Pacific". The two compared things trade places around
/// "than", and exactly one of the two turns the comparison round: "less" or "fewer" on one side
/// only, or an opposite ("smaller" for "larger"). Two turns say the same: no swap, no opposite.
pub fn converse_comparison(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> bool {
    compared(claim, hit, s).is_some_and(|c| c.swapped && c.turned)
}

/// A comparison turned round by "less" or "fewer" on one side only, the compared things in the
/// same places ("Warm air is less dense than cold air" / "Warm air is denser than cold air"):
/// the opposite, said with the same word. Returns the sentence's comparison, as the cue.
pub fn turned_comparison(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<String> {
    let c = compared(claim, hit, s).filter(|c| !c.swapped && c.turned && !c.opposite)?;
    let (cp, sp) = c.property?;
    // (Not where the sentence hedges, negates, denies or calls false what it compares: "may be
    // less dense", "rejected claims that … are less efficient"; the rules for those read it.)
    let (a, ca) = (&s.analysed, &claim.analysed);
    if claim.negated || a.cues.iter().any(|q| matches!(q.kind, Cue::Hedge | Cue::Negation | Cue::Denial | Cue::Falsity) && q.first < c.sentence_than) {
        return None;
    }
    // Shown from its "less" or its compared word, whichever comes first: "denser than" vs "less
    // dense than".
    let from =
        |a: &Analysed, k: usize, p: usize| (k.saturating_sub(COMPARED_GAP + 3)..k).find(|&i| is(WordClass::ScaleDown, &a.tokens[i])).map_or(p, |i| i.min(p));
    let (from, cfrom) = (from(a, c.sentence_than, sp), from(ca, c.claim_than, cp));
    Some(format!("{} vs {}", a.span(&s.text, from, c.sentence_than), ca.span(&claim.text, cfrom, c.claim_than)))
}

/// One comparison in the claim and one in the sentence, read against each other (see
/// [`converse_comparison`], [`turned_comparison`]).
struct Compared {
    claim_than: usize,
    sentence_than: usize,
    /// The compared things trade places around "than".
    swapped: bool,
    /// Exactly one side turns it round (a "less" or "fewer" of its own, or an opposite).
    turned: bool,
    /// The sentence's comparison word is an opposite of the claim's.
    opposite: bool,
    /// The compared word, the same in both up to its ending ("dense" / "denser"): its token in
    /// the claim and in the sentence.
    property: Option<(usize, usize)>,
}

/// The claim's comparison and the sentence's, where each has exactly one "than" and each
/// compared thing is said once, on its side of "than" (within [`COMPARED_GAP`] after it).
fn compared(claim: &Claim, hit: &Hit, s: &IndexedSentence) -> Option<Compared> {
    let (ct, st) = (&claim.analysed.tokens, &s.analysed.tokens);
    // "than" of a comparison ("rather than", "other than" compare nothing).
    let thans = |toks: &[crate::text::token::Token]| -> Vec<usize> {
        (1..toks.len()).filter(|&k| toks[k].norm == "than" && !matches!(toks[k - 1].norm.as_str(), "rather" | "other")).collect()
    };
    let (claim_thans, sentence_thans) = (thans(ct), thans(st));
    let (&[ck], &[sk]) = (claim_thans.as_slice(), sentence_thans.as_slice()) else { return None };
    // The clause right before "than": where the comparison's own words stand ("is less dense";
    // not "Mercury, the smallest planet, is bigger").
    let near = |toks: &[crate::text::token::Token], f: usize, k: usize| f < k && k - f <= COMPARED_GAP + 3 && !toks[f..k].iter().any(|t| t.is_clause_mark());
    let down =
        |toks: &[crate::text::token::Token], k: usize| (k.saturating_sub(COMPARED_GAP + 3)..k).any(|i| near(toks, i, k) && is(WordClass::ScaleDown, &toks[i]));
    let matches = |ci: usize| hit.matched[ci].iter().map(|&(f, _)| f);
    let starts = |ci: usize| claim.terms[ci].spans.iter().map(|&(f, _)| f);
    // (Where the term is said in full: "Indian Ocean" is not its "Ocean" of "Arctic Ocean".)
    let said = |ci: usize, at: &dyn Fn(usize) -> bool| {
        let m = &hit.matched[ci];
        let longest = m.iter().map(|&(f, l)| l - f).max();
        longest.is_some() && m.iter().filter(|&&(f, l)| Some(l - f) == longest).all(|&(f, _)| at(f))
    };
    let after_than = |f: usize, k: usize| f > k && f <= k + COMPARED_GAP;
    // The claim's thing after "than", and one before it, each said on one side in the sentence.
    let things = |before_in_sentence: bool| {
        let after = (0..claim.terms.len())
            .any(|ci| starts(ci).all(|f| after_than(f, ck)) && said(ci, &|f| if before_in_sentence { f < sk } else { after_than(f, sk) }));
        let before = (0..claim.terms.len()).any(|ci| starts(ci).all(|f| f < ck) && said(ci, &|f| if before_in_sentence { after_than(f, sk) } else { f < sk }));
        after && before
    };
    let swapped = things(true);
    if !swapped && !things(false) {
        return None;
    }
    // (An opposite of the comparison's word, not of the compared things: "men" against "women"
    // is the other side's thing, said there too.)
    let opposite = hit.opposites.iter().any(|&(ci, (f, _))| near(st, f, sk) && starts(ci).all(|c| near(ct, c, ck)) && matches(ci).next().is_none());
    // What is compared: the word nearest before "than", the same word in both, up to its
    // ending ("less dense than" / "denser than"; not "hotter than", nor "cheaper to run than"
    // against "less reliable in cold weather than").
    let compared_word = |toks: &[crate::text::token::Token], k: usize| {
        let mut i = k;
        while i > k.saturating_sub(COMPARED_GAP + 3) && near(toks, i - 1, k) {
            i -= 1;
            let t = &toks[i];
            if t.is_word() && !is(WordClass::ScaleDown, t) && !lexicon().is_stopword(&t.norm) && !matches!(t.norm.as_str(), "more" | "far" | "much") {
                return Some(i);
            }
        }
        None
    };
    let same_word = |a: &str, b: &str| {
        let n = (a.len().min(b.len()).saturating_sub(1)).min(5);
        n >= 3 && a.is_char_boundary(n) && b.is_char_boundary(n) && a[..n] == b[..n]
    };
    let property = compared_word(ct, ck).zip(compared_word(st, sk)).filter(|&(c, s)| same_word(&ct[c].norm, &st[s].norm));
    let down_turns = property.is_some() && down(ct, ck) != down(st, sk);
    // (An opposite and a "less" turn it round twice: no turn.)
    let turned = if opposite { !down_turns } else { down_turns };
    Some(Compared { claim_than: ck, sentence_than: sk, swapped, turned, opposite, property })
}
