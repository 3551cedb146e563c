//! Who says (or denies) what: the speaker of a reporting verb ("Macron said", "said the
//! ministry", "according to the Russian foreign ministry") and the author of a denial ("Turkey
//! … has denied", "an assertion denied by an aide to Aliyev"). Pronoun speakers ("he said")
//! are resolved by the index from earlier sentences of the same article.

use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, WordClass};

/// A reporting, confirming or denying act in a sentence: the cue phrase and who performs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// Report, Confirm or Denial.
    pub kind: Cue,
    /// Token index range of the cue phrase.
    pub cue_first: usize,
    /// Index of the cue phrase's last token (inclusive).
    pub cue_last: usize,
    /// Token range of the speaker, when one was found.
    pub speaker: Option<(usize, usize)>,
    /// Whether the cue is a passive participle ("was denied", "has been debunked"): its
    /// subject is what was said, not who said it.
    pub passive: bool,
}

/// Words that may stand between a subject and its verb ("Turkey has adamantly denied").
fn is_aux(w: &str) -> bool {
    lexicon().is(WordClass::Aux, w) || (w.len() > 4 && w.ends_with("ly"))
}

/// Words that end a subject noun phrase when walking back from a verb.
fn is_boundary(w: &str) -> bool {
    lexicon().is(WordClass::Boundary, w)
}

/// Is the token range a single subject pronoun ("he", "she")? Such a speaker names nobody
/// until the index resolves it from an earlier sentence.
pub fn is_pronoun(a: &Analysed, range: (usize, usize)) -> bool {
    range.0 == range.1 && lexicon().is(WordClass::SubjectPronoun, &a.tokens[range.0].norm)
}

/// All attributions in a sentence.
pub fn attributions(a: &Analysed) -> Vec<Attribution> {
    let mut out = Vec::new();
    for c in &a.cues {
        if !matches!(c.kind, Cue::Report | Cue::Confirm | Cue::Denial) {
            continue;
        }
        // "the claim", "a report", "this statement", "the disputed region": a cue word used as a
        // noun or an adjective is nobody saying anything — unless an agent follows ("a denial
        // by the ministry").
        let after_determiner = c.first > 0 && lexicon().is(WordClass::Determiner, &a.tokens[c.first - 1].norm);
        let agent = agent_after_by(a, c.last);
        if after_determiner && agent.is_none() {
            continue;
        }
        // "Reporting by Maria Kannedova …": a credit line names the reporters, not a source.
        let opens = a.tokens[..c.first].iter().filter(|t| t.is_word()).count() <= 1;
        if opens && agent.is_some() && a.is_credit_line() {
            continue;
        }
        // "was denied", "has not been regularly reported", "it should be noted that": a passive
        // names its speaker only with "by"; its subject is what was said, not who said it.
        let passive = passive(a, c.first, c.last);
        let speaker = if agent.is_some() || passive {
            agent
        } else if c.phrase == "according to" {
            np_after(a, c.last + 1)
        } else if c.last > c.first && a.tokens[c.last].norm == "said" && !matches!(a.tokens[c.first].norm.as_str(), "said" | "in") {
            // "disaster officials said", "two rebel sources said": the cue's own noun is the
            // speaker's head, with whatever qualifies it before.
            Some((subject_before(a, c.first).map_or(c.first, |(f, _)| f), c.last - 1))
        } else {
            subject_before(a, c.first).or_else(|| inverted_subject(a, c.first, c.last)).or_else(|| shared_subject(a, c.first, &out))
        };
        out.push(Attribution { kind: c.kind, cue_first: c.first, cue_last: c.last, speaker, passive });
    }
    out
}

/// Is the cue at `first..=last` a passive participle: a form of "be" before it (adverbs and
/// "not" aside) and no "-ing" ("was denied", "had been reported"; not "is denying")? Also the
/// stance stage's test of a passive predicate ("were driven by", "were discredited").
pub fn passive(a: &Analysed, first: usize, last: usize) -> bool {
    let toks = &a.tokens;
    // One word, or a phrasal verb's participle and its particles ("was shot down").
    let particles = toks.get(first + 1..=last).is_some_and(|r| r.iter().all(|t| lexicon().is(WordClass::Particle, &t.norm)));
    if !particles || toks[first].norm.ends_with("ing") {
        return false;
    }
    let mut j = first;
    while j > 0 && toks[j - 1].is_word() && (toks[j - 1].norm == "not" || (toks[j - 1].norm.len() > 4 && toks[j - 1].norm.ends_with("ly"))) {
        j -= 1;
    }
    j > 0 && lexicon().is(WordClass::PassiveBe, &toks[j - 1].norm)
}

/// "denied by X": the agent of a passive.
fn agent_after_by(a: &Analysed, last: usize) -> Option<(usize, usize)> {
    let next = a.tokens.get(last + 1)?;
    (next.norm == "by").then(|| np_after(a, last + 2)).flatten()
}

/// A noun phrase starting at `i`, running to the next clause punctuation (commas are allowed
/// inside when followed by a capitalised word or "and": "an aide to the president, Ilham
/// Aliyev, and Turkey's government").
fn np_after(a: &Analysed, i: usize) -> Option<(usize, usize)> {
    let toks = &a.tokens;
    let mut j = i;
    let mut last = None;
    while j < toks.len() && j < i + 16 {
        let t = &toks[j];
        if t.is_word() {
            if is_boundary(&t.norm) || (t.norm == "on" || t.norm == "in" || t.norm == "at") && last.is_some() && j > i + 1 {
                break;
            }
            // A finite verb ends the noun phrase ("according to the AFP sources are now …").
            if last.is_some() && (lexicon().is(WordClass::PassiveBe, &t.norm) || lexicon().is(WordClass::Aux, &t.norm) && !t.norm.ends_with("ly")) {
                break;
            }
            last = Some(j);
        } else if t.is_punct(',') {
            let n = toks.get(j + 1);
            if !n.is_some_and(|n| n.capitalized || n.norm == "and") {
                break;
            }
        } else if !t.is_punct('\'') {
            break;
        }
        j += 1;
    }
    last.map(|l| (i, l))
}

/// The subject before a verb at `first`, skipping auxiliaries and adverbs.
fn subject_before(a: &Analysed, first: usize) -> Option<(usize, usize)> {
    let toks = &a.tokens;
    let mut j = first;
    // "went on to say", "refused to confirm": the subject is before the verb phrase.
    if j > 0 && toks[j - 1].norm == "to" {
        j -= 1;
        let mut skipped = 0;
        while j > 0
            && skipped < 2
            && toks[j - 1].is_word()
            && !toks[j - 1].capitalized
            && !is_boundary(&toks[j - 1].norm)
            && !matches!(toks[j - 1].norm.as_str(), "the" | "a" | "an")
        {
            j -= 1;
            skipped += 1;
        }
    }
    while j > 0 && toks[j - 1].is_word() && is_aux(&toks[j - 1].norm) {
        j -= 1;
    }
    // A relative clause between the subject and its verb is skipped: "Macron, who has been in
    // a war of words with Erdogan for months, said …" is Macron's saying.
    // (The nearest comma before opens it: not "The court convicted Smith, who was 40, and his
    // lawyer, Ana Ruiz, said".)
    if j > 0 && toks[j - 1].is_punct(',') {
        if let Some(c) = toks[..j - 1].iter().rposition(|t| t.is_punct(',')).filter(|&c| toks[c + 1].norm == "who") {
            j = c;
        }
    }
    let mut end = j.checked_sub(1)?;
    let mut start = None;
    let mut k = end as isize;
    while k >= 0 && (end as isize - k) < 9 {
        let t = &toks[k as usize];
        if !t.is_word() || is_boundary(&t.norm) {
            break;
        }
        // A day says when, not who: it ends the subject before it ("Today the company said",
        // "released late on Friday the company denied"), and is skipped, with its "on", right
        // before the verb ("the company on Friday said").
        // Unless it is a word of a name: "USA Today" (after another capitalised word), "The
        // Sunday Times" (between "the" and a capitalised word).
        // (Not in a title-case headline, "Apple Today Denies Report", where the verb is capitalised too.)
        let in_name = t.capitalized
            && !toks[first].capitalized
            && k > 0
            && ((lexicon().is(WordClass::DayWord, &t.norm)
                && toks[k as usize - 1].capitalized
                && !lexicon().is(WordClass::Preposition, &toks[k as usize - 1].norm))
                || (toks[k as usize - 1].norm == "the" && toks.get(k as usize + 1).is_some_and(|n| n.capitalized)));
        if !in_name && (lexicon().is(WordClass::DayWord, &t.norm) || lexicon().weekdays.contains_key(&t.norm)) {
            if start.is_some() {
                break;
            }
            k -= 1;
            if k >= 0 && toks[k as usize].norm == "on" {
                k -= 1;
            }
            end = usize::try_from(k).ok()?;
            continue;
        }
        if t.norm == "and" && !(k > 0 && toks[k as usize - 1].capitalized) {
            break;
        }
        // A reporting verb or a quote mark before us: we are inside another clause.
        if a.cues.iter().any(|c| c.first <= k as usize && k as usize <= c.last && matches!(c.kind, Cue::Report | Cue::Denial)) {
            break;
        }
        start = Some(k as usize);
        // A pronoun right before the verb is the whole subject ("… failed to reproduce the
        // excess heat it reported": "it", not the clause before it).
        // ("him", "his" are no subject: "Aides to him said".)
        if end == k as usize && lexicon().is(WordClass::SubjectPronoun, &t.norm) {
            break;
        }
        k -= 1;
    }
    let start = start?;
    // A clause fragment is nobody: a speaker neither opens with a preposition ("with intense
    // battles raging in the") nor ends with one or with a determiner ("fierce fighting
    // continues in the").
    let function = |i: usize| lexicon().is(WordClass::Preposition, &toks[i].norm) || lexicon().is(WordClass::Determiner, &toks[i].norm);
    // Nor does it end with a conjunction ("… supported Azerbaijan and | said"): the verb is
    // joined to an earlier one, whose subject it shares (`shared_subject`).
    if lexicon().is(WordClass::Preposition, &toks[start].norm) || function(end) || matches!(toks[end].norm.as_str(), "and" | "but" | "or") {
        return None;
    }
    // Nor does it hold a form of "be" ("are increasingly alarmed by Vask's stance on the
    // harbour | dispute"): that is a clause, cut off where the walk stopped, whose noun the
    // cue word was.
    // (A finite form only: "Prisoners being held in Evin said …" names its speaker.)
    if (start..end).any(|i| matches!(toks[i].norm.as_str(), "is" | "are" | "was" | "were")) {
        return None;
    }
    // A bare determiner or a lowercase run that is only stop words is not a speaker.
    let any_content = (start..=end).any(|i| toks[i].capitalized || a.terms.iter().any(|t| t.content && t.first == i)) || is_pronoun(a, (start, end));
    any_content.then_some((start, end))
}

/// "Turkey has backed Azerbaijan and said it would help, but denied sending arms": a verb
/// joined by "and" or "but" to the sentence's first verb phrase shares its subject — the
/// speaker of an earlier attribution in the sentence, or the subject that opens it.
fn shared_subject(a: &Analysed, first: usize, earlier: &[Attribution]) -> Option<(usize, usize)> {
    let toks = &a.tokens;
    let mut j = first;
    while j > 0 && toks[j - 1].is_word() && is_aux(&toks[j - 1].norm) {
        j -= 1;
    }
    if j == 0 || !matches!(toks[j - 1].norm.as_str(), "and" | "but") {
        return None;
    }
    // The last earlier cue's speaker — unless a clause with its own subject ends right before
    // the conjunction ("Police said the suspect was arrested and denied …": the suspect
    // denied). A comma before it ("said it would help, but denied") ends such a clause.
    let comma = j >= 2 && toks[j - 2].is_punct(',');
    if let Some(at) = earlier.iter().rev().find(|at| at.speaker.is_some()) {
        let finite = |t: &crate::text::token::Token| lexicon().is(WordClass::PassiveBe, &t.norm) || lexicon().is(WordClass::Aux, &t.norm);
        // (`get`: a cue of two kinds, "confirmed", is an earlier attribution at the same place.)
        if comma || !toks.get(at.cue_last + 1..j - 1).unwrap_or(&[]).iter().any(finite) {
            return at.speaker;
        }
        return None;
    }
    // The subject that opens the sentence, before its first auxiliary ("Turkey has …").
    let opening = toks.iter().position(|t| t.is_word())?;
    let aux = (opening + 1..j).find(|&i| toks[i].is_word() && lexicon().is(WordClass::Aux, &toks[i].norm))?;
    subject_before(a, aux + 1).filter(|&(f, _)| f == opening)
}

/// `"…," said the foreign ministry.` — speaker after the verb, when the verb follows a quote
/// or a comma.
fn inverted_subject(a: &Analysed, first: usize, last: usize) -> Option<(usize, usize)> {
    let prev = a.tokens.get(first.checked_sub(1)?)?;
    if prev.is_word() {
        return None;
    }
    let np = np_after(a, last + 1)?;
    // "said on Monday", "said in a statement": a time or manner, not a speaker.
    let head = &a.tokens[np.0];
    let starts_with_preposition = lexicon().is(WordClass::TimeOpener, &head.norm);
    // A speaker is a name ("said Macron") or a noun phrase with its determiner ("said the
    // ministry", "said a spokesman"); "said by fierce fighting continues" is a clause fragment.
    let noun_phrase = head.capitalized || lexicon().is(WordClass::Determiner, &head.norm);
    (np.1 - np.0 < 7 && !starts_with_preposition && noun_phrase).then_some(np)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyze::analyse;

    fn speakers(s: &str) -> Vec<(Cue, String)> {
        let a = analyse(s);
        attributions(&a).into_iter().map(|at| (at.kind, at.speaker.map(|(f, l)| a.span(s, f, l).to_string()).unwrap_or_default())).collect()
    }

    #[test]
    fn subject_speakers() {
        assert_eq!(speakers("Macron said the fighters arrived."), [(Cue::Report, "Macron".into())]);
        assert_eq!(speakers("Turkey and Azerbaijan have denied this."), [(Cue::Denial, "Turkey and Azerbaijan".into())]);
        assert_eq!(speakers("The claims, which Turkey has adamantly denied, spread."), [(Cue::Denial, "Turkey".into())]);
        // A concessive or temporal clause opener ends the subject: the post claimed, not
        // "despite a post".
        assert_eq!(speakers("The mayor is in good health, despite a viral post claiming he had collapsed.")[0].1, "a viral post");
        assert_eq!(speakers("Prices rose amid reports suggesting a shortage.")[0].1, "reports");
    }

    #[test]
    fn a_relative_clause_between_speaker_and_verb_is_skipped() {
        let s = "Macron, who has been in a war of words with Erdogan for months, said on Wednesday Ankara was acting in a warlike manner.";
        assert_eq!(speakers(s)[0].1, "Macron");
        // Only a clause that ends right before the verb: not "…, who was 40, and his lawyer, …".
        let s = "The court convicted Smith, who was 40, and his lawyer, Ana Ruiz, said the verdict was unjust.";
        assert!(!speakers(s).iter().any(|(_, who)| who.contains("court")), "{:?}", speakers(s));
    }

    #[test]
    fn verb_phrases_times_and_nouns_are_not_speakers() {
        assert_eq!(speakers("The French leader went on to say that talks would resume.")[0].1, "The French leader");
        assert_eq!(speakers("“It is over,” said on Monday the minister.")[0].1, "");
        assert!(speakers("The claim is repeated here.").is_empty());
        // A day says when: it is no part of who said it.
        assert_eq!(speakers("Today the company said the plant will close.")[0].1, "the company");
        assert!(speakers("In a statement released late on Friday the company denied it.").contains(&(Cue::Denial, "the company".into())));
        assert_eq!(speakers("The company on Friday said the plant will close.")[0].1, "The company");
        assert_eq!(speakers("The company yesterday denied it.")[0].1, "The company");
        // … unless it is a word of the speaker's name.
        assert_eq!(speakers("USA Today reported that the plant will close.")[0].1, "USA Today");
        assert_eq!(speakers("The Sunday Times reported that the plant will close.")[0].1, "The Sunday Times");
        assert_eq!(speakers("On Sunday Ankara denied it.")[0].1, "Ankara");
        assert_eq!(speakers("Apple Today Denies Report That It Will Close the Plant")[0].1, "Apple");
    }

    #[test]
    fn agents_and_inverted_speakers() {
        let s = "Turkey sent fighters, an assertion denied by an aide to the president, Ilham Aliyev, and Turkey's government.";
        assert_eq!(speakers(s)[0].1, "an aide to the president, Ilham Aliyev, and Turkey's government");
        assert_eq!(speakers("“We are ready,” said the foreign ministry.")[0].1, "the foreign ministry");
        assert_eq!(speakers("The plan failed, according to the Russian foreign ministry.")[0].1, "the Russian foreign ministry");
        assert_eq!(speakers("“We are ready,” said Macron.")[0].1, "Macron");
        // A clause fragment after "said" is nobody.
        assert_eq!(speakers("Turkey sent fighters, said fierce fighting continues in the region.")[0].1, "");
    }

    /// Page debris once shown to readers as who said it.
    #[test]
    fn adjectives_passives_and_fragments_name_nobody() {
        // "disputed" as an adjective: no attribution at all.
        assert!(speakers("Battles raged, with intense fighting raging in the disputed region.").is_empty());
        // A passive's subject is what was said; its speaker comes only with "by".
        assert_eq!(speakers("The number of casualties has not been regularly reported.")[0].1, "");
        assert_eq!(speakers("It should be noted that Turkey has close ties with Azerbaijan.").iter().map(|s| s.1.as_str()).collect::<Vec<_>>(), [""]);
        assert_eq!(speakers("The report was denied by Turkish officials.")[0].1, "Turkish officials");
        // An active verb after "be" + "-ing" keeps its subject.
        assert_eq!(speakers("Turkey is denying the report.")[0].1, "Turkey");
        // A subject that ends with a preposition is a fragment.
        assert_eq!(speakers("France has joined in the controversy over alleged intervention.").first().map(|s| s.1.as_str()).unwrap_or(""), "");
        // The noun of "officials said" is part of who said it.
        assert_eq!(speakers("Dozens were hurt, disaster officials said.")[0].1, "disaster officials");
        assert_eq!(speakers("Officials said the dam held.")[0].1, "Officials");
        // A noun phrase ends at a finite verb; a byline is nobody's statement.
        assert_eq!(speakers("Paris joined, according to the AFP French government sources are now charging.")[0].1, "the AFP French government sources");
        assert!(speakers("Reporting by Maria Kannedova and Dmitry Antonov.").is_empty());
        assert!(speakers("Additional reporting by Nino Kapanadze in Tbilisi; editing by Mark Stone.").is_empty());
        // A pronoun before the verb is the whole subject, not the clause before it.
        let s = speakers("Labs around the world failed to reproduce the excess heat it reported.");
        assert_eq!(s.last().map(|s| s.1.as_str()), Some("it"), "{s:?}");
        assert_eq!(speakers("Aides to him said the bill would be vetoed.")[0].1, "Aides to him");
        // Modals stand between a subject and its verb.
        assert_eq!(speakers("Turkey could deny the report.")[0].1, "Turkey");
        // A clause holding "are" is no subject: there "dispute" is a noun.
        let s = speakers("Some of Ruritania's allies are increasingly alarmed by Vask's stance on the harbour dispute.");
        assert_eq!(s.first().map(|s| s.1.as_str()).unwrap_or(""), "", "{s:?}");
        assert_eq!(speakers("Prisoners being held in Evin said the guards beat them.")[0].1, "Prisoners being held in Evin");
    }

    #[test]
    fn coordinated_verbs_share_the_subject() {
        let s = "Turkey has publicly supported Azerbaijan and said it would help if asked, but denied sending fighters to the region.";
        assert_eq!(speakers(s), [(Cue::Report, "Turkey".into()), (Cue::Denial, "Turkey".into())]);
        assert_eq!(speakers("The ministry said the talks failed but denied any attack.")[1].1, "The ministry");
        // Only a verb joined to the first one: a clause of its own keeps its own subject.
        assert_eq!(speakers("Fighting continued and the ministry denied any attack.")[0].1, "the ministry");
        assert_eq!(speakers("Fighting continued and denied any attack.").first().map(|s| s.1.as_str()).unwrap_or(""), "");
        // A clause with its own subject between them: not the earlier speaker's verb.
        assert_eq!(speakers("Police said the suspect was arrested on Friday and denied all charges.")[1].1, "");
    }
}
