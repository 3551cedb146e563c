//! A claim analysed once ([`Claim`]): its content terms ([`ClaimTerm`]) with what matching and the
//! stance rules need to know of each — names, places, the preposition before, negated terms, who
//! the claim says said it.

use crate::retrieve::index::Index;
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, PlaceKind, WordClass};
use crate::text::utterance::Utterance;

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
    pub country: Option<&'static str>,
    /// Which place it is at its own level: a capital's own name, though its key is its
    /// country (`Term::place_id`).
    pub place_id: String,
    /// The preposition before the term, if any ("in", "to", "from" …).
    pub preposition: Option<&'static str>,
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
        self.country.unwrap_or(&self.key)
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
    /// A claim of cause or effect, unhedged (a word of the `cause` class: "causes",
    /// "prevents", "improves"): a finding's caveat hedges a sentence against it
    /// (`verdict::hedge`).
    pub causal: bool,
    /// A learned model's embeddings will match paraphrased words
    /// ([`SOFT_MIN`](super::tuning::SOFT_MIN)), so the postings, which know only the words
    /// themselves, must let through sentences that share less of the claim's wording
    /// ([`SOFT_LOOKUP_MIN`](super::tuning::SOFT_LOOKUP_MIN), one term). Set by the checker.
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
        for t in &analysed.terms {
            if !t.content || names_a_place(t) || set_aside(t) || describes(t) {
                continue;
            }
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
                    country: t.country,
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
        // (Read once here: every candidate sentence's hedge check asks it.)
        let causal = !analysed.has_cue(Cue::Hedge) && analysed.tokens.iter().any(|t| lexicon().is(WordClass::Cause, &t.norm));
        Claim { utterance, terms, negated, negated_terms, attribution, causal, first_word_ordinary: false, paraphrases: false }
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

    /// Does the claim say that what was reported has been checked: a word of confirming at most
    /// four words after a form of "be" or "independent(ly)" ("The report has been
    /// independently verified", "was confirmed", "Independent checks confirmed"), not negated?
    /// Such a claim is contradicted by a passage saying it could not be confirmed; who reported
    /// it is no speaker of the claim.
    pub fn asserts_verification(&self) -> bool {
        let a = &self.analysed;
        !self.negated
            // (Not "was confirmed by the army": someone confirmed it, as in "The army confirmed".)
            && a.cues_of(Cue::Confirm).any(|c| {
                if a.tokens.get(c.last + 1).is_some_and(|t| t.norm == "by") {
                    return false;
                }
                let before = &a.tokens[c.first.saturating_sub(4)..c.first];
                before.iter().any(|t| lexicon().is(WordClass::PassiveBe, &t.norm) || t.norm.starts_with("independent"))
            })
    }

    /// Is every term of the claim a name ("Valencia is in Spain")? Such a claim says nothing
    /// but how its names stand.
    pub fn names_only(&self) -> bool {
        self.terms.iter().all(|t| t.name)
    }

    /// Does the claim name country `c` (its key), as a place, a demonym or a place within it?
    pub fn names_country(&self, c: &str) -> bool {
        self.terms.iter().any(|t| t.country == Some(c))
    }

    /// Does the claim say a word of key `key` ("patient" for "50 patients")?
    pub fn names_key(&self, key: &str) -> bool {
        self.terms.iter().any(|t| t.key == key)
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
pub fn preposition_before(a: &Analysed, first: usize) -> Option<&'static str> {
    let lex = lexicon();
    let mut i = first.checked_sub(1)?;
    // "through the Turkish city of Adana" goes through Adana: the place's preposition is the
    // one before its kind ("the mayor of Paris" keeps "of").
    let mut kind_of = false;
    if a.tokens[i].norm == "of" && i >= 2 && lex.is(WordClass::PlaceNoun, &a.tokens[i - 1].norm) {
        kind_of = true;
        i -= 2;
        // (and a kind before the kind: "the Turkish port city of Mersin")
        while i > 0 && lex.is(WordClass::PlaceNoun, &a.tokens[i].norm) {
            i -= 1;
        }
        // (or a word of what kind, after an article or a nationality: "the Turkish border town
        // of"; not a verb after a name, "Drones from Russia hit city of Kharkiv")
        if i > 0 && !a.tokens[i].capitalized && !lex.is(WordClass::PlaceModifier, &a.tokens[i].norm) {
            let prev = &a.tokens[i - 1].norm;
            if lex.is(WordClass::PlaceModifier, prev) || lex.is_demonym(prev) {
                i -= 1;
            }
        }
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
    // "by way of Mersin" goes through Mersin.
    if a.tokens[i].norm == "of" && i >= 2 && a.tokens[i - 1].norm == "way" && a.tokens[i - 2].norm == "by" {
        return Some("via");
    }
    // ("hit the city of Kharkiv": no preposition before the phrase, so its own "of".)
    slot(&a.tokens[i].norm).or(kind_of.then_some("of"))
}

/// "not only", "not just": emphasis, not negation.
pub fn not_only(a: &Analysed, cue_last: usize) -> bool {
    a.tokens.get(cue_last + 1).is_some_and(|t| lexicon().is(WordClass::Emphasis, &t.norm))
}
