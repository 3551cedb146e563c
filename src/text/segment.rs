//! Sentence segmentation for news text as it is scraped: one paragraph per line, datelines
//! ("PARIS--", "BRUSSELS, October 2. /TASS/."), quotations, abbreviations (Sept., U.S.),
//! photo captions and page debris ("Please enter your comment!").

use crate::text::lexicon::lexicon;
use crate::text::token::fold_char;

/// Which part of an article a sentence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A line with no sentence punctuation: the title or a headline.
    Headline,
    /// A sentence of article prose.
    Prose,
}

/// One sentence of an article, as a byte range of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset where the sentence starts in the article text.
    pub start: usize,
    /// Byte offset where it ends (exclusive).
    pub end: usize,
    /// Headline or prose.
    pub part: Part,
}

/// Most words in one sentence. Analysis looks at pairs of words within a sentence (speakers,
/// cues, numbers and what they count), so a text without full stops — a 1 MB line, lower case
/// after every period — would cost time quadratic in its length. Longer sentences are cut into
/// pieces of at most this many words (at whitespace), which keeps every stage linear in the
/// text. Real news sentences stay far below it (the seed articles' longest has 66 words).
pub const MAX_SENTENCE_WORDS: usize = 150;

/// Most bytes in one sentence piece, for text that has long runs without whitespace (a word
/// is cut at a character boundary).
pub const MAX_SENTENCE_BYTES: usize = 2048;

/// Splits an article into the sentences that can serve as evidence, in order. Debris lines,
/// captions and repeated lines are left out; sentences over [`MAX_SENTENCE_WORDS`] words or
/// [`MAX_SENTENCE_BYTES`] bytes are cut into pieces.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::new();
    let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let base = line_start + lead;
        let ends_like_prose = trimmed.ends_with(['.', '!', '?', '"', '\u{201D}', ')', '\'', '\u{2019}']);
        if !ends_like_prose {
            if !is_debris(trimmed) && has_words(trimmed, 4) && seen.insert(trimmed) {
                push_bounded(&mut out, text, base, base + trimmed.len(), Part::Headline);
            }
            continue;
        }
        // Page furniture comes in short lines; long paragraphs are never checked against it.
        let short_line = trimmed.len() <= MAX_DEBRIS_LINE;
        for (s, e) in split_line(trimmed) {
            let (s, e) = (base + s, base + e);
            let (s, e) = strip_dateline(text, s, e);
            let sent = text[s..e].trim();
            // Debris is judged per sentence: text whose line breaks were lost ("Click here to
            // read more. The company said …") keeps its prose.
            if sent.is_empty() || !has_words(sent, 3) || (short_line && is_debris(sent)) || !seen.insert(sent) {
                continue;
            }
            push_bounded(&mut out, text, s, e, Part::Prose);
        }
    }
    out
}

/// Pushes `text[start..end]` as one sentence, or as pieces of at most [`MAX_SENTENCE_WORDS`]
/// words and [`MAX_SENTENCE_BYTES`] bytes, each cut after whitespace or at a character
/// boundary.
fn push_bounded(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, part: Part) {
    // Cutting at the word limit needs a word that starts after 150 others, so at least 301
    // bytes: shorter sentences (nearly all) are whole, and sentences are never blank.
    if end - start <= (2 * MAX_SENTENCE_WORDS).min(MAX_SENTENCE_BYTES) {
        out.push(Sentence { start, end, part });
        return;
    }
    let mut piece = start;
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        let space = c.is_whitespace();
        if !space && !in_word {
            words += 1;
            if words > MAX_SENTENCE_WORDS {
                out.push(Sentence { start: piece, end: trim_end(text, piece, at), part });
                piece = at;
                words = 1;
            }
        }
        if at + c.len_utf8() - piece > MAX_SENTENCE_BYTES {
            out.push(Sentence { start: piece, end: trim_end(text, piece, at), part });
            piece = at;
            words = usize::from(!space);
        }
        in_word = !space;
    }
    // A piece of whitespace only (possible after a byte cut) is no sentence.
    if text[piece..end].chars().any(|c| !c.is_whitespace()) {
        out.push(Sentence { start: piece, end, part });
    }
}

/// `end`, moved back over trailing whitespace (never before `start`).
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

#[cfg(test)]
fn words(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Has `s` at least `n` words (counted as `words` does)? Stops counting at `n`.
fn has_words(s: &str, n: usize) -> bool {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).take(n).count() == n
}

/// Longest line (in bytes) checked for page furniture.
const MAX_DEBRIS_LINE: usize = 160;

/// Lines that are page furniture rather than article text.
pub fn is_debris(line: &str) -> bool {
    // Page furniture comes in short lines; article paragraphs are never checked against it.
    if line.len() > MAX_DEBRIS_LINE {
        return false;
    }
    let lower: String = crate::text::token::lowercase(line).chars().map(fold_char).collect();
    if lexicon().boilerplate.iter().any(|b| lower.starts_with(b.as_str())) {
        return true;
    }
    // Photo credits are lines in capitals with slashes ("EPA-EFE/OLIVIER HOSLET / POOL").
    // (Captions themselves are kept: they describe what the article shows.)
    if !line.contains('/') {
        return false;
    }
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let upper = line.chars().filter(|c| c.is_alphabetic() && c.is_uppercase()).count();
    letters > 3 && upper * 10 >= letters * 7
}

/// Sentence boundaries inside one line: a terminator (. ! ?), any closing quotes or brackets,
/// whitespace, then something that can start a sentence (capital, digit, opening quote) —
/// unless the terminator ends an abbreviation or an initial.
fn split_line(line: &str) -> Vec<(usize, usize)> {
    // Walks byte offsets: terminators are ASCII (no character folds to one), and everything
    // else is only looked at forwards from a terminator.
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(off) = find_terminator(&bytes[i..]) {
        let at = i + off;
        let c = bytes[at];
        let mut j = at + 1;
        for ch in line[j..].chars() {
            if !matches!(fold_char(ch), '"' | '\'' | ')' | ']' | '.' | '!' | '?') {
                break;
            }
            j += ch.len_utf8();
        }
        let mut k = j;
        let mut spaced = false;
        // Whitespace, and characters that show nothing (zero-width, bidi marks).
        for ch in line[k..].chars() {
            if !(ch.is_whitespace() || matches!(ch, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')) {
                break;
            }
            spaced |= ch.is_whitespace();
            k += ch.len_utf8();
        }
        let starts_sentence = spaced
            && line[k..].chars().next().is_some_and(|n| {
                let n = fold_char(n);
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '\'' | '(' | '[')
            });
        if starts_sentence && !(c == b'.' && j == at + 1 && is_abbreviation(line, at)) {
            out.push((start, j));
            start = k;
            i = k;
            continue;
        }
        i = j;
    }
    if start < line.len() {
        out.push((start, line.len()));
    }
    out
}

/// Position of the first `.`, `!` or `?`. Eight bytes at a time: this scan reads every byte
/// of a corpus.
fn find_terminator(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Does `x` have a zero byte? (Exact as a yes/no; the position is found bytewise below.)
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if zero(x ^ (ONES * b'.' as u64)) || zero(x ^ (ONES * b'!' as u64)) || zero(x ^ (ONES * b'?' as u64)) {
            break;
        }
        i += 8;
    }
    b[i..].iter().position(|c| matches!(c, b'.' | b'!' | b'?')).map(|p| i + p)
}

/// Is the word that ends at byte `dot` (a period) an abbreviation or an initial?
fn is_abbreviation(line: &str, dot: usize) -> bool {
    let before = &line[..dot];
    // The byte after the boundary character, whatever its width (a no-break space is two bytes).
    let word_start = before.char_indices().rfind(|&(_, c)| c.is_whitespace() || c == '(' || c == '"').map(|(p, c)| p + c.len_utf8()).unwrap_or(0);
    let word: String = crate::text::token::lowercase(&before[word_start..].chars().map(fold_char).collect::<String>());
    let word = word.trim_start_matches(['"', '\'', '(']);
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true; // an initial: "John F. Kennedy"
    }
    lexicon().abbreviations.contains(word)
}

/// Removes a leading dateline: "PARIS--", "YEREVAN / BAKU (Reuters) –", "BRUSSELS, October 2.
/// /TASS/." A dateline is a run of capitalised place words, optionally an agency in
/// parentheses or slashes, ended by a dash.
fn strip_dateline(text: &str, s: usize, e: usize) -> (usize, usize) {
    let sent = &text[s..e];
    // Most sentences: their first 80 characters are ASCII (so 80 bytes) without a hyphen, so
    // no dash can end a dateline there.
    let head = &sent.as_bytes()[..sent.len().min(80)];
    if head.is_ascii() && !head.contains(&b'-') {
        return (s, e);
    }
    // "CITY--Text", "CITY (Agency) – Text", "CITY / CITY (Agency) - Text"
    let head_len = sent.char_indices().take(80).find_map(|(b, c)| {
        let c = fold_char(c);
        if c == '-' {
            let rest = &sent[b..];
            let dash_len: usize = rest.chars().take_while(|&c| fold_char(c) == '-').map(char::len_utf8).sum();
            let after = &rest[dash_len..];
            let is_break = dash_len >= 2 || (sent[..b].ends_with(' ') && after.starts_with(' '));
            is_break.then_some((b, b + dash_len))
        } else {
            None
        }
    });
    if let Some((dash, after)) = head_len {
        let head = &sent[..dash];
        let head_no_agency = match head.find('(') {
            Some(p) => &head[..p],
            None => head,
        };
        let letters: Vec<char> = head_no_agency.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) {
            let rest = sent[after..].trim_start();
            return (e - rest.len(), e);
        }
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn sentences_without_full_stops_are_cut_into_bounded_pieces() {
        let long = "word ".repeat(MAX_SENTENCE_WORDS * 3 + 7) + "end.";
        let pieces = sentences(&long);
        assert_eq!(pieces.len(), 4);
        assert!(pieces.iter().all(|p| words(&long[p.start..p.end]) <= MAX_SENTENCE_WORDS));
        assert_eq!(pieces.iter().map(|p| words(&long[p.start..p.end])).sum::<usize>(), MAX_SENTENCE_WORDS * 3 + 8, "no word lost");
        // A run without whitespace is cut on character boundaries, multi-byte ones included.
        let run = "Start of a line that goes on ".to_string() + &"é日🙂".repeat(2000) + " here.";
        let pieces = sentences(&run);
        assert!(pieces.len() > 1);
        for p in &pieces {
            assert!(p.end - p.start <= MAX_SENTENCE_BYTES && run.get(p.start..p.end).is_some());
        }
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let t = "The Sept. 29 shootdown was denied by U.S. officials. John F. Kennedy spoke. Then he left.";
        assert_eq!(texts(t), ["The Sept. 29 shootdown was denied by U.S. officials.", "John F. Kennedy spoke.", "Then he left."]);
    }

    #[test]
    fn quotations_stay_with_their_attribution() {
        let t = "“It is a fact,” he said. “We will act.” The minister left.";
        assert_eq!(texts(t), ["“It is a fact,” he said.", "“We will act.”", "The minister left."]);
    }

    #[test]
    fn datelines_are_stripped() {
        assert_eq!(texts("PARIS--French President Emmanuel Macron spoke on Friday."), ["French President Emmanuel Macron spoke on Friday."]);
        assert_eq!(texts("LONDON (Reuters) – The bank raised its rates again."), ["The bank raised its rates again."]);
        let t = "BRUSSELS, October 2. /TASS/. France confirms the report today.";
        assert_eq!(texts(t).last().copied(), Some("France confirms the report today."));
    }

    #[test]
    fn debris_captions_and_repeated_lines_are_left_out() {
        let t = "Storm hits the coast of Florida\n\nA man walks past damaged houses in Miami, US, June 3. (REUTERS)\nThe storm hit the coast on Monday.\nPlease enter your comment!\nJANE DOE/AFP / POOL\nThe storm hit the coast on Monday.\nSee";
        assert_eq!(
            texts(t),
            ["Storm hits the coast of Florida", "A man walks past damaged houses in Miami, US, June 3.", "The storm hit the coast on Monday."]
        );
        assert_eq!(sentences(t)[0].part, Part::Headline);
        // Text whose line breaks were lost: the prose after the debris stays.
        assert_eq!(texts("Click here to read more. The storm hit the coast on Monday."), ["The storm hit the coast on Monday."]);
        // A long paragraph is prose: a sentence opening like debris ("Previously") stays.
        let long = "The storm hit the coast of Florida on Monday, flooding streets and cutting power to thousands of homes along the shore. Previously, the city had built new sea walls.";
        assert_eq!(texts(long).len(), 2);
    }
}
