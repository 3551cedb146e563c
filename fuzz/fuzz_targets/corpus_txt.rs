//! Arbitrary bytes as plain-text articles (the `.txt` directory format): input split on 0x00
//! into up to 8 articles, then checked against the fixed claims and the first line as a claim.
#![no_main]

#[path = "common.rs"]
mod common;

use corroborate::{Article, Checker, Corpus};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let articles: Vec<Article> =
        text.split('\0').take(8).enumerate().map(|(i, t)| Article::from_plain_text(&format!("a{i}"), t)).collect();
    let checker = Checker::new(Corpus { articles });
    let first_line = text.lines().next().unwrap_or("");
    common::check_all(&checker, first_line);
});
