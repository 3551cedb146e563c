//! The tokenizer of the NLI model, identical to `train/nli_tok.py` (the trainer's).
//!
//! 1. Characters: `FOLD` maps accented Latin letters to ASCII and typographic quotes and dashes
//!    to ASCII ones; ASCII letters are lowercased; any other non-ASCII character separates.
//! 2. Words are maximal runs of `[a-z0-9]`; every other printable ASCII character is a token by
//!    itself; whitespace and control characters separate.
//! 3. Negative contractions: word + `'` + `t` becomes word-without-n + `not` (won → will,
//!    can → can, ain → is, shan → shall); `cannot` becomes `can not`.
//! 4. WordPiece: greedy longest match against the vocabulary (continuations prefixed `##`); a
//!    word longer than `MAX_WORD_CHARS` or one that cannot be segmented becomes `[UNK]`.
//! 5. At most `max_tokens` pieces per text (the first ones).
//!
//! Work is bounded: scanning stops once enough raw tokens for `max_tokens` pieces are collected,
//! and no word keeps more than `MAX_WORD_CHARS + 1` characters.

use rustc_hash::FxHashMap;

/// Version of this tokenizer, stored in the model header.
pub const TOKENIZER_VERSION: u32 = 1;
/// Longest word given to WordPiece; longer ones are `[UNK]`.
pub const MAX_WORD_CHARS: usize = 50;

/// Steps 1–3 for at most `max_raw` raw tokens.
pub(crate) fn basic_tokens(text: &str, max_raw: usize) -> Vec<String> {
    let mut toks: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut cur_len = 0usize; // characters seen in the current word (cur keeps at most MAX+1)
    let push_char = |c: char, toks: &mut Vec<String>, cur: &mut String, cur_len: &mut usize| {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if *cur_len <= MAX_WORD_CHARS {
                cur.push(c);
            }
            *cur_len += 1;
        } else {
            if *cur_len > 0 {
                toks.push(std::mem::take(cur));
                *cur_len = 0;
            }
            let b = c as u32;
            if (33..=126).contains(&b) {
                toks.push(c.to_string());
            }
        }
    };
    for ch in text.chars() {
        if toks.len() >= max_raw {
            break;
        }
        match fold(ch) {
            Some(rep) => {
                for c in rep.chars() {
                    push_char(c, &mut toks, &mut cur, &mut cur_len);
                }
            }
            None => {
                let c = if ch.is_ascii() { ch.to_ascii_lowercase() } else { ' ' };
                push_char(c, &mut toks, &mut cur, &mut cur_len);
            }
        }
    }
    if cur_len > 0 {
        toks.push(cur);
    }
    let mut out = Vec::with_capacity(toks.len() + 4);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if i + 2 < toks.len() && toks[i + 1] == "'" && toks[i + 2] == "t" && t.len() > 1 && t.ends_with('n') {
            let base = match t.as_str() {
                "won" => "will".to_string(),
                "can" => "can".to_string(),
                "ain" => "is".to_string(),
                "shan" => "shall".to_string(),
                _ => t[..t.len() - 1].to_string(),
            };
            out.push(base);
            out.push("not".to_string());
            i += 3;
            continue;
        }
        if t == "cannot" {
            out.push("can".to_string());
            out.push("not".to_string());
        } else {
            out.push(t.clone());
        }
        i += 1;
    }
    out
}

fn fold(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return None;
    }
    FOLD.binary_search_by(|(k, _)| k.cmp(&c)).ok().map(|i| FOLD[i].1)
}

/// Step 4: appends the ids of one word to `out`.
pub(crate) fn wordpiece(word: &str, vocab: &FxHashMap<String, u32>, unk: u32, out: &mut Vec<u32>) {
    // words hold ASCII only, so byte offsets are character offsets
    if word.len() > MAX_WORD_CHARS {
        out.push(unk);
        return;
    }
    let start_len = out.len();
    let mut start = 0;
    let n = word.len();
    let mut buf = String::with_capacity(n + 2);
    while start < n {
        let mut end = n;
        let mut found = None;
        while end > start {
            buf.clear();
            if start > 0 {
                buf.push_str("##");
            }
            buf.push_str(&word[start..end]);
            if let Some(&j) = vocab.get(buf.as_str()) {
                found = Some(j);
                break;
            }
            end -= 1;
        }
        match found {
            Some(j) => {
                out.push(j);
                start = end;
            }
            None => {
                out.truncate(start_len);
                out.push(unk);
                return;
            }
        }
    }
}

/// Token ids of a text, at most `max_tokens`.
pub(crate) fn encode(text: &str, vocab: &FxHashMap<String, u32>, unk: u32, max_tokens: usize) -> Vec<u32> {
    // every raw token gives at least one piece, except a contraction (3 raw → 2 pieces), so
    // 3·max + 3 raw tokens always give more than max pieces from tokens that are complete
    let words = basic_tokens(text, 3 * max_tokens + 3);
    let mut ids = Vec::with_capacity(max_tokens + MAX_WORD_CHARS);
    for w in &words {
        wordpiece(w, vocab, unk, &mut ids);
        if ids.len() >= max_tokens {
            ids.truncate(max_tokens);
            break;
        }
    }
    ids
}

pub(crate) const FOLD: &[(char, &str)] = &[
    ('\u{00a0}', " "),
    ('\u{00a3}', " pounds "),
    ('\u{00ab}', "\""),
    ('\u{00b0}', " degrees "),
    ('\u{00b4}', "'"),
    ('\u{00bb}', "\""),
    ('\u{00bc}', "1/4"),
    ('\u{00bd}', "1/2"),
    ('\u{00be}', "3/4"),
    ('\u{00c0}', "a"),
    ('\u{00c1}', "a"),
    ('\u{00c2}', "a"),
    ('\u{00c3}', "a"),
    ('\u{00c4}', "a"),
    ('\u{00c5}', "a"),
    ('\u{00c6}', "ae"),
    ('\u{00c7}', "c"),
    ('\u{00c8}', "e"),
    ('\u{00c9}', "e"),
    ('\u{00ca}', "e"),
    ('\u{00cb}', "e"),
    ('\u{00cc}', "i"),
    ('\u{00cd}', "i"),
    ('\u{00ce}', "i"),
    ('\u{00cf}', "i"),
    ('\u{00d0}', "d"),
    ('\u{00d1}', "n"),
    ('\u{00d2}', "o"),
    ('\u{00d3}', "o"),
    ('\u{00d4}', "o"),
    ('\u{00d5}', "o"),
    ('\u{00d6}', "o"),
    ('\u{00d8}', "o"),
    ('\u{00d9}', "u"),
    ('\u{00da}', "u"),
    ('\u{00db}', "u"),
    ('\u{00dc}', "u"),
    ('\u{00dd}', "y"),
    ('\u{00de}', "th"),
    ('\u{00df}', "ss"),
    ('\u{00e0}', "a"),
    ('\u{00e1}', "a"),
    ('\u{00e2}', "a"),
    ('\u{00e3}', "a"),
    ('\u{00e4}', "a"),
    ('\u{00e5}', "a"),
    ('\u{00e6}', "ae"),
    ('\u{00e7}', "c"),
    ('\u{00e8}', "e"),
    ('\u{00e9}', "e"),
    ('\u{00ea}', "e"),
    ('\u{00eb}', "e"),
    ('\u{00ec}', "i"),
    ('\u{00ed}', "i"),
    ('\u{00ee}', "i"),
    ('\u{00ef}', "i"),
    ('\u{00f0}', "d"),
    ('\u{00f1}', "n"),
    ('\u{00f2}', "o"),
    ('\u{00f3}', "o"),
    ('\u{00f4}', "o"),
    ('\u{00f5}', "o"),
    ('\u{00f6}', "o"),
    ('\u{00f8}', "o"),
    ('\u{00f9}', "u"),
    ('\u{00fa}', "u"),
    ('\u{00fb}', "u"),
    ('\u{00fc}', "u"),
    ('\u{00fd}', "y"),
    ('\u{00fe}', "th"),
    ('\u{00ff}', "y"),
    ('\u{0100}', "a"),
    ('\u{0101}', "a"),
    ('\u{0102}', "a"),
    ('\u{0103}', "a"),
    ('\u{0104}', "a"),
    ('\u{0105}', "a"),
    ('\u{0106}', "c"),
    ('\u{0107}', "c"),
    ('\u{0108}', "c"),
    ('\u{0109}', "c"),
    ('\u{010a}', "c"),
    ('\u{010b}', "c"),
    ('\u{010c}', "c"),
    ('\u{010d}', "c"),
    ('\u{010e}', "d"),
    ('\u{010f}', "d"),
    ('\u{0110}', "d"),
    ('\u{0111}', "d"),
    ('\u{0112}', "e"),
    ('\u{0113}', "e"),
    ('\u{0114}', "e"),
    ('\u{0115}', "e"),
    ('\u{0116}', "e"),
    ('\u{0117}', "e"),
    ('\u{0118}', "e"),
    ('\u{0119}', "e"),
    ('\u{011a}', "e"),
    ('\u{011b}', "e"),
    ('\u{011c}', "g"),
    ('\u{011d}', "g"),
    ('\u{011e}', "g"),
    ('\u{011f}', "g"),
    ('\u{0120}', "g"),
    ('\u{0121}', "g"),
    ('\u{0122}', "g"),
    ('\u{0123}', "g"),
    ('\u{0124}', "h"),
    ('\u{0125}', "h"),
    ('\u{0128}', "i"),
    ('\u{0129}', "i"),
    ('\u{012a}', "i"),
    ('\u{012b}', "i"),
    ('\u{012c}', "i"),
    ('\u{012d}', "i"),
    ('\u{012e}', "i"),
    ('\u{012f}', "i"),
    ('\u{0130}', "i"),
    ('\u{0131}', "i"),
    ('\u{0132}', "ij"),
    ('\u{0133}', "ij"),
    ('\u{0134}', "j"),
    ('\u{0135}', "j"),
    ('\u{0136}', "k"),
    ('\u{0137}', "k"),
    ('\u{0139}', "l"),
    ('\u{013a}', "l"),
    ('\u{013b}', "l"),
    ('\u{013c}', "l"),
    ('\u{013d}', "l"),
    ('\u{013e}', "l"),
    ('\u{0141}', "l"),
    ('\u{0142}', "l"),
    ('\u{0143}', "n"),
    ('\u{0144}', "n"),
    ('\u{0145}', "n"),
    ('\u{0146}', "n"),
    ('\u{0147}', "n"),
    ('\u{0148}', "n"),
    ('\u{014c}', "o"),
    ('\u{014d}', "o"),
    ('\u{014e}', "o"),
    ('\u{014f}', "o"),
    ('\u{0150}', "o"),
    ('\u{0151}', "o"),
    ('\u{0152}', "oe"),
    ('\u{0153}', "oe"),
    ('\u{0154}', "r"),
    ('\u{0155}', "r"),
    ('\u{0156}', "r"),
    ('\u{0157}', "r"),
    ('\u{0158}', "r"),
    ('\u{0159}', "r"),
    ('\u{015a}', "s"),
    ('\u{015b}', "s"),
    ('\u{015c}', "s"),
    ('\u{015d}', "s"),
    ('\u{015e}', "s"),
    ('\u{015f}', "s"),
    ('\u{0160}', "s"),
    ('\u{0161}', "s"),
    ('\u{0162}', "t"),
    ('\u{0163}', "t"),
    ('\u{0164}', "t"),
    ('\u{0165}', "t"),
    ('\u{0168}', "u"),
    ('\u{0169}', "u"),
    ('\u{016a}', "u"),
    ('\u{016b}', "u"),
    ('\u{016c}', "u"),
    ('\u{016d}', "u"),
    ('\u{016e}', "u"),
    ('\u{016f}', "u"),
    ('\u{0170}', "u"),
    ('\u{0171}', "u"),
    ('\u{0172}', "u"),
    ('\u{0173}', "u"),
    ('\u{0174}', "w"),
    ('\u{0175}', "w"),
    ('\u{0176}', "y"),
    ('\u{0177}', "y"),
    ('\u{0178}', "y"),
    ('\u{0179}', "z"),
    ('\u{017a}', "z"),
    ('\u{017b}', "z"),
    ('\u{017c}', "z"),
    ('\u{017d}', "z"),
    ('\u{017e}', "z"),
    ('\u{017f}', "s"),
    ('\u{01a0}', "o"),
    ('\u{01a1}', "o"),
    ('\u{01af}', "u"),
    ('\u{01b0}', "u"),
    ('\u{01c4}', "dz"),
    ('\u{01c5}', "dz"),
    ('\u{01c6}', "dz"),
    ('\u{01c7}', "lj"),
    ('\u{01c8}', "lj"),
    ('\u{01c9}', "lj"),
    ('\u{01ca}', "nj"),
    ('\u{01cb}', "nj"),
    ('\u{01cc}', "nj"),
    ('\u{01cd}', "a"),
    ('\u{01ce}', "a"),
    ('\u{01cf}', "i"),
    ('\u{01d0}', "i"),
    ('\u{01d1}', "o"),
    ('\u{01d2}', "o"),
    ('\u{01d3}', "u"),
    ('\u{01d4}', "u"),
    ('\u{01d5}', "u"),
    ('\u{01d6}', "u"),
    ('\u{01d7}', "u"),
    ('\u{01d8}', "u"),
    ('\u{01d9}', "u"),
    ('\u{01da}', "u"),
    ('\u{01db}', "u"),
    ('\u{01dc}', "u"),
    ('\u{01de}', "a"),
    ('\u{01df}', "a"),
    ('\u{01e0}', "a"),
    ('\u{01e1}', "a"),
    ('\u{01e6}', "g"),
    ('\u{01e7}', "g"),
    ('\u{01e8}', "k"),
    ('\u{01e9}', "k"),
    ('\u{01ea}', "o"),
    ('\u{01eb}', "o"),
    ('\u{01ec}', "o"),
    ('\u{01ed}', "o"),
    ('\u{01f0}', "j"),
    ('\u{01f1}', "dz"),
    ('\u{01f2}', "dz"),
    ('\u{01f3}', "dz"),
    ('\u{01f4}', "g"),
    ('\u{01f5}', "g"),
    ('\u{01f8}', "n"),
    ('\u{01f9}', "n"),
    ('\u{01fa}', "a"),
    ('\u{01fb}', "a"),
    ('\u{0200}', "a"),
    ('\u{0201}', "a"),
    ('\u{0202}', "a"),
    ('\u{0203}', "a"),
    ('\u{0204}', "e"),
    ('\u{0205}', "e"),
    ('\u{0206}', "e"),
    ('\u{0207}', "e"),
    ('\u{0208}', "i"),
    ('\u{0209}', "i"),
    ('\u{020a}', "i"),
    ('\u{020b}', "i"),
    ('\u{020c}', "o"),
    ('\u{020d}', "o"),
    ('\u{020e}', "o"),
    ('\u{020f}', "o"),
    ('\u{0210}', "r"),
    ('\u{0211}', "r"),
    ('\u{0212}', "r"),
    ('\u{0213}', "r"),
    ('\u{0214}', "u"),
    ('\u{0215}', "u"),
    ('\u{0216}', "u"),
    ('\u{0217}', "u"),
    ('\u{0218}', "s"),
    ('\u{0219}', "s"),
    ('\u{021a}', "t"),
    ('\u{021b}', "t"),
    ('\u{021e}', "h"),
    ('\u{021f}', "h"),
    ('\u{0226}', "a"),
    ('\u{0227}', "a"),
    ('\u{0228}', "e"),
    ('\u{0229}', "e"),
    ('\u{022a}', "o"),
    ('\u{022b}', "o"),
    ('\u{022c}', "o"),
    ('\u{022d}', "o"),
    ('\u{022e}', "o"),
    ('\u{022f}', "o"),
    ('\u{0230}', "o"),
    ('\u{0231}', "o"),
    ('\u{0232}', "y"),
    ('\u{0233}', "y"),
    ('\u{2013}', "-"),
    ('\u{2014}', "-"),
    ('\u{2018}', "'"),
    ('\u{2019}', "'"),
    ('\u{201a}', "'"),
    ('\u{201b}', "'"),
    ('\u{201c}', "\""),
    ('\u{201d}', "\""),
    ('\u{201e}', "\""),
    ('\u{2026}', "..."),
    ('\u{2032}', "'"),
    ('\u{20ac}', " euros "),
    ('\u{2212}', "-"),
];
