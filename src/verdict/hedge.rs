//! Hedges, plans and questions: a hedged report ("may have", "reportedly"), an act only intended
//! ("plans to"), a headline's hedge ("Report:", ", sources say") or a question is not full support,
//! whoever says so.

use super::decision::{HEDGE_PREFIX, INTENT_PREFIX};
use super::tuning::HEDGE_WINDOW;
use crate::retrieve::candidates::{Claim, Hit};
use crate::retrieve::index::IndexedSentence;
use crate::stance::{Judgement, Reason, Stance};
use crate::text::lexicon::{lexicon, Cue, WordClass};

/// The hedge cue that qualifies the sentence's match, if any ("reportedly", "may have",
/// "unconfirmed"): at least half of the matched words lie in its scope — the
/// [`HEDGE_WINDOW`] words after it, up to the end of its clause — or it follows the last
/// matched word ("…, reportedly"), or it stands inside the match, in one clause with the
/// matched words before it and with some in its scope ("fighters have reportedly arrived
/// in Belarus": the subject before the hedge, the predicate after it). Only cues of a kind
/// the claim does not share count: a hedged claim ("Turkey may have sent …") is what a hedged
/// sentence supports, and a claim of a plan what a sentence of a plan supports. The cue text
/// says which: "hedged: “may”" or "not yet: “plans to”".
///
/// A caveat that the finding does not show cause and effect ("the link may reflect other
/// factors", "it was unclear which came first", "in mice") hedges the whole sentence for a
/// claim of cause or effect (a word of the `cause` class: "causes", "prevents", "improves")
/// with no hedge of its own: the finding says less than such a claim ("is linked to poorer
/// sleep" is what it says). For other claims a caveat is no hedge (one that opens with a hedge
/// word is also a hedge of its own: "may reflect").
pub(super) fn hedge(s: &IndexedSentence, hit: &Hit, claim: &Claim) -> Option<(String, (usize, usize))> {
    let a = &s.analysed;
    let matched: Vec<usize> = hit.matched.iter().flatten().map(|&(f, _)| f).collect();
    let last = matched.iter().copied().max()?;
    a.cues
        .iter()
        .filter(|c| matches!(c.kind, Cue::Hedge | Cue::Intent | Cue::Caveat) && !claim.analysed.has_cue(c.kind))
        .find(|c| {
            if c.kind == Cue::Caveat {
                return claim.causal;
            }
            let (clause_start, clause_end) = a.clause_around(c.first, c.last);
            // "Rumours spread online this week that P": a "that" within reach starts what is
            // hedged, and the window runs from there.
            let from = (c.last + 1..clause_end.min(c.last + 1 + HEDGE_WINDOW)).find(|&i| a.tokens[i].norm == "that").unwrap_or(c.last);
            let scope_end = clause_end.min(from + 1 + HEDGE_WINDOW);
            let inside = matched.iter().filter(|&&m| m > c.last && m < scope_end).count();
            let before_in_clause = matched.iter().filter(|&&m| m >= clause_start && m < c.first).count();
            // (Or, a hedge (not a plan) with no match after it, where it leads into the clause's
            // predicate: "the tech giant may cut 10,000 jobs" hedges whatever the giant does, in
            // whatever words. Only right after a matched word, with no "and", "who" or "which"
            // between: "arrested two men who allegedly robbed a bank" and "resigned on Monday
            // and plans to return" leave the arrest and the resignation said.)
            let subject = |m: usize| {
                m < c.first
                    && c.first - m <= 2
                    && a.tokens[m + 1..c.first].iter().all(|t| !lexicon().is(WordClass::Coordinator, &t.norm) && !lexicon().is(WordClass::Boundary, &t.norm))
            };
            let leads = inside > 0 || (c.kind == Cue::Hedge && a.tokens.get(c.last + 1).is_some_and(|t| t.is_word()) && matched.iter().any(|&m| subject(m)));
            let within = leads && before_in_clause > 0 && (inside + before_in_clause) * 2 >= matched.len();
            // A hedge ending in a complementizer ("whether", "doubt that") opens a clause and
            // qualifies only that: "Cavusoglu said … when asked whether Ankara would help"
            // still says who Cavusoglu is.
            let opens_clause = c.phrase.rsplit(' ').next().is_some_and(|w| lexicon().is(WordClass::Boundary, w));
            // Only a one-word hedge ("…, reportedly") qualifies the words just before it; a
            // phrase after the match ("resigned on Monday and plans to return to teaching",
            // "… and declined to comment") leaves them said.
            // And only where it ends the clause or leads into function words ("…, reportedly.",
            // "remain sceptical about it"); one followed by a content word qualifies that word
            // ("launched the phone to a sceptical reception").
            // (A report after it ends the phrase too: "…, rumours say", "…, unconfirmed reports
            // said" — a report noun only before a reporting verb: "…, likely charges to follow"
            // names what is likely.)
            let report_at = |i: usize| a.cues.iter().any(|r| r.kind == Cue::Report && r.first == i);
            let reported = |i: usize| report_at(i) || (lexicon().is(WordClass::ReportNoun, &a.tokens[i].norm) && report_at(i + 1));
            let ends_phrase = a.tokens.get(c.last + 1).is_none_or(|t| !t.is_word() || lexicon().is_stopword(&t.norm) || reported(c.last + 1));
            // A modal never trails: it leads into its own predicate ("Police arrested the mayor
            // and may charge him" says the arrest; "charge" is a verb there, not a report).
            let modal = lexicon().is(WordClass::Aux, &c.phrase);
            // A hedge phrase in a clause of its own after the match, ending it ("; no
            // independent confirmation", "…, a claim that could not be verified"), is said of
            // all of it. (Not one with an object of its own: "could not confirm how much cash
            // was taken", "no confirmation of the reasons"; nor one in the match's clause:
            // "balloons tied to it". Its clause must start after where the sentence says the
            // claim's first word, `matched[0]`, and it must follow every matched word.)
            let unchecked = c.kind == Cue::Hedge
                && c.first > last
                && c.first < c.last
                && clause_start > matched[0]
                && !a.tokens[c.last + 1..clause_end].iter().any(|t| t.is_word() && !lexicon().is_stopword(&t.norm));
            // A plan said of the match, ending its phrase: "a sale of the library is under
            // consideration", "… was being discussed". The cue holds the form of "be" and stands
            // right after a matched word (not the modifier in "the sale under consideration was
            // approved").
            let weighed =
                c.kind == Cue::Intent && ends_phrase && crate::stance::auxiliary(&a.tokens[c.first]) && c.first > 0 && matched.contains(&(c.first - 1));
            let trailing = unchecked || weighed || (c.first == c.last && c.first > last && c.first <= last + 3 && ends_phrase && !modal);
            inside * 2 >= matched.len() || (!opens_clause && (within || trailing))
        })
        .map(|c| (format!("{}: “{}”", if c.kind == Cue::Intent { INTENT_PREFIX } else { HEDGE_PREFIX }, c.phrase), (c.first, c.last)))
}

/// Does the sentence end with a question mark (closing quotes and brackets aside), or do most
/// of the words that matched the claim lie in a question inside it ("Are Skye and Ren over?
/// Fans spot duo unfollowing each other": a headline that asks, then says what prompted it)?
/// Such a question opens the sentence or follows the end of one, with an auxiliary or a
/// wh-word: "Harbour Town sack Brandt – who's next?" says the sacking.
pub(super) fn is_question(s: &IndexedSentence, hit: &Hit) -> bool {
    let t = &s.analysed.tokens;
    if t.iter().rev().find(|t| t.is_word() || !matches!(t.norm.as_str(), "\"" | "'" | ")" | "”" | "’" | "»")).is_some_and(|t| t.is_punct('?')) {
        return true;
    }
    if hit.linked {
        return false; // (its matches are the previous sentence's tokens)
    }
    // One pass over the sentence-like segments (from the text's start or the last end mark):
    // one that ends in "?" and opens with a question word is a question; count the matched
    // words inside such questions.
    let ends = |x: &crate::text::token::Token| x.is_punct('?') || x.is_punct('.') || x.is_punct('!');
    let (mut asked, mut from) = (0, 0);
    for i in 0..t.len() {
        if ends(&t[i]) {
            let opener = t[from..i].iter().find(|x| x.is_word()).is_some_and(|x| QUESTION_OPENERS.contains(&x.norm.as_str()));
            if t[i].is_punct('?') && opener {
                asked += hit.matched.iter().flatten().filter(|&&(f, _)| from <= f && f < i).count();
            }
            from = i + 1;
        }
    }
    let matched = hit.matched.iter().flatten().count();
    matched > 0 && asked * 2 > matched
}

/// Words that open a question: auxiliaries and wh-words ("Is …?", "Are …?", "Who …?").
const QUESTION_OPENERS: &[&str] = &[
    "is", "are", "was", "were", "am", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "shall", "who",
    "what", "when", "where", "why", "how", "which", "whose", "whom",
];

/// A headline that opens "Report:" or "Rumour:", or ends ": report", ", says report" or
/// ", sources say", passes on what an unnamed report or source says, as "reportedly" does.
pub(super) fn headline_hedge(s: &IndexedSentence) -> Option<(String, (usize, usize))> {
    let t = &s.analysed.tokens;
    let lead = ["report", "reports", "rumour", "rumours", "rumor", "rumors", "unconfirmed", "sources", "insiders", "tabloid"];
    if t.len() > 2 && t[0].is_word() && lead.contains(&t[0].norm.as_str()) && t[1].is_punct(':') {
        return Some((format!("{HEDGE_PREFIX}: “{}:”", s.analysed.span(&s.text, 0, 0)), (0, 1)));
    }
    // The words after the last clause mark, closing punctuation aside: in a headline only
    // ("…, a new report says" in prose is followed by the report's name).
    if s.part != crate::text::segment::Part::Headline {
        return None;
    }
    let end = t.iter().rposition(|x| x.is_word())?;
    let sep = t[..end].iter().rposition(|x| !x.is_word())?;
    let tail = &t[sep + 1..=end];
    let said_by_a_report = tail.len() <= 4
        && [',', ':', '-', '–', '—'].iter().any(|&p| t[sep].is_punct(p))
        && tail.iter().any(|x| lead[..2].contains(&x.norm.as_str()) || lead[7..].contains(&x.norm.as_str()))
        // ("…, the report says" names one report the text is about, "…, Reuters reports" its
        // source: no hedge. Nor a source that says what it is: "…, police sources say".)
        && tail.iter().all(|x| lead.contains(&x.norm.as_str()) || matches!(x.norm.as_str(), "a" | "new" | "media" | "says" | "say" | "said" | "claim" | "claims" | "unverified"));
    said_by_a_report.then(|| (format!("{HEDGE_PREFIX}: “{}”", s.analysed.span(&s.text, sep + 1, end)), (sep + 1, end)))
}

/// Do most of the sentence's words that matched the claim lie in the clause of the hedge at
/// tokens `first..=last`?
pub(super) fn hedges_most(s: &IndexedSentence, hit: &Hit, (first, last): (usize, usize)) -> bool {
    let (start, end) = s.analysed.clause_around(first, last);
    let matched: Vec<usize> = hit.matched.iter().flatten().map(|&(f, _)| f).collect();
    matched.iter().filter(|&&m| (start..end).contains(&m)).count() * 2 > matched.len()
}

/// A hedged report is not full support: "may have sent", "reportedly", "unconfirmed" leave
/// the sentence at mentions, with the hedge as the reason — also where it says, hedged, what a
/// negated claim says ("might ship without a charging port").
pub(super) fn unhedged(mut j: Judgement, hedge: Option<&(String, (usize, usize))>) -> Judgement {
    if let (Some((h, at)), Stance::Supports) = (hedge, j.stances[0]) {
        if j.stances.len() == 1 {
            j.stances = vec![Stance::Mentions];
            j.cue = Some(h.clone());
            j.cue_at = Some(*at);
            j.reason = Reason::None;
        }
    }
    j
}
