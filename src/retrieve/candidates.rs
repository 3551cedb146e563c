//! Claim → evidence candidates. A sentence is a candidate when it shares enough of the claim's
//! content terms, weighted by IDF (coverage = matched weight / claim weight). Denials that
//! point back ("Turkey and Azerbaijan have denied this") inherit the previous sentence's match.

pub use super::claim::{not_only, preposition_before, Claim, ClaimTerm};
use super::matching::match_sentence;
pub use super::matching::{Figure, Hit, Paraphrases, WordVectors};
pub use super::tuning::{
    LINK_MIN, MAX_ANALYSED, MAX_PARAPHRASE_ANALYSED, MENTION_MIN, MODEL_CANDIDATE_MIN, MODEL_MIN, NAME_MIN, POINTER_WORDS, PREDICATE_MIN, SOFT_LOOKUP_MIN,
    SOFT_MIN, STANCE_MIN,
};
use crate::corpus::Corpus;
use crate::retrieve::index::{Index, IndexedSentence};
use crate::text::lexicon::Cue;
use rustc_hash::FxHashMap as HashMap;

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
    // (Function objects, not generics: one copy for the index and the archive, for
    // WebAssembly size.)
    pub fn new(claim: &Claim, postings: &dyn Fn(&str) -> &'a [u32], idf: &dyn Fn(&str) -> f32) -> Lookup<'a> {
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
        // Best coverage first, then the earlier sentence. Coverage is never negative, so its
        // bits order as the number does and one integer key holds both (sorted by the heap
        // sort the crate has: `select_nth_unstable_by` compiled ~3 KB of WebAssembly more).
        let mut ids = Vec::new();
        for (list, most) in [(ranked, MAX_ANALYSED), (loose, MAX_PARAPHRASE_ANALYSED)] {
            let mut keys: Vec<u64> = list.iter().map(|&(cov, id)| (u64::from(!cov.to_bits()) << 32) | u64::from(id)).collect();
            if keys.len() > most {
                crate::sort_heap(&mut keys);
                keys.truncate(most);
            }
            ids.extend(keys.iter().map(|&k| k as u32));
        }
        crate::sort_heap(&mut ids);
        ids
    }
}

/// Candidate evidence sentences for a claim. Coverage is first estimated from the postings
/// alone; only sentences that pass are analysed. `min` is the least coverage of a candidate:
/// [`MENTION_MIN`], or [`MODEL_CANDIDATE_MIN`] when a learned model will judge them.
pub fn find_evidence(index: &Index, corpus: &Corpus, claim: &Claim, min: f32, words: Option<Paraphrases>) -> Found {
    let lookup = Lookup::new(claim, &|k| index.postings(k), &|k| index.idf(k));
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
    // (A claim that a report has been verified is answered by the passage's "it could not be
    // verified" right after the report, however little of the report's wording it shares, or
    // by a denial of the report there, "The club denied the report"; not by "… denied this",
    // which may answer a report of something else the claim's verifier is named in, nor by
    // one further on.)
    let verified = claim.asserts_verification();
    let strong: Vec<(usize, f32)> =
        hits.iter().filter(|h| h.coverage >= STANCE_MIN || (h.coverage >= LINK_MIN && (plain || verified))).map(|h| (h.sentence, h.coverage)).collect();
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
                && (!verified || (!far && (s.analysed.unconfirmed().is_some() || crate::retrieve::index::denies_the_report(&s.analysed))))
                && (!far || crate::retrieve::index::denied_report(&s.analysed).is_some_and(denies_claim))
                && (coverage >= STANCE_MIN
                    || (verified && s.analysed.unconfirmed().is_some())
                    || (plain
                        && s.analysed.tokens.iter().filter(|t| t.is_word()).count() <= POINTER_WORDS
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
    crate::sort_heap(&mut out);
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
        assert_eq!(slot("They went through the Turkish city of Adana.", "adana"), Some("via"));
        assert_eq!(slot("They arrived via Turkey's Gaziantep.", "gaziantep"), Some("via"));
        // "by way of" is "via", past a kind before the kind ("port city").
        assert_eq!(slot("They arrived by way of the Turkish port city of Mersin.", "mersin"), Some("via"));
        // … or a word of what kind ("border town"): Kilis is a place passed through.
        assert_eq!(slot("They passed through the Turkish border town of Kilis.", "kilis"), Some("via"));
        // (Not a verb after a name: Kharkiv is what was hit, not where the drones came from.)
        assert_eq!(slot("Drones launched from Russia hit city of Kharkiv overnight.", "kharkiv"), Some("of"));
        // With no preposition before it, the phrase keeps its own "of".
        assert_eq!(slot("Missiles hit the city of Kharkiv.", "kharkiv"), Some("of"));
        assert_eq!(slot("She met the mayor of Paris.", "paris"), Some("of"));
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
            let lookup = Lookup::new(&claim, &|k| postings.get(k).map_or(&[][..], Vec::as_slice), &|k| weights.get(k).copied().unwrap_or(1.0));
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
