//! The lexicons in `data/`, embedded at compile time and parsed once. Each file is general
//! knowledge (see data/README.md for sources); none is written for a particular corpus.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// What level of place a name is (`data/places.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A country (or a territory listed as one).
    Country,
    /// A city, national capitals included.
    City,
    /// A region: a state, province or other first-level division.
    Region,
}

/// A known place: its level and the country it belongs to.
#[derive(Debug, Clone)]
pub struct Place {
    /// Country, city or region.
    pub kind: PlaceKind,
    /// The country it is in (for a country, its own name).
    pub country: String,
    /// A national capital: in news it stands for its country ("Ankara said").
    pub capital: bool,
}

/// What a number word is: "three", "dozens", "third".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    /// An exact number ("three", "million").
    Plain,
    /// An indefinite amount known only to its order of magnitude ("dozens", "hundreds"); read
    /// as its listed value up to 4.5 times that.
    Vague,
    /// A position in a sequence ("third"), compared only with ordinals.
    Ordinal,
}

/// Kinds of cue phrase (data/cues.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// Negates what follows ("not", "never", "nobody").
    Negation,
    /// Someone denies something ("denied", "rejects").
    Denial,
    /// A reporting verb: someone says something ("said", "told", "according to").
    Report,
    /// Qualifies a statement as uncertain ("may", "reportedly", "unconfirmed").
    Hedge,
    /// Says an act is intended or expected, not that it happened ("plans to", "is expected
    /// to", "threatened to").
    Intent,
    /// Says an act did not succeed ("failed", "repelled").
    Failure,
    /// An attempt ("tried", "attempted"): with a failure after it, what was attempted did not
    /// happen.
    Attempt,
    /// Before a number, makes it approximate ("about", "nearly").
    Approx,
    /// Before a number, a lower bound ("more than", "at least").
    Lower,
    /// Before a number, an upper bound ("fewer than", "up to").
    Upper,
    /// Refers back to something said before ("this", "the claim"): lets a denial point to the
    /// previous sentence.
    Anaphor,
    /// Introduces a closed list whose members are all named ("co-chaired by", "led by").
    Closed,
    /// Confirms or admits something ("confirmed", "admitted").
    Confirm,
    /// Calls what is reported false ("a hoax", "incorrect", "fake"): "reports that X are
    /// false" refutes X as a denial does.
    Falsity,
    /// Says an act did not or does not take place without negating a clause: withdrawing,
    /// calling off, ruling out ("withdraws from Wimbledon", "Saturday bout scrapped"). Stays a
    /// content word.
    Absence,
    /// Says a state goes on ("still together", "remains closed"): that it did not change.
    /// Stays a content word.
    Continuation,
    /// Says a finding does not show cause and effect ("may reflect other factors", "in mice"):
    /// no support for a claim that one thing causes another. Stays a content word.
    Caveat,
}

impl Cue {
    fn parse(s: &str) -> Option<Cue> {
        Some(match s {
            "negation" => Cue::Negation,
            "denial" => Cue::Denial,
            "report" => Cue::Report,
            "hedge" => Cue::Hedge,
            "intent" => Cue::Intent,
            "failure" => Cue::Failure,
            "attempt" => Cue::Attempt,
            "approx" => Cue::Approx,
            "lower" => Cue::Lower,
            "upper" => Cue::Upper,
            "anaphor" => Cue::Anaphor,
            "closed" => Cue::Closed,
            "confirm" => Cue::Confirm,
            "falsity" => Cue::Falsity,
            "absence" => Cue::Absence,
            "continuation" => Cue::Continuation,
            "caveat" => Cue::Caveat,
            _ => return None,
        })
    }
}

/// Closed classes of function words (`data/word_classes.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// A pronoun that can be a speaker ("he said").
    SubjectPronoun,
    /// A personal pronoun that stands for a named person.
    PersonPronoun,
    /// Starts a noun phrase ("the claim").
    Determiner,
    /// Names a statement that can be denied ("claims", "reports").
    ReportNoun,
    /// May stand between a subject and its verb ("has", "also").
    Aux,
    /// Ends a subject noun phrase when walking back from a verb ("that", "which").
    Boundary,
    /// Starts a time or manner phrase ("on", "yesterday").
    TimeOpener,
    /// May stand between a preposition and a place ("northern").
    PlaceModifier,
    /// A kind of place that "of" and a name specify ("the city of Adana").
    PlaceNoun,
    /// After "not", emphasis rather than negation ("only").
    Emphasis,
    /// Counts nothing by itself ("percent").
    Unit,
    /// Links a unit to what it counts ("of").
    OfLink,
    /// Starts another predicate or clause ("or", "despite"): a negation's scope ends there.
    Coordinator,
    /// A preposition: never the last word of a speaker ("… continues in the").
    Preposition,
    /// A form of "be": a participle after it is passive ("was denied" names no denier).
    PassiveBe,
    /// Before an "-ing" verb, says it no longer happens ("stopped selling").
    Cessation,
    /// A verb or adverb of change ("rose", "cut", "up"): "rose from 5 to 11" is a change, not a
    /// range.
    Change,
    /// Names a day relative to now ("today", "yesterday"): when, never who.
    DayWord,
    /// Between a negation and what it negates, only that it was looked for ("not found any
    /// evidence of life").
    EvidenceWord,
    /// Before "than" and a count, a lower bound ("taller than 300 metres").
    MoreDegree,
    /// Before "than" and a count, an upper bound ("shorter than 300 metres").
    LessDegree,
    /// Causing or affecting ("leads", "raises", "risk"): who acts on whom is a role.
    Cause,
    /// Moving something from one place to another ("shipped", "flights").
    Movement,
    /// Between cause and effect, turns the order round ("by", "with", "during").
    Turn,
    /// Gives "as … as" a direction ("twice", "times").
    Multiple,
    /// Turns a comparison round ("less", "half").
    ScaleDown,
    /// Says a comparison was only believed ("thought", "once").
    Belief,
    /// A preposition of when or where, not of who did what to whom ("in", "during").
    Setting,
    /// Part of a comparison's scale before its adjective ("more", "about").
    Scale,
    /// A falsity word said of a statement only as its predicate ("discredited").
    ShownFalse,
    /// Completes a phrasal verb ("shot down", "taken over"): "was shot down by" is a passive.
    Particle,
}

// The classes are bits of a u32 (`Lexicon::word_classes`): this, the last, is the 32nd. A
// class more needs a u64 there.
const _: () = assert!((WordClass::Particle as u32) < 32);

impl WordClass {
    fn parse(s: &str) -> Option<WordClass> {
        Some(match s {
            "subject_pronoun" => WordClass::SubjectPronoun,
            "person_pronoun" => WordClass::PersonPronoun,
            "determiner" => WordClass::Determiner,
            "report_noun" => WordClass::ReportNoun,
            "aux" => WordClass::Aux,
            "boundary" => WordClass::Boundary,
            "time_opener" => WordClass::TimeOpener,
            "place_modifier" => WordClass::PlaceModifier,
            "place_noun" => WordClass::PlaceNoun,
            "emphasis" => WordClass::Emphasis,
            "unit" => WordClass::Unit,
            "of_link" => WordClass::OfLink,
            "coordinator" => WordClass::Coordinator,
            "preposition" => WordClass::Preposition,
            "passive_be" => WordClass::PassiveBe,
            "cessation" => WordClass::Cessation,
            "change" => WordClass::Change,
            "day_word" => WordClass::DayWord,
            "evidence_word" => WordClass::EvidenceWord,
            "more_degree" => WordClass::MoreDegree,
            "less_degree" => WordClass::LessDegree,
            "cause" => WordClass::Cause,
            "movement" => WordClass::Movement,
            "turn" => WordClass::Turn,
            "multiple" => WordClass::Multiple,
            "scale_down" => WordClass::ScaleDown,
            "belief" => WordClass::Belief,
            "setting" => WordClass::Setting,
            "scale" => WordClass::Scale,
            "shown_false" => WordClass::ShownFalse,
            "particle" => WordClass::Particle,
            _ => return None,
        })
    }
}

/// Every word list of `data/`, parsed into lookup tables; get it with [`lexicon`].
pub struct Lexicon {
    /// Words too common to count as content when matching (`data/stopwords.txt`).
    pub stopwords: WordSet,
    /// Place name (possibly several words) → its place in `place_values` (see
    /// [`Lexicon::place`]; an index, as for `numbers`).
    pub places: HashMap<String, u32>,
    /// Kind and country of each place name.
    pub place_values: Vec<Place>,
    /// Demonym or adjective → country ("azeri" → "azerbaijan").
    pub demonyms: WordMap,
    /// Abbreviation or variant → canonical name ("u.s." → "united states").
    pub aliases: WordMap,
    /// The canonical names aliases point to.
    pub canonical_names: WordSet,
    /// Lemma or phrase → the first member of its synonym group.
    pub synonyms: WordMap,
    /// Pairs of opposite words, as written in data/antonyms.tsv, with their mark: "complementary"
    /// (nothing between them: "alive" / "dead"), "converse" (the same act seen from the other
    /// side: "buy" / "sell"), or none.
    pub antonyms: Vec<(String, String, String)>,
    /// Irregular inflection → lemma ("sent" → "send").
    pub irregular: WordMap,
    /// British spelling → American, for words no rule turns ("defence" → "defense";
    /// `data/spellings.tsv`, used by `analyze::american_spelling`).
    pub spellings: WordMap,
    /// The irregular noun plurals among them ("people", "children"; not "known").
    pub plurals: WordSet,
    /// Abbreviations whose period does not end a sentence ("mr", "sept"), without the period.
    pub abbreviations: WordSet,
    /// Cue phrase → its kinds' place in `cue_kinds` (see [`Lexicon::cue`]). (An index, as for
    /// `numbers`: a map of a type the lexicon has anyway.)
    pub cues: HashMap<String, u32>,
    /// The kinds of each cue phrase.
    pub cue_kinds: Vec<Vec<Cue>>,
    /// Number word → its place in `number_values` (see [`Lexicon::number`]). (An index, not
    /// the value: a map of a type the lexicon has anyway costs the wasm no hash table.)
    pub numbers: HashMap<String, u32>,
    /// Value and kind of each number word.
    pub number_values: Vec<(f64, NumKind)>,
    /// Month name or abbreviation → its number, 1 to 12 ("sept" → 9).
    pub months: HashMap<String, u32>,
    /// Function words → the classes they belong to, as a bit set (`1 << class`; u32, as
    /// `months`, so the WebAssembly carries one map type for both).
    pub word_classes: HashMap<String, u32>,
    /// Weekday names ("monday") → 0 for Monday to 6 for Sunday, in `data/weekdays.txt`'s order:
    /// dates, not names.
    pub weekdays: HashMap<String, u32>,
    /// Lowercase line prefixes that mark page debris rather than article text ("please enter
    /// your comment").
    pub boilerplate: WordSet,
    /// Words of multi-word place names too generic to stand for the place.
    pub generic_name_words: WordSet,
    /// Words of asymmetric relations ("beat", "acquired", "than"): "X beat Y" rules out
    /// "Y beat X" (`data/asymmetric.txt`).
    pub asymmetric: WordSet,
    /// Words with a negating prefix that do not negate their rest ("display", "discover";
    /// `data/not_negations.txt`).
    pub not_negations: WordSet,
    /// Nouns that count persons (`data/person_nouns.txt`): "residents" are counted people.
    pub person_nouns: WordSet,
    /// Words of roles one person holds alone ("invented", "won", "appointed";
    /// `data/sole_roles.txt`) → their group's line number, plus [`SENTENCE_ONLY`] or
    /// [`CLAIM_ONLY`] for a word that counts on one side only ("goes to" in a sentence):
    /// another person in the role of the claim's group contradicts the claim's.
    pub sole_roles: HashMap<String, u32>,
    /// Nouns a nationality names a subject or kind of ("French language teacher";
    /// `data/nationality_subjects.txt`): no nationality of what the phrase ends with.
    pub nationality_subjects: WordSet,
    /// First word of a multi-word entry → the longest such entry, in words. (u32, not usize:
    /// one map type fewer for the WebAssembly to carry, with `months`.)
    pub phrase_starts: HashMap<String, u32>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// Marks a word of `data/sole_roles.txt` that counts only in the sentence (after "|").
pub const SENTENCE_ONLY: u32 = 1 << 31;
/// Marks a word of `data/sole_roles.txt` that counts only in the claim (before a "|").
pub const CLAIM_ONLY: u32 = 1 << 30;

const ABBREVIATIONS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/abbreviations.txt"));
const ALIASES_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/aliases.tsv"));
const ANTONYMS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/antonyms.tsv"));
const ASYMMETRIC_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/asymmetric.txt"));
const NOT_NEGATIONS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/not_negations.txt"));
const BOILERPLATE_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/boilerplate.txt"));
const CUES_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/cues.tsv"));
const DEMONYMS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/demonyms.tsv"));
const GENERIC_NAME_WORDS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/generic_name_words.txt"));
const IRREGULAR_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/irregular.tsv"));
const MONTHS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/months.tsv"));
const WEEKDAYS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/weekdays.txt"));
const WORD_CLASSES_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/word_classes.tsv"));
const NUMBERS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/numbers.tsv"));
const PERSON_NOUNS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/person_nouns.txt"));
const NATIONALITY_SUBJECTS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/nationality_subjects.txt"));
const SOLE_ROLES_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/sole_roles.txt"));
const PLACES_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/places.tsv"));
const SPELLINGS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/spellings.tsv"));
const STOPWORDS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/stopwords.txt"));
const SYNONYMS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/synonyms.txt"));

/// Every lexicon file, for fingerprinting what an index was built with.
pub const SOURCES: &[&str] = &[
    ABBREVIATIONS_TXT,
    ALIASES_TSV,
    ANTONYMS_TSV,
    BOILERPLATE_TXT,
    CUES_TSV,
    DEMONYMS_TSV,
    GENERIC_NAME_WORDS_TXT,
    IRREGULAR_TSV,
    MONTHS_TSV,
    PERSON_NOUNS_TXT,
    WEEKDAYS_TXT,
    WORD_CLASSES_TSV,
    NUMBERS_TSV,
    PLACES_TSV,
    SPELLINGS_TSV,
    STOPWORDS_TXT,
    SYNONYMS_TXT,
];

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::load)
}

/// A set of words: a map to nothing of the `String`-keyed map type the lexicon has anyway
/// (a set type of its own compiled one more hash table into the WebAssembly: 0.5 KB gzip).
#[derive(Debug, Clone, Default)]
pub struct WordSet(HashMap<String, u32>);

impl WordSet {
    /// Is `w` in the set?
    pub fn contains(&self, w: &str) -> bool {
        self.0.contains_key(w)
    }

    /// Adds `w`; false if it was there already.
    pub fn insert(&mut self, w: String) -> bool {
        self.0.insert(w, 0).is_none()
    }

    /// The words, in no order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.keys()
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// No words at all?
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> WordSet {
        let mut set = WordSet::default();
        for w in iter {
            set.insert(w);
        }
        set
    }
}

/// Words mapped to words: the `String`-keyed map type the lexicon has anyway, to a place in a
/// list of values (a map type of its own compiled one more hash table into the WebAssembly).
#[derive(Debug, Clone, Default)]
pub struct WordMap {
    at: HashMap<String, u32>,
    values: Vec<String>,
}

impl WordMap {
    /// The word `k` maps to.
    pub fn get(&self, k: &str) -> Option<&String> {
        self.at.get(k).map(|&i| &self.values[i as usize])
    }

    /// Does `k` map to a word?
    pub fn contains_key(&self, k: &str) -> bool {
        self.at.contains_key(k)
    }

    /// Maps `k` to `v` unless it maps to a word already.
    pub fn insert_new(&mut self, k: String, v: String) {
        if !self.at.contains_key(&k) {
            self.at.insert(k, self.values.len() as u32);
            self.values.push(v);
        }
    }

    /// The words mapped, in no order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.at.keys()
    }

    /// The words mapped to, in no order.
    pub fn values(&self) -> impl Iterator<Item = &String> {
        self.at.values().map(|&i| &self.values[i as usize])
    }
}

/// (Where a word is listed twice, its first line wins.)
impl FromIterator<(String, String)> for WordMap {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> WordMap {
        let mut map = WordMap::default();
        for (k, v) in iter {
            map.insert_new(k, v);
        }
        map
    }
}

/// Non-comment, non-blank lines of a data file.
/// The trimmed lines of a word list, as a set. (One function for every list: a chain written
/// at each is compiled into the WebAssembly once per list.)
fn word_set(data: &'static str) -> WordSet {
    let mut set = WordSet::default();
    for l in lines(data) {
        set.insert(l.trim().to_string());
    }
    set
}

/// The first two fields of each line of a two-column list, in file order.
fn two_columns(data: &'static str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for f in pairs(data) {
        out.push((f[0].to_string(), f[1].to_string()));
    }
    out
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// The tab-separated fields of each line. A first field `a|b|c` (build.rs ships runs of lines
/// that differ only there as one line) gives one line for each of its parts.
/// (A plain loop into one `Vec`: an iterator chain here is compiled once per caller, ~2 KB of
/// WebAssembly.)
fn pairs(data: &'static str) -> std::vec::IntoIter<Vec<&'static str>> {
    let mut out = Vec::new();
    for l in lines(data) {
        let f: Vec<&str> = l.split('\t').map(str::trim).collect();
        if f.len() < 2 {
            continue;
        }
        for first in f[0].split('|') {
            let mut g = f.clone();
            g[0] = first.trim();
            out.push(g);
        }
    }
    out.into_iter()
}

impl Lexicon {
    fn load() -> Lexicon {
        let stopwords = word_set(STOPWORDS_TXT);
        let (mut places, mut place_values): (HashMap<String, u32>, Vec<Place>) = Default::default();
        // Grouped by build.rs: `country<TAB>kind=name,name…<TAB>…`, each name once; kinds
        // `k`ountry, `c`apital, ci`t`y, `r`egion; no `k=` group: the country is its own entry.
        for f in pairs(PLACES_TSV) {
            let groups: Vec<(&str, &str)> = f[1..].iter().filter_map(|g| g.split_once('=')).collect();
            let implied = (!groups.iter().any(|(k, _)| *k == "k")).then_some(("k", f[0]));
            for (kind_name, names) in implied.into_iter().chain(groups) {
                let kind = match kind_name {
                    "k" => PlaceKind::Country,
                    "t" | "c" => PlaceKind::City,
                    _ => PlaceKind::Region,
                };
                for name in names.split(',').filter(|n| !n.is_empty()) {
                    // (build.rs ships "rostov-on-don" without its spaced copy: the same place.)
                    for n in [name.to_string(), name.replace('-', " ")] {
                        places.entry(n).or_insert(place_values.len() as u32);
                    }
                    place_values.push(Place { kind, country: f[0].to_string(), capital: kind_name == "c" });
                }
            }
        }
        let demonyms = two_columns(DEMONYMS_TSV).into_iter().collect();
        let aliases: WordMap = two_columns(ALIASES_TSV).into_iter().collect();
        let irregular = two_columns(IRREGULAR_TSV).into_iter().collect();
        let spellings = two_columns(SPELLINGS_TSV).into_iter().collect();
        let mut plurals = WordSet::default();
        for f in pairs(IRREGULAR_TSV) {
            if f.get(2) == Some(&"plural") {
                plurals.insert(f[0].to_string());
            }
        }
        let mut synonyms = WordMap::default();
        for l in lines(SYNONYMS_TXT) {
            let group: Vec<&str> = l.split(',').map(str::trim).filter(|w| !w.is_empty()).collect();
            if let Some(head) = group.first() {
                for w in &group {
                    synonyms.insert_new(w.to_string(), head.to_string());
                }
            }
        }
        // (Written without their final period, as the file says.)
        let abbreviations = word_set(ABBREVIATIONS_TXT);
        let (mut cues, mut cue_kinds): (HashMap<String, u32>, Vec<Vec<Cue>>) = Default::default();
        for f in pairs(CUES_TSV) {
            if let Some(kind) = Cue::parse(f[1]) {
                let i = *cues.entry(f[0].to_string()).or_insert_with(|| {
                    cue_kinds.push(Vec::new());
                    cue_kinds.len() as u32 - 1
                });
                let e = &mut cue_kinds[i as usize];
                if !e.contains(&kind) {
                    e.push(kind);
                }
            }
        }
        // (Maps of words to numbers filled by plain loops: a `collect` into the map type is
        // compiled once per iterator type.)
        let (mut numbers, mut number_values) = (HashMap::default(), Vec::new());
        for f in pairs(NUMBERS_TSV) {
            let kind = match f.get(2) {
                Some(&"vague") => NumKind::Vague,
                Some(&"ordinal") => NumKind::Ordinal,
                _ => NumKind::Plain,
            };
            if let Some(v) = crate::text::numbers::decimal(f[1]) {
                numbers.insert(f[0].to_string(), number_values.len() as u32);
                number_values.push((v, kind));
            }
        }
        let mut months = HashMap::default();
        for f in pairs(MONTHS_TSV) {
            if let Ok(m) = f[1].parse() {
                months.insert(f[0].to_string(), m);
            }
        }
        let mut weekdays = HashMap::default();
        for (i, l) in lines(WEEKDAYS_TXT).enumerate() {
            weekdays.insert(l.trim().to_string(), i as u32);
        }
        // ("claim words | sentence words", or one set for both.)
        let mut sole_roles = HashMap::default();
        for (g, l) in lines(SOLE_ROLES_TXT).enumerate() {
            let (claim, sentence, claim_bit) = match l.split_once('|') {
                Some((c, s)) => (c, s, CLAIM_ONLY),
                None => (l, "", 0),
            };
            for (words, bit) in [(claim, claim_bit), (sentence, SENTENCE_ONLY)] {
                for w in words.split_whitespace() {
                    sole_roles.insert(w.to_string(), g as u32 | bit);
                }
            }
        }
        let mut word_classes: HashMap<String, u32> = HashMap::default();
        for f in pairs(WORD_CLASSES_TSV) {
            if let Some(c) = WordClass::parse(f[1]) {
                *word_classes.entry(f[0].to_string()).or_default() |= 1 << c as u32;
            }
        }
        let boilerplate = word_set(BOILERPLATE_TXT);
        let generic_name_words = word_set(GENERIC_NAME_WORDS_TXT);
        let mut canonical_names = WordSet::default();
        for v in aliases.values() {
            canonical_names.insert(v.clone());
        }
        let mut antonyms = Vec::new();
        for f in pairs(ANTONYMS_TSV) {
            antonyms.push((f[0].to_string(), f[1].to_string(), f.get(2).map_or(String::new(), |m| m.to_string())));
        }
        let mut lex = Lexicon {
            stopwords,
            places,
            place_values,
            demonyms,
            aliases,
            canonical_names,
            synonyms,
            antonyms,
            irregular,
            spellings,
            plurals,
            abbreviations,
            cues,
            cue_kinds,
            numbers,
            number_values,
            months,
            word_classes,
            weekdays,
            boilerplate,
            generic_name_words,
            asymmetric: word_set(ASYMMETRIC_TXT),
            not_negations: word_set(NOT_NEGATIONS_TXT),
            person_nouns: word_set(PERSON_NOUNS_TXT),
            nationality_subjects: word_set(NATIONALITY_SUBJECTS_TXT),
            sole_roles,
            phrase_starts: HashMap::default(),
        };
        // For each word that starts a multi-word entry, the longest such entry: phrase lookups
        // are only tried where one can start.
        let mut starts: HashMap<String, u32> = HashMap::default();
        for key in lex.places.keys().chain(lex.aliases.keys()).chain(lex.synonyms.keys()).chain(lex.cues.keys()).chain(lex.demonyms.keys()) {
            let n = key.split(' ').count();
            if n > 1 {
                let first = key.split(' ').next().unwrap_or_default().to_string();
                let e = starts.entry(first).or_insert(1);
                *e = (*e).max(n.min(6) as u32);
            }
        }
        lex.phrase_starts = starts;
        lex
    }

    /// The longest phrase (in words) that can start with `word`; 1 when none.
    pub fn max_phrase_at(&self, word: &str) -> usize {
        self.phrase_starts.get(word).map_or(1, |&n| n as usize)
    }

    /// The cue kinds of a phrase (lowercase words joined by single spaces); empty when it is
    /// no cue.
    pub fn cue(&self, phrase: &str) -> &[Cue] {
        self.cues.get(phrase).map_or(&[], |&i| &self.cue_kinds[i as usize])
    }

    /// The kind and country of place name `name` ("ankara": a capital of Turkey).
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.places.get(name).map(|&i| &self.place_values[i as usize])
    }

    /// The value and kind of number word `w` ("three", "dozens", "million").
    pub fn number(&self, w: &str) -> Option<(f64, NumKind)> {
        self.numbers.get(w).map(|&i| self.number_values[i as usize])
    }

    /// Is `w` a word of this closed class?
    pub fn is(&self, class: WordClass, w: &str) -> bool {
        self.word_classes.get(w).is_some_and(|bits| bits & (1 << class as u32) != 0)
    }

    /// Is `w` (lowercase) a demonym ("azeri", "syrian")?
    pub fn is_demonym(&self, w: &str) -> bool {
        self.demonyms.contains_key(w)
    }

    /// A weekday or month name: when something happened, never who or where.
    pub fn is_time_word(&self, w: &str) -> bool {
        self.weekdays.contains_key(w) || self.months.contains_key(w)
    }

    /// Is `w` (lowercase) a stop word?
    pub fn is_stopword(&self, w: &str) -> bool {
        self.stopwords.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_is_in_two_synonym_groups() {
        // The first group would silently win (see `Lexicon::synonyms`): "ship" once stood in
        // the vessels' group and the verbs of sending, and "shipping arms" never met "sent".
        let mut seen = std::collections::HashSet::new();
        for line in SYNONYMS_TXT.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            for w in line.split(',').map(str::trim) {
                assert!(seen.insert(w), "{w} is in two synonym groups");
            }
        }
    }

    #[test]
    fn abbreviations_are_written_without_their_period() {
        // The loader reads them as written: "Sept." ends no sentence because "sept" is listed.
        let lex = lexicon();
        assert!(lex.abbreviations.contains("sept") && lex.abbreviations.contains("u.s"));
        assert!(lex.abbreviations.iter().all(|a| !a.ends_with('.')), "{:?}", lex.abbreviations.iter().find(|a| a.ends_with('.')));
        assert!(lex.boilerplate.contains("please enter your comment"));
    }

    #[test]
    fn cue_phrases_carry_their_kinds() {
        let lex = lexicon();
        assert!(lex.cue("denied").contains(&Cue::Denial));
        assert!(lex.cue("reportedly").contains(&Cue::Hedge));
        assert!(lex.cue("not").contains(&Cue::Negation));
        let confirmed = lex.cue("confirmed");
        assert!(confirmed.contains(&Cue::Report) && confirmed.contains(&Cue::Confirm), "{confirmed:?}");
        assert!(lex.cue("table").is_empty());
    }

    #[test]
    fn places_demonyms_and_aliases_point_to_their_country() {
        let lex = lexicon();
        assert_eq!(lex.demonyms.get("azeri").map(String::as_str), Some("azerbaijan"));
        assert_eq!(lex.place("ankara").map(|p| p.country.as_str()), Some("turkey"));
        assert_eq!(lex.aliases.get("u.s.").map(String::as_str), Some("united states"));
        assert!(lex.is_stopword("the") && !lex.is_stopword("not"), "negations are never stop words");
    }

    /// build.rs ships places.tsv regrouped and abbreviated: every name must read back as the
    /// source's first line for it says.
    #[test]
    fn the_shipped_places_are_the_source_lines() {
        let lex = lexicon();
        let mut seen = std::collections::HashSet::new();
        let source = include_str!("../../data/places.tsv");
        for l in source.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            if !seen.insert(f[0]) {
                continue;
            }
            let p = lex.place(f[0]).unwrap_or_else(|| panic!("{} missing", f[0]));
            let kind = match f[1] {
                "country" => PlaceKind::Country,
                "region" => PlaceKind::Region,
                _ => PlaceKind::City,
            };
            assert_eq!((p.kind, p.country.as_str(), p.capital), (kind, f[2], f[1] == "capital"), "{l}");
        }
        // Nothing else, but a hyphened name read with spaces ("rostov on don").
        let spaced: std::collections::HashSet<String> = seen.iter().map(|n| n.replace('-', " ")).collect();
        assert!(lex.places.keys().all(|n| seen.contains(n.as_str()) || spaced.contains(n)));
        assert!(lex.place("rostov on don").is_some_and(|p| p.country == "russia"));
    }

    #[test]
    fn multi_word_entries_are_found_from_their_first_word() {
        let lex = lexicon();
        assert!(lex.max_phrase_at("according") >= 2, "'according to' is a report cue");
        assert_eq!(lex.max_phrase_at("zzzz"), 1);
    }
}

#[cfg(test)]
mod word_class_tests {
    use super::*;

    #[test]
    fn every_word_class_line_parses_and_classes_are_closed() {
        for f in pairs(WORD_CLASSES_TSV) {
            assert!(WordClass::parse(f[1]).is_some(), "unknown class {:?}", f[1]);
        }
        let lex = lexicon();
        assert!(lex.is(WordClass::ReportNoun, "allegations") && !lex.is(WordClass::ReportNoun, "fighters"));
        assert!(lex.is(WordClass::Boundary, "that") && lex.is(WordClass::TimeOpener, "that"), "a word may have several classes");
    }
}
