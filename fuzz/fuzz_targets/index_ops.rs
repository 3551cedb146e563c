//! Structure-aware index files: the input is a list of operations over a valid index file
//! built from a small corpus — sentences swapped, split, merged or shifted, spans moved into a
//! character, articles reordered or edited (odd Unicode inserted with or without moving the
//! spans after it), keys reordered or renamed, postings duplicated or added, counts changed —
//! re-encoded in the format of src/store.rs and re-wrapped with a valid header and checksum.
//! Random bytes (`index_file`) rarely get past the first count; these files are almost valid,
//! so the reader's checks and everything after them (analysis of the stored spans, reports)
//! run on the files an attacker would craft. Every file that loads must give reports that keep
//! the contract (common.rs), and reading must stay within its memory bound.
//!
//! Input: byte 0 picks the base corpus (the bundled articles, odd-Unicode prose, a tiny pair);
//! then operations, each an opcode byte and its operands, until the input ends (at most 64).
#![no_main]

#[path = "common.rs"]
mod common;

use corroborate::{Article, Checker, Corpus};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[global_allocator]
static METER: common::alloc_meter::Meter = common::alloc_meter::Meter;

/// A decoded index payload, every number kept wide so operations can push it out of range.
#[derive(Clone)]
struct File {
    articles: Vec<[String; 6]>,
    sentences: Vec<Sent>,
    keys: Vec<Key>,
    /// Added to the article, sentence and key counts when encoding.
    count_delta: [i64; 3],
}

#[derive(Clone, Copy)]
struct Sent {
    article: u64,
    start: u64,
    end: u64,
    part: u8,
}

#[derive(Clone)]
struct Key {
    key: String,
    flag: u8,
    ids: Vec<u64>,
    count_delta: i64,
}

struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn u8(&mut self) -> u8 {
        let (&b, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        b
    }
    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.u8(), self.u8()])
    }
    /// An index into a list of `len` (0 when empty).
    fn pick(&mut self, len: usize) -> usize {
        if len == 0 {
            0
        } else {
            self.u16() as usize % len
        }
    }
    fn delta(&mut self) -> i64 {
        self.u8() as i8 as i64
    }
    /// A string: an odd character or word (high bit set), or up to 63 input bytes (lossy).
    fn string(&mut self) -> String {
        let b = self.u8();
        if b & 0x80 != 0 {
            let i = (b & 0x7f) as usize;
            return if i < common::ODD.len() { common::ODD[i] } else { common::WORDS[i % common::WORDS.len()] }.to_string();
        }
        let n = (b as usize).min(self.0.len()) & 63;
        let (s, rest) = self.0.split_at(n);
        self.0 = rest;
        String::from_utf8_lossy(s).into_owned()
    }
    fn empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn varint(p: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        p.push((v as u8) | 0x80);
        v >>= 7;
    }
    p.push(v as u8);
}

fn string(p: &mut Vec<u8>, s: &str) {
    varint(p, s.len() as u64);
    p.extend_from_slice(s.as_bytes());
}

fn counted(n: usize, delta: i64) -> u64 {
    (n as i64).saturating_add(delta).max(0) as u64
}

impl File {
    fn decode(p: &[u8]) -> File {
        struct R<'a>(&'a [u8], usize);
        impl R<'_> {
            fn v(&mut self) -> u64 {
                let mut v = 0u64;
                for shift in (0..64).step_by(7) {
                    let b = self.0[self.1];
                    self.1 += 1;
                    v |= ((b & 0x7f) as u64) << shift;
                    if b < 0x80 {
                        break;
                    }
                }
                v
            }
            fn s(&mut self) -> String {
                let n = self.v() as usize;
                let s = std::str::from_utf8(&self.0[self.1..self.1 + n]).expect("written by store::write").to_string();
                self.1 += n;
                s
            }
            fn b(&mut self) -> u8 {
                self.1 += 1;
                self.0[self.1 - 1]
            }
        }
        let mut r = R(p, 0);
        let articles = (0..r.v()).map(|_| std::array::from_fn(|_| r.s())).collect();
        let sentences = (0..r.v()).map(|_| Sent { article: r.v(), start: r.v(), end: r.v(), part: r.b() }).collect();
        let keys = (0..r.v())
            .map(|_| {
                let (key, flag) = (r.s(), r.b());
                let mut id = 0;
                let ids = (0..r.v())
                    .map(|_| {
                        id += r.v();
                        id
                    })
                    .collect();
                Key { key, flag, ids, count_delta: 0 }
            })
            .collect();
        assert_eq!(r.1, p.len(), "decoded the whole payload");
        File { articles, sentences, keys, count_delta: [0; 3] }
    }

    fn encode(&self) -> Vec<u8> {
        let mut p = Vec::new();
        varint(&mut p, counted(self.articles.len(), self.count_delta[0]));
        for a in &self.articles {
            for s in a {
                string(&mut p, s);
            }
        }
        varint(&mut p, counted(self.sentences.len(), self.count_delta[1]));
        for s in &self.sentences {
            for v in [s.article, s.start, s.end] {
                varint(&mut p, v);
            }
            p.push(s.part);
        }
        varint(&mut p, counted(self.keys.len(), self.count_delta[2]));
        for k in &self.keys {
            string(&mut p, &k.key);
            p.push(k.flag);
            varint(&mut p, counted(k.ids.len(), k.count_delta));
            let mut prev = 0u64;
            for &id in &k.ids {
                varint(&mut p, id.wrapping_sub(prev)); // out of order: a huge delta
                prev = id;
            }
        }
        p
    }

    /// Moves every span of article `a` that starts at or after `at` by `by` bytes.
    fn shift_after(&mut self, a: u64, at: u64, by: i64) {
        for s in self.sentences.iter_mut().filter(|s| s.article == a) {
            if s.start >= at {
                s.start = s.start.saturating_add_signed(by);
            }
            if s.end >= at {
                s.end = s.end.saturating_add_signed(by);
            }
        }
    }

    /// Removes sentence `i` and renumbers the postings after it (a valid file stays valid).
    fn remove_sentence(&mut self, i: usize) {
        self.sentences.remove(i);
        for k in &mut self.keys {
            k.ids.retain(|&id| id != i as u64);
            for id in &mut k.ids {
                if *id > i as u64 {
                    *id -= 1;
                }
            }
        }
        self.keys.retain(|k| !k.ids.is_empty());
    }

    /// Inserts a sentence at `i` and renumbers the postings from there.
    fn insert_sentence(&mut self, i: usize, s: Sent, also_key_of: Option<usize>) {
        self.sentences.insert(i, s);
        for k in &mut self.keys {
            for id in &mut k.ids {
                if *id >= i as u64 {
                    *id += 1;
                }
            }
        }
        if let Some(from) = also_key_of {
            let src = if from >= i { from + 1 } else { from } as u64;
            for k in &mut self.keys {
                if let Ok(at) = k.ids.binary_search(&(i as u64)) {
                    k.ids.remove(at);
                }
                if k.ids.contains(&src) {
                    if let Err(at) = k.ids.binary_search(&(i as u64)) {
                        k.ids.insert(at, i as u64);
                    }
                }
            }
        }
    }

    fn text(&self, a: usize) -> &str {
        &self.articles[a][2]
    }
}

fn floor_char(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Applies one operation; returns false when the input is used up.
fn apply(f: &mut File, b: &mut Bytes, extra_claim: &mut String) -> bool {
    if b.empty() {
        return false;
    }
    let (na, ns, nk) = (f.articles.len(), f.sentences.len(), f.keys.len());
    let op = b.u8() % 28;
    match op {
        0 if ns > 0 => {
            let (i, j) = (b.pick(ns), b.pick(ns));
            f.sentences.swap(i, j);
        }
        1 if ns > 0 => {
            let i = b.pick(ns);
            let (ds, de) = (b.delta(), b.delta());
            let s = &mut f.sentences[i];
            s.start = s.start.saturating_add_signed(ds);
            s.end = s.end.saturating_add_signed(de);
        }
        2 if ns > 0 => {
            let i = b.pick(ns);
            f.sentences[i].article = b.u8() as u64;
        }
        3 if ns > 0 => {
            // Duplicated span, postings shared or not.
            let i = b.pick(ns);
            let shared = b.u8() & 1 == 1;
            f.insert_sentence(i + 1, f.sentences[i], shared.then_some(i));
        }
        4 if ns > 0 => {
            let i = b.pick(ns);
            f.sentences.remove(i); // postings left pointing past the end or at the wrong span
        }
        5 if ns > 0 => f.remove_sentence(b.pick(ns)),
        6 if nk > 0 => {
            let (i, j) = (b.pick(nk), b.pick(nk));
            f.keys.swap(i, j);
        }
        7 if nk > 0 => {
            let k = b.pick(nk);
            let ids = &mut f.keys[k].ids;
            let at = b.pick(ids.len());
            if let Some(&id) = ids.get(at) {
                ids.insert(at, id);
            }
        }
        8 if nk > 0 => {
            // A posting for any sentence (kept in order when it fits).
            let k = b.pick(nk);
            let id = b.u16() as u64 % (ns as u64 + 2);
            let ids = &mut f.keys[k].ids;
            if let Err(at) = ids.binary_search(&id) {
                ids.insert(at, id);
            }
        }
        9 if nk > 0 => {
            let k = b.pick(nk);
            f.keys[k].ids.reverse();
        }
        10 if nk > 0 => {
            let k = b.pick(nk);
            f.keys[k].flag = b.u8() % 3;
        }
        11 if nk > 0 => {
            let k = b.pick(nk);
            f.keys[k].key = b.string();
        }
        12 => {
            // A new key where it sorts, with postings of existing sentences.
            let key = b.string();
            let n = b.u8() % 4 + 1;
            let mut ids: Vec<u64> = (0..n).map(|_| b.pick(ns.max(1)) as u64).collect();
            ids.sort_unstable();
            ids.dedup();
            let at = f.keys.partition_point(|k| k.key < key);
            f.keys.insert(at, Key { key, flag: b.u8() & 1, ids, count_delta: 0 });
        }
        13 if nk > 0 => {
            let k = b.pick(nk);
            f.keys.remove(k);
        }
        14 => {
            let which = b.u8() as usize % 4;
            let d = b.delta();
            if which < 3 {
                f.count_delta[which] = d;
            } else if nk > 0 {
                let k = b.pick(nk);
                f.keys[k].count_delta = d;
            }
        }
        15 | 16 if na > 0 => {
            // Text inserted at a character boundary; 15 moves the spans after it (the file
            // stays consistent and the new text is analysed), 16 leaves them (stale spans).
            let moves = op == 15;
            let a = b.pick(na);
            let at = floor_char(f.text(a), b.u16() as usize);
            let s = b.string();
            if moves {
                f.shift_after(a as u64, at as u64, s.len() as i64);
            }
            f.articles[a][2].insert_str(at, &s);
        }
        17 if na > 0 => {
            // Every ASCII space of an article replaced by an odd character, spans kept right.
            let a = b.pick(na);
            let odd = common::ODD[b.u8() as usize % common::ODD.len()];
            let old = f.articles[a][2].clone();
            let every = (b.u8() % 4 + 1) as usize;
            let mut new = String::with_capacity(old.len() * 2);
            let mut map = Vec::with_capacity(old.len() + 1); // old offset -> new offset
            for (k, (i, c)) in old.char_indices().enumerate() {
                while map.len() <= i {
                    map.push(new.len());
                }
                if c == ' ' && k % every == 0 {
                    new.push_str(odd);
                } else {
                    new.push(c);
                }
            }
            while map.len() <= old.len() {
                map.push(new.len());
            }
            for s in f.sentences.iter_mut().filter(|s| s.article == a as u64) {
                s.start = map.get(s.start as usize).copied().unwrap_or(new.len()) as u64;
                s.end = map.get(s.end as usize).copied().unwrap_or(new.len()) as u64;
            }
            f.articles[a][2] = new;
        }
        18 if na > 0 => {
            // Bytes replaced in place (a character may be cut; the text stays UTF-8 because
            // the replacement is taken from char boundaries of the original).
            let a = b.pick(na);
            let text = &f.articles[a][2];
            let from = floor_char(text, b.u16() as usize);
            let to = floor_char(text, from + (b.u8() as usize));
            let s = b.string();
            f.articles[a][2].replace_range(from..to, &s);
        }
        19 if na > 1 => {
            let (i, j) = (b.pick(na), b.pick(na));
            f.articles.swap(i, j);
            if b.u8() & 1 == 1 {
                // Sentences follow their articles (then out of order in the file).
                for s in &mut f.sentences {
                    if s.article == i as u64 {
                        s.article = j as u64;
                    } else if s.article == j as u64 {
                        s.article = i as u64;
                    }
                }
            }
        }
        20 if na > 0 => {
            let a = b.pick(na);
            let field = b.u8() as usize % 6;
            if field == 2 {
                let len = b.u16() as usize;
                let text = &mut f.articles[a][2];
                let at = floor_char(text, len);
                text.truncate(at);
            } else {
                f.articles[a][field] = if b.u8() & 1 == 1 { f.articles[b.pick(na)][0].clone() } else { b.string() };
            }
        }
        21 if ns > 0 => {
            // A sentence split in two at a character boundary inside it.
            let i = b.pick(ns);
            let s = f.sentences[i];
            let Some(text) = f.articles.get(s.article as usize).map(|a| &a[2]) else { return true };
            if s.end as usize <= text.len() && s.start < s.end {
                let mid = floor_char(text, s.start as usize + (b.u16() as usize % (s.end - s.start) as usize));
                if mid as u64 > s.start {
                    f.sentences[i].end = mid as u64;
                    f.insert_sentence(i + 1, Sent { start: mid as u64, ..s }, Some(i));
                }
            }
        }
        22 if ns > 1 => {
            // A sentence merged with the next one.
            let i = b.pick(ns - 1);
            f.sentences[i].end = f.sentences[i + 1].end;
            f.remove_sentence(i + 1);
        }
        23 if ns > 0 => {
            let i = b.pick(ns);
            f.sentences[i].part = b.u8() % 3;
        }
        24 if ns > 0 => {
            // A span moved onto a character boundary nearby, or into a character.
            let i = b.pick(ns);
            let a = f.sentences[i].article as usize;
            if let Some(text) = f.articles.get(a).map(|x| x[2].clone()) {
                let pos = b.u16() as usize % (text.len() + 1);
                if b.u8() & 1 == 1 {
                    f.sentences[i].start = pos as u64;
                } else {
                    f.sentences[i].end = pos as u64;
                }
            }
        }
        25 if na > 0 => {
            // A copy of an article appended, with copies of its sentences and their postings.
            let a = b.pick(na);
            let mut copy = f.articles[a].clone();
            copy[0].push_str(&b.string());
            f.articles.push(copy);
            let new = (f.articles.len() - 1) as u64;
            let theirs: Vec<usize> = (0..ns).filter(|&i| f.sentences[i].article == a as u64).collect();
            for i in theirs {
                let s = Sent { article: new, ..f.sentences[i] };
                let at = f.sentences.len();
                f.insert_sentence(at, s, Some(i));
            }
        }
        26 => *extra_claim = b.string(),
        27 if ns > 0 => {
            // A span stretched to the analysis limits (2 KB, 150 words) or past them.
            let i = b.pick(ns);
            let s = f.sentences[i];
            let len = [2048u64, 2049, 4096][b.u8() as usize % 3];
            f.sentences[i].end = s.start.saturating_add(len);
        }
        _ => {}
    }
    true
}

fn bases() -> &'static [(File, usize)] {
    static BASES: OnceLock<Vec<(File, usize)>> = OnceLock::new();
    BASES.get_or_init(|| {
        let odd_prose: Vec<Article> = common::ODD
            .chunks(12)
            .enumerate()
            .map(|(i, odd)| {
                let mut text = String::from("PARIS (Reuters) - Macron said on Friday that 300 Syrian fighters passed through Gaziantep.\n");
                for (k, o) in odd.iter().enumerate() {
                    text.push_str(&format!("Turkey denied{o}sending fighters to{o}Azerbaijan, the U.S. said on Sept.{o}{k}.\n"));
                }
                Article { id: format!("u{i}"), title: format!("Odd{}title", odd[0]), text, ..Default::default() }
            })
            .collect();
        let a = "Turkey sent fighters. Turkey denied it.";
        let tiny = vec![
            Article { id: "a".into(), title: "Title".into(), text: a.into(), ..Default::default() },
            Article { id: "b".into(), title: "T\u{A0}2".into(), text: format!("{a}\nGermany co-chairs the Minsk\u{A0}Group."), ..Default::default() },
        ];
        [Corpus::bundled(), Corpus { articles: odd_prose }, Corpus { articles: tiny }]
            .into_iter()
            .map(|c| {
                let bytes = Checker::new(c).to_index_bytes();
                let payload = &bytes[common::HEADER_LEN..bytes.len() - 8];
                let file = File::decode(payload);
                assert_eq!(file.encode(), payload, "the encoder writes what store::write writes");
                (file, payload.len())
            })
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes(data);
    let base = bases();
    let mut file = base[b.u8() as usize % base.len()].0.clone();
    let mut extra = String::new();
    for _ in 0..64 {
        if !apply(&mut file, &mut b, &mut extra) {
            break;
        }
    }
    let bytes = common::wrap_payload(&file.encode());
    if !common::read_within_budget(&bytes) {
        return;
    }
    let checker = Checker::from_index_bytes(&bytes).expect("store::read accepted it");
    // A stored sentence as a claim too: the text the operations changed.
    let sentence = checker.corpus().articles.iter().rev().find_map(|a| a.text.lines().find(|l| l.len() > 20)).unwrap_or("");
    let sentence: String = sentence.chars().take(300).collect();
    common::check_all(&checker, &extra);
    common::check_one(&checker, &sentence);
});
