//! Prints the sentence-pair model's probabilities for each pair of a JSONL file (premise,
//! hypothesis): a development aid for error analysis.
use std::io::BufRead;
fn main() {
    let m = corroborate::nli::NliModel::embedded();
    for line in std::io::stdin().lock().lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let p = m.predict(v["premise"].as_str().unwrap_or_default(), v["hypothesis"].as_str().unwrap_or_default());
        println!("{}", serde_json::json!({"e": p[0], "c": p[1], "n": p[2]}));
    }
}
