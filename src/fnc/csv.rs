//! A small RFC 4180 CSV reader: comma-separated fields, optional double quotes around a field,
//! `""` for a quote inside a quoted field, and line breaks (LF or CRLF) inside quoted fields.
//! It works on a `&str` so it has no I/O and compiles for wasm32.

use std::fmt;

/// A malformed CSV input, with the 1-based line on which the offending record starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    /// The 1-based line on which the record starts.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CSV line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for CsvError {}

/// Parses the whole text into records (rows of fields). A leading UTF-8 BOM is ignored, a
/// trailing line break does not make an empty record, and blank lines are skipped.
pub fn parse(text: &str) -> Result<Vec<Vec<String>>, CsvError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1usize;
    let mut record_line = 1usize;
    // State: at the start of a field (may open a quote), inside a quoted field, after the
    // closing quote of a quoted field, or inside an unquoted field.
    #[derive(PartialEq)]
    enum St {
        Start,
        Quoted,
        AfterQuote,
        Plain,
    }
    let mut st = St::Start;
    let mut any = false; // the current record has content
    while let Some(c) = chars.next() {
        match st {
            St::Quoted => {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        st = St::AfterQuote;
                    }
                } else {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            }
            _ => match c {
                ',' => {
                    record.push(std::mem::take(&mut field));
                    st = St::Start;
                    any = true;
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => {
                    if any || !field.is_empty() || st == St::AfterQuote {
                        record.push(std::mem::take(&mut field));
                        records.push(std::mem::take(&mut record));
                    }
                    line += 1;
                    record_line = line;
                    st = St::Start;
                    any = false;
                }
                '"' if st == St::Start => {
                    st = St::Quoted;
                    any = true;
                }
                '"' if st == St::AfterQuote => {
                    return Err(CsvError { line: record_line, message: "unexpected quote after a closing quote".into() });
                }
                _ if st == St::AfterQuote => {
                    return Err(CsvError { line: record_line, message: format!("unexpected character {c:?} after a closing quote") });
                }
                _ => {
                    // A stray quote inside an unquoted field is kept literally (lenient).
                    field.push(c);
                    st = St::Plain;
                    any = true;
                }
            },
        }
    }
    if st == St::Quoted {
        return Err(CsvError { line: record_line, message: "a quoted field is never closed".into() });
    }
    if any || !field.is_empty() {
        record.push(field);
        records.push(record);
    }
    Ok(records)
}

/// Parses a CSV with a header row and returns, for each record, the fields of the named
/// columns in the order asked. Fails if a column is missing or a row is short.
pub fn parse_columns(text: &str, columns: &[&str]) -> Result<Vec<Vec<String>>, CsvError> {
    let mut rows = parse(text)?.into_iter();
    let header = rows.next().ok_or_else(|| CsvError { line: 1, message: "the file is empty".into() })?;
    let mut idx = Vec::with_capacity(columns.len());
    for col in columns {
        match header.iter().position(|h| h.trim() == *col) {
            Some(i) => idx.push(i),
            None => return Err(CsvError { line: 1, message: format!("no column named {col:?} (the header is {:?})", header) }),
        }
    }
    let mut out = Vec::new();
    for (n, row) in rows.enumerate() {
        let mut picked = Vec::with_capacity(idx.len());
        for &i in &idx {
            match row.get(i) {
                Some(v) => picked.push(v.clone()),
                None => return Err(CsvError { line: n + 2, message: format!("record {} has {} fields, fewer than the header", n + 1, row.len()) }),
            }
        }
        out.push(picked);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_quoted_fields() {
        let r = parse("a,b,c\n1,\"two, too\",3\n").unwrap();
        assert_eq!(r, vec![vec!["a", "b", "c"], vec!["1", "two, too", "3"]]);
    }

    #[test]
    fn escaped_quotes_and_embedded_newlines() {
        let r = parse("id,text\r\n7,\"She said \"\"hi\"\"\nand left.\r\nBye\"\r\n8,x").unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!(r[1][1], "She said \"hi\"\nand left.\r\nBye");
        assert_eq!(r[2], vec!["8", "x"]);
    }

    #[test]
    fn empty_fields_bom_and_blank_lines() {
        let r = parse("\u{FEFF}a,b\n\n,\n\"\",z\n").unwrap();
        assert_eq!(r, vec![vec!["a", "b"], vec!["", ""], vec!["", "z"]]);
    }

    #[test]
    fn errors_are_reported_not_panicked() {
        assert!(parse("a,\"open\nnever closed").is_err());
        assert!(parse("a,\"x\"y\n").is_err());
        let e = parse_columns("x,y\n1,2\n", &["Body ID"]).unwrap_err();
        assert!(e.message.contains("Body ID"));
        assert!(parse_columns("a,b\n1\n", &["a", "b"]).is_err());
    }

    #[test]
    fn columns_by_name() {
        let r = parse_columns("Headline,Body ID,Stance\n\"A, b\",3,agree\n", &["Body ID", "Stance", "Headline"]).unwrap();
        assert_eq!(r, vec![vec!["3", "agree", "A, b"]]);
    }
}
