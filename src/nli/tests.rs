use super::*;

fn model() -> &'static NliModel {
    NliModel::embedded()
}

fn fixture() -> Vec<serde_json::Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/nli_parity.jsonl");
    let text = std::fs::read_to_string(path).expect("tests/fixtures/nli_parity.jsonl (written by train/train_nli.py)");
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn ids(v: &serde_json::Value) -> Vec<u32> {
    v.as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as u32).collect()
}

#[test]
fn tokenizer_matches_python() {
    let m = model();
    let rows = fixture();
    assert!(rows.len() >= 50);
    for r in &rows {
        let p = r["premise"].as_str().unwrap();
        let h = r["hypothesis"].as_str().unwrap();
        assert_eq!(m.tokenize(p), ids(&r["premise_ids"]), "premise {p:?}");
        assert_eq!(m.tokenize(h), ids(&r["hypothesis_ids"]), "hypothesis {h:?}");
    }
}

#[test]
fn probabilities_match_python() {
    let m = model();
    let mut worst = 0.0f32;
    for r in &fixture() {
        let p = m.predict(r["premise"].as_str().unwrap(), r["hypothesis"].as_str().unwrap());
        let want: Vec<f32> = r["probs"].as_array().unwrap().iter().map(|x| x.as_f64().unwrap() as f32).collect();
        for k in 0..3 {
            worst = worst.max((p[k] - want[k]).abs());
        }
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    }
    assert!(worst < 1e-4, "largest difference from the Python model: {worst}");
}

#[test]
fn tokenizer_rules() {
    let m = model();
    let pieces = |s: &str| -> Vec<String> {
        let inv: FxHashMap<u32, &str> = m.vocab.iter().map(|(k, &v)| (v, k.as_str())).collect();
        m.tokenize(s).iter().map(|i| inv[i].to_string()).collect()
    };
    assert_eq!(pieces("They didn’t WIN."), ["they", "did", "not", "win", "."]);
    assert_eq!(pieces("won't cannot can't"), ["will", "not", "can", "not", "can", "not"]);
    assert_eq!(pieces("Café"), ["cafe"]);
    assert_eq!(pieces(&"x".repeat(200)), ["[UNK]"]);
    // cost is bounded: a huge text is cut to max_tokens pieces
    let huge = "word ".repeat(200_000);
    assert_eq!(m.tokenize(&huge).len(), m.max_tokens());
    let p = m.predict(&huge, &huge);
    assert!(p.iter().all(|x| x.is_finite()));
    // empty and symbol-only sides are allowed
    for (a, b) in [("", ""), ("日本語", "…"), ("\u{0}\u{7f}", "x")] {
        let p = m.predict(a, b);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    }
    // ids out of range are [UNK], not a panic
    let p = m.predict_ids(&[u32::MAX, 5], &[]);
    assert!(p.iter().all(|x| x.is_finite()));
}

fn reseal(mut b: Vec<u8>) -> Vec<u8> {
    let n = b.len() - 8;
    let sum = crate::binfmt::fnv(&b[..n]);
    b[n..].copy_from_slice(&sum.to_le_bytes());
    b
}

/// The shipped file split into the model and its word-links section.
fn parts() -> (&'static [u8], &'static [u8]) {
    let at = EMBEDDED.windows(8).rposition(|w| w == LINKS_MAGIC).expect("the shipped file has word links");
    EMBEDDED.split_at(at)
}

/// A word-links section around `text`.
fn links_section(text: &str) -> Vec<u8> {
    let mut b = LINKS_MAGIC.to_vec();
    b.extend_from_slice(&(text.len() as u32).to_le_bytes());
    b.extend_from_slice(text.as_bytes());
    crate::binfmt::put_checksum(&mut b);
    b
}

#[test]
fn word_links_load_with_the_model_and_are_checked_like_it() {
    let (model, links) = parts();
    let key = |w: &str| w.to_string();
    // Without the section the model is the same, with no links.
    let bare = NliModel::from_bytes(model).unwrap();
    assert!(bare.word_links(&key).is_none());
    assert_eq!(
        bare.predict("The bridge was closed.", "The bridge was closed."),
        NliModel::embedded().predict("The bridge was closed.", "The bridge was closed.")
    );
    let shipped = NliModel::from_bytes(EMBEDDED).unwrap();
    let l = shipped.word_links(&key).expect("links");
    assert!(l.len() > 30_000, "{}", l.len());
    // WordNet's commonest senses: synonyms and a derivation, both ways round; not opposites.
    assert!(l.linked("invade", "invasion") && l.linked("invasion", "invade"));
    assert!(l.linked("big", "large"));
    assert!(!l.linked("big", "small") && !l.linked("buy", "sell"));
    // Only a sense that is the commonest of both words: "die" has "pass" in its first sense,
    // but a bill that passed did not die; nor is a removed judge murdered.
    assert!(l.linked("die", "perish") && l.linked("lessen", "decrease"));
    assert!(!l.linked("die", "pass") && !l.linked("murder", "remove") && !l.linked("shoot", "hit"));
    // A section of our own making.
    let mut b = model.to_vec();
    b.extend(links_section("invade invasion\nseize occupy capture\n"));
    let m = NliModel::from_bytes(&b).unwrap();
    let l = m.word_links(&key).unwrap();
    assert!(l.linked("occupy", "seize") && l.linked("seize", "capture") && !l.linked("occupy", "capture"));
    // Hostile sections: garbage, a flipped byte, a lying length, words that are no words.
    for text in ["invade\n", "Invade invasion\n", "in vade  invasion\n", "invade in\u{e9}vasion\n"] {
        let mut b = model.to_vec();
        b.extend(links_section(text));
        assert!(matches!(NliModel::from_bytes(&b), Err(NliError::Invalid(_))), "{text:?}");
    }
    let mut b = model.to_vec();
    b.extend_from_slice(links);
    let at = model.len() + links.len() / 2;
    b[at] ^= 0x20;
    assert_eq!(NliModel::from_bytes(&b).unwrap_err(), NliError::BadChecksum);
    let mut b = model.to_vec();
    let mut section = links.to_vec();
    section[8..12].copy_from_slice(&u32::MAX.to_le_bytes());
    b.extend(section);
    assert!(matches!(NliModel::from_bytes(&b), Err(NliError::Invalid(_))));
    for n in [1, 8, 19, links.len() - 1] {
        let mut b = model.to_vec();
        b.extend_from_slice(&links[..n]);
        assert!(NliModel::from_bytes(&b).is_err(), "{n} bytes of the section accepted");
    }
}

#[test]
fn hostile_files_are_rejected() {
    let good = parts().0.to_vec();
    assert!(NliModel::from_bytes(&good).is_ok());
    assert_eq!(NliModel::from_bytes(&[]).unwrap_err(), NliError::BadMagic);
    assert_eq!(NliModel::from_bytes(b"CRBSTNC1").unwrap_err(), NliError::BadMagic);
    // every truncation is an error
    let step = (good.len() / 997).max(1);
    for n in (0..good.len()).step_by(step).chain([good.len() - 1, 8, 35, 36, 44]) {
        assert!(NliModel::from_bytes(&good[..n]).is_err(), "prefix of {n} bytes accepted");
    }
    // extra bytes
    let mut long = good.clone();
    long.push(0);
    assert!(NliModel::from_bytes(&long).is_err());
    // flipped bytes anywhere fail the checksum
    for at in [40, good.len() / 2, good.len() - 9] {
        let mut b = good.clone();
        b[at] ^= 0x55;
        assert_eq!(NliModel::from_bytes(&b).unwrap_err(), NliError::BadChecksum);
    }
    // wrong versions
    let mut b = good.clone();
    b[8] = 9;
    assert!(matches!(NliModel::from_bytes(&reseal(b)).unwrap_err(), NliError::UnsupportedVersion { .. }));
    // huge dimensions with a valid checksum: refused before any allocation
    for field in 0..5 {
        let mut b = good.clone();
        let at = 16 + 4 * field;
        b[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(NliModel::from_bytes(&reseal(b)).is_err(), "field {field}");
        let mut b = good.clone();
        b[at..at + 4].copy_from_slice(&0u32.to_le_bytes());
        assert!(NliModel::from_bytes(&reseal(b)).is_err(), "field {field} = 0");
    }
    // vocabulary byte count off by one
    let mut b = good.clone();
    let vb = u32::from_le_bytes(b[32..36].try_into().unwrap());
    b[32..36].copy_from_slice(&(vb + 1).to_le_bytes());
    assert!(NliModel::from_bytes(&reseal(b)).is_err());
    // a duplicate vocabulary entry ("[PAD]\n[UNK]" -> "[PAD]\n[PAD]")
    let mut b = good.clone();
    assert_eq!(&b[36..47], b"[PAD]\n[UNK]");
    b[42..47].copy_from_slice(b"[PAD]");
    assert!(NliModel::from_bytes(&reseal(b)).is_err());
    // a NaN weight (the last f32 bias) with a valid checksum
    let mut b = good.clone();
    let at = b.len() - 12;
    b[at..at + 4].copy_from_slice(&f32::NAN.to_le_bytes());
    assert!(NliModel::from_bytes(&reseal(b)).is_err());
    // a tensor header that lies about its shape
    let mut b = good.clone();
    let at = 36 + vb as usize; // E rows
    b[at..at + 4].copy_from_slice(&1u32.to_le_bytes());
    assert!(NliModel::from_bytes(&reseal(b)).is_err());
    // random garbage behind a valid magic
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for len in [36usize, 100, 5000] {
        let mut b = MAGIC.to_vec();
        while b.len() < len {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            b.push(x as u8);
        }
        assert!(NliModel::from_bytes(&b).is_err());
    }
}

#[test]
fn error_messages_name_the_problem() {
    assert!(NliError::BadChecksum.to_string().contains("corrupt"));
    assert!(NliError::Truncated { need: 10, have: 5 }.to_string().contains("truncated"));
}

/// Things a reader would notice. Each pair is general English, not taken from the training data;
/// the asserts compare classes, not exact values.
#[test]
fn behaviour_a_reader_would_notice() {
    let m = model();
    let p = |a: &str, b: &str| m.predict(a, b);
    // a negated statement contradicts the plain one, in both directions
    let x = p("The company did not raise prices in 2019.", "The company raised prices in 2019.");
    assert!(x[CONTRADICTION] > x[ENTAILMENT], "{x:?}");
    let x = p("The company raised prices in 2019.", "The company did not raise prices in 2019.");
    assert!(x[CONTRADICTION] > x[ENTAILMENT], "{x:?}");
    // the same statement is entailed
    let x = p("The company raised prices in 2019.", "The company raised prices in 2019.");
    assert!(x[ENTAILMENT] > 0.5, "{x:?}");
    // a conflicting number contradicts
    let x = p("The bridge cost 40 million dollars.", "The bridge cost 90 million dollars.");
    assert!(x[CONTRADICTION] > x[ENTAILMENT], "{x:?}");
    // another place contradicts
    let x = p("The summit was held in Paris in May.", "The summit was held in Berlin.");
    assert!(x[CONTRADICTION] > x[ENTAILMENT], "{x:?}");
    // dropping a detail keeps the claim supported
    let x = p("The minister resigned on Tuesday after the scandal.", "The minister resigned.");
    assert!(x[ENTAILMENT] > x[CONTRADICTION] && x[ENTAILMENT] > x[NEUTRAL], "{x:?}");
    // a paraphrase with other words is supported
    let x = p("A man is playing a guitar on stage.", "A person is playing music.");
    assert!(x[ENTAILMENT] > x[CONTRADICTION], "{x:?}");
    // "it is possible that P" does not assert P
    let x = p("It is possible that the minister resigned.", "The minister resigned.");
    assert!(x[NEUTRAL] > x[ENTAILMENT], "{x:?}");
    // "never" negates too
    let x = p("The minister never resigned.", "The minister resigned.");
    assert!(x[CONTRADICTION] > x[ENTAILMENT], "{x:?}");
    // a reported denial is not support
    let x = p("Turkey denied sending fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.");
    assert!(x[CONTRADICTION] > x[ENTAILMENT], "{x:?}");
    // evidence about something else says nothing
    let x = p("The weather in Oslo was cold on Monday.", "The company raised prices.");
    assert!(x[NEUTRAL] > x[ENTAILMENT] && x[NEUTRAL] > x[CONTRADICTION], "{x:?}");
    // probabilities are probabilities
    assert!((x.iter().sum::<f32>() - 1.0).abs() < 1e-4 && x.iter().all(|&v| (0.0..=1.0).contains(&v)));
}

/// Rough speed: `cargo test --release --lib nli::tests::speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn speed() {
    let m = model();
    let rows = fixture();
    let pairs: Vec<(String, String)> =
        rows.iter().map(|r| (r["premise"].as_str().unwrap().to_string(), r["hypothesis"].as_str().unwrap().to_string())).collect();
    let t = std::time::Instant::now();
    let mut n = 0;
    while t.elapsed().as_secs_f64() < 2.0 {
        for (a, b) in &pairs {
            std::hint::black_box(m.predict(a, b));
            n += 1;
        }
    }
    let per = t.elapsed().as_secs_f64() / n as f64;
    let load = std::time::Instant::now();
    let _ = NliModel::from_bytes(EMBEDDED).unwrap();
    eprintln!("{n} pairs, {:.1} µs per pair (mixed lengths); load {:.1} ms", per * 1e6, load.elapsed().as_secs_f64() * 1e3);
}

/// The AVX dot product must give the portable one's result to the bit, so a check answers the
/// same on every machine.
#[cfg(target_arch = "x86_64")]
#[test]
fn the_avx_dot_product_equals_the_portable_one_to_the_bit() {
    if !std::arch::is_x86_feature_detected!("avx") {
        return;
    }
    let mut x = 0x2545_f491u32;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        (x as f32 / u32::MAX as f32) * 2.0 - 1.0
    };
    for n in [0, 1, 7, 8, 9, 63, 64, 65, 300] {
        let a: Vec<f32> = (0..n).map(|_| next()).collect();
        let b: Vec<f32> = (0..n).map(|_| next() * 1e3).collect();
        // SAFETY: AVX is present (checked above).
        assert_eq!(unsafe { super::dot_avx(&a, &b) }.to_bits(), super::dot_portable(&a, &b).to_bits(), "n = {n}");
    }
}
