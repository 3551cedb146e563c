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
use crate::index::{Index, SentenceRef};
use crate::segment::Part;
use std::fmt;

pub const MAGIC: &[u8; 8] = b"CRBIDX01";
pub const FORMAT_VERSION: u32 = 1;
/// Bump when tokenisation, segmentation or term keys change in a way the lexicons don't show.
const ANALYSIS_VERSION: u64 = 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexFileError {
    NotAnIndex,
    UnsupportedVersion(u32),
    Mismatched,
    Truncated,
    Corrupt(&'static str),
    BadChecksum,
}

impl fmt::Display for IndexFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IndexFileError::NotAnIndex => write!(f, "not a Corroborate index file"),
            IndexFileError::UnsupportedVersion(v) => write!(f, "index format version {v} is not supported (expected {FORMAT_VERSION}); rebuild it with `corroborate index`"),
            IndexFileError::Mismatched => write!(f, "the index was built by a different version of Corroborate; rebuild it with `corroborate index`"),
            IndexFileError::Truncated => write!(f, "the index file is truncated"),
            IndexFileError::Corrupt(what) => write!(f, "the index file is corrupt ({what})"),
            IndexFileError::BadChecksum => write!(f, "the index file is corrupt (checksum mismatch)"),
        }
    }
}

impl std::error::Error for IndexFileError {}

use crate::fnc::features::fnv;

/// Identifies the analysis an index was built with: lexicons and code version.
pub fn fingerprint() -> u64 {
    let mut h = fnv(&ANALYSIS_VERSION.to_le_bytes());
    for data in crate::lexicon::SOURCES {
        h ^= fnv(data.as_bytes());
        h = h.rotate_left(7);
    }
    h
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
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
        put_varint(&mut p, ids.len() as u64);
        let mut prev = 0u32;
        for &id in ids {
            put_varint(&mut p, (id - prev) as u64);
            prev = id;
        }
    }
    let mut out = Vec::with_capacity(p.len() + 40);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&fingerprint().to_le_bytes());
    out.extend_from_slice(&(p.len() as u64).to_le_bytes());
    out.extend_from_slice(&p);
    out.extend_from_slice(&fnv(&p).to_le_bytes());
    out
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], IndexFileError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.b.len()).ok_or(IndexFileError::Truncated)?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn varint(&mut self) -> Result<u64, IndexFileError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.take(1)?[0];
            v |= ((byte & 0x7f) as u64) << shift;
            if byte < 0x80 {
                return Ok(v);
            }
        }
        Err(IndexFileError::Corrupt("overlong number"))
    }
    /// A count, bounded by what the remaining bytes could hold (no huge allocations).
    fn count(&mut self) -> Result<usize, IndexFileError> {
        let n = self.varint()?;
        if n > (self.b.len() - self.at) as u64 {
            return Err(IndexFileError::Corrupt("count larger than the file"));
        }
        Ok(n as usize)
    }
    fn string(&mut self) -> Result<String, IndexFileError> {
        let n = self.count()?;
        let bytes = self.take(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| IndexFileError::Corrupt("text is not UTF-8"))
    }
}

/// Reads an index file back into its corpus and index, validating everything it relies on.
pub fn read(bytes: &[u8]) -> Result<(Corpus, Index), IndexFileError> {
    if bytes.len() < 8 || &bytes[..8] != MAGIC {
        return Err(IndexFileError::NotAnIndex);
    }
    let mut r = Reader { b: bytes, at: 8 };
    let version = u32::from_le_bytes(r.take(4)?.try_into().unwrap_or_default());
    if version != FORMAT_VERSION {
        return Err(IndexFileError::UnsupportedVersion(version));
    }
    let fp = u64::from_le_bytes(r.take(8)?.try_into().unwrap_or_default());
    let len = u64::from_le_bytes(r.take(8)?.try_into().unwrap_or_default());
    let len = usize::try_from(len).map_err(|_| IndexFileError::Truncated)?;
    let payload = r.take(len)?;
    let sum = u64::from_le_bytes(r.take(8)?.try_into().unwrap_or_default());
    if fnv(payload) != sum {
        return Err(IndexFileError::BadChecksum);
    }
    if fp != fingerprint() {
        return Err(IndexFileError::Mismatched);
    }
    let mut r = Reader { b: payload, at: 0 };
    let n_articles = r.count()?;
    let mut articles = Vec::with_capacity(n_articles);
    for _ in 0..n_articles {
        let (id, title, text) = (r.string()?, r.string()?, r.string()?);
        let opt = |s: String| (!s.is_empty()).then_some(s);
        let (source, url, date) = (opt(r.string()?), opt(r.string()?), opt(r.string()?));
        articles.push(Article { id, title, text, source, url, date });
    }
    let mut ids = std::collections::HashSet::new();
    if !articles.iter().all(|a| ids.insert(a.id.as_str())) {
        return Err(IndexFileError::Corrupt("two articles share an id"));
    }
    let n_sentences = r.count()?;
    let mut sentences = Vec::with_capacity(n_sentences);
    for _ in 0..n_sentences {
        let (article, start, end) = (r.varint()?, r.varint()?, r.varint()?);
        let part = match r.take(1)?[0] {
            0 => Part::Headline,
            1 => Part::Prose,
            _ => return Err(IndexFileError::Corrupt("unknown sentence kind")),
        };
        let text = articles.get(article as usize).map(|a| &a.text).ok_or(IndexFileError::Corrupt("sentence of a missing article"))?;
        if start > end || end as usize > text.len() || !text.is_char_boundary(start as usize) || !text.is_char_boundary(end as usize) {
            return Err(IndexFileError::Corrupt("sentence outside its article"));
        }
        sentences.push(SentenceRef { article: article as u32, start: start as u32, end: end as u32, part });
    }
    let n_keys = r.count()?;
    let mut postings = Vec::with_capacity(n_keys);
    let mut common = Vec::new();
    for _ in 0..n_keys {
        let key = r.string()?;
        match r.take(1)?[0] {
            0 => {}
            1 => common.push(key.clone()),
            _ => return Err(IndexFileError::Corrupt("unknown key flag")),
        }
        let n = r.count()?;
        let mut ids = Vec::with_capacity(n);
        let mut id = 0u64;
        for _ in 0..n {
            id += r.varint()?;
            if id >= n_sentences as u64 {
                return Err(IndexFileError::Corrupt("posting of a missing sentence"));
            }
            ids.push(id as u32);
        }
        postings.push((key, ids));
    }
    if r.at != payload.len() {
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
}
