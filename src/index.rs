//! The index: every evidence sentence of every article, analysed once, with an inverted index
//! from term keys to sentences and IDF weights over sentences.

use crate::analyze::{analyse, Analysed};
use crate::corpus::Corpus;
use crate::numbers::{self, Date, Quantity};
use crate::segment::{self, Part};
use crate::speaker::{self, Attribution};
use rustc_hash::FxHashMap as HashMap;

pub struct IndexedSentence {
    pub article: usize,
    /// Byte range in the article text.
    pub start: usize,
    pub end: usize,
    pub part: Part,
    /// The sentence itself (token offsets are relative to it).
    pub text: String,
    /// Analysis of the sentence text (token offsets relative to `start`).
    pub analysed: Analysed,
    pub attributions: Vec<Attribution>,
    /// Speaker names after pronoun resolution, per attribution (same order).
    pub speaker_names: Vec<Option<String>>,
    /// Content keys of each resolved speaker (same order).
    pub speaker_keys: Vec<Vec<String>>,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<Date>,
}

pub struct Index {
    pub sentences: Vec<IndexedSentence>,
    /// Sentences that deny something they point back to ("… have denied this").
    pub back_denials: Vec<u32>,
    postings: HashMap<String, Vec<u32>>,
    /// Number of sentences.
    n: f32,
}

impl Index {
    pub fn build(corpus: &Corpus) -> Index {
        let mut sentences = Vec::new();
        let mut postings: HashMap<String, Vec<u32>> = HashMap::default();
        for (ai, article) in corpus.articles.iter().enumerate() {
            // The last named speaker, for "he said".
            let mut last_speaker: Option<(String, Vec<String>)> = None;
            for s in segment::sentences(&article.text) {
                let text = &article.text[s.start..s.end];
                let analysed = analyse(text);
                let attributions = speaker::attributions(&analysed);
                let (quantities, dates) = numbers::extract(&analysed);
                let mut speaker_names = Vec::new();
                let mut speaker_keys = Vec::new();
                for at in &attributions {
                    let resolved = match at.speaker {
                        Some(r) if speaker::is_pronoun(&analysed, r) => last_speaker.clone(),
                        Some((f, l)) => {
                            let keys = analysed.terms.iter().filter(|t| t.content && t.first >= f && t.last <= l).flat_map(|t| std::iter::once(t.key.clone()).chain(t.also.clone())).collect();
                            let named = (analysed.span(text, f, l).to_string(), keys);
                            last_speaker = Some(named.clone());
                            Some(named)
                        }
                        None => None,
                    };
                    speaker_names.push(resolved.as_ref().map(|r| r.0.clone()));
                    speaker_keys.push(resolved.map(|r| r.1).unwrap_or_default());
                }
                let id = sentences.len() as u32;
                let mut keys: Vec<&str> = analysed
                    .terms
                    .iter()
                    .filter(|t| t.content)
                    .flat_map(|t| std::iter::once(t.key.as_str()).chain(t.also.as_deref()).chain(t.parts.iter().map(String::as_str)))
                    .collect();
                keys.sort_unstable();
                keys.dedup();
                for k in keys {
                    postings.entry(k.to_string()).or_default().push(id);
                }
                sentences.push(IndexedSentence {
                    article: ai,
                    start: s.start,
                    end: s.end,
                    part: s.part,
                    text: text.to_string(),
                    analysed,
                    attributions,
                    speaker_names,
                    speaker_keys,
                    quantities,
                    dates,
                });
            }
        }
        let n = sentences.len().max(1) as f32;
        let back_denials = (0..sentences.len() as u32).filter(|&i| points_back(&sentences[i as usize].analysed)).collect();
        Index { sentences, back_denials, postings, n }
    }

    /// Sentences containing `key`.
    pub fn postings(&self, key: &str) -> &[u32] {
        self.postings.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Inverse document frequency of a key over sentences; unseen keys weigh the most.
    pub fn idf(&self, key: &str) -> f32 {
        let df = self.postings(key).len() as f32;
        (1.0 + (self.n - df + 0.5) / (df + 0.5)).ln()
    }

    /// The sentence before `id` in the same article.
    pub fn previous(&self, id: usize) -> Option<&IndexedSentence> {
        let prev = self.sentences.get(id.checked_sub(1)?)?;
        (prev.article == self.sentences[id].article).then_some(prev)
    }
}

/// A denial whose object is an earlier statement: "this", "the report", "denied claims that".
fn points_back(a: &Analysed) -> bool {
    use crate::lexicon::Cue;
    // The anaphor must be the denial's object or subject: "denied this", "denied claims that",
    // "This was denied by", "The report has been denied" — not any "that" in the sentence.
    a.cues.iter().filter(|c| c.kind == Cue::Denial).any(|d| {
        let object = a.tokens.get(d.last + 1).is_some_and(|t| crate::matcher::is_report_noun(&t.norm));
        object
            || a.cues.iter().any(|c| {
                c.kind == Cue::Anaphor && ((c.first > d.last && c.first <= d.last + 2) || (c.last < d.first && c.last + 4 >= d.first))
            })
    })
}
