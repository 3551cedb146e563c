//! The command line as a user drives it: exit codes, error messages naming the problem, the
//! batch contract (one line out per line in, errors as lines, order kept).

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
}

fn run_batch(input: &str, extra: &[&str]) -> (String, i32) {
    let mut child = bin().args(["batch", "--json"]).args(extra).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    // The command may exit before reading (a bad corpus): a closed pipe is not a failure here.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let out = child.wait_with_output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code().unwrap_or(-1))
}

fn temp(name: &str, contents: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, contents).unwrap();
    p
}

#[test]
fn check_prints_articles_with_stances_and_evidence() {
    let out = bin().args(["check", "Turkey sent fighters from Syria to Azerbaijan."]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Supports"), "{text}");
    assert!(text.contains("Reports a denial"), "{text}");
    assert!(text.contains('['), "matched words are marked: {text}");
}

#[test]
fn check_says_when_the_corpus_does_not_cover_a_claim() {
    let out = bin().args(["check", "A new species of frog was found in Peru."]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Not covered by these articles"), "{text}");
    assert!(text.contains("does not make it false"), "{text}");
}

#[test]
fn check_rejects_an_empty_claim_with_a_message_and_non_zero_exit() {
    let out = bin().args(["check", "   "]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
}

#[test]
fn batch_writes_one_line_per_input_line_in_order_with_errors_inline() {
    let input = "{\"id\": \"a\", \"claim\": \"Turkey sent fighters from Syria to Azerbaijan.\"}\nnot json\n{\"id\": 7, \"claim\": \"\"}\n{\"id\": \"z\", \"claim\": \"Bitcoin hit an all-time high.\"}\n";
    let (out, code) = run_batch(input, &[]);
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    let first = &lines[0]["articles"][0];
    for field in ["id", "title", "verdict", "stances", "evidence"] {
        assert!(!first[field].is_null(), "missing {field}");
    }
    let ev = &first["evidence"][0];
    for field in ["sentence", "start", "end", "stance", "score", "matched"] {
        assert!(!ev[field].is_null(), "missing evidence.{field}");
    }
    assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["error"].as_str().unwrap().contains("empty"));
    assert_eq!(lines[3]["id"], "z");
    assert_eq!(lines[3]["articles"].as_array().unwrap().len(), 0);
}

#[test]
fn bad_corpora_are_named_with_file_and_line() {
    let bad_json = temp("bad.json", b"[\n{\"id\": \"a\", \"text\": \"x\"},\n{\"id\": \"b\"\n");
    let out = bin().args(["check", "--corpus"]).arg(&bad_json).arg("anything").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.json:") && err.contains("invalid JSON"), "{err}");

    let latin1 = temp("latin1.jsonl", b"{\"id\": \"a\", \"text\": \"caf\xe9\"}\n");
    let out = bin().args(["check", "--corpus"]).arg(&latin1).arg("x").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"));

    let empty = temp("empty.jsonl", b"\n\n");
    let (out, code) = run_batch("{\"id\":1,\"claim\":\"x\"}\n", &["--corpus", empty.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
}

#[test]
fn a_directory_of_text_files_is_a_corpus() {
    let dir = std::env::temp_dir().join(format!("corroborate-dir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("quake.txt"), "Earthquake hits coastal town\n\nAn earthquake of magnitude 6.1 hit the coastal town of Izmir on Monday, officials said.\n").unwrap();
    let out = bin().args(["check", "--json", "--corpus"]).arg(&dir).arg("A magnitude 6.1 earthquake hit Izmir.").output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"][0]["id"], "quake");
    assert_eq!(v["articles"][0]["title"], "Earthquake hits coastal town");
    assert_eq!(v["articles"][0]["verdict"], "supports");
}

#[test]
fn batch_with_fnc_verdicts_lets_the_learned_model_decide_and_reports_its_probabilities() {
    let input = "{\"id\": 1, \"claim\": \"Turkey sent fighters from Syria to Azerbaijan.\"}\n{\"id\": 2, \"claim\": \"Bitcoin hit an all-time high.\"}\n";
    let (out, code) = run_batch(input, &["--fnc"]);
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let articles = lines[0]["articles"].as_array().unwrap();
    assert!(!articles.is_empty());
    for a in articles {
        assert_eq!(a["decided_by"], "model");
        let p = &a["learned"];
        let sum: f64 = ["agree", "disagree", "discuss", "unrelated"].iter().map(|k| p[k].as_f64().unwrap()).sum();
        assert!((sum - 1.0).abs() < 0.01, "probabilities sum to 1: {p}");
    }
    assert!(lines[1]["articles"].as_array().unwrap().is_empty(), "unrelated claims stay uncovered: {}", lines[1]);
}

#[test]
fn limits_are_enforced_with_messages() {
    // A claim over MAX_CLAIM_CHARS: exit 1 and a message that gives the limit, for check and batch.
    let long = "Turkey sent fighters. ".repeat(100);
    let out = bin().args(["check", &long]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the limit is 1000"), "{err}");
    let (out, code) = run_batch(&format!("{{\"id\":\"long\",\"claim\":\"{long}\"}}\n"), &[]);
    assert_eq!(code, 0);
    let line: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert!(line["error"].as_str().unwrap().contains("the limit is 1000"), "{line}");

    // A corpus over MAX_CORPUS_BYTES (a sparse file: costs no disk): exit 1, file named, limit given.
    let big = temp("big.json", b"");
    std::fs::OpenOptions::new().write(true).open(&big).unwrap().set_len(corroborate::MAX_CORPUS_BYTES as u64 + 1).unwrap();
    let out = bin().args(["check", "--corpus"]).arg(&big).arg("Turkey sent fighters.").output().unwrap();
    std::fs::remove_file(&big).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("big.json") && err.contains("the limit is 268435456 bytes"), "{err}");
}

#[test]
fn a_prebuilt_index_answers_like_its_corpus_and_damage_is_reported() {
    let dir = std::env::temp_dir().join(format!("corroborate-idx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let idx = dir.join("own.idx");
    let out = bin().args(["index", "tests/fixtures/own_corpus.json", "-o"]).arg(&idx).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let claim = "Fewer than 1,000 passengers were stranded.";
    let from_json = bin().args(["check", "--json", "--corpus", "tests/fixtures/own_corpus.json", claim]).output().unwrap();
    let from_idx = bin().args(["check", "--json", "--corpus"]).arg(&idx).arg(claim).output().unwrap();
    assert!(from_idx.status.success());
    assert_eq!(from_json.stdout, from_idx.stdout, "the index gives the same answer as the corpus");

    let mut bytes = std::fs::read(&idx).unwrap();
    let cut = dir.join("cut.idx");
    std::fs::write(&cut, &bytes[..bytes.len() / 3]).unwrap();
    let out = bin().args(["check", "--corpus"]).arg(&cut).arg(claim).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("truncated"));
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x20;
    std::fs::write(&cut, &bytes).unwrap();
    let out = bin().args(["check", "--corpus"]).arg(&cut).arg(claim).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("corrupt"));
}
