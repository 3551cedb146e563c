//! A sharded archive (`corroborate index CORPUS --shards DIR`): the prebuilt index split into
//! files a static host or CDN serves, so a page fetches only what a claim needs.
//!
//! ```text
//! DIR/manifest.bin        what the archive holds and how it is cut (small: one entry per chunk)
//! DIR/postings/N.bin      the postings of every key whose hash falls in shard N
//! DIR/articles/N.bin      chunk N: consecutive whole articles, with their sentence spans
//! DIR/vocab/N.bin         the corpus words whose first letter falls in file N, for spelling
//! ```
//!
//! A check runs in two fetch rounds: the claim's keys name the posting shards it needs
//! ([`Archive::shards_for`]); their postings rank the candidate sentences exactly as
//! `candidates::find_evidence` does, which names the article chunks holding the best ones
//! ([`Archive::chunks_for`]); the articles those chunks hold become a small corpus and index
//! with the whole archive's statistics ([`Archive::partial`]), on which the ordinary check runs.
//! The answer is the one the single-file index gives, spelling corrections included: a claim
//! word the loaded shards do not know and the model's vocabulary does not either names the
//! vocabulary file of its first letter ([`Archive::vocab_for`]); with it loaded, the corrected
//! word's shards are fetched in one more round, and the check reads the corrected claim.
//!
//! Every file is validated as strictly as the `.idx` reader validates its file: magic, format
//! version, the analysis fingerprint (manifest), the archive it belongs to, its own checksum,
//! and every count, id and span against the manifest.
//!
//! ```text
//! manifest: magic "CRBSHM01" · u32 version · u64 fingerprint · u64 archive id · payload ·
//!           u64 FNV-1a of everything before
//!   payload: varint articles, sentences, posting shards, vocabulary files, chunks;
//!            per chunk: varint articles in it, varint sentences in it
//! shard:    magic "CRBSHP01" · u32 version · u64 archive id · u32 shard number · payload ·
//!           u64 FNV-1a of everything before
//!   payload: varint key count, per key: string, u8 flag (1: also an ordinary lowercase word),
//!            varint posting count, delta-coded varint sentence ids (of the whole archive)
//! chunk:    magic "CRBSHC01" · u32 version · u64 archive id · u32 chunk number · payload ·
//!           u64 FNV-1a of everything before
//!   payload: per article (the manifest's count): 6 strings (id, title, text, source, url, date),
//!            varint sentence count, per sentence varint start, end, u8 part
//! vocab:    magic "CRBSHV01" · u32 version · u64 archive id · u32 file number · payload ·
//!           u64 FNV-1a of everything before
//!   payload: varint word count, per word (in byte order): string, varint sentences using it
//! ```

use crate::binfmt::{fnv, put_str, put_varint, verify_checksum, Reader};
use crate::corpus::{Article, Corpus};
use crate::retrieve::candidates::{Claim, Lookup};
use crate::retrieve::index::{Index, SentenceRef};
use crate::retrieve::store::{fingerprint, put_posting_list, read_article, read_posting_list, read_span, Budget, IndexFileError};
use crate::text::segment::Part;

/// The manifest's first eight bytes.
pub const MANIFEST_MAGIC: &[u8; 8] = b"CRBSHM01";
/// A posting shard's first eight bytes.
pub const SHARD_MAGIC: &[u8; 8] = b"CRBSHP01";
/// An article chunk's first eight bytes.
pub const CHUNK_MAGIC: &[u8; 8] = b"CRBSHC01";
/// A vocabulary file's first eight bytes.
pub const VOCAB_MAGIC: &[u8; 8] = b"CRBSHV01";
/// Version of the layout above; files of another version are refused (2: vocabulary files).
pub const FORMAT_VERSION: u32 = 2;
/// The manifest's name in the archive's directory.
pub const MANIFEST_FILE: &str = "manifest.bin";

/// How an archive is cut. A claim needs one posting shard per key and one chunk per article
/// among its best sentences, so smaller files waste fewer bytes; each chunk costs the manifest
/// about two bytes and each file a request. On the 10k benchmark archive, 8 KB shards and
/// 1 KB chunks (in practice one article each) gave a first check of 334 KB and later checks of
/// 170 KB (median), against 559 / 294 KB with 16 KB and 4 KB (BENCHMARKS.md).
#[derive(Debug, Clone, Copy)]
pub struct Cut {
    /// Posting bytes aimed at per shard (the shard count is the postings' size over this).
    pub shard_bytes: usize,
    /// Article text aimed at per chunk: articles are added to a chunk until it has this much.
    pub chunk_bytes: usize,
}

impl Default for Cut {
    fn default() -> Cut {
        Cut { shard_bytes: 8 * 1024, chunk_bytes: 1024 }
    }
}

/// Most posting shards an archive may have (bounds the manifest's claims).
pub const MAX_SHARDS: usize = 1 << 20;
/// Most vocabulary files: words are filed by first letter, so more would stay empty.
pub const MAX_VOCAB_FILES: usize = 64;
/// Loaded shards and chunks kept between checks, in file bytes: past this the cache is
/// emptied before the next claim (the browser's HTTP cache still has the files).
pub const CACHE_BYTES: usize = 64 << 20;

/// The files of an archive, as bytes.
pub struct Files {
    /// `manifest.bin`.
    pub manifest: Vec<u8>,
    /// `postings/N.bin`, by N.
    pub shards: Vec<Vec<u8>>,
    /// `articles/N.bin`, by N.
    pub chunks: Vec<Vec<u8>>,
    /// `vocab/N.bin`, by N.
    pub vocab: Vec<Vec<u8>>,
}

/// The path of posting shard `n` inside the archive's directory.
pub fn shard_path(n: u32) -> String {
    format!("postings/{n}.bin")
}

/// The path of article chunk `n` inside the archive's directory.
pub fn chunk_path(n: u32) -> String {
    format!("articles/{n}.bin")
}

/// The path of vocabulary file `n` inside the archive's directory.
pub fn vocab_path(n: u32) -> String {
    format!("vocab/{n}.bin")
}

/// The vocabulary file holding the words that begin as `word` does, of `files`: spelling
/// suggestions keep the first letter, so one file has every candidate for a typo.
pub fn vocab_of(word: &str, files: u32) -> u32 {
    let mut first = [0u8; 4];
    let first = word.chars().next().map_or(&[][..], |c| c.encode_utf8(&mut first).as_bytes());
    (fnv(first) % files.max(1) as u64) as u32
}

/// The shard holding `key`'s postings, of `shards`.
pub fn shard_of(key: &str, shards: u32) -> u32 {
    (fnv(key.as_bytes()) % shards.max(1) as u64) as u32
}

fn header(magic: &[u8; 8], archive: u64, number: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    out.extend_from_slice(magic);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&archive.to_le_bytes());
    out.extend_from_slice(&number.to_le_bytes());
    out
}

/// Cuts a corpus and its index into an archive's files.
pub fn write(corpus: &Corpus, index: &Index, cut: Cut) -> Files {
    // Chunks: consecutive articles until each has `chunk_bytes` of text.
    let mut per_article = vec![0usize; corpus.len()];
    for s in &index.sentences {
        per_article[s.article as usize] += 1;
    }
    let mut bounds: Vec<(usize, usize)> = Vec::new(); // (first article, articles)
    let mut size = 0;
    for (ai, a) in corpus.articles.iter().enumerate() {
        match bounds.last_mut() {
            Some((_, n)) if size < cut.chunk_bytes => *n += 1,
            _ => {
                bounds.push((ai, 1));
                size = 0;
            }
        }
        size += a.text.len() + a.title.len();
    }
    let mut keys: Vec<(&String, &Vec<u32>)> = index.all_postings().collect();
    keys.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let posting_bytes: usize = keys.iter().map(|(k, ids)| k.len() + 2 + ids.len() * 2).sum();
    let n_shards = posting_bytes.div_ceil(cut.shard_bytes.max(1)).clamp(1, MAX_SHARDS) as u32;
    // The archive id ties every file to this archive: a hash of the contents.
    let mut bodies_of_shards = vec![Vec::new(); n_shards as usize];
    let mut counts = vec![0u64; n_shards as usize];
    for (k, ids) in &keys {
        let s = shard_of(k, n_shards) as usize;
        counts[s] += 1;
        let p = &mut bodies_of_shards[s];
        put_str(p, k);
        p.push(index.is_common(k) as u8);
        put_posting_list(p, ids);
    }
    // Vocabulary files: the words spelling may offer, by first letter, about a shard's size each.
    let mut words: Vec<(&str, usize)> = index.vocabulary().words().collect();
    words.sort_unstable();
    let vocab_bytes: usize = words.iter().map(|(w, _)| w.len() + 3).sum();
    let n_vocab = vocab_bytes.div_ceil(cut.shard_bytes.max(1)).clamp(1, MAX_VOCAB_FILES) as u32;
    let mut vocab_bodies = vec![Vec::new(); n_vocab as usize];
    let mut vocab_counts = vec![0u64; n_vocab as usize];
    for (w, df) in words {
        let v = vocab_of(w, n_vocab) as usize;
        vocab_counts[v] += 1;
        put_str(&mut vocab_bodies[v], w);
        put_varint(&mut vocab_bodies[v], df as u64);
    }
    let mut chunk_bodies = Vec::with_capacity(bounds.len());
    let mut sentence_at = 0usize;
    let mut chunk_sentences = Vec::with_capacity(bounds.len());
    for &(first, n) in &bounds {
        let mut p = Vec::new();
        let mut in_chunk = 0;
        for (a, &count) in corpus.articles[first..first + n].iter().zip(&per_article[first..first + n]) {
            for s in [&a.id, &a.title, &a.text] {
                put_str(&mut p, s);
            }
            for s in [&a.source, &a.url, &a.date] {
                put_str(&mut p, s.as_deref().unwrap_or(""));
            }
            put_varint(&mut p, count as u64);
            for s in &index.sentences[sentence_at..sentence_at + count] {
                put_varint(&mut p, s.start as u64);
                put_varint(&mut p, s.end as u64);
                p.push(matches!(s.part, Part::Prose) as u8);
            }
            sentence_at += count;
            in_chunk += count;
        }
        chunk_sentences.push(in_chunk);
        chunk_bodies.push(p);
    }
    let mut archive = fnv(&fingerprint().to_le_bytes());
    for (i, b) in bodies_of_shards.iter().chain(&chunk_bodies).chain(&vocab_bodies).enumerate() {
        archive = archive.rotate_left(5) ^ fnv(b) ^ i as u64;
    }
    let seal = |mut out: Vec<u8>| {
        crate::binfmt::put_checksum(&mut out);
        out
    };
    // Each file: its header, its entry count (where the format has one), its payload, sealed.
    let files = |magic: &[u8; 8], bodies: &[Vec<u8>], counts: Option<&[u64]>| -> Vec<Vec<u8>> {
        let file = |(i, b): (usize, &Vec<u8>)| {
            let mut out = header(magic, archive, i as u32);
            if let Some(c) = counts {
                put_varint(&mut out, c[i]);
            }
            out.extend_from_slice(b);
            seal(out)
        };
        bodies.iter().enumerate().map(file).collect()
    };
    let shards = files(SHARD_MAGIC, &bodies_of_shards, Some(&counts));
    let chunks = files(CHUNK_MAGIC, &chunk_bodies, None);
    let vocab = files(VOCAB_MAGIC, &vocab_bodies, Some(&vocab_counts));
    let mut m = Vec::new();
    m.extend_from_slice(MANIFEST_MAGIC);
    m.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    m.extend_from_slice(&fingerprint().to_le_bytes());
    m.extend_from_slice(&archive.to_le_bytes());
    for v in [corpus.len(), index.sentences.len(), n_shards as usize, n_vocab as usize, bounds.len()] {
        put_varint(&mut m, v as u64);
    }
    for (&(_, n), &s) in bounds.iter().zip(&chunk_sentences) {
        put_varint(&mut m, n as u64);
        put_varint(&mut m, s as u64);
    }
    Files { manifest: seal(m), shards, chunks, vocab }
}

/// Where a chunk starts: its first article and first sentence in the whole archive.
#[derive(Debug, Clone, Copy)]
struct ChunkStart {
    article: u32,
    sentence: u32,
}

/// A key's postings as a shard gives them.
struct Postings {
    common: bool,
    ids: Vec<u32>,
}

/// The articles of one chunk with their sentences (article numbers of the whole archive).
struct Chunk {
    articles: Vec<Article>,
    sentences: Vec<SentenceRef>,
}

/// An open archive: its manifest and the shards and chunks loaded so far.
pub struct Archive {
    id: u64,
    articles: usize,
    sentences: usize,
    shards: u32,
    /// Each chunk's start, then one past the end (articles, sentences).
    starts: Vec<ChunkStart>,
    // Loaded files by number. Vectors, not hash maps: each map type is another copy of the
    // hash table's code in the WebAssembly, and the widget's budget is tight.
    postings: Vec<Option<Vec<(String, Postings)>>>,
    chunks: Vec<Option<Chunk>>,
    /// Which vocabulary files are loaded, and the words they gave.
    vocab_loaded: Vec<bool>,
    vocabulary: crate::retrieve::spelling::Vocabulary,
    cached_bytes: usize,
}

/// Reads a shard or chunk file's header and checksum: its payload.
fn open_file<'a>(bytes: &'a [u8], magic: &[u8; 8], archive: u64, number: u32) -> Result<&'a [u8], IndexFileError> {
    if bytes.len() < 8 || &bytes[..8] != magic {
        return Err(IndexFileError::NotAnIndex);
    }
    let body = verify_checksum(bytes)?;
    let mut r = Reader::new(body, 8);
    let version = r.u32()?;
    if version != FORMAT_VERSION {
        return Err(IndexFileError::UnsupportedVersion(version));
    }
    if r.u64()? != archive {
        return Err(IndexFileError::Corrupt("a file of another archive"));
    }
    if r.u32()? != number {
        return Err(IndexFileError::Corrupt("a file in another file's place"));
    }
    Ok(&body[r.position()..])
}

impl Archive {
    /// Opens an archive from its manifest.
    pub fn open(manifest: &[u8]) -> Result<Archive, IndexFileError> {
        if manifest.len() < 8 || &manifest[..8] != MANIFEST_MAGIC {
            return Err(IndexFileError::NotAnIndex);
        }
        let body = verify_checksum(manifest)?;
        let mut r = Reader::new(body, 8);
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(IndexFileError::UnsupportedVersion(version));
        }
        if r.u64()? != fingerprint() {
            return Err(IndexFileError::Mismatched);
        }
        let id = r.u64()?;
        let (articles, sentences) = (r.varint()?, r.varint()?);
        let (shards, vocab) = (r.varint()?, r.varint()?);
        if articles == 0
            || articles > u32::MAX as u64
            || sentences > u32::MAX as u64
            || shards == 0
            || shards > MAX_SHARDS as u64
            || vocab == 0
            || vocab > MAX_VOCAB_FILES as u64
        {
            return Err(IndexFileError::Corrupt("counts out of range"));
        }
        let n_chunks = r.count(2)?;
        let mut starts = Vec::with_capacity(n_chunks + 1);
        let (mut a, mut s) = (0u64, 0u64);
        for _ in 0..n_chunks {
            starts.push(ChunkStart { article: a as u32, sentence: s as u32 });
            let (na, ns) = (r.varint()?, r.varint()?);
            if na == 0 {
                return Err(IndexFileError::Corrupt("an empty chunk"));
            }
            a = a.saturating_add(na);
            s = s.saturating_add(ns);
            if a > articles || s > sentences {
                return Err(IndexFileError::Corrupt("chunks hold more than the archive"));
            }
        }
        if a != articles || s != sentences || r.remaining() != 0 {
            return Err(IndexFileError::Corrupt("chunks do not add up to the archive"));
        }
        starts.push(ChunkStart { article: a as u32, sentence: s as u32 });
        Ok(Archive {
            id,
            articles: articles as usize,
            sentences: sentences as usize,
            shards: shards as u32,
            starts,
            postings: (0..shards).map(|_| None).collect(),
            chunks: (0..n_chunks).map(|_| None).collect(),
            vocab_loaded: vec![false; vocab as usize],
            vocabulary: Default::default(),
            cached_bytes: 0,
        })
    }

    /// The payload of file `n` of a kind this archive has `count` of (`missing`: the error for
    /// a number past them), its header and checksum checked.
    fn numbered<'a>(&self, bytes: &'a [u8], magic: &[u8; 8], n: u32, count: u32, missing: &'static str) -> Result<&'a [u8], IndexFileError> {
        if n >= count {
            return Err(IndexFileError::Corrupt(missing));
        }
        open_file(bytes, magic, self.id, n)
    }

    /// Number of articles in the archive.
    pub fn article_count(&self) -> usize {
        self.articles
    }

    /// Number of evidence sentences in the archive.
    pub fn sentence_count(&self) -> usize {
        self.sentences
    }

    /// Number of posting shards.
    pub fn shard_count(&self) -> u32 {
        self.shards
    }

    /// Number of article chunks.
    pub fn chunk_count(&self) -> u32 {
        (self.starts.len() - 1) as u32
    }

    /// Number of vocabulary files.
    pub fn vocab_count(&self) -> u32 {
        self.vocab_loaded.len() as u32
    }

    /// The words of the vocabulary files loaded so far, for spelling suggestions.
    pub fn vocabulary(&self) -> &crate::retrieve::spelling::Vocabulary {
        &self.vocabulary
    }

    /// How many sentences of the archive use `key`, if its shard is loaded; otherwise as many
    /// as could be (a word whose shard is not there is never taken for a typo).
    pub fn df_if_loaded(&self, key: &str) -> usize {
        match self.postings[shard_of(key, self.shards) as usize] {
            Some(_) => self.postings(key).len(),
            None => usize::MAX,
        }
    }

    /// The vocabulary files that suggestions for `typos` need and that are not loaded.
    pub fn vocab_for(&self, typos: &[crate::retrieve::spelling::Typo]) -> Vec<u32> {
        let mut need: Vec<u32> = typos.iter().map(|t| vocab_of(&t.word, self.vocab_count())).filter(|&v| !self.vocab_loaded[v as usize]).collect();
        crate::sort_heap(&mut need);
        need.dedup();
        need
    }

    /// Adds vocabulary file `n` from its file.
    pub fn add_vocab(&mut self, n: u32, bytes: &[u8]) -> Result<(), IndexFileError> {
        let payload = self.numbered(bytes, VOCAB_MAGIC, n, self.vocab_count(), "no such vocabulary file")?;
        let mut budget = Budget::of(bytes.len());
        let mut r = Reader::new(payload, 0);
        // A word takes at least 3 bytes: its length, a letter and its count.
        let count = r.count(3)?;
        budget.charge(count * 48)?;
        let mut words: Vec<(String, usize)> = Vec::with_capacity(count);
        for _ in 0..count {
            let word = r.string()?;
            if word.is_empty() || !word.chars().all(char::is_alphabetic) || words.last().is_some_and(|(l, _)| *l >= word) {
                return Err(IndexFileError::Corrupt("vocabulary words not letters, out of order or repeated"));
            }
            if vocab_of(&word, self.vocab_count()) != n {
                return Err(IndexFileError::Corrupt("a word in the wrong vocabulary file"));
            }
            let df = r.varint()?;
            if df < crate::retrieve::spelling::MIN_SENTENCES as u64 || df > self.sentences as u64 {
                return Err(IndexFileError::Corrupt("a word used in more sentences than the archive has"));
            }
            words.push((word, df as usize));
        }
        if r.remaining() != 0 {
            return Err(IndexFileError::Corrupt("trailing bytes"));
        }
        self.cached_bytes += bytes.len();
        self.vocab_loaded[n as usize] = true;
        self.vocabulary.add(&mut words.into_iter());
        Ok(())
    }

    /// The keys a claim's retrieval looks up: each term's key and the parts of multi-word names.
    fn keys(claim: &Claim) -> impl Iterator<Item = &String> {
        claim.terms.iter().flat_map(|t| std::iter::once(&t.key).chain(&t.parts))
    }

    /// The posting shards `claim` needs that are not loaded, in order. Empties the cache first
    /// when it has grown past [`CACHE_BYTES`].
    pub fn shards_for(&mut self, claim: &Claim) -> Vec<u32> {
        if self.cached_bytes > CACHE_BYTES {
            self.postings.iter_mut().for_each(|p| *p = None);
            self.chunks.iter_mut().for_each(|c| *c = None);
            self.vocab_loaded.iter_mut().for_each(|v| *v = false);
            self.vocabulary = Default::default();
            self.cached_bytes = 0;
        }
        let mut need: Vec<u32> = Archive::keys(claim).map(|k| shard_of(k, self.shards)).filter(|&s| self.postings[s as usize].is_none()).collect();
        crate::sort_heap(&mut need);
        need.dedup();
        need
    }

    /// Adds posting shard `n` from its file.
    pub fn add_shard(&mut self, n: u32, bytes: &[u8]) -> Result<(), IndexFileError> {
        let payload = self.numbered(bytes, SHARD_MAGIC, n, self.shards, "no such shard")?;
        let mut budget = Budget::of(bytes.len());
        let mut r = Reader::new(payload, 0);
        let n_keys = r.count(4)?;
        let mut keys: Vec<(String, Postings)> = Vec::new();
        budget.charge(n_keys * 64)?;
        for _ in 0..n_keys {
            let key = r.string()?;
            // Sorted and unique, so a key is found by binary search.
            if key.is_empty() || keys.last().is_some_and(|(l, _)| *l >= key) {
                return Err(IndexFileError::Corrupt("keys out of order or repeated"));
            }
            if shard_of(&key, self.shards) != n {
                return Err(IndexFileError::Corrupt("a key in the wrong shard"));
            }
            let common = match r.u8()? {
                0 => false,
                1 => true,
                _ => return Err(IndexFileError::Corrupt("unknown key flag")),
            };
            let ids = read_posting_list(&mut r, self.sentences, key.len(), &mut budget)?;
            keys.push((key, Postings { common, ids }));
        }
        if r.remaining() != 0 {
            return Err(IndexFileError::Corrupt("trailing bytes"));
        }
        self.cached_bytes += bytes.len();
        self.postings[n as usize] = Some(keys);
        Ok(())
    }

    fn entry(&self, key: &str) -> Option<&Postings> {
        let keys = self.postings[shard_of(key, self.shards) as usize].as_ref()?;
        keys.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok().map(|i| &keys[i].1)
    }

    /// The whole archive's postings of `key` (empty when its shard is not loaded).
    pub fn postings(&self, key: &str) -> &[u32] {
        self.entry(key).map_or(&[], |p| p.ids.as_slice())
    }

    /// The chunk holding sentence `id`.
    fn chunk_of(&self, id: u32) -> u32 {
        (self.starts.partition_point(|s| s.sentence <= id) - 1) as u32
    }

    /// The sentences a check of `claim` analyses (the best by estimated coverage, at least
    /// `min`), in id order: the same ones `find_evidence` picks from the whole index.
    fn best(&self, claim: &Claim, min: f32) -> Vec<u32> {
        let n = crate::retrieve::index::idf_population(self.sentences);
        Lookup::new(claim, &|k| self.postings(k), &|k| crate::retrieve::index::idf(n, self.postings(k).len())).best(min)
    }

    /// The article chunks a check of `claim` needs that are not loaded, in order (call after
    /// the shards of [`Archive::shards_for`] were added). `min` as in `find_evidence`.
    pub fn chunks_for(&self, claim: &Claim, min: f32) -> Vec<u32> {
        let mut need: Vec<u32> = self.best(claim, min).into_iter().map(|id| self.chunk_of(id)).filter(|&c| self.chunks[c as usize].is_none()).collect();
        need.dedup();
        need
    }

    /// Adds article chunk `n` from its file.
    pub fn add_chunk(&mut self, n: u32, bytes: &[u8]) -> Result<(), IndexFileError> {
        let payload = self.numbered(bytes, CHUNK_MAGIC, n, self.chunk_count(), "no such chunk")?;
        let (start, end) = (self.starts[n as usize], self.starts[n as usize + 1]);
        let mut budget = Budget::of(bytes.len());
        let mut r = Reader::new(payload, 0);
        let n_articles = (end.article - start.article) as usize;
        budget.charge(n_articles * std::mem::size_of::<Article>())?;
        let mut articles = Vec::with_capacity(n_articles);
        let mut sentences: Vec<SentenceRef> = Vec::new();
        for ai in start.article..end.article {
            let article = read_article(&mut r, &mut budget)?;
            // A sentence takes at least 3 bytes: two varints and its kind.
            let count = r.count(3)?;
            budget.charge(count * std::mem::size_of::<SentenceRef>())?;
            let mut prev_end = 0;
            for _ in 0..count {
                let (s, e) = (r.varint()?, r.varint()?);
                let part = match r.u8()? {
                    0 => Part::Headline,
                    1 => Part::Prose,
                    _ => return Err(IndexFileError::Corrupt("unknown sentence kind")),
                };
                read_span(&article.text, s, e, prev_end)?;
                prev_end = e;
                sentences.push(SentenceRef { article: ai, start: s as u32, end: e as u32, part });
            }
            articles.push(article);
        }
        if sentences.len() != (end.sentence - start.sentence) as usize {
            return Err(IndexFileError::Corrupt("a chunk's sentences differ from the manifest"));
        }
        if r.remaining() != 0 {
            return Err(IndexFileError::Corrupt("trailing bytes"));
        }
        self.cached_bytes += bytes.len();
        self.chunks[n as usize] = Some(Chunk { articles, sentences });
        Ok(())
    }

    /// A loaded article by id (one a report showed is loaded, unless the cache was emptied).
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.chunks.iter().flatten().flat_map(|c| &c.articles).find(|a| a.id == id)
    }

    /// The articles holding the sentences a check of `claim` analyses, as a corpus, with an
    /// index over them that carries the whole archive's statistics (IDF, which keys are also
    /// ordinary words): checking `claim` against it gives the whole archive's answer. Articles
    /// whose chunk is not loaded are left out.
    pub fn partial(&self, claim: &Claim, min: f32) -> Option<(Corpus, Index)> {
        let best = self.best(claim, min);
        let mut wanted: Vec<(u32, u32)> = Vec::new(); // (chunk, article)
        for id in best {
            let c = self.chunk_of(id);
            let chunk = self.chunks[c as usize].as_ref()?;
            let at = (id - self.starts[c as usize].sentence) as usize;
            let article = chunk.sentences[at].article;
            if wanted.last() != Some(&(c, article)) {
                wanted.push((c, article));
            }
        }
        wanted.dedup();
        let mut articles = Vec::with_capacity(wanted.len());
        let mut sentences = Vec::new();
        let mut global_ids = Vec::new(); // sentence id in the archive, per partial sentence
        for &(c, article) in &wanted {
            let Some(chunk) = &self.chunks[c as usize] else { continue };
            let start = self.starts[c as usize];
            let local_article = (article - start.article) as usize;
            let new_article = articles.len() as u32;
            articles.push(chunk.articles[local_article].clone());
            for (i, s) in chunk.sentences.iter().enumerate().filter(|(_, s)| s.article == article) {
                global_ids.push(start.sentence + i as u32);
                sentences.push(SentenceRef { article: new_article, ..*s });
            }
        }
        let mut postings = Vec::new();
        let mut common = Vec::new();
        let mut df: Vec<(String, u32)> = Vec::new();
        for key in Archive::keys(claim) {
            let Some(p) = self.entry(key) else { continue };
            if df.iter().any(|(k, _)| k == key) {
                continue;
            }
            df.push((key.clone(), p.ids.len() as u32));
            if p.common {
                common.push(key.clone());
            }
            // The partial index's ids of this key's sentences that are loaded.
            let ids: Vec<u32> = global_ids.iter().enumerate().filter(|(_, g)| p.ids.binary_search(g).is_ok()).map(|(local, _)| local as u32).collect();
            if !ids.is_empty() {
                postings.push((key.clone(), ids));
            }
        }
        let index = Index::partial(sentences, postings, common, self.sentences, df);
        Some((Corpus { articles }, index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ArchiveChecker, Checker};

    /// The seed articles and the newsdesk ones: enough articles for many chunks.
    fn corpus() -> Corpus {
        let mut articles = Corpus::bundled().articles;
        let newsdesk = Corpus::from_json("newsdesk", include_str!("../../tests/fixtures/newsdesk_corpus.json")).unwrap();
        articles.extend(newsdesk.articles);
        // Many short sentences at a chunk's end: fewer bytes left than a 4-byte guess allowed.
        articles.push(Article { id: "short".into(), title: "Short".into(), text: "Yes. No. Maybe. So. Go.".into(), ..Default::default() });
        Corpus::new(articles).unwrap()
    }

    /// Cut small, so that a claim needs some files and not others.
    const SMALL: Cut = Cut { shard_bytes: 256, chunk_bytes: 1 };

    fn claims() -> Vec<String> {
        let sets = [include_str!("../../tests/fixtures/seed_claims_heldout.jsonl"), include_str!("../../tests/fixtures/newsdesk_claims.jsonl")];
        let mut claims: Vec<String> =
            sets.iter().flat_map(|s| s.lines()).map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["claim"].as_str().unwrap().to_string()).collect();
        // Misspelt, so that spelling suggestions need vocabulary files.
        claims.extend(
            ["Turky sent mercenarys to Azerbiajan.", "Macron said Syrian figthers passed through Gaziantep.", "Aliyev thanked Ankara for its suport."]
                .map(String::from),
        );
        claims
    }

    /// What a page does: fetch the shards a claim needs, the vocabulary files and corrected
    /// words' shards if it may be misspelt, then its chunks, then check. Returns the report and
    /// the bytes fetched.
    fn fetch_and_check(a: &mut ArchiveChecker, files: &Files, claim: &str) -> (crate::Report, usize) {
        let mut fetched = 0;
        for n in a.shards_for(claim).unwrap() {
            fetched += files.shards[n as usize].len();
            a.add_shard(n, &files.shards[n as usize]).unwrap();
        }
        for n in a.vocab_for(claim).unwrap() {
            fetched += files.vocab[n as usize].len();
            a.add_vocab(n, &files.vocab[n as usize]).unwrap();
        }
        for n in a.shards_for(claim).unwrap() {
            fetched += files.shards[n as usize].len();
            a.add_shard(n, &files.shards[n as usize]).unwrap();
        }
        for n in a.chunks_for(claim).unwrap() {
            fetched += files.chunks[n as usize].len();
            a.add_chunk(n, &files.chunks[n as usize]).unwrap();
        }
        (a.check(claim).unwrap(), fetched)
    }

    #[test]
    fn a_sharded_archive_answers_as_the_whole_index_does() {
        let corpus = corpus();
        let whole = Checker::new(corpus.clone());
        let files = write(&corpus, &Index::build(&corpus), SMALL);
        assert!(files.shards.len() > 20 && files.chunks.len() == corpus.len(), "{} shards, {} chunks", files.shards.len(), files.chunks.len());
        let mut sharded = ArchiveChecker::open(&files.manifest).unwrap();
        assert_eq!(sharded.archive().article_count(), corpus.len());
        let total: usize = files.shards.iter().chain(&files.chunks).map(Vec::len).sum();
        let mut differ = Vec::new();
        let (mut covered, mut corrected) = (0, 0);
        for n in 0..files.chunks.len() as u32 {
            sharded.add_chunk(n, &files.chunks[n as usize]).unwrap_or_else(|e| panic!("chunk {n}: {e}"));
        }
        let mut sharded = ArchiveChecker::open(&files.manifest).unwrap();
        for claim in claims() {
            // A fresh archive per claim: each check fetches what it needs from nothing.
            let mut fresh = ArchiveChecker::open(&files.manifest).unwrap();
            let (report, fetched) = fetch_and_check(&mut fresh, &files, &claim);
            assert!(fetched < total, "{claim}: fetched everything");
            let expected = serde_json::to_value(whole.check(&claim).unwrap()).unwrap();
            covered += report.covered as usize;
            corrected += !report.corrected.is_empty() as usize;
            if serde_json::to_value(&report).unwrap() != expected {
                differ.push(claim.clone());
            }
            // And the same archive, reused: what is loaded stays loaded and answers the same.
            let (again, _) = fetch_and_check(&mut sharded, &files, &claim);
            assert_eq!(serde_json::to_value(&again).unwrap(), serde_json::to_value(&report).unwrap());
        }
        assert!(differ.is_empty(), "answers differ from the single-file index for {differ:?}");
        assert!(covered > 50, "only {covered} claims found evidence: the comparison says little");
        assert!(corrected >= 3, "only {corrected} claims were corrected: spelling was not compared");
    }

    #[test]
    fn checking_before_the_files_are_there_is_an_error_not_a_wrong_answer() {
        let corpus = corpus();
        let files = write(&corpus, &Index::build(&corpus), SMALL);
        let mut a = ArchiveChecker::open(&files.manifest).unwrap();
        let claim = "Turkey sent Syrian fighters to Azerbaijan.";
        for n in a.shards_for(claim).unwrap() {
            a.add_shard(n, &files.shards[n as usize]).unwrap();
        }
        assert!(!a.chunks_for(claim).unwrap().is_empty());
        assert_eq!(a.check(claim).err(), Some(crate::CheckError::ShardsMissing));
    }

    #[test]
    fn damaged_or_foreign_files_are_refused() {
        let corpus = corpus();
        let files = write(&corpus, &Index::build(&corpus), SMALL);
        let other = write(&Corpus::bundled(), &Index::build(&Corpus::bundled()), SMALL);
        let mut a = Archive::open(&files.manifest).unwrap();
        let flip = |b: &[u8], at: usize| {
            let mut b = b.to_vec();
            b[at] ^= 0x20;
            b
        };
        let shard = &files.shards[3];
        assert_eq!(a.add_shard(3, &flip(shard, shard.len() / 2)).err(), Some(IndexFileError::BadChecksum));
        assert_eq!(a.add_shard(3, &shard[..shard.len() - 3]).err(), Some(IndexFileError::BadChecksum));
        assert!(matches!(a.add_shard(4, shard), Err(IndexFileError::Corrupt(_))), "a shard in another's place");
        assert!(matches!(a.add_shard(3, &other.shards[3]), Err(IndexFileError::Corrupt(_))), "a shard of another archive");
        assert!(a.add_shard(u32::MAX, shard).is_err());
        assert_eq!(a.add_shard(3, &files.chunks[3]).err(), Some(IndexFileError::NotAnIndex));
        let chunk = &files.chunks[2];
        assert_eq!(a.add_chunk(2, &flip(chunk, chunk.len() - 12)).err(), Some(IndexFileError::BadChecksum));
        assert!(matches!(a.add_chunk(1, chunk), Err(IndexFileError::Corrupt(_))));
        let vocab = &files.vocab[5];
        assert_eq!(a.add_vocab(5, &flip(vocab, vocab.len() / 2)).err(), Some(IndexFileError::BadChecksum));
        assert!(matches!(a.add_vocab(6, vocab), Err(IndexFileError::Corrupt(_))), "a vocabulary file in another's place");
        assert!(matches!(a.add_vocab(5, &other.vocab[5]), Err(IndexFileError::Corrupt(_))), "a vocabulary file of another archive");
        assert!(a.add_vocab(u32::MAX, vocab).is_err());
        assert_eq!(a.add_vocab(5, shard).err(), Some(IndexFileError::NotAnIndex));
        assert!(a.add_shard(3, shard).is_ok() && a.add_chunk(2, chunk).is_ok() && a.add_vocab(5, vocab).is_ok());
        assert_eq!(Archive::open(&flip(&files.manifest, 30)).err(), Some(IndexFileError::BadChecksum));
        assert_eq!(Archive::open(b"CRBIDX01").err(), Some(IndexFileError::NotAnIndex));
        // Every truncation of the manifest is an error.
        for cut in 0..files.manifest.len() {
            assert!(Archive::open(&files.manifest[..cut]).is_err());
        }
    }

    /// A file that passes its checksum but lies (a hostile host recomputes checksums): every
    /// count, id and span is checked against the manifest.
    #[test]
    fn well_sealed_lies_are_refused() {
        let corpus = corpus();
        let files = write(&corpus, &Index::build(&corpus), SMALL);
        let a = Archive::open(&files.manifest).unwrap();
        let reseal = |magic: &[u8; 8], n: u32, payload: &[u8]| {
            let mut out = header(magic, a.id, n);
            out.extend_from_slice(payload);
            crate::binfmt::put_checksum(&mut out);
            out
        };
        let key_in = |n: u32| (0..).map(|i| format!("k{i}")).find(|k| shard_of(k, a.shards) == n).unwrap();
        let shard_with = |n: u32, ids: &[u64]| {
            let mut p = Vec::new();
            put_varint(&mut p, 1);
            put_str(&mut p, &key_in(n));
            p.push(0);
            put_varint(&mut p, ids.len() as u64);
            let mut prev = 0;
            for &id in ids {
                put_varint(&mut p, id - prev);
                prev = id;
            }
            reseal(SHARD_MAGIC, n, &p)
        };
        let mut a2 = Archive::open(&files.manifest).unwrap();
        assert!(a2.add_shard(0, &shard_with(0, &[0, 1])).is_ok(), "a well-formed forged shard loads");
        let past = a.sentences as u64;
        assert!(matches!(a2.add_shard(1, &shard_with(1, &[past])), Err(IndexFileError::Corrupt(_))), "a sentence past the end");
        assert!(matches!(a2.add_shard(1, &shard_with(1, &[2, 2])), Err(IndexFileError::Corrupt(_))), "a sentence twice");
        let wrong_key = {
            let mut p = Vec::new();
            put_varint(&mut p, 1);
            put_str(&mut p, &key_in(2));
            p.extend_from_slice(&[0, 1, 0]);
            reseal(SHARD_MAGIC, 1, &p)
        };
        assert!(matches!(a2.add_shard(1, &wrong_key), Err(IndexFileError::Corrupt(_))), "a key of another shard");
        // A chunk whose span runs past its article.
        let art = &corpus.articles[0];
        let mut p = Vec::new();
        for s in [&art.id, &art.title, &art.text] {
            put_str(&mut p, s);
        }
        p.extend_from_slice(&[0, 0, 0]);
        put_varint(&mut p, 1);
        put_varint(&mut p, 0);
        put_varint(&mut p, art.text.len() as u64 + 5);
        p.push(1);
        assert!(matches!(a2.add_chunk(0, &reseal(CHUNK_MAGIC, 0, &p)), Err(IndexFileError::Corrupt(_))));
        // Vocabulary files: a word filed under another first letter, a word that is not
        // letters, a count past the archive's sentences, words out of order.
        let word_in = |n: u32| {
            [
                "alpha", "beta", "gamma", "delta", "omega", "kappa", "sigma", "theta", "zeta", "iota", "lambda", "rho", "tau", "upsilon", "phi", "chi", "psi",
                "epsilon", "eta", "mu", "nu", "xi", "omicron", "pi",
            ]
            .into_iter()
            .find(|w| vocab_of(w, a.vocab_count()) == n)
        };
        let vocab_with = |n: u32, words: &[(&str, u64)]| {
            let mut p = Vec::new();
            put_varint(&mut p, words.len() as u64);
            for (w, df) in words {
                put_str(&mut p, w);
                put_varint(&mut p, *df);
            }
            reseal(VOCAB_MAGIC, n, &p)
        };
        let (n, w) = (0..a.vocab_count()).find_map(|n| word_in(n).map(|w| (n, w))).unwrap();
        let other_file = (n + 1) % a.vocab_count();
        assert!(a2.add_vocab(n, &vocab_with(n, &[(w, 2)])).is_ok(), "a well-formed forged vocabulary file loads");
        assert!(matches!(a2.add_vocab(other_file, &vocab_with(other_file, &[(w, 2)])), Err(IndexFileError::Corrupt(_))), "a word of another file");
        assert!(matches!(a2.add_vocab(n, &vocab_with(n, &[(w, past + 1)])), Err(IndexFileError::Corrupt(_))), "a count past the end");
        assert!(matches!(a2.add_vocab(n, &vocab_with(n, &[(w, 2), (w, 3)])), Err(IndexFileError::Corrupt(_))), "a word twice");
        let digits = format!("{w}1");
        assert!(matches!(a2.add_vocab(n, &vocab_with(n, &[(digits.as_str(), 2)])), Err(IndexFileError::Corrupt(_))), "not letters");
    }
}
