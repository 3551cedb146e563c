//! Arbitrary bytes as one file of a sharded archive (`corroborate index --shards`, which the
//! widget fetches file by file from any static host). The harness cuts the bundled corpus into a
//! small archive, then puts the input in the place of the manifest, a posting shard, an
//! article chunk or a vocabulary file — wrapped in a valid header (magic, version, the archive's id, the file's
//! number) and a correct checksum, so the fuzzer explores the payload parser and the checks run
//! on what it accepted instead of bouncing off the checksum. Input byte 0 picks the file
//! (bit 0 set: the input is also tried raw, unwrapped). Whatever the file says, a check must
//! come back as a report or an error: never a panic.
#![no_main]

use corroborate::retrieve::shards::{Cut, Files, CHUNK_MAGIC, FORMAT_VERSION, SHARD_MAGIC, VOCAB_MAGIC};
use corroborate::{ArchiveChecker, Checker};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const CLAIMS: &[&str] = &[
    "Turkey sent Syrian fighters to Azerbaijan.",
    "Armenia denied that its forces shelled Ganja.",
    "More than 300 mercenaries arrived.",
    "Turky sent Syrian figthers to Azerbiajan.",
];

fn archive() -> &'static Files {
    static FILES: OnceLock<Files> = OnceLock::new();
    FILES.get_or_init(|| Checker::bundled().to_archive(Cut { shard_bytes: 512, chunk_bytes: 1 }))
}

fn wrap(magic: &[u8; 8], id: &[u8], number: u32, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 40);
    out.extend_from_slice(magic);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(id);
    out.extend_from_slice(&number.to_le_bytes());
    out.extend_from_slice(payload);
    let sum = corroborate::binfmt::fnv(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// File `n`: the fuzzed one when it stands in that place, else the archive's own.
fn pick<'a>(fuzzed: Option<(u32, &'a [u8])>, own: &'a [Vec<u8>], n: u32) -> &'a [u8] {
    match fuzzed {
        Some((m, b)) if m == n => b,
        _ => own.get(n as usize).map_or(&[][..], Vec::as_slice),
    }
}

/// Checks every claim, fetching from `files` with `file` in place of one of them. A vocabulary
/// file is added before the checks, and only then is the model on (spelling needs it), for the
/// misspelt claim alone: a check with the model takes ~0.3 s in this build, so four of them
/// twice over reached libFuzzer's 10 s timeout on a loaded machine.
fn check_all(manifest: &[u8], shard: Option<(u32, &[u8])>, chunk: Option<(u32, &[u8])>, vocab: Option<(u32, &[u8])>) {
    let files = archive();
    let Ok(mut a) = ArchiveChecker::open(manifest) else { return };
    match vocab {
        Some((n, bytes)) => {
            let _ = a.add_vocab(n, bytes);
        }
        None => a.set_nli_model(None),
    }
    let add_shards = |a: &mut ArchiveChecker, claim: &str| {
        for n in a.shards_for(claim).unwrap_or_default() {
            let _ = a.add_shard(n, pick(shard, &files.shards, n));
        }
    };
    let claims = if vocab.is_some() { &CLAIMS[3..] } else { CLAIMS };
    for claim in claims {
        add_shards(&mut a, claim);
        for n in a.vocab_for(claim).unwrap_or_default() {
            let _ = a.add_vocab(n, pick(None, &files.vocab, n));
        }
        add_shards(&mut a, claim);
        let Ok(chunks) = a.chunks_for(claim) else { continue };
        for n in chunks {
            let _ = a.add_chunk(n, pick(chunk, &files.chunks, n));
        }
        if let Ok(report) = a.check(claim) {
            // Every evidence range must lie in its sentence (the widget slices by them).
            for e in report.articles.iter().flat_map(|a| &a.evidence) {
                assert!(e.marks.iter().chain(&e.cue_marks).all(|&[s, t]| s <= t && t <= e.sentence.len()));
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let files = archive();
    let id = &files.manifest[20..28];
    let raw = pick & 1 == 1;
    match pick >> 1 {
        // The manifest: raw only (its checksum covers a header the input would have to forge).
        0..=15 => check_all(rest, None, None, None),
        16..=71 => {
            let n = u32::from(pick >> 1) % files.shards.len() as u32;
            check_all(&files.manifest, Some((n, &wrap(SHARD_MAGIC, id, n, rest))), None, None);
            if raw {
                check_all(&files.manifest, Some((n, rest)), None, None);
            }
        }
        72..=111 => {
            let n = u32::from(pick >> 1) % files.chunks.len() as u32;
            check_all(&files.manifest, None, Some((n, &wrap(CHUNK_MAGIC, id, n, rest))), None);
            if raw {
                check_all(&files.manifest, None, Some((n, rest)), None);
            }
        }
        _ => {
            let n = u32::from(pick >> 1) % files.vocab.len() as u32;
            // Raw or wrapped, not both: each check here runs the model.
            let file = if raw { rest.to_vec() } else { wrap(VOCAB_MAGIC, id, n, rest) };
            check_all(&files.manifest, None, None, Some((n, &file)));
        }
    }
});
