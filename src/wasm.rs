//! The JavaScript API (wasm32 only). Results are plain JS objects that follow the CLI's JSON
//! contract; every failure is a thrown `Error` with a message, never a panic or a trap.
//!
//! Why every argument is taken as a `JsValue` and checked here: with typed parameters
//! (`&str`, `&[u8]`) wasm-bindgen's glue copies whatever it is given into wasm memory first, and
//! a number or an object there made the instance trap ("memory access out of bounds") — and a
//! trap, like any JS exception thrown through wasm frames, skips the epilogues that restore the
//! shadow stack, so after a few thousand such failures every call on the page failed. Here a
//! wrong type is a `TypeError` thrown from JS glue after a normal return; nothing unwinds
//! through wasm. Oversized input is refused from its JS length, before it is copied (wasm memory
//! never shrinks).
//!
//! If the instance ever traps anyway (a bug in the core), [`reset_engine`] replaces it with a
//! fresh one; the widget does that and rebuilds its checkers from the corpora it kept.

use crate::error::{CheckError, CorpusError};
use crate::{nli, Article, Checker as Core, Corpus};
use js_sys::{JsString, Uint8Array};
use serde::Serialize;
use std::cell::RefCell;
use std::sync::{Arc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A stance an article or a piece of evidence takes on the claim. */
export type Stance = "supports" | "contradicts" | "denial" | "mentions";
/** An article of a corpus, as given to `Checker.fromArticles` and returned by `article(id)`. */
export interface Article { id: string; title: string; text: string; source?: string; url?: string; date?: string }
/** A sentence that bears on the claim; offsets are UTF-8 byte offsets. */
export interface Evidence {
    sentence: string; start: number; end: number; stance: Stance; stances: Stance[]; score: number;
    speaker?: string; cue?: string; matched: string[]; marks: [number, number][];
    /** The rule that decided ("none": a mention, or the model's own call). */
    reason: "none" | "denial" | "number" | "date" | "opposite" | "place" | "list" | "negation" | "claim_negated" | "assertion";
    /** Why, in a sentence for the reader, with who decided and how sure. */
    why: string;
    /** Byte ranges within `sentence` of the words that decided its stance, for highlighting. */
    cue_marks: [number, number][];
    /** How sure the engine is of this sentence's stance. */
    confidence: "high" | "medium" | "low";
    /** Who decided this sentence's stance. */
    decided_by: "rules" | "model" | "both";
    /** Present when the checker has a sentence-pair model (`setNliModel`). */
    nli?: Nli;
}
/** One article's position on the claim. */
export interface ArticleReport {
    id: string; title: string; source?: string; url?: string; date?: string;
    verdict: Stance; score: number; stances: Stance[]; evidence: Evidence[]; evidence_total: number;
    learned?: { agree: number; disagree: number; discuss: number; unrelated: number };
    decided_by: "rules" | "model" | "both";
}
/** The sentence-pair model's probabilities for (evidence sentence, claim), when it was consulted. */
export interface Nli { entailment: number; contradiction: number; neutral: number }
/** What `check` returns (the CLI's `check --json`). `claim` is the text as checked: with `corrected` words ("Turky" read as "Turkey") replaced. */
export interface Report { claim: string; covered: boolean; statement: boolean; summary: string; claim_marks: [number, number][]; articles: ArticleReport[]; corrected?: { from: string; to: string }[] }
"#;

/// The sentence-pair (NLI) model, parsed once from its file (`nli-model.bin`, next to the
/// engine in pkg/) and shared by every checker given it: `checker.setNliModel(model)`. In
/// WebAssembly no model is built in; without one a checker's rules alone decide.
#[wasm_bindgen]
pub struct NliModel {
    inner: Arc<nli::NliModel>,
    id: u32,
}

// Live models by id. A checker is handed a model as a JS value; its `nliModelId` getter (a call
// through wasm-bindgen's glue, which refuses freed and stale objects) leads here, so no pointer
// from JS is ever trusted. Weak: a freed handle leaves only the checkers that took it holding it.
struct Registry {
    next_id: u32,
    live: Vec<(u32, Weak<nli::NliModel>)>,
}

thread_local! {
    static MODELS: RefCell<Registry> = const { RefCell::new(Registry { next_id: 0, live: Vec::new() }) };
}

#[wasm_bindgen]
impl NliModel {
    /// Parses and validates a model file (a `Uint8Array` or an `ArrayBuffer`). A file that is not
    /// a valid model (truncated, corrupt, another version) throws an Error saying why; anything
    /// that is not bytes, a TypeError.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(#[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue) -> Result<NliModel, JsValue> {
        let bytes = js_bytes(&bytes, "the model")?;
        let model = nli::NliModel::from_bytes(&bytes).map_err(|e| error(&e.to_string()))?;
        // The word links are built now, while the page says the model is loading, not on the
        // reader's first check.
        crate::word_links(&model);
        Ok(NliModel::register(Arc::new(model)))
    }

    /// The model's probabilities that `premise` (an evidence sentence) entails, contradicts or
    /// says nothing about `hypothesis` (a claim): `{entailment, contradiction, neutral}`, summing
    /// to 1 — what a check consults per sentence, for callers who have their own pairs. Each side
    /// is read up to the model's token limit; a TypeError when either is not a string.
    #[wasm_bindgen(unchecked_return_type = "Nli")]
    pub fn predict(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] premise: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] hypothesis: JsValue,
    ) -> Result<JsValue, JsValue> {
        let premise = js_prefix(js_string(&premise, "the premise")?);
        let hypothesis = js_prefix(js_string(&hypothesis, "the hypothesis")?);
        to_js(&crate::verdict::Nli::from_probs(self.inner.predict(&premise, &hypothesis)))
    }

    /// This handle's id, by which `setNliModel` finds the model (not meant for callers).
    #[wasm_bindgen(getter, js_name = nliModelId)]
    pub fn nli_model_id(&self) -> u32 {
        self.id
    }
}

impl NliModel {
    fn register(inner: Arc<nli::NliModel>) -> NliModel {
        MODELS.with(|m| {
            let mut m = m.borrow_mut();
            m.live.retain(|(_, w)| w.strong_count() > 0);
            m.next_id += 1;
            let id = m.next_id;
            m.live.push((id, Arc::downgrade(&inner)));
            NliModel { inner, id }
        })
    }

    /// The model behind a JS value: an `NliModel` handle, or a model file's bytes.
    fn from_js(value: &JsValue) -> Result<Arc<nli::NliModel>, JsValue> {
        if value.is_instance_of::<Uint8Array>() || value.is_instance_of::<js_sys::ArrayBuffer>() {
            return Ok(NliModel::from_bytes(value.clone())?.inner);
        }
        let expected =
            |v: &JsValue| type_error(&format!("the model must be an NliModel (from NliModel.fromBytes), a model file's bytes or null, not {}", describe(v)));
        if !value.is_object() {
            return Err(expected(value));
        }
        // A freed or stale handle makes the glue throw; an object without the getter gives undefined.
        let id = js_sys::Reflect::get(value, &JsValue::from_str("nliModelId"))
            .map_err(|_| error("this NliModel was freed or made before the engine restarted: load it again with NliModel.fromBytes"))?;
        let id = id.as_f64().ok_or_else(|| expected(value))?;
        MODELS
            .with(|m| m.borrow().live.iter().find(|(i, _)| f64::from(*i) == id).and_then(|(_, w)| w.upgrade()))
            .ok_or_else(|| error("this NliModel was freed or made before the engine restarted: load it again with NliModel.fromBytes"))
    }
}

/// The bytes of a `Uint8Array` or `ArrayBuffer`, or a TypeError naming `what`.
fn js_bytes(value: &JsValue, what: &str) -> Result<Vec<u8>, JsValue> {
    if let Some(a) = value.dyn_ref::<Uint8Array>() {
        Ok(a.to_vec())
    } else if value.is_instance_of::<js_sys::ArrayBuffer>() {
        Ok(Uint8Array::new(value).to_vec())
    } else {
        Err(type_error(&format!("{what} must be a Uint8Array (the file's bytes), not {}", describe(value))))
    }
}

/// A claim checker over one corpus. Build it once, then call `check` as often as you like.
#[wasm_bindgen]
pub struct Checker {
    inner: Core,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| error(&format!("cannot convert the result: {e}")))
}

fn error(message: &str) -> JsValue {
    js_sys::Error::new(message).into()
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// How a JS value is described in a type error: "a number", "an object", "null", …
fn describe(value: &JsValue) -> String {
    if value.is_undefined() {
        "undefined".into()
    } else if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "an array".into()
    } else if value.is_instance_of::<Uint8Array>() {
        "a Uint8Array".into()
    } else {
        let kind = value.js_typeof().as_string().unwrap_or_default();
        let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
        format!("{article} {kind}")
    }
}

/// The JS string in `value`, or a TypeError naming `what` and what it got instead.
/// The first 64 K UTF-16 units of `s` as a Rust string: enough for any token limit, so a
/// megabyte-long argument is never copied whole into wasm memory.
fn js_prefix(s: &JsString) -> String {
    const MAX_UNITS: u32 = 64 * 1024;
    if s.length() > MAX_UNITS {
        String::from(s.slice(0, MAX_UNITS))
    } else {
        String::from(s)
    }
}

fn js_string<'a>(value: &'a JsValue, what: &str) -> Result<&'a JsString, JsValue> {
    value.dyn_ref::<JsString>().ok_or_else(|| type_error(&format!("{what} must be a string, not {}", describe(value))))
}

/// An optional string argument: `undefined` and `null` are absent.
fn optional_string(value: Option<JsValue>, what: &str) -> Result<Option<String>, JsValue> {
    match value {
        None => Ok(None),
        Some(v) if v.is_undefined() || v.is_null() => Ok(None),
        Some(v) => Ok(Some(String::from(js_string(&v, what)?))),
    }
}

/// The claim argument, trimmed. A claim has at most MAX_CLAIM_CHARS characters, each at most
/// two UTF-16 units: a longer one is refused before megabytes of it are copied into wasm memory.
fn claim_arg(claim: &JsValue) -> Result<String, JsValue> {
    let claim = js_string(claim, "the claim")?;
    let trimmed = claim.trim();
    let units = trimmed.length() as usize;
    if units > 2 * crate::MAX_CLAIM_CHARS {
        // Say how long it is in characters, as the core does: a UTF-16 unit that is the
        // second half of a surrogate pair is not a character of its own.
        let chars = trimmed.iter().filter(|u| !(0xDC00..0xE000).contains(u)).count();
        return Err(error(&CheckError::ClaimTooLong { chars, max: crate::MAX_CLAIM_CHARS }.to_string()));
    }
    Ok(String::from(trimmed))
}

/// `article(id)` of both checkers: the article `find` gives for the id, or `undefined`.
fn article_js<'a>(id: &JsValue, find: impl Fn(&str) -> Option<&'a Article>) -> Result<JsValue, JsValue> {
    let id = js_string(id, "the article id")?;
    if id.length() as usize > 64 * 1024 {
        return Ok(JsValue::UNDEFINED); // no corpus has ids that long; do not copy it
    }
    match find(&String::from(id)) {
        Some(a) => to_js::<Article>(a),
        None => Ok(JsValue::UNDEFINED),
    }
}

/// `claimsIn` of both checkers: a text over the claim limit comes back whole.
fn claims_in_js(text: &JsValue) -> Result<JsValue, JsValue> {
    let text = js_string(text, "the text")?;
    let arr = js_sys::Array::new();
    if text.length() as usize > 2 * crate::MAX_CLAIM_CHARS {
        arr.push(text);
        return Ok(arr.into());
    }
    for part in crate::claims_in(&String::from(text)) {
        arr.push(&JsValue::from_str(part));
    }
    Ok(arr.into())
}

/// A checker over a sharded archive (`corroborate index CORPUS --shards DIR`) that downloads
/// nothing itself: open it with the bytes of `manifest.bin`; for each claim, fetch the files
/// `shardsFor(claim)` names (`Archive.shardPath(n)`, relative to the manifest) and add them;
/// then those `vocabFor(claim)` names (`Archive.vocabPath(n)`: spelling suggestions for a word
/// the archive may not know) and `shardsFor(claim)` again (the corrected words' shards); then
/// those `chunksFor(claim)` names (`Archive.chunkPath(n)`), then `check(claim)`. Every file
/// is validated (format, archive, checksum, bounds): a bad one throws and is not kept.
#[wasm_bindgen]
pub struct Archive {
    inner: crate::ArchiveChecker,
}

#[wasm_bindgen]
impl Archive {
    /// Opens an archive from its manifest's bytes; throws an Error for a bad manifest.
    #[wasm_bindgen(js_name = fromManifest)]
    pub fn from_manifest(#[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue) -> Result<Archive, JsValue> {
        let bytes = js_bytes(&bytes, "the manifest")?;
        crate::ArchiveChecker::open(&bytes).map(|inner| Archive { inner }).map_err(|e| error(&format!("the archive's manifest: {e}")))
    }

    /// The path of posting shard `n`, relative to the manifest.
    #[wasm_bindgen(js_name = shardPath)]
    pub fn shard_path(n: u32) -> String {
        crate::retrieve::shards::shard_path(n)
    }

    /// The path of article chunk `n`, relative to the manifest.
    #[wasm_bindgen(js_name = chunkPath)]
    pub fn chunk_path(n: u32) -> String {
        crate::retrieve::shards::chunk_path(n)
    }

    /// The path of vocabulary file `n`, relative to the manifest.
    #[wasm_bindgen(js_name = vocabPath)]
    pub fn vocab_path(n: u32) -> String {
        crate::retrieve::shards::vocab_path(n)
    }

    /// The vocabulary files spelling suggestions for `claim` need that are not loaded yet
    /// (once its shards are).
    #[wasm_bindgen(js_name = vocabFor)]
    pub fn vocab_for(&self, #[wasm_bindgen(unchecked_param_type = "string")] claim: JsValue) -> Result<Vec<u32>, JsValue> {
        self.inner.vocab_for(&claim_arg(&claim)?).map_err(|e| error(&e.to_string()))
    }

    /// Adds vocabulary file `n` (the file's bytes); throws an Error for a bad file.
    #[wasm_bindgen(js_name = addVocab)]
    pub fn add_vocab(&mut self, n: u32, #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue) -> Result<(), JsValue> {
        let bytes = js_bytes(&bytes, "the vocabulary file")?;
        self.inner.add_vocab(n, &bytes).map_err(|e| error(&e.to_string()))
    }

    /// The posting shards a check of `claim` needs that are not loaded yet.
    #[wasm_bindgen(js_name = shardsFor)]
    pub fn shards_for(&mut self, #[wasm_bindgen(unchecked_param_type = "string")] claim: JsValue) -> Result<Vec<u32>, JsValue> {
        self.inner.shards_for(&claim_arg(&claim)?).map_err(|e| error(&e.to_string()))
    }

    /// Adds posting shard `n` (the file's bytes); throws an Error for a bad file.
    #[wasm_bindgen(js_name = addShard)]
    pub fn add_shard(&mut self, n: u32, #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue) -> Result<(), JsValue> {
        let bytes = js_bytes(&bytes, "the shard")?;
        self.inner.add_shard(n, &bytes).map_err(|e| error(&e.to_string()))
    }

    /// The article chunks a check of `claim` needs that are not loaded yet (once its shards are).
    #[wasm_bindgen(js_name = chunksFor)]
    pub fn chunks_for(&self, #[wasm_bindgen(unchecked_param_type = "string")] claim: JsValue) -> Result<Vec<u32>, JsValue> {
        self.inner.chunks_for(&claim_arg(&claim)?).map_err(|e| error(&e.to_string()))
    }

    /// Adds article chunk `n` (the file's bytes); throws an Error for a bad file.
    #[wasm_bindgen(js_name = addChunk)]
    pub fn add_chunk(&mut self, n: u32, #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue) -> Result<(), JsValue> {
        let bytes = js_bytes(&bytes, "the chunk")?;
        self.inner.add_chunk(n, &bytes).map_err(|e| error(&e.to_string()))
    }

    /// Checks a claim once its files are added: the report `Checker.check` gives.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(&self, #[wasm_bindgen(unchecked_param_type = "string")] claim: JsValue) -> Result<JsValue, JsValue> {
        let report = self.inner.check(&claim_arg(&claim)?).map_err(|e| error(&e.to_string()))?;
        to_js(&report)
    }

    /// Number of articles in the archive.
    #[wasm_bindgen(getter, js_name = articleCount)]
    pub fn article_count(&self) -> usize {
        self.inner.archive().article_count()
    }

    /// The claims in a reader's text, as `Checker.claimsIn`.
    #[wasm_bindgen(js_name = claimsIn, unchecked_return_type = "string[]")]
    pub fn claims_in(&self, #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
        claims_in_js(&text)
    }

    /// A loaded article `{id, title, text, …}` (every article a report shows is), or `undefined`.
    #[wasm_bindgen(unchecked_return_type = "Article | undefined")]
    pub fn article(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> Result<JsValue, JsValue> {
        article_js(&id, |id| self.inner.archive().article(id))
    }

    /// Sets the sentence-pair model, as `Checker.setNliModel`.
    #[wasm_bindgen(js_name = setNliModel)]
    pub fn set_nli_model(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "NliModel | Uint8Array | ArrayBuffer | null")] model: JsValue,
    ) -> Result<(), JsValue> {
        let model = if model.is_null() || model.is_undefined() { None } else { Some(NliModel::from_js(&model)?) };
        self.inner.set_nli_model(model);
        Ok(())
    }
}

#[wasm_bindgen]
impl Checker {
    /// A checker over articles given as JS objects `{id, title, text, source?, url?, date?}`
    /// (an array, or `{articles: [...]}` as in a .json corpus). Throws a TypeError for a value
    /// that is not an object at all.
    #[wasm_bindgen(js_name = fromArticles)]
    pub fn from_articles(#[wasm_bindgen(unchecked_param_type = "Article[]")] articles: JsValue) -> Result<Checker, JsValue> {
        if !articles.is_object() {
            return Err(type_error(&format!("articles must be an array of {{id, title, text}} objects, not {}", describe(&articles))));
        }
        let json = js_sys::JSON::stringify(&articles).map_err(|_| type_error("the articles cannot be converted to JSON (a cycle or a BigInt in them?)"))?;
        Checker::from_json_text(JsValue::from(json), None)
    }

    /// A checker over a corpus in the CLI's .json format (an array of articles), as text or as
    /// its UTF-8 bytes (a `Uint8Array` or an `ArrayBuffer`: the faster way, since a string
    /// must be re-encoded on the way in — for 22 MB about 100 ms in Chromium). `name` (e.g. the
    /// URL it came from) starts error messages, as a file name does in the CLI's. Bytes that are
    /// not UTF-8 throw the CLI's Error (`NAME:LINE: not valid UTF-8 text …`); anything that is
    /// neither text nor bytes, a TypeError.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json_text(
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] json: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] name: Option<JsValue>,
    ) -> Result<Checker, JsValue> {
        let name = optional_string(name, "the corpus name")?.filter(|n| !n.is_empty()).unwrap_or_else(|| "corpus".to_string());
        if json.is_string() {
            let text = js_string(&json, "the corpus JSON")?;
            // Every UTF-16 unit is at least one UTF-8 byte: refuse from the length alone.
            let units = text.length() as usize;
            if units > crate::MAX_CORPUS_BYTES {
                let e = CorpusError::TooLarge { path: name, bytes: units, max: crate::MAX_CORPUS_BYTES };
                let m = e.to_string();
                let (head, tail) = crate::text::split_once(&m, "is ").unwrap_or((&m, ""));
                return Err(error(&format!("{head}is at least {tail}")));
            }
            return Checker::from_json(&String::from(text), Some(name)).map_err(JsValue::from);
        }
        let length = if let Some(a) = json.dyn_ref::<Uint8Array>() {
            a.length() as usize
        } else if let Some(b) = json.dyn_ref::<js_sys::ArrayBuffer>() {
            b.byte_length() as usize
        } else {
            return Err(type_error(&format!("the corpus JSON must be a string or its bytes (a Uint8Array), not {}", describe(&json))));
        };
        // Refused before a byte is copied into the engine's memory.
        if length > crate::MAX_CORPUS_BYTES {
            return Err(error(&CorpusError::TooLarge { path: name, bytes: length, max: crate::MAX_CORPUS_BYTES }.to_string()));
        }
        let bytes = js_bytes(&json, "the corpus JSON")?;
        // The CLI's message for a file that is not UTF-8, with the line of the first bad byte.
        let text = std::str::from_utf8(&bytes).map_err(|e| error(&CorpusError::not_utf8(&name, &bytes, e.valid_up_to()).to_string()))?;
        Checker::from_json(text, Some(name)).map_err(JsValue::from)
    }

    /// A checker from a prebuilt index file (`corroborate index CORPUS -o FILE.idx`), as bytes
    /// (a `Uint8Array` or an `ArrayBuffer`). A corrupt, truncated or mismatched file throws an
    /// Error saying so; anything that is not bytes, a TypeError.
    #[wasm_bindgen(js_name = fromIndex)]
    pub fn from_index(#[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue) -> Result<Checker, JsValue> {
        let bytes = js_bytes(&bytes, "the index")
            .map_err(|_| type_error(&format!("the index must be a Uint8Array (the .idx file's bytes), not {}", describe(&bytes))))?;
        Core::from_index_bytes(&bytes).map(|inner| Checker { inner }).map_err(|e| error(&e.to_string()))
    }

    /// Checks a claim; returns `{claim, covered, summary, claim_marks, articles: [...]}`.
    /// `verdicts` is `"evidence"` (default) or `"fnc"` (FNC-1 verdicts: a command-line mode,
    /// `batch --fnc`; here it throws an Error saying so). Throws an Error for a claim
    /// that cannot be checked, a TypeError when `claim` is not a string.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] claim: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "\"evidence\" | \"fnc\" | null")] verdicts: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let claim = claim_arg(&claim)?;
        let mode = match optional_string(verdicts, "verdicts")?.as_deref() {
            None | Some("evidence") => crate::Verdicts::Evidence,
            Some("fnc") => crate::Verdicts::Fnc,
            Some(other) => return Err(error(&format!("unknown verdicts mode \"{other}\": use \"evidence\" or \"fnc\""))),
        };
        let report = self.inner.check_with(&claim, mode).map_err(|e| error(&e.to_string()))?;
        to_js(&report)
    }

    /// The claims in a reader's text, one per sentence; a one-sentence text comes back whole.
    /// Check each with `check`: a paragraph checked as one claim matches nothing well. A
    /// TypeError when `text` is not a string; a text over the claim limit comes back whole
    /// (then `check` says it is too long).
    #[wasm_bindgen(js_name = claimsIn, unchecked_return_type = "string[]")]
    pub fn claims_in(&self, #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
        claims_in_js(&text)
    }

    /// One article `{id, title, text, source?, url?, date?}`, or `undefined`. Throws a
    /// TypeError when `id` is not a string.
    #[wasm_bindgen(unchecked_return_type = "Article | undefined")]
    pub fn article(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> Result<JsValue, JsValue> {
        article_js(&id, |id| self.inner.corpus().get(id))
    }

    /// Number of articles in the corpus.
    #[wasm_bindgen(getter, js_name = articleCount)]
    pub fn article_count(&self) -> usize {
        self.inner.corpus().len()
    }

    /// Sets the sentence-pair model that judges each candidate sentence with the rules: an
    /// `NliModel` (shared with other checkers), a model file's bytes (parsed for this checker;
    /// an Error for a bad file), or `null` for the rules alone. A checker starts without one.
    #[wasm_bindgen(js_name = setNliModel)]
    pub fn set_nli_model(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "NliModel | Uint8Array | ArrayBuffer | null")] model: JsValue,
    ) -> Result<(), JsValue> {
        let model = if model.is_null() || model.is_undefined() { None } else { Some(NliModel::from_js(&model)?) };
        self.inner.set_nli_model(model);
        Ok(())
    }

    /// FNC-1 verdicts are a mode of the command line (`corroborate batch --fnc`): the browser
    /// engine leaves the article model's code out (it cost ~6 KB gzip of the widget's budget),
    /// so this always throws an Error saying so.
    #[wasm_bindgen(js_name = setFncModel)]
    pub fn set_fnc_model(&mut self, #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] _bytes: JsValue) -> Result<(), JsValue> {
        Err(error(&CheckError::NoArticleModel.to_string()))
    }

    /// Whether `check(claim, "fnc")` can answer: never in the browser (see `setFncModel`).
    #[wasm_bindgen(getter, js_name = hasFncModel)]
    pub fn has_fnc_model(&self) -> bool {
        self.inner.has_fnc_model()
    }

    /// Does a sentence-pair model judge this checker's evidence (see `setNliModel`)?
    #[wasm_bindgen(getter, js_name = hasNliModel)]
    pub fn has_nli_model(&self) -> bool {
        self.inner.nli_model().is_some()
    }

    /// The longest claim accepted, in characters.
    #[wasm_bindgen(js_name = maxClaimChars)]
    pub fn max_claim_chars() -> usize {
        crate::MAX_CLAIM_CHARS
    }
}

/// Rust-side constructors, for tests and other Rust callers (not exported to JS).
impl Checker {
    /// As `Checker.fromJson`, from a Rust string.
    pub fn from_json(json: &str, name: Option<String>) -> Result<Checker, JsError> {
        let name = name.filter(|n| !n.is_empty()).unwrap_or_else(|| "corpus".to_string());
        let corpus = Corpus::from_json(&name, json).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Checker { inner: Core::new(corpus) })
    }
}

/// Replaces the WebAssembly instance with a fresh one on the next call into it. Use it after a
/// `WebAssembly.RuntimeError` (a trap leaves the instance's memory in an unknown state): every
/// `Checker` made before becomes unusable (its methods throw "stale object") and must be built
/// again. Never needed in normal use.
#[wasm_bindgen(js_name = resetEngine)]
pub fn reset_engine() {
    wasm_bindgen::handler::schedule_reinit();
}
