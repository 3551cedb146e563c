//! The JavaScript API (wasm32 only). Results are plain JS objects that follow the CLI's JSON
//! contract; every failure is a thrown `Error` with a message, never a panic.

use crate::{Article, Checker as Core, Corpus};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A claim checker over one corpus. Build it once, then call `check` as often as you like.
#[wasm_bindgen]
pub struct Checker {
    inner: Core,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

#[wasm_bindgen]
impl Checker {
    /// A checker over the bundled seed corpus.
    #[wasm_bindgen(js_name = withBundledCorpus)]
    pub fn with_bundled_corpus() -> Checker {
        Checker { inner: Core::bundled() }
    }

    /// A checker over articles given as JS objects `{id, title, text, source?, url?, date?}`.
    #[wasm_bindgen(js_name = fromArticles)]
    pub fn from_articles(articles: JsValue) -> Result<Checker, JsError> {
        let json = js_sys::JSON::stringify(&articles).map_err(|_| JsError::new("the articles cannot be converted to JSON"))?;
        Checker::from_json(&String::from(json), None)
    }

    /// A checker over a corpus in the CLI's .json format (an array of articles). `name` (e.g.
    /// the URL it came from) starts error messages, as a file name does in the CLI's.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(json: &str, name: Option<String>) -> Result<Checker, JsError> {
        let name = name.filter(|n| !n.is_empty()).unwrap_or_else(|| "corpus".to_string());
        let corpus = Corpus::from_json(&name, json).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Checker { inner: Core::new(corpus) })
    }

    /// A checker from a prebuilt index file (`corroborate index CORPUS -o FILE.idx`), as bytes.
    /// A corrupt, truncated or mismatched file throws an Error saying so.
    #[wasm_bindgen(js_name = fromIndex)]
    pub fn from_index(bytes: &[u8]) -> Result<Checker, JsError> {
        Core::from_index_bytes(bytes).map(|inner| Checker { inner }).map_err(|e| JsError::new(&e.to_string()))
    }

    /// Checks a claim; returns `{claim, covered, summary, claim_marks, articles: [...]}`.
    /// `verdicts` is `"evidence"` (default) or `"fnc"` (the learned model decides each
    /// article's verdict with FNC-1 semantics, as `batch --fnc`).
    pub fn check(&self, claim: &str, verdicts: Option<String>) -> Result<JsValue, JsError> {
        let mode = match verdicts.as_deref() {
            None | Some("evidence") => crate::Verdicts::Evidence,
            Some("fnc") => crate::Verdicts::Fnc,
            Some(other) => return Err(JsError::new(&format!("unknown verdicts mode {other:?}: use \"evidence\" or \"fnc\""))),
        };
        let report = self.inner.check_with(claim, mode).map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&report)
    }

    /// One article `{id, title, text, source?, url?, date?}`, or `undefined`.
    pub fn article(&self, id: &str) -> Result<JsValue, JsError> {
        match self.inner.corpus().get(id) {
            Some(a) => to_js::<Article>(a),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Number of articles in the corpus.
    #[wasm_bindgen(getter, js_name = articleCount)]
    pub fn article_count(&self) -> usize {
        self.inner.corpus().len()
    }

    /// The longest claim accepted, in characters.
    #[wasm_bindgen(js_name = maxClaimChars)]
    pub fn max_claim_chars() -> usize {
        crate::MAX_CLAIM_CHARS
    }
}
