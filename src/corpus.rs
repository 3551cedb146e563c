//! Articles and the formats they arrive in: a directory of .txt files (id = file stem, title =
//! first non-empty line), a JSON array of articles, or JSON lines, each article
//! `{"id","title","text"}` with optional `"source"`, `"url"`, `"date"`.
//! The bundled seed corpus is embedded at compile time from `corpus/` (for the CLI and the
//! tests: the WebAssembly engine exports nothing that reaches it, so the linker leaves it out,
//! and the widget fetches the same articles as `pkg/seed-corpus.json`, which `build_pkg` in
//! `scripts/setup.sh` writes).

use crate::error::CorpusError;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Largest corpus accepted, in bytes of article text (title + text). Keeps the in-memory
/// index of a browser tab bounded; larger archives should be pre-indexed.
pub const MAX_CORPUS_BYTES: usize = 256 * 1024 * 1024;

/// One news article of the corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Names the article in results; unique within a corpus (for .txt files, the file stem).
    pub id: String,
    /// The headline: given in JSON, else the text's first non-empty line that is not page
    /// debris ([`Article::title_of`]), else the id.
    pub title: String,
    /// The full text; evidence offsets are byte offsets into it.
    pub text: String,
    /// Who published the article, if the corpus says; shown with results, not used in checking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Link to the original article, if the corpus gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date as the corpus writes it (not parsed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// The articles claims are checked against.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The articles in load order (for a directory, sorted by file name); an article's index
    /// here is how the index and verdicts refer to it.
    pub articles: Vec<Article>,
}

/// The seed articles, unmodified, as shipped in `corpus/`.
const BUNDLED: &[(&str, &str)] = &[
    ("000_f30d5aa45df36108", include_str!("../corpus/000_f30d5aa45df36108.txt")),
    ("001_2a86f73bdda0d4e7", include_str!("../corpus/001_2a86f73bdda0d4e7.txt")),
    ("002_44257ee752e5deae", include_str!("../corpus/002_44257ee752e5deae.txt")),
    ("003_1322d90431b2b662", include_str!("../corpus/003_1322d90431b2b662.txt")),
];

/// Outlet and date of each seed article, read from its text (`corpus/metadata.tsv`: id, source,
/// date, and a note saying where the text says so).
const BUNDLED_METADATA: &str = include_str!("../corpus/metadata.tsv");

impl Corpus {
    /// The four seed articles shipped in `corpus/`, embedded at compile time, with their outlet
    /// and date from `corpus/metadata.tsv`.
    pub fn bundled() -> Corpus {
        let mut articles: Vec<Article> = BUNDLED.iter().map(|(id, text)| Article::from_plain_text(id, text)).collect();
        for line in BUNDLED_METADATA.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let mut fields = line.split('\t').map(str::trim);
            let (id, source, date) = (fields.next(), fields.next(), fields.next());
            let field = |f: Option<&str>| f.filter(|s| !s.is_empty()).map(str::to_string);
            if let Some(a) = articles.iter_mut().find(|a| Some(a.id.as_str()) == id) {
                a.source = field(source);
                a.date = field(date);
            }
        }
        Corpus { articles }
    }

    /// A corpus of `articles`, refusing an empty list and repeated ids as the file readers do.
    pub fn new(articles: Vec<Article>) -> Result<Corpus, CorpusError> {
        let lines: Vec<usize> = (1..=articles.len()).collect();
        Corpus { articles }.non_empty("corpus")?.unique_ids("corpus", &lines)
    }

    /// Number of articles.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// Whether there are no articles (a loaded corpus always has some).
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// The article with this id, if any (a linear search).
    pub fn get(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Loads a corpus from a directory of .txt files, a .json or a .jsonl file.
    pub fn load(path: &Path) -> Result<Corpus, CorpusError> {
        let name = path.display().to_string();
        let io = |e: std::io::Error| CorpusError::Io { path: name.clone(), message: e.to_string() };
        if !path.is_dir() {
            regular_file(path)?;
        }
        let corpus = if path.is_dir() {
            let mut files: Vec<_> =
                std::fs::read_dir(path).map_err(io)?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
            files.sort();
            let mut articles = Vec::new();
            let mut total = 0;
            for file in files {
                let fname = file.display().to_string();
                let bytes = read_bounded(&file, MAX_CORPUS_BYTES - total)?;
                total += bytes.len();
                let text = decode(&fname, bytes)?;
                let id = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                articles.push(Article::from_plain_text(&id, &text));
            }
            Corpus { articles }
        } else {
            let bytes = read_bounded(path, MAX_CORPUS_BYTES)?;
            let text = decode(&name, bytes)?;
            match path.extension().and_then(|x| x.to_str()) {
                Some("jsonl") | Some("ndjson") => Corpus::from_jsonl(&name, &text)?,
                Some("json") => Corpus::from_json(&name, &text)?,
                Some("txt") => {
                    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                    Corpus { articles: vec![Article::from_plain_text(&id, &text)] }
                }
                _ => return Err(CorpusError::UnknownFormat { path: name }),
            }
        };
        corpus.non_empty(&name)
    }

    /// Parses a JSON array of articles (`name` is used in error messages).
    pub fn from_json(name: &str, text: &str) -> Result<Corpus, CorpusError> {
        check_size(name, text.len())?;
        let text = text.strip_prefix(BOM).unwrap_or(text);
        let text = &*repair_lone_surrogates(text);
        let values: Vec<serde_json::Value> = match serde_json::from_str(text) {
            Ok(serde_json::Value::Array(v)) => v,
            Ok(serde_json::Value::Object(o)) if o.get("articles").is_some_and(|a| a.is_array()) => match o.get("articles") {
                Some(serde_json::Value::Array(v)) => v.clone(),
                _ => unreachable!(),
            },
            Ok(_) => return Err(CorpusError::Json { path: name.into(), line: 1, message: "expected an array of articles".into() }),
            Err(e) => return Err(CorpusError::Json { path: name.into(), line: e.line(), message: json_problem(&e) }),
        };
        // Report the line an article starts on, so a newsroom can find the broken entry.
        let starts = article_start_lines(text);
        let articles =
            values.into_iter().enumerate().map(|(i, v)| Article::from_value(name, starts.get(i).copied().unwrap_or(1), v)).collect::<Result<Vec<_>, _>>()?;
        Corpus { articles }.non_empty(name)?.unique_ids(name, &starts)
    }

    /// Parses JSON lines, one article per non-empty line.
    pub fn from_jsonl(name: &str, text: &str) -> Result<Corpus, CorpusError> {
        check_size(name, text.len())?;
        let text = text.strip_prefix(BOM).unwrap_or(text);
        let text = &*repair_lone_surrogates(text);
        let mut articles = Vec::new();
        let mut lines = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value =
                serde_json::from_str(line).map_err(|e| CorpusError::Json { path: name.into(), line: i + 1, message: json_problem(&e) })?;
            articles.push(Article::from_value(name, i + 1, value)?);
            lines.push(i + 1);
        }
        Corpus { articles }.non_empty(name)?.unique_ids(name, &lines)
    }

    fn non_empty(self, name: &str) -> Result<Corpus, CorpusError> {
        if self.articles.is_empty() {
            Err(CorpusError::Empty { path: name.into() })
        } else {
            Ok(self)
        }
    }

    /// Ids name articles in results and in "read the whole article": two articles with one id
    /// would show one's text for the other's evidence. `lines[i]` is where article i starts.
    fn unique_ids(self, name: &str, lines: &[usize]) -> Result<Corpus, CorpusError> {
        // (The set type sentence splitting has anyway: one hash table's code in the wasm.)
        let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
        for (i, a) in self.articles.iter().enumerate() {
            if !seen.insert(a.id.as_str()) {
                return Err(CorpusError::DuplicateId { path: name.into(), line: lines.get(i).copied().unwrap_or(1), id: a.id.clone() });
            }
        }
        Ok(self)
    }
}

impl Article {
    /// A plain-text article: its title is the first non-empty line that is not page debris
    /// ("All news").
    pub fn from_plain_text(id: &str, text: &str) -> Article {
        // A byte-order mark is an encoding marker, not text (it would start the title).
        let text = text.strip_prefix(BOM).unwrap_or(text);
        let title = Article::title_of(text).unwrap_or(id).to_string();
        Article { id: id.to_string(), title, text: text.to_string(), source: None, url: None, date: None }
    }

    /// The title a text gives itself: its first non-empty line that is not page debris ("All
    /// news"), else its first non-empty line. The one rule for every corpus format.
    pub fn title_of(text: &str) -> Option<&str> {
        let lines = || text.lines().map(str::trim).filter(|l| !l.is_empty());
        lines().find(|l| !crate::text::segment::is_debris(l)).or_else(|| lines().next())
    }

    fn from_value(name: &str, line: usize, value: serde_json::Value) -> Result<Article, CorpusError> {
        let obj = value.as_object().ok_or_else(|| CorpusError::Json { path: name.into(), line, message: "an article must be a JSON object".into() })?;
        let field = |f: &'static str| -> Result<String, CorpusError> {
            match obj.get(f) {
                Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
                // A whole-number id is read as its digits, "1.0" and "1e3" too (exporters write
                // such ids); others are refused. (Not through `Number`'s `Display`, whose float
                // formatting would add 2 KB to the wasm.)
                Some(serde_json::Value::Number(n)) if f == "id" => n
                    .as_i64()
                    .map(|i| i.to_string())
                    .or_else(|| n.as_u64().map(|u| u.to_string()))
                    .or_else(|| n.as_f64().filter(|x| x.fract() == 0.0 && x.abs() < 9.0e15).map(|x| (x as i64).to_string()))
                    .ok_or_else(|| CorpusError::Json { path: name.into(), line, message: "an article's \"id\" must be a string or a whole number".into() }),
                _ => Err(CorpusError::MissingField { path: name.into(), line, field: f }),
            }
        };
        let optional = |f: &str| obj.get(f).and_then(|v| v.as_str()).map(str::to_string).filter(|s| !s.is_empty());
        let id = field("id")?;
        let text = field("text")?;
        let title = match obj.get("title").and_then(|v| v.as_str()) {
            Some(t) if !t.trim().is_empty() => t.to_string(),
            _ => Article::title_of(&text).unwrap_or(&id).to_string(),
        };
        Ok(Article { id, title, text, source: optional("source"), url: optional("url"), date: optional("date") })
    }
}

fn check_size(name: &str, bytes: usize) -> Result<(), CorpusError> {
    if bytes > MAX_CORPUS_BYTES {
        Err(CorpusError::TooLarge { path: name.into(), bytes, max: MAX_CORPUS_BYTES })
    } else {
        Ok(())
    }
}

/// The byte-order mark some editors put at the start of a UTF-8 file.
const BOM: char = '\u{FEFF}';

/// What is wrong with a JSON text, and where on its line. (Not serde_json's own message:
/// formatting one links the description of every I/O error into the WebAssembly, about
/// 0.7 KB gzip that every reader would download for an error no corpus in a browser has.)
fn json_problem(e: &serde_json::Error) -> String {
    let what = match e.classify() {
        serde_json::error::Category::Eof => "the text ends inside a value",
        serde_json::error::Category::Syntax => "not JSON syntax",
        _ => "a value out of range",
    };
    format!("{what} at column {}", e.column())
}

/// Reads a corpus file of at most `limit` bytes. Only regular files are read: a FIFO or a
/// device named `*.txt` would hang or never end, and the read itself stops past the limit, so
/// a file that grows while it is read cannot exhaust memory either.
fn read_bounded(path: &Path, limit: usize) -> Result<Vec<u8>, CorpusError> {
    use std::io::Read;
    let name = path.display().to_string();
    let meta = regular_file(path)?;
    if meta.len() > limit as u64 {
        return Err(CorpusError::TooLarge { path: name, bytes: meta.len().try_into().unwrap_or(usize::MAX), max: MAX_CORPUS_BYTES });
    }
    let file = std::fs::File::open(path).map_err(|e| CorpusError::Io { path: name.clone(), message: e.to_string() })?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit as u64 + 1).read_to_end(&mut bytes).map_err(|e| CorpusError::Io { path: name.clone(), message: e.to_string() })?;
    if bytes.len() > limit {
        return Err(CorpusError::TooLarge { path: name, bytes: bytes.len(), max: MAX_CORPUS_BYTES });
    }
    Ok(bytes)
}

/// The metadata of `path` if it is a regular file (symbolic links followed).
fn regular_file(path: &Path) -> Result<std::fs::Metadata, CorpusError> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| CorpusError::Io { path: name.clone(), message: e.to_string() })?;
    if meta.is_file() {
        Ok(meta)
    } else {
        Err(CorpusError::Io { path: name, message: "not a regular file (a pipe, device or socket cannot be a corpus)".into() })
    }
}

/// Corpus file bytes as text: UTF-8 (a leading byte-order mark dropped), or UTF-16 with its
/// byte-order mark. Anything else is refused naming the first bad line.
fn decode(name: &str, bytes: Vec<u8>) -> Result<String, CorpusError> {
    let utf16 = |be: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| {
                let pair = [c[0], c.get(1).copied().unwrap_or(0)];
                if be {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    match bytes.get(..2) {
        Some([0xFF, 0xFE]) => return Ok(utf16(false)),
        Some([0xFE, 0xFF]) => return Ok(utf16(true)),
        _ => {}
    }
    // UTF-16 without a byte-order mark: every other byte of ASCII text is NUL (which UTF-8
    // allows, so the decoder alone would let it through as garbage).
    let head = &bytes[..bytes.len().min(64)];
    if head.len() >= 4 && head.iter().filter(|&&b| b == 0).count() * 3 >= head.len() {
        return Err(CorpusError::Utf16 { path: name.into() });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| CorpusError::not_utf8(name, e.as_bytes(), e.utf8_error().valid_up_to()))?;
    if text.starts_with(BOM) {
        text.drain(..BOM.len_utf8());
    }
    Ok(text)
}

/// JSON text with every unpaired UTF-16 surrogate escape (`\ud800` alone) replaced by
/// `\ufffd`. Such escapes come from truncated JavaScript strings; serde_json refuses them, and
/// one broken character must not lose the whole corpus. Linear, and borrows when there is none.
pub fn repair_lone_surrogates(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let hex = |at: usize| -> Option<u16> {
        let digits = b.get(at..at + 4)?;
        u16::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let escape_at = |at: usize| -> Option<u16> { (b.get(at) == Some(&b'\\') && b.get(at + 1) == Some(&b'u')).then(|| hex(at + 2)).flatten() };
    let mut bad: Vec<usize> = Vec::new();
    let (mut i, mut in_string) = (0, false);
    while i < b.len() {
        match b[i] {
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                if let Some(u) = escape_at(i) {
                    if (0xD800..0xDC00).contains(&u) {
                        if escape_at(i + 6).is_some_and(|l| (0xDC00..0xE000).contains(&l)) {
                            i += 12;
                            continue;
                        }
                        bad.push(i);
                    } else if (0xDC00..0xE000).contains(&u) {
                        bad.push(i);
                    }
                    i += 6;
                    continue;
                }
                i += 2;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if bad.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for p in bad {
        out.push_str(&text[at..p]);
        out.push_str("\\ufffd");
        at = p + 6;
    }
    out.push_str(&text[at..]);
    std::borrow::Cow::Owned(out)
}

/// Line numbers at which the top-level array's objects begin (best effort, for messages).
fn article_start_lines(text: &str) -> Vec<usize> {
    let (mut depth, mut line, mut in_str, mut esc) = (0i32, 1usize, false, false);
    let mut starts = Vec::new();
    // Bytes, not characters: every character looked at is ASCII, and no byte of a multi-byte
    // character is (the only difference: an escaped multi-byte character would clear `esc` on
    // its first byte instead of as a whole, which comes to the same). Decoding them took 6% of
    // `corroborate index` on the 10k corpus.
    for &c in text.as_bytes() {
        if c == b'\n' {
            line += 1;
        }
        if in_str {
            match (esc, c) {
                (true, _) => esc = false,
                (false, b'\\') => esc = true,
                (false, b'"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            b'"' => in_str = true,
            b'[' | b'{' => {
                if depth == 1 && c == b'{' {
                    starts.push(line);
                }
                depth += 1;
            }
            b']' | b'}' => depth -= 1,
            _ => {}
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_corpus_has_the_four_seed_articles_with_titles() {
        let c = Corpus::bundled();
        assert_eq!(c.len(), 4);
        assert_eq!(c.articles[0].id, "000_f30d5aa45df36108");
        assert!(c.articles[1].title.starts_with("France, Turkey at odds"));
        // "All news" is page furniture, not the headline.
        assert!(c.articles[2].title.starts_with("Over 300 Syrian Islamists"), "{}", c.articles[2].title);
        // Outlet and date from corpus/metadata.tsv: every article is dated; the first does not
        // name its outlet (only its photos' agency), so it has none.
        let meta: Vec<_> = c.articles.iter().map(|a| (a.source.as_deref(), a.date.as_deref())).collect();
        assert!(meta.iter().all(|(_, d)| d.is_some()), "{meta:?}");
        assert_eq!(meta[0], (None, Some("2020-10-01")));
        assert_eq!(c.articles[2].source.as_deref(), Some("TASS"));
        assert_eq!(c.articles[1].date.as_deref(), Some("2020-09-30"));
    }

    /// The widget's built-in articles (`pkg/seed-corpus.json`, which `scripts/seed-corpus.py`
    /// writes, since the wasm leaves the embedded copy out) are these, article for article:
    /// same ids, texts, titles, outlets and dates.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_widgets_seed_corpus_file_is_the_bundled_corpus() {
        let out = std::process::Command::new("python3")
            .args(["scripts/seed-corpus.py", "-"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("python3 runs scripts/seed-corpus.py");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let json = String::from_utf8(out.stdout).expect("UTF-8 JSON");
        let file = Corpus::from_json("seed-corpus.json", &json).expect("a valid corpus");
        assert_eq!(file.articles, Corpus::bundled().articles);
    }

    #[test]
    fn json_errors_name_the_line_of_the_broken_article() {
        let text = "[\n {\"id\": \"a\", \"title\": \"A\", \"text\": \"x\"},\n {\"id\": \"b\", \"title\": \"B\"}\n]";
        let err = Corpus::from_json("c.json", text).unwrap_err();
        assert_eq!(err, CorpusError::MissingField { path: "c.json".into(), line: 3, field: "text" });
        assert!(err.to_string().starts_with("c.json:3:"));
    }

    #[test]
    fn invalid_json_and_empty_corpora_are_errors() {
        assert!(matches!(Corpus::from_json("c.json", "[{\"id\": "), Err(CorpusError::Json { .. })));
        assert!(matches!(Corpus::from_json("c.json", "[]"), Err(CorpusError::Empty { .. })));
        let err = Corpus::from_jsonl("c.jsonl", "{\"id\":\"a\",\"text\":\"t\"}\nnot json\n").unwrap_err();
        assert!(matches!(err, CorpusError::Json { line: 2, .. }), "{err}");
        // The message says what is wrong and where on the line.
        assert_eq!(err.to_string(), "c.jsonl:2: invalid JSON: not JSON syntax at column 2");
        let err = Corpus::from_json("c.json", "[\n{\"id\": \"a\", \"text\": \"unfinished").unwrap_err();
        assert_eq!(err.to_string(), "c.json:2: invalid JSON: the text ends inside a value at column 31");
    }

    #[test]
    fn whole_number_ids_are_read_as_their_digits() {
        let c = Corpus::from_jsonl("c", "{\"id\":17,\"text\":\"x\"}\n{\"id\":-3,\"text\":\"y\"}\n").unwrap();
        assert_eq!(c.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["17", "-3"]);
        let c = Corpus::from_jsonl("c", "{\"id\":1.0,\"text\":\"x\"}\n{\"id\":1e3,\"text\":\"y\"}\n").unwrap();
        assert_eq!(c.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["1", "1000"]);
        let err = Corpus::from_jsonl("c", "{\"id\":1.5,\"text\":\"x\"}\n").unwrap_err();
        assert!(err.to_string().contains("must be a string or a whole number"), "{err}");
    }

    #[test]
    fn duplicate_ids_are_refused_with_the_line() {
        let err = Corpus::from_jsonl("c.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"a\",\"text\":\"y\"}\n").unwrap_err();
        assert_eq!(err, CorpusError::DuplicateId { path: "c.jsonl".into(), line: 3, id: "a".into() });
        assert!(matches!(Corpus::from_json("c.json", "[{\"id\":1,\"text\":\"x\"},{\"id\":1,\"text\":\"y\"}]"), Err(CorpusError::DuplicateId { .. })));
    }

    #[test]
    fn jsonl_keeps_optional_fields_and_defaults_the_title() {
        let c = Corpus::from_jsonl("c", "{\"id\":\"a\",\"text\":\"Headline\\nBody.\",\"url\":\"https://x\"}\n").unwrap();
        assert_eq!(c.articles[0].title, "Headline");
        assert_eq!(c.articles[0].url.as_deref(), Some("https://x"));
    }
}
