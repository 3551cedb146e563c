//! Arbitrary bytes as a JSON / JSON-lines corpus. Input layout: byte 0 picks the parser (even:
//! JSON array, odd: JSON lines); the rest, up to an optional 0xFF byte, is the corpus; what
//! follows 0xFF is an extra claim. A corpus that parses is indexed and checked against the
//! fixed claims and the extra one.
#![no_main]

#[path = "common.rs"]
mod common;

use corroborate::{Checker, Corpus};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let (corpus, claim) = match rest.iter().position(|&b| b == 0xFF) {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest, &[][..]),
    };
    let text = String::from_utf8_lossy(corpus);
    let parsed = if mode % 2 == 0 { Corpus::from_json("fuzz.json", &text) } else { Corpus::from_jsonl("fuzz.jsonl", &text) };
    match parsed {
        Ok(corpus) => {
            assert!(!corpus.is_empty());
            let checker = Checker::new(corpus);
            common::check_all(&checker, &String::from_utf8_lossy(claim));
        }
        Err(e) => {
            // Every error has a message that names the file.
            assert!(e.to_string().starts_with("fuzz.json"), "{e}");
        }
    }
});
