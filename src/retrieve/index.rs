//! The index: every evidence sentence of every article, with an inverted index from term keys
//! to sentences and IDF weights over sentences.
//!
//! Building keeps only what retrieval needs — sentence spans and postings — so a corpus of
//! thousands of articles indexes quickly and stays small. The full analysis a stance needs
//! (cues, speakers, quantities) is done at check time for the few sentences that match, by
//! [`Index::sentence`].

use crate::corpus::Corpus;
use crate::text::analyze::Analysed as TextAnalysis;
use crate::text::index_keys::IndexKeys;
use crate::text::lexicon::{lexicon, WordClass};
use crate::text::segment::{self, Part};
use crate::text::speaker;
use crate::text::utterance::Utterance;
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

/// Where a sentence is: its article and byte range there.
#[derive(Debug, Clone, Copy)]
pub struct SentenceRef {
    /// Index of the article in the corpus.
    pub article: u32,
    /// Byte offset where the sentence starts in the article text.
    pub start: u32,
    /// Byte offset where it ends (exclusive).
    pub end: u32,
    /// Headline or prose.
    pub part: Part,
}

/// A sentence analysed for judging a stance: its utterance (reachable as if its fields were
/// this struct's), where it is, and whom its pronouns stand for.
pub struct IndexedSentence {
    /// Index of the article in the corpus.
    pub article: usize,
    /// Byte range in the article text.
    pub start: usize,
    /// End of that byte range (exclusive).
    pub end: usize,
    /// Headline or prose.
    pub part: Part,
    /// The sentence's text and its analysis, shared with the check's [`Seen`] (a sentence's
    /// analysis is a few dozen strings: cloning it cost a tenth of a check).
    pub utterance: Rc<Utterance>,
    /// Speaker names after pronoun resolution, per attribution (same order).
    pub speaker_names: Vec<Option<String>>,
    /// Content keys of each resolved speaker (same order).
    pub speaker_keys: Vec<Vec<String>>,
    /// The article's publication date as its corpus writes it: what a bare weekday in the
    /// sentence stands for ([`crate::text::numbers::Date::of_weekday`]).
    pub published: Option<String>,
    /// A personal pronoun in the sentence ("He had separate phone conversations …") and the
    /// keys of the named speaker it most likely stands for, from the sentences before.
    pub referent: Option<(usize, Vec<String>)>,
}

impl std::ops::Deref for IndexedSentence {
    type Target = Utterance;
    fn deref(&self) -> &Utterance {
        &self.utterance
    }
}

/// Utterances of sentences analysed during one check, by sentence id: a pronoun's speaker is
/// looked for in the sentences before, which are often candidates themselves.
/// (Sorted by id and searched by halves: a check analyses a few hundred sentences at most, and a
/// list ships no hash table of its own in the WebAssembly.)
#[derive(Default)]
pub struct Seen(Vec<(usize, Rc<Utterance>)>);

/// The retrieval index of a corpus: its evidence sentences and, per term key, the sentences
/// that contain it.
pub struct Index {
    /// Every evidence sentence in corpus order, an article's sentences contiguous; a
    /// sentence's position here is its id.
    pub sentences: Vec<SentenceRef>,
    postings: HashMap<String, Vec<u32>>,
    /// Keys the corpus also uses as ordinary lowercase words (so not only as names).
    common: crate::text::lexicon::WordSet,
    /// Number of sentences (of the whole corpus, for a partial index), for IDF.
    n: f32,
    /// For a partial index (a sharded archive's articles for one claim): each looked-up key's
    /// sentence count in the whole archive, which IDF and "does the corpus use it" must use.
    df: Option<Vec<(String, u32)>>,
    /// The corpus's words by first letter and length, for spelling suggestions; built on the
    /// first claim with an unknown word, never for the others.
    vocabulary: std::sync::OnceLock<crate::retrieve::spelling::Vocabulary>,
}

/// Fewest sentences IDF is computed over. In a tiny corpus (a claim against one evidence
/// passage) every word is in almost every sentence and any missing word outweighs all present
/// ones: IDF says nothing there, so such a corpus counts as if it were this many sentences
/// long, and a word it lacks weighs as one it has once (without that, each claim word the
/// passage does not say weighed 1.3 times one it does, and a paraphrase that says half the
/// claim's words covered 43 % of it). Against one passage, where each word is in it or not,
/// every claim word then weighs the same. Larger corpora weigh a word they lack by
/// [`UNSEEN_DF`].
pub const IDF_MIN_SENTENCES: usize = 50;

/// The sentences a word no sentence has counts as being in, in corpora larger than
/// [`IDF_MIN_SENTENCES`]: half of one. A claim word an archive of a few hundred sentences never
/// uses tells little of how rare the word is, but BM25's count of zero made it weigh the most
/// of all (1.26 times a word said once, in the 103 sentences of the four seed articles), so
/// that a few such words ("… amid swift condemnation abroad") sank a sentence saying the rest
/// of the claim below the coverage support needs. Half a sentence weighs it 1.10 times a word
/// said once. Measured on the seen seed sets 6–70: +0.84 (49 claims better, 33 worse; each
/// stance's precision within 0.01, recall up 0.02–0.04; with the count at one sentence, +0.89
/// but less precise); development sum +0.04; one-passage pairs untouched (below the size).
pub const UNSEEN_DF: f32 = 0.5;

/// The sentence count IDF is computed over for a corpus of `sentences`.
pub(crate) fn idf_population(sentences: usize) -> f32 {
    sentences.max(IDF_MIN_SENTENCES) as f32
}

/// Inverse document frequency of a key in `df` of `n` sentences (BM25's, kept positive; a key
/// in none counts as in one, or in [`UNSEEN_DF`] past [`IDF_MIN_SENTENCES`]).
pub(crate) fn idf(n: f32, df: usize) -> f32 {
    let df = if df > 0 {
        df as f32
    } else if n <= IDF_MIN_SENTENCES as f32 {
        1.0
    } else {
        UNSEEN_DF
    };
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// Sentences back a pronoun speaker ("he said") is looked for.
const PRONOUN_LOOKBACK: usize = 4;
/// Sentences back the name a speaker described by role ("the French leader") stands for is
/// looked for.
const DESCRIPTION_LOOKBACK: usize = 8;
/// The titles "leader" stands for in such a description ("the Russian leader" for "Russian
/// President Vladimir Putin", not for "Russian Foreign Minister Sergey Lavrov").
const LEADER_TITLES: &[&str] = &["president", "prime", "premier", "chancellor", "king", "queen", "emperor", "leader"];

impl Index {
    /// Splits every article into sentences and indexes their content terms (with the broader
    /// keys and name parts they also match on). The keys are those of the full analysis
    /// (`analyze::index_terms`), worked out by the allocation-light `index_keys`.
    pub fn build(corpus: &Corpus) -> Index {
        let mut sentences = Vec::new();
        let mut keys = IndexKeys::new();
        for (ai, article) in corpus.articles.iter().enumerate() {
            for s in segment::sentences(&article.text) {
                keys.add(&article.text[s.start..s.end], sentences.len() as u32);
                sentences.push(SentenceRef { article: ai as u32, start: s.start as u32, end: s.end as u32, part: s.part });
            }
        }
        let (postings, common) = keys.finish();
        let n = idf_population(sentences.len());
        Index { sentences, postings, common, n, df: None, vocabulary: Default::default() }
    }

    /// An index from its stored parts (see `store`).
    pub fn from_parts(sentences: Vec<SentenceRef>, postings: Vec<(String, Vec<u32>)>, common: Vec<String>) -> Index {
        let n = idf_population(sentences.len());
        Index { sentences, postings: postings.into_iter().collect(), common: common.into_iter().collect(), n, df: None, vocabulary: Default::default() }
    }

    /// Is the corpus an archive, more sentences than one passage has (more than
    /// [`IDF_MIN_SENTENCES`])? A partial index counts its whole archive.
    pub fn is_archive(&self) -> bool {
        self.n > IDF_MIN_SENTENCES as f32
    }

    /// Is the corpus one short passage: one article of at most [`IDF_MIN_SENTENCES`]
    /// sentences, the evidence chosen for a claim? (Never a sharded archive's partial index.)
    pub fn is_one_passage(&self) -> bool {
        self.df.is_none() && !self.is_archive() && self.sentences.iter().all(|r| r.article == 0)
    }

    /// A partial index: some articles of a larger corpus of `total_sentences`, with the whole
    /// corpus's sentence counts `df` of the keys a claim looks up (see `shards`). It has no
    /// vocabulary for spelling suggestions: that would need every key of the corpus.
    pub fn partial(
        sentences: Vec<SentenceRef>,
        postings: Vec<(String, Vec<u32>)>,
        common: Vec<String>,
        total_sentences: usize,
        df: Vec<(String, u32)>,
    ) -> Index {
        let mut index = Index::from_parts(sentences, postings, common);
        index.n = idf_population(total_sentences);
        index.df = Some(df);
        index.vocabulary = std::sync::OnceLock::from(crate::retrieve::spelling::Vocabulary::default());
        index
    }

    /// Number of sentences of the whole corpus containing `key` (for a partial index, not only
    /// of the loaded part).
    pub fn df(&self, key: &str) -> usize {
        match &self.df {
            // (A claim's few keys: a list is enough, and adds no hash table to the wasm.)
            Some(df) => df.iter().find(|(k, _)| k == key).map_or(0, |(_, n)| *n as usize),
            None => self.postings(key).len(),
        }
    }

    /// Does the corpus use this key as an ordinary lowercase word?
    pub fn is_common(&self, key: &str) -> bool {
        self.common.contains(key)
    }

    /// Every key with its sentences (for storing the index).
    pub fn all_postings(&self) -> impl Iterator<Item = (&String, &Vec<u32>)> {
        self.postings.iter()
    }

    /// The corpus's vocabulary for spelling suggestions (built once, on first use).
    pub fn vocabulary(&self) -> &crate::retrieve::spelling::Vocabulary {
        self.vocabulary.get_or_init(|| crate::retrieve::spelling::Vocabulary::of(self))
    }

    /// Sentences containing `key`.
    pub fn postings(&self, key: &str) -> &[u32] {
        self.postings.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Inverse document frequency of a key over sentences; unseen keys weigh the most.
    pub fn idf(&self, key: &str) -> f32 {
        idf(self.n, self.df(key))
    }

    /// The article a sentence belongs to.
    pub fn article_of(&self, id: usize) -> usize {
        self.sentences[id].article as usize
    }

    /// The sentence before `id` in the same article.
    pub fn previous(&self, id: usize) -> Option<usize> {
        let prev = id.checked_sub(1)?;
        (self.sentences[prev].article == self.sentences[id].article).then_some(prev)
    }

    /// The sentence after `id` in the same article.
    pub fn next(&self, id: usize) -> Option<usize> {
        let next = id + 1;
        (self.sentences.get(next)?.article == self.sentences[id].article).then_some(next)
    }

    /// The text of sentence `id`.
    pub fn text<'a>(&self, corpus: &'a Corpus, id: usize) -> &'a str {
        let r = self.sentences[id];
        &corpus.articles[r.article as usize].text[r.start as usize..r.end as usize]
    }

    /// The utterance of sentence `id`, from `seen` or analysed now (and kept there).
    fn utterance<'s>(&self, corpus: &Corpus, id: usize, seen: &'s mut Seen) -> &'s Rc<Utterance> {
        let at = match seen.0.binary_search_by_key(&id, |e| e.0) {
            Ok(at) => at,
            Err(at) => {
                seen.0.insert(at, (id, Rc::new(Utterance::new(self.text(corpus, id)))));
                at
            }
        };
        &seen.0[at].1
    }

    /// Analyses sentence `id` fully, resolving pronoun speakers ("he said") from the sentences
    /// before it. `seen` keeps what one check has analysed, so no sentence is analysed twice.
    pub fn sentence(&self, corpus: &Corpus, id: usize, seen: &mut Seen) -> IndexedSentence {
        let r = self.sentences[id];
        let utterance = Rc::clone(self.utterance(corpus, id, seen));
        let a = &utterance.analysed;
        let mut speaker_names = Vec::new();
        let mut speaker_keys = Vec::new();
        for at in &utterance.attributions {
            let resolved = match at.speaker {
                Some(range) if speaker::is_pronoun(a, range) => self.earlier_speaker(corpus, id, seen, None),
                Some(range) => {
                    let (name, mut keys) = named_speaker(a, &utterance.text, range);
                    self.describe(corpus, id, seen, a, range, &mut keys);
                    Some((name, keys))
                }
                None => None,
            };
            speaker_names.push(resolved.as_ref().map(|r| r.0.clone()));
            speaker_keys.push(resolved.map(|r| r.1).unwrap_or_default());
        }
        let pronoun = a.tokens.iter().position(|t| lexicon().is(WordClass::PersonPronoun, &t.norm));
        let referent = pronoun.and_then(|p| self.earlier_speaker(corpus, id, seen, None).map(|(_, keys)| (p, keys)));
        IndexedSentence {
            referent,
            article: r.article as usize,
            published: corpus.articles[r.article as usize].date.clone(),
            start: r.start as usize,
            end: r.end as usize,
            part: r.part,
            utterance,
            speaker_names,
            speaker_keys,
        }
    }

    /// The person a speaker described by role stands for ("the French leader" for "French
    /// President Emmanuel Macron" a few sentences before): the keys of the last speaker or
    /// opening name before sentence `id` that holds the description's proper word ("French")
    /// and its role in its title, added to `keys`; nothing for any other speaker. Only a
    /// description of "the", proper words and the role, ending in the role: not "the president
    /// of Azerbaijan", nor "the spokesman for the French president", who is someone else.
    fn describe(&self, corpus: &Corpus, id: usize, seen: &mut Seen, a: &TextAnalysis, (f, l): (usize, usize), keys: &mut Vec<String>) {
        if a.tokens[f].norm != "the" || a.tokens[l].capitalized {
            return;
        }
        let (mut proper, mut roles) = (None, Vec::new());
        for (i, t) in a.tokens.iter().enumerate().take(l + 1).skip(f + 1).filter(|(_, t)| t.is_word()) {
            let Some(term) = a.terms.iter().find(|x| x.content && x.first <= i && i <= x.last) else { return };
            if t.capitalized {
                proper = proper.or(Some(&term.key));
            } else {
                roles.push(t.norm.as_str());
            }
        }
        if let Some((_, mut more)) = proper.and_then(|k| self.earlier_speaker(corpus, id, seen, Some((k, &roles)))) {
            keys.append(&mut more);
        }
    }

    /// The last named speaker in the few sentences before `id`; with `want` (a proper word's key
    /// and role words), the last full name that holds both, up to [`DESCRIPTION_LOOKBACK`]
    /// sentences back ([`Index::describe`]).
    fn earlier_speaker(&self, corpus: &Corpus, id: usize, seen: &mut Seen, want: Option<(&String, &[&str])>) -> Option<(String, Vec<String>)> {
        let mut at = id;
        for _ in 0..if want.is_some() { DESCRIPTION_LOOKBACK } else { PRONOUN_LOOKBACK } {
            at = self.previous(at)?;
            let u = Rc::clone(self.utterance(corpus, at, seen));
            let a = &u.analysed;
            // Prefer a speaker with a full name ("Foreign Minister Sergey Lavrov" over "his
            // ministry"), else the last one named.
            let speakers: Vec<(usize, usize)> = u.attributions.iter().filter_map(|a| a.speaker).filter(|&r| !speaker::is_pronoun(a, r)).collect();
            let capitals = |(f, l): (usize, usize)| (f..=l).filter(|&i| a.tokens[i].capitalized).count();
            let named = speakers.iter().copied().find(|&r| capitals(r) >= 2).or_else(|| speakers.last().copied());
            // No one reported anything there: the person it opens with is who "he" most likely
            // is ("French President Emmanuel Macron, …, hit back … . He said …").
            let Some(range) = named.or_else(|| opening_name(a)) else { continue };
            let (name, mut keys) = named_speaker(a, &u.text, range);
            match want {
                // (Not another description; and the role in the title: "the French president"
                // is not "French Foreign Minister Jean Barrot", "the French ambassador" not
                // Macron. A "leader" is a head of state or government.)
                Some((k, roles)) => {
                    let title = |r: &&str| {
                        (range.0..=range.1).any(|i| a.tokens[i].norm == *r || (*r == "leader" && LEADER_TITLES.contains(&a.tokens[i].norm.as_str())))
                    };
                    if a.tokens[range.0].norm == "the" || !keys.contains(k) || !roles.iter().all(title) {
                        continue;
                    }
                }
                // ("the French leader added …", then "he said": him.)
                None => self.describe(corpus, at, seen, a, range, &mut keys),
            }
            return Some((name, keys));
        }
        None
    }
}

/// A run of two or more capitalised words opening a sentence: its subject's name.
fn opening_name(a: &TextAnalysis) -> Option<(usize, usize)> {
    let first = a.tokens.iter().position(|t| t.is_word())?;
    let mut last = first;
    while a.tokens.get(last + 1).is_some_and(|t| t.is_word() && t.capitalized) {
        last += 1;
    }
    (last > first && a.tokens[first].capitalized).then_some((first, last))
}

/// A speaker's name as written and its content keys.
fn named_speaker(a: &TextAnalysis, text: &str, (f, l): (usize, usize)) -> (String, Vec<String>) {
    let keys = a.terms.iter().filter(|t| t.content && t.first >= f && t.last <= l).flat_map(|t| std::iter::once(t.key.clone()).chain(t.also.clone())).collect();
    (a.span(text, f, l).to_string(), keys)
}

/// A denial whose object is an earlier statement ("this", "the report", "denied claims
/// that"), a sentence calling an earlier statement false ("This is false", "The claim is
/// not true"), or one saying it could not be confirmed ("It was not possible to independently
/// confirm the report").
pub fn points_back(a: &TextAnalysis) -> bool {
    use crate::text::lexicon::Cue;
    // (The report noun may follow a determiner, "confirm the report", or be its subject: "The
    // claim could not be verified".)
    if a.unconfirmed().is_some_and(|(f, l)| names_report(a, l + 1) || a.tokens[f.saturating_sub(3)..f].iter().any(is_report_noun)) {
        return true;
    }
    // The anaphor must be the denial's object or subject: "denied this", "denied claims that",
    // "This was denied by", "The report has been denied" — not any "that" in the sentence; and
    // the subject of what calls it false.
    // (Not where the sentence first reports something of its own: "Armenia claims one of its
    // jets was shot down …, but the report has been denied" answers its own report. A report
    // verb right before, "Turkey said the report was false", says who calls it false.)
    a.cues.iter().filter(|c| matches!(c.kind, Cue::Denial | Cue::Falsity)).any(|d| {
        if a.cues.iter().any(|c| c.kind == Cue::Report && c.last + 4 < d.first) {
            return false;
        }
        // A falsity word is about the anaphor only as its predicate ("this is false", "that is
        // a myth"), not "said that false alarms …", and not negated ("it is no myth").
        let predicate = |c: &&crate::text::analyze::CueHit| {
            a.tokens[c.last + 1..d.first].iter().all(|t| lexicon().is(WordClass::PassiveBe, &t.norm) || lexicon().is(WordClass::Determiner, &t.norm))
        };
        let subject =
            a.cues.iter().filter(|c| c.kind == Cue::Anaphor && c.last < d.first && c.last + 4 >= d.first).any(|c| d.kind == Cue::Denial || predicate(&c));
        let object = d.kind == Cue::Denial
            && (a.tokens.get(d.last + 1).is_some_and(|t| lexicon().is(WordClass::ReportNoun, &t.norm))
                || a.cues.iter().any(|c| c.kind == Cue::Anaphor && c.first > d.last && c.first <= d.last + 2));
        subject || object
    })
}

fn is_report_noun(t: &crate::text::token::Token) -> bool {
    lexicon().is(WordClass::ReportNoun, &t.norm)
}

/// Is a report noun at token `at` or right after it, a determiner before it ("the report",
/// "claims that")? (Both tokens must be there.)
fn names_report(a: &TextAnalysis, at: usize) -> bool {
    a.tokens.get(at..at + 2).is_some_and(|w| w.iter().any(is_report_noun))
}

/// Does the sentence deny a report named as such right after its word of denial ("denied the
/// report", "rejected claims")? (A claim that a report was verified is answered by this, not by
/// "denied this", which may answer a report of something else.)
pub fn denies_the_report(a: &TextAnalysis) -> bool {
    a.cues.iter().any(|d| d.kind == crate::text::lexicon::Cue::Denial && names_report(a, d.last + 1))
}

/// A denial of an earlier statement named as such, with what it said: "denied claims that
/// the shootdown had anything to do with a Turkish jet" — not negated ("did not deny claims
/// that"). Only this form answers a report a sentence further back ("the report has been
/// denied" may answer its own sentence). Returns where "that" stands.
pub fn denied_report(a: &TextAnalysis) -> Option<usize> {
    use crate::text::lexicon::Cue;
    let is = |i: usize, c: WordClass| a.tokens.get(i).is_some_and(|t| lexicon().is(c, &t.norm));
    a.cues
        .iter()
        .find(|d| {
            d.kind == Cue::Denial
                && is(d.last + 1, WordClass::ReportNoun)
                && a.tokens.get(d.last + 2).is_some_and(|t| t.norm == "that")
                && !a.cues.iter().any(|c| matches!(c.kind, Cue::Negation | Cue::Failure) && c.last < d.first && d.first <= c.last + 3)
        })
        .map(|d| d.last + 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;

    fn corpus() -> Corpus {
        let a = |id: &str, text: &str| Article { id: id.into(), title: "T".into(), text: text.into(), ..Default::default() };
        Corpus::new(vec![
            a("a", "Turkey sent fighters to the region. Foreign Minister Sergey Lavrov spoke on Monday. He said the report was false."),
            a("b", "The storm hit the coast of Florida on Monday."),
        ])
        .unwrap()
    }

    #[test]
    fn tokens_and_cues_tell_a_denial_that_points_back_as_the_full_analysis_does() {
        // find_evidence decides from the light analysis which neighbours to analyse fully.
        for s in [
            "Turkey and Azerbaijan have denied this.",
            "The report has been denied by Ankara.",
            "This was denied by the ministry on Monday.",
            "Ankara denied claims that it sent fighters.",
            "Turkey denied sending fighters to the region.",
            "The ministry said the talks would resume.",
            "He did not deny it.",
            "It was not possible to independently confirm the report.",
        ] {
            let (light, full) = (crate::text::analyze::tokens_and_cues(s), crate::text::analyze::analyse(s));
            assert_eq!(points_back(&light), points_back(&full), "{s}");
        }
        assert!(points_back(&crate::text::analyze::tokens_and_cues("Turkey and Azerbaijan have denied this.")));
        // A report of the sentence's own is what its denial answers; a report verb right
        // before says who denies.
        assert!(!points_back(&crate::text::analyze::tokens_and_cues(
            "Armenia claims one of its jets was shot down by a Turkish jet on Tuesday, but the report has been denied by Turkish officials."
        )));
        assert!(points_back(&crate::text::analyze::tokens_and_cues("The report has been denied by Turkish officials.")));
        assert!(points_back(&crate::text::analyze::tokens_and_cues("Turkey said the report was false.")));
        assert!(!points_back(&crate::text::analyze::tokens_and_cues("Turkey denied sending fighters to the region.")));
        // Saying the report could not be confirmed is about the report before it …
        assert!(points_back(&crate::text::analyze::tokens_and_cues("It was not possible to independently confirm the report.")));
        // … confirming it is not.
        assert!(!points_back(&crate::text::analyze::tokens_and_cues("Officials later confirmed the report.")));
    }

    #[test]
    fn postings_list_the_sentences_of_each_key_in_order() {
        let index = Index::build(&corpus());
        assert_eq!(index.sentences.len(), 4);
        assert_eq!(index.postings("turkey"), [0]);
        assert_eq!(index.postings("monday"), [1, 3], "keys are lowercased, sentences in corpus order");
        assert!(index.postings("the").is_empty(), "stop words are not indexed");
    }

    /// The index as it was built before `index_keys`: every sentence analysed in full
    /// (`index_terms`), its content terms' keys posted. The fast path must give exactly this.
    fn reference_postings(corpus: &Corpus) -> (Vec<(String, Vec<u32>)>, Vec<String>) {
        let mut postings: HashMap<String, Vec<u32>> = HashMap::default();
        let mut common = rustc_hash::FxHashSet::default();
        let mut id = 0u32;
        for article in &corpus.articles {
            for s in segment::sentences(&article.text) {
                let (tokens, terms) = crate::text::analyze::index_terms(&article.text[s.start..s.end]);
                for t in terms.iter().filter(|t| t.content && t.place.is_none()) {
                    if tokens[t.first].norm.starts_with(char::is_alphabetic) && !tokens[t.first].capitalized {
                        common.insert(t.key.clone());
                    }
                }
                let mut keys: Vec<&str> = terms
                    .iter()
                    .filter(|t| t.content)
                    .flat_map(|t| std::iter::once(t.key.as_str()).chain(t.also.as_deref()).chain(t.parts.iter().map(String::as_str)))
                    .collect();
                keys.sort_unstable();
                keys.dedup();
                for k in keys {
                    postings.entry(k.to_string()).or_default().push(id);
                }
                id += 1;
            }
        }
        let mut postings: Vec<_> = postings.into_iter().collect();
        postings.sort();
        let mut common: Vec<_> = common.into_iter().collect();
        common.sort();
        (postings, common)
    }

    fn fast_postings(index: &Index) -> (Vec<(String, Vec<u32>)>, Vec<String>) {
        let mut postings: Vec<_> = index.all_postings().map(|(k, v)| (k.clone(), v.clone())).collect();
        postings.sort();
        let mut common: Vec<_> = postings.iter().map(|(k, _)| k.clone()).filter(|k| index.is_common(k)).collect();
        common.sort();
        (postings, common)
    }

    #[test]
    fn the_fast_index_has_the_keys_of_the_full_analysis() {
        let texts = [
            // Places, capitals, demonyms, aliases, multi-word names and their parts.
            "Turkish President Recep Tayyip Erdogan met officials in Ankara and Gaziantep. The U.S. and the United States of America denied it; the UN and the European Union did not.",
            "Fighting in Nagorno-Karabakh and Nagorny Karabakh spread as Azeri and Armenian forces clashed near Stepanakert. Azerbaijan's army said the Kremlin in Moscow was told.",
            "NEW YORK (Reuters) – New York City officials and new york residents said the White House and Hong Kong were silent. Kim Jong-un visited north korea's capital Pyongyang.",
            // Lower case everywhere: names without capitals count; short names still need them.
            "we flew from turkey to the us and the un said nothing about turkey or nagorno-karabakh.\nsend us help, said the un-named official in washington.",
            // Synonym phrases, plural phrases, hypernyms, inflections, stop words, cue words.
            "Fighter jets and a fighter jet were sent; mercenaries, militants and warplanes were sending reports. He didn't say it wasn't raised or reduced.",
            // Numbers, identifiers, hyphens, acronyms, contractions, possessives.
            "About 4,000 troops, 2.5 million people and 1991-94 figures: an F-16 and SU-25s hit COVID-19 wards. The ministers' and the minister's well-known e.g. claims. Don't, can't, won't, shan't, they're, we've, I'd, I'm, she'll. n't 's",
            // Unicode: curly quotes, dashes, accents, non-Latin scripts, final sigma, zero-width and bidi marks, backticks.
            "“Ankara’s” ‘warlike’ manner — said Macron’s office in Zürich and São Paulo — ΟΔΥΣΣΕΥΣ and Αθήνα. de\u{200B}nied \u{202E}Turkey ``quoted'' İstanbul’s Straße; Kyiv–Moscow talks.",
            "Photo: EPA-EFE/OLIVIER HOSLET / POOL\nMr. John F. Kennedy and Sept. 29 shootdown in Washington, D.C. on Monday. SYRIA Syria syria SYRIAN.",
            "A one-line headline without any full stop in Paris and Berlin\nX-rays, the pro-Russian, anti-war, Russian-backed, al-Qaeda-linked and Islamic State–held areas. ISIS, IS, Isis.",
        ];
        let articles =
            texts.iter().enumerate().map(|(i, t)| Article { id: i.to_string(), title: "T".into(), text: t.to_string(), ..Default::default() }).collect();
        for corpus in [Corpus::new(articles).unwrap(), Corpus::bundled()] {
            let (postings, common) = fast_postings(&Index::build(&corpus));
            let (want_postings, want_common) = reference_postings(&corpus);
            assert!(postings.len() > 50 && !common.is_empty());
            assert_eq!(postings, want_postings);
            assert_eq!(common, want_common);
        }
    }

    #[test]
    fn neighbours_stay_inside_their_article() {
        let index = Index::build(&corpus());
        assert_eq!(index.previous(1), Some(0));
        assert_eq!(index.next(2), None, "sentence 3 belongs to the next article");
        assert_eq!(index.previous(3), None);
        assert_eq!(index.article_of(3), 1);
    }

    #[test]
    fn rarer_keys_weigh_more_and_unseen_keys_most_in_a_corpus_large_enough_to_say() {
        let index = Index::build(&corpus());
        assert!(index.idf("turkey") > index.idf("monday"));
        // A corpus this small cannot say a word is rarer than "once": an unseen word weighs
        // as a word said once. In a larger corpus it weighs the most.
        assert_eq!(index.idf("unseenword"), index.idf("turkey"));
        let n = idf_population(1000);
        assert!(idf(n, 0) > idf(n, 1) && idf(n, 1) > idf(n, 2));
        let n = idf_population(3);
        assert_eq!(idf(n, 0), idf(n, 1));
    }

    #[test]
    fn a_pronoun_speaker_is_resolved_from_the_sentences_before() {
        let c = corpus();
        let index = Index::build(&c);
        let s = index.sentence(&c, 2, &mut Default::default());
        assert_eq!(s.speaker_names, [Some("Foreign Minister Sergey Lavrov".to_string())]);
    }

    #[test]
    fn a_speaker_described_by_role_stands_for_the_name_before_it() {
        let text = "French President Emmanuel Macron spoke to reporters on Tuesday. \
            \"We will not accept this,\" the French leader added. \
            \"The red line has been crossed,\" he said. \
            \"Talks must resume,\" the German leader said.";
        let c = Corpus::new(vec![Article { id: "a".into(), title: "T".into(), text: text.into(), ..Default::default() }]).unwrap();
        let index = Index::build(&c);
        let mut seen = Default::default();
        let keys = |id: usize, seen: &mut Seen| index.sentence(&c, id, seen).speaker_keys.concat();
        // The description's own words stay; the name is added, and "he" after it gets it too.
        assert!(keys(1, &mut seen).contains(&"macron".to_string()), "{:?}", keys(1, &mut seen));
        assert!(keys(2, &mut seen).contains(&"macron".to_string()), "{:?}", keys(2, &mut seen));
        // Another nationality's leader is not him.
        assert!(!keys(3, &mut seen).contains(&"macron".to_string()), "{:?}", keys(3, &mut seen));
        let referent = index.sentence(&c, 2, &mut seen).referent.map(|r| r.1).unwrap_or_default();
        assert!(referent.contains(&"macron".to_string()), "{referent:?}");
        // Nor another role of his nation, an institution, or someone speaking for him; the
        // role must be in the title ("the Russian leader" is the president, not the foreign
        // minister named after him), and a second description reaches the name too.
        let text = "French President Emmanuel Macron spoke on Tuesday. \
            Russian President Vladimir Putin met him. \
            Russian Foreign Minister Sergey Lavrov said talks would resume. \
            \"This must stop,\" the French ambassador said. \
            \"This must stop,\" the French foreign ministry said. \
            \"This must stop,\" the spokesman for the French president said. \
            \"This must stop,\" the Russian leader said. \
            \"This must stop,\" the French leader said. \
            \"It will stop,\" the French leader added.";
        let c = Corpus::new(vec![Article { id: "a".into(), title: "T".into(), text: text.into(), ..Default::default() }]).unwrap();
        let index = Index::build(&c);
        let mut seen = Default::default();
        let keys = |id: usize, seen: &mut Seen| index.sentence(&c, id, seen).speaker_keys.concat();
        for id in 3..=5 {
            assert!(!keys(id, &mut seen).contains(&"macron".to_string()), "{id}: {:?}", keys(id, &mut seen));
        }
        assert!(keys(6, &mut seen).contains(&"putin".to_string()), "{:?}", keys(6, &mut seen));
        assert!(!keys(6, &mut seen).contains(&"lavrov".to_string()), "{:?}", keys(6, &mut seen));
        assert!(keys(8, &mut seen).contains(&"macron".to_string()), "{:?}", keys(8, &mut seen));
    }
}
