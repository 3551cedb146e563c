//! Shared by the fuzz targets: the invariants of the result contract that the widget relies on
//! (it slices strings with these offsets), checked on every report the fuzzer produces.
#![allow(dead_code)]

use corroborate::{Checker, Report};

/// Claims checked against every fuzzed corpus: a supporting, a negated, a numeric and an
/// unrelated one, so the stance, number and denial paths all run.
pub const CLAIMS: &[&str] = &[
    "Turkey sent fighters from Syria to Azerbaijan.",
    "Turkey did not deny that more than 300 mercenaries arrived in Paris in 1994.",
    "Germany co-chairs the OSCE Minsk Group.",
];

pub fn check_report(checker: &Checker, report: &Report) {
    for m in &report.claim_marks {
        assert!(m[0] <= m[1] && report.claim.get(m[0]..m[1]).is_some(), "claim mark {m:?} outside {:?}", report.claim);
    }
    for a in &report.articles {
        // Ids are not unique in every corpus (nothing rejects duplicates), so the evidence must
        // slice one of the articles that carry this id.
        let same_id: Vec<_> = checker.corpus().articles.iter().filter(|x| x.id == a.id).collect();
        assert!(!same_id.is_empty(), "reported article {} is not in the corpus", a.id);
        assert!(!a.evidence.is_empty(), "article {} reported without evidence", a.id);
        for e in &a.evidence {
            assert!(
                same_id.iter().any(|x| x.text.get(e.start..e.end) == Some(e.sentence.as_str())),
                "evidence offsets {}..{} do not give {:?}",
                e.start,
                e.end,
                e.sentence
            );
            for m in &e.marks {
                assert!(m[0] <= m[1] && e.sentence.get(m[0]..m[1]).is_some(), "mark {m:?} outside {:?}", e.sentence);
            }
            assert!(e.score.is_finite(), "score {}", e.score);
        }
        assert!(a.score.is_finite());
    }
}

/// Checks the fixed claims plus `extra` (fuzzer-chosen) against `checker`.
pub fn check_all(checker: &Checker, extra: &str) {
    for claim in CLAIMS.iter().copied().chain(std::iter::once(extra)) {
        if let Ok(report) = checker.check(claim) {
            check_report(checker, &report);
        }
    }
}
