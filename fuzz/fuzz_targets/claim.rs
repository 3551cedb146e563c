//! Arbitrary bytes (lossy UTF-8) as a claim against the bundled seed corpus: `check` returns a
//! report or a CheckError, never panics, and the report's offsets are valid.
#![no_main]

#[path = "common.rs"]
mod common;

use corroborate::Checker;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static CHECKER: OnceLock<Checker> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let checker = CHECKER.get_or_init(Checker::bundled);
    let claim = String::from_utf8_lossy(data);
    if let Ok(report) = checker.check(&claim) {
        common::check_report(checker, &report);
    }
});
