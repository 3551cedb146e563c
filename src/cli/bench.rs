//! `corroborate bench`: corpus load, index and check latency on one core, as JSON, so the
//! figures in BENCHMARKS.md can be rerun.

use corroborate::{Checker, Corpus};
use std::time::Instant;

const USAGE: &str = "\
corroborate bench — time corpus loading, indexing and checks

USAGE:
    corroborate bench [CORPUS] [--queries FILE] [--runs N]

    CORPUS is a corpus as for --corpus (default: the bundled seed corpus), or a sharded
    archive's directory (then the bytes each check reads are measured too). Queries are
    claims, one per line (default: a few built-in claims). Each query is checked N times
    (default 5; the first, cold run is not counted). Prints one JSON object.
";

const DEFAULT_QUERIES: &[&str] = &[
    "Turkey sent fighters from Syria to Azerbaijan.",
    "Germany co-chairs the OSCE Minsk Group.",
    "Turkey confirmed that its F-16 shot down an Armenian jet.",
    "NASA launched a new Mars rover.",
    "More than 300 Syrian militants arrived in Karabakh.",
];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

/// Peak resident memory of this process, in kB (Linux).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let a = match super::args::Args::for_command(args, &[], &["queries", "runs"], USAGE) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let runs = match a.num("runs", 5usize) {
        Ok(n) if n >= 1 => n,
        _ => {
            eprintln!("corroborate: --runs needs a whole number ≥ 1\n\n{USAGE}");
            return 2;
        }
    };
    if a.positional.len() > 1 {
        eprintln!("corroborate: bench takes one corpus\n\n{USAGE}");
        return 2;
    }
    let corpus_path = a.positional.first().map(std::path::PathBuf::from);
    let queries_path = a.path("queries");
    let queries: Vec<String> = match &queries_path {
        Some(p) => match std::fs::read_to_string(p) {
            Ok(t) => t.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect(),
            Err(e) => {
                eprintln!("corroborate: {}: {e}", p.display());
                return 1;
            }
        },
        None => DEFAULT_QUERIES.iter().map(|q| q.to_string()).collect(),
    };
    if let Some(dir) = corpus_path.as_deref().filter(|p| super::archive::is_archive(p)) {
        return bench_archive(dir, &queries, runs);
    }
    let t = Instant::now();
    // Loading is reading and parsing the file; indexing is building the checker (for a
    // prebuilt .idx both happen in one step, reported as indexing).
    let is_idx = corpus_path.as_deref().is_some_and(crate::cli::is_index_file);
    let corpus = if is_idx {
        None
    } else {
        match &corpus_path {
            Some(p) => match Corpus::load(p) {
                Ok(c) => Some(c),
                Err(e) => {
                    eprintln!("corroborate: {e}");
                    return 1;
                }
            },
            None => Some(Corpus::bundled()),
        }
    };
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    let rss_before = peak_rss_kb().unwrap_or(0);
    let t = Instant::now();
    let checker = match corpus {
        Some(c) => Checker::new(c),
        None => match crate::cli::load_checker(corpus_path.as_deref()) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("corroborate: {e}");
                return 1;
            }
        },
    };
    let index_ms = t.elapsed().as_secs_f64() * 1e3;
    let bytes: usize = checker.corpus().articles.iter().map(|a| a.text.len() + a.title.len()).sum();
    let articles = checker.corpus().len();
    let rss_after_index = peak_rss_kb().unwrap_or(0);
    let mut times = Vec::new();
    let mut cold = Vec::new();
    for q in &queries {
        for run in 0..=runs {
            let t = Instant::now();
            let _ = checker.check(q);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            if run == 0 {
                cold.push(ms);
            } else {
                times.push(ms);
            }
        }
    }
    times.sort_by(f64::total_cmp);
    cold.sort_by(f64::total_cmp);
    let mb = bytes as f64 / 1e6;
    let out = serde_json::json!({
        "corpus": corpus_path.as_ref().map_or("seed (bundled)".to_string(), |p| p.display().to_string()),
        "articles": articles,
        "text_mb": (mb * 1000.0).round() / 1000.0,
        "sentences": checker.sentence_count(),
        "load_ms": (load_ms * 10.0).round() / 10.0,
        "index_ms": (index_ms * 10.0).round() / 10.0,
        "queries": queries.len(),
        "check_p50_ms": (percentile(&times, 0.5) * 1000.0).round() / 1000.0,
        "check_p95_ms": (percentile(&times, 0.95) * 1000.0).round() / 1000.0,
        "cold_check_p50_ms": (percentile(&cold, 0.5) * 1000.0).round() / 1000.0,
        "peak_rss_kb": peak_rss_kb(),
        "index_rss_kb_per_text_mb": if mb > 0.0 { Some(((rss_after_index.saturating_sub(rss_before)) as f64 / mb).round()) } else { None },
    });
    println!("{out}");
    0
}

/// `bench DIR` for a sharded archive: what a page would download per check (the manifest, then
/// the shards and chunks each claim needs) and how long a check takes once they are loaded.
fn bench_archive(dir: &std::path::Path, queries: &[String], runs: usize) -> i32 {
    use super::archive::DiskArchive;
    let fail = |e: String| {
        eprintln!("corroborate: {e}");
        1
    };
    let t = Instant::now();
    let mut reader = match DiskArchive::open(dir) {
        Ok(d) => d,
        Err(e) => return fail(e),
    };
    let open_ms = t.elapsed().as_secs_f64() * 1e3;
    let manifest_bytes = reader.bytes_read;
    // One reader through all the queries, as one page: the first check reads the manifest and
    // its files, later ones only what is not loaded yet.
    let mut sequence = Vec::new();
    let mut first_ms = Vec::new();
    for q in queries {
        let before = reader.bytes_read;
        let t = Instant::now();
        if let Err(e) = reader.check(q) {
            return fail(format!("{q}: {e}"));
        }
        first_ms.push(t.elapsed().as_secs_f64() * 1e3);
        sequence.push((reader.bytes_read - before) as f64);
    }
    // Each query on its own, from nothing (a reader's first check): manifest included.
    let mut cold = Vec::new();
    for q in queries {
        let mut fresh = match DiskArchive::open(dir) {
            Ok(d) => d,
            Err(e) => return fail(e),
        };
        if let Err(e) = fresh.check(q) {
            return fail(format!("{q}: {e}"));
        }
        cold.push(fresh.bytes_read as f64);
    }
    let mut times = Vec::new();
    for q in queries {
        for _ in 0..runs {
            let t = Instant::now();
            let _ = reader.checker.check(q);
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    let later: Vec<f64> = {
        let mut l = sequence.iter().skip(1).copied().collect::<Vec<_>>();
        l.sort_by(f64::total_cmp);
        l
    };
    for v in [&mut cold, &mut times, &mut first_ms] {
        v.sort_by(f64::total_cmp);
    }
    let a = reader.checker.archive();
    let kb = |b: f64| (b / 102.4).round() / 10.0;
    let out = serde_json::json!({
        "corpus": dir.display().to_string(),
        "archive": true,
        "articles": a.article_count(),
        "sentences": a.sentence_count(),
        "posting_shards": a.shard_count(),
        "article_chunks": a.chunk_count(),
        "open_ms": (open_ms * 10.0).round() / 10.0,
        "manifest_kb": kb(manifest_bytes as f64),
        "queries": queries.len(),
        "first_check_kb": kb(manifest_bytes as f64 + sequence.first().copied().unwrap_or(0.0)),
        "later_check_kb_p50": kb(percentile(&later, 0.5)),
        "later_check_kb_p95": kb(percentile(&later, 0.95)),
        "cold_check_kb_p50": kb(percentile(&cold, 0.5)),
        "cold_check_kb_max": kb(cold.last().copied().unwrap_or(0.0)),
        "total_read_kb": kb(reader.bytes_read as f64),
        "check_with_reads_p50_ms": (percentile(&first_ms, 0.5) * 1000.0).round() / 1000.0,
        "check_p50_ms": (percentile(&times, 0.5) * 1000.0).round() / 1000.0,
        "check_p95_ms": (percentile(&times, 0.95) * 1000.0).round() / 1000.0,
        "peak_rss_kb": peak_rss_kb(),
    });
    println!("{out}");
    0
}
