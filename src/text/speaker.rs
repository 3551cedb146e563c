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
        // "the claim", "a report", "this statement": a cue word used as a noun is nobody saying
        // anything (a denial noun keeps its "by" agent: "a denial by the ministry").
        let after_determiner = c.first > 0 && lexicon().is(WordClass::Determiner, &a.tokens[c.first - 1].norm);
        if after_determiner && c.kind != Cue::Denial {
            continue;
        }
        // A cue word used as a noun after a determiner ("the report", "a claim") has no speaker
        // of its own, unless an agent follows ("an assertion denied by …").
        let speaker = agent_after_by(a, c.last)
            .or_else(|| if c.phrase == "according to" { np_after(a, c.last + 1) } else { None })
            .or_else(|| subject_before(a, c.first))
            .or_else(|| inverted_subject(a, c.first, c.last));
        out.push(Attribution { kind: c.kind, cue_first: c.first, cue_last: c.last, speaker });
    }
    out
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
    let end = j.checked_sub(1)?;
    let mut start = None;
    let mut k = end as isize;
    while k >= 0 && (end as isize - k) < 9 {
        let t = &toks[k as usize];
        if !t.is_word() || is_boundary(&t.norm) {
            break;
        }
        if t.norm == "and" && !(k > 0 && toks[k as usize - 1].capitalized) {
            break;
        }
        // A reporting verb or a quote mark before us: we are inside another clause.
        if a.cues.iter().any(|c| c.first <= k as usize && k as usize <= c.last && matches!(c.kind, Cue::Report | Cue::Denial)) {
            break;
        }
        start = Some(k as usize);
        k -= 1;
    }
    let start = start?;
    // A bare determiner or a lowercase run that is only stop words is not a speaker.
    let any_content = (start..=end).any(|i| toks[i].capitalized || a.terms.iter().any(|t| t.content && t.first == i)) || is_pronoun(a, (start, end));
    any_content.then_some((start, end))
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
    fn verb_phrases_times_and_nouns_are_not_speakers() {
        assert_eq!(speakers("The French leader went on to say that talks would resume.")[0].1, "The French leader");
        assert_eq!(speakers("“It is over,” said on Monday the minister.")[0].1, "");
        assert!(speakers("The claim is repeated here.").is_empty());
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
}
