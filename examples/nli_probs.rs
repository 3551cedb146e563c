//! Prints the sentence-pair model's probabilities for each pair of a JSONL file (premise,
//! hypothesis): a development aid for error analysis. `nli_probs [MODEL.bin] < pairs.jsonl`
//! scores another model file (a trainer's candidate) instead of the shipped one.
use std::io::BufRead;
fn main() {
    let other = std::env::args().nth(1).map(|p| {
        let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
        corroborate::nli::NliModel::from_bytes(&bytes).unwrap_or_else(|e| panic!("{p}: {e}"))
    });
    let m = other.as_ref().unwrap_or_else(|| corroborate::nli::NliModel::embedded());
    for line in std::io::stdin().lock().lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let p = m.predict(v["premise"].as_str().unwrap_or_default(), v["hypothesis"].as_str().unwrap_or_default());
        println!("{}", serde_json::json!({"e": p[0], "c": p[1], "n": p[2]}));
    }
}
