//! Browser tests (wasm32 only): `wasm-pack test --headless --chrome`.
//!
//! Two halves, both in a real Chromium:
//! - the JS-facing API in `src/wasm.rs`: what it returns and how it fails, since JS callers see
//!   thrown `Error`s and plain objects, not Rust types;
//! - the DOM renderer `www/render.js`, fed REAL results from the engine, so a change in the
//!   result contract that breaks the widget fails here, and markup in claims or articles is
//!   proven to end up as text.
#![cfg(target_arch = "wasm32")]

use corroborate::wasm::{Checker, NliModel};
use js_sys::Uint8Array;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/www/render.js")]
extern "C" {
    #[wasm_bindgen(js_name = renderReport)]
    fn render_report(report: &JsValue, container: &web_sys::Element, opts: &JsValue) -> web_sys::Element;
    #[wasm_bindgen(js_name = safeHref)]
    fn safe_href(url: &str) -> Option<String>;
}

const XSS: &str = "<img src=x onerror=window.__pwned=1>";

/// A JS value as serde_json, to assert on the shape JS callers get.
fn json(value: &JsValue) -> Value {
    let text: String = js_sys::JSON::stringify(value).expect("stringify").into();
    serde_json::from_str(&text).expect("valid JSON")
}

/// A checker over the seed articles, built as a page builds it from `pkg/seed-corpus.json`: the
/// same articles, as JSON (the wasm carries no corpus of its own).
fn seed_checker() -> Checker {
    let json = serde_json::to_string(&corroborate::corpus::Corpus::bundled().articles).expect("the seed articles as JSON");
    Checker::from_json_text(JsValue::from(json), Some(JsValue::from("seed"))).expect("the seed articles")
}

/// The message of the Error a JS caller would catch.
fn thrown_message(err: impl Into<JsValue>) -> String {
    let error: js_sys::Error = err.into().dyn_into().expect("a JS Error");
    error.message().into()
}

fn stances(report: &Value) -> Vec<String> {
    report["articles"].as_array().unwrap().iter().flat_map(|a| a["stances"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string())).collect()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container attached to the page, as the widget's would be.
fn container() -> web_sys::Element {
    let doc = document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.text_content().unwrap_or_default()).collect()
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn xss_checker() -> Checker {
    let corpus = serde_json::json!([{
        "id": "x1",
        "title": format!("Fighters {XSS} <script>window.__pwned=1</script>"),
        "text": format!("Turkey sent fighters to Azerbaijan {XSS}, officials said.\n\nTurkey denied it."),
        "source": "<svg onload=window.__pwned=1>",
        "url": "javascript:window.__pwned=1",
    }]);
    Checker::from_json(&corpus.to_string(), None).unwrap_or_else(|e| panic!("{}", thrown_message(e)))
}

#[wasm_bindgen_test]
fn bundled_checker_finds_support() {
    let checker = seed_checker();
    assert!(checker.article_count() >= 4);
    let report =
        json(&checker.check(JsValue::from_str("Turkey sent fighters from Syria to Azerbaijan."), None).unwrap_or_else(|e| panic!("{}", thrown_message(e))));
    assert_eq!(report["covered"], true);
    assert!(stances(&report).iter().any(|s| s == "supports"), "no article supports it: {report}");
    let first = &report["articles"][0];
    assert!(first["title"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(!first["evidence"][0]["marks"].as_array().unwrap().is_empty());
    assert!(!report["claim_marks"].as_array().unwrap().is_empty());
    // article(id) gives the full text the evidence offsets point into.
    let id = first["id"].as_str().unwrap();
    let article = json(&checker.article(JsValue::from_str(id)).unwrap_or_else(|e| panic!("{}", thrown_message(e))));
    let ev = &first["evidence"][0];
    let (s, e) = (ev["start"].as_u64().unwrap() as usize, ev["end"].as_u64().unwrap() as usize);
    assert_eq!(&article["text"].as_str().unwrap()[s..e], ev["sentence"].as_str().unwrap());
    assert!(checker.article(JsValue::from_str("no-such-id")).unwrap_or_else(|e| panic!("{}", thrown_message(e))).is_undefined());
}

#[wasm_bindgen_test]
fn bad_claims_throw_errors_with_messages() {
    let checker = seed_checker();
    let empty = match checker.check(JsValue::from_str("   "), None) {
        Ok(_) => panic!("an empty claim was accepted"),
        Err(e) => thrown_message(e),
    };
    assert!(empty.contains("empty"), "{empty}");
    let long = "word ".repeat(Checker::max_claim_chars());
    let too_long = match checker.check(JsValue::from_str(&long), None) {
        Ok(_) => panic!("an over-long claim was accepted"),
        Err(e) => thrown_message(e),
    };
    assert!(too_long.contains(&format!("the limit is {}", Checker::max_claim_chars())), "{too_long}");
    // Characters, not UTF-16 units: 1,001 emoji are 2,002 units.
    let emoji = "😀".repeat(Checker::max_claim_chars() + 1);
    let too_long = match checker.check(JsValue::from_str(&emoji), None) {
        Ok(_) => panic!("an over-long claim was accepted"),
        Err(e) => thrown_message(e),
    };
    assert!(too_long.contains(&format!("is {} characters", Checker::max_claim_chars() + 1)), "{too_long}");
}

#[wasm_bindgen_test]
fn from_json_errors_name_the_problem() {
    let message = match Checker::from_json("[{\"id\": \"a\", \"title\": \"t\", \"text\": \"x\"", Some("news.json".into())) {
        Ok(_) => panic!("invalid JSON was accepted"),
        Err(e) => thrown_message(e),
    };
    assert!(message.contains("invalid JSON"), "{message}");
    assert!(message.starts_with("news.json:"), "the message does not name the corpus: {message}");
    let missing = match Checker::from_json("[{\"id\": \"a\", \"title\": \"t\"}]", None) {
        Ok(_) => panic!("an article without text was accepted"),
        Err(e) => thrown_message(e),
    };
    assert!(missing.contains("text"), "{missing}");
}

#[wasm_bindgen_test]
fn json_bytes_give_the_checker_the_text_gives_and_bytes_not_utf8_are_refused_by_name() {
    let text = r#"[{"id": "a", "title": "Storm", "text": "The storm hit Florida on Monday."}, {"id": "b", "text": "Café owners in Paris protested."}]"#;
    let claim = JsValue::from_str("The storm hit Florida.");
    let from_text = Checker::from_json_text(JsValue::from_str(text), None).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
    let bytes = Uint8Array::from(text.as_bytes());
    let from_bytes = Checker::from_json_text(bytes.clone().into(), None).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
    let from_buffer = Checker::from_json_text(bytes.buffer().into(), None).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
    assert_eq!(from_bytes.article_count(), 2);
    let report = json(&from_text.check(claim.clone(), None).unwrap());
    assert_eq!(json(&from_bytes.check(claim.clone(), None).unwrap()), report);
    assert_eq!(json(&from_buffer.check(claim, None).unwrap()), report);
    // "Café" in Latin-1: one byte, 0xE9, where UTF-8 has two.
    let at = text.find('é').unwrap();
    let mut latin1 = text.as_bytes().to_vec();
    latin1.splice(at..at + 'é'.len_utf8(), [0xe9]);
    let message = match Checker::from_json_text(Uint8Array::from(&latin1[..]).into(), Some("latin1.json".into())) {
        Ok(_) => panic!("Latin-1 bytes were accepted as UTF-8"),
        Err(e) => thrown_message(e),
    };
    assert_eq!(message, "latin1.json:1: not valid UTF-8 text (convert the file to UTF-8)");
}

#[wasm_bindgen_test]
fn a_corpus_over_the_size_limit_throws_an_error_with_a_message() {
    // Refused from its length, before parsing; the message names the corpus and the limit.
    let huge = " ".repeat(corroborate::MAX_CORPUS_BYTES + 1);
    let message = match Checker::from_json(&huge, Some("big.json".into())) {
        Ok(_) => panic!("a corpus over the limit was accepted"),
        Err(e) => thrown_message(e),
    };
    assert!(message.starts_with("big.json:"), "{message}");
    assert!(message.contains(&format!("the limit is {} bytes", corroborate::MAX_CORPUS_BYTES)), "{message}");
    // A JS string is refused from its UTF-16 length, a lower bound of its UTF-8 size: the
    // message says "at least".
    let message = match Checker::from_json_text(JsValue::from(huge), Some("big.json".into())) {
        Ok(_) => panic!("a corpus string over the limit was accepted"),
        Err(e) => thrown_message(e),
    };
    let want = format!("big.json: the corpus is at least {} bytes; the limit is {} bytes", corroborate::MAX_CORPUS_BYTES + 1, corroborate::MAX_CORPUS_BYTES);
    assert_eq!(message, want);
}

#[wasm_bindgen_test]
fn from_articles_takes_js_objects() {
    let articles = js_sys::JSON::parse(
        r#"[{"id":"one","title":"Minsk Group","text":"France, Russia and the United States co-chair the OSCE Minsk Group.","url":"https://example.org/a"}]"#,
    )
    .unwrap();
    let checker = Checker::from_articles(articles).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
    assert_eq!(checker.article_count(), 1);
    let report = json(&checker.check(JsValue::from_str("France co-chairs the OSCE Minsk Group."), None).unwrap_or_else(|e| panic!("{}", thrown_message(e))));
    assert_eq!(report["articles"][0]["id"], "one");
    assert_eq!(report["articles"][0]["url"], "https://example.org/a");
    // The .json corpus's other shape, {articles: [...]}, is accepted too.
    let wrapped = js_sys::JSON::parse(r#"{"articles": [{"id":"w","title":"t","text":"France co-chairs the OSCE Minsk Group."}]}"#).unwrap();
    assert_eq!(Checker::from_articles(wrapped).unwrap_or_else(|e| panic!("{}", thrown_message(e))).article_count(), 1);
}

#[wasm_bindgen_test]
fn html_in_articles_comes_back_as_text() {
    let checker = xss_checker();
    let report = json(&checker.check(JsValue::from_str("Turkey sent fighters to Azerbaijan."), None).unwrap_or_else(|e| panic!("{}", thrown_message(e))));
    let article = &report["articles"][0];
    assert!(article["title"].as_str().unwrap().contains("<script>"), "{article}");
    assert!(article["evidence"][0]["sentence"].as_str().unwrap().contains(XSS), "{article}");
    let full = json(&checker.article(JsValue::from_str("x1")).unwrap_or_else(|e| panic!("{}", thrown_message(e))));
    assert!(full["text"].as_str().unwrap().contains(XSS));
}

#[wasm_bindgen_test]
fn renders_badges_and_highlights_from_a_real_result() {
    let checker = seed_checker();
    let report = checker.check(JsValue::from_str("Turkey sent fighters from Syria to Azerbaijan."), None).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
    let root = container();
    render_report(&report, &root, &JsValue::UNDEFINED);
    let badges = texts(&root, ".article-stances .badge-label");
    assert!(badges.iter().any(|b| b == "Supports"), "{badges:?}");
    assert!(badges.iter().any(|b| b == "Reports a denial"), "{badges:?}");
    assert!(count(&root, ".evidence-sentence mark") > 0);
    assert!(count(&root, ".claim-text mark") > 0);
    let marked = texts(&root, ".claim-text mark");
    assert!(marked.iter().any(|m| m == "Turkey"), "{marked:?}");
    assert!(count(&root, ".speaker") > 0, "no speaker shown");
    assert_eq!(count(&root, ".not-covered"), 0);
    root.remove();
}

#[wasm_bindgen_test]
fn renders_not_covered_explicitly() {
    let checker = seed_checker();
    let report = checker.check(JsValue::from_str("NASA launched a new Mars rover."), None).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
    let root = container();
    render_report(&report, &root, &JsValue::UNDEFINED);
    let text = root.text_content().unwrap();
    assert!(text.contains("Not covered by these articles"), "{text}");
    assert!(text.contains("not the same as false"), "{text}");
    root.remove();
}

#[wasm_bindgen_test]
fn markup_in_claims_and_articles_stays_text() {
    let checker = xss_checker();
    let claim = format!("Turkey sent fighters to Azerbaijan {XSS}");
    let report = checker.check(JsValue::from_str(&claim), None).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
    let root = container();
    render_report(&report, &root, &JsValue::UNDEFINED);
    assert_eq!(count(&root, "img, script, svg"), 0, "markup became elements: {}", root.inner_html());
    assert_eq!(count(&root, "a"), 0, "a javascript: URL became a link");
    let text = root.text_content().unwrap();
    assert!(text.contains(XSS), "the claim's markup is not shown as text: {text}");
    assert!(text.contains("<script>window.__pwned=1</script>"), "the title's markup is not shown: {text}");
    assert!(text.contains("<svg onload"), "the source is not shown: {text}");
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
    root.remove();
}

#[wasm_bindgen_test]
fn only_http_urls_become_links() {
    assert_eq!(safe_href("https://example.org/x").as_deref(), Some("https://example.org/x"));
    assert_eq!(safe_href("http://example.org/").as_deref(), Some("http://example.org/"));
    for bad in ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "/relative", ""] {
        assert_eq!(safe_href(bad), None, "{bad}");
    }
}

/// The shipped sentence-pair model file. Test code only: the shipped wasm does not embed it
/// (the widget fetches pkg/nli-model.bin).
static NLI_MODEL_FILE: &[u8] = include_bytes!("../data/nli-model.bin");

/// A JS-owned copy of `bytes` (not a view into wasm memory, which a growing heap detaches).
fn uint8_array(bytes: &[u8]) -> Uint8Array {
    let a = Uint8Array::new_with_length(bytes.len() as u32);
    a.copy_from(bytes);
    a
}

/// Every evidence item of a report.
fn evidence(report: &Value) -> Vec<Value> {
    report["articles"].as_array().unwrap().iter().flat_map(|a| a["evidence"].as_array().unwrap().clone()).collect()
}

#[wasm_bindgen_test]
fn set_nli_model_takes_a_shared_model_and_refuses_bad_files() {
    const CLAIM: &str = "Turkey sent fighters from Syria to Azerbaijan.";
    let mut checker = seed_checker();
    assert!(!checker.has_nli_model(), "the wasm build has no model built in");
    let rules = json(&checker.check(JsValue::from_str(CLAIM), None).unwrap());
    assert!(evidence(&rules).iter().all(|e| e.get("nli").is_none() && e["decided_by"] == "rules"), "{rules}");

    // One parsed model, shared by two checkers through its JS handle.
    let model = NliModel::from_bytes(uint8_array(NLI_MODEL_FILE).into()).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
    let handle = JsValue::from(model);
    let mut other = seed_checker();
    for c in [&mut checker, &mut other] {
        c.set_nli_model(handle.clone()).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
        assert!(c.has_nli_model());
        let report = json(&c.check(JsValue::from_str(CLAIM), None).unwrap());
        let ev = evidence(&report);
        // The engine asks the model only where it can change the outcome: some evidence, not all.
        assert!(ev.iter().any(|e| e["nli"]["entailment"].is_number()), "{report}");
        assert!(stances(&report).iter().any(|s| s == "supports"), "{report}");
    }
    // The file's bytes directly (an ArrayBuffer too), and null for the rules alone.
    other.set_nli_model(uint8_array(NLI_MODEL_FILE).buffer().into()).unwrap();
    assert!(other.has_nli_model());
    other.set_nli_model(JsValue::NULL).unwrap();
    assert!(!other.has_nli_model());

    // A bad file is an Error saying why, never a trap; the checker keeps its model.
    let mut corrupt = NLI_MODEL_FILE.to_vec();
    let mid = corrupt.len() / 2;
    corrupt[mid] ^= 0xff;
    for (bytes, want) in [
        (corrupt, "corrupt"),
        (NLI_MODEL_FILE[..1000].to_vec(), "truncated"),
        (b"<!doctype html><title>404</title>".to_vec(), "not an nli model file"),
        (Vec::new(), ""),
    ] {
        let e = NliModel::from_bytes(uint8_array(&bytes).into()).err().expect("a bad model file was accepted");
        assert!(!e.is_instance_of::<js_sys::TypeError>());
        let m = thrown_message(e);
        assert!(m.to_lowercase().contains(want), "{m}");
        let e = checker.set_nli_model(uint8_array(&bytes).into()).expect_err("a bad model file was accepted");
        assert!(!thrown_message(e).is_empty());
        assert!(checker.has_nli_model());
    }
    // Wrong types are TypeErrors naming what is expected.
    let m = type_error_message(checker.set_nli_model(JsValue::from(42)));
    assert_eq!(m, "the model must be an NliModel (from NliModel.fromBytes), a model file's bytes or null, not a number");
    let m = type_error_message(checker.set_nli_model(js_sys::Object::new().into()));
    assert!(m.ends_with("not an object"), "{m}");
    let m = type_error_message(NliModel::from_bytes(JsValue::from_str("model")));
    assert_eq!(m, "the model must be a Uint8Array (the file's bytes), not a string");
    assert!(checker.has_nli_model());
}

/// The error a call threw, if it is a TypeError (the JS class, not just the message).
fn type_error_message<T>(result: Result<T, JsValue>) -> String {
    let value = match result {
        Ok(_) => panic!("a wrong argument type was accepted"),
        Err(e) => e,
    };
    assert!(value.is_instance_of::<js_sys::TypeError>(), "not a TypeError: {value:?}");
    thrown_message(value)
}

#[wasm_bindgen_test]
fn wrong_argument_types_throw_type_errors_naming_the_expected_type() {
    let checker = seed_checker();
    let object = js_sys::Object::new().into();
    let m = type_error_message(checker.check(JsValue::from(42), None));
    assert_eq!(m, "the claim must be a string, not a number");
    let m = type_error_message(checker.check(JsValue::NULL, None));
    assert_eq!(m, "the claim must be a string, not null");
    let m = type_error_message(checker.check(JsValue::from_str("Turkey sent fighters."), Some(JsValue::from(5))));
    assert_eq!(m, "verdicts must be a string, not a number");
    let m = type_error_message(checker.article(object));
    assert_eq!(m, "the article id must be a string, not an object");
    let m = type_error_message(Checker::from_json_text(JsValue::from(12345), None));
    assert_eq!(m, "the corpus JSON must be a string or its bytes (a Uint8Array), not a number");
    let m = type_error_message(Checker::from_index(JsValue::from_str("CRBIDX01")));
    assert!(m.contains("must be a Uint8Array") && m.ends_with("not a string"), "{m}");
    let m = type_error_message(Checker::from_articles(JsValue::from(true)));
    assert!(m.contains("must be an array") && m.ends_with("not a boolean"), "{m}");
    // Right types still work, and an over-long claim is refused from its length alone.
    let report = json(&checker.check(JsValue::from_str("Turkey sent fighters from Syria to Azerbaijan."), Some(JsValue::UNDEFINED)).unwrap());
    assert_eq!(report["covered"], true);
    let huge = JsValue::from_str(&"x".repeat(3 * Checker::max_claim_chars()));
    let m = thrown_message(checker.check(huge, None).expect_err("an over-long claim was accepted"));
    assert!(m.contains(&format!("the limit is {}", Checker::max_claim_chars())), "{m}");
}

#[wasm_bindgen_test]
fn long_fields_are_cut_for_display_with_a_show_more_button() {
    // A title, source and evidence sentence of 250,000 characters without a space (mixed
    // scripts, which are the slowest to lay out): each is shown cut to its display limit.
    let long: String = (0..250_000).map(|i| if i % 7 == 0 { '\u{627}' } else { 'x' }).collect();
    let corpus = serde_json::json!([{
        "id": "long",
        "title": long,
        "source": long,
        "text": format!("Turkey sent fighters to Azerbaijan {long}, officials said."),
    }]);
    let checker = Checker::from_json(&corpus.to_string(), None).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
    let report = checker.check(JsValue::from_str("Turkey sent fighters to Azerbaijan."), None).unwrap_or_else(|e| panic!("{}", thrown_message(e)));
    let root = container();
    render_report(&report, &root, &JsValue::UNDEFINED);
    let title = texts(&root, ".article-title").remove(0);
    assert_eq!(title.chars().count(), 301, "the title is not cut to 300 characters and an ellipsis");
    assert!(title.ends_with('…'));
    let source = texts(&root, ".article-meta span").remove(0);
    assert_eq!(source.chars().count(), 121, "the source is not cut");
    let sentence = texts(&root, ".evidence-sentence").remove(0);
    assert!(sentence.chars().count() <= 1501, "the evidence sentence is {} characters", sentence.chars().count());
    let buttons = texts(&root, "button.show-more");
    assert!(buttons.iter().any(|b| b.starts_with("Show more of the title (249,700 more characters")), "{buttons:?}");
    assert!(buttons.iter().any(|b| b.starts_with("Show more of the source")), "{buttons:?}");
    assert!(buttons.iter().any(|b| b.starts_with("Show more of the sentence")), "{buttons:?}");
    // Each press shows 20,000 more characters of the title.
    let button: web_sys::HtmlElement = root.query_selector("button.show-more").unwrap().unwrap().dyn_into().unwrap();
    button.click();
    let title = texts(&root, ".article-title").remove(0);
    assert_eq!(title.chars().count(), 20_301);
    root.remove();
}

/// The FNC-1 article model's file, which the browser engine does not read.
static FNC_MODEL_FILE: &[u8] = include_bytes!("../data/fnc-model.bin");

#[wasm_bindgen_test]
fn fnc_verdicts_are_a_command_line_mode_and_say_so_in_the_browser() {
    const CLAIM: &str = "Turkey sent fighters from Syria to Azerbaijan.";
    let mut checker = seed_checker();
    assert!(!checker.has_fnc_model());
    // Evidence verdicts (the widget's) are unaffected.
    let report = json(&checker.check(JsValue::from_str(CLAIM), None).unwrap());
    assert!(stances(&report).iter().any(|s| s == "supports"), "{report}");
    // FNC-1 verdicts: an Error that names where to get them, not a trap — with or without the file.
    let m = thrown_message(checker.check(JsValue::from_str(CLAIM), Some(JsValue::from_str("fnc"))).unwrap_err());
    assert!(m.contains("corroborate batch --fnc"), "{m}");
    let e = checker.set_fnc_model(uint8_array(FNC_MODEL_FILE).into()).unwrap_err();
    assert!(thrown_message(e).contains("command line"));
    assert!(!checker.has_fnc_model());
    // The checker goes on answering.
    assert!(checker.check(JsValue::from_str(CLAIM), None).is_ok());
}
