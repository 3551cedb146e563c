//! Arbitrary bytes as the payload of a prebuilt index file (`corroborate index`, which the
//! widget also fetches by URL). The harness wraps the bytes in a valid header (magic, version,
//! this build's analysis fingerprint, length) and a correct checksum, so the fuzzer explores
//! the payload parser and everything downstream of it instead of bouncing off the checksum.
//! Input byte 0 bit 0 set: the raw input is also tried as a whole file, unwrapped. The reader
//! is held to its memory bound (heap peak ≤ `store::MEMORY_MULTIPLE` × file + slack).
#![no_main]

#[path = "common.rs"]
mod common;

use corroborate::Checker;
use libfuzzer_sys::fuzz_target;

#[global_allocator]
static METER: common::alloc_meter::Meter = common::alloc_meter::Meter;

fuzz_target!(|data: &[u8]| {
    if data.first().is_some_and(|b| b & 1 == 1) {
        common::read_within_budget(data);
    }
    let file = common::wrap_payload(data);
    if !common::read_within_budget(&file) {
        return;
    }
    let checker = Checker::from_index_bytes(&file).expect("store::read accepted it");
    let first_word = checker.corpus().articles.first().map(|a| a.title.clone()).unwrap_or_default();
    common::check_all(&checker, &first_word);
});
