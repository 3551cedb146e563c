//! Claim → evidence candidates. A sentence is a candidate when it shares enough of the claim's
//! content terms, weighted by IDF (coverage = matched weight / claim weight). Denials that
//! point back ("Turkey and Azerbaijan have denied this") inherit the previous sentence's match.

use crate::corpus::Corpus;
use crate::retrieve::index::{Index, IndexedSentence};
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, PlaceKind, WordClass};
use crate::text::utterance::Utterance;
use rustc_hash::FxHashMap as HashMap;

/// Most candidate sentences analysed per check.
pub const MAX_ANALYSED: usize = 100;
/// … and at most this many more that share too little of the claim's wording to be
/// candidates unless paraphrases count (see [`SOFT_LOOKUP_MIN`]).
pub const MAX_PARAPHRASE_ANALYSED: usize = 5;

/// Below this coverage a sentence does not bear on the claim at all.
pub const MENTION_MIN: f32 = 0.34;
/// With the learned model present, sentences from this coverage are also candidates: the
/// model may find a paraphrase the word match missed. Such a weak candidate is shown only if
/// the model takes a position on it.
pub const MODEL_CANDIDATE_MIN: f32 = 0.25;
/// From this coverage a sentence is close enough to take a position on the claim: half of the
/// claim's weight. (0.55 until the twelfth session; once a claim word a one-passage corpus
/// lacks no longer outweighed one it has, 0.5 scored best over all seen sets together: sum of
/// the 14 development figures 10.056 → 10.113, seen seed sets 6–10 +0.18 and pair sets 6–10
/// +0.06 summed; 0.45 left an unrelated newsdesk claim unclean; docs/NLI.md has the sweep.)
pub const STANCE_MIN: f32 = 0.5;
/// A sentence that takes a position must also say much of what the claim says of its names:
/// "Kim Jong-un" alone does not support "Kim Jong-un was executed".
pub const PREDICATE_MIN: f32 = 0.4;
/// … and name at least this share of who and where the claim is about: "police arrested
/// protesters in Asunción" does not support "Swedish police arrested protesters in Stockholm".
pub const NAME_MIN: f32 = 0.34;

/// From this coverage a sentence may be what the denial after it points back to, when that
/// denial is a short sentence of its own ([`POINTER_WORDS`]: "Turkey and Azerbaijan have
/// denied this"); a longer one, a negated claim or one about what someone said needs
/// [`STANCE_MIN`]. (A claim in other
/// words than its report — "back" for "support", "parts" for "areas" — falls under
/// [`STANCE_MIN`] while its denial is still plain.)
pub const LINK_MIN: f32 = 0.4;
/// Most words of a denial sentence that points back from below [`STANCE_MIN`].
pub const POINTER_WORDS: usize = 8;

/// From this cosine of their embeddings, a sentence word stands for a claim word the
/// sentence does not use ("absorb" for "take", "biggest" for "largest"): learned paraphrase,
/// where the lexicon's synonym groups end. High, because such embeddings also put some
/// opposites close ("alive" / "dead" 0.64), and the antonym list catches only the known ones.
pub const SOFT_MIN: f32 = 0.75;
/// With paraphrase matching, the least coverage the postings' estimate (exact words only)
/// must show before a sentence is analysed; the analysed match must still reach the
/// candidate minimum.
pub const SOFT_LOOKUP_MIN: f32 = 0.15;

/// A word's embedding (int8; only its direction counts), if the learned model knows the word
/// (`NliModel::word_vector`).
pub type WordVectors<'a> = &'a dyn Fn(&str) -> Option<&'a [i8]>;

/// What the learned model's file knows of words, for matching a claim word said in other
/// words: embeddings, and the file's word links (WordNet synonyms and derivations, keyed by
/// word key: `NliModel::word_links`) when it has them.
#[derive(Clone, Copy)]
pub struct Paraphrases<'a> {
    /// Word embeddings.
    pub vectors: WordVectors<'a>,
    /// Word links, if the model file has them.
    pub links: Option<&'a crate::nli::WordLinks>,
}

/// One distinct content term of a claim, with every place it occurs and what matching and the
/// conflict rules need to know of it.
#[derive(Debug, Clone)]
pub struct ClaimTerm {
    /// The comparable form a sentence term must share (`Term::key`).
    pub key: String,
    /// The term's other key (`Term::also`): a city's or region's country, a capital's own name,
    /// a word's broader group.
    pub also: Option<String>,
    /// Distinctive words of a multi-word name, by which a shorter reference matches it
    /// ("Karabakh" for "Nagorno-Karabakh").
    pub parts: Vec<String>,
    /// For a place or demonym: its level.
    pub place: Option<PlaceKind>,
    /// For places: their country, and which place they are at their own level.
    pub country: Option<String>,
    /// Which place it is at its own level: a capital's own name, though its key is its
    /// country (`Term::place_id`).
    pub place_id: String,
    /// The preposition before the term, if any ("in", "to", "from" …).
    pub preposition: Option<String>,
    /// Token ranges in the claim where this key occurs.
    pub spans: Vec<(usize, usize)>,
    /// Preceded by a place preposition: where something happened, or went.
    pub locative: bool,
    /// A name (a place, or a capitalised word inside the claim): who or where the claim is
    /// about, as opposed to what it says of them.
    pub name: bool,
}

impl ClaimTerm {
    /// The country key a place term stands for: its country, or for a country its own key.
    pub fn country_key(&self) -> &str {
        self.country.as_deref().unwrap_or(&self.key)
    }

    /// Does a sentence term say this? The same key, a place within it ("Ankara" for "Turkey"),
    /// a short form of a multi-word name ("Karabakh" ~ "Nagorno-Karabakh"), or the general word
    /// for this specific one ("jet" for "warplane": measured on the development sets, seed
    /// blind4 +0.029, pairs1 -0.011).
    pub fn matches(&self, t: &crate::text::analyze::Term) -> bool {
        t.key == self.key
            || t.also.as_deref() == Some(self.key.as_str())
            || t.parts.contains(&self.key)
            || self.parts.contains(&t.key)
            || (self.place.is_none() && self.also.as_deref() == Some(t.key.as_str()))
    }
}

/// A claim, analysed once: its utterance (reachable as if its fields were this struct's —
/// the same analysis every evidence sentence gets) and what matching needs on top of it.
pub struct Claim {
    /// The claim's text and analysis, the same an evidence sentence gets.
    pub utterance: Utterance,
    /// The content terms, one per key, in order of first occurrence; `Hit::matched` and
    /// `negated_terms` index into this.
    pub terms: Vec<ClaimTerm>,
    /// The claim itself is negated ("Turkey did not send …", "Nobody was killed …").
    pub negated: bool,
    /// The claim term a negation applies to: the first word after it that is not a name
    /// (`did not [send]`, `Nobody was [killed]`).
    pub negated_terms: Vec<usize>,
    /// "X said/confirmed/denied that …": the kind of act and the speaker's keys.
    pub attribution: Option<(Cue, Vec<String>)>,
    /// A learned model's embeddings will match paraphrased words ([`SOFT_MIN`]), so the
    /// postings, which know only the words themselves, must let through sentences that share
    /// less of the claim's wording ([`SOFT_LOOKUP_MIN`], one term). Set by the checker.
    pub paraphrases: bool,
    /// The claim's first word is an ordinary English word (the language model's vocabulary
    /// knows it: "Smoking", "Regular"), set by the checker when a model is loaded. Its capital
    /// is then the sentence's, not a name's, when the corpus never uses the word at all.
    pub first_word_ordinary: bool,
}

impl std::ops::Deref for Claim {
    type Target = Utterance;
    fn deref(&self) -> &Utterance {
        &self.utterance
    }
}

impl Claim {
    /// Analyses a claim.
    pub fn analyse(text: &str) -> Claim {
        let utterance = Utterance::new(text);
        let analysed = &utterance.analysed;
        let mut terms: Vec<ClaimTerm> = Vec::new();
        // "the city of Adana" says where, with its name: the kind of place is no claim of its own
        // (a corpus that never says "city" would otherwise seem not to cover it). So does a name
        // the gazetteer lacks ("the town of Terter").
        let names_a_place = |t: &crate::text::analyze::Term| {
            t.first == t.last
                && lexicon().is(WordClass::PlaceNoun, &analysed.tokens[t.first].norm)
                && analysed.tokens.get(t.first + 1).is_some_and(|o| o.norm == "of")
                && analysed.terms.iter().any(|p| p.first == t.first + 2 && (p.place.is_some() || analysed.tokens[p.first].capitalized))
        };
        // "in Azerbaijan rather than Armenia": the alternative set aside (the first content term
        // within reach after "rather than" / "instead of", and only that one: "Exercise rather
        // than diet reduced weight" still says "reduced weight") is what the claim does not say;
        // a sentence naming it does not say the claim.
        let set_aside = |t: &crate::text::analyze::Term| {
            analysed
                .cues
                .iter()
                .filter(|c| c.sets_aside())
                .any(|c| analysed.terms.iter().find(|a| a.content && a.first > c.last).is_some_and(|a| a.first == t.first && a.first <= c.last + 3))
        };
        // "Tennis star Mia Koval …", "Film director Ines Valk …": a description the claim opens
        // with, before the person's name, says who they are, not what the claim says of them
        // (headlines and evidence mostly leave it out: "Koval's team brushes off pregnancy
        // rumours").
        let toks = &analysed.tokens;
        let word = |i: usize| toks.get(i).is_some_and(|t| t.is_word());
        // (A state is the claim's: "Convicted killer Ian Hale", "Jailed activist …".)
        let lower = |i: usize| word(i) && !toks[i].capitalized && analysed.terms.iter().any(|t| t.content && t.first == i);
        let state = |i: usize| toks[i].norm.ends_with("ed");
        let capital = |i: usize| word(i) && toks[i].capitalized;
        // (The name is a subject: an auxiliary follows it, "… Mia Koval is pregnant", "… has
        // died"; not "Google sued Epic Games over …", "Critics applauded Remy Vail's album".)
        let subject = |i: usize| {
            (i..toks.len())
                .find(|&j| !capital(j))
                .is_some_and(|j| lexicon().is(WordClass::Aux, &toks[j].norm) || lexicon().is(WordClass::PassiveBe, &toks[j].norm))
        };
        let description = (1..=2).find(|&k| capital(0) && (1..=k).all(lower) && !(0..=k).any(state) && capital(k + 1) && capital(k + 2) && subject(k + 1));
        let describes = |t: &crate::text::analyze::Term| description.is_some_and(|k| t.last <= k);
        for t in analysed.terms.iter().filter(|t| t.content && !names_a_place(t) && !set_aside(t) && !describes(t)) {
            let preposition = preposition_before(analysed, t.first);
            let locative = preposition.is_some();
            match terms.iter_mut().find(|c| c.key == t.key) {
                Some(c) => {
                    c.spans.push((t.first, t.last));
                    c.locative |= locative;
                }
                None => terms.push(ClaimTerm {
                    key: t.key.clone(),
                    also: t.also.clone(),
                    parts: t.parts.clone(),
                    place: t.place,
                    country: t.country.clone(),
                    place_id: t.place_id().to_string(),
                    preposition,
                    spans: vec![(t.first, t.last)],
                    locative,
                    // Weekdays and months are capitalised but say when, not who or where.
                    name: t.place.is_some()
                        || (((t.first > 0 && analysed.tokens[t.first].capitalized) || analysed.tokens[t.first].kind == crate::text::token::Kind::Ident)
                            && !crate::text::lexicon::lexicon().is_time_word(&analysed.tokens[t.first].norm)),
                }),
            }
        }
        // "failed to reach", "unable to stop" negate what follows, as in a sentence; a verb of
        // blocking ("prevents", "repelled") is what the claim asserts, not a negation of it:
        // "Coffee prevents Parkinson's" is supported by "coffee lowers the risk of Parkinson's".
        // (A claim that says one thing "rather than" another asserts the first: "warming is
        // driven by the Sun rather than by people" is not a negated claim.)
        let negating = |c: &crate::text::analyze::CueHit| {
            (c.kind == Cue::Negation && !not_only(analysed, c.last) && !c.sets_aside()) || (c.kind == Cue::Failure && c.phrase.ends_with(" to"))
        };
        let negated = analysed.cues.iter().any(negating);
        let attribution = utterance.attributions.iter().find_map(|at| {
            let (f, l) = at.speaker?;
            // The speaker must come first: "Turkey confirmed that …", not "… , Turkey said".
            let keys: Vec<String> = analysed
                .terms
                .iter()
                .filter(|t| t.content && t.first >= f && t.last <= l)
                .flat_map(|t| std::iter::once(t.key.clone()).chain(t.also.clone()))
                .collect();
            (!keys.is_empty() && l < at.cue_first).then_some((at.kind, keys))
        });
        let mut negated_terms = Vec::new();
        for c in analysed.cues.iter().filter(|c| negating(c)) {
            // The first content words after the cue (NegEx-style window).
            // Names are what the claim is about, not what it negates.
            let after: Vec<usize> =
                terms.iter().enumerate().filter(|(_, t)| t.place.is_none() && t.spans.iter().any(|&(f, _)| f > c.last)).map(|(i, _)| i).take(1).collect();
            negated_terms.extend(after);
        }
        Claim { utterance, terms, negated, negated_terms, attribution, first_word_ordinary: false, paraphrases: false }
    }

    /// Is the claim negated by plain "not", "no" or "never" alone, which dropping undoes
    /// ("Russia keeps no base" / "Russia keeps a base"), unlike "refused to" or "free of"?
    pub fn plainly_negated(&self) -> bool {
        self.negated && self.analysed.cues.iter().all(|c| c.kind != Cue::Negation || ["not", "no", "never"].contains(&c.phrase.as_str()))
    }

    /// Does the claim assert something about something? A bare name or topic ("Turkey",
    /// "mercenaries") has nothing to support or contradict: it needs at least two content
    /// words, one of them not a name — or a verb "be" between names ("Valencia is in Spain").
    pub fn is_statement(&self) -> bool {
        self.terms.len() >= 2 && (!self.names_only() || self.analysed.tokens.iter().any(|t| lexicon().is(WordClass::PassiveBe, &t.norm)))
    }

    /// Is every term of the claim a name ("Valencia is in Spain")? Such a claim says nothing
    /// but how its names stand.
    pub fn names_only(&self) -> bool {
        self.terms.iter().all(|t| t.name)
    }

    /// Does the claim name country `c` (its key), as a place, a demonym or a place within it?
    pub fn names_country(&self, c: &str) -> bool {
        self.terms.iter().any(|t| t.country.as_deref() == Some(c))
    }

    /// Total weight of the claim's terms.
    pub fn weight(&self, index: &Index) -> f32 {
        self.terms.iter().map(|t| index.idf(&t.key)).sum()
    }

    /// The term whose span in the claim holds claim token `i`.
    pub fn term_at(&self, i: usize) -> Option<usize> {
        self.terms.iter().position(|t| t.spans.iter().any(|&(f, l)| f <= i && i <= l))
    }
}

/// Prepositions that put a place in a slot a different place would contradict ("held in
/// Paris" / "held in Brussels", "a visit to Latvia" / "a visit to Lithuania", "the island of
/// Luzon" / "the island of Mindanao"). "in" and "at" are one slot.
pub fn preposition_before(a: &Analysed, first: usize) -> Option<String> {
    let lex = lexicon();
    let mut i = first.checked_sub(1)?;
    // "through the Turkish city of Adana" goes through Adana: the place's preposition is the
    // one before its kind ("the mayor of Paris" keeps "of").
    let mut kind_of = false;
    if a.tokens[i].norm == "of" && i >= 2 && lex.is(WordClass::PlaceNoun, &a.tokens[i - 1].norm) {
        kind_of = true;
        i -= 2;
        // (its country or a direction: "the Turkish city of", "the southern port of")
        if a.tokens[i].capitalized && !lex.is(WordClass::PlaceModifier, &a.tokens[i].norm) {
            i = i.checked_sub(1)?;
        }
    }
    // "in the United States", "from northern Syria"
    while i > 0 && lex.is(WordClass::PlaceModifier, &a.tokens[i].norm) {
        i -= 1;
    }
    let slot = |w: &str| -> Option<&'static str> {
        Some(match w {
            "in" | "at" => "in",
            // One way through: "through Gaziantep" and "via Gaziantep" name the same slot.
            "through" | "via" => "via",
            "to" => "to",
            "from" => "from",
            "into" => "into",
            "near" => "near",
            "over" => "over",
            "of" => "of",
            _ => return None,
        })
    };
    // "via Turkey's Gaziantep": the possessive (stripped) names where the place is.
    if a.tokens[i].capitalized && i > 0 && slot(&a.tokens[i - 1].norm).is_some() {
        i -= 1;
    }
    // ("hit the city of Kharkiv": no preposition before the phrase, so its own "of".)
    slot(&a.tokens[i].norm).or(kind_of.then_some("of")).map(String::from)
}

/// "not only", "not just": emphasis, not negation.
pub fn not_only(a: &Analysed, cue_last: usize) -> bool {
    a.tokens.get(cue_last + 1).is_some_and(|t| lexicon().is(WordClass::Emphasis, &t.norm))
}

/// A sentence that bears on the claim.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The sentence's id, its position in `Index::sentences`.
    pub sentence: usize,
    /// Share of the claim's IDF weight the sentence matches, 0 to 1 (an opposite word counts
    /// as a match); a linked denial has its earlier sentence's.
    pub coverage: f32,
    /// For each claim term: the sentence tokens that match it (empty: unmatched).
    pub matched: Vec<Vec<(usize, usize)>>,
    /// This hit is a denial that points back to an earlier sentence ([`Hit::from`]), whose
    /// match it carries.
    pub linked: bool,
    /// The sentence whose tokens `matched` indexes: this one, or the one a linked denial
    /// points back to.
    pub from: usize,
    /// Claim terms the sentence says the opposite of ("cut" for "raised"), with where.
    pub opposites: Vec<(usize, (usize, usize))>,
    /// Below [`MENTION_MIN`]: a candidate for the learned model only.
    pub weak: bool,
    /// Claim terms matched by a paraphrase (an embedding neighbour, [`SOFT_MIN`]) rather than
    /// the word itself, for the explanation.
    pub paraphrased: Vec<usize>,
    /// A figure the sentence gives that fits the claim's ("Around 48,000" for "More than
    /// 40,000"), counted as one more claim word matched.
    pub figure: Option<Figure>,
}

impl Hit {
    /// Does sentence token `i` say one of the claim's terms?
    pub fn says_token(&self, i: usize) -> bool {
        self.matched.iter().flatten().any(|&(f, l)| f <= i && i <= l)
    }

    /// Number of claim terms the sentence matches (a fitting figure counts as one).
    pub fn matched_count(&self) -> usize {
        self.matched.iter().filter(|m| !m.is_empty()).count() + usize::from(self.figure.is_some())
    }
    /// Share of the claim's predicate — its words that are not names — this sentence says.
    /// 1 when the claim is all names.
    pub fn predicate_coverage(&self, index: &Index, claim: &Claim) -> f32 {
        self.part_coverage(index, claim, false)
    }

    /// Share of the claim's names — who and where it is about — this sentence names.
    /// 1 when the claim has no names.
    pub fn name_coverage(&self, index: &Index, claim: &Claim) -> f32 {
        self.part_coverage(index, claim, true)
    }

    fn part_coverage(&self, index: &Index, claim: &Claim, names: bool) -> f32 {
        let (mut got, mut total) = (0.0, 0.0);
        for (t, m) in claim.terms.iter().zip(&self.matched) {
            // A claim's first word is capitalised anyway: it is a name when the corpus never
            // uses it as an ordinary word, or when a capitalised word follows ("Kim Jong-un",
            // not "Nobody was").
            let toks = &claim.analysed.tokens;
            // A corpus too small to say (one evidence sentence without the word) leaves it to
            // the language's vocabulary: "Smoking causes …" is not about someone called Smoking.
            let ordinary = claim.first_word_ordinary && index.df(&t.key) == 0;
            let first_word_name = t.spans[0].0 == 0
                && toks[0].capitalized
                && ((!index.is_common(&t.key) && !ordinary) || toks.get(t.spans[0].1 + 1).is_some_and(|n| n.capitalized));
            // (Number words the figure says weigh as the figure, below.)
            let by_figure = self.figure.as_ref().is_some_and(|f| m.len() == 1 && m[0] == f.said);
            if (t.name || first_word_name) == names && !by_figure {
                let w = index.idf(&t.key);
                total += w;
                if !m.is_empty() {
                    got += w;
                }
            }
        }
        // The figure is part of what the claim says of its names.
        if !names && self.figure.is_some() {
            let w = figure_weight(index, claim);
            got += w;
            total += w;
        }
        if total > 0.0 {
            got / total
        } else {
            1.0
        }
    }

    /// Coverage recomputed without claim term `except` (the slot a conflict is about).
    pub fn coverage_without(&self, index: &Index, claim: &Claim, except: usize) -> f32 {
        self.coverage_without_all(index, claim, &[except])
    }

    /// [`Hit::coverage_without`], leaving out several claim terms (a name of several words).
    pub fn coverage_without_all(&self, index: &Index, claim: &Claim, except: &[usize]) -> f32 {
        let kept = |i: &usize| !except.contains(i);
        let total: f32 = claim.terms.iter().enumerate().filter(|(i, _)| kept(i)).map(|(_, t)| index.idf(&t.key)).sum();
        if total <= 0.0 {
            return 0.0;
        }
        let got: f32 = claim.terms.iter().enumerate().filter(|(i, _)| kept(i) && !self.matched[*i].is_empty()).map(|(_, t)| index.idf(&t.key)).sum();
        got / total
    }
}

/// Where the sentence opens with a word that stands for its passage's subject: a pronoun
/// ("She is known for …", "It first aired …") or a definite description ("The film was shot
/// in …") that nothing before it names — in a corpus of one short passage, which is evidence
/// chosen for the claim, so its subject is the claim's. (In an archive, an article's opening
/// pronoun is the headline's business, and the claim may be about anything.) The token index,
/// and the end of the description (exclusive: its first function word or mark after it).
fn passage_subject_stand_in(index: &Index, id: usize, s: &IndexedSentence) -> Option<(usize, usize)> {
    if !index.is_one_passage() || index.previous(id).is_some() || s.referent.is_some() {
        return None;
    }
    let toks = &s.analysed.tokens;
    let opening = toks.iter().position(|t| t.is_word())?;
    // Or the subject of the main clause, after an opening phrase and its comma ("Distributed by
    // Columbia Pictures, the film was released …"; "One of the most popular festivals, it …";
    // "After George's death in 1936, she …"). The phrase opens with a preposition or time word,
    // a participle (a lower-case word after it: "Ted Moss won …" opens with a name), "one of"
    // or a word before "to". Not a clause of its own, nor a speaker after it: in "Only 46
    // percent voted, the commission said" and "Armed men stormed the bank, the police said"
    // the subject after the comma is who said it.
    let lex = lexicon();
    let w = toks[opening].norm.as_str();
    let lower_next = toks.get(opening + 1).is_some_and(|t| t.is_word() && !t.capitalized);
    let introduces = lex.is(WordClass::Preposition, w)
        || lex.is(WordClass::TimeOpener, w)
        || ((w.ends_with("ed") || w.ends_with("ing")) && lower_next)
        || (w == "one" && toks.get(opening + 1).is_some_and(|t| t.norm == "of"))
        // ("Contrary to popular belief, it …", "Prior to 1990, the city …")
        || toks.get(opening + 1).is_some_and(|t| t.norm == "to");
    // (A reporting verb in or right after the description: "the police said".)
    let said_by = |(first, end): (usize, usize)| s.attributions.iter().any(|at| at.cue_first > first && at.cue_first <= end + 1);
    let after_comma = toks.iter().take(INTRO_MAX + 1).position(|t| t.is_punct(',')).map(|c| c + 1).filter(|_| introduces);
    let main = after_comma.and_then(|first| stand_in_at(toks, first)).filter(|&span| !said_by(span));
    stand_in_at(toks, opening).or(main)
}

/// Most tokens of an opening phrase before the main clause's subject (see
/// `passage_subject_stand_in`).
const INTRO_MAX: usize = 12;

/// A stand-in for the passage's subject at token `first` (a pronoun, or "the" and plain
/// words), with the end of it.
fn stand_in_at(toks: &[crate::text::token::Token], first: usize) -> Option<(usize, usize)> {
    let lex = lexicon();
    let w = toks.get(first).filter(|t| t.is_word())?.norm.as_str();
    // (Not "It was confirmed that …", "It is unclear whether …": an "it" that stands for what
    // follows.)
    let ahead = |words: &[&str]| toks[first + 1..].iter().take(6).any(|t| words.contains(&t.norm.as_str()));
    let pronoun = matches!(w, "he" | "she" | "they") || (w == "it" && !ahead(&["that", "whether", "if"]));
    let plain = |n: &crate::text::token::Token| n.is_word() && !n.capitalized && !lex.is_stopword(&n.norm);
    let description = w == "the" && toks.get(first + 1).is_some_and(plain);
    let end = if pronoun { first + 1 } else { first + 1 + toks[first + 1..].iter().take_while(|n| plain(n)).count() };
    // ("The board of Acme appointed …" is about the board of something else.)
    let of_another = !pronoun && toks.get(end).is_some_and(|t| t.norm == "of");
    (pronoun || (description && !of_another)).then_some((first, end))
}

/// The claim's subject: the capitalised words it opens with, before its first word in lower
/// case ("Sophia Bush" in "Sophia Bush acted in movies").
fn claim_subject(claim: &Claim) -> Vec<usize> {
    let toks = &claim.analysed.tokens;
    // (A headline in title case or capitals has no subject to tell by case: four or more
    // longer words, all capitalised; "Tom Hanks won an Oscar" is no headline.)
    let long: Vec<_> = toks.iter().filter(|t| t.is_word() && t.norm.len() > 3).collect();
    if long.len() >= 4 && long.iter().all(|t| t.capitalized) {
        return Vec::new();
    }
    let end = toks.iter().position(|t| t.is_word() && !t.capitalized).unwrap_or(toks.len());
    claim.terms.iter().enumerate().filter(|(_, t)| t.spans[0].1 < end).map(|(i, _)| i).collect()
}

/// The clause of each token: a number that goes up at every clause mark (comma, semicolon,
/// colon, bracket) and clause boundary word ("as", "while", "because"), so that two tokens with
/// the same number have no such mark between them. Computed once per sentence. Not at "but": a
/// verb after it shares the subject before it ("Oil prices rose early on Monday but fell
/// later").
fn clause_ids(tokens: &[crate::text::token::Token]) -> Vec<u32> {
    let lex = crate::text::lexicon::lexicon();
    let mut id = 0;
    tokens
        .iter()
        .map(|t| {
            if t.is_clause_mark() || (t.is_word() && t.norm != "but" && lex.is(crate::text::lexicon::WordClass::Boundary, &t.norm)) {
                id += 1;
            }
            id
        })
        .collect()
}

/// The precise match of a claim in an analysed sentence: which tokens say which claim term.
fn match_sentence(index: &Index, claim: &Claim, id: usize, s: &IndexedSentence, words: Option<Paraphrases>) -> Hit {
    let mut matched = vec![Vec::new(); claim.terms.len()];
    let stand_in = passage_subject_stand_in(index, id, s);
    let subject = if stand_in.is_some() { claim_subject(claim) } else { Vec::new() };
    let mut opposites = Vec::new();
    let mut got = 0.0;
    // The sentence's plain one-word terms with their embeddings, computed once per sentence
    // and only if some claim word is left unmatched.
    let mut plain: Option<Vec<Embedded>> = None;
    let mut paraphrased = Vec::new();
    // A sentence word that says the opposite of a claim word; before "than" in any degree
    // ("an atmosphere thicker than Earth's" against "a thin atmosphere").
    // (Or the claim word with a negating prefix, or without, each said of its subject: "is
    // unsafe" against "is safe"; not "unvaccinated people" against "vaccinated people".)
    let opposes = |ct: &ClaimTerm, t: &crate::text::analyze::Term| {
        let comparative = s.analysed.tokens.get(t.last + 1).is_some_and(|n| n.norm == "than");
        let (cf, cl) = ct.spans[0];
        if comparative {
            crate::text::analyze::opposite_as_comparative(&ct.key, &t.key)
        } else {
            crate::text::analyze::opposite(&ct.key, &t.key)
                || (cf == cl
                    && t.first == t.last
                    && claim.analysed.predicative(cf)
                    && s.analysed.predicative(t.first)
                    && crate::text::analyze::prefix_negation(&claim.analysed.tokens[cf].norm, &s.analysed.tokens[t.first].norm))
        }
    };
    for (ci, ct) in claim.terms.iter().enumerate() {
        for t in s.analysed.terms.iter().filter(|t| t.content) {
            if ct.matches(t) {
                matched[ci].push((t.first, t.last));
            }
        }
        // The opposite word ("cut" for "raised") is about the same thing: it counts for the
        // match, and the stance stage reads it as a contradiction.
        if matched[ci].is_empty() && !ct.name {
            if let Some(t) = s.analysed.terms.iter().find(|t| t.content && opposes(ct, t)) {
                opposites.push((ci, (t.first, t.last)));
                got += index.idf(&ct.key);
                continue;
            }
        }
        // "He" standing for the claim's named person.
        if matched[ci].is_empty() {
            if let Some((p, keys)) = &s.referent {
                if ct.place.is_none() && keys.contains(&ct.key) {
                    matched[ci].push((*p, *p));
                }
            }
        }
        if !matched[ci].is_empty() {
            got += index.idf(&ct.key);
        }
    }
    // "She is known for her film roles …" opening the one passage checked stands for the
    // passage's subject, which is the claim's. (A description that says a claim word itself,
    // "The phonograph was invented by …", is that word's, not the subject's.)
    if let Some((at, end)) = stand_in {
        let says_claim_word = matched.iter().flatten().any(|&(f, _)| f > at && f < end);
        for &ci in subject.iter().filter(|_| !says_claim_word) {
            if matched[ci].is_empty() {
                matched[ci].push((at, at));
                got += index.idf(&claim.terms[ci].key);
            }
        }
    }
    // A claim word said only in another clause than the claim's other words, while its
    // opposite stands in one clause with some of them ("Power-sector emissions declined last
    // year as … solar output surged" against "emissions grew"): the opposite is what the
    // sentence says of the claim's subject. ("Sales fell in March but rose in April" keeps
    // "rose" for "rose in April".)
    let mut clauses: Option<Vec<u32>> = None;
    for ci in 0..claim.terms.len() {
        if matched[ci].is_empty() || claim.terms[ci].name {
            continue;
        }
        // (Where the match stands, first: most do stand with the claim's other words, and then
        // no opposite needs looking up.)
        let clause = clauses.get_or_insert_with(|| clause_ids(&s.analysed.tokens));
        let beside = |at: usize| matched.iter().enumerate().any(|(cj, m)| cj != ci && m.first().is_some_and(|&(f, _)| clause[at] == clause[f]));
        if matched[ci].iter().any(|&(f, _)| beside(f)) {
            continue;
        }
        let Some(o) = s.analysed.terms.iter().find(|t| t.content && opposes(&claim.terms[ci], t)) else { continue };
        if beside(o.first) {
            matched[ci].clear();
            opposites.push((ci, (o.first, o.last)));
        }
    }
    // Then a word the model's embeddings put next to a claim word still unmatched: a
    // paraphrase. Names and places must be said as they are ("Venus" is no "Mars"), and a
    // sentence word that already says another claim word is not read as this one too.
    if let Some(words) = words {
        // Sentence words already matched (built once; each paraphrase adds its word).
        let mut taken: Vec<usize> = matched.iter().flatten().map(|&(f, _)| f).collect();
        for (ci, ct) in claim.terms.iter().enumerate() {
            let open = matched[ci].is_empty() && !ct.name && ct.place.is_none() && !opposites.iter().any(|&(o, _)| o == ci);
            if !open {
                continue;
            }
            if let Some(span) = soft_match(claim, ct, s, words, &mut plain, &taken) {
                taken.push(span.0);
                matched[ci].push(span);
                paraphrased.push(ci);
                got += index.idf(&ct.key);
            }
        }
    }
    let mut total = claim.weight(index);
    // The claim's figure given in the sentence's own words ("Around 48,000 rally in capital" for
    // "More than 40,000 people marched in the capital"): a figure that fits the claim's is one
    // more claim word said ([`Hit::figure`]) — beside a word of what the claim says, not its
    // names alone (a number and a place do not make the act), and only for a sentence that says
    // too little of the claim without it (one that says enough is read on its words, where
    // another place or act still tells).
    let says_some = claim.terms.iter().zip(&matched).any(|(t, m)| !t.name && !m.is_empty());
    let figure = if says_some && got < STANCE_MIN * total { gives_figure(claim, &matched, s) } else { None };
    if let Some(f) = &figure {
        // The claim's number words ("four thousand") are said by the sentence's figure
        // ("4,000"): they weigh as the figure does, one word, as if the claim wrote digits.
        for (ci, t) in claim.terms.iter().enumerate() {
            if matched[ci].is_empty() && t.spans.iter().all(|&(a, b)| f.claimed.0 <= a && b <= f.claimed.1) {
                matched[ci].push(f.said);
                total -= index.idf(&t.key);
            }
        }
        let w = figure_weight(index, claim);
        got += w;
        total += w;
    }
    let coverage = if total > 0.0 { got / total } else { 0.0 };
    Hit { sentence: id, from: id, coverage, matched, linked: false, opposites, weak: coverage < MENTION_MIN, paraphrased, figure }
}

/// The weight of a figure the sentence shares with the claim: that of the claim's average word.
fn figure_weight(index: &Index, claim: &Claim) -> f32 {
    claim.weight(index) / claim.terms.len().max(1) as f32
}

/// The count of the sentence that fits the claim's own (a number, a bound or a range; not a
/// vague amount), counting the same thing, with the claim's: their token spans (sentence,
/// claim). The same thing: the same counted noun, or two that count persons ("12,300
/// residents" for "people", `data/person_nouns.txt`); or, for a count of persons, no noun said
/// where the sentence's number opens it ("Around 48,000 rally", not "room 101" or "the suspect,
/// 45,"). None when another count of that thing in the sentence does not fit ("48,000 …;
/// police put the figure at 20,000").
fn gives_figure(claim: &Claim, matched: &[Vec<(usize, usize)>], s: &IndexedSentence) -> Option<Figure> {
    // (Plain loops and functions: closures over closures here cost the wasm a kilobyte.)
    for q in claim.quantities.iter().filter(|q| counts(q, &claim.analysed)) {
        // (A number word the sentence already matches, "two drones", is no second match.)
        if claim.terms.iter().zip(matched).any(|(t, m)| !m.is_empty() && t.spans.iter().any(|&(f, l)| f <= q.at && q.at <= l)) {
            continue;
        }
        let claimed = q.plural_head(&claim.analysed);
        let mut fits = None;
        for x in s.quantities.iter().filter(|x| x.kind == q.kind && counts(x, &s.analysed)) {
            // (What a number counts is read only from a plural noun after it: "48,000 rally"
            // counts nothing said — as headlines count people, so only for a claim's count of
            // persons. A share is of the same thing, or of what the sentence is about.)
            let share = q.kind == crate::text::numbers::QKind::Share;
            let same_thing = match (q.head.as_deref(), x.plural_head(&s.analysed)) {
                _ if share => q.same_share(x),
                (Some(a), Some(b)) => x.head.as_deref() == Some(a) || (persons(claimed) && persons(Some(b))),
                (None, Some(_)) => true,
                (Some(_), None) => opens(x, &s.analysed) && persons(claimed),
                (None, None) => opens(x, &s.analysed),
            };
            if !same_thing {
                continue;
            }
            if !q.compatible(x) {
                fits = None;
                break;
            }
            // The sentence's figure must say about the claim's: the middle of what it allows
            // inside the claim's (within 5 %). "More than 410,000" allows a million, but does not
            // say one; "around 48,000" says "more than 40,000".
            let middle = (x.lo + x.hi) / 2.0;
            if middle < q.lo * 0.95 || middle > q.hi * 1.05 {
                continue;
            }
            fits = fits.or(Some(Figure { said: (x.first, x.at), claimed: (q.first, q.at) }));
        }
        if fits.is_some() {
            return fits;
        }
    }
    None
}

/// A count (or share) that can be a figure: not a vague amount, not a name's number ("Mariner
/// 10", "France 2"; a sentence's first word is capitalised anyway).
fn counts(q: &crate::text::numbers::Quantity, a: &Analysed) -> bool {
    matches!(q.kind, crate::text::numbers::QKind::Count | crate::text::numbers::QKind::Share) && !q.vague && !(q.first > 1 && a.tokens[q.first - 1].capitalized)
}

/// Does the number open its sentence, alone or after a bound ("Around 48,000 rally")?
fn opens(x: &crate::text::numbers::Quantity, a: &Analysed) -> bool {
    let before = |i: usize| a.tokens[..i].iter().all(|t| !t.is_word());
    before(x.first) || a.cues.iter().any(|c| c.last + 1 == x.first && matches!(c.kind, Cue::Approx | Cue::Lower | Cue::Upper) && before(c.first))
}

/// Does the (plural) noun count persons? By the word, not its key: "protests" and
/// "protesters" share a stem.
fn persons(w: Option<&str>) -> bool {
    w.map(crate::text::analyze::lemma).is_some_and(|w| {
        let lex = lexicon();
        lex.person_nouns.contains(w) || w.strip_suffix('s').is_some_and(|w| lex.person_nouns.contains(w))
    })
}

/// A count the sentence and the claim share ([`Hit::figure`]): token spans of the number in
/// each ("about 12,300", "more than 10,000" give their numbers' tokens).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    /// In the sentence.
    pub said: (usize, usize),
    /// In the claim.
    pub claimed: (usize, usize),
}

/// The sentence word that best paraphrases claim term `ct`, if its embedding is within
/// [`SOFT_MIN`] of the claim word's and it is not a known opposite. Only one-word terms that
/// are ordinary words on both sides: a capitalised word inside the sentence is a name.
fn soft_match<'s, 'm>(
    claim: &Claim,
    ct: &ClaimTerm,
    s: &'s IndexedSentence,
    words: Paraphrases<'m>,
    plain: &mut Option<Vec<Embedded<'s, 'm>>>,
    taken: &[usize],
) -> Option<(usize, usize)> {
    let &(first, last) = ct.spans.first()?;
    let lex = lexicon();
    // A word that is a name inside the claim, or says when (days and months sit close to
    // each other in any embedding), must be said as it is; nor does a number word of the
    // sentence say another ("Two" is no "four"; "a trio" may be "three").
    let ordinary = |toks: &[crate::text::token::Token], i: usize| (i == 0 || !toks[i].capitalized) && !lex.is_time_word(&toks[i].norm);
    let fixed = |w: &str| lex.is_time_word(w) || lex.number(w).is_some();
    let claim_tokens = &claim.analysed.tokens;
    let toks = &s.analysed.tokens;
    // A word the links say may stand for this one, in any form ("invasion" for "invaded"):
    // WordNet's synonyms of a word's commonest sense are paraphrases, where embeddings put
    // co-hyponyms ("children" / "adults") as close as synonyms. (Headlines capitalise every
    // word; the links know no names, so a capital does not matter here.)
    if let Some(links) = words.links.filter(|_| !lex.is_time_word(&claim_tokens[first].norm)) {
        for t in &s.analysed.terms {
            if t.content && t.place.is_none() && !taken.contains(&t.first) && !fixed(&toks[t.first].norm) && links.linked(&ct.key, &t.key) {
                return Some((t.first, t.last));
            }
        }
    }
    if first != last || !ordinary(claim_tokens, first) {
        return None;
    }
    let own_word = claim_tokens[first].norm.as_str();
    let own = (words.vectors)(own_word)?;
    let own_norm = dot(own, own);
    // (Plain loops: iterator chains here cost a kilobyte of WebAssembly.)
    let plain = plain.get_or_insert_with(|| {
        let mut v = Vec::new();
        for t in &s.analysed.terms {
            if t.content && t.place.is_none() && t.first == t.last && ordinary(toks, t.first) && !fixed(&toks[t.first].norm) {
                if let Some(e) = (words.vectors)(&toks[t.first].norm) {
                    v.push((t, e, dot(e, e)));
                }
            }
        }
        v
    });
    let mut best: Option<(f32, (usize, usize))> = None;
    for &(t, v, norm) in plain.iter() {
        let cos = dot(v, own) / (norm * own_norm).sqrt().max(1.0);
        if cos >= SOFT_MIN
            && best.is_none_or(|(b, _)| cos > b)
            && !taken.contains(&t.first)
            && !crate::text::analyze::opposite_as_comparative(&ct.key, &t.key)
            && !crate::text::analyze::negated_form(own_word, &toks[t.first].norm)
        {
            best = Some((cos, (t.first, t.last)));
        }
    }
    best.map(|(_, span)| span)
}

/// A sentence word with its embedding and that embedding's squared length.
type Embedded<'s, 'm> = (&'s crate::text::analyze::Term, &'m [i8], f32);

fn dot(a: &[i8], b: &[i8]) -> f32 {
    let mut sum = 0i32;
    for i in 0..a.len().min(b.len()) {
        sum += i32::from(a[i]) * i32::from(b[i]);
    }
    sum as f32
}

/// What a claim found: the evidence candidates, strongest first, and the sentences they need
/// analysed (the hits and the sentences linked denials point back to).
pub struct Found {
    /// The candidates, highest coverage first.
    pub hits: Vec<Hit>,
    /// Every sentence analysed for the claim, by id: each hit's, and each sentence a linked
    /// denial points back to.
    pub sentences: AnalysedSentences,
}

/// Sentences analysed for one claim, by id. At most [`MAX_ANALYSED`] +
/// [`MAX_PARAPHRASE_ANALYSED`] and their neighbours: a list searched by id costs nothing
/// there, and ships no hash table of its own in the WebAssembly.
#[derive(Default)]
pub struct AnalysedSentences(Vec<(usize, IndexedSentence)>);

impl AnalysedSentences {
    /// The sentence of this id, if analysed.
    pub fn get(&self, id: &usize) -> Option<&IndexedSentence> {
        self.0.iter().find(|(i, _)| i == id).map(|(_, s)| s)
    }

    /// Keeps `s` as the sentence of `id` (in place of an earlier one).
    fn insert(&mut self, id: usize, s: IndexedSentence) {
        self.remove(&id);
        self.0.push((id, s));
    }

    /// Takes the sentence of `id` out.
    fn remove(&mut self, id: &usize) -> Option<IndexedSentence> {
        let at = self.0.iter().position(|(i, _)| i == id)?;
        Some(self.0.swap_remove(at).1)
    }
}

impl std::ops::Index<&usize> for AnalysedSentences {
    type Output = IndexedSentence;
    /// The sentence of this id; every hit's sentence is analysed.
    fn index(&self, id: &usize) -> &IndexedSentence {
        self.get(id).expect("a hit's sentence is analysed")
    }
}

/// A claim's postings, for estimating which sentences cover it before any is analysed. The
/// whole index (`find_evidence`) and a sharded archive's loaded postings (`shards`) rank
/// through this one path, so both pick the same sentences.
pub struct Lookup<'a> {
    /// Each claim term's posting lists (its key and its parts), by claim term.
    lists: Vec<(usize, &'a [u32])>,
    weights: Vec<f32>,
    total: f32,
    /// Claim terms a candidate must match (two when the claim has three or more).
    needed: usize,
    /// [`Claim::paraphrases`].
    paraphrases: bool,
}

/// Claim terms a candidate must match: two when the claim has three or more.
fn needed(claim: &Claim) -> usize {
    if claim.terms.len() >= 3 {
        2
    } else {
        1
    }
}

impl<'a> Lookup<'a> {
    /// The lookup of `claim`, given each key's postings and IDF.
    pub fn new(claim: &Claim, postings: impl Fn(&str) -> &'a [u32], idf: impl Fn(&str) -> f32) -> Lookup<'a> {
        let weights: Vec<f32> = claim.terms.iter().map(|t| idf(&t.key)).collect();
        let lists = claim
            .terms
            .iter()
            .enumerate()
            .flat_map(|(ci, t)| std::iter::once(&t.key).chain(&t.parts).map(move |k| (ci, k)))
            .map(|(ci, k)| (ci, postings(k)))
            .filter(|(_, l)| !l.is_empty())
            .collect();
        Lookup { lists, total: weights.iter().sum(), weights, needed: needed(claim), paraphrases: claim.paraphrases }
    }

    fn coverage_of(&self, got: f32) -> f32 {
        if self.total > 0.0 {
            got / self.total
        } else {
            0.0
        }
    }

    /// The estimated coverage of one sentence (a denial's neighbour), from the same lists, and
    /// how many claim terms it has.
    fn estimate_and_count(&self, id: u32) -> (f32, usize) {
        let mut has = vec![false; self.weights.len()];
        for (ci, l) in &self.lists {
            if l.binary_search(&id).is_ok() {
                has[*ci] = true;
            }
        }
        (self.coverage_of(has.iter().zip(&self.weights).filter(|(h, _)| **h).map(|(_, w)| w).sum()), has.iter().filter(|h| **h).count())
    }

    /// The estimated coverage of one sentence (a denial's neighbour), from the same lists.
    fn estimate(&self, id: u32) -> f32 {
        self.estimate_and_count(id).0
    }

    /// Would `best(min)` pick sentence `id` without paraphrase matching (enough coverage and
    /// terms on the postings alone)?
    fn passes(&self, id: u32, min: f32) -> bool {
        let (cov, n) = self.estimate_and_count(id);
        cov >= min && n >= self.needed
    }

    /// The sentences worth analysing, in id order: of those estimated to cover at least `min`
    /// of the claim, the [`MAX_ANALYSED`] best; with paraphrase matching, also the
    /// [`MAX_PARAPHRASE_ANALYSED`] best of those that share less of its wording (at least
    /// [`SOFT_LOOKUP_MIN`] and one term).
    pub fn best(&self, min: f32) -> Vec<u32> {
        let strict = min;
        let min = if self.paraphrases { min.min(SOFT_LOOKUP_MIN) } else { min };
        let lists = &self.lists;
        let terms = self.weights.len();
        // MaxScore: the lightest terms, whose weights together fall short of `min`, cannot make a
        // candidate on their own, so only sentences with one of the other ("essential") terms
        // are visited, and the light terms' lists are probed for those sentences alone. Common
        // words have the lightest weights and the longest lists: on 100,000 articles walking
        // their lists was most of the retrieval time. (The margin keeps float rounding from
        // ever dropping a sentence the plain sum would keep.)
        let mut optional = vec![false; terms];
        if self.total > 0.0 {
            let mut by_weight: Vec<usize> = (0..terms).collect();
            crate::sort_short(&mut by_weight, |&a, &b| self.weights[a] < self.weights[b]);
            let mut light = 0.0f32;
            for ci in by_weight {
                if (light + self.weights[ci]) / self.total >= min * (1.0 - 1e-4) {
                    break;
                }
                light += self.weights[ci];
                optional[ci] = true;
            }
        }
        let (probes, essential): (Vec<usize>, Vec<usize>) = (0..lists.len()).partition(|&li| optional[lists[li].0]);
        // Postings are sorted, so one k-way merge visits every sentence that has an essential
        // term once, in order, without a map or an allocation per sentence.
        let mut heap: std::collections::BinaryHeap<std::cmp::Reverse<(u32, usize)>> =
            essential.iter().map(|&li| std::cmp::Reverse((lists[li].1[0], li))).collect();
        let mut next_in = vec![1usize; lists.len()];
        let mut probe_at = vec![0usize; lists.len()];
        let mut has = vec![false; terms];
        // (estimated coverage, sentence id): the candidates, and the ones only paraphrases may make.
        let mut ranked: Vec<(f32, u32)> = Vec::new();
        let mut loose: Vec<(f32, u32)> = Vec::new();
        while let Some(&std::cmp::Reverse((id, _))) = heap.peek() {
            while let Some(mut top) = heap.peek_mut() {
                let std::cmp::Reverse((at, li)) = *top;
                if at != id {
                    break;
                }
                has[lists[li].0] = true;
                match lists[li].1.get(next_in[li]) {
                    Some(&following) => {
                        next_in[li] += 1;
                        *top = std::cmp::Reverse((following, li));
                    }
                    None => {
                        std::collections::binary_heap::PeekMut::pop(top);
                    }
                }
            }
            // Sentences come in increasing order, so each probe resumes where the last stopped.
            for &li in &probes {
                let l = lists[li].1;
                let at = probe_at[li] + l[probe_at[li]..].partition_point(|&x| x < id);
                probe_at[li] = at;
                if l.get(at) == Some(&id) {
                    has[lists[li].0] = true;
                }
            }
            // Summed in term order, whichever list found a term (one term, one weight).
            let (mut got, mut n) = (0.0f32, 0usize);
            for (ci, h) in has.iter_mut().enumerate() {
                if std::mem::take(h) {
                    got += self.weights[ci];
                    n += 1;
                }
            }
            let cov = self.coverage_of(got);
            if cov >= strict && n >= self.needed {
                ranked.push((cov, id));
            } else if self.paraphrases && cov >= min {
                loose.push((cov, id));
            }
        }
        // Only the best-covering sentences are analysed, so a check's cost stays bounded however
        // large the corpus (a reader reads a few dozen articles, not thousands).
        let order = |a: &(f32, u32), b: &(f32, u32)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
        for (list, most) in [(&mut ranked, MAX_ANALYSED), (&mut loose, MAX_PARAPHRASE_ANALYSED)] {
            if list.len() > most {
                if let Some(last) = most.checked_sub(1) {
                    list.select_nth_unstable_by(last, order);
                }
                list.truncate(most);
            }
        }
        let mut ids: Vec<u32> = ranked.into_iter().chain(loose).map(|(_, id)| id).collect();
        ids.sort_unstable();
        ids
    }
}

/// Candidate evidence sentences for a claim. Coverage is first estimated from the postings
/// alone; only sentences that pass are analysed. `min` is the least coverage of a candidate:
/// [`MENTION_MIN`], or [`MODEL_CANDIDATE_MIN`] when a learned model will judge them.
pub fn find_evidence(index: &Index, corpus: &Corpus, claim: &Claim, min: f32, words: Option<Paraphrases>) -> Found {
    let lookup = Lookup::new(claim, |k| index.postings(k), |k| index.idf(k));
    let needed = needed(claim);
    let mut ids = lookup.best(min);
    // (A passage's opening sentence that stands for its subject shares none of the claim's
    // names: it is looked at too.)
    if index.is_one_passage() && !ids.contains(&0) && !index.sentences.is_empty() {
        ids.push(0);
    }
    let mut sentences = AnalysedSentences::default();
    // Every sentence analysed in this check, once (a pronoun looks back at earlier ones).
    let mut seen_text = crate::retrieve::index::Seen::default();
    let mut hits: Vec<Hit> = Vec::new();
    for id in ids {
        let id = id as usize;
        let s = index.sentence(corpus, id, &mut seen_text);
        let hit = match_sentence(index, claim, id, &s, words);
        sentences.insert(id, s);
        // A sentence found only because paraphrases count must say enough of the claim to be
        // a candidate of the rules: weak ones would only cost the model's time.
        let least = if claim.paraphrases && !lookup.passes(id as u32, min) { min.max(MENTION_MIN) } else { min };
        if hit.coverage >= least && hit.matched_count() >= needed {
            hits.push(hit);
        }
    }
    // Denials that point back to a matching sentence ("… Turkey and Azerbaijan have denied this").
    // (A sentence saying less of the claim in its own words may still be what a short denial
    // right after it points back to — when the claim is neither negated, nor called false, nor
    // about what someone else said: "Macron said …" is not denied by a denial of what rebels
    // told Reuters.)
    let plain = !claim.negated && !claim.analysed.has_cue(Cue::Falsity) && claim.attribution.as_ref().is_none_or(|(k, _)| *k == Cue::Denial);
    let strong: Vec<(usize, f32)> =
        hits.iter().filter(|h| h.coverage >= STANCE_MIN || (h.coverage >= LINK_MIN && plain)).map(|h| (h.sentence, h.coverage)).collect();
    for (id, coverage) in strong {
        // The denial may follow one sentence later ("Armenia reported … a Turkish F-16. The
        // allegation was never backed up. Turkey denied claims that the shootdown had anything
        // to do with a Turkish jet"): then it must deny claims that say some of the claim
        // themselves, the report must say enough of it to take a position, and the claim must
        // be plain as above.
        let mut next = id;
        for far in [false, true] {
            // (The sentence between must report and deny nothing of its own: "Separately, Kessa
            // accused Lorvania of … . Lorvania denied claims that …" answers Kessa.)
            if far && crate::text::analyze::tokens_and_cues(index.text(corpus, next)).cues.iter().any(|c| matches!(c.kind, Cue::Report | Cue::Denial)) {
                break;
            }
            let Some(n) = index.next(next) else { break };
            next = n;
            let own = lookup.estimate(next as u32);
            // (Nor may the denial say enough of the claim to be read on its own.)
            let read_alone = || hits.iter().any(|h| h.sentence == next && h.coverage >= STANCE_MIN);
            if own >= coverage || (far && (own <= 0.0 || coverage < STANCE_MIN || !plain || read_alone())) {
                continue;
            }
            let s = match sentences.remove(&next) {
                Some(s) => s,
                // Most neighbours deny nothing, and only the ones that point back are kept: their
                // tokens and cues tell, without the full analysis (on 10,000 articles a check
                // looked at ~40 such neighbours).
                None if !crate::retrieve::index::points_back(&crate::text::analyze::tokens_and_cues(index.text(corpus, next))) => continue,
                None => index.sentence(corpus, next, &mut seen_text),
            };
            // A far denial names two of the claim's words in what it denies; a short one answers
            // a report of less of the claim only where that report neither negates nor denies.
            let denies_claim =
                |that: usize| match_sentence(index, claim, next, &s, words).matched.iter().filter(|m| m.iter().any(|&(f, _)| f > that)).count() >= 2;
            let linked = crate::retrieve::index::points_back(&s.analysed)
                && (!far || crate::retrieve::index::denied_report(&s.analysed).is_some_and(denies_claim))
                && (coverage >= STANCE_MIN
                    || (s.analysed.tokens.iter().filter(|t| t.is_word()).count() <= POINTER_WORDS
                        && !sentences[&id].analysed.cues.iter().any(|c| matches!(c.kind, Cue::Negation | Cue::Denial))));
            if linked {
                let mut hit = match_sentence(index, claim, id, &sentences[&id], words);
                hit.sentence = next;
                hit.linked = true;
                hits.retain(|h| h.sentence != next);
                hits.push(hit);
            }
            sentences.insert(next, s);
            if linked {
                break;
            }
        }
    }
    // (At most `MAX_ANALYSED` + `MAX_PARAPHRASE_ANALYSED` hits: the short sort saves the wasm a
    // whole standard sort of its own.)
    crate::sort_short(&mut hits, |a, b| b.coverage.total_cmp(&a.coverage).then(a.sentence.cmp(&b.sentence)).is_lt());
    Found { hits, sentences }
}

/// Share of the claim's weight an article must cover (over all its sentences) before the
/// learned stance model is asked about it.
pub const MODEL_MIN: f32 = 0.1;

/// Articles that share enough of the claim's terms, over all their sentences, to be worth a
/// look by the learned model; in corpus order.
pub fn related_articles(index: &Index, claim: &Claim) -> Vec<usize> {
    let total = claim.weight(index);
    if total <= 0.0 {
        return Vec::new();
    }
    let mut per_article: HashMap<usize, Vec<bool>> = HashMap::default();
    for (ci, t) in claim.terms.iter().enumerate() {
        for key in std::iter::once(&t.key).chain(&t.parts) {
            for &id in index.postings(key) {
                let a = index.article_of(id as usize);
                per_article.entry(a).or_insert_with(|| vec![false; claim.terms.len()])[ci] = true;
            }
        }
    }
    let mut out: Vec<usize> = per_article
        .into_iter()
        .filter(|(_, seen)| {
            let got: f32 = claim.terms.iter().zip(seen).filter(|(_, s)| **s).map(|(t, _)| index.idf(&t.key)).sum();
            got / total >= MODEL_MIN
        })
        .map(|(a, _)| a)
        .collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;

    #[test]
    fn names_joined_by_be_are_a_statement_names_alone_a_topic() {
        assert!(Claim::analyse("Valencia is in Spain.").is_statement());
        assert!(Claim::analyse("Ada Brook was in Harrow Lane.").is_statement());
        assert!(!Claim::analyse("Armenia and Azerbaijan").is_statement());
        assert!(!Claim::analyse("Turkey").is_statement());
    }

    #[test]
    fn a_place_keeps_the_preposition_of_its_phrase() {
        let slot = |text: &str, place: &str| {
            let a = crate::text::analyze::analyse(text);
            let t = a.terms.iter().find(|t| a.tokens[t.first].norm == place).expect(place);
            preposition_before(&a, t.first)
        };
        // One slot for "through" and "via"; the kind of place and its country stand between.
        assert_eq!(slot("They went through the Turkish city of Adana.", "adana").as_deref(), Some("via"));
        assert_eq!(slot("They arrived via Turkey's Gaziantep.", "gaziantep").as_deref(), Some("via"));
        // With no preposition before it, the phrase keeps its own "of".
        assert_eq!(slot("Missiles hit the city of Kharkiv.", "kharkiv").as_deref(), Some("of"));
        assert_eq!(slot("She met the mayor of Paris.", "paris").as_deref(), Some("of"));
    }

    #[test]
    fn a_description_before_the_claims_person_is_no_term_of_the_claim() {
        let keys = |text: &str| Claim::analyse(text).terms.into_iter().map(|t| t.key).collect::<Vec<_>>();
        assert_eq!(keys("Tennis star Mia Koval is pregnant."), keys("Mia Koval is pregnant."));
        assert_eq!(keys("Film director Ines Valk has won the Golden Lion."), keys("Ines Valk has won the Golden Lion."));
        // Not a state ("Convicted"), an act before a name ("sued"), nor a subject of its own.
        assert!(keys("Convicted killer Ian Hale was released on Monday.").len() > keys("Ian Hale was released on Monday.").len());
        assert!(keys("Google sued Epic Games over its app store.").contains(&"sue".to_string()));
        assert!(keys("Critics applauded Remy Vail's comeback album.").len() > keys("Remy Vail's comeback album.").len());
        assert_eq!(keys("Armenian demonstrators in Los Angeles rallied on Sunday.").len(), 5, "armenian, demonstrators, los angeles, rallied, sunday");
    }

    #[test]
    fn the_kind_of_a_named_place_is_no_term_of_the_claim() {
        let keys = |text: &str| Claim::analyse(text).terms.into_iter().map(|t| t.key).collect::<Vec<_>>();
        assert!(!keys("Fighters went through the Turkish city of Adana.").iter().any(|k| k.starts_with("cit")));
        assert!(keys("The city council met in Adana.").iter().any(|k| k.starts_with("cit")));
        // Also of a name the gazetteer lacks: "town" would otherwise match any other town's
        // shelling, and that other town read as a conflicting place. ("town" is a synonym of
        // "city": one key.)
        assert!(!keys("Shells damaged buildings in the Azerbaijani town of Terter.").iter().any(|k| k.starts_with("cit")));
        assert!(keys("The town of the future is green.").iter().any(|k| k.starts_with("cit")));
    }

    #[test]
    fn an_ordinary_first_word_the_corpus_lacks_is_not_a_name() {
        let c = corpus(&["Tobacco use is the leading cause of lung cancer worldwide."]);
        let index = Index::build(&c);
        let mut claim = Claim::analyse("Smoking is the leading cause of lung cancer worldwide.");
        let hit = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, None).hits[0].clone();
        assert_eq!(hit.name_coverage(&index, &claim), 0.0, "without a vocabulary, 'Smoking' may be a name");
        claim.first_word_ordinary = true;
        assert_eq!(hit.name_coverage(&index, &claim), 1.0, "an ordinary word: the claim names nobody");
        // A word the corpus uses only as a name stays one ("Turkey sent …" in a corpus about Turkey).
        let c = corpus(&["Officials in Turkey confirmed the shipment on Monday."]);
        let index = Index::build(&c);
        let mut claim = Claim::analyse("Turkey confirmed the shipment.");
        claim.first_word_ordinary = true;
        let hit = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, None).hits[0].clone();
        assert_eq!(hit.name_coverage(&index, &claim), 1.0);
    }

    /// Word vectors for the tests: words of one listed group share a direction, every other
    /// word has one of its own (no learned model needed to test the matching).
    fn vectors(word: &str) -> Option<&'static [i8]> {
        const GROUPS: [&[&str]; 5] =
            [&["largest", "biggest"], &["appetite", "hunger"], &["monday", "tuesday"], &["reliable", "unreliable"], &["killed", "injured"]];
        const fn one_hot() -> [[i8; 64]; 64] {
            let mut t = [[0i8; 64]; 64];
            let mut i = 0;
            while i < 64 {
                t[i][i] = 100;
                i += 1;
            }
            t
        }
        static ONE_HOT: [[i8; 64]; 64] = one_hot();
        Some(&ONE_HOT[GROUPS.iter().position(|g| g.contains(&word))?])
    }

    const VECTORS: Paraphrases<'static> = Paraphrases { vectors: &vectors, links: None };

    #[test]
    fn a_word_the_links_pair_with_a_claim_word_says_it_in_any_form() {
        // "invasion" for "invaded", "reinforced" for "bolstered": no embedding needed (the
        // test vectors know neither), and only with the links.
        let c = corpus(&["The invasion of the coast came after troops reinforced the port."]);
        let index = Index::build(&c);
        let mut claim = Claim::analyse("Troops bolstered the port before they invaded the coast.");
        claim.paraphrases = true;
        let links = crate::nli::WordLinks::new("invade invasion\nbolster reinforce\n", &crate::link_key);
        let links: &'static crate::nli::WordLinks = Box::leak(Box::new(links));
        let with = Paraphrases { vectors: &vectors, links: Some(links) };
        let hit = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, Some(with)).hits[0].clone();
        let said: Vec<&str> = hit.paraphrased.iter().map(|&ci| claim.terms[ci].key.as_str()).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        let hit = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, Some(VECTORS)).hits[0].clone();
        assert!(hit.paraphrased.is_empty());
        // A link does not run on through a synonym group: "traffic" / "dealings" says nothing
        // of "pact", which the group of "deal" holds.
        let links = crate::nli::WordLinks::new("dealings traffic\n", &crate::link_key);
        assert!(links.is_empty(), "{links:?}");
    }

    #[test]
    fn a_paraphrased_word_counts_only_with_word_vectors() {
        let c = corpus(&["Keepers said the biggest tortoise at the zoo has lost its hunger."]);
        let index = Index::build(&c);
        let mut claim = Claim::analyse("The largest tortoise at the zoo has lost its appetite.");
        let plain = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, None).hits[0].clone();
        claim.paraphrases = true;
        let soft = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, Some(VECTORS)).hits[0].clone();
        assert!(plain.coverage < 0.61, "without vectors two of five words are missing: {}", plain.coverage);
        assert!(soft.coverage > 0.99, "{}", soft.coverage);
        let said: Vec<&str> = soft.paraphrased.iter().map(|&ci| claim.terms[ci].key.as_str()).collect();
        assert_eq!(said.len(), 2, "largest and appetite are said in other words: {said:?}");
    }

    #[test]
    fn days_negated_forms_and_words_already_matched_are_never_paraphrases() {
        for (sentence, claim) in [
            ("The ministers met on Tuesday in the capital.", "The ministers met on Monday in the capital."),
            ("Inspectors found the brakes unreliable in the test.", "Inspectors found the brakes reliable in the test."),
            // A word that already says one claim word is not read as another too.
            ("Two miners were killed in the blast at the pit.", "Two miners were killed and injured in the blast at the pit."),
        ] {
            let c = corpus(&[sentence]);
            let index = Index::build(&c);
            let mut claim = Claim::analyse(claim);
            claim.paraphrases = true;
            let found = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, Some(VECTORS));
            assert!(found.hits.iter().all(|h| h.paraphrased.is_empty()), "{sentence}");
        }
    }

    #[test]
    fn paraphrase_matching_lets_a_sentence_with_little_shared_wording_be_analysed() {
        // One word in common of four: under the candidate minimum on the postings alone.
        let c = corpus(&["The biggest mammal ate away its appetite.", "A cat slept.", "A dog barked."]);
        let index = Index::build(&c);
        let mut claim = Claim::analyse("The largest mammal lost its hunger.");
        assert!(find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, None).hits.is_empty());
        claim.paraphrases = true;
        assert_eq!(find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, Some(VECTORS)).hits.len(), 1);
    }

    fn corpus(texts: &[&str]) -> Corpus {
        Corpus::new(
            texts.iter().enumerate().map(|(i, t)| Article { id: i.to_string(), title: "T".into(), text: t.to_string(), ..Default::default() }).collect(),
        )
        .unwrap()
    }

    /// Skipping the light terms' lists (MaxScore) must pick exactly the sentences a plain
    /// count over every list picks, in the same order, with the same coverage.
    #[test]
    fn the_skipping_ranking_equals_counting_every_posting() {
        let claim = Claim::analyse("The ministry said Turkey sent Syrian fighters to Azerbaijan in September last year.");
        assert!(claim.terms.len() >= 6);
        let mut x = 0x9e37_79b9u32;
        let mut rand = move |n: u32| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x % n
        };
        for round in 0..40 {
            let sentences = 50 + rand(3000);
            // Per key: a random sorted list, dense for some (common words), sparse for others.
            let keys: Vec<String> = claim.terms.iter().flat_map(|t| std::iter::once(t.key.clone()).chain(t.parts.clone())).collect();
            let postings: HashMap<String, Vec<u32>> = keys
                .iter()
                .map(|k| {
                    let density = 1 + rand(60);
                    (k.clone(), (0..sentences).filter(|_| rand(100) < density).collect())
                })
                .collect();
            let weights: HashMap<String, f32> = keys.iter().map(|k| (k.clone(), 0.2 + rand(1000) as f32 / 100.0)).collect();
            let lookup = Lookup::new(&claim, |k| postings.get(k).map_or(&[][..], Vec::as_slice), |k| weights.get(k).copied().unwrap_or(1.0));
            for min in [MODEL_CANDIDATE_MIN, MENTION_MIN, STANCE_MIN] {
                // The reference: every sentence's matched terms, summed in term order.
                let mut reference: Vec<(f32, u32)> = (0..sentences)
                    .filter_map(|id| {
                        let has: Vec<bool> =
                            (0..claim.terms.len()).map(|ci| lookup.lists.iter().any(|(c, l)| *c == ci && l.binary_search(&id).is_ok())).collect();
                        let got: f32 = has.iter().zip(&lookup.weights).filter(|(h, _)| **h).map(|(_, w)| w).sum();
                        let n = has.iter().filter(|h| **h).count();
                        let cov = lookup.coverage_of(got);
                        (cov >= min && n >= lookup.needed).then_some((cov, id))
                    })
                    .collect();
                reference.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                reference.truncate(MAX_ANALYSED);
                let mut expected: Vec<u32> = reference.into_iter().map(|(_, id)| id).collect();
                expected.sort_unstable();
                assert_eq!(lookup.best(min), expected, "round {round}, min {min}");
            }
        }
    }

    #[test]
    fn claims_know_their_negation_and_attribution() {
        let c = Claim::analyse("Turkey did not send fighters to Azerbaijan.");
        assert!(c.negated);
        let negated: Vec<&str> = c.negated_terms.iter().map(|&i| c.terms[i].key.as_str()).collect();
        assert_eq!(negated, ["send"], "the negation applies to the verb, not the names");
        assert!(!Claim::analyse("Turkey is not only a party to the conflict.").negated, "'not only' is emphasis");
        // "not", "no" and "never" alone are undone by dropping them; "refused to" is not.
        assert!(c.plainly_negated() && Claim::analyse("Russia keeps no base in Armenia and never did.").plainly_negated());
        assert!(!Claim::analyse("Turkey refused to send fighters.").plainly_negated());
        assert!(!Claim::analyse("Turkey sent fighters.").plainly_negated());
        assert!(!Claim::analyse("The warming is driven by the Sun rather than by people.").negated, "'rather than' asserts the first");
        // … and says nothing of the alternative it sets aside: a sentence about Armenia and the
        // region is not about a base in Azerbaijan.
        let c = Claim::analyse("Russia's base in the region is in Azerbaijan rather than Armenia.");
        let keys: Vec<&str> = c.terms.iter().map(|t| t.key.as_str()).collect();
        assert!(keys.contains(&"azerbaijan") && !keys.contains(&"armenia"), "{keys:?}");
        // Only the alternative: what follows it is still the claim.
        let c = Claim::analyse("Exercise rather than diet reduced weight in the trial.");
        let keys: Vec<&str> = c.terms.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys.len(), 4, "exercise, reduced, weight, trial: {keys:?}");
        let a = Claim::analyse("Turkey confirmed that it sent fighters.");
        assert!(
            matches!(a.attribution, Some((crate::text::lexicon::Cue::Report | crate::text::lexicon::Cue::Confirm, ref keys)) if keys.contains(&"turkey".to_string()))
        );
    }

    #[test]
    fn candidates_are_ranked_by_how_much_of_the_claim_they_cover() {
        let c = corpus(&["Turkey sent fighters to Azerbaijan in September.", "Turkey hosted a summit.", "The weather was fine in Baku."]);
        let index = Index::build(&c);
        let claim = Claim::analyse("Turkey sent fighters to Azerbaijan.");
        let found = find_evidence(&index, &c, &claim, MENTION_MIN, None);
        let ids: Vec<usize> = found.hits.iter().map(|h| h.sentence).collect();
        assert_eq!(ids.first(), Some(&0));
        assert!((found.hits[0].coverage - 1.0).abs() < 1e-6);
        assert!(!ids.contains(&1), "one shared name is not enough: {ids:?}");
        // Baku stands for Azerbaijan, but a sentence about the weather shares too little.
        assert!(!ids.contains(&2));
    }

    #[test]
    fn weaker_candidates_only_at_the_model_threshold() {
        let c = corpus(&["Turkey sent fighters to Azerbaijan.", "Officials in Ankara shipped militants abroad, reporters wrote on Monday."]);
        let index = Index::build(&c);
        let claim = Claim::analyse("Turkey sent Syrian militants to Azerbaijan by plane.");
        let strict = find_evidence(&index, &c, &claim, MENTION_MIN, None);
        let loose = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, None);
        assert!(loose.hits.len() >= strict.hits.len());
        assert!(loose.hits.iter().all(|h| h.weak == (h.coverage < MENTION_MIN)));
    }

    #[test]
    fn a_denial_pointing_back_carries_the_previous_sentence() {
        let c = corpus(&["Reports said Turkey sent Syrian fighters to Azerbaijan. Turkey and Azerbaijan have denied this."]);
        let index = Index::build(&c);
        let claim = Claim::analyse("Turkey sent Syrian fighters to Azerbaijan.");
        let found = find_evidence(&index, &c, &claim, MENTION_MIN, None);
        assert!(found.hits.iter().any(|h| h.linked && h.sentence == 1), "{:?}", found.hits.iter().map(|h| (h.sentence, h.linked)).collect::<Vec<_>>());
    }
}
