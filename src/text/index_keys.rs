//! The index's own analysis of a sentence: the keys it is found by, without the `Token`s and
//! `Term`s of a full analysis ([`crate::text::analyze::index_terms`]).
//!
//! Building the index of a corpus used to analyse every sentence in full — a `String` per
//! token, per term, per key and per phrase tried — about 150 allocations a sentence, and most
//! of the build's time. News vocabulary repeats, so here everything that depends on a word
//! alone is worked out once per distinct word for the whole build (its key, synonym group,
//! hypernym, whether it is a name, a stop word, a phrase start) and kept in a memo under a
//! word id; keys are interned as term ids and postings kept by term id. What depends on the
//! occurrence (capitals, the sentence's case, the words around it) is checked per token,
//! exactly as `find_terms` does. Multi-word names and phrases are looked for only where the
//! hash of the run's word ids can be one of the lexicon's multi-word entries; where it can,
//! the phrase is built and looked up as `find_terms` does it, so a hash collision costs a
//! lookup, never a wrong key.
//!
//! The result must be exactly what the full analysis gives: `index.rs`'s tests compare the
//! two on varied text, and an index file built either way is byte-identical.

use crate::text::analyze::{compute_word_key as word_key, group_key, ident_key, name_term, phrase_lemma, Term};
use crate::text::lexicon::lexicon;
use crate::text::token::{tokenize_with, Kind, Scratch};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet, FxHasher};
use std::hash::Hasher;
use std::sync::OnceLock;

/// Word id of a punctuation token (punctuation has no memo entry).
const PUNCT: u32 = u32::MAX;

/// What a name or phrase contributes to the index: `name_term`'s key, `also` and `parts`.
struct Name {
    key: u32,
    also: Option<u32>,
    parts: Box<[u32]>,
    /// A place or demonym: never counts as an ordinary lowercase word.
    place: bool,
}

/// One part of a hyphenated word that is not in the lexicon as a whole ("Nagorno-Karabakh").
struct Part {
    /// Byte range of the part in the word's normal form.
    start: usize,
    end: usize,
    /// The part as a name, when capitals allow it there.
    name: Option<Name>,
    /// Its key as a plain word, unless it is a stop word.
    key: Option<u32>,
    /// Three letters or fewer: a name only when written in capitals ("Jong-un" has no UN).
    short: bool,
}

/// Everything about a distinct normalised word that does not depend on where it stands.
struct Word {
    norm: Box<str>,
    kind: Kind,
    starts_alpha: bool,
    /// Longest lexicon phrase that can start here, in words (`find_terms`'s `longest`), or 1
    /// when no phrase the index looks for can.
    longest: usize,
    /// Hashes of the word and of its lemma, and of the lemma without a plural s, for the
    /// phrase filter.
    hash: u64,
    lemma_hash: u64,
    singular_hash: Option<u64>,
    /// The lemma has a space: phrase hashes over it would not line up with the lexicon's
    /// words, so runs through it skip the filter.
    unfiltered: bool,
    /// The word as a name (place, demonym, alias), when capitals allow it there.
    name: Option<Name>,
    /// Key as an ordinary word, when it counts as content.
    plain: Option<u32>,
    /// Hyphenated and not in the lexicon as a whole: indexed by its parts.
    parts: Box<[Part]>,
    split: bool,
}

/// What the per-token loop reads of a word, packed in 16 bytes. The memo is read once per
/// token of the corpus, in no particular order, so its size decides how much of it stays in
/// cache; the rest of a [`Word`] is read only for names, hyphenated words and phrases.
#[derive(Clone, Copy)]
struct Hot {
    /// As [`Word::longest`].
    longest: u8,
    number: bool,
    split: bool,
    starts_alpha: bool,
    has_name: bool,
    unfiltered: bool,
    /// As [`Word::plain`], [`NONE`] for none.
    plain: u32,
}

/// No term (in [`Hot`]).
const NONE: u32 = u32::MAX;

impl Hot {
    const PUNCT: Hot = Hot { longest: 1, number: false, split: false, starts_alpha: false, has_name: false, unfiltered: false, plain: NONE };

    fn of(w: &Word) -> Hot {
        Hot {
            longest: w.longest as u8,
            number: w.kind == Kind::Number,
            split: w.split,
            starts_alpha: w.starts_alpha,
            has_name: w.name.is_some(),
            unfiltered: w.unfiltered,
            plain: w.plain.unwrap_or(NONE),
        }
    }
}

/// A token of the sentence being indexed.
#[derive(Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    word: u32,
    hot: Hot,
    capitalized: bool,
}

/// Interned keys with their postings and whether the corpus uses them as ordinary words.
/// (Keyed by `String`, the lexicon's map type, not `Box<str>`: one hash table type the fewer in
/// the WebAssembly, −726 bytes gzip.)
#[derive(Default)]
struct Terms {
    ids: HashMap<String, u32>,
    postings: Vec<Vec<u32>>,
    common: Vec<bool>,
}

impl Terms {
    fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.postings.len() as u32;
        self.ids.insert(key.into(), id);
        self.postings.push(Vec::new());
        self.common.push(false);
        id
    }

    fn name(&mut self, t: Term) -> Name {
        Name { key: self.id(&t.key), also: t.also.map(|a| self.id(&a)), parts: t.parts.iter().map(|p| self.id(p)).collect(), place: t.place.is_some() }
    }
}

fn word_hash(w: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(w.as_bytes());
    h.finish()
}

fn seq_step(h: u64, word: u64) -> u64 {
    (h.rotate_left(5) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Every multi-word lexicon entry a run of words can be looked up as — a name (`name_term`:
/// places, demonyms, aliases and what they stand for) or a synonym phrase — as the hashes of
/// their words' sequences (sorted, searched by halves: a set built once, and no hash table
/// type of its own in the WebAssembly), and their first words.
struct Phrases {
    hashes: Vec<u64>,
    first_words: HashSet<&'static str>,
}

fn phrases() -> &'static Phrases {
    static P: OnceLock<Phrases> = OnceLock::new();
    P.get_or_init(|| {
        let lex = lexicon();
        let keys = lex.places.keys().chain(lex.demonyms.keys()).chain(lex.aliases.keys()).chain(lex.canonical_names.iter()).chain(lex.synonyms.keys());
        let multi: Vec<&'static str> = keys.map(String::as_str).filter(|k| k.contains(' ')).collect();
        let mut hashes: Vec<u64> = multi.iter().map(|k| k.split(' ').map(word_hash).fold(0, seq_step)).collect();
        crate::sort_heap(&mut hashes);
        Phrases { hashes, first_words: multi.iter().filter_map(|k| k.split(' ').next()).collect() }
    })
}

impl Word {
    fn new(norm: &str, kind: Kind, terms: &mut Terms) -> Word {
        let lex = lexicon();
        let l = phrase_lemma(norm);
        let split = kind == Kind::Word && norm.contains('-');
        let name = (kind != Kind::Number).then(|| name_term(norm, 0, 0)).flatten().map(|t| terms.name(t));
        let plain = (kind != Kind::Number && !split && !lex.is_stopword(norm) && norm.chars().count() > 1).then(|| {
            let key = if kind == Kind::Ident { ident_key(norm) } else { word_key(norm) };
            terms.id(&key)
        });
        let mut parts = Vec::new();
        if split {
            let mut start = 0;
            for p in norm.split('-') {
                let end = start + p.len();
                if !p.is_empty() {
                    let name = name_term(p, 0, 0).map(|t| terms.name(t));
                    let key = (!lex.is_stopword(p)).then(|| terms.id(&word_key(p)));
                    parts.push(Part { start, end, name, key, short: p.chars().count() <= 3 });
                }
                start = end + 1;
            }
        }
        Word {
            norm: norm.into(),
            kind,
            starts_alpha: norm.starts_with(char::is_alphabetic),
            // A name or synonym phrase starts with the word as written or with its lemma (the
            // plural an entry may have is on its last word). Where neither starts one, only
            // cue phrases can, and indexing does not look for those.
            longest: if phrases().first_words.contains(norm) || phrases().first_words.contains(l) || l.contains(' ') {
                lex.max_phrase_at(norm).max(lex.max_phrase_at(l))
            } else {
                1
            },
            hash: word_hash(norm),
            lemma_hash: word_hash(l),
            singular_hash: l.strip_suffix('s').filter(|p| !p.ends_with('s')).map(word_hash),
            unfiltered: l.contains(' '),
            name,
            plain,
            parts: parts.into(),
            split,
        }
    }
}

/// Word ids by normal form. Words of up to 16 bytes (nearly all) are keyed by their bytes
/// packed in an integer: looking one up then compares integers instead of chasing a pointer to
/// a string somewhere in the heap, which was most of the cost of the lookup. (A word has no
/// NUL bytes, so zero padding is unambiguous. A second table for words of up to 8 bytes, keyed
/// by `u64`, cost 322 bytes of the widget's gzip for no measurable speed: synth-10k indexing
/// 1,259 / 1,020 ms with it, 1,105 / 1,145 without, alternated.)
/// The value is the word's id with its [`Hot`] entry, so the lookup every token needs anyway
/// brings that entry into cache with it.
#[derive(Default)]
struct WordIds {
    medium: HashMap<u128, (u32, Hot)>,
    /// Longer words, by their place in `long_entries` (the `String`-keyed map type the
    /// lexicon has anyway: a map of its own cost the widget more than the indirection).
    long: HashMap<String, u32>,
    long_entries: Vec<(u32, Hot)>,
}

impl WordIds {
    fn get_or_insert(&mut self, w: &str, new: impl FnOnce() -> (u32, Hot)) -> (u32, Hot) {
        if w.len() <= 16 {
            let mut b = [0u8; 16];
            b[..w.len()].copy_from_slice(w.as_bytes());
            *self.medium.entry(u128::from_le_bytes(b)).or_insert_with(new)
        } else if let Some(&i) = self.long.get(w) {
            self.long_entries[i as usize]
        } else {
            let entry = new();
            self.long.insert(w.into(), self.long_entries.len() as u32);
            self.long_entries.push(entry);
            entry
        }
    }
}

/// Builds the postings of a corpus sentence by sentence (see the module comment).
#[derive(Default)]
pub struct IndexKeys {
    scratch: Scratch,
    word_ids: WordIds,
    words: Vec<Word>,
    /// The phrase filter's hashes of each word (see [`may_be_phrase`]), apart from the rest of
    /// the memo so that looking at the words after a phrase start stays in cache.
    hashes: Vec<[u64; 3]>,
    terms: Terms,
    toks: Vec<Tok>,
    keys: Vec<u32>,
}

impl IndexKeys {
    /// An empty index.
    pub fn new() -> IndexKeys {
        IndexKeys::default()
    }

    /// Indexes `text` as sentence `id` (ids must come in increasing order).
    pub fn add(&mut self, text: &str, id: u32) {
        let IndexKeys { scratch, word_ids, words, hashes, terms, toks, keys } = self;
        toks.clear();
        tokenize_with(text, scratch, &mut |t| {
            let (word, hot) = if t.kind == Kind::Punct {
                (PUNCT, Hot::PUNCT)
            } else {
                word_ids.get_or_insert(t.norm, || {
                    let w = Word::new(t.norm, t.kind, terms);
                    let hot = Hot::of(&w);
                    // A word without a singular form hashes it as 0: a run ending in it may then
                    // pass the filter for nothing, which costs only a lookup.
                    hashes.push([w.hash, w.lemma_hash, w.singular_hash.unwrap_or(0)]);
                    words.push(w);
                    (words.len() as u32 - 1, hot)
                })
            };
            toks.push(Tok { start: t.start, end: t.end, word, hot, capitalized: t.capitalized });
        });
        let toks = &toks[..];
        let words = &words[..];
        let hashes = &hashes[..];
        keys.clear();
        let lenient_case = if text.is_ascii() { !text.bytes().any(|b| b.is_ascii_uppercase()) } else { !text.chars().any(char::is_uppercase) };
        // `find_terms`'s `proper_ok`: may tokens first..=last be a proper name here?
        let proper_ok = |first: usize, last: usize| {
            let raw = &text[toks[first].start..toks[last].end];
            let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
            if letters <= 3 {
                return raw.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            }
            lenient_case || toks[first].capitalized
        };
        // A content term starting at token `first`: its keys, and whether it is used as an
        // ordinary lowercase word.
        let mut emit = |terms: &mut Terms, first: usize, key: u32, also: Option<u32>, parts: &[u32], place: bool| {
            keys.push(key);
            keys.extend(also);
            keys.extend_from_slice(parts);
            if !place && toks[first].hot.starts_alpha && !toks[first].capitalized {
                terms.common[key as usize] = true;
            }
        };
        let mut i = 0;
        while i < toks.len() {
            let tok = toks[i];
            if tok.word == PUNCT {
                i += 1;
                continue;
            }
            let h = tok.hot;
            // Longest multi-word name or phrase first.
            let mut consumed = 0;
            for n in (2..=h.longest as usize).rev() {
                let Some(run) = toks.get(i..i + n).filter(|r| r.iter().all(|t| t.word != PUNCT)) else { continue };
                if !may_be_phrase(run, hashes) {
                    continue;
                }
                if let Some(name) = phrase_term(run, words, terms, proper_ok(i, i + n - 1)) {
                    emit(terms, i, name.key, name.also, &name.parts, name.place);
                    consumed = n;
                    break;
                }
            }
            if consumed > 0 {
                i += consumed;
                continue;
            }
            if h.number {
                // Numbers are not content.
            } else if let Some(name) = h.has_name.then(|| words[tok.word as usize].name.as_ref()).flatten().filter(|_| proper_ok(i, i)) {
                emit(terms, i, name.key, name.also, &name.parts, name.place);
            } else if !h.split {
                if h.plain != NONE {
                    emit(terms, i, h.plain, None, &[], false);
                }
            } else {
                let w = &words[tok.word as usize];
                let raw = &text[tok.start..tok.end];
                for part in w.parts.iter() {
                    let p = &w.norm[part.start..part.end];
                    let ok = || {
                        if part.short {
                            // Short parts are names only in capitals ("Jong-un" has no "UN" in it).
                            raw.split('-').any(|r| r.eq_ignore_ascii_case(p) && r.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()))
                        } else {
                            lenient_case || tok.capitalized
                        }
                    };
                    match part.name.as_ref().filter(|_| ok()) {
                        Some(name) => emit(terms, i, name.key, name.also, &name.parts, name.place),
                        None => {
                            if let Some(key) = part.key {
                                emit(terms, i, key, None, &[], false);
                            }
                        }
                    }
                }
            }
            i += 1;
        }
        crate::sort_heap(keys);
        keys.dedup();
        for &k in keys.iter() {
            terms.postings[k as usize].push(id);
        }
    }

    /// The postings by key, and the keys used as ordinary lowercase words.
    pub fn finish(self) -> (HashMap<String, Vec<u32>>, crate::text::lexicon::WordSet) {
        let Terms { ids, mut postings, common: is_common } = self.terms;
        let mut map = HashMap::default();
        let mut common = crate::text::lexicon::WordSet::default();
        for (key, id) in ids {
            let list = std::mem::take(&mut postings[id as usize]);
            if list.is_empty() {
                continue; // a key worked out for a word but never used as content
            }
            if is_common[id as usize] {
                common.insert(key.clone());
            }
            map.insert(key, list);
        }
        (map, common)
    }
}

/// Can this run of words be a multi-word lexicon entry, as written, as lemmas, or as lemmas
/// with the last one singular? (No false negatives: a run that is an entry hashes as one.)
fn may_be_phrase(run: &[Tok], hashes: &[[u64; 3]]) -> bool {
    let (mut surface, mut lemmas, mut singular) = (0, 0, 0);
    for t in run {
        if t.hot.unfiltered {
            return true;
        }
        let [hash, lemma_hash, singular_hash] = hashes[t.word as usize];
        singular = seq_step(lemmas, singular_hash); // kept from the last word only
        surface = seq_step(surface, hash);
        lemmas = seq_step(lemmas, lemma_hash);
    }
    let set = &phrases().hashes;
    [surface, lemmas, singular].iter().any(|h| set.binary_search(h).is_ok())
}

/// The words joined by single spaces. (Not `[&str]::join`: the report joins `String`s, and a
/// second copy of the generic join cost every reader 135 bytes of gzipped wasm.)
fn spaced<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for (i, w) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `find_terms`'s multi-word step for one run: a name (when `proper_ok`) or a synonym phrase.
fn phrase_term(run: &[Tok], words: &[Word], terms: &mut Terms, proper_ok: bool) -> Option<Name> {
    let lex = lexicon();
    let norms: Vec<&str> = run.iter().map(|t| &*words[t.word as usize].norm).collect();
    if proper_ok {
        if let Some(t) = name_term(&spaced(norms.iter().copied()), 0, 0) {
            return Some(terms.name(t));
        }
    }
    let phrase = spaced(norms.iter().map(|w| phrase_lemma(w)));
    // "fighter jets": a phrase's last word may be plural.
    let singular = phrase.strip_suffix('s').filter(|p| !p.ends_with('s'));
    let head = lex.synonyms.get(&phrase).or_else(|| singular.and_then(|p| lex.synonyms.get(p)))?;
    Some(Name { key: terms.id(&group_key(head)), also: None, parts: Box::new([]), place: false })
}
