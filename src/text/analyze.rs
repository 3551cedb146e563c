//! Tokens → comparable terms. Two texts that say the same thing in different words should
//! produce the same keys: "Azeri" and "Azerbaijan", "mercenaries" and "militants", "sent" and
//! "sending", "Nagorny" and "Nagorno", "U.S." and "United States". Cue phrases (negation,
//! denial, reporting verbs, quantity modifiers …) are found here too, so that later stages
//! work on token positions only.

use crate::text::lexicon::{lexicon, Cue, PlaceKind, WordClass};
use crate::text::token::{tokenize, Kind, Token};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// A word or multi-word name of a text in comparable form: what claims and sentences are
/// matched on.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The comparable form.
    pub key: String,
    /// A broader key the term also stands for: the country of a city or region.
    pub also: Option<String>,
    /// Distinctive words of a multi-word name, by which a shorter reference can match it
    /// ("Karabakh" for "Nagorno-Karabakh").
    pub parts: Vec<String>,
    /// Token index range, inclusive.
    pub first: usize,
    /// Index of the term's last token (inclusive).
    pub last: usize,
    /// Counts for matching: not a stop word, number or cue.
    pub content: bool,
    /// For a place or demonym: its level ("Azeri" is a country).
    pub place: Option<PlaceKind>,
    /// For places: the country they are in (or are).
    pub country: Option<&'static str>,
}

impl Term {
    /// Which place this is, at its own level: a city's name (also for capitals, whose key is
    /// their country), a country's key.
    pub fn place_id(&self) -> &str {
        match (self.place, &self.also) {
            (Some(PlaceKind::City), Some(city)) if Some(self.key.as_str()) == self.country => city,
            _ => &self.key,
        }
    }
}

/// A cue phrase found in a text (`data/cues.tsv`); a phrase of several kinds gives one hit per
/// kind.
#[derive(Debug, Clone, PartialEq)]
pub struct CueHit {
    /// What the phrase signals.
    pub kind: Cue,
    /// Index of the phrase's first token.
    pub first: usize,
    /// Index of the phrase's last token (inclusive).
    pub last: usize,
    /// The phrase as listed: normalised words joined by spaces.
    pub phrase: String,
    /// The cue word is also an act of its own, so it stays a content word: "stopped" in
    /// "stopped selling" negates "selling" and still opposes "stepped up"; "rejected" in
    /// "rejected the bill" is the opposite of "approved", not a denial of what was said (the
    /// stance stage reads such a cue as no denial).
    pub act: bool,
}

impl CueHit {
    /// "rather than", "instead of", "separate from": a negation that sets aside one
    /// alternative, the words right after it ("Instead of raising rates, the bank cut them"
    /// still says it cut rates; "fungi, a kingdom separate from plants" says they are not plants).
    pub fn sets_aside(&self) -> bool {
        matches!(self.phrase.as_str(), "rather than" | "instead of" | "in place of" | "different from" | "separate from" | "distinct from")
    }
}

/// A text's tokens, terms and cue phrases; terms and cues refer to tokens by index.
#[derive(Debug, Clone)]
pub struct Analysed {
    /// Every token, punctuation included, in text order.
    pub tokens: Vec<Token>,
    /// The terms in text order: content words, names, phrases, numbers, stop words.
    pub terms: Vec<Term>,
    /// The cue phrases in text order; at each position the longest phrase wins.
    pub cues: Vec<CueHit>,
}

impl Analysed {
    /// Does the text contain a cue phrase of this kind?
    pub fn has_cue(&self, kind: Cue) -> bool {
        self.cues.iter().any(|c| c.kind == kind)
    }
    /// The cue phrases of this kind, in text order.
    pub fn cues_of(&self, kind: Cue) -> impl Iterator<Item = &CueHit> {
        self.cues.iter().filter(move |c| c.kind == kind)
    }
    /// A word of confirming negated a few tokens before it ("not possible to independently
    /// confirm", "has never been verified"), or a hedge phrase of one ("could not be
    /// verified"): from the negation to the word.
    pub fn unconfirmed(&self) -> Option<(usize, usize)> {
        self.cues_of(Cue::Confirm)
            .find_map(|c| self.cues_of(Cue::Negation).find(|n| n.last < c.first && c.first - n.last <= 4).map(|n| (n.first, c.last)))
            .or_else(|| {
                let p = |c: &&CueHit| {
                    (c.phrase.starts_with("not ") || c.phrase.starts_with("could not "))
                        && ["confirm", "confirmed", "verify", "verified"].iter().any(|w| c.phrase.ends_with(w))
                };
                self.cues_of(Cue::Hedge).find(p).map(|c| (c.first, c.last))
            })
    }
    /// A credit line: it opens with a newsroom task done by someone ("Reporting by …",
    /// "Additional reporting by …", "Editing by …"). It names who worked on the story and
    /// where they were, and says nothing of what the story is about.
    pub fn is_credit_line(&self) -> bool {
        let words: Vec<&str> = self.tokens.iter().filter(|t| t.is_word()).take(3).map(|t| t.norm.as_str()).collect();
        // (Not "Judging by …", "Speaking by phone …".)
        let task = |i: usize| words.get(i).is_some_and(|w| matches!(*w, "reporting" | "writing" | "editing")) && words.get(i + 1) == Some(&"by");
        task(0) || (words.first() == Some(&"additional") && task(1))
    }
    /// The clause around tokens `first..=last`: from the token after the comma, semicolon or
    /// colon before them to the one after them (exclusive), or the text's ends. (What a hedge
    /// qualifies, and what a falsity word is said of.)
    pub fn clause_around(&self, first: usize, last: usize) -> (usize, usize) {
        let sep = |i: &usize| self.tokens[*i].is_punct(',') || self.tokens[*i].is_punct(';') || self.tokens[*i].is_punct(':');
        ((0..first).rev().find(sep).map_or(0, |i| i + 1), (last + 1..self.tokens.len()).find(sep).unwrap_or(self.tokens.len()))
    }
    /// Is the word at `at` said of its subject after a form of "be" ("was unarmed", "is not
    /// safe", "were entirely unaware"), rather than naming a group ("unvaccinated people",
    /// "nonsmokers") or an act ("disarmed the gunman")?
    pub fn predicative(&self, at: usize) -> bool {
        let lex = lexicon();
        for t in self.tokens[at.saturating_sub(3)..at].iter().rev() {
            if lex.is(WordClass::PassiveBe, &t.norm) {
                return true;
            }
            if !(lex.is_stopword(&t.norm) || t.norm.ends_with("ly") || matches!(t.norm.as_str(), "not" | "no" | "never" | "longer")) {
                return false;
            }
        }
        false
    }
    /// The source text of tokens `first..=last`.
    pub fn span<'a>(&self, text: &'a str, first: usize, last: usize) -> &'a str {
        &text[self.tokens[first].start..self.tokens[last].end]
    }
}

fn stemmer() -> &'static Stemmer {
    static S: OnceLock<Stemmer> = OnceLock::new();
    S.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The Snowball English stem of a word ("sending" → "send"), so inflections share a key —
/// and, spelt the American way first, so both spellings do ("recognises", "recognized").
pub fn stem(word: &str) -> String {
    stemmer().stem(&american_spelling(word)).into_owned()
}

/// Endings after "is"/"ys" that make a British -ise, -isation, -yse word ("organis|ation",
/// "analys|ed"): spelt with "z" in American English.
const ISE_ENDINGS: &[&str] = &["ational", "ations", "ation", "able", "ing", "ers", "ed", "es", "er", "e"];
/// Endings after "our" that make a British -our word ("colour|ed", "neighbour|hood").
const OUR_ENDINGS: &[&str] = &["itism", "hoods", "ites", "ably", "able", "hood", "less", "ing", "ite", "ers", "ful", "ed", "er", "s", ""];

/// `word` (lowercase) in American spelling: "-ise"/"-isation" as "-ize"/"-ization", "-yse" as
/// "-yze", "-our" as "-or", and the words no rule covers (`data/spellings.tsv`: "defence",
/// "centre"). A rule needs three letters before the ending, so "rise", "prise", "four",
/// "hour" keep theirs; an "-ise" word spelt so in American English too ("supervise",
/// "paradise") is listed as itself, with all its forms ("supervised"), since with a "z" the
/// stemmer would part it from its noun ("supervision") or join it to another word ("parade").
/// A word the rules turn that has no British spelling ("detour" → "detor") is turned alike
/// wherever it is written, so it still matches itself.
pub fn american_spelling(word: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let spellings = &lexicon().spellings;
    if let Some(a) = spellings.get(word) {
        return if a == word { Cow::Borrowed(word) } else { Cow::Owned(a.clone()) };
    }
    let turn =
        |head: &str, with: &str, ending: &str| -> Option<Cow<'_, str>> { (head.chars().count() >= 3).then(|| Cow::Owned(format!("{head}{with}{ending}"))) };
    for ending in ISE_ENDINGS {
        for (v, z) in [("is", "iz"), ("ys", "yz")] {
            if let Some(head) = word.strip_suffix(ending).and_then(|w| w.strip_suffix(v)) {
                let base = format!("{head}{v}e");
                if spellings.get(&base).is_some_and(|a| *a == base) {
                    return Cow::Borrowed(word);
                }
                if let Some(t) = turn(head, z, ending) {
                    return t;
                }
            }
        }
    }
    for ending in OUR_ENDINGS {
        if let Some(head) = word.strip_suffix(ending).and_then(|w| w.strip_suffix("our")) {
            if let Some(t) = turn(head, "or", ending) {
                return t;
            }
        }
    }
    Cow::Borrowed(word)
}

/// Synonym groups keyed by the stem of each single-word member, so inflected forms
/// ("mercenaries") find their group.
fn synonym_stems() -> &'static crate::text::lexicon::WordMap {
    static S: OnceLock<crate::text::lexicon::WordMap> = OnceLock::new();
    S.get_or_init(|| {
        let mut m = crate::text::lexicon::WordMap::default();
        // (Sorted as the spelling vocabulary sorts its words, `(&str, usize)`: one copy of the
        // sort in the WebAssembly. The words are distinct, so the number decides nothing.)
        let synonyms = &lexicon().synonyms;
        let mut entries: Vec<(&str, usize)> = synonyms.keys().filter(|w| !w.contains(' ')).map(|w| (w.as_str(), 0)).collect();
        crate::sort_heap(&mut entries); // deterministic winner when two groups share a stem
        for (w, _) in entries {
            if let Some(head) = synonyms.get(w) {
                m.insert_new(stem(w), head.clone());
            }
        }
        m
    })
}

/// The lemma of an irregular form ("took" → "take"), else the word itself.
pub(crate) fn lemma(word: &str) -> &str {
    lexicon().irregular.get(word).map(String::as_str).unwrap_or(word)
}

/// A word as multi-word entries spell it: its [`lemma`], or a regular inflection's stem when
/// that stem starts an entry ("plays a part", "pulled out", "voted down", "setting up" → "play", "pull", "vote",
/// "set"), so a phrase is found in any tense. Only for phrases: "news" would be "new" (as in
/// "New York"), so a word's own key comes from [`lemma`].
pub(crate) fn phrase_lemma(word: &str) -> &str {
    let l = lemma(word);
    if l != word {
        return l;
    }
    let lex = lexicon();
    for x in ["s", "ed", "d", "ing"] {
        let Some(l) = word.strip_suffix(x) else { continue };
        // (A consonant doubled before the ending is one: "stepped down", "setting up",
        // "running out"; not "planted", "warned".)
        let b = l.as_bytes();
        let n = b.len();
        let undoubled = if n > 2 && b[n - 1] == b[n - 2] && b[n - 1].is_ascii_alphabetic() { &l[..n - 1] } else { l };
        for stem in [l, undoubled] {
            if lex.max_phrase_at(stem) > 1 {
                return stem;
            }
        }
    }
    word
}

/// The key of a plain word: its synonym group (if any), stemmed. Memoised: stemming is the
/// costliest step of indexing and news vocabularies repeat a lot.
pub(crate) fn word_key(word: &str) -> String {
    thread_local! {
        static CACHE: std::cell::RefCell<HashMap<String, String>> = std::cell::RefCell::new(HashMap::default());
    }
    if let Some(k) = CACHE.with(|c| c.borrow().get(word).cloned()) {
        return k;
    }
    let key = compute_word_key(word);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 200_000 {
            c.clear(); // bound memory on huge vocabularies
        }
        c.insert(word.to_string(), key.clone());
    });
    key
}

/// The key of a word of letters and digits ("co2", "covid-19", "g7"): itself, unstemmed, or
/// its synonym group's when the lexicon lists it ("co2" is "carbon dioxide").
pub(crate) fn ident_key(w: &str) -> String {
    lexicon().synonyms.get(w).map_or_else(|| w.to_string(), |head| group_key(head))
}

/// [`word_key`] without its memo (for callers with a memo of their own).
pub(crate) fn compute_word_key(word: &str) -> String {
    let lex = lexicon();
    let l = lemma(word);
    if let Some(head) = lex.synonyms.get(l) {
        return group_key(head);
    }
    // A plural's own singular before any stem: stems join words that groups keep apart
    // ("combatants" is "combatant", a fighter, not "combat"; "researchers" not "research").
    if let Some(head) = l.strip_suffix('s').and_then(|w| lex.synonyms.get(w)) {
        return group_key(head);
    }
    let s = stem(l);
    if let Some(head) = synonym_stems().get(&s) {
        return group_key(head);
    }
    s
}

/// Does a synonym group hold the word, in any form (the branches of [`compute_word_key`];
/// a group's head keys as its own stem, so the key alone does not tell)?
pub(crate) fn in_synonym_group(word: &str) -> bool {
    let lex = lexicon();
    let l = lemma(word);
    lex.synonyms.contains_key(l) || l.strip_suffix('s').is_some_and(|w| lex.synonyms.contains_key(w)) || synonym_stems().contains_key(&stem(l))
}

/// The key of a word that no synonym group holds (its stem), else `None`.
pub(crate) fn ungrouped_key(word: &str) -> Option<String> {
    let key = word_key(word);
    (key == stem(lemma(word))).then_some(key)
}

/// The pairs of keys of `data/antonyms.tsv`; a complementary pair also as its key followed by
/// "\u{2}", a converse one followed by "\u{3}" (one table for all: each table type costs the
/// WebAssembly about 0.4 KB).
fn opposite_keys() -> &'static crate::text::lexicon::WordSet {
    static O: OnceLock<crate::text::lexicon::WordSet> = OnceLock::new();
    O.get_or_init(|| {
        let mut set = crate::text::lexicon::WordSet::default();
        for (x, y, mark) in &lexicon().antonyms {
            // Both the word's key (its synonym group, if any) and its plain stem, which is
            // what `degree_base` gives back for "larger" or "smallest".
            for (kx, ky) in [(word_key(x), word_key(y)), (stem(x), stem(y))] {
                let key = pair_key(&kx, &ky);
                match mark.as_str() {
                    "complementary" => set.insert(format!("{key}\u{2}")),
                    "converse" => set.insert(format!("{key}\u{3}")),
                    _ => false,
                };
                set.insert(key);
            }
        }
        set
    })
}

/// Are two keys converse opposites, one act seen from either side, so that the roles traded
/// say the same ("Bram Oil bought Kestrel" / "Kestrel sold to Bram Oil")? Marked so in
/// `data/antonyms.tsv`; not "praised" / "criticised", where the roles traded say something
/// else.
pub fn converse(a: &str, b: &str) -> bool {
    opposite_keys().contains(&format!("{}\u{3}", pair_key(a, b)))
}

/// Are two words complementary opposites, so that one negated says the other: one word with
/// and without a negating prefix ([`negated_form`]: "not effective" says "ineffective"), or a
/// pair marked so in `data/antonyms.tsv` ("did not survive" says "died", "not guilty" says
/// "innocent"; not "did not raise", which says nothing of "cut").
pub fn complementary(a: &str, b: &str) -> bool {
    negated_form(a, b) || opposite_keys().contains(&format!("{}\u{2}", pair_key(&word_key(a), &word_key(b))))
}

/// Does `a` mean the opposite of `b` (as keys: "rais" / "reduc")?
pub fn opposite(a: &str, b: &str) -> bool {
    opposite_keys().contains(&pair_key(a, b))
        || match (degree_base(a, b), degree_base(b, a)) {
            (None, None) => false,
            (x, y) => opposite(x.unwrap_or(a), y.unwrap_or(b)),
        }
}

/// Is one word the other with a negating prefix, in any inflection ("unsafe" / "safe",
/// "disapproved" / "approves", "nonviolent" / "violent", "illegal" / "legal")? Said of the same
/// subject (`Analysed::predicative`), what one says, the other denies. Only un-, non-, dis-, il- and ir-, with at
/// least four letters after them: most words in in-, im- or a- negate nothing ("income",
/// "improve", "amount"), nor do the dis- and un- words of `data/not_negations.txt`
/// ("display", "discover", "unrest").
pub fn prefix_negation(a: &str, b: &str) -> bool {
    prefixed(a, b, &NEGATING_PREFIXES[..6], 4).is_some_and(|long| {
        let own = stem(long);
        !lexicon().not_negations.iter().any(|w| stem(w) == own)
    })
}

/// Is one word the other with any negating prefix ("inactive" / "active", "atypical" /
/// "typical", "unreliable" / "reliable"), in any inflection? Embeddings put such pairs closest
/// of all, and for two words known to be opposites it says they are complementary: "not
/// effective" says "ineffective".
pub fn negated_form(a: &str, b: &str) -> bool {
    prefixed(a, b, &NEGATING_PREFIXES, 1).is_some()
}

/// Prefixes that may negate a word, the surest first.
const NEGATING_PREFIXES: [&str; 9] = ["un", "non", "non-", "dis", "il", "ir", "in", "im", "a"];

/// The longer of two words, where it is the shorter with one of `prefixes` before it (and at
/// least `min` letters after it), both stemmed.
fn prefixed<'w>(a: &'w str, b: &'w str, prefixes: &[&str], min: usize) -> Option<&'w str> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    prefixes.iter().any(|p| long.strip_prefix(p).is_some_and(|rest| rest.len() >= min && stem(rest) == stem(short))).then_some(long)
}

/// An unordered pair of words as one string, "a\u{1}b" with a < b: a set of strings is a hash
/// table the WebAssembly has anyway (each table type costs it about 0.4 KB).
pub fn pair_key(a: &str, b: &str) -> String {
    let (x, y) = if a < b { (a, b) } else { (b, a) };
    format!("{x}\u{1}{y}")
}

/// [`opposite`], with `b` read as a comparative or superlative even against a plain word:
/// "thicker" before "than" is the opposite of "thin" (alone, a lone "-er" may be a doer).
pub fn opposite_as_comparative(a: &str, b: &str) -> bool {
    opposite(a, b) || degree_base(b, "er").is_some_and(|base| opposite(a, base))
}

/// The key of an adjective's superlative, or of its comparative against another comparative or
/// superlative, in its plain degree, as the stemmer keys it ("biggest" → "big", "largest" →
/// "larg", "smaller" → "small" against "larger"), so that the opposites of the plain words cover
/// every degree ("the smallest" is not "the biggest"). A lone "-er" is most often a doer
/// ("winner", "buyer"), and "the winner" does not say the opposite of "lost".
fn degree_base<'a>(key: &'a str, other: &str) -> Option<&'a str> {
    let b = key.as_bytes();
    let cut = if key.ends_with("est") {
        3
    } else if key.ends_with("er") && (other.ends_with("er") || other.ends_with("est")) {
        2
    } else {
        return None;
    };
    let mut end = b.len() - cut;
    if end < 3 {
        return None;
    }
    // "bigg" → "big", "hott" → "hot" (ASCII letters only: the bytes of one multi-byte
    // character may repeat too).
    if b[end - 1] == b[end - 2] && b[end - 1].is_ascii_alphabetic() && b[end - 1] != b'l' && b[end - 1] != b's' {
        end -= 1;
    }
    key.get(..end)
}

pub(crate) fn group_key(head: &str) -> String {
    if head.contains(' ') {
        head.replace(' ', "_")
    } else {
        stem(head)
    }
}

/// The terms of a text for indexing, without cue detection: a cue word ("said") may then
/// count as content, which only adds postings that claims never ask for (a claim's own cue
/// words are not content).
pub fn index_terms(text: &str) -> (Vec<Token>, Vec<Term>) {
    let tokens = tokenize(text);
    let lenient_case = !text.chars().any(char::is_uppercase);
    let terms = find_terms(text, &tokens, &[], lenient_case);
    (tokens, terms)
}

/// The tokens and cue phrases of a text, without its terms (the costly part: keys, names,
/// synonyms): enough to tell whether it denies something, before analysing it fully.
pub fn tokens_and_cues(text: &str) -> Analysed {
    let tokens = tokenize(text);
    let cues = find_cues(&tokens);
    Analysed { tokens, terms: Vec::new(), cues }
}

/// Analyses a text: tokens, terms and cues.
pub fn analyse(text: &str) -> Analysed {
    let tokens = tokenize(text);
    let lenient_case = !text.chars().any(char::is_uppercase);
    let cues = find_cues(&tokens);
    let terms = find_terms(text, &tokens, &cues, lenient_case);
    Analysed { tokens, terms, cues }
}

/// The `n` consecutive word tokens (no punctuation in between) starting at `i`, written into
/// `phrase` joined by single spaces, each word mapped by `word` (the form itself, or its
/// lemma); false when there are not `n` of them. One buffer per text, reused for every
/// phrase tried: this runs for every token of every candidate sentence of a check.
fn word_run(tokens: &[Token], i: usize, n: usize, word: fn(&str) -> &str, phrase: &mut String) -> bool {
    phrase.clear();
    let Some(run) = tokens.get(i..i + n) else { return false };
    for (k, t) in run.iter().enumerate() {
        if !t.is_word() {
            return false;
        }
        if k > 0 {
            phrase.push(' ');
        }
        phrase.push_str(word(&t.norm));
    }
    true
}

fn as_written(w: &str) -> &str {
    w
}

/// Words after "rejected"/"dismissed" that make it a denial of something said: a clause
/// ("dismissed as baseless", "rejected that …"), a pronoun pointing back ("rejected it") or a
/// noun for an idea ("rejected the suggestion"); report nouns count too.
const REJECTED_SAYING: &[&str] =
    &["that", "as", "it", "this", "these", "those", "them", "suggestion", "suggestions", "idea", "notion", "speculation", "story", "stories"];

fn find_cues(tokens: &[Token]) -> Vec<CueHit> {
    let lex = lexicon();
    let mut hits = Vec::new();
    let mut phrase = String::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut matched = 0;
        let longest = if tokens[i].is_word() { lex.max_phrase_at(&tokens[i].norm) } else { 1 };
        for n in (1..=longest).rev() {
            if !word_run(tokens, i, n, as_written, &mut phrase) {
                continue;
            }
            let kinds = lex.cue(&phrase);
            let date = n == 1 && is_month_in_date(tokens, i);
            if !kinds.is_empty() && !date {
                for &kind in kinds {
                    hits.push(CueHit { kind, first: i, last: i + n - 1, phrase: phrase.clone(), act: false });
                }
                matched = n;
                break;
            }
        }
        i += matched.max(1);
    }
    // "no bigger than 30 cm" is a bound ("at most 30", read by the number scan), not a negation
    // of the clause: "The beetle is no bigger than 30 cm" does not deny that it is 25 cm long.
    // ("isn't faster than its predecessor", with no number, stays a negation.)
    // So too the noun "lack of" as the subject or after a preposition ("Lack of sleep impairs
    // memory", "caused by a lack of vitamin C"): it names a deficiency, a thing of its own, and
    // negates nothing said of it. (After a verb it still says there was none, "generated lack of
    // awareness", as the verb does, "the study lacked power".)
    // (One pass: each `retain` closure is a copy of the loop in the WebAssembly.)
    hits.retain(|h| {
        let named = || {
            (0..h.first)
                .rev()
                .find(|&i| !matches!(tokens[i].norm.as_str(), "a" | "the"))
                .is_none_or(|i| !tokens[i].is_word() || lex.is(WordClass::Preposition, &tokens[i].norm))
        };
        h.kind != Cue::Negation
            || !((h.first == h.last && crate::text::numbers::negated_bound(tokens, h.first))
                || (h.phrase == "lack" && tokens.get(h.last + 1).is_some_and(|t| t.norm == "of") && named()))
    });
    // "stopped selling", "ceased publishing": no longer selling, publishing — a negation of the
    // verb after it (Karttunen's implicatives, as "refused to" in the cue list). Not "stopped
    // the convoy": only before an "-ing" word.
    for (i, pair) in tokens.windows(2).enumerate() {
        // ("halted following the blast", "quit pending an inquiry": prepositions, not verbs.)
        let ing = pair[1].is_word() && pair[1].norm.len() > 5 && pair[1].norm.ends_with("ing") && !lex.is(WordClass::Preposition, &pair[1].norm);
        if ing && lex.is(WordClass::Cessation, &pair[0].norm) && !hits.iter().any(|h| h.first <= i && i <= h.last) {
            let at = hits.partition_point(|h| h.first <= i);
            hits.insert(at, CueHit { kind: Cue::Negation, first: i, last: i, phrase: pair[0].norm.clone(), act: true });
        }
    }
    // "Rejects $800 million deal", "dismissed the coach": rejecting or dismissing a thing is an
    // act (the opposite of "approved", "hired"), not a denial of what was said, and stays a
    // content word. Only these two verbs are read so; "denied" and "refuted" deny whatever
    // follows them. Said things: a report noun or `REJECTED_SAYING` word within five words
    // after ("rejected the envoy's assertion", "dismissed as baseless", "rejected it") or six
    // before ("the claims, which Turkey rejected", "an assertion rejected by …").
    let said = |t: &Token| lex.is(WordClass::ReportNoun, &t.norm) || REJECTED_SAYING.contains(&t.norm.as_str());
    for h in hits.iter_mut().filter(|h| h.kind == Cue::Denial && (h.phrase.starts_with("reject") || h.phrase.starts_with("dismiss"))) {
        let after = tokens.iter().skip(h.last + 1).take(5).any(said);
        let before = tokens[..h.first].iter().rev().take(6).any(|t| said(t) || t.norm == "which");
        h.act = !(after || before);
    }
    hits
}

/// A month name used as one ("born 14 May 1961", "in May 2020", "on May 3"; a capital after
/// the first word): then "May" is a date, not the hedge "may".
fn is_month_in_date(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if !lexicon().months.contains_key(&t.norm) {
        return false;
    }
    let number = |j: Option<usize>| j.and_then(|j| tokens.get(j)).is_some_and(|n| n.kind == Kind::Number);
    number(i.checked_sub(1)) || number(Some(i + 1)) || (t.capitalized && i > 0)
}

/// Cue kinds whose words carry attitude rather than content: they never count as matches.
fn is_function_cue(kind: Cue) -> bool {
    matches!(kind, Cue::Negation | Cue::Denial | Cue::Report | Cue::Hedge | Cue::Confirm | Cue::Approx | Cue::Lower | Cue::Upper | Cue::Anaphor | Cue::Falsity)
}

/// `text::index_keys` repeats this for indexing (without cues, from a per-word memo): a
/// change here must be made there too, or the index and the analysis disagree on keys
/// (`the_fast_index_has_the_keys_of_the_full_analysis` compares them, and `store`'s
/// `ANALYSIS_VERSION` must be bumped for index files).
fn find_terms(text: &str, tokens: &[Token], cues: &[CueHit], lenient_case: bool) -> Vec<Term> {
    let lex = lexicon();
    let in_function_cue = |i: usize| cues.iter().any(|c| is_function_cue(c.kind) && !c.act && c.first <= i && i <= c.last);
    // Proper names need a capital (or an all-lowercase text): "turkey" the bird, "us" the pronoun.
    // Short names ("US", "UN") must be in capitals even then: "us", "un-".
    let proper_ok = |first: usize, last: usize| {
        let raw = &text[tokens[first].start..tokens[last].end];
        let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
        if letters <= 3 {
            return raw.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        }
        lenient_case || tokens[first].capitalized
    };
    let mut terms = Vec::new();
    let (mut phrase, mut lemmas) = (String::new(), String::new());
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_word() {
            i += 1;
            continue;
        }
        // Longest multi-word name or phrase first.
        let mut consumed = 0;
        let w0 = tokens[i].norm.as_str();
        let longest = lex.max_phrase_at(w0).max(lex.max_phrase_at(phrase_lemma(w0)));
        for n in (2..=longest).rev() {
            if !word_run(tokens, i, n, as_written, &mut phrase) {
                continue;
            }
            if let Some(t) = proper_ok(i, i + n - 1).then(|| name_term(&phrase, i, i + n - 1)).flatten() {
                terms.push(t);
                consumed = n;
                break;
            }
            word_run(tokens, i, n, phrase_lemma, &mut lemmas);
            let phrase = lemmas.as_str();
            // "fighter jets": a phrase's last word may be plural.
            let singular = phrase.strip_suffix('s').filter(|p| !p.ends_with('s'));
            let group = lex.synonyms.get(phrase).or_else(|| singular.and_then(|p| lex.synonyms.get(p)));
            if let Some(head) = group {
                terms.push(Term { key: group_key(head), also: None, parts: Vec::new(), first: i, last: i + n - 1, content: true, place: None, country: None });
                consumed = n;
                break;
            }
        }
        if consumed > 0 {
            i += consumed;
            continue;
        }
        let tok = &tokens[i];
        let w = tok.norm.as_str();
        // (An ordinal day by its month, "October 2nd", "the 2nd of October", is a day as "2" is.)
        let month = |j: usize| tokens.get(j).is_some_and(|t| t.capitalized && lex.months.contains_key(t.norm.as_str()));
        let day = Some(tok)
            .filter(|t| t.kind == Kind::Ident)
            .and_then(crate::text::numbers::day_of)
            .filter(|_| (i > 0 && month(i - 1)) || month(i + 1) || (tokens.get(i + 1).is_some_and(|t| t.norm == "of") && month(i + 2)));
        if tok.kind == Kind::Number || day.is_some() {
            let key = day.map_or_else(|| w.replace(',', ""), |d| d.to_string());
            terms.push(Term { key, also: None, parts: Vec::new(), first: i, last: i, content: false, place: None, country: None });
        } else if let Some(t) = proper_ok(i, i).then(|| name_term(w, i, i)).flatten() {
            terms.push(t);
        } else if tok.kind == Kind::Ident || !w.contains('-') {
            let content = !lex.is_stopword(w) && !in_function_cue(i) && w.chars().count() > 1;
            let key = if tok.kind == Kind::Ident { ident_key(w) } else { word_key(w) };
            terms.push(Term { also: None, key, parts: Vec::new(), first: i, last: i, content, place: None, country: None });
        } else {
            // A hyphenated word not in the lexicon as a whole: its parts ("Nagorno-Karabakh").
            for part in w.split('-').filter(|p| !p.is_empty()) {
                // Short parts are names only in capitals ("Jong-un" has no "UN" in it).
                let raw_part_upper =
                    text[tok.start..tok.end].split('-').any(|p| p.eq_ignore_ascii_case(part) && p.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()));
                let ok = if part.chars().count() <= 3 { raw_part_upper } else { lenient_case || tok.capitalized };
                let t = name_term(part, i, i).filter(|_| ok);
                terms.push(t.unwrap_or_else(|| Term {
                    key: word_key(part),
                    also: None,
                    parts: Vec::new(),
                    first: i,
                    last: i,
                    content: !lex.is_stopword(part) && !in_function_cue(i),
                    place: None,
                    country: None,
                }));
            }
        }
        i += 1;
    }
    terms
}

/// A place, demonym or alias as a term: the place itself, standing also for its country.
pub(crate) fn name_term(name: &str, first: usize, last: usize) -> Option<Term> {
    let lex = lexicon();
    let name = lex.aliases.get(name).map(String::as_str).unwrap_or(name);
    let parts = |key: &str| -> Vec<String> {
        if !key.contains([' ', '-']) {
            return Vec::new();
        }
        key.split([' ', '-']).filter(|w| w.len() >= 4 && !lex.generic_name_words.contains(w) && !lex.is_stopword(w)).map(str::to_string).collect()
    };
    if let Some(p) = lex.place(name) {
        // A capital is its country's metonym: "Ankara" and "Turkey" share a key both ways; its
        // own name stays available to place comparisons through `also`.
        if p.capital {
            return Some(Term {
                key: p.country.clone(),
                also: Some(name.to_string()),
                parts: Vec::new(),
                first,
                last,
                content: true,
                place: Some(p.kind),
                country: Some(p.country.as_str()),
            });
        }
        let also = (p.kind != PlaceKind::Country && p.country != name).then(|| p.country.clone());
        return Some(Term {
            key: name.to_string(),
            also,
            parts: parts(name),
            first,
            last,
            content: true,
            place: Some(p.kind),
            country: Some(p.country.as_str()),
        });
    }
    if let Some(country) = lex.demonyms.get(name) {
        let key = country.clone();
        return Some(Term {
            parts: parts(&key),
            country: Some(country.as_str()),
            key,
            also: None,
            first,
            last,
            content: true,
            place: Some(PlaceKind::Country),
        });
    }
    if lex.aliases.contains_key(name) || lex.canonical_names.contains(name) {
        // An organisation or other named entity with known variants.
        return Some(Term { key: name.to_string(), also: None, parts: parts(name), first, last, content: true, place: None, country: None });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        analyse(s).terms.into_iter().filter(|t| t.content).map(|t| t.key).collect()
    }

    #[test]
    fn credit_lines_name_newsroom_tasks() {
        assert!(analyse("Reporting by Maria Kannedova; Editing by Tom Hale").is_credit_line());
        assert!(analyse("Additional reporting by Nino Kapanadze in Tbilisi").is_credit_line());
        assert!(!analyse("Judging by the latest data, the vaccine does not cause autism.").is_credit_line());
        assert!(!analyse("Speaking by phone from Baku, the minister denied it.").is_credit_line());
    }

    #[test]
    fn british_and_american_spellings_share_a_key() {
        assert_eq!(keys("recognises"), keys("recognized"));
        assert_eq!(keys("organisation"), keys("organizations"));
        assert_eq!(keys("coloured"), keys("color"));
        assert_eq!(keys("centres"), keys("center"));
        assert_eq!(keys("analysed"), keys("analyzes"));
        assert_eq!(keys("defence"), keys("defense"));
        // Short words and "-ise" words of both spellings keep theirs: no two words become one,
        // and no word parts from its noun.
        for w in ["rise", "prise", "four", "hour", "flour", "acre", "genre", "timbre", "supervised", "paradise", "improvised"] {
            assert_eq!(american_spelling(w), w);
        }
        assert_ne!(keys("paradise"), keys("parade"));
        assert_eq!(keys("revised"), keys("revision"));
    }

    #[test]
    fn a_word_of_two_senses_keys_by_the_sense_its_form_shows() {
        // "shipped arms" says "sent weapons"; the ship that sailed is a vessel, and armed
        // groups carry no arms of the claim's.
        assert_eq!(keys("shipped arms"), keys("sent weapons"));
        assert_eq!(keys("shipping"), keys("dispatching"));
        assert_eq!(keys("the ship"), keys("the vessel"));
        assert_ne!(keys("the ship"), keys("the dispatch"));
        assert_ne!(keys("armed"), keys("arms"));
        assert_ne!(keys("his arm"), keys("his weapon"));
    }

    #[test]
    fn a_plural_keys_as_its_singular_where_stems_join_two_groups() {
        // Snowball stems "combatants" to "combat" (a battle), "researchers" to "research"
        // (a study), "murderers" to "murder" (a killing): the plural of a grouped word is that
        // word.
        assert_eq!(keys("combatants"), keys("fighters"));
        assert_ne!(keys("combatants"), keys("combat"));
        assert_eq!(keys("researchers"), keys("scientists"));
        assert_ne!(keys("researchers"), keys("research"));
        assert_eq!(keys("murderers"), keys("murderer"));
        assert_ne!(keys("murderers"), keys("killed"));
    }

    #[test]
    fn demonyms_capitals_and_variants_share_keys_with_their_country() {
        assert_eq!(keys("Azeri"), keys("Azerbaijan"));
        assert_eq!(keys("Turkish"), keys("Turkey"));
        assert_eq!(keys("Ankara"), keys("Turkey"));
        let gaziantep = &analyse("Gaziantep").terms[0];
        assert_eq!(gaziantep.also.as_deref(), Some("turkey"));
        assert_eq!(keys("the U.S."), keys("the United States"));
        assert_eq!(keys("Nagorny Karabakh"), keys("Nagorno-Karabakh"));
        assert_eq!(analyse("Nagorno-Karabakh").terms[0].parts, ["nagorno", "karabakh"]);
        assert!(analyse("the United States").terms.iter().all(|t| t.parts.is_empty()));
    }

    #[test]
    fn opposites_hold_in_every_degree() {
        let k = |w: &str| word_key(w);
        assert!(opposite(&k("smallest"), &k("biggest")));
        assert!(opposite(&k("larger"), &k("smaller")));
        assert!(opposite(&k("hottest"), &k("cold")));
        assert!(!opposite(&k("largest"), &k("biggest")));
        assert!(!opposite(&k("winner"), &k("lose")), "a lone -er is a doer, not a degree");
        // … unless it is read as a comparative (before "than").
        assert!(opposite_as_comparative(&k("thin"), &k("thicker")));
        assert!(!opposite_as_comparative(&k("thick"), &k("thicker")));
        assert!(!opposite(&k("丸er"), &k("丸est")), "no panic inside a multi-byte character");
    }

    #[test]
    fn a_negating_prefix_makes_an_opposite_in_any_inflection() {
        assert!(prefix_negation("unsafe", "safe") && prefix_negation("safe", "unsafe"));
        assert!(prefix_negation("disapproved", "approves"));
        assert!(prefix_negation("illegal", "legal") && prefix_negation("nonviolent", "violent"));
        // Most in-, im- and a- words negate nothing; nor do the listed dis- and un- words.
        assert!(!prefix_negation("income", "come") && !prefix_negation("improved", "proved"));
        assert!(!prefix_negation("discovered", "covered") && !prefix_negation("displays", "play"));
        assert!(!prefix_negation("unrest", "rest"));
        // Too little left after the prefix to be a word of its own.
        assert!(!prefix_negation("unit", "it") && !prefix_negation("dismay", "may"));
        // Any prefix, for two words known to be opposites.
        assert!(negated_form("ineffective", "effective") && negated_form("atypical", "typical"));
        assert!(!negated_form("effective", "affective"));
    }

    #[test]
    fn the_month_may_is_not_the_hedge_may() {
        for date in ["Roth (born 14 May 1961) is an English actor.", "The talks resumed in May 2020.", "On May 3 the talks resumed.", "Talks resumed in May."] {
            assert!(!analyse(date).has_cue(Cue::Hedge), "{date}");
        }
        for hedge in ["Turkey may have sent fighters.", "May Turkey have sent fighters?", "Fighters may arrive on 3 June."] {
            assert!(analyse(hedge).has_cue(Cue::Hedge), "{hedge}");
        }
    }

    #[test]
    fn inflections_and_synonyms_share_keys() {
        assert_eq!(keys("mercenaries"), keys("militants"));
        assert_eq!(keys("sent"), keys("sending"));
        assert_eq!(keys("fighters"), keys("fighter"));
        // A relational adjective says its noun ("the lunar surface": the Moon's), but "solar"
        // stays apart from "Sun": "the Solar System" is not the Sun.
        assert_eq!(keys("lunar"), keys("moon"));
        assert_eq!(keys("cardiac"), keys("hearts"));
        assert_ne!(keys("solar"), keys("sun"));
        // What "government forces" do, the army does; an airline is no airliner, so no plane.
        assert_eq!(keys("government forces"), keys("the army"));
        assert_eq!(keys("government troops"), keys("military"));
        assert_ne!(keys("airline"), keys("jet"));
        // Fighting that broke out erupted: the date of one is the date of the other.
        assert_eq!(keys("fighting broke out"), keys("fighting erupted"));
        // (Not what a flare or a conductor does: a review found "protests flared up" dated
        // against "the volcano erupted", "conducted experiments" read as behaviour.)
        assert_ne!(keys("clashes flared up"), keys("clashes erupted"));
        assert_ne!(keys("conducted"), keys("behaviour"));
        assert_eq!(keys("wholly unacceptable"), keys("wholly inadmissible"));
        // Forms the stemmer cuts short of their verb ("sued" → "su") share its key: "Former
        // manager sues actor" and "the actor is suing his manager" are the same act.
        for (a, b) in [("sues", "suing"), ("sue", "sued"), ("frees", "freed")] {
            assert_eq!(keys(a), keys(b), "{a} / {b}");
        }
    }

    #[test]
    fn a_word_keeps_its_own_key_when_a_phrase_starts_with_its_stem() {
        // "new" starts "New York"; stripping a phrase's tense must not make "news" "new".
        assert_eq!(compute_word_key("news"), stem("news"));
        assert_ne!(keys("The news broke."), keys("The new broke."));
    }

    #[test]
    fn a_phrase_is_found_in_any_tense() {
        // "pull out" is in the withdraw group: every regular form of its verb finds it.
        for said in ["The army pulls out.", "The army pulled out.", "The army is pulling out."] {
            assert_eq!(keys(said), keys("The army withdraws."), "{said}");
        }
        // An irregular verb's phrase too: a plane "brought down" was shot down.
        assert_eq!(keys("A jet brought down the plane."), keys("A jet shot down the plane."));
    }

    #[test]
    fn stop_words_and_cue_words_are_not_content() {
        assert_eq!(keys("Turkey has not denied it said the plan"), ["turkey", "plan"]);
    }

    #[test]
    fn lowercase_common_words_are_not_mistaken_for_places() {
        assert!(analyse("We ate turkey").terms.iter().all(|t| t.place.is_none()));
        assert!(analyse("We flew to Turkey").terms.iter().any(|t| t.place.is_some()));
        assert!(analyse("send us help").terms.iter().all(|t| t.place.is_none()));
    }
}
