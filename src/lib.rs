//! Corroborate: checks a claim against a corpus of news articles, in the reader's browser or
//! on the command line.
//!
//! The pipeline, one module per stage (docs/ARCHITECTURE.md):
//!
//! ```text
//! text      → tokens, terms, cues, speakers, numbers: one `Utterance` per claim or sentence
//! corpus    → articles from .txt directories, .json or .jsonl (with typed errors)
//! retrieve  → the index over sentences, the claim's candidate sentences, the .idx file
//! stance    → what the rules say one sentence says about the claim, and why (`Reason`)
//! verdict   → rules and the sentence-pair model (`nli`) composed; article verdicts
//! report    → the JSON contract the CLI, the batch command and the JS API share
//! ```
//!
//! [`Checker`] runs them in order. The core has no wasm or DOM code; bindings live in `wasm`
//! (wasm32 only) and the CLI in `main.rs` + `cli/`.

#![warn(missing_docs)]

/// Serialises a fieldless enum as its name in the JSON output, looked up by discriminant in
/// `$names` (in declaration order): a derived `Serialize` costs the size-budgeted WebAssembly a
/// few hundred bytes per enum, this a few dozen.
macro_rules! serialize_as_name {
    ($t:ty, $names:expr) => {
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($names[*self as usize])
            }
        }
    };
}

pub mod binfmt;
pub mod corpus;
pub mod error;
pub mod fnc;
pub mod nli;
pub mod report;
pub mod retrieve;
pub mod stance;
pub mod text;
pub mod verdict;

/// The prebuilt index file format (also `retrieve::store`): its limits and reader.
pub use retrieve::store;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use corpus::{Article, Corpus, MAX_CORPUS_BYTES};
pub use error::{CheckError, CorpusError};
pub use report::{ArticleReport, Evidence, Report};
pub use stance::Stance;
pub use verdict::Verdicts;

/// Sorts a short list stably, `before(a, b)` saying that `a` goes first (an insertion sort).
/// For lists bounded by a claim's length or a handful of stances: a `sort_by` compiles the
/// whole standard sort again for each element type and comparator, about 4 KB of WebAssembly
/// each.
pub(crate) fn sort_short<T>(v: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && before(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Heapsort, the one sort of the WebAssembly for lists of any length: `sort_unstable`
/// compiles its sorting networks and quicksort for each element type, about 4 KB of
/// WebAssembly even for one type (the ids sorted as `u32`); a heap is a few hundred bytes
/// and stays O(n log n).
pub(crate) fn sort_heap<T: Ord>(v: &mut [T]) {
    // Moves `v[root]` down the heap `v[..end]` until both children are smaller.
    fn sift<T: Ord>(v: &mut [T], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && v[child] < v[child + 1] {
                child += 1;
            }
            if v[root] >= v[child] {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    for i in (0..v.len() / 2).rev() {
        sift(v, i, v.len());
    }
    for end in (1..v.len()).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

/// Longest claim accepted, in characters. A claim is one sentence a reader saw; anything longer
/// is almost certainly a pasted article, which would make a slow and meaningless check.
pub const MAX_CLAIM_CHARS: usize = 1000;

/// A claim checker over one corpus: the index is built once, claims are checked many times.
pub struct Checker {
    corpus: Corpus,
    index: retrieve::index::Index,
    model: Model,
    /// The sentence-pair model that judges every candidate sentence with the rules (see
    /// `verdict`). Natively the shipped one; in the browser, set once its file has loaded.
    nli: NliSource,
    /// Each article analysed for the stance model, on first use.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // (FNC-1 verdicts are native only)
    bodies: Vec<std::sync::OnceLock<fnc::PreparedBody>>,
}

/// Where a checker's sentence-pair model comes from.
#[derive(Clone)]
enum NliSource {
    /// The model shipped in the binary (native builds; none in WebAssembly, where its 2 MB are
    /// a separate file the page loads and hands over with `set_nli_model`).
    Shipped,
    /// A model given by the caller.
    Given(std::sync::Arc<nli::NliModel>),
    /// None: the rules alone decide.
    Off,
}

impl NliSource {
    fn get(&self) -> Option<&nli::NliModel> {
        match self {
            #[cfg(not(target_arch = "wasm32"))]
            NliSource::Shipped => Some(nli::NliModel::embedded()),
            #[cfg(target_arch = "wasm32")]
            NliSource::Shipped => None,
            NliSource::Given(m) => Some(m),
            NliSource::Off => None,
        }
    }
}

/// The article-level FNC-1 stance model a checker consults for FNC-1 verdicts
/// ([`Verdicts::Fnc`]): the shipped one natively, one given by the caller, or none — in
/// WebAssembly its 75 KB are a separate file (`pkg/fnc-model.bin`) that only callers who want
/// FNC-1 verdicts load, so readers of the widget never download it.
enum Model {
    #[cfg(not(target_arch = "wasm32"))]
    Embedded,
    Owned(std::sync::Arc<fnc::StanceModel>),
    #[cfg(target_arch = "wasm32")]
    Missing,
}

impl Model {
    /// The model the build starts with: embedded natively, none in WebAssembly.
    fn shipped() -> Model {
        #[cfg(not(target_arch = "wasm32"))]
        return Model::Embedded;
        #[cfg(target_arch = "wasm32")]
        return Model::Missing;
    }

    fn get(&self) -> Option<&fnc::StanceModel> {
        match self {
            #[cfg(not(target_arch = "wasm32"))]
            Model::Embedded => Some(fnc::StanceModel::embedded()),
            Model::Owned(m) => Some(m),
            #[cfg(target_arch = "wasm32")]
            Model::Missing => None,
        }
    }
}

impl Checker {
    /// Builds the index for `corpus`.
    pub fn new(corpus: Corpus) -> Checker {
        Checker::build(corpus, Model::shipped())
    }

    /// Builds a checker that consults `model` for FNC-1 verdicts instead of the shipped weights.
    pub fn with_model(corpus: Corpus, model: fnc::StanceModel) -> Checker {
        Checker::build(corpus, Model::Owned(std::sync::Arc::new(model)))
    }

    /// Uses `model` as the article-level FNC-1 model for [`Verdicts::Fnc`] checks (in
    /// WebAssembly, where none is built in, the page's copy of `fnc-model.bin`).
    pub fn set_fnc_model(&mut self, model: std::sync::Arc<fnc::StanceModel>) {
        self.model = Model::Owned(model);
    }

    /// Whether FNC-1 verdicts can be given: always natively; in WebAssembly once
    /// [`Checker::set_fnc_model`] was called.
    pub fn has_fnc_model(&self) -> bool {
        self.model.get().is_some()
    }

    fn build(corpus: Corpus, model: Model) -> Checker {
        let index = retrieve::index::Index::build(&corpus);
        let bodies = (0..corpus.len()).map(|_| std::sync::OnceLock::new()).collect();
        Checker { corpus, index, model, nli: NliSource::Shipped, bodies }
    }

    /// Uses `model` as the sentence-pair model (e.g. a file the page downloaded), or none:
    /// then the rules alone decide.
    pub fn set_nli_model(&mut self, model: Option<std::sync::Arc<nli::NliModel>>) {
        self.nli = model.map_or(NliSource::Off, NliSource::Given);
    }

    /// The sentence-pair model judging candidate sentences, if any.
    pub fn nli_model(&self) -> Option<&nli::NliModel> {
        self.nli.get()
    }

    /// A checker from a prebuilt index file (`corroborate index`).
    pub fn from_index_bytes(bytes: &[u8]) -> Result<Checker, retrieve::store::IndexFileError> {
        let (corpus, index) = retrieve::store::read(bytes)?;
        let bodies = (0..corpus.len()).map(|_| std::sync::OnceLock::new()).collect();
        Ok(Checker { corpus, index, model: Model::shipped(), nli: NliSource::Shipped, bodies })
    }

    /// The prebuilt index file for this checker's corpus.
    pub fn to_index_bytes(&self) -> Vec<u8> {
        retrieve::store::write(&self.corpus, &self.index)
    }

    /// This checker's corpus and index cut into a sharded archive's files
    /// (`corroborate index --shards`).
    pub fn to_archive(&self, cut: retrieve::shards::Cut) -> retrieve::shards::Files {
        retrieve::shards::write(&self.corpus, &self.index, cut)
    }

    /// A checker over the bundled seed corpus.
    pub fn bundled() -> Checker {
        Checker::new(Corpus::bundled())
    }

    /// The articles this checker checks against.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// Number of evidence sentences indexed.
    pub fn sentence_count(&self) -> usize {
        self.index.sentences.len()
    }

    /// Checks one claim against every article.
    pub fn check(&self, claim: &str) -> Result<Report, CheckError> {
        self.check_with(claim, verdict::Verdicts::Evidence)
    }

    /// Checks one claim, with article verdicts in the given semantics.
    pub fn check_with(&self, claim: &str, mode: verdict::Verdicts) -> Result<Report, CheckError> {
        let claim = validate_claim(claim)?;
        let nli_model = self.nli_model();
        // Misspelt words read as the corpus's words, when the model's vocabulary can tell a
        // typo from a real word the corpus does not use.
        let knows = |w: &str| nli_model.is_some_and(|m| m.knows_word(w));
        let (corrected_text, corrected) = retrieve::spelling::correct(&self.index, claim, nli_model.map(|_| &knows as &dyn Fn(&str) -> bool));
        let claim = corrected_text.as_str();
        let mut analysed = retrieve::candidates::Claim::analyse(claim);
        analysed.first_word_ordinary = analysed.analysed.tokens.first().is_some_and(|t| t.is_word() && knows(&t.norm));
        analysed.paraphrases = nli_model.is_some();
        let min = if nli_model.is_some() { retrieve::candidates::MODEL_CANDIDATE_MIN } else { retrieve::candidates::MENTION_MIN };
        let vectors = |w: &str| nli_model?.word_vector(w);
        let paraphrases = nli_model.map(|m| retrieve::candidates::Paraphrases { vectors: &vectors, links: word_links(m) });
        let found = retrieve::candidates::find_evidence(&self.index, &self.corpus, &analysed, min, paraphrases);
        // The sentence-pair model judges (evidence sentence, claim) where the verdict stage
        // asks it to.
        let claim_ids = nli_model.map(|m| m.tokenize(claim));
        // A claim negated by "not", "no" or "never" is also read without them: a sentence the
        // model finds to say that contradicts the claim, which the model, weak on negation,
        // may not see.
        let unnegated_ids = nli_model.zip(claim_ids.as_ref()).filter(|_| analysed.plainly_negated()).map(|(m, ids)| {
            let negators = m.tokenize("not no never");
            ids.iter().filter(|i| !negators.contains(i)).copied().collect::<Vec<u32>>()
        });
        let mut nli = |s: &retrieve::index::IndexedSentence| {
            let (m, ids) = (nli_model?, claim_ids.as_ref()?);
            let premise = m.tokenize(&s.text);
            let mut p = verdict::Nli::from_probs(m.predict_ids(&premise, ids));
            p.unnegated = unnegated_ids.as_ref().map(|u| m.predict_ids(&premise, u)[nli::ENTAILMENT]);
            Some(p)
        };
        // FNC-1 verdicts: the article-level model judges every article that shares enough of
        // the claim's words. Evidence verdicts do not ask it: they come from sentences, and the
        // only use it had there (dropping weak mentions it called unrelated) changed no answer
        // on any of our claim and pair sets, while it cost a body analysis per matched article.
        let learned: Vec<(usize, [f32; 4])> = match mode {
            verdict::Verdicts::Evidence => Vec::new(),
            verdict::Verdicts::Fnc => self.fnc_probabilities(claim, &analysed)?,
        };
        let verdicts = verdict::collect(&self.index, &analysed, &found, &mut nli, &learned, mode);
        Ok(report::build(&self.corpus, &analysed, &found, verdicts).with_corrections(corrected))
    }
}

/// The model file's word links, keyed by the engine's word keys (built once per model).
pub(crate) fn word_links(m: &nli::NliModel) -> Option<&nli::WordLinks> {
    m.word_links(&link_key)
}

/// The key a word's WordNet links go by: its word key, or none (empty) for a word of a synonym
/// group, which keeps to its group — a link would otherwise run on through the group
/// ("traffic" / "dealings" to "pact", which the group of "deal" holds).
pub(crate) fn link_key(word: &str) -> String {
    text::analyze::ungrouped_key(word).unwrap_or_default()
}

/// A checker over a sharded archive (`corroborate index CORPUS --shards DIR`), which holds only
/// the files fetched so far. A check is three steps, with fetching in between:
/// [`ArchiveChecker::shards_for`] names the posting shards a claim needs, then
/// [`ArchiveChecker::chunks_for`] the article chunks, then [`ArchiveChecker::check`] gives the
/// report the single-file index would give. A claim with a word the archive may not know takes
/// two more steps after the shards: [`ArchiveChecker::vocab_for`] names the vocabulary files
/// its spelling suggestions need, and [`ArchiveChecker::shards_for`] again the shards of the
/// corrected words. Evidence verdicts only: FNC-1 verdicts need every article.
pub struct ArchiveChecker {
    archive: retrieve::shards::Archive,
    nli: NliSource,
}

impl ArchiveChecker {
    /// Opens an archive from its `manifest.bin`.
    pub fn open(manifest: &[u8]) -> Result<ArchiveChecker, retrieve::store::IndexFileError> {
        Ok(ArchiveChecker { archive: retrieve::shards::Archive::open(manifest)?, nli: NliSource::Shipped })
    }

    /// The archive: its size and what is loaded.
    pub fn archive(&self) -> &retrieve::shards::Archive {
        &self.archive
    }

    /// Uses `model` as the sentence-pair model, or none (see [`Checker::set_nli_model`]).
    pub fn set_nli_model(&mut self, model: Option<std::sync::Arc<nli::NliModel>>) {
        self.nli = model.map_or(NliSource::Off, NliSource::Given);
    }

    /// A checker of the articles given, sharing this one's model.
    fn checker(&self, corpus: Corpus, index: retrieve::index::Index) -> Checker {
        let bodies = (0..corpus.len()).map(|_| std::sync::OnceLock::new()).collect();
        Checker { corpus, index, model: Model::shipped(), nli: self.nli.clone(), bodies }
    }

    /// The words of `claim` that may be misspelt, as far as the loaded shards tell (the
    /// single-file check's rule: see `retrieve::spelling`); none without a model.
    fn typos(&self, claim: &str) -> Vec<retrieve::spelling::Typo> {
        let Some(m) = self.nli.get() else { return Vec::new() };
        retrieve::spelling::typos(claim, &|k| self.archive.df_if_loaded(k), &|w| m.knows_word(w))
    }

    /// The claim as a check reads it: misspelt words replaced by the loaded vocabulary's.
    fn corrected(&self, claim: &str) -> Result<(String, Vec<retrieve::spelling::Correction>), CheckError> {
        let claim = validate_claim(claim)?;
        let typos = self.typos(claim);
        Ok(if typos.is_empty() { (claim.to_string(), Vec::new()) } else { retrieve::spelling::apply(claim, &typos, self.archive.vocabulary()) })
    }

    /// The corrected claim as a check analyses it, and the least coverage of its candidates.
    fn analyse(&self, claim: &str) -> Result<(retrieve::candidates::Claim, f32), CheckError> {
        let (claim, _) = self.corrected(claim)?;
        Ok(self.analyse_corrected(&claim))
    }

    fn analyse_corrected(&self, corrected: &str) -> (retrieve::candidates::Claim, f32) {
        let min = if self.nli.get().is_some() { retrieve::candidates::MODEL_CANDIDATE_MIN } else { retrieve::candidates::MENTION_MIN };
        let mut claim = retrieve::candidates::Claim::analyse(corrected);
        claim.paraphrases = self.nli.get().is_some();
        (claim, min)
    }

    /// The posting shards a check of `claim` needs that are not loaded (`postings/N.bin`): its
    /// words' and, once vocabulary files are loaded, its corrected words'.
    pub fn shards_for(&mut self, claim: &str) -> Result<Vec<u32>, CheckError> {
        let typed = retrieve::candidates::Claim::analyse(validate_claim(claim)?);
        let mut need = self.archive.shards_for(&typed);
        let (corrected, _) = self.analyse(claim)?;
        need.extend(self.archive.shards_for(&corrected));
        sort_heap(&mut need);
        need.dedup();
        Ok(need)
    }

    /// The vocabulary files (`vocab/N.bin`) that spelling suggestions for `claim` need and that
    /// are not loaded, once its shards are.
    pub fn vocab_for(&self, claim: &str) -> Result<Vec<u32>, CheckError> {
        Ok(self.archive.vocab_for(&self.typos(validate_claim(claim)?)))
    }

    /// Adds vocabulary file `n` (the bytes of `vocab/N.bin`), validated.
    pub fn add_vocab(&mut self, n: u32, bytes: &[u8]) -> Result<(), retrieve::store::IndexFileError> {
        self.archive.add_vocab(n, bytes)
    }

    /// Adds posting shard `n` (the bytes of `postings/N.bin`), validated.
    pub fn add_shard(&mut self, n: u32, bytes: &[u8]) -> Result<(), retrieve::store::IndexFileError> {
        self.archive.add_shard(n, bytes)
    }

    /// The article chunks a check of `claim` needs that are not loaded (`articles/N.bin`),
    /// once the shards it needs are.
    pub fn chunks_for(&self, claim: &str) -> Result<Vec<u32>, CheckError> {
        let (claim, min) = self.analyse(claim)?;
        Ok(self.archive.chunks_for(&claim, min))
    }

    /// Adds article chunk `n` (the bytes of `articles/N.bin`), validated.
    pub fn add_chunk(&mut self, n: u32, bytes: &[u8]) -> Result<(), retrieve::store::IndexFileError> {
        self.archive.add_chunk(n, bytes)
    }

    /// Checks `claim` against the loaded articles: the whole archive's answer once the shards
    /// and chunks the two steps before named are added.
    pub fn check(&self, claim: &str) -> Result<Report, CheckError> {
        let (corrected, corrections) = self.corrected(claim)?;
        let (analysed, min) = self.analyse_corrected(&corrected);
        let (corpus, index) = self.archive.partial(&analysed, min).ok_or(CheckError::ShardsMissing)?;
        Ok(self.checker(corpus, index).check(&corrected)?.with_corrections(corrections))
    }
}

impl Checker {
    /// The FNC-1 article model's probabilities for each article that shares enough of the
    /// claim's words.
    #[cfg(not(target_arch = "wasm32"))]
    fn fnc_probabilities(&self, claim: &str, analysed: &retrieve::candidates::Claim) -> Result<Vec<(usize, [f32; 4])>, CheckError> {
        let model = self.model.get().ok_or(CheckError::NoArticleModel)?;
        let headline = model.prepare_headline(claim);
        Ok(retrieve::candidates::related_articles(&self.index, analysed)
            .into_iter()
            .map(|ai| {
                let body = self.bodies[ai].get_or_init(|| model.prepare_body(&self.corpus.articles[ai].text));
                (ai, model.predict_pair(&headline, body))
            })
            .collect())
    }

    /// In WebAssembly FNC-1 verdicts are not available: the article model's code (features,
    /// inference) cost the widget ~6 KB gzip of its 300 KB budget, and readers never use it.
    #[cfg(target_arch = "wasm32")]
    fn fnc_probabilities(&self, _: &str, _: &retrieve::candidates::Claim) -> Result<Vec<(usize, [f32; 4])>, CheckError> {
        Err(CheckError::NoArticleModel)
    }
}

/// The claims in a reader's text, one per sentence (ClaimBuster's unit): a pasted paragraph
/// checked as one claim matches no sentence well enough and comes back "not covered". A text
/// of one sentence is returned whole, as typed.
pub fn claims_in(text: &str) -> Vec<&str> {
    let text = text.trim();
    let parts: Vec<&str> = text::segment::sentences(text).iter().map(|s| text[s.start..s.end].trim()).filter(|s| !s.is_empty()).collect();
    if parts.len() >= 2 {
        parts
    } else {
        vec![text]
    }
}

/// Rejects claims that cannot be checked, with a reason a reader understands.
pub fn validate_claim(claim: &str) -> Result<&str, CheckError> {
    let trimmed = claim.trim();
    if trimmed.is_empty() {
        return Err(CheckError::EmptyClaim);
    }
    let chars = trimmed.chars().count();
    if chars > MAX_CLAIM_CHARS {
        return Err(CheckError::ClaimTooLong { chars, max: MAX_CLAIM_CHARS });
    }
    if trimmed.chars().filter(|c| c.is_control() && !c.is_whitespace()).count() * 10 > chars || !trimmed.chars().any(|c| c.is_alphanumeric()) {
        return Err(CheckError::NotText);
    }
    if let Some(text::language::Foreign(reads_as)) = text::language::foreign(trimmed) {
        return Err(CheckError::NotEnglish { reads_as });
    }
    Ok(trimmed)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sort_heap_sorts() {
        for n in 0..40u32 {
            let mut v: Vec<[u32; 2]> = (0..n).map(|i| [(i * 7919 + 13) % 17, i % 3]).collect();
            let mut want = v.clone();
            want.sort();
            super::sort_heap(&mut v);
            assert_eq!(v, want, "n = {n}");
        }
    }

    #[test]
    fn sort_short_is_a_stable_sort() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        super::sort_short(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
    }
}
