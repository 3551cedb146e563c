//! Shared by the fuzz targets: the invariants of the result contract that the widget relies on
//! (it slices strings with these offsets), checked on every report the fuzzer produces.
#![allow(dead_code)]

use corroborate::{Checker, Report};

/// Claims checked against every fuzzed corpus: a supporting, a negated, a numeric and an
/// unrelated one, so the stance, number and denial paths all run.
pub const CLAIMS: &[&str] = &[
    "Turkey sent fighters from Syria to Azerbaijan.",
    "Turkey did not deny that more than 300 mercenaries arrived in Paris in 1994.",
    "Germany co-chairs the OSCE Minsk Group.",
];

pub fn check_report(checker: &Checker, report: &Report) {
    for m in &report.claim_marks {
        assert!(m[0] <= m[1] && report.claim.get(m[0]..m[1]).is_some(), "claim mark {m:?} outside {:?}", report.claim);
    }
    for a in &report.articles {
        // Ids are not unique in every corpus (nothing rejects duplicates), so the evidence must
        // slice one of the articles that carry this id.
        let same_id: Vec<_> = checker.corpus().articles.iter().filter(|x| x.id == a.id).collect();
        assert!(!same_id.is_empty(), "reported article {} is not in the corpus", a.id);
        assert!(!a.evidence.is_empty(), "article {} reported without evidence", a.id);
        for e in &a.evidence {
            assert!(
                same_id.iter().any(|x| x.text.get(e.start..e.end) == Some(e.sentence.as_str())),
                "evidence offsets {}..{} do not give {:?}",
                e.start,
                e.end,
                e.sentence
            );
            for m in &e.marks {
                assert!(m[0] <= m[1] && e.sentence.get(m[0]..m[1]).is_some(), "mark {m:?} outside {:?}", e.sentence);
            }
            assert!(e.score.is_finite(), "score {}", e.score);
        }
        assert!(a.score.is_finite());
    }
}

/// Checks one claim against `checker`: a report, if any, keeps the contract.
pub fn check_one(checker: &Checker, claim: &str) {
    if let Ok(report) = checker.check(claim) {
        check_report(checker, &report);
    }
}

/// Checks the fixed claims plus `extra` (fuzzer-chosen) against `checker`.
pub fn check_all(checker: &Checker, extra: &str) {
    for claim in CLAIMS.iter().copied().chain(std::iter::once(extra)) {
        if let Ok(report) = checker.check(claim) {
            check_report(checker, &report);
        }
    }
}

/// Characters that break byte arithmetic (the same classes as fuzz/make_unicode_inputs.py and
/// the dictionaries): multi-byte spaces, NEL/LS/PS, case changes that change byte length, ZWJ
/// sequences, combining marks, bidi controls, BOMs, soft hyphens, Unicode punctuation and
/// digits. Targets that build text from the input use them as an alphabet.
pub const ODD: &[&str] = &[
    "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{180E}",
    "\u{85}", "\u{2028}", "\u{2029}", "\r", "\r\n", "\u{B}", "\u{C}", "\u{1C}",
    "\u{130}", "\u{131}", "\u{DF}", "\u{1E9E}", "\u{FB01}", "\u{FB03}", "\u{149}", "\u{390}", "\u{212A}", "\u{23A}", "\u{3A3}",
    "\u{1C5}", "\u{1F80}", "\u{587}", "İSTANBUL", "STRAẞE",
    "\u{200D}", "\u{200C}", "\u{200B}", "\u{2060}", "\u{FE0F}", "👩\u{200D}👧", "🇹🇷", "👍🏽",
    "\u{301}", "\u{308}", "e\u{301}", "\u{301}\u{301}\u{301}\u{301}", "\u{20DD}", "\u{34F}",
    "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{202C}", "\u{2066}", "\u{2069}", "\u{61C}",
    "\u{FEFF}", "\u{AD}", "\u{201C}", "\u{201D}", "\u{2019}", "\u{AB}", "\u{2014}", "\u{2026}", "\u{FF0E}", "\u{3002}", "\u{FF1F}",
    "\u{663}\u{660}\u{660}", "\u{FF13}\u{FF10}\u{FF10}", "\u{B2}", "\u{BD}", "\u{FFFD}", "\u{0}",
];

/// Words of the seed articles and the fixed claims: text built from the input speaks them, so
/// that matching, stance and numbers run and not only tokenisation.
pub const WORDS: &[&str] = &[
    "Turkey", "sent", "fighters", "from", "Syria", "to", "Azerbaijan", "denied", "not", "said", "more", "than", "300",
    "mercenaries", "Paris", "1994", "Germany", "co-chairs", "the", "OSCE", "Minsk", "Group", "Macron", "according",
    "Sept.", "U.S.", "PARIS", "--", "Gaziantep", "he", "that", "France", "Russia", "and", "in", "on", "Friday",
];

/// Text for the input bytes: each byte picks a word (< 128), an odd character (< 128 + ODD), a
/// sentence end, a space or a line break. A few bytes make prose full of odd characters at
/// every position, which random byte mutation reaches slowly.
pub fn speak(bytes: &[u8]) -> String {
    let mut s = String::new();
    for &b in bytes {
        let b = b as usize;
        match b {
            0..=127 => {
                s.push_str(WORDS[b % WORDS.len()]);
                s.push(' ');
            }
            _ if b - 128 < ODD.len() => s.push_str(ODD[b - 128]),
            _ => match b % 4 {
                0 => s.push_str(". "),
                1 => s.push('\n'),
                2 => s.push(' '),
                _ => s.push_str("\" "),
            },
        }
    }
    s
}

/// Counts live heap bytes and their peak, so a target can hold a reader to its memory bound.
pub mod alloc_meter {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

    pub struct Meter;
    static LIVE: AtomicUsize = AtomicUsize::new(0);
    static PEAK: AtomicUsize = AtomicUsize::new(0);
    /// Largest single allocation allowed (0: no limit); see [`limit_from_args`].
    static LIMIT: AtomicUsize = AtomicUsize::new(0);

    /// libFuzzer enforces `-malloc_limit_mb` through sanitizer malloc hooks, which a target
    /// built without a sanitizer (`-s none`, the `grow` target) lacks: the meter enforces the
    /// same flag from the command line instead, aborting (a crash libFuzzer records) on a
    /// larger allocation.
    pub fn limit_from_args() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let mb = std::env::args()
                .filter_map(|a| a.strip_prefix("-malloc_limit_mb=").and_then(|v| v.parse::<usize>().ok()))
                .last()
                .unwrap_or(0);
            LIMIT.store(mb << 20, Relaxed);
        });
    }

    #[cold]
    fn over_limit(size: usize) -> ! {
        use std::io::Write;
        let mut digits = [0u8; 20];
        let (mut n, mut at) = (size, digits.len());
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(b"==ERROR: out-of-memory: malloc(");
        let _ = err.write_all(&digits[at..]);
        let _ = err.write_all(b") over -malloc_limit_mb (alloc_meter)\n");
        std::process::abort();
    }

    unsafe impl GlobalAlloc for Meter {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            let limit = LIMIT.load(Relaxed);
            if limit != 0 && l.size() > limit {
                over_limit(l.size());
            }
            let p = System.alloc(l);
            if !p.is_null() {
                let now = LIVE.fetch_add(l.size(), Relaxed) + l.size();
                PEAK.fetch_max(now, Relaxed);
            }
            p
        }
        unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
            System.dealloc(p, l);
            LIVE.fetch_sub(l.size(), Relaxed);
        }
        unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
            let limit = LIMIT.load(Relaxed);
            if limit != 0 && new > limit {
                over_limit(new);
            }
            let q = System.realloc(p, l, new);
            if !q.is_null() {
                // Counted as the old and the new block at once, as a moving realloc holds both.
                let now = LIVE.fetch_add(new, Relaxed) + new;
                PEAK.fetch_max(now, Relaxed);
                LIVE.fetch_sub(l.size(), Relaxed);
            }
            q
        }
    }

    /// Peak of live heap bytes while `f` ran, above what was live when it started.
    pub fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        let out = f();
        (out, PEAK.load(Relaxed).saturating_sub(base))
    }
}

/// Loads `file` with `store::read` under the meter and asserts the memory bound the reader
/// promises (src/store.rs: `MEMORY_MULTIPLE` × the file + `MEMORY_SLACK`, every element charged
/// before it is kept). Returns whether it loaded.
pub fn read_within_budget(file: &[u8]) -> bool {
    use corroborate::store;
    let (result, peak) = alloc_meter::peak_during(|| store::read(file).is_ok());
    let bound = file.len() * store::MEMORY_MULTIPLE + store::MEMORY_SLACK;
    assert!(peak <= bound, "reading a {}-byte index file held {peak} bytes, over its bound {bound}", file.len());
    result
}

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// An index file around `payload` with a valid header (magic, version, this build's analysis
/// fingerprint, length) and checksum, as `store::write` makes them (src/store.rs): what a
/// hostile file that passes the integrity checks looks like.
pub fn wrap_payload(payload: &[u8]) -> Vec<u8> {
    use corroborate::store;
    let mut out = Vec::with_capacity(payload.len() + 36);
    out.extend_from_slice(store::MAGIC);
    out.extend_from_slice(&store::FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&store::fingerprint().to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&fnv(payload).to_le_bytes());
    out
}

/// Bytes before the payload in an index file: magic, version, fingerprint, length.
pub const HEADER_LEN: usize = 8 + 4 + 8 + 8;
