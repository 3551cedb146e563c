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
        let kept: String = text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).flat_map(|l| [l, "\n"]).collect();
        fs::write(out.join(path.file_name().expect("a file name")), kept).expect("write a stripped lexicon");
    }
}
