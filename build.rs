//! Ships the lexicons without their comment lines: the headers that say where each list comes
//! from are for readers of `data/`, and they cost about 5 KB gzip of every reader's download.
//! Each `data/*.tsv` and `data/*.txt` is copied to `$OUT_DIR/data/` without lines that start
//! with `#` and without blank lines; `src/text/lexicon.rs`, `src/text/language.rs` and
//! `src/fnc/features.rs` embed the copies with `include_str!`.

use std::{env, fs, path::Path};

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    fs::create_dir_all(&out).expect("create OUT_DIR/data");
    println!("cargo:rerun-if-changed=data");
    for entry in fs::read_dir("data").expect("read data/") {
        let path = entry.expect("a data/ entry").path();
        let ext = path.extension().and_then(|e| e.to_str());
        if !matches!(ext, Some("tsv" | "txt")) {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut kept: String = text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).flat_map(|l| [l, "\n"]).collect();
        if path.file_name().is_some_and(|n| n == "places.tsv") {
            kept = group_places(&kept);
        }
        // The lexicon's reader splits every first column on '|' (see `group_first_column`).
        if ext == Some("tsv") {
            if let Some(l) = kept.lines().find(|l| l.split('\t').next().is_some_and(|f| f.contains('|'))) {
                panic!("{}: a first column with '|': {l}", path.display());
            }
        }
        if path.file_name().is_some_and(|n| GROUPED.contains(&n.to_str().unwrap_or(""))) {
            kept = group_first_column(&kept);
        }
        fs::write(out.join(path.file_name().expect("a file name")), kept).expect("write a stripped lexicon");
    }
}

/// A country's places, by kind, each kind's names in file order.
type Kinds<'a> = Vec<(&'a str, Vec<&'a str>)>;

/// `places.tsv` ships grouped by country — `country<TAB>kind=name,name…<TAB>kind=…`, one line
/// a country — instead of a line a place: the country written once, not on each of ~3,000
/// lines, is about 3 KB gzip less for every reader. Kinds are one letter (`k`ountry,
/// `c`apital, ci`t`y, `r`egion), and a line without a `k=` group names a country that is
/// itself a country entry. A name keeps its first line, as the
/// lexicon reads the source ("on duplicate names the first line wins").
fn group_places(tsv: &str) -> String {
    let mut seen = std::collections::HashSet::new();
    let mut countries: Vec<(&str, Kinds)> = Vec::new();
    for l in tsv.lines() {
        let f: Vec<&str> = l.split('\t').map(str::trim).collect();
        let [name, kind, country] = f[..] else { panic!("places.tsv: not name<TAB>kind<TAB>country: {l}") };
        assert!(!name.contains([',', '=']), "places.tsv: a name with ',' or '=': {name}");
        if !seen.insert(name) {
            continue;
        }
        let at = countries.iter().position(|(c, _)| *c == country).unwrap_or_else(|| {
            countries.push((country, Vec::new()));
            countries.len() - 1
        });
        let kinds = &mut countries[at].1;
        match kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, names)) => names.push(name),
            None => kinds.push((kind, vec![name])),
        }
    }
    let mut out = String::new();
    for (country, kinds) in countries {
        out.push_str(country);
        // A name written with hyphens is also read with spaces (the lexicon adds "rostov on
        // don" for "rostov-on-don"): the spaced copy of the same place is not shipped twice.
        let mut kinds = kinds;
        for (_, names) in kinds.iter_mut() {
            let hyphened: Vec<String> = names.iter().filter(|n| n.contains('-')).map(|n| n.replace('-', " ")).collect();
            names.retain(|n| !hyphened.iter().any(|h| h == n));
        }
        // A country whose own name is taken by an earlier line (another country's region)
        // says so with an empty `k=`.
        if !kinds.iter().any(|(k, _)| *k == "country") {
            out.push_str("\tk=");
        }
        let alone = kinds.len() == 1;
        for (kind, names) in kinds {
            // The country itself, alone under its own name, is implied by a line with places.
            if kind == "country" && names == [country] && !alone {
                continue;
            }
            out.push('\t');
            out.push(match kind {
                "country" => 'k',
                "capital" => 'c',
                "city" => 't',
                "region" => 'r',
                _ => panic!("places.tsv: unknown kind {kind}"),
            });
            out.push('=');
            out.push_str(&names.join(","));
        }
        out.push('\n');
    }
    out
}

/// Lexicons whose lines ship grouped by [`group_first_column`]; `src/text/lexicon.rs`'s
/// `pairs` reads them back.
const GROUPED: &[&str] = &["aliases.tsv", "cues.tsv", "demonyms.tsv", "irregular.tsv", "word_classes.tsv"];

/// Consecutive lines that differ only in their first column ship as one line, the first
/// columns joined by `|` (`not|no|never<TAB>negation` for three lines): each repeated value is
/// written once a run, about 0.7 KB gzip less over these files. File order is kept, so every
/// reader sees the entries in the same order.
fn group_first_column(tsv: &str) -> String {
    let mut runs: Vec<(Vec<&str>, &str)> = Vec::new();
    for l in tsv.lines() {
        let (first, rest) = l.split_once('\t').unwrap_or_else(|| panic!("not first<TAB>rest: {l}"));
        let first = first.trim();
        match runs.last_mut() {
            Some((firsts, r)) if *r == rest => firsts.push(first),
            _ => runs.push((vec![first], rest)),
        }
    }
    runs.iter().map(|(firsts, rest)| format!("{}\t{rest}\n", firsts.join("|"))).collect()
}
