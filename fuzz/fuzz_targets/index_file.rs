//! Arbitrary bytes as the payload of a prebuilt index file (`corroborate index`, which the
//! widget also fetches by URL). The harness wraps the bytes in a valid header (magic, version,
//! this build's analysis fingerprint, length) and a correct checksum, so the fuzzer explores
//! the payload parser and everything downstream of it instead of bouncing off the checksum.
//! Input byte 0 bit 0 set: the raw input is also tried as a whole file, unwrapped.
#![no_main]

#[path = "common.rs"]
mod common;

use corroborate::{store, Checker};
use libfuzzer_sys::fuzz_target;

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn wrap(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 36);
    out.extend_from_slice(store::MAGIC);
    out.extend_from_slice(&store::FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&store::fingerprint().to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&fnv(payload).to_le_bytes());
    out
}

fuzz_target!(|data: &[u8]| {
    if data.first().is_some_and(|b| b & 1 == 1) {
        let _ = Checker::from_index_bytes(data);
    }
    if let Ok(checker) = Checker::from_index_bytes(&wrap(data)) {
        let first_word = checker.corpus().articles.first().map(|a| a.title.clone()).unwrap_or_default();
        common::check_all(&checker, &first_word);
    }
});
