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
    std::fs::write(
        dir.join("quake.txt"),
        "Earthquake hits coastal town\n\nAn earthquake of magnitude 6.1 hit the coastal town of Izmir on Monday, officials said.\n",
    )
    .unwrap();
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

#[test]
fn a_sharded_archive_answers_like_its_corpus_and_is_never_overwritten() {
    let dir = std::env::temp_dir().join(format!("corroborate-shards-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = bin().args(["index", "tests/fixtures/newsdesk_corpus.json", "--chunk-kb", "1", "--shards"]).arg(&dir).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.join("manifest.bin").is_file() && dir.join("postings/0.bin").is_file() && dir.join("articles/5.bin").is_file());
    // The last one misspelt: the archive reads it as the corpus does, from its vocabulary files.
    for claim in
        ["Kestrel Motors recalled SUVs over faulty airbags.", "Vantiq denied merger talks with Orrin Data.", "Kestrl Motors recalled SUVs over faulty airbags."]
    {
        let from_json = bin().args(["check", "--json", "--corpus", "tests/fixtures/newsdesk_corpus.json", claim]).output().unwrap();
        let from_archive = bin().args(["check", "--json", "--corpus"]).arg(&dir).arg(claim).output().unwrap();
        assert!(from_archive.status.success(), "{}", String::from_utf8_lossy(&from_archive.stderr));
        assert_eq!(from_json.stdout, from_archive.stdout, "{claim}: the archive gives the corpus's answer");
        if claim.starts_with("Kestrl") {
            assert!(String::from_utf8_lossy(&from_archive.stdout).contains("Read “Kestrl” as “Kestrel”"), "the correction is reported");
        }
    }
    // Writing into a directory that has files would mix two archives.
    let again = bin().args(["index", "tests/fixtures/newsdesk_corpus.json", "--shards"]).arg(&dir).output().unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("not empty"));
    // A damaged chunk is named.
    let chunk = dir.join("articles/1.bin");
    let mut bytes = std::fs::read(&chunk).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x20;
    std::fs::write(&chunk, &bytes).unwrap();
    let out = bin().args(["check", "--corpus"]).arg(&dir).arg("Kestrel Motors recalled SUVs over faulty airbags.").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("articles/1.bin") && err.contains("checksum"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Real scraped text: a no-break (or thin, narrow, ideographic) space before a sentence's last
/// word once made segmentation slice inside the character, and every command panicked.
#[test]
fn multi_byte_spaces_in_txt_folders_index_and_batch_do_not_panic() {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-nbsp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (i, space) in ["\u{A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{85}", "\u{2028}"].iter().enumerate() {
        let text = format!("Town taken\nThe army said on Monday that the town was{space}taken. Fighting went on{space}there.\n");
        std::fs::write(dir.join(format!("a{i}.txt")), text).unwrap();
    }
    let out = bin().args(["check", "--corpus"]).arg(&dir).arg("The town was taken.").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("supports"), "{}", String::from_utf8_lossy(&out.stdout));
    let idx = dir.join("t.idx");
    let out = bin().args(["index"]).arg(&dir).arg("-o").arg(&idx).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let (stdout, code) = run_batch("{\"id\":1,\"claim\":\"The town was\u{A0}taken.\"}\n", &["--corpus", idx.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("\"covered\":true"), "{stdout}");
}

/// A corpus may carry terminal escapes (screen clear, window title, OSC 52 clipboard write,
/// carriage-return overwrite): `check` shows them as text instead of obeying them.
#[test]
fn check_escapes_control_characters_from_the_corpus() {
    let hostile = "[{\"id\":\"x\\u001b]52;c;ZXZpbA==\\u0007\",\"title\":\"Title \\u001b[2J\\u001b]0;pwned\\u0007 here\",\"text\":\"The town was taken on Monday, the army said.\\rFAKE\"}]";
    let p = temp("escapes.json", hostile.as_bytes());
    let out = bin().args(["check", "--corpus"]).arg(&p).arg("The town was taken.").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Title"), "{text}");
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\r'), "{text:?}");
    assert!(text.contains("\\u{1b}"), "escapes are visible: {text}");
}

/// A claim argument that is not UTF-8 is a usage error with a message, not a panic.
#[test]
#[cfg(unix)]
fn non_utf8_arguments_are_refused_with_a_message() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"Turkey \xff\xfe sent fighters");
    let out = bin().arg("check").arg(bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = bin().arg("eval").arg(bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A line over the batch limit (a stream without newlines) is answered with an error line and
/// the batch goes on with the next line.
#[test]
fn batch_caps_line_length_and_goes_on() {
    let long = format!("{{\"id\":1,\"claim\":\"{}\"}}\n", "x ".repeat(200_000));
    let input = format!("{long}{{\"id\":2,\"claim\":\"Turkey sent fighters from Syria to Azerbaijan.\"}}\n");
    let (stdout, code) = run_batch(&input, &[]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0].contains("\"error\"") && lines[0].contains("longer than"), "{}", lines[0]);
    assert!(lines[1].contains("\"id\":2") && lines[1].contains("\"covered\":true"), "{}", lines[1]);
    // Without a final newline, too.
    let (stdout, _) = run_batch(&"y".repeat(300_000), &[]);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
}

/// Encodings: a UTF-8 byte-order mark is accepted (as the widget does) and never reaches a
/// title; UTF-16 with a mark is read, without one it gets a message that says UTF-16; a lone
/// surrogate escape in JSON costs one character, not the corpus.
#[test]
fn byte_order_marks_utf16_and_lone_surrogates() {
    let article = "{\"id\":\"a\",\"title\":\"Town\",\"text\":\"The army said the town was taken.\"}";
    let bom = temp("bom.json", format!("\u{FEFF}[{article}]").as_bytes());
    let out = bin().args(["check", "--corpus"]).arg(&bom).arg("The town was taken.").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bom_txt = temp("bomtitle.txt", "\u{FEFF}Town taken\nThe army said the town was taken.\n".as_bytes());
    let out = bin().args(["check", "--json", "--corpus"]).arg(&bom_txt).arg("The town was taken.").output().unwrap();
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(json.contains("\"title\": \"Town taken\""), "{json}");
    let utf16: Vec<u8> = "\u{FEFF}Town taken\nThe army said the town was taken.\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let p = temp("utf16.txt", &utf16);
    let out = bin().args(["check", "--corpus"]).arg(&p).arg("The town was taken.").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let no_bom: Vec<u8> = "[{\"id\":\"a\"}]".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let p = temp("utf16.json", &no_bom);
    let out = bin().args(["check", "--corpus"]).arg(&p).arg("x y").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("UTF-16"), "{}", String::from_utf8_lossy(&out.stderr));
    let lone = temp("lone.json", br#"[{"id":"a","title":"T \ud800","text":"The army said the town was taken \udc00 at dawn."}]"#);
    let out = bin().args(["check", "--corpus"]).arg(&lone).arg("The town was taken.").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// A FIFO or a device named like a corpus file would hang the reader or never end.
#[test]
#[cfg(unix)]
fn pipes_and_devices_named_txt_are_refused() {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-dev-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "Town\nThe army said the town was taken.\n").unwrap();
    let zero = dir.join("zero.txt");
    let _ = std::fs::remove_file(&zero);
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let out = bin().args(["check", "--corpus"]).arg(&dir).arg("The town was taken.").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"), "{}", String::from_utf8_lossy(&out.stderr));
    let fifo = std::env::temp_dir().join(format!("corroborate-fifo-{}.idx", std::process::id()));
    let _ = std::fs::remove_file(&fifo);
    if Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success()) {
        let out = bin().args(["check", "--corpus"]).arg(&fifo).arg("The town was taken.").output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let _ = std::fs::remove_file(&fifo);
    }
}

/// A corpus path need not be UTF-8 (file names are bytes on Unix); only claims must be text.
#[test]
#[cfg(unix)]
fn non_utf8_corpus_paths_work() {
    use std::os::unix::ffi::OsStrExt;
    let dir = std::env::temp_dir().join(std::ffi::OsStr::from_bytes(format!("corroborate-\u{fffd}-{}", std::process::id()).as_bytes()));
    let dir = dir.with_file_name(std::ffi::OsStr::from_bytes(&[b'c', b'r', 0xff, b'-', b'0' + (std::process::id() % 10) as u8]));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "Town taken\nThe army said on Monday that the town was taken.\n").unwrap();
    let out = bin().args(["check", "--corpus"]).arg(&dir).arg("The town was taken.").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let idx = dir.join(std::ffi::OsStr::from_bytes(b"i\xfe.idx"));
    let out = bin().arg("index").arg(&dir).arg("-o").arg(&idx).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let out = bin().args(["bench"]).arg(&idx).args(["--runs", "1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

/// `batch` checks blocks of lines on every core; the answers still come one per line, in order,
/// across block boundaries.
#[test]
fn batch_answers_many_lines_in_order() {
    let claims =
        ["Turkey sent fighters from Syria to Azerbaijan.", "Germany co-chairs the OSCE Minsk Group.", "not json", "A new species of frog was found in Peru."];
    let input: String = (0..150)
        .map(|i| if claims[i % 4] == "not json" { "not json\n".to_string() } else { format!("{{\"id\":{i},\"claim\":\"{}\"}}\n", claims[i % 4]) })
        .collect();
    let (stdout, code) = run_batch(&input, &[]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 150);
    for (i, line) in lines.iter().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if i % 4 == 2 {
            assert!(v["error"].is_string(), "line {i}: {line}");
        } else {
            assert_eq!(v["id"], i, "line {i}");
        }
    }
}

/// Every subcommand answers --help with its usage (exit 0) and a mistake with a message and
/// the usage (exit 2).
#[test]
fn subcommands_share_help_and_usage_errors() {
    for sub in ["pairs", "bench", "eval", "train-fnc"] {
        let help = bin().args([sub, "--help"]).output().unwrap();
        assert_eq!(help.status.code(), Some(0), "{sub} --help");
        assert!(String::from_utf8_lossy(&help.stdout).contains("USAGE"), "{sub} --help");
        let bad = bin().args([sub, "--no-such-option"]).output().unwrap();
        assert_eq!(bad.status.code(), Some(2), "{sub} --no-such-option");
        let err = String::from_utf8_lossy(&bad.stderr);
        assert!(err.contains("no-such-option") && err.contains("USAGE"), "{sub}: {err}");
    }
}

#[test]
fn check_takes_each_sentence_of_a_text_as_a_claim_of_its_own() {
    let text = "Germany co-chairs the OSCE Minsk Group. Turkey sent fighters from Syria to Azerbaijan.";
    let out = bin().args(["check", "--json", text]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "one JSON line per claim: {stdout}");
    assert_eq!(lines[0]["claim"], "Germany co-chairs the OSCE Minsk Group.");
    assert_eq!(lines[1]["claim"], "Turkey sent fighters from Syria to Azerbaijan.");
    let verdicts = |v: &serde_json::Value| v["articles"].as_array().unwrap().iter().map(|a| a["verdict"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert!(verdicts(&lines[0]).contains(&"contradicts".to_string()), "{stdout}");
    assert!(verdicts(&lines[1]).contains(&"supports".to_string()), "{stdout}");
    // Each answer is the one the sentence gets alone.
    let alone = bin().args(["check", "--json", "Turkey sent fighters from Syria to Azerbaijan."]).output().unwrap();
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&alone.stdout).unwrap(), lines[1]);

    let out = bin().args(["check", text]).output().unwrap();
    let shown = String::from_utf8(out.stdout).unwrap();
    let first = shown.find("== Claim 1 of 2 ==").expect(&shown);
    let second = shown.find("== Claim 2 of 2 ==").expect(&shown);
    assert!(first < second && shown[first..second].contains("Claim: ") && shown[second..].contains("Supports"), "{shown}");

    // A sentence that cannot be checked gets an error line; the others are still answered.
    let out = bin().args(["check", "--json", "Germany co-chairs the OSCE Minsk Group. La Turquie a envoyé des combattants en Azerbaïdjan."]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0]["articles"].is_array());
    assert!(lines[1]["error"].as_str().unwrap().contains("French"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("claim 2 of 2"));
}
