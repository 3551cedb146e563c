//! Text normalisation and tokenisation. Tokens keep byte offsets into the original text, so
//! evidence can be highlighted in place; their `norm` form folds Unicode quotes, dashes and
//! apostrophes, case, possessives and contractions.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters only, possibly with internal apostrophes, hyphens or acronym periods.
    Word,
    /// Digits, possibly with separators: 4,000 / 2.5 / 1991-94.
    Number,
    /// Letters and digits mixed: F-16, SU-25, COVID-19.
    Ident,
    /// A single punctuation character (kept for clause boundaries and lists).
    Punct,
}

/// One token of a text, with where it stands in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset where the token starts in the text.
    pub start: usize,
    /// Byte offset where it ends (exclusive).
    pub end: usize,
    /// Lowercased, with typographic variants folded ("didn’t" → "did", "not" as two tokens).
    pub norm: String,
    /// Word, number, identifier or punctuation.
    pub kind: Kind,
    /// Starts with an uppercase letter in the source.
    pub capitalized: bool,
}

impl Token {
    /// A word, number or identifier: anything but punctuation.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Ident | Kind::Number)
    }
    /// Is this the punctuation character `c` (after folding: any dash is `-`)?
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.norm.starts_with(c)
    }
}

/// Folds typographic variants to ASCII: curly quotes, primes, dashes, odd spaces.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' => ' ',
        _ => c,
    }
}

/// Characters that carry no meaning and must not split or join words (zero-width, bidi marks).
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// Splits `text` into tokens. Words may contain internal apostrophes, hyphens and (in
/// acronyms like U.S.) periods; numbers may contain , and . between digits.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| !invisible(*c)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |k: usize| chars.get(k).map(|&(_, c)| fold_char(c));
    while i < chars.len() {
        let (start, c) = chars[i];
        let c = fold_char(c);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token { start, end: start + chars[i].1.len_utf8(), norm: c.to_string(), kind: Kind::Punct, capitalized: false });
            i += 1;
            continue;
        }
        // A run of alphanumerics with joiners that sit between two alphanumerics.
        let mut j = i;
        while j < chars.len() {
            let cj = at(j).unwrap();
            if cj.is_alphanumeric() {
                j += 1;
                continue;
            }
            let prev = at(j.wrapping_sub(1)).filter(|_| j > i);
            let next = at(j + 1);
            let joins = match (cj, prev, next) {
                ('\'' | '-', Some(p), Some(n)) => p.is_alphanumeric() && n.is_alphanumeric(),
                (',' | '.', Some(p), Some(n)) if p.is_ascii_digit() && n.is_ascii_digit() => true,
                // Acronyms: U.S., U.N., e.g. — single letters separated by periods.
                ('.', Some(p), Some(n)) => {
                    p.is_alphabetic()
                        && n.is_alphabetic()
                        && (j < 2 || !at(j - 2).is_some_and(|x| x.is_alphanumeric()))
                        && !at(j + 2).is_some_and(|x| x.is_alphanumeric())
                }
                _ => false,
            };
            if !joins {
                break;
            }
            j += 1;
        }
        // Keep the trailing period of an acronym (U.S.) as part of the word.
        let mut word_end_idx = j;
        if at(j) == Some('.') && j >= i + 2 && at(j - 2) == Some('.') && at(j - 1).is_some_and(|x| x.is_alphabetic()) {
            word_end_idx = j + 1;
        }
        let end = chars.get(word_end_idx).map(|&(b, _)| b).unwrap_or(text.len());
        let raw: String = chars[i..word_end_idx].iter().map(|&(_, c)| fold_char(c)).collect();
        push_word(&mut out, start, end, &raw);
        i = word_end_idx;
    }
    out
}

/// Lowercases a word, strips possessives and splits contractions ("didn't" → "did" "not").
fn push_word(out: &mut Vec<Token>, start: usize, end: usize, raw: &str) {
    let capitalized = raw.chars().next().is_some_and(char::is_uppercase);
    let mut lower = raw.to_lowercase();
    let mut extra = None;
    if let Some(stem) = lower.strip_suffix("n't") {
        extra = Some("not");
        lower = match stem {
            "ca" => "can".into(),
            "wo" => "will".into(),
            "sha" => "shall".into(),
            s => s.into(),
        };
    } else if let Some(stem) = lower.strip_suffix("'s").or_else(|| lower.strip_suffix("s'")) {
        lower = if lower.ends_with("s'") { format!("{stem}s") } else { stem.to_string() };
    } else if let Some(stem) = ["'re", "'ve", "'ll", "'d", "'m"].iter().find_map(|s| lower.strip_suffix(s)) {
        lower = stem.to_string();
    }
    let has_digit = lower.chars().any(|c| c.is_ascii_digit());
    let has_alpha = lower.chars().any(|c| c.is_alphabetic());
    let kind = match (has_digit, has_alpha) {
        (true, false) => Kind::Number,
        (true, true) => Kind::Ident,
        _ => Kind::Word,
    };
    out.push(Token { start, end, norm: lower, kind, capitalized });
    if let Some(e) = extra {
        out.push(Token { start, end, norm: e.to_string(), kind: Kind::Word, capitalized: false });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        tokenize(s).into_iter().filter(|t| t.is_word()).map(|t| t.norm).collect()
    }

    #[test]
    fn folds_quotes_apostrophes_and_contractions() {
        assert_eq!(norms("Macron’s office didn’t say"), ["macron", "office", "did", "not", "say"]);
        assert_eq!(norms("“warlike” manner"), ["warlike", "manner"]);
    }

    #[test]
    fn keeps_hyphenated_words_numbers_acronyms_and_identifiers_whole() {
        assert_eq!(
            norms("Nagorno-Karabakh, 4,000 U.S. troops, an F-16 in 1991–94"),
            ["nagorno-karabakh", "4,000", "u.s.", "troops", "an", "f-16", "in", "1991-94"]
        );
        let t = tokenize("F-16");
        assert_eq!(t[0].kind, Kind::Ident);
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let s = "Ankara — “denied” it";
        for t in tokenize(s) {
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
        }
        let t: Vec<_> = tokenize(s).into_iter().filter(|t| t.is_word()).collect();
        assert_eq!(&s[t[1].start..t[1].end], "denied");
    }

    #[test]
    fn zero_width_and_bidi_characters_do_not_split_words() {
        assert_eq!(norms("de\u{200B}nied \u{202E}Turkey"), ["denied", "turkey"]);
    }
}
