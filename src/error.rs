//! Errors as types: every failure a user can cause has a variant and a message that names
//! the problem (and, for corpora, the file and line).

use std::fmt;

/// Why a claim could not be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    EmptyClaim,
    ClaimTooLong { chars: usize, max: usize },
    NotText,
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::EmptyClaim => write!(f, "the claim is empty: type or paste a sentence to check"),
            CheckError::ClaimTooLong { chars, max } => write!(f, "the claim is {chars} characters long; the limit is {max}: check one sentence at a time"),
            CheckError::NotText => write!(f, "the claim is not readable text (it looks like binary data)"),
        }
    }
}

impl std::error::Error for CheckError {}

/// Why a corpus could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorpusError {
    Io {
        path: String,
        message: String,
    },
    NotUtf8 {
        path: String,
        line: usize,
    },
    /// UTF-16 text without a byte-order mark (with one it is decoded).
    Utf16 {
        path: String,
    },
    Json {
        path: String,
        line: usize,
        message: String,
    },
    MissingField {
        path: String,
        line: usize,
        field: &'static str,
    },
    DuplicateId {
        path: String,
        line: usize,
        id: String,
    },
    Empty {
        path: String,
    },
    TooLarge {
        path: String,
        bytes: usize,
        max: usize,
    },
    UnknownFormat {
        path: String,
    },
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
