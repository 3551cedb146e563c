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

    /// A mark that ends a clause inside a sentence: comma, semicolon, colon or bracket.
    pub fn is_clause_mark(&self) -> bool {
        [',', ';', ':', '(', ')'].iter().any(|&p| self.is_punct(p))
    }
}

/// `s` in lower case, char by char, and a final capital sigma as ς, as `str::to_lowercase`
/// gives a word: that function (with its handling of sigma inside a text) costs the
/// WebAssembly 4 KB more than the char tables every lowercasing shares.
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.extend(c.to_lowercase());
    }
    if s.ends_with('Σ') && s.chars().rev().nth(1).is_some_and(char::is_alphabetic) {
        out.pop();
        out.push('ς');
    }
    out
}

/// Folds typographic variants to ASCII: curly quotes, primes, dashes, odd spaces.
#[inline]
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return if c == '`' { '\'' } else { c };
    }
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

/// A combining mark (the blocks of combining diacritics).
fn combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The precomposed letter of `base` with combining `mark`, for the accented letters of
/// Latin-1 (most Latin-script names): a grave, acute, circumflex, tilde or diaeresis over a
/// vowel, "ñ", "ç" and "å". Other marks ("ş", "ň", "ł") are left out: the word stays whole but
/// meets only its unaccented spelling, not the precomposed one.
fn compose(base: char, mark: char) -> Option<char> {
    // Latin-1's lowercase letters by base and mark (grave, acute, circumflex, tilde,
    // diaeresis), 0 where there is none; a capital is 0x20 lower.
    const BASES: &[u8] = b"aeiouyn";
    const LETTERS: [[u8; 5]; 7] = [
        [0xE0, 0xE1, 0xE2, 0xE3, 0xE4],
        [0xE8, 0xE9, 0xEA, 0, 0xEB],
        [0xEC, 0xED, 0xEE, 0, 0xEF],
        [0xF2, 0xF3, 0xF4, 0xF5, 0xF6],
        [0xF9, 0xFA, 0xFB, 0, 0xFC],
        [0, 0xFD, 0, 0, 0xFF],
        [0, 0, 0, 0xF1, 0],
    ];
    let m = match mark {
        '\u{0300}'..='\u{0303}' => mark as usize - 0x300,
        '\u{0308}' => 4,
        // (The cedilla: "ç".)
        '\u{0327}' => return matches!(base, 'c' | 'C').then(|| if base == 'c' { 'ç' } else { 'Ç' }),
        '\u{030A}' => return matches!(base, 'a' | 'A').then(|| if base == 'a' { 'å' } else { 'Å' }),
        _ => return None,
    };
    let row = BASES.iter().position(|&b| b == base.to_ascii_lowercase() as u8 && base.is_ascii())?;
    let lower = LETTERS[row][m];
    // (No capital ÿ in Latin-1.)
    let code = if base.is_ascii_uppercase() && lower != 0xFF { lower.wrapping_sub(0x20) } else { lower };
    (lower != 0).then(|| char::from(code))
}

/// Splits `text` into tokens. Words may contain internal apostrophes, hyphens and (in
/// acronyms like U.S.) periods; numbers may contain , and . between digits.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_with(text, &mut Scratch::default(), &mut |t| {
        out.push(Token { start: t.start, end: t.end, norm: t.norm.to_string(), kind: t.kind, capitalized: t.capitalized })
    });
    out
}

/// A token as [`tokenize_with`] hands it over: its normal form is borrowed from a buffer
/// reused for the next token, so indexing a corpus allocates nothing per token.
#[derive(Debug, Clone, Copy)]
pub struct TokenRef<'a> {
    /// Byte offset where the token starts in the text.
    pub start: usize,
    /// Byte offset where it ends (exclusive).
    pub end: usize,
    /// As [`Token::norm`].
    pub norm: &'a str,
    /// Word, number, identifier or punctuation.
    pub kind: Kind,
    /// Starts with an uppercase letter in the source.
    pub capitalized: bool,
}

/// Buffers [`tokenize_with`] reuses from one text to the next.
#[derive(Default)]
pub struct Scratch {
    /// Byte offset, character as written, character folded.
    chars: Vec<(usize, char, char)>,
    raw: String,
    lower: String,
}

/// [`tokenize`] without building `Token`s: `emit` gets each token in text order. The one
/// implementation of tokenising, so the index (which uses this) and the analysis (which uses
/// `tokenize`) cannot disagree on a token.
// (An object, not a generic: one copy for both callers, for WebAssembly size.)
pub fn tokenize_with(text: &str, scratch: &mut Scratch, emit: &mut dyn FnMut(TokenRef)) {
    let Scratch { chars, raw, lower } = scratch;
    chars.clear();
    if text.is_ascii() {
        // Most news sentences: no character to decode and none invisible, so the bytes are
        // the characters (three in four sentences of the benchmark corpora). `fold_char`
        // changes one ASCII character, the backtick. (One scanner for both kinds of text:
        // a second, over the bytes, cost the size-budgeted WebAssembly 440 bytes gzip.)
        chars.extend(text.bytes().enumerate().map(|(i, b)| (i, b as char, if b == b'`' { '\'' } else { b as char })));
    } else {
        // Folded once here: the scan looks at most characters several times.
        for (b, c) in text.char_indices().filter(|(_, c)| !invisible(*c)) {
            // A combining mark joins the letter before it, precomposed where Latin has the
            // letter ("Cambre\u{301}sis" is "Cambrésis"), else left out: it must not split a
            // word, nor make one spelling of a name miss the other.
            if combining(c) {
                if let Some(last) = chars.last_mut().filter(|l| l.2.is_alphanumeric()) {
                    if let Some(x) = compose(last.2, c) {
                        last.2 = x;
                    }
                    continue;
                }
            }
            chars.push((b, c, fold_char(c)));
        }
    }
    scan(text, &Decoded(chars), raw, lower, emit);
}

/// The characters of a text as the tokeniser walks them, invisible ones left out.
trait Chars {
    fn len(&self) -> usize;
    /// Byte offset and character (as written) of the `k`th character.
    fn get(&self, k: usize) -> (usize, char);
    /// The `k`th character, folded; `None` past the end.
    fn at(&self, k: usize) -> Option<char>;
}

struct Decoded<'a>(&'a [(usize, char, char)]);

impl Chars for Decoded<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn get(&self, k: usize) -> (usize, char) {
        (self.0[k].0, self.0[k].1)
    }
    fn at(&self, k: usize) -> Option<char> {
        self.0.get(k).map(|c| c.2)
    }
}

/// `emit` is dynamic so that the scanner is compiled once per kind of text, not once more per
/// caller: the engine's WebAssembly is size-budgeted.
fn scan(text: &str, chars: &impl Chars, raw: &mut String, lower: &mut String, emit: &mut dyn FnMut(TokenRef)) {
    let mut i = 0;
    let at = |k: usize| chars.at(k);
    while i < chars.len() {
        let (start, original) = chars.get(i);
        let c = fold_char(original);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let mut buf = [0u8; 4];
            // "60%" says what "60 percent" and "60 per cent" say.
            let (norm, kind) = if c == '%' { ("percent", Kind::Word) } else { (&*c.encode_utf8(&mut buf), Kind::Punct) };
            emit(TokenRef { start, end: start + original.len_utf8(), norm, kind, capitalized: false });
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
        let end = if word_end_idx < chars.len() { chars.get(word_end_idx).0 } else { text.len() };
        raw.clear();
        raw.extend((i..word_end_idx).filter_map(at));
        let money = i > 0 && matches!(at(i - 1), Some('$' | '£' | '€' | '¥'));
        push_word(start, end, raw, lower, money, emit);
        i = word_end_idx;
    }
}

/// Lowercases a word, strips possessives and splits contractions ("didn't" → "did" "not") and
/// abbreviated amounts ("44bn" → "44" "billion"; after a currency sign also "500m", "2b",
/// "30k", which alone may be metres, or a 5k run), both tokens over the word as written.
fn push_word(start: usize, end: usize, raw: &str, lower: &mut String, money: bool, emit: &mut dyn FnMut(TokenRef)) {
    let capitalized = raw.chars().next().is_some_and(char::is_uppercase);
    lower.clear();
    if raw.is_ascii() {
        lower.push_str(raw);
        lower.make_ascii_lowercase();
    } else {
        lower.push_str(&lowercase(raw));
    }
    let lower = lower.as_str();
    let mut extra = None;
    let norm = if !lower.as_bytes().contains(&b'\'') {
        lower // every suffix below has an apostrophe: most words end here
    } else if let Some(stem) = lower.strip_suffix("n't") {
        extra = Some("not");
        match stem {
            "ca" => "can",
            "wo" => "will",
            "sha" => "shall",
            s => s,
        }
    } else if let Some(stem) = lower.strip_suffix("'s") {
        stem
    } else if lower.ends_with("s'") {
        &lower[..lower.len() - 1] // "ministers'" → "ministers"
    } else if let Some(stem) = ["'re", "'ve", "'ll", "'d", "'m"].iter().find_map(|s| lower.strip_suffix(s)) {
        stem
    } else {
        lower
    };
    let has_digit = norm.bytes().any(|c| c.is_ascii_digit());
    let has_alpha = norm.chars().any(|c| c.is_alphabetic());
    let kind = match (has_digit, has_alpha) {
        (true, false) => Kind::Number,
        (true, true) => Kind::Ident,
        _ => Kind::Word,
    };
    if kind == Kind::Ident {
        let digits = norm.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let scale = match &norm[digits.len()..] {
            "bn" => "billion",
            "mn" => "million",
            "tn" => "trillion",
            "b" if money => "billion",
            "m" if money => "million",
            "k" if money => "thousand",
            _ => "",
        };
        // Only digits that read as one number ("1.2.3bn" stays a code).
        if !scale.is_empty() && digits.starts_with(|c: char| c.is_ascii_digit()) && crate::text::numbers::decimal(&digits.replace(',', "")).is_some() {
            emit(TokenRef { start, end, norm: digits, kind: Kind::Number, capitalized: false });
            emit(TokenRef { start, end, norm: scale, kind: Kind::Word, capitalized: false });
            return;
        }
        // "a 300-kilogram satellite", "a 6.5-metre mirror": the number and its unit, as "300
        // kilograms" says them ("F-16" and "COVID-19" are names and stay whole).
        if let Some((number, unit)) = norm.split_once('-') {
            let is_number = number.starts_with(|c: char| c.is_ascii_digit()) && crate::text::numbers::decimal(&number.replace(',', "")).is_some();
            if is_number && unit.starts_with(char::is_alphabetic) && !unit.bytes().any(|c| c.is_ascii_digit()) {
                emit(TokenRef { start, end, norm: number, kind: Kind::Number, capitalized: false });
                emit(TokenRef { start, end, norm: unit, kind: Kind::Word, capitalized: false });
                return;
            }
        }
    }
    emit(TokenRef { start, end, norm, kind, capitalized });
    if let Some(e) = extra {
        emit(TokenRef { start, end, norm: e, kind: Kind::Word, capitalized: false });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        tokenize(s).into_iter().filter(|t| t.is_word()).map(|t| t.norm).collect()
    }

    #[test]
    fn lowercase_is_the_standard_librarys_for_words() {
        for w in ["ΟΔΥΣΣΕΥΣ", "Σ", "İstanbul", "STRASSE", "Zürich", "ΑΣ", "Σ1", "ǅemal"] {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn abbreviated_amounts_are_a_number_and_its_scale() {
        assert_eq!(norms("a $44bn takeover"), ["a", "44", "billion", "takeover"]);
        assert_eq!(norms("turns down £500m"), ["turns", "down", "500", "million"]);
        assert_eq!(norms("raised $2.5M and $30k"), ["raised", "2.5", "million", "and", "30", "thousand"]);
        assert_eq!(norms("a 1.2tn budget"), ["a", "1.2", "trillion", "budget"]);
        // Without a currency sign "m" and "k" are also metres and kilometres.
        assert_eq!(norms("won the 100m and a 5k run"), ["won", "the", "100m", "and", "a", "5k", "run"]);
        assert_eq!(norms("the F-16 and COVID-19 and 3b"), ["the", "f-16", "and", "covid-19", "and", "3b"]);
        assert_eq!(norms("turnout was 60%"), ["turnout", "was", "60", "percent"]);
        assert_eq!(norms("code 1.2.3bn"), ["code", "1.2.3bn"]);
        // A number joined to its unit is the number and the unit.
        assert_eq!(norms("a 300-kilogram satellite, a 6.5-metre mirror"), ["a", "300", "kilogram", "satellite", "a", "6.5", "metre", "mirror"]);
        assert_eq!(norms("a 10-year-old boy"), ["a", "10", "year-old", "boy"]);
    }

    #[test]
    fn a_combining_accent_is_the_letter_it_marks() {
        // As text copied from some sources spells it: "e" and a combining acute.
        let decomposed = "the Peace of Cateau-Cambre\u{301}sis, signed";
        assert_eq!(norms(decomposed), norms("the Peace of Cateau-Cambrésis, signed"));
        let t = tokenize(decomposed);
        assert_eq!(&decomposed[t[3].start..t[3].end], "Cateau-Cambre\u{301}sis");
        assert_eq!(norms("A\u{30A}rhus"), norms("Århus"));
        // A mark Latin-1 does not precompose leaves the word whole.
        assert_eq!(norms("Pa\u{20DD}ris"), vec!["paris"]);
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
    fn ascii_text_tokenises_the_same_by_bytes_as_by_characters() {
        let text = "Nagorno-Karabakh's 4,000 U.S. troops didn't `see' an F-16 in 1991-94, e.g. at 2.5 p.m.; ministers' x.y. A.B.C. 'quoted' -- end.";
        assert!(text.is_ascii());
        let (mut raw, mut lower) = (String::new(), String::new());
        let by_bytes: Vec<_> = tokenize(text).into_iter().map(|t| (t.start, t.end, t.norm, t.kind, t.capitalized)).collect();
        let chars: Vec<(usize, char, char)> = text.char_indices().map(|(b, c)| (b, c, fold_char(c))).collect();
        let mut by_chars = Vec::new();
        scan(text, &Decoded(&chars), &mut raw, &mut lower, &mut |t| by_chars.push((t.start, t.end, t.norm.to_string(), t.kind, t.capitalized)));
        assert_eq!(by_bytes, by_chars);
        assert!(by_bytes.len() > 20);
    }

    #[test]
    fn zero_width_and_bidi_characters_do_not_split_words() {
        assert_eq!(norms("de\u{200B}nied \u{202E}Turkey"), ["denied", "turkey"]);
    }
}
