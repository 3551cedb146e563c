//! Command-line parsing and output. Errors go to stderr with a non-zero exit; `batch` never
//! stops on a bad line.

use corroborate::{Checker, Corpus, Report, Verdicts};
use std::io::{BufRead, Write};
use std::path::PathBuf;

const USAGE: &str = "\
corroborate — check a claim against news articles

USAGE:
    corroborate check [--json] [--corpus PATH] CLAIM
    corroborate batch --json [--fnc] [--corpus PATH]  (JSON lines {\"id\",\"claim\"} on stdin)
    corroborate index CORPUS -o FILE.idx
                    prebuild the index of a large corpus (load it with --corpus FILE.idx,
                    or the widget's corpus attribute)
    corroborate bench [CORPUS] [--queries FILE] [--runs N]
                    time loading, indexing and checks (JSON)
    corroborate eval STANCES.csv BODIES.csv [--model PATH]
                    FNC-1 score and macro-F1 of the stance model on a CSV pair
    corroborate train-fnc STANCES.csv BODIES.csv [--out PATH] [--write-split DIR]
                    retrain the stance model (data/fnc-model.bin) deterministically

OPTIONS:
    --corpus PATH   a directory of .txt files, a .json / .jsonl file of articles, or a
                    prebuilt .idx index (default: the bundled seed corpus)
    --json          print JSON instead of text
    --fnc           FNC-1 verdicts: the learned stance model decides each article's verdict,
                    and reporting a claim without endorsing it counts as mentions (discuss)
    -h, --help      print this help
";

struct Options {
    command: String,
    json: bool,
    mode: Verdicts,
    corpus: Option<PathBuf>,
    output: Option<PathBuf>,
    args: Vec<String>,
}

fn parse() -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut opts = Options { command: String::new(), json: false, mode: Verdicts::Evidence, corpus: None, output: None, args: Vec::new() };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            Long("json") => opts.json = true,
            Long("fnc") => opts.mode = Verdicts::Fnc,
            Long("corpus") => opts.corpus = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Short('o') | Long("output") => opts.output = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Value(v) => {
                let v = v.into_string().map_err(|_| "arguments must be valid UTF-8".to_string())?;
                if opts.command.is_empty() {
                    opts.command = v;
                } else {
                    opts.args.push(v);
                }
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    Ok(opts)
}

pub fn run() -> i32 {
    // The model commands have options of their own.
    let argv: Vec<String> = std::env::args().collect();
    match argv.get(1).map(String::as_str) {
        Some("train-fnc") => return crate::fnc_cli::train(&argv[2..]),
        Some("eval") => return crate::fnc_cli::eval(&argv[2..]),
        Some("bench") => return crate::bench_cli::run(&argv[2..]),
        _ => {}
    }
    let mut opts = match parse() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("corroborate: {e}\n\n{USAGE}");
            return 2;
        }
    };
    if opts.command.is_empty() {
        eprint!("{USAGE}");
        return 2;
    }
    if opts.command == "index" && opts.corpus.is_none() {
        opts.corpus = opts.args.first().map(PathBuf::from);
    }
    if !matches!(opts.command.as_str(), "check" | "batch" | "index") {
        eprintln!("corroborate: unknown command '{}'\n\n{USAGE}", opts.command);
        return 2;
    }
    let checker = match load_checker(opts.corpus.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("corroborate: {e}");
            return 1;
        }
    };
    match opts.command.as_str() {
        "check" => check(checker, &opts),
        "batch" => batch(checker, opts.mode),
        _ => write_index(checker, &opts),
    }
}

/// A checker over a corpus path (.txt directory, .json, .jsonl, or a prebuilt .idx), or the
/// bundled corpus.
pub fn load_checker(path: Option<&std::path::Path>) -> Result<Checker, String> {
    match path {
        Some(p) if p.extension().is_some_and(|x| x == "idx") => {
            let bytes = std::fs::read(p).map_err(|e| format!("{}: cannot read: {e}", p.display()))?;
            Checker::from_index_bytes(&bytes).map_err(|e| format!("{}: {e}", p.display()))
        }
        Some(p) => Corpus::load(p).map(Checker::new).map_err(|e| e.to_string()),
        None => Ok(Checker::bundled()),
    }
}

/// `index CORPUS -o FILE`: writes the prebuilt index.
fn write_index(checker: Checker, opts: &Options) -> i32 {
    let Some(out) = &opts.output else {
        eprintln!("corroborate: index needs -o FILE\n\n{USAGE}");
        return 2;
    };
    let bytes = checker.to_index_bytes();
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("corroborate: cannot write {}: {e}", out.display());
        return 1;
    }
    eprintln!("wrote {} ({} articles, {} bytes)", out.display(), checker.corpus().len(), bytes.len());
    0
}

fn check(checker: Checker, opts: &Options) -> i32 {
    let claim = opts.args.join(" ");
    let report = match checker.check_with(&claim, opts.mode) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("corroborate: {e}");
            return 1;
        }
    };
    let mut out = std::io::stdout().lock();
    let written = if opts.json {
        serde_json::to_writer_pretty(&mut out, &report).map_err(std::io::Error::from).and_then(|_| writeln!(out))
    } else {
        write_text(&mut out, &report)
    };
    if written.is_err() {
        return 1;
    }
    0
}

/// Marks matched words with [brackets] for a terminal.
fn marked(sentence: &str, marks: &[[usize; 2]]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for &[a, b] in marks {
        if a < at || b > sentence.len() {
            continue;
        }
        out.push_str(&sentence[at..a]);
        out.push('[');
        out.push_str(&sentence[a..b]);
        out.push(']');
        at = b;
    }
    out.push_str(&sentence[at..]);
    out
}

fn write_text(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    writeln!(out, "Claim: {}", marked(&r.claim, &r.claim_marks))?;
    writeln!(out, "{}", r.summary)?;
    for a in &r.articles {
        let stances: Vec<&str> = a.stances.iter().map(|s| s.label()).collect();
        writeln!(out, "\n{}  [{}]", a.title, stances.join(", "))?;
        writeln!(out, "  id {}  verdict {}  score {:.2}", a.id, a.verdict.as_str(), a.score)?;
        for e in &a.evidence {
            let who = e.speaker.as_deref().map(|s| format!(" — {s}")).unwrap_or_default();
            let cue = e.cue.as_deref().map(|c| format!(" (cue: {c})")).unwrap_or_default();
            let label = if e.stances.len() > 1 {
                e.stances.iter().map(|s| s.label()).collect::<Vec<_>>().join(" + ")
            } else {
                e.stance.label().to_string()
            };
            writeln!(out, "  • {label}{who}{cue}\n    {}", marked(&e.sentence, &e.marks))?;
        }
    }
    Ok(())
}

fn batch(checker: Checker, mode: Verdicts) -> i32 {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut reader = stdin.lock();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("corroborate: cannot read stdin: {e}");
                return 1;
            }
        }
        let line = String::from_utf8_lossy(&buf);
        if line.trim().is_empty() {
            continue;
        }
        let value = batch_line(&checker, &line, mode);
        if writeln!(out, "{value}").is_err() {
            return 1;
        }
    }
    if out.flush().is_err() {
        return 1;
    }
    0
}

/// One batch answer: the report, or an error naming what was wrong with the line.
fn batch_line(checker: &Checker, line: &str, mode: Verdicts) -> serde_json::Value {
    let parsed: Result<serde_json::Value, _> = serde_json::from_str(line);
    let (id, claim) = match parsed {
        Ok(v) => {
            let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
            match v.get("claim").and_then(|c| c.as_str()) {
                Some(c) => (id, c.to_string()),
                None => return serde_json::json!({"id": id, "error": "the line has no \"claim\" string"}),
            }
        }
        Err(e) => return serde_json::json!({"id": null, "error": format!("invalid JSON: {e}")}),
    };
    match checker.check_with(&claim, mode) {
        Ok(report) => {
            let mut v = serde_json::to_value(&report).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("id".into(), id);
            }
            v
        }
        Err(e) => serde_json::json!({"id": id, "error": e.to_string()}),
    }
}
