//! Complexity: a small input grown into at least 1 MB of text, so that work super-linear in a
//! sentence, a line, an article or a corpus shows up as a libFuzzer timeout (-timeout) or an
//! out-of-memory finding (-malloc_limit_mb, -rss_limit_mb) instead of passing unnoticed on
//! the short inputs the other targets see. It keeps honest the bounds the core promises:
//! sentences cut at 150 words / 2 KB (src/segment.rs), at most 100 candidate sentences
//! analysed per check, index files read within a memory multiple of their size (src/store.rs).
//!
//! Input: byte 0 is the mode, byte 1 the size (1 MiB + byte × 1 KiB), the rest the unit.
//!   mode bit 7      the unit is spoken (common::speak: words of the corpus and odd Unicode)
//!                   instead of read as lossy UTF-8
//!   mode bits 0–1   how it grows: repeated verbatim / repeated with a counter (so repeated
//!                   sentences are not de-duplicated) / one line (line breaks become spaces)
//!                   / rotated by one character per copy
//!   mode bits 4–5   what it becomes: one plain-text article / articles of 64 B–8 KiB each /
//!                   a JSON array parsed by Corpus::from_json / an index file written and
//!                   read back (within its memory bound)
//! Then the fixed claims and the unit's first 1000 characters are checked (common.rs).
//!
//! Built without a sanitizer (`-s none`; safe Rust gains nothing from ASan, which here made
//! each run 3× slower and 6× bigger on a shared machine): `-malloc_limit_mb` is enforced by
//! common::alloc_meter, `-rss_limit_mb` and `-timeout` by libFuzzer as usual.
#![no_main]

#[path = "common.rs"]
mod common;

use corroborate::{Article, Checker, Corpus};
use libfuzzer_sys::fuzz_target;

#[global_allocator]
static METER: common::alloc_meter::Meter = common::alloc_meter::Meter;

const MIB: usize = 1 << 20;

fn grow(unit: &str, how: u8, target: usize) -> String {
    let mut text = String::with_capacity(target + unit.len() + 32);
    let chars: Vec<usize> = unit.char_indices().map(|(i, _)| i).collect();
    let one_line = unit.replace(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}'], " ");
    let mut i = 0usize;
    while text.len() < target {
        match how & 3 {
            0 => text.push_str(unit),
            1 => {
                text.push_str(unit);
                text.push_str(&i.to_string());
                text.push(' ');
            }
            2 => {
                text.push_str(&one_line);
                text.push_str(&i.to_string());
                text.push(' ');
            }
            _ => {
                let at = chars[i % chars.len()];
                text.push_str(&unit[at..]);
                text.push_str(&unit[..at]);
            }
        }
        i += 1;
    }
    text
}

fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `text` cut into pieces of about `size` bytes, at character boundaries.
fn pieces(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + size).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        out.push(&text[start..end]);
        start = end;
    }
    out
}

fuzz_target!(|data: &[u8]| {
    common::alloc_meter::limit_from_args();
    let [mode, size, unit @ ..] = data else { return };
    let unit = if mode & 0x80 != 0 { common::speak(unit) } else { String::from_utf8_lossy(unit).into_owned() };
    if unit.is_empty() {
        return;
    }
    let text = grow(&unit, *mode, MIB + *size as usize * 1024);
    assert!(text.len() >= MIB);
    let checker = match (mode >> 4) & 3 {
        0 => Checker::new(Corpus { articles: vec![Article::from_plain_text("g", &text)] }),
        1 => {
            let articles = pieces(&text, 64 << (size % 8))
                .into_iter()
                .enumerate()
                .map(|(i, t)| Article::from_plain_text(&format!("g{i}"), t))
                .collect();
            Checker::new(Corpus { articles })
        }
        2 => {
            let mut json = String::from("[");
            for (i, t) in pieces(&text, 64 << (size % 8)).into_iter().enumerate() {
                if i > 0 {
                    json.push(',');
                }
                json.push_str(&format!("{{\"id\": \"g{i}\", \"title\": "));
                json_string(&mut json, t.lines().next().unwrap_or(""));
                json.push_str(", \"text\": ");
                json_string(&mut json, t);
                json.push('}');
            }
            json.push(']');
            match Corpus::from_json("grow.json", &json) {
                Ok(corpus) => Checker::new(corpus),
                Err(e) => {
                    assert!(e.to_string().starts_with("grow.json"), "{e}");
                    return;
                }
            }
        }
        _ => {
            let built = Checker::new(Corpus { articles: vec![Article::from_plain_text("g", &text)] });
            let file = built.to_index_bytes();
            drop(built);
            assert!(common::read_within_budget(&file), "an index file written by store::write must load");
            Checker::from_index_bytes(&file).expect("it loaded once")
        }
    };
    let claim: String = unit.chars().take(1000).collect();
    common::check_all(&checker, &claim);
});
