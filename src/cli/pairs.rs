//! `corroborate pairs FILE.jsonl`: scores the engine on claim/evidence pairs, the shape of
//! public fact-checking data (a claim against one evidence sentence, headline or passage).
//! Each pair becomes a one-article corpus; the claim is checked against it in the default mode
//! (what readers see), and the article's verdict is read as a label: supports → supports,
//! contradicts or denial → refutes, mentions or not covered → not enough information.

use corroborate::{Article, Checker, Corpus, Stance};
use std::collections::BTreeMap;
use std::io::Write;

const USAGE: &str = "\
corroborate pairs — score the engine on claim/evidence pairs

USAGE:
    corroborate pairs FILE.jsonl [--json] [--rules-only]

    FILE.jsonl lines: {\"claim\" (or \"hypothesis\"), \"evidence\" (or \"premise\"), \"label\",
    optional \"id\", \"kind\"}; labels supports|refutes|nei or entailment|contradiction|neutral.
    Prints accuracy, macro-F1 and F1 per label, the confusion matrix and accuracy per kind.
    --json prints one line per pair instead: {\"id\", \"gold\", \"predicted\", \"stances\",
    \"evidence\"} (the evidence as `check --json` reports it: stance, cue, decided_by, nli).
";

/// The three labels of claim/evidence data, in report order.
const LABELS: [&str; 3] = ["supports", "refutes", "nei"];

fn gold_label(s: &str) -> Option<usize> {
    match s {
        "supports" | "entailment" | "SUPPORTS" => Some(0),
        "refutes" | "contradiction" | "REFUTES" => Some(1),
        "nei" | "neutral" | "NOT ENOUGH INFO" => Some(2),
        _ => None,
    }
}

/// The label an article verdict stands for in claim/evidence data.
pub fn label_of(verdict: Option<Stance>) -> usize {
    match verdict {
        Some(Stance::Supports) => 0,
        Some(Stance::Contradicts | Stance::Denial) => 1,
        Some(Stance::Mentions) | None => 2,
    }
}

pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let a = match super::args::Args::for_command(args, &["json", "rules-only"], &[], USAGE) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let (json, rules_only) = (a.has("json"), a.has("rules-only"));
    let [file] = a.positional.as_slice() else {
        eprint!("{USAGE}");
        return 2;
    };
    let path = std::path::Path::new(file).display();
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("corroborate: {path}: cannot read: {e}");
            return 1;
        }
    };
    let mut confusion = [[0usize; 3]; 3];
    let mut kinds: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut out = std::io::stdout().lock();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("corroborate: {path}:{}: invalid JSON: {e}", i + 1);
                return 1;
            }
        };
        let field = |a: &str, b: &str| v.get(a).or_else(|| v.get(b)).and_then(|x| x.as_str()).unwrap_or_default().to_string();
        let (claim, evidence) = (field("claim", "hypothesis"), field("evidence", "premise"));
        let gold = v.get("label").and_then(|l| l.as_str()).and_then(gold_label);
        let article = Article { id: "evidence".into(), title: String::new(), text: evidence, ..Default::default() };
        let Ok(corpus) = Corpus::new(vec![article]) else { continue };
        let mut checker = Checker::new(corpus);
        if rules_only {
            checker.set_nli_model(None);
        }
        let report = checker.check(&claim);
        let (verdict, stances) = match &report {
            Ok(r) => (r.articles.first().map(|a| a.verdict), r.articles.first().map(|a| a.stances.clone()).unwrap_or_default()),
            Err(_) => (None, Vec::new()),
        };
        let predicted = label_of(verdict);
        if json {
            let id = v.get("id").cloned().unwrap_or(serde_json::Value::from(i + 1));
            // Why, for error analysis: each evidence sentence's stance, cue, who decided it and
            // the model's probabilities.
            let why = report.as_ref().ok().and_then(|r| r.articles.first()).map(|a| serde_json::to_value(&a.evidence).unwrap_or_default());
            let line = serde_json::json!({"id": id, "gold": gold.map(|g| LABELS[g]), "predicted": LABELS[predicted], "stances": stances, "evidence": why});
            if writeln!(out, "{line}").is_err() {
                return 1;
            }
        }
        if let Some(g) = gold {
            confusion[g][predicted] += 1;
            let kind = v.get("kind").and_then(|k| k.as_str()).unwrap_or("all").to_string();
            let e = kinds.entry(kind).or_default();
            e.0 += usize::from(g == predicted);
            e.1 += 1;
        }
    }
    if json {
        return 0;
    }
    let total: usize = confusion.iter().flatten().sum();
    let correct: usize = (0..3).map(|i| confusion[i][i]).sum();
    let mut f1s = [0f64; 3];
    for (l, f1) in f1s.iter_mut().enumerate() {
        let tp = confusion[l][l] as f64;
        let predicted: usize = (0..3).map(|g| confusion[g][l]).sum();
        let gold: usize = confusion[l].iter().sum();
        let (p, r) = (tp / predicted.max(1) as f64, tp / gold.max(1) as f64);
        *f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    }
    let _ = writeln!(out, "pairs {total}  accuracy {:.3}  macro-F1 {:.3}", correct as f64 / total.max(1) as f64, f1s.iter().sum::<f64>() / 3.0);
    for (l, name) in LABELS.iter().enumerate() {
        let _ = writeln!(out, "  {name:<9} F1 {:.3}   gold → predicted {:?}", f1s[l], confusion[l]);
    }
    if kinds.len() > 1 {
        for (kind, (ok, n)) in &kinds {
            let _ = writeln!(out, "  kind {kind:<24} {ok}/{n}");
        }
    }
    0
}
