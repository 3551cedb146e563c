//! Feature extraction for a (headline, body) pair. Everything here is pure computation over
//! `&str` (no I/O), so the browser computes exactly the features the model was trained on.
//!
//! The text pipeline is self-contained on purpose — a lowercase word tokenizer, a fixed stop
//! list and the Snowball English stemmer — so that the shipped weights stay valid while the
//! claim-matching pipeline (`crate::text`, `crate::text::analyze`) evolves. Changing anything here
//! that alters feature values must bump [`FEATURE_VERSION`] and retrain.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// Version of the feature definitions; stored in the model file and checked on load.
pub const FEATURE_VERSION: u32 = 1;

/// Cue classes, counted per token.
pub const NCUE: usize = 5;
/// The cue classes' names as `data/fnc_cues.tsv` writes them, in class order.
pub const CUE_NAMES: [&str; NCUE] = ["negation", "denial", "falsity", "hedge", "assertion"];
const NEG: usize = 0;
const DENY: usize = 1;
const FALSE_: usize = 2;
#[cfg(test)]
const HEDGE: usize = 3;
const ASSERT: usize = 4;

/// The cue class of a word (`data/fnc_cues.tsv`): one of NEG, DENY, FALSE_, HEDGE, ASSERT.
fn cue_class(w: &str) -> Option<usize> {
    static CUES: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut m = HashMap::default();
        for line in include_str!(concat!(env!("OUT_DIR"), "/data/fnc_cues.tsv")).lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let Some((word, class)) = line.split_once('\t') else { continue };
            // Unknown classes are skipped (a test checks the file has none).
            if let Some(class) = CUE_NAMES.iter().position(|&c| c == class.trim()) {
                m.entry(word.trim()).or_insert(class);
            }
        }
        m
    })
    .get(w)
    .copied()
}

fn is_stop(w: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        include_str!(concat!(env!("OUT_DIR"), "/data/fnc_stopwords.txt"))
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(str::trim)
            .collect()
    })
    .contains(w)
}

fn stemmer() -> &'static Stemmer {
    static S: OnceLock<Stemmer> = OnceLock::new();
    S.get_or_init(|| Stemmer::create(Algorithm::English))
}

pub use crate::binfmt::fnv;

fn mix(a: u64, b: u64) -> u64 {
    let mut h = a ^ b.rotate_left(29) ^ 0x9e3779b97f4a7c15;
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h
}

/// A word of the text: lowercased surface form, whether it is a number, its sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// The word lowercased ("n't" split off as "not", "'s" and other endings after an
    /// apostrophe dropped).
    pub lower: String,
    /// Made only of digits (with `,` or `.` between them).
    pub number: bool,
    /// Index of its sentence in the text, from 0.
    pub sent: u32,
}

/// Lowercase word tokenizer. Splits on anything that is not a letter or digit, keeps
/// apostrophes inside words (then splits "n't" into "not" and drops "'s"), joins digits
/// across `,` and `.` ("4,000", "2.5"), and starts a new sentence after `.`, `!`, `?` followed
/// by a space, and at line breaks. Returns the words and whether the text has a `?`.
pub fn words(text: &str) -> (Vec<Word>, bool) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut sent = 0u32;
    let mut question = false;
    let mut i = 0;
    let mut pending_break = false;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() {
            if pending_break && !out.is_empty() {
                sent += 1;
            }
            pending_break = false;
            let mut w = String::new();
            let mut j = i;
            let mut digits_only = true;
            while j < chars.len() {
                let cj = chars[j];
                if cj.is_alphanumeric() {
                    if !cj.is_ascii_digit() {
                        digits_only = false;
                    }
                    w.extend(cj.to_lowercase());
                    j += 1;
                    continue;
                }
                let next_alnum = chars.get(j + 1).is_some_and(|n| n.is_alphanumeric());
                if (cj == '\'' || cj == '\u{2019}') && next_alnum && !digits_only {
                    w.push('\'');
                    j += 1;
                    continue;
                }
                if (cj == ',' || cj == '.') && digits_only && chars.get(j + 1).is_some_and(|n| n.is_ascii_digit()) {
                    if cj == '.' {
                        w.push('.');
                    }
                    j += 1;
                    continue;
                }
                break;
            }
            i = j;
            if let Some(base) = w.strip_suffix("n't") {
                let base = match base {
                    "ca" => "can",
                    "wo" => "will",
                    "sha" => "shall",
                    b => b,
                };
                if !base.is_empty() {
                    out.push(Word { lower: base.to_string(), number: false, sent });
                }
                out.push(Word { lower: "not".into(), number: false, sent });
                continue;
            }
            let w = match w.find('\'') {
                Some(p) => w[..p].to_string(),
                None => w,
            };
            if !w.is_empty() {
                out.push(Word { lower: w, number: digits_only, sent });
            }
            continue;
        }
        match c {
            '?' => {
                question = true;
                pending_break = true;
            }
            '!' | '\n' => pending_break = true,
            '.' if chars.get(i + 1).is_none_or(|n| n.is_whitespace() || *n == '"' || *n == '\u{201D}') => pending_break = true,
            _ => {}
        }
        i += 1;
    }
    (out, question)
}

/// The lookup tables a model carries: the TF vocabulary and a hashed IDF table.
#[derive(Debug, Clone)]
pub struct Tables {
    /// The vocabulary's stems; a stem's position is its TF input.
    pub vocab: Vec<String>,
    vocab_index: HashMap<u64, u32>,
    /// IDF per hash bucket, quantized: idf = q * idf_scale.
    pub idf_q: Vec<u8>,
    /// Turns a quantized IDF back into a value.
    pub idf_scale: f32,
}

impl Tables {
    /// Tables from a vocabulary and a quantized IDF table; the vocabulary is indexed by hash.
    pub fn new(vocab: Vec<String>, idf_q: Vec<u8>, idf_scale: f32) -> Tables {
        let vocab_index = vocab.iter().enumerate().map(|(i, w)| (fnv(w.as_bytes()), i as u32)).collect();
        Tables { vocab, vocab_index, idf_q, idf_scale }
    }
    /// The IDF of a term hash: its bucket's value, or 1 when the table is empty.
    pub fn idf(&self, h: u64) -> f32 {
        if self.idf_q.is_empty() {
            return 1.0;
        }
        self.idf_q[(h % self.idf_q.len() as u64) as usize] as f32 * self.idf_scale
    }
    fn vocab_id(&self, h: u64) -> Option<u32> {
        self.vocab_index.get(&h).copied()
    }
}

/// Stems of the content words of a text, for building the vocabulary and document
/// frequencies at training time.
pub fn content_stems(text: &str) -> Vec<String> {
    words(text).0.into_iter().filter(|w| !is_stop(&w.lower)).map(|w| stem_of(&w)).collect()
}

fn stem_of(w: &Word) -> String {
    if w.number {
        return w.lower.replace(',', "");
    }
    // Memoised: stemming dominates preparing a body, and news vocabularies repeat.
    thread_local! {
        // (std's keyed hasher: the keys are words of the text being read.)
        static CACHE: std::cell::RefCell<std::collections::HashMap<String, String>> = Default::default();
    }
    if let Some(s) = CACHE.with(|c| c.borrow().get(&w.lower).cloned()) {
        return s;
    }
    let s = stemmer().stem(&w.lower).into_owned();
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 200_000 {
            c.clear();
        }
        c.insert(w.lower.clone(), s.clone());
    });
    s
}

/// A text analysed once: a headline or a body.
#[derive(Debug, Clone)]
pub struct Doc {
    n_tokens: u32,
    /// Content term hashes in text order, with their word index and sentence.
    terms: Vec<u64>,
    term_tok: Vec<u32>,
    term_sent: Vec<u32>,
    n_sents: u32,
    /// Distinct term hashes, sorted.
    set: Vec<u64>,
    /// TF-IDF vector (sorted by hash, unit length).
    tfidf: Vec<(u64, f32)>,
    /// Per-sentence TF-IDF vectors (unit length) and cue counts.
    sents: Vec<Vec<(u64, f32)>>,
    sent_cues: Vec<[u32; NCUE]>,
    /// Prefix sums of cue counts over words (length n_tokens + 1).
    cue_prefix: Vec<[u32; NCUE]>,
    bigrams: Vec<u64>,
    trigrams: Vec<u64>,
    chargrams: Vec<u64>,
    numbers: Vec<String>,
    /// Vocabulary TF vector, unit length, sorted by index.
    pub(crate) vtf: Vec<(u32, f32)>,
    question: bool,
    quote: bool,
}

fn sorted_dedup(mut v: Vec<u64>) -> Vec<u64> {
    v.sort_unstable();
    v.dedup();
    v
}

fn normalise<K>(v: &mut [(K, f32)]) {
    let n: f32 = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        for (_, x) in v.iter_mut() {
            *x /= n;
        }
    }
}

/// TF-IDF of a list of term hashes: sorted by hash, unit length.
fn tfidf_of(terms: &[u64], t: &Tables) -> Vec<(u64, f32)> {
    let mut s = terms.to_vec();
    s.sort_unstable();
    let mut v: Vec<(u64, f32)> = Vec::new();
    for h in s {
        match v.last_mut() {
            Some((k, c)) if *k == h => *c += 1.0,
            _ => v.push((h, 1.0)),
        }
    }
    for (h, c) in v.iter_mut() {
        *c = (1.0 + c.ln()) * t.idf(*h);
    }
    normalise(&mut v);
    v
}

fn dot(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        if a[i].0 == b[j].0 {
            s += a[i].1 * b[j].1;
            i += 1;
            j += 1;
        } else if a[i].0 < b[j].0 {
            i += 1;
        } else {
            j += 1;
        }
    }
    s
}

fn count_in(a: &[u64], sorted_b: &[u64]) -> usize {
    a.iter().filter(|h| sorted_b.binary_search(h).is_ok()).count()
}

impl Doc {
    /// Analyses a text with the model's tables: words, stems, TF-IDF vectors (whole and per
    /// sentence), n-grams, numbers and cue counts.
    pub fn new(text: &str, t: &Tables) -> Doc {
        let (ws, question) = words(text);
        let quote = text.contains('"') || text.contains('\u{201C}') || text.contains(" '") || text.starts_with('\'');
        let n_sents = ws.last().map(|w| w.sent + 1).unwrap_or(0);
        let mut terms = Vec::new();
        let mut term_tok = Vec::new();
        let mut term_sent = Vec::new();
        let mut cue_prefix = Vec::with_capacity(ws.len() + 1);
        let mut acc = [0u32; NCUE];
        cue_prefix.push(acc);
        let mut sent_cues = vec![[0u32; NCUE]; n_sents as usize];
        let mut numbers = Vec::new();
        let mut chartext = String::new();
        for (i, w) in ws.iter().enumerate() {
            if let Some(c) = cue_class(&w.lower) {
                acc[c] += 1;
                sent_cues[w.sent as usize][c] += 1;
            }
            cue_prefix.push(acc);
            if !chartext.is_empty() {
                chartext.push(' ');
            }
            chartext.push_str(&w.lower);
            if is_stop(&w.lower) {
                continue;
            }
            let s = stem_of(w);
            if w.number {
                numbers.push(s.clone());
            }
            terms.push(fnv(s.as_bytes()));
            term_tok.push(i as u32);
            term_sent.push(w.sent);
        }
        numbers.sort();
        numbers.dedup();
        let set = sorted_dedup(terms.clone());
        let tfidf = tfidf_of(&terms, t);
        let mut sents = Vec::with_capacity(n_sents as usize);
        let mut start = 0;
        for s in 0..n_sents {
            let mut end = start;
            while end < terms.len() && term_sent[end] == s {
                end += 1;
            }
            sents.push(tfidf_of(&terms[start..end], t));
            start = end;
        }
        let bigrams = sorted_dedup(terms.windows(2).map(|w| mix(w[0], w[1])).collect());
        let trigrams = sorted_dedup(terms.windows(3).map(|w| mix(mix(w[0], w[1]), w[2])).collect());
        let cb = chartext.as_bytes();
        let chargrams = sorted_dedup(if cb.len() >= 5 { cb.windows(5).map(fnv).collect() } else { Vec::new() });
        let mut vtf: Vec<(u32, f32)> = Vec::new();
        {
            let mut ids: Vec<u32> = terms.iter().filter_map(|h| t.vocab_id(*h)).collect();
            ids.sort_unstable();
            for id in ids {
                match vtf.last_mut() {
                    Some((k, c)) if *k == id => *c += 1.0,
                    _ => vtf.push((id, 1.0)),
                }
            }
            normalise(&mut vtf);
        }
        Doc {
            n_tokens: ws.len() as u32,
            terms,
            term_tok,
            term_sent,
            n_sents,
            set,
            tfidf,
            sents,
            sent_cues,
            cue_prefix,
            bigrams,
            trigrams,
            chargrams,
            numbers,
            vtf,
            question,
            quote,
        }
    }

    fn cues_total(&self) -> [u32; NCUE] {
        *self.cue_prefix.last().unwrap()
    }

    fn cues_in(&self, from: usize, to: usize) -> [u32; NCUE] {
        let to = to.min(self.n_tokens as usize);
        let from = from.min(to);
        let (a, b) = (self.cue_prefix[from], self.cue_prefix[to]);
        let mut r = [0; NCUE];
        for c in 0..NCUE {
            r[c] = b[c] - a[c];
        }
        r
    }
}

/// Names of the dense pair features, in order (for documentation and debugging).
pub const DENSE_NAMES: &[&str] = &[
    "frac_head_terms_in_body",
    "idf_frac_head_terms_in_body",
    "frac_head_terms_in_lede",
    "tfidf_cosine",
    "max_sentence_cosine",
    "top3_sentence_cosine",
    "bigram_overlap",
    "trigram_overlap",
    "char5_overlap",
    "jaccard",
    "log_head_terms",
    "log_body_terms",
    "vocab_tf_cosine",
    "head_term_density_in_body",
    "max_sentence_coverage",
    "frac_sentences_with_2_head_terms",
    "first_hit_position",
    "head_numbers",
    "frac_head_numbers_in_body",
    "head_number_missing",
    "head_question",
    "head_quote",
    "body_question_rate",
    // 5 cue classes × 5 views, cue-major: head, body rate, near head terms, top sentences, lede.
];

/// Number of dense pair features: the 23 of [`DENSE_NAMES`], 5 per cue class, and 3 more
/// (refutation in headline and body, negation parity, denial against assertion near matches).
pub const N_DENSE: usize = 23 + NCUE * 5 + 3;

fn ln1(x: f32) -> f32 {
    (1.0 + x).ln()
}

/// The dense feature vector of a pair, raw (the model standardises it).
pub fn dense(h: &Doc, b: &Doc, t: &Tables) -> Vec<f32> {
    let mut f = Vec::with_capacity(N_DENSE);
    let hn = h.set.len().max(1) as f32;
    let in_body = count_in(&h.set, &b.set) as f32;
    f.push(in_body / hn);
    let (mut wi, mut wt) = (0.0f32, 0.0f32);
    for x in &h.set {
        let idf = t.idf(*x);
        wt += idf;
        if b.set.binary_search(x).is_ok() {
            wi += idf;
        }
    }
    f.push(if wt > 0.0 { wi / wt } else { 0.0 });
    let lede_end = b.term_sent.iter().position(|&s| s >= 2).unwrap_or(b.terms.len()).min(60);
    let lede = sorted_dedup(b.terms[..lede_end].to_vec());
    f.push(count_in(&h.set, &lede) as f32 / hn);
    f.push(dot(&h.tfidf, &b.tfidf));
    let mut cos: Vec<(f32, usize)> = b.sents.iter().enumerate().map(|(i, s)| (dot(&h.tfidf, s), i)).collect();
    // Highest first; ties keep text order (stable sort), so the result is deterministic.
    cos.sort_by(|a, b| b.0.total_cmp(&a.0));
    f.push(cos.first().map(|c| c.0).unwrap_or(0.0));
    let top3: Vec<f32> = cos.iter().take(3).map(|c| c.0).collect();
    f.push(if top3.is_empty() { 0.0 } else { top3.iter().sum::<f32>() / top3.len() as f32 });
    f.push(if h.bigrams.is_empty() { 0.0 } else { count_in(&h.bigrams, &b.bigrams) as f32 / h.bigrams.len() as f32 });
    f.push(if h.trigrams.is_empty() { 0.0 } else { count_in(&h.trigrams, &b.trigrams) as f32 / h.trigrams.len() as f32 });
    f.push(if h.chargrams.is_empty() { 0.0 } else { count_in(&h.chargrams, &b.chargrams) as f32 / h.chargrams.len() as f32 });
    let union = h.set.len() + b.set.len() - in_body as usize;
    f.push(if union == 0 { 0.0 } else { in_body / union as f32 });
    f.push(ln1(h.set.len() as f32));
    f.push(ln1(b.terms.len() as f32));
    let mut vc = 0.0;
    {
        let (a, c) = (&h.vtf, &b.vtf);
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < c.len() {
            if a[i].0 == c[j].0 {
                vc += a[i].1 * c[j].1;
                i += 1;
                j += 1;
            } else if a[i].0 < c[j].0 {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
    f.push(vc);
    // Body occurrences of headline terms.
    let hit: Vec<bool> = b.terms.iter().map(|x| h.set.binary_search(x).is_ok()).collect();
    let nhit = hit.iter().filter(|&&x| x).count();
    f.push(nhit as f32 / b.terms.len().max(1) as f32);
    let mut per_sent: Vec<Vec<u64>> = vec![Vec::new(); b.n_sents as usize];
    for (i, &x) in hit.iter().enumerate() {
        if x {
            per_sent[b.term_sent[i] as usize].push(b.terms[i]);
        }
    }
    let mut best_cov = 0.0f32;
    let mut two = 0usize;
    for s in per_sent.iter_mut() {
        s.sort_unstable();
        s.dedup();
        best_cov = best_cov.max(s.len() as f32 / hn);
        if s.len() >= 2 {
            two += 1;
        }
    }
    f.push(best_cov);
    f.push(two as f32 / b.n_sents.max(1) as f32);
    f.push(hit.iter().position(|&x| x).map(|p| p as f32 / b.terms.len() as f32).unwrap_or(1.0));
    f.push(ln1(h.numbers.len() as f32));
    let nin = h.numbers.iter().filter(|n| b.numbers.binary_search(n).is_ok()).count();
    f.push(if h.numbers.is_empty() { 0.0 } else { nin as f32 / h.numbers.len() as f32 });
    f.push(if nin < h.numbers.len() { 1.0 } else { 0.0 });
    f.push(h.question as u8 as f32);
    f.push(h.quote as u8 as f32);
    let bq = b.n_sents.max(1) as f32;
    f.push(if b.question { 1.0 / bq } else { 0.0 });
    // Cues.
    let hc = h.cues_total();
    let bc = b.cues_total();
    let bt = b.n_tokens.max(1) as f32;
    // Near headline-term occurrences in the body: fraction of occurrences with a cue within ±6 words.
    let mut near = [0u32; NCUE];
    for (i, &x) in hit.iter().enumerate() {
        if x {
            let p = b.term_tok[i] as usize;
            let w = b.cues_in(p.saturating_sub(6), p + 7);
            for c in 0..NCUE {
                if w[c] > 0 {
                    near[c] += 1;
                }
            }
        }
    }
    let mut top = [0u32; NCUE];
    for &(score, s) in cos.iter().take(2) {
        if score > 0.0 {
            for c in 0..NCUE {
                top[c] += b.sent_cues[s][c];
            }
        }
    }
    let mut lede_c = [0u32; NCUE];
    for s in b.sent_cues.iter().take(2) {
        for c in 0..NCUE {
            lede_c[c] += s[c];
        }
    }
    for c in 0..NCUE {
        f.push(ln1(hc[c] as f32));
        f.push(bc[c] as f32 * 100.0 / bt);
        f.push(if nhit == 0 { 0.0 } else { near[c] as f32 / nhit as f32 });
        f.push(ln1(top[c] as f32));
        f.push(ln1(lede_c[c] as f32));
    }
    // Refutation anywhere in the headline against refutation near the matching body text.
    let h_ref = (hc[NEG] + hc[DENY] + hc[FALSE_]) as f32;
    let b_ref = (top[NEG] + top[DENY] + top[FALSE_]) as f32;
    f.push(ln1(h_ref) * ln1(b_ref));
    f.push(((hc[NEG] + top[NEG]) % 2) as f32);
    f.push(ln1((near[DENY] + near[FALSE_]) as f32) - ln1(near[ASSERT] as f32));
    debug_assert_eq!(f.len(), N_DENSE);
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_and_stop_word_files_parse_completely() {
        let lines = include_str!(concat!(env!("OUT_DIR"), "/data/fnc_cues.tsv")).lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for line in lines {
            let (_, class) = line.split_once('\t').expect("word<TAB>class");
            assert!(CUE_NAMES.contains(&class.trim()), "{line:?}");
        }
        assert_eq!(cue_class("denied"), Some(DENY));
        assert_eq!(cue_class("hoax"), Some(FALSE_));
        assert_eq!(cue_class("reportedly"), Some(HEDGE));
        assert!(is_stop("the") && !is_stop("not"));
    }

    fn tables() -> Tables {
        Tables::new(vec!["cat".into(), "sat".into(), "mat".into(), "dog".into()], Vec::new(), 1.0)
    }

    #[test]
    fn words_contractions_numbers_sentences() {
        let (w, q) = words("The mayor didn't pay $4,000.50 yet. Was it 2.5%? Yes!\nNew line");
        let lw: Vec<&str> = w.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(lw, ["the", "mayor", "did", "not", "pay", "4000.50", "yet", "was", "it", "2.5", "yes", "new", "line"]);
        assert!(q);
        assert!(w[5].number);
        assert_eq!(w[6].sent, 0);
        assert_eq!(w[7].sent, 1);
        assert_eq!(w[10].sent, 2);
        assert_eq!(w[11].sent, 3);
    }

    #[test]
    fn overlap_features_on_tiny_examples() {
        let t = tables();
        let h = Doc::new("The cat sat on the mat", &t);
        let same = Doc::new("A cat sat on a mat. It was sunny.", &t);
        let other = Doc::new("Stock markets fell sharply on Tuesday.", &t);
        let fs = dense(&h, &same, &t);
        let fo = dense(&h, &other, &t);
        assert_eq!(fs.len(), N_DENSE);
        assert_eq!(fs[0], 1.0); // every headline term is in the body
        assert_eq!(fo[0], 0.0);
        assert!(fs[3] > 0.8 && fo[3] == 0.0); // cosine: 3 / (√3 · 2)
        assert!((fs[6] - 1.0).abs() < 1e-6); // both bigrams present
        assert!(fs[12] > 0.99); // vocabulary TF cosine
    }

    #[test]
    fn cue_features_count_denials_near_matches() {
        let t = tables();
        let h = Doc::new("Cat sat on mat", &t);
        let deny = Doc::new("Officials denied that the cat sat on the mat. The story is a hoax.", &t);
        let plain = Doc::new("The cat sat on the mat, officials confirmed.", &t);
        let base = 23;
        let fd = dense(&h, &deny, &t);
        let fp = dense(&h, &plain, &t);
        // cue-major layout: [head, body rate, near, top, lede] per cue class
        let near_denial = base + DENY * 5 + 2;
        let lede_falsity = base + FALSE_ * 5 + 4;
        let near_assert = base + ASSERT * 5 + 2;
        assert!(fd[near_denial] > 0.0 && fp[near_denial] == 0.0);
        assert!(fd[lede_falsity] > 0.0);
        assert!(fp[near_assert] > 0.0 && fd[near_assert] == 0.0);
    }

    #[test]
    fn numbers_conflict() {
        let t = tables();
        let h = Doc::new("Quake kills 300 people", &t);
        let b1 = Doc::new("The quake killed 300 people.", &t);
        let b2 = Doc::new("The quake killed 12 people.", &t);
        let i = DENSE_NAMES.iter().position(|n| *n == "head_number_missing").unwrap();
        assert_eq!(dense(&h, &b1, &t)[i], 0.0);
        assert_eq!(dense(&h, &b2, &t)[i], 1.0);
    }
}
