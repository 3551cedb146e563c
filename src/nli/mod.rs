//! A compact sentence-pair (natural language inference) model: does an evidence sentence
//! (premise) entail the claim (hypothesis), contradict it, or neither?
//!
//! ```no_run
//! use corroborate::nli::{NliModel, ENTAILMENT, CONTRADICTION, NEUTRAL};
//! let m = NliModel::embedded();                       // data/nli-model.bin, parsed once
//! let p: [f32; 3] = m.predict("The bridge was not closed on Monday.", "The bridge was closed.");
//! assert!(p[CONTRADICTION] > p[ENTAILMENT]);
//! # let _ = NEUTRAL;
//! ```
//!
//! Architecture (see docs/NLI.md): frozen 64-d word-piece embeddings distilled from
//! all-MiniLM-L6-v2 (int8) plus an exact-match flag per token, a width-3 convolution (word
//! order), decomposable attention (Parikh et al. 2016) with ESIM-style comparison features,
//! mean+max pooling, a 3-way softmax. At most 64 word pieces per side, so a pair costs at most
//! a fixed amount of work whatever the input length. Weights are
//! trained by `train/train_nli.py` (`bash scripts/train-nli.sh`); the tokenizer is
//! `tokenize.rs`, identical to `train/nli_tok.py`.
//!
//! File layout (little-endian):
//!
//! ```text
//! magic "CRBNLI\0\1" · u32 format version · u32 tokenizer version · u32 vocab size V
//! u32 embedding dim D · u32 hidden H · u32 max tokens per side · u32 vocab bytes N
//! N bytes: the V word pieces, UTF-8, separated by '\n' (id = line number)
//! 15 tensors, each: u32 rows · u32 cols · u8 kind, then
//!     kind 1: rows × f32 scale, rows·cols × i8   (row r = q · scale[r])
//!     kind 0: rows·cols × f32
//!   E [V, D] (1) · Wc [H, 3(D+1)] (1) · bc [1, H] (0) · F1 [H, H] · bF1 · F2 [H, H] · bF2
//!   G1 [H, 4H] · bG1 · G2 [H, H] · bG2 · H1 [H, 4H] · bH1 · Wo [3, H] · bo [1, 3]
//! u64 FNV-1a of everything before it
//! ```
//!
//! Optionally followed by a word-links section (`train/word_links.py`, from WordNet): words
//! that may stand for one another when matching a claim to a sentence ([`WordLinks`]):
//!
//! ```text
//! magic "CRBLNK\0\1" · u32 text bytes N · N bytes: lines of lowercase ASCII words separated by
//! one space, the first word linked to each of the others · u64 FNV-1a of the section before it
//! ```

mod tokenize;

#[cfg(test)]
mod tests;

use crate::binfmt::{verify_checksum, BinError, Reader};
use rustc_hash::FxHashMap;
use std::fmt;
use std::sync::OnceLock;

pub use tokenize::{MAX_WORD_CHARS, TOKENIZER_VERSION};

/// Index of P(premise entails hypothesis) in the output of [`NliModel::predict`].
pub const ENTAILMENT: usize = 0;
/// Index of P(premise contradicts hypothesis).
pub const CONTRADICTION: usize = 1;
/// Index of P(neither).
pub const NEUTRAL: usize = 2;
/// Label names in output order.
pub const LABELS: [&str; 3] = ["entailment", "contradiction", "neutral"];

/// The first eight bytes of every model file.
pub const MAGIC: &[u8; 8] = b"CRBNLI\x00\x01";
/// Version of the file layout above; a file of another version is refused.
pub const FORMAT_VERSION: u32 = 2;

const MAX_VOCAB: usize = 1 << 20;
const MAX_DIM: usize = 1024;
const MAX_HIDDEN: usize = 1024;
const MAX_TOKENS_LIMIT: usize = 512;
const HEADER: usize = 8 + 7 * 4;

/// The first eight bytes of the optional word-links section after the model.
pub const LINKS_MAGIC: &[u8; 8] = b"CRBLNK\x00\x01";
/// Largest word-links section read (bytes of text).
const MAX_LINKS_BYTES: usize = 8 << 20;

static EMBEDDED: &[u8] = include_bytes!("../../data/nli-model.bin");

/// Why a model file was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NliError {
    /// The file does not start with [`MAGIC`].
    BadMagic,
    /// The file's format or tokenizer version is not the one this build reads
    /// ([`FORMAT_VERSION`], [`TOKENIZER_VERSION`]); the model must be retrained.
    UnsupportedVersion {
        /// The file's format version.
        format: u32,
        /// The version of the tokenizer the file was trained with.
        tokenizer: u32,
    },
    /// The file's size differs from what its header's dimensions need: it is cut short or has
    /// extra bytes.
    Truncated {
        /// Bytes the layout needs.
        need: usize,
        /// Bytes the file has.
        have: usize,
    },
    /// The file does not match its checksum.
    BadChecksum,
    /// The file is malformed in another way (dimensions out of range, a bad vocabulary, a
    /// tensor of the wrong shape, a weight that is not finite); says what.
    Invalid(String),
}

impl fmt::Display for NliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NliError::BadMagic => write!(f, "not an NLI model file (bad magic)"),
            NliError::UnsupportedVersion { format, tokenizer } => write!(
                f,
                "NLI model version {format}/{tokenizer} is not supported (this build reads {FORMAT_VERSION}/{TOKENIZER_VERSION}): retrain with `bash scripts/train-nli.sh`"
            ),
            NliError::Truncated { need, have } => {
                write!(f, "NLI model file is truncated or has extra bytes ({have} bytes, layout needs {need})")
            }
            NliError::BadChecksum => write!(f, "NLI model file is corrupt (checksum mismatch)"),
            NliError::Invalid(m) => write!(f, "NLI model file is invalid: {m}"),
        }
    }
}

impl std::error::Error for NliError {}

/// A dense f32 matrix, row-major.
#[derive(Debug, Clone)]
struct Mat {
    rows: usize,
    cols: usize,
    w: Vec<f32>,
}

impl Mat {
    /// `out[r] = b[r] + Σ_c w[r, c] · x[c]`
    fn affine(&self, x: &[f32], b: &[f32], out: &mut Vec<f32>) {
        out.clear();
        for (row, bias) in self.w.chunks_exact(self.cols).zip(b).take(self.rows) {
            out.push(dot(row, x) + bias);
        }
    }
}

/// The sentence-pair model. Cheap to query: at most `max_tokens` word pieces per side.
#[derive(Debug, Clone)]
pub struct NliModel {
    vocab: FxHashMap<String, u32>,
    unk: u32,
    dim: usize,
    hidden: usize,
    max_tokens: usize,
    emb_q: Vec<i8>,
    emb_scale: Vec<f32>,
    wc: Mat,
    bc: Vec<f32>,
    f1: Mat,
    bf1: Vec<f32>,
    f2: Mat,
    bf2: Vec<f32>,
    g1: Mat,
    bg1: Vec<f32>,
    g2: Mat,
    bg2: Vec<f32>,
    h1: Mat,
    bh1: Vec<f32>,
    wo: Mat,
    bo: Vec<f32>,
    /// The word-links section's text (empty without one), validated.
    links_text: String,
    /// The links keyed by the caller's normal form, built on first use.
    links: OnceLock<WordLinks>,
}

/// Words that may stand for one another (WordNet synonyms of a word's commonest sense, and
/// its derivations: "invade" / "invasion"), as pairs of the caller's normal forms (the
/// engine's word keys).
#[derive(Debug, Clone, Default)]
pub struct WordLinks {
    // Each pair once (`pair_key`).
    pairs: crate::text::lexicon::WordSet,
}

impl WordLinks {
    /// Links from the section's text (lines of words, the first linked to each of the
    /// others), keyed by `key`; a word whose key is empty is left out.
    pub fn new(text: &str, key: &dyn Fn(&str) -> String) -> WordLinks {
        let mut pairs = crate::text::lexicon::WordSet::default();
        for line in text.lines() {
            let mut words = line.split(' ');
            let head = key(words.next().unwrap_or_default());
            for w in words {
                let k = key(w);
                if k != head && !k.is_empty() && !head.is_empty() {
                    pairs.insert(crate::text::analyze::pair_key(&head, &k));
                }
            }
        }
        WordLinks { pairs }
    }

    /// Are the two normal forms linked (either way round)?
    pub fn linked(&self, a: &str, b: &str) -> bool {
        self.pairs.contains(&crate::text::analyze::pair_key(a, b))
    }

    /// Number of linked pairs.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// No links at all.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }
}

/// Checks a word-links section (magic, length, checksum, lines of two or more lowercase
/// words) and returns its text.
fn links_section(bytes: &[u8]) -> Result<String, NliError> {
    let bad = || NliError::Invalid("the bytes after the model are no valid word-links section".into());
    if bytes.len() < 20 || &bytes[..8] != LINKS_MAGIC {
        return Err(bad());
    }
    let n = Reader::new(bytes, 8).u32()? as usize;
    if n > MAX_LINKS_BYTES || n + 20 != bytes.len() {
        return Err(bad());
    }
    verify_checksum(bytes)?;
    let text = &bytes[12..12 + n];
    // Lines of words of 1 to MAX_WORD_CHARS lowercase letters, one space between words.
    let (mut word, mut words) = (0, 0);
    for &b in text {
        match b {
            b'a'..=b'z' if word < MAX_WORD_CHARS => word += 1,
            b' ' | b'\n' if word > 0 => {
                words += 1;
                word = 0;
                if b == b'\n' {
                    if words < 2 {
                        return Err(bad());
                    }
                    words = 0;
                }
            }
            _ => return Err(bad()),
        }
    }
    if word > 0 || words > 0 {
        return Err(bad());
    }
    Ok(std::str::from_utf8(text).map_err(|_| bad())?.to_string())
}

impl From<BinError> for NliError {
    fn from(e: BinError) -> NliError {
        match e {
            BinError::Truncated { at } => NliError::Truncated { need: at + 1, have: at },
            BinError::BadChecksum => NliError::BadChecksum,
            BinError::NotFinite { .. } => NliError::Invalid("a weight is not a finite number".into()),
            other => NliError::Invalid(other.to_string()),
        }
    }
}

/// The weights section of a model file: tensors of an expected shape on the shared reader.
struct Tensors<'a>(Reader<'a>);

impl Tensors<'_> {
    fn tensor_header(&mut self, name: &str, rows: usize, cols: usize, kind: u8) -> Result<(), NliError> {
        let r = self.0.u32()? as usize;
        let c = self.0.u32()? as usize;
        let k = self.0.u8()?;
        if r != rows || c != cols || k != kind {
            return Err(NliError::Invalid(format!("tensor {name} is [{r}, {c}] kind {k}, expected [{rows}, {cols}] kind {kind}")));
        }
        Ok(())
    }
    fn quant(&mut self, name: &str, rows: usize, cols: usize) -> Result<(Vec<i8>, Vec<f32>), NliError> {
        self.tensor_header(name, rows, cols, 1)?;
        let scale = self.0.f32s(rows)?;
        let q = self.0.take(rows * cols)?.iter().map(|&b| b as i8).collect();
        Ok((q, scale))
    }
    fn mat(&mut self, name: &str, rows: usize, cols: usize) -> Result<Mat, NliError> {
        let (q, scale) = self.quant(name, rows, cols)?;
        let mut w = Vec::with_capacity(rows * cols);
        for r in 0..rows {
            w.extend(q[r * cols..(r + 1) * cols].iter().map(|&v| v as f32 * scale[r]));
        }
        Ok(Mat { rows, cols, w })
    }
    fn vec(&mut self, name: &str, n: usize) -> Result<Vec<f32>, NliError> {
        self.tensor_header(name, 1, n, 0)?;
        Ok(self.0.f32s(n)?)
    }
}

/// Bytes the layout needs for the given dimensions, or None on overflow.
fn expected_len(v: usize, d: usize, h: usize, vocab_bytes: usize) -> Option<usize> {
    let q = |r: usize, c: usize| r.checked_mul(c)?.checked_add(r.checked_mul(4)?)?.checked_add(9);
    let f = |n: usize| n.checked_mul(4)?.checked_add(9);
    let mut total = HEADER.checked_add(vocab_bytes)?;
    for part in
        [q(v, d)?, q(h, 3 * (d + 1))?, f(h)?, q(h, h)?, f(h)?, q(h, h)?, f(h)?, q(h, 4 * h)?, f(h)?, q(h, h)?, f(h)?, q(h, 4 * h)?, f(h)?, q(3, h)?, f(3)?, 8]
    {
        total = total.checked_add(part)?;
    }
    Some(total)
}

impl NliModel {
    /// The model shipped in the build (`data/nli-model.bin`), parsed on first use.
    pub fn embedded() -> &'static NliModel {
        static MODEL: OnceLock<NliModel> = OnceLock::new();
        MODEL.get_or_init(|| NliModel::from_bytes(EMBEDDED).expect("the embedded NLI model is valid"))
    }

    /// Parses and validates a model file: magic, versions, dimensions (bounded), exact length
    /// (checked before anything is allocated), checksum, vocabulary and finite weights. Never
    /// panics; memory used is at most about 4× the file size.
    pub fn from_bytes(bytes: &[u8]) -> Result<NliModel, NliError> {
        if bytes.len() < 8 || &bytes[..8] != MAGIC {
            return Err(NliError::BadMagic);
        }
        if bytes.len() < HEADER + 8 {
            return Err(NliError::Truncated { need: HEADER + 8, have: bytes.len() });
        }
        let mut r = Tensors(Reader::new(bytes, 8));
        let format = r.0.u32()?;
        let tokenizer = r.0.u32()?;
        if format != FORMAT_VERSION || tokenizer != TOKENIZER_VERSION {
            return Err(NliError::UnsupportedVersion { format, tokenizer });
        }
        let v = r.0.u32()? as usize;
        let d = r.0.u32()? as usize;
        let h = r.0.u32()? as usize;
        let max_tokens = r.0.u32()? as usize;
        let vocab_bytes = r.0.u32()? as usize;
        if !(2..=MAX_VOCAB).contains(&v) || !(1..=MAX_DIM).contains(&d) || !(1..=MAX_HIDDEN).contains(&h) || !(1..=MAX_TOKENS_LIMIT).contains(&max_tokens) {
            return Err(NliError::Invalid(format!("dimensions out of range: vocab {v}, dim {d}, hidden {h}, max tokens {max_tokens}")));
        }
        let need = expected_len(v, d, h, vocab_bytes).ok_or_else(|| NliError::Invalid("size overflow".into()))?;
        if need > bytes.len() {
            return Err(NliError::Truncated { need, have: bytes.len() });
        }
        let (bytes, rest) = bytes.split_at(need);
        verify_checksum(bytes)?;
        let links_text = if rest.is_empty() { String::new() } else { links_section(rest)? };
        let mut r = Tensors(Reader::new(&bytes[..need - 8], HEADER));
        let text = std::str::from_utf8(r.0.take(vocab_bytes)?).map_err(|_| NliError::Invalid("vocabulary is not UTF-8".into()))?;
        let mut vocab = FxHashMap::default();
        vocab.reserve(v);
        for (i, piece) in text.split('\n').enumerate() {
            if i >= v {
                return Err(NliError::Invalid("vocabulary has more entries than declared".into()));
            }
            if piece.is_empty() || piece.len() > 2 * MAX_WORD_CHARS + 2 || !piece.bytes().all(|b| (33..=126).contains(&b)) {
                return Err(NliError::Invalid(format!("vocabulary entry {i} is not a word piece")));
            }
            if vocab.insert(piece.to_string(), i as u32).is_some() {
                return Err(NliError::Invalid(format!("vocabulary entry {i} is a duplicate")));
            }
        }
        if vocab.len() != v {
            return Err(NliError::Invalid("vocabulary has fewer entries than declared".into()));
        }
        let unk = *vocab.get("[UNK]").ok_or_else(|| NliError::Invalid("vocabulary has no [UNK]".into()))?;
        let (emb_q, emb_scale) = r.quant("E", v, d)?;
        let wc = r.mat("Wc", h, 3 * (d + 1))?;
        let bc = r.vec("bc", h)?;
        let f1 = r.mat("F1", h, h)?;
        let bf1 = r.vec("bF1", h)?;
        let f2 = r.mat("F2", h, h)?;
        let bf2 = r.vec("bF2", h)?;
        let g1 = r.mat("G1", h, 4 * h)?;
        let bg1 = r.vec("bG1", h)?;
        let g2 = r.mat("G2", h, h)?;
        let bg2 = r.vec("bG2", h)?;
        let h1 = r.mat("H1", h, 4 * h)?;
        let bh1 = r.vec("bH1", h)?;
        let wo = r.mat("Wo", 3, h)?;
        let bo = r.vec("bo", 3)?;
        if r.0.remaining() != 0 {
            return Err(NliError::Invalid("trailing bytes".into()));
        }
        Ok(NliModel {
            vocab,
            unk,
            dim: d,
            hidden: h,
            max_tokens,
            emb_q,
            emb_scale,
            wc,
            bc,
            f1,
            bf1,
            f2,
            bf2,
            g1,
            bg1,
            g2,
            bg2,
            h1,
            bh1,
            wo,
            bo,
            links_text,
            links: OnceLock::new(),
        })
    }

    /// The file's word links keyed by `key` (the engine passes its word keys, so "invaded"
    /// meets "invasion" in any form), built on the first call — later calls get the same
    /// links whatever `key` they pass; `None` when the file has no word-links section.
    pub fn word_links(&self, key: &dyn Fn(&str) -> String) -> Option<&WordLinks> {
        if self.links_text.is_empty() {
            return None;
        }
        Some(self.links.get_or_init(|| WordLinks::new(&self.links_text, key)))
    }

    /// Word-piece ids of a text as the model sees it (at most `max_tokens()`).
    pub fn tokenize(&self, text: &str) -> Vec<u32> {
        tokenize::encode(text, &self.vocab, self.unk, self.max_tokens)
    }

    /// Is `word` (lowercase) a whole word of the model's vocabulary — a word of real English
    /// text, as opposed to a typo or a name it has to spell out in pieces?
    pub fn knows_word(&self, word: &str) -> bool {
        self.vocab.contains_key(word)
    }

    /// The embedding of `word` (lowercase) as stored, int8 without its row's scale, when it is
    /// a whole word of the vocabulary, else `None`: only its direction means anything (compare
    /// with a cosine). Words the distilled embeddings place close together are often
    /// paraphrases ("biggest" / "largest", "hunger" / "appetite") — and sometimes opposites
    /// ("alive" / "dead"), which the caller must rule out with its own lexicon. Words the model
    /// spells in pieces get none: a mean of pieces says little about the word.
    pub fn word_vector(&self, word: &str) -> Option<&[i8]> {
        let id = *self.vocab.get(word)? as usize;
        self.emb_q.get(id * self.dim..(id + 1) * self.dim).filter(|_| id != self.unk as usize)
    }

    /// Word pieces kept per side; longer texts are cut.
    pub fn max_tokens(&self) -> usize {
        self.max_tokens
    }

    /// Probabilities `[entailment, contradiction, neutral]` (indices [`ENTAILMENT`],
    /// [`CONTRADICTION`], [`NEUTRAL`]) that the premise (evidence sentence) entails,
    /// contradicts, or says nothing about the hypothesis (claim). They sum to 1.
    pub fn predict(&self, premise: &str, hypothesis: &str) -> [f32; 3] {
        self.predict_ids(&self.tokenize(premise), &self.tokenize(hypothesis))
    }

    /// `predict` on token ids (from [`NliModel::tokenize`]); ids out of range count as `[UNK]`,
    /// and each side is cut to `max_tokens()`.
    pub fn predict_ids(&self, premise: &[u32], hypothesis: &[u32]) -> [f32; 3] {
        let h = self.hidden;
        let premise = self.clean_ids(premise);
        let hypothesis = self.clean_ids(hypothesis);
        let a = self.encode(&premise, &hypothesis);
        let b = self.encode(&hypothesis, &premise);
        let (m, n) = (a.len() / h, b.len() / h);
        let fa = self.ff(&a);
        let fb = self.ff(&b);
        // scores s[i, j] = fa_i · fb_j
        let mut s = vec![0.0f32; m * n];
        for i in 0..m {
            for j in 0..n {
                s[i * n + j] = dot(&fa[i * h..(i + 1) * h], &fb[j * h..(j + 1) * h]);
            }
        }
        // beta_i: the hypothesis aligned to premise token i; alpha_j: the premise aligned to j
        let mut beta = vec![0.0f32; m * h];
        let mut w = vec![0.0f32; n.max(m)];
        for i in 0..m {
            softmax_into(&s[i * n..(i + 1) * n], &mut w[..n]);
            for j in 0..n {
                axpy(w[j], &b[j * h..(j + 1) * h], &mut beta[i * h..(i + 1) * h]);
            }
        }
        let mut alpha = vec![0.0f32; n * h];
        let mut col = vec![0.0f32; m];
        for j in 0..n {
            for i in 0..m {
                col[i] = s[i * n + j];
            }
            softmax_into(&col, &mut w[..m]);
            for i in 0..m {
                axpy(w[i], &a[i * h..(i + 1) * h], &mut alpha[j * h..(j + 1) * h]);
            }
        }
        let v1 = self.compare(&a, &beta);
        let v2 = self.compare(&b, &alpha);
        let mut agg = Vec::with_capacity(4 * h);
        pool(&v1, h, &mut agg);
        pool(&v2, h, &mut agg);
        let mut hid = Vec::with_capacity(h);
        self.h1.affine(&agg, &self.bh1, &mut hid);
        relu(&mut hid);
        let mut lo = Vec::with_capacity(3);
        self.wo.affine(&hid, &self.bo, &mut lo);
        let mut p = [0.0f32; 3];
        softmax_into(&lo, &mut p);
        p
    }

    /// At most `max_tokens` ids, out-of-range ids as `[UNK]`, an empty side as one `[UNK]`.
    fn clean_ids(&self, ids: &[u32]) -> Vec<u32> {
        let v = self.emb_scale.len();
        let mut out: Vec<u32> = ids.iter().take(self.max_tokens).map(|&i| if (i as usize) < v { i } else { self.unk }).collect();
        if out.is_empty() {
            out.push(self.unk);
        }
        out
    }

    /// Token vectors after the width-3 convolution: len × hidden, row-major. Each token is its
    /// embedding plus a flag: does the same piece occur in the other text?
    fn encode(&self, ids: &[u32], other: &[u32]) -> Vec<f32> {
        let (d, h) = (self.dim + 1, self.hidden);
        let mut e = vec![0.0f32; ids.len() * d];
        for (t, &id) in ids.iter().enumerate() {
            let id = id as usize;
            let s = self.emb_scale[id];
            for k in 0..d - 1 {
                e[t * d + k] = self.emb_q[id * (d - 1) + k] as f32 * s;
            }
            e[t * d + d - 1] = if other.contains(&(id as u32)) { 1.0 } else { 0.0 };
        }
        let mut out = Vec::with_capacity(ids.len() * h);
        let mut x = vec![0.0f32; 3 * d];
        let mut y = Vec::with_capacity(h);
        for t in 0..ids.len() {
            x.iter_mut().for_each(|z| *z = 0.0);
            if t > 0 {
                x[..d].copy_from_slice(&e[(t - 1) * d..t * d]);
            }
            x[d..2 * d].copy_from_slice(&e[t * d..(t + 1) * d]);
            if t + 1 < ids.len() {
                x[2 * d..].copy_from_slice(&e[(t + 1) * d..(t + 2) * d]);
            }
            self.wc.affine(&x, &self.bc, &mut y);
            relu(&mut y);
            out.extend_from_slice(&y);
        }
        out
    }

    /// The attend network F (two ReLU layers), row by row.
    fn ff(&self, x: &[f32]) -> Vec<f32> {
        let h = self.hidden;
        let mut out = Vec::with_capacity(x.len());
        let (mut t, mut u) = (Vec::with_capacity(h), Vec::with_capacity(h));
        for row in x.chunks_exact(h) {
            self.f1.affine(row, &self.bf1, &mut t);
            relu(&mut t);
            self.f2.affine(&t, &self.bf2, &mut u);
            relu(&mut u);
            out.extend_from_slice(&u);
        }
        out
    }

    /// The compare network G on [x; aligned; x − aligned; x ⊙ aligned], row by row.
    fn compare(&self, x: &[f32], al: &[f32]) -> Vec<f32> {
        let h = self.hidden;
        let mut out = Vec::with_capacity(x.len());
        let mut inp = vec![0.0f32; 4 * h];
        let (mut t, mut u) = (Vec::with_capacity(h), Vec::with_capacity(h));
        for (xr, ar) in x.chunks_exact(h).zip(al.chunks_exact(h)) {
            for k in 0..h {
                inp[k] = xr[k];
                inp[h + k] = ar[k];
                inp[2 * h + k] = xr[k] - ar[k];
                inp[3 * h + k] = xr[k] * ar[k];
            }
            self.g1.affine(&inp, &self.bg1, &mut t);
            relu(&mut t);
            self.g2.affine(&t, &self.bg2, &mut u);
            relu(&mut u);
            out.extend_from_slice(&u);
        }
        out
    }
}

/// Dot product with 128-bit WebAssembly SIMD: four f32x4 accumulators over 16 lanes a step.
/// Almost all of a prediction's time is dot products; without SIMD (or with opt-level "z",
/// which does not vectorise) a check with the model took 2.4× as long in Chromium.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    use core::arch::wasm32::{f32x4, f32x4_add, f32x4_extract_lane, f32x4_mul, v128, v128_load};
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    let load = |s: &[f32], at: usize| -> v128 {
        let four = &s[at..at + 4];
        // SAFETY: `four` is four f32s (checked by the slice; with 16-f32 chunks and constant
        // offsets the check is compiled away); v128_load allows unaligned addresses.
        unsafe { v128_load(four.as_ptr() as *const v128) }
    };
    // Four named accumulators and the step written out: at opt-level "s" a `for k in 0..4`
    // over an array of them is not unrolled, and the array then lives in memory, every add a
    // store and a load (a prediction took twice as long in V8).
    let zero = f32x4(0.0, 0.0, 0.0, 0.0);
    let (mut s0, mut s1, mut s2, mut s3) = (zero, zero, zero, zero);
    let mut ca = a.chunks_exact(16);
    let mut cb = b.chunks_exact(16);
    for (x, y) in (&mut ca).zip(&mut cb) {
        s0 = f32x4_add(s0, f32x4_mul(load(x, 0), load(y, 0)));
        s1 = f32x4_add(s1, f32x4_mul(load(x, 4), load(y, 4)));
        s2 = f32x4_add(s2, f32x4_mul(load(x, 8), load(y, 8)));
        s3 = f32x4_add(s3, f32x4_mul(load(x, 12), load(y, 12)));
    }
    let v = f32x4_add(f32x4_add(s0, s2), f32x4_add(s1, s3));
    let mut s = (f32x4_extract_lane::<0>(v) + f32x4_extract_lane::<2>(v)) + (f32x4_extract_lane::<1>(v) + f32x4_extract_lane::<3>(v));
    for (x, y) in ca.remainder().iter().zip(cb.remainder()) {
        s += x * y;
    }
    s
}

/// Dot product with eight independent partial sums (lets the compiler use SIMD lanes). On an
/// x86-64 CPU with AVX the eight sums are one 256-bit register (`dot_avx`): the same sums in the
/// same order, so the same result to the bit, in half the instructions — dot products are 60 %
/// of a native check's time.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx") {
        // SAFETY: the CPU has AVX, checked just above.
        return unsafe { dot_avx(a, b) };
    }
    dot_portable(a, b)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
unsafe fn dot_avx(a: &[f32], b: &[f32]) -> f32 {
    use std::arch::x86_64::{_mm256_add_ps, _mm256_loadu_ps, _mm256_mul_ps, _mm256_setzero_ps, _mm256_storeu_ps};
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    let mut ca = a.chunks_exact(8);
    let mut cb = b.chunks_exact(8);
    let mut acc = _mm256_setzero_ps();
    for (x, y) in (&mut ca).zip(&mut cb) {
        // SAFETY: each chunk has exactly eight f32s; loadu allows unaligned addresses.
        acc = _mm256_add_ps(acc, _mm256_mul_ps(unsafe { _mm256_loadu_ps(x.as_ptr()) }, unsafe { _mm256_loadu_ps(y.as_ptr()) }));
    }
    let mut lanes = [0.0f32; 8];
    // SAFETY: `lanes` holds eight f32s.
    unsafe { _mm256_storeu_ps(lanes.as_mut_ptr(), acc) };
    finish(lanes, ca.remainder(), cb.remainder())
}

/// The eight partial sums combined, then the tail: one order for every implementation.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn finish(acc: [f32; 8], ra: &[f32], rb: &[f32]) -> f32 {
    let mut s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
    for (x, y) in ra.iter().zip(rb) {
        s += x * y;
    }
    s
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn dot_portable(a: &[f32], b: &[f32]) -> f32 {
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    let mut acc = [0.0f32; 8];
    let mut ca = a.chunks_exact(8);
    let mut cb = b.chunks_exact(8);
    for (x, y) in (&mut ca).zip(&mut cb) {
        for k in 0..8 {
            acc[k] += x[k] * y[k];
        }
    }
    finish(acc, ca.remainder(), cb.remainder())
}

fn axpy(w: f32, x: &[f32], y: &mut [f32]) {
    for (o, v) in y.iter_mut().zip(x) {
        *o += w * v;
    }
}

fn relu(x: &mut [f32]) {
    // (Not `v.max(0.0)`: in WebAssembly that is a call to `fmaxf` per element.)
    x.iter_mut().for_each(|v| *v = if *v > 0.0 { *v } else { 0.0 });
}

fn softmax_into(x: &[f32], out: &mut [f32]) {
    let mx = x.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0f32;
    for (o, &v) in out.iter_mut().zip(x) {
        *o = (v - mx).exp();
        sum += *o;
    }
    for o in out.iter_mut() {
        *o /= sum;
    }
}

/// Appends the mean and the max over rows (each `h` wide).
fn pool(v: &[f32], h: usize, out: &mut Vec<f32>) {
    let rows = (v.len() / h).max(1);
    let mut mean = vec![0.0f32; h];
    let mut mx = vec![f32::NEG_INFINITY; h];
    for row in v.chunks_exact(h) {
        for k in 0..h {
            mean[k] += row[k];
            mx[k] = mx[k].max(row[k]);
        }
    }
    mean.iter_mut().for_each(|x| *x /= rows as f32);
    out.extend_from_slice(&mean);
    out.extend_from_slice(&mx);
}
