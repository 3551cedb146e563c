//! The prebuilt index file (`corroborate index CORPUS -o FILE`): the articles, their sentence
//! spans and the postings, so a large corpus loads without re-analysing its text. Versioned and
//! checksummed; a corrupt, truncated or mismatched file is an error, never a panic.
//!
//! ```text
//! magic "CRBIDX01" · u32 format version · u64 analysis fingerprint · u64 payload length
//! payload:
//!   varint article count, per article 6 strings (id, title, text, source, url, date; "" = none)
//!   varint sentence count, per sentence varint article, start, end, u8 part
//!   varint key count, per key: string, u8 flag (1: also an ordinary lowercase word),
//!     varint posting count, delta-coded varint sentence ids
//! u64 FNV-1a of the payload
//! ```
//! Strings are a varint byte length and UTF-8 bytes. The analysis fingerprint hashes the
//! lexicons and the analysis version: an index built by another version of the analysis
//! would match differently, so it is refused with a message to rebuild it.

use crate::corpus::{Article, Corpus};
use crate::retrieve::index::{Index, SentenceRef};
use crate::text::segment::Part;
use std::fmt;

/// The first eight bytes of every index file.
pub const MAGIC: &[u8; 8] = b"CRBIDX01";
/// Largest index file read, in bytes (the CLI refuses bigger files before reading them; the
/// widget caps its downloads lower). Four times the largest corpus: text plus postings.
pub const MAX_INDEX_BYTES: usize = 4 * crate::corpus::MAX_CORPUS_BYTES;
/// Memory a file may make the reader hold, as a multiple of the file's size (plus
/// [`MEMORY_SLACK`]). Real files need about 2–4× (postings as `u32`, per-key map entries); a
/// file crafted from many tiny elements could need 20× or more, and is refused instead.
pub const MEMORY_MULTIPLE: usize = 8;
/// Fixed allowance on top of [`MEMORY_MULTIPLE`], for small files.
pub const MEMORY_SLACK: usize = 1 << 20;
/// Version of the file layout above; a file of another version is refused.
pub const FORMAT_VERSION: u32 = 1;
/// Bump when tokenisation, segmentation or term keys change in a way the lexicons don't show.
/// 2: sentences are cut at `segment::MAX_SENTENCE_WORDS` words. 3: "44bn" is two tokens.
/// 4: "%" is the word "percent". 5: page debris is dropped per sentence, not per line.
/// 6: "300-kilogram" is two tokens. 7: British spellings keyed as American. 8: a combining
/// accent joins its letter.
const ANALYSIS_VERSION: u64 = 8;

/// Why an index file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexFileError {
    /// The file does not start with [`MAGIC`].
    NotAnIndex,
    /// The file's format version (given) is not [`FORMAT_VERSION`].
    UnsupportedVersion(u32),
    /// The file was built with other lexicons or another analysis version (its fingerprint
    /// differs); rebuilding it fixes this.
    Mismatched,
    /// The file ends before its data does.
    Truncated,
    /// The file is inconsistent or would need too much memory; says what is wrong.
    Corrupt(&'static str),
    /// The payload does not match its checksum.
    BadChecksum,
}

impl fmt::Display for IndexFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IndexFileError::NotAnIndex => write!(f, "not a Corroborate index file"),
            IndexFileError::UnsupportedVersion(v) => {
                write!(f, "index format version {v} is not supported (expected {FORMAT_VERSION}); rebuild it with `corroborate index`")
            }
            IndexFileError::Mismatched => write!(f, "the index was built by a different version of Corroborate; rebuild it with `corroborate index`"),
            IndexFileError::Truncated => write!(f, "the index file is truncated"),
            IndexFileError::Corrupt(what) => write!(f, "the index file is corrupt ({what})"),
            IndexFileError::BadChecksum => write!(f, "the index file is corrupt (checksum mismatch)"),
        }
    }
}

impl std::error::Error for IndexFileError {}

use crate::binfmt::{fnv, put_str, put_varint, BinError, Reader};

/// Identifies the analysis an index was built with: lexicons and code version.
pub fn fingerprint() -> u64 {
    let mut h = fnv(&ANALYSIS_VERSION.to_le_bytes());
    for data in crate::text::lexicon::SOURCES {
        h ^= fnv(data.as_bytes());
        h = h.rotate_left(7);
    }
    h
}

/// Serialises a corpus and its index.
pub fn write(corpus: &Corpus, index: &Index) -> Vec<u8> {
    let mut p = Vec::new();
    put_varint(&mut p, corpus.articles.len() as u64);
    for a in &corpus.articles {
        for s in [&a.id, &a.title, &a.text] {
            put_str(&mut p, s);
        }
        for s in [&a.source, &a.url, &a.date] {
            put_str(&mut p, s.as_deref().unwrap_or(""));
        }
    }
    put_varint(&mut p, index.sentences.len() as u64);
    for s in &index.sentences {
        put_varint(&mut p, s.article as u64);
        put_varint(&mut p, s.start as u64);
        put_varint(&mut p, s.end as u64);
        p.push(match s.part {
            Part::Headline => 0,
            Part::Prose => 1,
        });
    }
    let mut keys: Vec<(&String, &Vec<u32>)> = index.all_postings().collect();
    keys.sort_unstable_by(|a, b| a.0.cmp(b.0)); // deterministic files
    put_varint(&mut p, keys.len() as u64);
    for (k, ids) in keys {
        put_str(&mut p, k);
        p.push(index.is_common(k) as u8);
        put_posting_list(&mut p, ids);
    }
    let mut out = Vec::with_capacity(p.len() + 40);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&fingerprint().to_le_bytes());
    out.extend_from_slice(&(p.len() as u64).to_le_bytes());
    let header = out.len();
    out.extend_from_slice(&p);
    out.extend_from_slice(&fnv(&out[header..]).to_le_bytes());
    out
}

impl From<BinError> for IndexFileError {
    fn from(e: BinError) -> IndexFileError {
        match e {
            BinError::Truncated { .. } => IndexFileError::Truncated,
            BinError::OverlongNumber => IndexFileError::Corrupt("overlong number"),
            BinError::CountTooLarge => IndexFileError::Corrupt("count larger than the file"),
            BinError::NotUtf8 => IndexFileError::Corrupt("text is not UTF-8"),
            BinError::NotFinite { .. } => IndexFileError::Corrupt("a number is not finite"),
            BinError::BadChecksum => IndexFileError::BadChecksum,
        }
    }
}

/// What the reader may still allocate: [`MEMORY_MULTIPLE`] × the file plus [`MEMORY_SLACK`].
/// Every element is charged its in-memory size before it is kept.
pub(crate) struct Budget(usize);

impl Budget {
    /// The budget of a file of `len` bytes.
    pub(crate) fn of(len: usize) -> Budget {
        Budget(len.saturating_mul(MEMORY_MULTIPLE).saturating_add(MEMORY_SLACK))
    }

    pub(crate) fn charge(&mut self, bytes: usize) -> Result<(), IndexFileError> {
        self.0 = self.0.checked_sub(bytes).ok_or(IndexFileError::Corrupt("too many small elements for its size"))?;
        Ok(())
    }
}

/// Appends a key's sentence ids (sorted, distinct) as a count and delta-coded varints.
pub(crate) fn put_posting_list(out: &mut Vec<u8>, ids: &[u32]) {
    put_varint(out, ids.len() as u64);
    let mut prev = 0u32;
    for &id in ids {
        put_varint(out, (id - prev) as u64);
        prev = id;
    }
}

/// Reads a key's sentence ids written by [`put_posting_list`], charging them (and twice the
/// key's `key_len`, for its copies) to `budget`: at least one id, strictly increasing, each
/// below `n_sentences`.
pub(crate) fn read_posting_list(r: &mut Reader, n_sentences: usize, key_len: usize, budget: &mut Budget) -> Result<Vec<u32>, IndexFileError> {
    let n = r.count(1)?;
    if n == 0 {
        return Err(IndexFileError::Corrupt("a key without sentences"));
    }
    budget.charge(2 * key_len + n * std::mem::size_of::<u32>())?;
    let mut ids = Vec::with_capacity(n);
    let mut id = 0u64;
    for k in 0..n {
        let delta = r.varint()?;
        // Sentence ids strictly increase: only the first may be 0 away from the start.
        if k > 0 && delta == 0 {
            return Err(IndexFileError::Corrupt("a sentence listed twice for one key"));
        }
        id = id.saturating_add(delta);
        if id >= n_sentences as u64 {
            return Err(IndexFileError::Corrupt("posting of a missing sentence"));
        }
        ids.push(id as u32);
    }
    Ok(ids)
}

/// Reads one article (six strings) and charges it to `budget`.
pub(crate) fn read_article(r: &mut Reader, budget: &mut Budget) -> Result<Article, IndexFileError> {
    let (id, title, text) = (r.string()?, r.string()?, r.string()?);
    if id.is_empty() || text.is_empty() {
        return Err(IndexFileError::Corrupt("an article without id or text"));
    }
    let opt = |s: String| (!s.is_empty()).then_some(s);
    let (source, url, date) = (opt(r.string()?), opt(r.string()?), opt(r.string()?));
    budget.charge(id.len() + title.len() + text.len() + 4 * 16)?;
    Ok(Article { id, title, text, source, url, date })
}

/// Checks a sentence span `start..end` of `text` that follows one ending at `after`: inside
/// the text, on character boundaries, after it, and within the analysis limits.
pub(crate) fn read_span(text: &str, start: u64, end: u64, after: u64) -> Result<(), IndexFileError> {
    if start >= end || start < after || end > text.len() as u64 || !text.is_char_boundary(start as usize) || !text.is_char_boundary(end as usize) {
        return Err(IndexFileError::Corrupt("sentence outside its article"));
    }
    // Analysis cost is bounded per sentence only if sentences are (see `segment`).
    let span = &text[start as usize..end as usize];
    if span.len() > crate::text::segment::MAX_SENTENCE_BYTES || span.split_whitespace().nth(crate::text::segment::MAX_SENTENCE_WORDS).is_some() {
        return Err(IndexFileError::Corrupt("a sentence longer than the analysis limit"));
    }
    Ok(())
}

/// Reads an index file back into its corpus and index, validating everything it relies on.
pub fn read(bytes: &[u8]) -> Result<(Corpus, Index), IndexFileError> {
    if bytes.len() < 8 || &bytes[..8] != MAGIC {
        return Err(IndexFileError::NotAnIndex);
    }
    let mut r = Reader::new(bytes, 8);
    let version = r.u32()?;
    if version != FORMAT_VERSION {
        return Err(IndexFileError::UnsupportedVersion(version));
    }
    let fp = r.u64()?;
    let len = r.u64()?;
    let len = usize::try_from(len).map_err(|_| IndexFileError::Truncated)?;
    let payload = r.take(len)?;
    let sum = r.u64()?;
    if r.remaining() != 0 {
        return Err(IndexFileError::Corrupt("trailing bytes after the checksum"));
    }
    if fnv(payload) != sum {
        return Err(IndexFileError::BadChecksum);
    }
    if fp != fingerprint() {
        return Err(IndexFileError::Mismatched);
    }
    let mut budget = Budget::of(bytes.len());
    let mut r = Reader::new(payload, 0);
    // An article takes at least 8 bytes: a non-empty id and text, four other strings.
    let n_articles = r.count(8)?;
    if n_articles == 0 {
        return Err(IndexFileError::Corrupt("no articles"));
    }
    budget.charge(n_articles * std::mem::size_of::<Article>())?;
    let mut articles = Vec::with_capacity(n_articles);
    for _ in 0..n_articles {
        articles.push(read_article(&mut r, &mut budget)?);
    }
    // (The set type sentence splitting has anyway: one hash table's code in the wasm.)
    let mut ids: rustc_hash::FxHashSet<&str> = Default::default();
    if !articles.iter().all(|a| ids.insert(a.id.as_str())) {
        return Err(IndexFileError::Corrupt("two articles share an id"));
    }
    budget.charge(n_articles * 3 * std::mem::size_of::<usize>())?; // that set, while it lives
    drop(ids);
    // A sentence takes at least 4 bytes: three varints and its kind.
    let n_sentences = r.count(4)?;
    budget.charge(n_sentences * std::mem::size_of::<SentenceRef>())?;
    let mut sentences: Vec<SentenceRef> = Vec::with_capacity(n_sentences);
    for _ in 0..n_sentences {
        let (article, start, end) = (r.varint()?, r.varint()?, r.varint()?);
        let part = match r.u8()? {
            0 => Part::Headline,
            1 => Part::Prose,
            _ => return Err(IndexFileError::Corrupt("unknown sentence kind")),
        };
        let text = articles.get(article as usize).map(|a| &a.text).ok_or(IndexFileError::Corrupt("sentence of a missing article"))?;
        read_span(text, start, end, 0)?;
        // Readers rely on an article's sentences being contiguous and in text order (the
        // sentence before or after, a report built article by article).
        if let Some(prev) = sentences.last() {
            let ordered = (prev.article as u64) < article || (prev.article as u64 == article && prev.end as u64 <= start);
            if !ordered {
                return Err(IndexFileError::Corrupt("sentences out of order"));
            }
        }
        sentences.push(SentenceRef { article: article as u32, start: start as u32, end: end as u32, part });
    }
    // A key takes at least 4 bytes: a non-empty string, its flag, a count, one posting.
    let n_keys = r.count(4)?;
    let entry = std::mem::size_of::<(String, Vec<u32>)>();
    budget.charge(n_keys * 2 * entry)?; // the list read here and the map it becomes
    let mut postings = Vec::with_capacity(n_keys);
    let mut common = Vec::new();
    for _ in 0..n_keys {
        let key = r.string()?;
        if postings.last().is_some_and(|(prev, _): &(String, Vec<u32>)| *prev >= key) || key.is_empty() {
            return Err(IndexFileError::Corrupt("keys out of order or repeated"));
        }
        match r.u8()? {
            0 => {}
            1 => {
                budget.charge(key.len() + entry)?;
                common.push(key.clone());
            }
            _ => return Err(IndexFileError::Corrupt("unknown key flag")),
        }
        let ids = read_posting_list(&mut r, n_sentences, key.len(), &mut budget)?;
        postings.push((key, ids));
    }
    if r.remaining() != 0 {
        return Err(IndexFileError::Corrupt("trailing bytes"));
    }
    Ok((Corpus { articles }, Index::from_parts(sentences, postings, common)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let corpus = Corpus::bundled();
        let index = Index::build(&corpus);
        write(&corpus, &index)
    }

    #[test]
    fn round_trip_keeps_articles_and_answers() {
        let bytes = sample();
        let (corpus, index) = read(&bytes).unwrap();
        assert_eq!(corpus.articles, Corpus::bundled().articles);
        let fresh = Index::build(&Corpus::bundled());
        assert_eq!(index.sentences.len(), fresh.sentences.len());
        assert_eq!(index.postings("turkey"), fresh.postings("turkey"));
        assert_eq!(write(&corpus, &index), bytes, "files are deterministic");
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        let bytes = sample();
        assert_eq!(read(b"hello").err(), Some(IndexFileError::NotAnIndex));
        assert_eq!(read(&bytes[..bytes.len() / 2]).err(), Some(IndexFileError::Truncated));
        let mut flipped = bytes.clone();
        let mid = flipped.len() / 2;
        flipped[mid] ^= 0x40;
        assert_eq!(read(&flipped).err(), Some(IndexFileError::BadChecksum));
        let mut version = bytes.clone();
        version[8] = 9;
        assert_eq!(read(&version).err(), Some(IndexFileError::UnsupportedVersion(9)));
        let mut other = bytes.clone();
        other[12] ^= 1; // the analysis fingerprint
        assert_eq!(read(&other).err(), Some(IndexFileError::Mismatched));
        // Every truncation point is handled.
        for cut in (0..bytes.len()).step_by(997) {
            assert!(read(&bytes[..cut]).is_err());
        }
    }

    /// A file around `payload` with a valid header and checksum: what a hostile file that
    /// passes the integrity checks looks like.
    fn wrap(payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&fingerprint().to_le_bytes());
        out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        out.extend_from_slice(payload);
        out.extend_from_slice(&fnv(payload).to_le_bytes());
        out
    }

    /// A payload: articles (id, text), sentences (article, start, end), keys with postings.
    fn payload(articles: &[(&str, &str)], sentences: &[(u64, u64, u64)], keys: &[(&str, &[u64])]) -> Vec<u8> {
        let mut p = Vec::new();
        put_varint(&mut p, articles.len() as u64);
        for (id, text) in articles {
            for s in [*id, "Title", *text, "", "", ""] {
                put_str(&mut p, s);
            }
        }
        put_varint(&mut p, sentences.len() as u64);
        for &(a, s, e) in sentences {
            for v in [a, s, e] {
                put_varint(&mut p, v);
            }
            p.push(1);
        }
        put_varint(&mut p, keys.len() as u64);
        for (k, ids) in keys {
            put_str(&mut p, k);
            p.push(0);
            put_varint(&mut p, ids.len() as u64);
            let mut prev = 0;
            for &id in *ids {
                put_varint(&mut p, id - prev);
                prev = id;
            }
        }
        p
    }

    const A: &str = "Turkey sent fighters. Turkey denied it.";

    #[test]
    fn a_well_formed_crafted_file_loads_and_checks() {
        let p = payload(&[("a", A), ("b", A)], &[(0, 0, 21), (0, 22, 39), (1, 0, 21)], &[("turkey", &[0, 1, 2])]);
        let checker = crate::Checker::from_index_bytes(&wrap(&p)).expect("valid");
        assert!(checker.check("Turkey sent fighters").is_ok());
    }

    /// Found by attacking the reader: spans out of order or an article's sentences split up
    /// passed the checksum and then panicked while a report was built.
    #[test]
    fn structurally_invalid_files_with_valid_checksums_are_refused() {
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("out of order", payload(&[("a", A)], &[(0, 22, 39), (0, 0, 21)], &[("turkey", &[0, 1])])),
            ("not contiguous", payload(&[("a", A), ("b", A)], &[(0, 0, 21), (1, 0, 21), (0, 22, 39)], &[("turkey", &[0])])),
            ("overlapping", payload(&[("a", A)], &[(0, 0, 21), (0, 10, 39)], &[("turkey", &[0])])),
            ("empty span", payload(&[("a", A)], &[(0, 5, 5)], &[("turkey", &[0])])),
            ("sentence over the limit", payload(&[("a", &"a ".repeat(2000))], &[(0, 0, 3999)], &[("a", &[0])])),
            ("no articles", payload(&[], &[], &[])),
            ("empty id", payload(&[("", A)], &[(0, 0, 21)], &[("turkey", &[0])])),
            ("keys unsorted", payload(&[("a", A)], &[(0, 0, 21)], &[("turkey", &[0]), ("sent", &[0])])),
            ("key repeated", payload(&[("a", A)], &[(0, 0, 21)], &[("sent", &[0]), ("sent", &[0])])),
            ("posting repeated", payload(&[("a", A)], &[(0, 0, 21)], &[("sent", &[0, 0])])),
            ("posting missing", payload(&[("a", A)], &[(0, 0, 21)], &[("sent", &[1])])),
            ("key without postings", payload(&[("a", A)], &[(0, 0, 21)], &[("sent", &[])])),
        ];
        for (what, p) in cases {
            assert!(matches!(read(&wrap(&p)), Err(IndexFileError::Corrupt(_))), "{what}");
        }
        let mut trailing = wrap(&payload(&[("a", A)], &[(0, 0, 21)], &[("sent", &[0])]));
        assert!(read(&trailing).is_ok());
        trailing.push(0);
        assert!(matches!(read(&trailing), Err(IndexFileError::Corrupt(_))), "bytes after the checksum");
    }

    /// Counts are checked against what the rest of the file could hold, and everything kept is
    /// charged against a budget proportional to the file: a small forged file cannot make the
    /// reader reserve gigabytes.
    #[test]
    fn forged_counts_and_tiny_elements_cannot_amplify_memory() {
        let mut p = Vec::new();
        put_varint(&mut p, u32::MAX as u64); // four billion articles in a few bytes
        p.extend_from_slice(&[0; 16]);
        assert!(matches!(read(&wrap(&p)), Err(IndexFileError::Corrupt(_))));
        // Many minimal articles: each 8 bytes in the file, far more in memory.
        let ids: Vec<String> = (0..200_000).map(|i| format!("{i:x}")).collect();
        let arts: Vec<(&str, &str)> = ids.iter().map(|i| (i.as_str(), "x")).collect();
        let p = payload(&arts, &[(0, 0, 1)], &[("x", &[0])]);
        assert!(matches!(read(&wrap(&p)), Err(IndexFileError::Corrupt(_))), "{} bytes", p.len());
    }
}
