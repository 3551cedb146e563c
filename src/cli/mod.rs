//! Command-line parsing and output. Errors go to stderr with a non-zero exit; `batch` never
//! stops on a bad line.

mod archive;
mod args;
mod bench;
mod fnc;
mod pairs;

use args::Args;

use corroborate::{Checker, Corpus, Report, Verdicts};
use std::io::{BufRead, Write};
use std::path::PathBuf;

const USAGE: &str = "\
corroborate — check a claim against news articles

USAGE:
    corroborate check [--json] [--rules-only] [--corpus PATH] TEXT
                    check each sentence of TEXT as a claim of its own (--json with
                    several sentences: one JSON line per claim)
    corroborate batch --json [--fnc] [--rules-only] [--corpus PATH]  (JSON lines {\"id\",\"claim\"} on stdin)
    corroborate index CORPUS -o FILE.idx
                    prebuild the index of a large corpus (load it with --corpus FILE.idx,
                    or the widget's corpus attribute)
    corroborate index CORPUS --shards DIR [--shard-kb N] [--chunk-kb N]
                    write it as a sharded archive for static hosting: DIR/manifest.bin,
                    DIR/postings/ (about N KB of postings each, default 8), DIR/articles/
                    (articles of about N KB of text each, default 1); a page
                    (corpus=\".../DIR/manifest.bin\") or `check --corpus DIR` fetches only
                    the files a claim needs
    corroborate bench [CORPUS] [--queries FILE] [--runs N]
                    time loading, indexing and checks (JSON)
    corroborate pairs FILE.jsonl [--json] [--rules-only]
                    accuracy and macro-F1 on claim/evidence pairs (supports/refutes/nei)
    corroborate eval STANCES.csv BODIES.csv [--model PATH]
                    FNC-1 score and macro-F1 of the stance model on a CSV pair
    corroborate train-fnc STANCES.csv BODIES.csv [--out PATH] [--write-split DIR]
                    retrain the stance model (data/fnc-model.bin) deterministically

OPTIONS:
    --corpus PATH   a directory of .txt files, a .json / .jsonl file of articles, a
                    prebuilt .idx index, or (for check) a sharded archive's directory
                    (default: the bundled seed corpus)
    --json          print JSON instead of text
    --rules-only    judge with the stance rules alone, without the sentence-pair model
    --fnc           FNC-1 verdicts: the learned stance model decides each article's verdict,
                    and reporting a claim without endorsing it counts as mentions (discuss)
    -h, --help      print this help
";

struct Options {
    command: String,
    json: bool,
    rules_only: bool,
    mode: Verdicts,
    corpus: Option<PathBuf>,
    output: Option<PathBuf>,
    shards: Option<PathBuf>,
    cut: corroborate::retrieve::shards::Cut,
    args: Vec<String>,
}

/// Option `name` in KB (1 to 65,536) as bytes, or `default`.
fn kb(a: &Args, name: &str, default: usize) -> Result<usize, String> {
    match a.num(name, default / 1024)? {
        n @ 1..=65536 => Ok(n * 1024),
        n => Err(format!("--{name}: {n} is out of range (1 to 65536)")),
    }
}

/// `check`, `batch` and `index` share one set of options.
fn parse(argv: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Options, String> {
    let a = Args::parse(argv, &["json", "fnc", "rules-only"], &["corpus", "output", "shards", "shard-kb", "chunk-kb"])?;
    if a.has("help") {
        print!("{USAGE}");
        std::process::exit(0);
    }
    let command = a.word(0)?.unwrap_or_default();
    // `index CORPUS`: the corpus is a path (any bytes); claims are text.
    let corpus = a.path("corpus").or_else(|| (command == "index").then(|| a.positional.get(1).map(PathBuf::from)).flatten());
    let args = if command == "index" { Vec::new() } else { a.words(1)? };
    Ok(Options {
        command,
        json: a.has("json"),
        rules_only: a.has("rules-only"),
        mode: if a.has("fnc") { Verdicts::Fnc } else { Verdicts::Evidence },
        corpus,
        output: a.path("output"),
        shards: a.path("shards"),
        cut: corroborate::retrieve::shards::Cut {
            shard_bytes: kb(&a, "shard-kb", corroborate::retrieve::shards::Cut::default().shard_bytes)?,
            chunk_bytes: kb(&a, "chunk-kb", corroborate::retrieve::shards::Cut::default().chunk_bytes)?,
        },
        args,
    })
}

pub fn run() -> i32 {
    // The model and measurement commands have options of their own. (`args_os`:
    // `std::env::args` panics on an argument that is not UTF-8.)
    let sub = std::env::args_os().nth(1).and_then(|a| a.into_string().ok());
    let rest = || std::env::args_os().skip(2);
    match sub.as_deref() {
        Some("train-fnc") => return fnc::train(rest()),
        Some("eval") => return fnc::eval(rest()),
        Some("pairs") => return pairs::run(rest()),
        Some("bench") => return bench::run(rest()),
        _ => {}
    }
    let opts = match parse(std::env::args_os().skip(1)) {
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
    if !matches!(opts.command.as_str(), "check" | "batch" | "index") {
        eprintln!("corroborate: unknown command '{}'\n\n{USAGE}", opts.command);
        return 2;
    }
    if let Some(path) = opts.corpus.as_deref().filter(|p| archive::is_archive(p)) {
        return check_archive(path, &opts);
    }
    let checker = match load_checker(opts.corpus.as_deref()) {
        Ok(mut c) => {
            if opts.rules_only {
                c.set_nli_model(None);
            }
            c
        }
        Err(e) => {
            eprintln!("corroborate: {e}");
            return 1;
        }
    };
    match opts.command.as_str() {
        "check" => check(|claim| checker.check_with(claim, opts.mode).map_err(|e| e.to_string()), &opts),
        "batch" => batch(checker, opts.mode),
        _ => write_index(checker, &opts),
    }
}

/// Does `path` name a prebuilt index file (`.idx`) rather than a corpus to index?
pub fn is_index_file(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|x| x == "idx")
}

/// A checker over a corpus path (.txt directory, .json, .jsonl, or a prebuilt .idx), or the
/// bundled corpus.
pub fn load_checker(path: Option<&std::path::Path>) -> Result<Checker, String> {
    match path {
        Some(p) if is_index_file(p) => {
            let bytes = read_index_file(p)?;
            Checker::from_index_bytes(&bytes).map_err(|e| format!("{}: {e}", p.display()))
        }
        Some(p) => Corpus::load(p).map(Checker::new).map_err(|e| e.to_string()),
        None => Ok(Checker::bundled()),
    }
}

/// Reads an index file of at most `MAX_INDEX_BYTES`, refusing pipes and devices (which would
/// hang or never end) before reading a byte.
fn read_index_file(p: &std::path::Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let name = p.display();
    let meta = std::fs::metadata(p).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let max = corroborate::store::MAX_INDEX_BYTES;
    if !meta.is_file() {
        return Err(format!("{name}: not a regular file"));
    }
    if meta.len() > max as u64 {
        return Err(format!("{name}: the index file is {} bytes; the limit is {max} bytes", meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    let file = std::fs::File::open(p).map_err(|e| format!("{name}: cannot read: {e}"))?;
    file.take(max as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("{name}: cannot read: {e}"))?;
    if bytes.len() > max {
        return Err(format!("{name}: the index file is over the limit of {max} bytes"));
    }
    Ok(bytes)
}

/// `check` against a sharded archive on disk, reading only the files each claim needs.
fn check_archive(path: &std::path::Path, opts: &Options) -> i32 {
    if opts.command != "check" {
        eprintln!("corroborate: {} reads a corpus or an .idx file; a sharded archive is read by check (and bench)", opts.command);
        return 2;
    }
    if opts.mode == Verdicts::Fnc {
        eprintln!("corroborate: FNC-1 verdicts need every article: use the corpus or its .idx file");
        return 2;
    }
    let mut disk = match archive::DiskArchive::open(path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("corroborate: {e}");
            return 1;
        }
    };
    if opts.rules_only {
        disk.checker.set_nli_model(None);
    }
    check(|claim| disk.check(claim), opts)
}

/// `index CORPUS -o FILE` and/or `--shards DIR`: writes the prebuilt index, the archive.
fn write_index(checker: Checker, opts: &Options) -> i32 {
    if let Some(dir) = &opts.shards {
        match archive::write(&checker, dir, opts.cut) {
            Ok(said) => eprintln!("{said}"),
            Err(e) => {
                eprintln!("corroborate: {e}");
                return 1;
            }
        }
    }
    let Some(out) = &opts.output else {
        if opts.shards.is_some() {
            return 0;
        }
        eprintln!("corroborate: index needs -o FILE or --shards DIR\n\n{USAGE}");
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

/// `check TEXT`: each sentence of the text is a claim of its own (`claims_in`, as the widget
/// splits a pasted paragraph), checked in order. A one-sentence text is one claim, printed as
/// before (`--json`: one pretty-printed report). Several: as text, each report under a "Claim N
/// of M" heading; with `--json`, one JSON line per claim, in order (a claim that cannot be
/// checked gets `{"claim", "error"}` and the others go on). Exits 1 when any claim could not be
/// checked.
fn check(mut check_one: impl FnMut(&str) -> Result<Report, String>, opts: &Options) -> i32 {
    let text = opts.args.join(" ");
    let claims = corroborate::claims_in(&text);
    let many = claims.len() > 1;
    let mut out = std::io::stdout().lock();
    let mut code = 0;
    for (i, claim) in claims.iter().enumerate() {
        let written = match check_one(claim) {
            // One claim: the report as before (pretty); several: one line each (JSON Lines).
            Ok(report) if opts.json && !many => serde_json::to_writer_pretty(&mut out, &report).map_err(std::io::Error::from).and_then(|_| writeln!(out)),
            Ok(report) if opts.json => serde_json::to_writer(&mut out, &report).map_err(std::io::Error::from).and_then(|_| writeln!(out)),
            Ok(report) => {
                let heading = if many { writeln!(out, "{}== Claim {} of {} ==", if i > 0 { "\n" } else { "" }, i + 1, claims.len()) } else { Ok(()) };
                heading.and_then(|_| write_text(&mut out, &report))
            }
            Err(e) => {
                code = 1;
                if many {
                    eprintln!("corroborate: claim {} of {}: {e}", i + 1, claims.len());
                } else {
                    eprintln!("corroborate: {e}");
                }
                if opts.json && many {
                    let line = serde_json::json!({ "claim": claim, "error": e.to_string() });
                    writeln!(out, "{line}")
                } else {
                    Ok(())
                }
            }
        };
        if written.is_err() {
            return 1;
        }
    }
    code
}

/// Text from a corpus or a claim made safe for a terminal: control characters (ANSI and OSC
/// escapes, carriage returns, bidi overrides) are shown as `\u{..}` instead of being obeyed.
fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| (c.is_control() && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}');
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.chars().map(|c| if unsafe_char(c) { c.escape_unicode().to_string() } else { c.to_string() }).collect())
}

/// Marks matched words with [brackets] for a terminal (control characters escaped).
fn marked(sentence: &str, marks: &[[usize; 2]]) -> String {
    let out = marked_raw(sentence, marks);
    terminal_safe(&out).into_owned()
}

fn marked_raw(sentence: &str, marks: &[[usize; 2]]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for &[a, b] in marks {
        // Marks come from the engine on character boundaries; `get` keeps a bad one harmless.
        let (Some(before), Some(inside)) = (sentence.get(at..a), sentence.get(a..b)) else {
            continue;
        };
        out.push_str(before);
        out.push('[');
        out.push_str(inside);
        out.push(']');
        at = b;
    }
    out.push_str(sentence.get(at..).unwrap_or_default());
    out
}

fn write_text(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    writeln!(out, "Claim: {}", marked(&r.claim, &r.claim_marks))?;
    writeln!(out, "{}", r.summary)?;
    for a in &r.articles {
        let stances: Vec<&str> = a.stances.iter().map(|s| s.label()).collect();
        writeln!(out, "\n{}  [{}]", terminal_safe(&a.title), stances.join(", "))?;
        writeln!(out, "  id {}  verdict {}  score {:.2}", terminal_safe(&a.id), a.verdict.as_str(), a.score)?;
        for e in &a.evidence {
            let who = e.speaker.as_deref().map(|s| format!(" — {}", terminal_safe(s))).unwrap_or_default();
            let cue = e.cue.as_deref().map(|c| format!(" (cue: {})", terminal_safe(c))).unwrap_or_default();
            let label = if e.stances.len() > 1 { e.stances.iter().map(|s| s.label()).collect::<Vec<_>>().join(" + ") } else { e.stance.label().to_string() };
            writeln!(out, "  • {label}{who}{cue}\n    {}", marked(&e.sentence, &e.marks))?;
        }
    }
    Ok(())
}

/// Longest `batch` input line, in bytes: a claim is at most `MAX_CLAIM_CHARS` characters, so
/// anything much longer is not a claim, and reading it whole could exhaust memory (a stream
/// without newlines). Longer lines are skipped to their end and answered with an error.
pub const MAX_BATCH_LINE_BYTES: usize = 64 * 1024;

/// Lines read before they are checked together, one share per core (64 lines of at most
/// `MAX_BATCH_LINE_BYTES` each: at most 4 MB held).
const BATCH_BLOCK: usize = 64;

fn batch(checker: Checker, mode: Verdicts) -> i32 {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut reader = stdin.lock();
    let mut buf = Vec::new();
    // None: a line over the length limit; Some: a line to check.
    let mut block: Vec<Option<String>> = Vec::with_capacity(BATCH_BLOCK);
    let mut done = false;
    while !done {
        buf.clear();
        match read_line_bounded(&mut reader, &mut buf, MAX_BATCH_LINE_BYTES) {
            Ok(None) => done = true,
            Ok(Some(true)) => block.push(None),
            Ok(Some(false)) => {
                let line = String::from_utf8_lossy(&buf);
                if !line.trim().is_empty() {
                    block.push(Some(line.into_owned()));
                }
            }
            Err(e) => {
                eprintln!("corroborate: cannot read stdin: {e}");
                return 1;
            }
        }
        if block.len() == BATCH_BLOCK || (done && !block.is_empty()) {
            for value in answer_block(&checker, &block, mode) {
                if writeln!(out, "{value}").is_err() {
                    return 1;
                }
            }
            block.clear();
        }
    }
    if out.flush().is_err() {
        return 1;
    }
    0
}

/// Answers a block of batch lines on every core, in input order.
fn answer_block(checker: &Checker, block: &[Option<String>], mode: Verdicts) -> Vec<serde_json::Value> {
    let answer = |line: &Option<String>| match line {
        None => serde_json::json!({"id": null, "error": format!("the line is longer than {MAX_BATCH_LINE_BYTES} bytes: one claim a line")}),
        // One line must never end the batch: a defect that panics answers that line only.
        Some(line) => std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| batch_line(checker, line, mode)))
            .unwrap_or_else(|_| serde_json::json!({"id": null, "error": "internal error while checking this claim (please report it)"})),
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).min(block.len().max(1));
    if cores <= 1 {
        return block.iter().map(answer).collect();
    }
    let share = block.len().div_ceil(cores);
    std::thread::scope(|scope| {
        let workers: Vec<_> = block.chunks(share).map(|chunk| (chunk.len(), scope.spawn(move || chunk.iter().map(answer).collect::<Vec<_>>()))).collect();
        // Exactly one answer per line, even if a worker died.
        let failed = || serde_json::json!({"id": null, "error": "internal error while checking this claim (please report it)"});
        workers.into_iter().flat_map(|(n, w)| w.join().unwrap_or_else(|_| (0..n).map(|_| failed()).collect())).collect()
    })
}

/// Reads one line (without its newline) into `buf`, keeping at most `max` bytes. `None` at the
/// end of input; `Some(true)` when the line was longer than `max` (the rest is skipped).
fn read_line_bounded(reader: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Option<bool>> {
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any.then_some(too_long));
        }
        any = true;
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(p) => (p, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if buf.len() + take > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        reader.consume(if done { take + 1 } else { take });
        if done {
            return Ok(Some(too_long));
        }
    }
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
