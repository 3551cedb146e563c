//! Errors as types: every failure a user can cause has a variant and a message that names
//! the problem (and, for corpora, the file and line).

use std::fmt;

/// Why a claim could not be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    /// The claim is empty or only whitespace.
    EmptyClaim,
    /// The trimmed claim has more characters than the limit (`MAX_CLAIM_CHARS`).
    ClaimTooLong {
        /// Characters in the trimmed claim.
        chars: usize,
        /// The limit it exceeds.
        max: usize,
    },
    /// The claim has no letter or digit, or more than a tenth of its characters are control
    /// characters, so it looks like binary data rather than a sentence.
    NotText,
    /// The claim is not in English, the only language the engine reads (`text::language`):
    /// "not covered" would be false.
    NotEnglish {
        /// The language or script it reads as ("French", "Cyrillic").
        reads_as: &'static str,
    },
    /// FNC-1 verdicts were asked of a checker without the article-level model (always in
    /// WebAssembly, which leaves it out).
    NoArticleModel,
    /// A sharded archive was asked to check a claim before the files it needs were added
    /// (`ArchiveChecker::shards_for`, `chunks_for`).
    ShardsMissing,
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::EmptyClaim => write!(f, "the claim is empty: type or paste a sentence to check"),
            CheckError::ClaimTooLong { chars, max } => write!(f, "the claim is {chars} characters long; the limit is {max}: check one sentence at a time"),
            CheckError::NotText => write!(f, "the claim is not readable text (it looks like binary data)"),
            CheckError::NotEnglish { reads_as } => {
                write!(f, "this looks like {reads_as} text, not English: the checker reads English only, so it cannot tell whether these articles bear on it")
            }
            CheckError::NoArticleModel if cfg!(target_arch = "wasm32") => {
                write!(
                    f,
                    "FNC-1 verdicts are a mode of the command line (corroborate batch --fnc): the browser engine leaves the article model out to stay small"
                )
            }
            CheckError::NoArticleModel => write!(f, "FNC-1 verdicts need the article model"),
            CheckError::ShardsMissing => write!(f, "the archive's files this claim needs are not loaded yet"),
        }
    }
}

impl std::error::Error for CheckError {}

/// Why a corpus could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorpusError {
    /// The file or directory could not be read, or is not a regular file (a pipe, device or
    /// socket).
    Io {
        /// The file or directory, as given.
        path: String,
        /// What the operating system (or the check) said.
        message: String,
    },
    /// The file is neither UTF-8 nor UTF-16 with a byte-order mark.
    NotUtf8 {
        /// The file.
        path: String,
        /// The 1-based line holding the first invalid byte.
        line: usize,
    },
    /// UTF-16 text without a byte-order mark (with one it is decoded).
    Utf16 {
        /// The file.
        path: String,
    },
    /// The JSON or JSON lines text does not parse, is not an array of articles, or an
    /// article is not a JSON object.
    Json {
        /// The file.
        path: String,
        /// The 1-based line of the error (for a non-object article, the line it starts on).
        line: usize,
        /// The parser's message, or what was expected.
        message: String,
    },
    /// A JSON article lacks a required field (`id` or `text`), or it is not a non-empty
    /// string (`id` may also be a number).
    MissingField {
        /// The file.
        path: String,
        /// The 1-based line the article starts on.
        line: usize,
        /// The missing field's name.
        field: &'static str,
    },
    /// Two articles have the same id; results name articles by id, so one would show the
    /// other's text.
    DuplicateId {
        /// The file.
        path: String,
        /// The 1-based line the second article with the id starts on.
        line: usize,
        /// The repeated id.
        id: String,
    },
    /// The corpus holds no articles.
    Empty {
        /// The file or directory.
        path: String,
    },
    /// The corpus is larger than `MAX_CORPUS_BYTES`.
    TooLarge {
        /// The file (for a directory, the file that crossed the limit).
        path: String,
        /// The size found too large, in bytes: of that file, or of the text passed in.
        bytes: usize,
        /// The limit, `MAX_CORPUS_BYTES`.
        max: usize,
    },
    /// The path is a file whose extension is not `.txt`, `.json`, `.jsonl` or `.ndjson`.
    UnknownFormat {
        /// The file.
        path: String,
    },
}

impl CorpusError {
    /// The error for `bytes` of file `path` that stop being UTF-8 at `valid_up_to`: it names the
    /// line of the first invalid byte.
    pub fn not_utf8(path: &str, bytes: &[u8], valid_up_to: usize) -> CorpusError {
        CorpusError::NotUtf8 { path: path.into(), line: 1 + bytes[..valid_up_to].iter().filter(|&&b| b == b'\n').count() }
    }
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorpusError::Io { path, message } => write!(f, "{path}: cannot read: {message}"),
            CorpusError::NotUtf8 { path, line } => {
                write!(f, "{path}:{line}: not valid UTF-8 text (convert the file to UTF-8)")
            }
            CorpusError::Utf16 { path } => {
                write!(f, "{path}: UTF-16 text without a byte-order mark (convert the file to UTF-8)")
            }
            CorpusError::Json { path, line, message } => write!(f, "{path}:{line}: invalid JSON: {message}"),
            CorpusError::MissingField { path, line, field } => {
                write!(f, "{path}:{line}: article has no \"{field}\" (a non-empty string is required)")
            }
            CorpusError::DuplicateId { path, line, id } => {
                write!(f, "{path}:{line}: another article already has the id \"{id}\" (ids must be unique)")
            }
            CorpusError::Empty { path } => write!(f, "{path}: the corpus has no articles"),
            CorpusError::TooLarge { path, bytes, max } => {
                write!(f, "{path}: the corpus is {bytes} bytes; the limit is {max} bytes")
            }
            CorpusError::UnknownFormat { path } => write!(f, "{path}: unknown corpus format (expected a directory of .txt files, a .json or a .jsonl file)"),
        }
    }
}

impl std::error::Error for CorpusError {}
