//! Regression guard over our own labelled claim sets (written independently of the engine):
//! `seed_claims_heldout.jsonl` over the bundled seed articles and `newsdesk_claims.jsonl` over
//! a new-domain corpus we wrote. Scored as ../shared/eval/score_claims.py scores: per-label
//! precision/recall over supports, contradicts and denial, macro-F1, and whether claims about
//! nothing in the corpus stay clean. The floors sit a little under today's figures, so a
//! change that makes the engine generalise worse fails here.

use corroborate::{Checker, Corpus, Stance};
use serde_json::Value;
use std::collections::BTreeSet;

const LABELS: [Stance; 3] = [Stance::Supports, Stance::Contradicts, Stance::Denial];

fn labels(v: &Value) -> BTreeSet<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// (macro-F1, clean unrelated claims, unrelated claims)
fn score(checker: &Checker, claims: &str) -> (f64, usize, usize) {
    let (mut tp, mut fp, mut fn_) = ([0usize; 3], [0usize; 3], [0usize; 3]);
    let (mut clean, mut unrelated) = (0, 0);
    for line in claims.lines().filter(|l| !l.trim().is_empty()) {
        let c: Value = serde_json::from_str(line).unwrap();
        let report = checker.check(c["claim"].as_str().unwrap()).unwrap();
        let expect = c["expect"].as_object().unwrap();
        let allow = c["allow"].as_object().unwrap();
        let mut ok = true;
        let mut ids: BTreeSet<String> = expect.keys().cloned().collect();
        ids.extend(report.articles.iter().map(|a| a.id.clone()));
        for id in ids {
            let got: BTreeSet<String> =
                report.articles.iter().find(|a| a.id == id).map(|a| a.stances.iter().map(|s| s.as_str().to_string()).collect()).unwrap_or_default();
            let (e, al) = (expect.get(&id).map(labels).unwrap_or_default(), allow.get(&id).map(labels).unwrap_or_default());
            for (i, l) in LABELS.iter().enumerate() {
                let l = l.as_str();
                match (got.contains(l), e.contains(l), al.contains(l)) {
                    (true, true, _) => tp[i] += 1,
                    (false, true, _) => {
                        fn_[i] += 1;
                        ok = false;
                    }
                    (true, false, false) => {
                        fp[i] += 1;
                        ok = false;
                    }
                    _ => {}
                }
            }
        }
        if expect.is_empty() && allow.is_empty() {
            unrelated += 1;
            clean += ok as usize;
        }
    }
    let f1 = |i: usize| {
        let p = if tp[i] + fp[i] > 0 { tp[i] as f64 / (tp[i] + fp[i]) as f64 } else { 0.0 };
        let r = if tp[i] + fn_[i] > 0 { tp[i] as f64 / (tp[i] + fn_[i]) as f64 } else { 0.0 };
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    };
    ((f1(0) + f1(1) + f1(2)) / 3.0, clean, unrelated)
}

#[test]
fn held_out_claims_over_the_seed_articles() {
    let (f1, clean, unrelated) = score(&Checker::bundled(), include_str!("fixtures/seed_claims_heldout.jsonl"));
    eprintln!("seed held-out: macro-F1 {f1:.3}, clean {clean}/{unrelated}");
    assert!(f1 >= 0.66, "macro-F1 {f1:.3} fell below 0.66");
    assert_eq!(clean, unrelated, "a claim about nothing in the corpus got a stance");
}

#[test]
fn claims_over_a_new_domain_corpus() {
    let corpus = Corpus::from_json("newsdesk_corpus.json", include_str!("fixtures/newsdesk_corpus.json")).unwrap();
    let (f1, clean, unrelated) = score(&Checker::new(corpus), include_str!("fixtures/newsdesk_claims.jsonl"));
    eprintln!("newsdesk: macro-F1 {f1:.3}, clean {clean}/{unrelated}");
    assert!(f1 >= 0.82, "macro-F1 {f1:.3} fell below 0.82");
    assert_eq!(clean, unrelated, "a claim about nothing in the corpus got a stance");
}
