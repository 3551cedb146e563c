//! How one sentence matches a claim ([`Hit`]): each claim term's tokens in the sentence (by key,
//! opposite, pronoun, word link or embedding), the coverage that weighs them, and the figure a
//! sentence gives for the claim's count.

use super::claim::{Claim, ClaimTerm};
use super::tuning::{MENTION_MIN, SOFT_MIN, STANCE_MIN};
use crate::retrieve::index::{Index, IndexedSentence};
use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, WordClass};
use crate::text::numbers::persons;

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
    // (Not inlined into its dozen callers: WebAssembly size.)
    #[inline(never)]
    pub fn says_token(&self, i: usize) -> bool {
        for m in &self.matched {
            for &(f, l) in m {
                if f <= i && i <= l {
                    return true;
                }
            }
        }
        false
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
            if (t.name || first_word_name) == names && !by_figure && (names || !relative_time(toks, t.spans[0])) {
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
        let (mut got, mut total) = (0.0, 0.0);
        for (i, t) in claim.terms.iter().enumerate() {
            if !except.contains(&i) {
                let w = index.idf(&t.key);
                total += w;
                if !self.matched[i].is_empty() {
                    got += w;
                }
            }
        }
        if total <= 0.0 {
            return 0.0;
        }
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
pub(super) fn match_sentence(index: &Index, claim: &Claim, id: usize, s: &IndexedSentence, words: Option<Paraphrases>) -> Hit {
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
            let lone = crate::text::numbers::lone_count(x, &s.quantities, |h| claim.names_key(h));
            if !q.allows(x, lone) {
                fits = None;
                break;
            }
            // The sentence's figure must say about the claim's: the middle of what it allows
            // inside the claim's (within 5 %). "More than 410,000" allows a million, but does not
            // say one; "around 48,000" says "more than 40,000".
            let middle = (x.lo + x.hi) / 2.0;
            // (A claim's "more than 1,000" is said by a larger lone figure up to ten times it:
            // "3,600 patients", `Quantity::allows`.)
            if middle < q.lo * 0.95 || (middle > q.hi * 1.05 && !(q.open && q.allows(x, lone))) {
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

/// Is the claim word at `(f, l)` part of a time said relative to now ("last year", "this
/// summer", "next month")? When, not what is said of the claim's names: it counts in what the
/// claim says, not in its predicate.
fn relative_time(toks: &[crate::text::token::Token], (f, l): (usize, usize)) -> bool {
    let unit = |i: usize| {
        toks.get(i)
            .is_some_and(|t| matches!(t.norm.as_str(), "year" | "month" | "week" | "weekend" | "night" | "summer" | "winter" | "spring" | "autumn" | "season"))
    };
    let relative = |i: usize| toks.get(i).is_some_and(|t| matches!(t.norm.as_str(), "last" | "this" | "next" | "past"));
    f == l && ((relative(f) && unit(f + 1)) || (unit(f) && f > 0 && relative(f - 1)))
}
