//! Bad input never panics: random bytes as claims and as corpora (JSON, JSON lines), claims at
//! and over the length limit, control characters. A small deterministic generator keeps the
//! run reproducible and fast; the longer fuzzing campaign is documented in README.md.

use corroborate::{validate_claim, CheckError, Checker, Corpus, MAX_CLAIM_CHARS};

/// xorshift64*: deterministic, dependency-free.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
    /// Text-like noise: words, punctuation, digits, quotes, odd Unicode.
    fn text(&mut self, n: usize) -> String {
        const PIECES: &[&str] = &[
            "Turkey",
            "denied",
            "not",
            "300",
            "more than",
            "said",
            ".",
            ",",
            "“",
            "”",
            "—",
            "U.S.",
            "Sept.",
            "\u{202E}",
            "\u{200B}",
            "<script>",
            "1991-94",
            "mid-1990s",
            "in",
            "Paris",
            "'s",
            "n't",
            "\n",
            " ",
            "by",
            "this",
            "é",
            "日本",
            "🙂",
            "-",
            "--",
            "(Reuters)",
            "co-chaired by",
            "Germany",
            "and",
            // Real scraped text: multi-byte spaces and line breaks, case changes that change byte
            // length, ligatures, combining marks, ZWJ sequences.
            "\u{A0}",
            "\u{2009}",
            "\u{202F}",
            "\u{3000}",
            "\u{85}",
            "\u{2028}",
            "\u{2029}",
            "İstanbul",
            "STRAẞE",
            "ﬁghters",
            "e\u{301}",
            "👩\u{200D}👩\u{200D}👧",
            "Ⅻ",
            "\u{1680}",
        ];
        (0..n).map(|_| PIECES[(self.next() % PIECES.len() as u64) as usize]).collect::<Vec<_>>().join(" ")
    }
}

#[test]
fn random_claims_never_panic() {
    let checker = Checker::bundled();
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for i in 0..300 {
        let n = rng.next() as usize;
        let claim = if i % 2 == 0 { String::from_utf8_lossy(&rng.bytes(n % 200)).into_owned() } else { rng.text(n % 40) };
        let _ = checker.check(&claim);
    }
}

#[test]
fn random_corpora_never_panic() {
    let mut rng = Rng(42);
    for i in 0..200 {
        let raw = if i % 3 == 0 {
            String::from_utf8_lossy(&rng.bytes(300)).into_owned()
        } else {
            let text = rng.text(60).replace('"', "\\\"").replace('\n', "\\n");
            format!("[{{\"id\": \"a{i}\", \"title\": \"t\", \"text\": \"{text}\"}}]")
        };
        let parsed = if i % 2 == 0 { Corpus::from_json("fuzz.json", &raw) } else { Corpus::from_jsonl("fuzz.jsonl", &raw) };
        if let Ok(corpus) = parsed {
            let checker = Checker::new(corpus);
            let _ = checker.check(&rng.text(12));
        }
    }
}

#[test]
fn claim_limits_are_enforced_with_clear_errors() {
    assert_eq!(validate_claim("   \n\t "), Err(CheckError::EmptyClaim));
    let at_limit = "a".repeat(MAX_CLAIM_CHARS);
    assert!(validate_claim(&at_limit).is_ok());
    let over = "a".repeat(MAX_CLAIM_CHARS + 1);
    let err = validate_claim(&over).unwrap_err();
    assert!(err.to_string().contains(&MAX_CLAIM_CHARS.to_string()), "{err}");
    assert_eq!(validate_claim("\u{1}\u{2}\u{3}\u{4}"), Err(CheckError::NotText));
}

/// A pasted paragraph is several claims, each of which finds its evidence; one sentence (with
/// or without a full stop) stays whole.
#[test]
fn a_paragraph_is_split_into_claims_that_each_find_evidence() {
    let text = "Turkey sent fighters from Syria to Azerbaijan. Germany co-chairs the OSCE Minsk Group.";
    let checker = Checker::bundled();
    let parts = corroborate::claims_in(text);
    assert_eq!(parts, ["Turkey sent fighters from Syria to Azerbaijan.", "Germany co-chairs the OSCE Minsk Group."]);
    let verdicts: Vec<Vec<corroborate::Stance>> = parts.iter().map(|p| checker.check(p).unwrap().articles.iter().map(|a| a.verdict).collect()).collect();
    assert!(verdicts[0].contains(&corroborate::Stance::Supports), "{verdicts:?}");
    assert!(verdicts[1].contains(&corroborate::Stance::Contradicts), "{verdicts:?}");
    for one in ["Turkey sent fighters", "  Turkey sent fighters to Azerbaijan.  ", "Dr. Smith said Turkey sent fighters."] {
        assert_eq!(corroborate::claims_in(one), [one.trim()]);
    }
}

/// A claim in another language gets a message that names it, not "not covered" (which would
/// say something false about the corpus); English with foreign names is checked as usual.
#[test]
fn a_claim_in_another_language_is_named_not_called_uncovered() {
    let checker = Checker::bundled();
    for (claim, lang) in [
        ("La Turquie a envoyé des mercenaires syriens en Azerbaïdjan.", "French"),
        ("Турция отправила сирийских наемников в Азербайджан.", "Cyrillic"),
        ("Turquía envió mercenarios sirios a Azerbaiyán y lo negó.", "Spanish"),
    ] {
        let err = checker.check(claim).unwrap_err();
        assert_eq!(err, CheckError::NotEnglish { reads_as: lang });
        assert!(err.to_string().starts_with(&format!("this looks like {lang} text, not English")), "{err}");
    }
    let report = checker.check("Erdoğan's Turkey sent Syrian fighters to Azerbaijan.").unwrap();
    assert!(report.covered);
}

/// "Turky sent mercenarys" is read as the corpus's words, and the reader is told; a real word
/// the corpus does not use is not "corrected", and without the model's vocabulary (rules
/// only) nothing is.
#[test]
fn small_misspellings_are_read_as_the_corpus_words_and_said() {
    let checker = Checker::bundled();
    let r = checker.check("Turky sent fighters from Syria to Azerbiajan.").unwrap();
    assert_eq!(r.claim, "Turkey sent fighters from Syria to Azerbaijan.");
    assert!(r.summary.starts_with("Read “Turky” as “Turkey”, “Azerbiajan” as “Azerbaijan”. "), "{}", r.summary);
    assert!(r.summary.contains("support it"), "{}", r.summary);
    assert!(r.articles.iter().any(|a| a.verdict == corroborate::Stance::Supports));
    let r = checker.check("Turkey sent doctors to Azerbaijan.").unwrap();
    assert!(r.corrected.is_empty(), "{:?}", r.corrected);
    let mut rules = Checker::bundled();
    rules.set_nli_model(None);
    assert!(rules.check("Turky sent fighters from Syria to Azerbiajan.").unwrap().corrected.is_empty());
}

/// Found by the `corpus_json` fuzz target: two articles sharing an id made "read the whole
/// article" show the first one's text for the second one's evidence. Duplicate ids are now
/// refused, naming the line.
#[test]
fn fuzz_regression_duplicate_article_ids() {
    let json = r#"[{"id": "x", "title": "A", "text": "Nothing here about it."},
                   {"id": "x", "title": "B", "text": "Reporters said Turkey sent fighters to Azerbaijan in September."}]"#;
    let err = Corpus::from_json("dup.json", json).unwrap_err();
    assert_eq!(err.to_string(), "dup.json:2: another article already has the id \"x\" (ids must be unique)");
}

#[test]
fn corpus_over_the_size_limit_is_refused_with_a_message() {
    use corroborate::{CorpusError, MAX_CORPUS_BYTES};
    // Only the length matters: the size is checked before parsing.
    let huge = " ".repeat(MAX_CORPUS_BYTES + 1);
    for result in [Corpus::from_json("big.json", &huge), Corpus::from_jsonl("big.jsonl", &huge)] {
        let err = result.unwrap_err();
        assert!(matches!(err, CorpusError::TooLarge { .. }), "{err}");
        let msg = err.to_string();
        assert!(msg.starts_with("big.json") && msg.contains(&format!("the limit is {MAX_CORPUS_BYTES} bytes")), "{msg}");
    }
}

/// Every space or break that is not ASCII, every case change that changes a word's byte
/// length, combining marks and invisible characters, put between every pair of words of real
/// news prose (in the text and in the claim). Found first as a panic: a no-break space before
/// a sentence's last word made segmentation slice inside the character.
#[test]
fn unicode_between_any_two_words_never_panics() {
    const ODD: &[&str] = &[
        "\u{A0}",
        "\u{1680}",
        "\u{2000}",
        "\u{2007}",
        "\u{2009}",
        "\u{200A}",
        "\u{202F}",
        "\u{205F}",
        "\u{3000}",
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{200B}",
        "\u{200E}",
        "\u{202E}",
        "\u{2066}",
        "\u{FEFF}",
        "\u{AD}",
        "\u{301}",
        "İ",
        "ẞ",
        "ﬃ",
        "👩\u{200D}👧",
        "\u{0}",
        "\u{1B}[2J",
    ];
    let prose = "PARIS (Reuters) - French President Emmanuel Macron said on Friday that 300 Syrian fighters \
                 had passed through Gaziantep. Turkey denied it, the U.S. said. Sept. 29 was calm.";
    let words: Vec<&str> = prose.split(' ').collect();
    let mut articles = Vec::new();
    for (k, odd) in ODD.iter().enumerate() {
        for i in 1..words.len() {
            let text = format!("{}{odd}{}", words[..i].join(" "), words[i..].join(" "));
            let text = text.replacen(' ', odd, (i % 3) + 1);
            articles.push(corroborate::Article { id: format!("a{k}-{i}"), title: format!("T{odd}{i}"), text, ..Default::default() });
        }
    }
    let checker = Checker::new(Corpus::new(articles).expect("a valid corpus"));
    for odd in ODD {
        for claim in ["Syrian fighters passed through Gaziantep", "Turkey denied sending 300 fighters", "Macron spoke on Friday"] {
            let claim = claim.replacen(' ', odd, 2);
            if let Ok(report) = checker.check(&claim) {
                for a in &report.articles {
                    let article = checker.corpus().get(&a.id).expect("reported articles exist");
                    for e in &a.evidence {
                        assert_eq!(article.text.get(e.start..e.end), Some(e.sentence.as_str()), "evidence span of {claim:?}");
                        for m in &e.marks {
                            assert!(e.sentence.get(m[0]..m[1]).is_some(), "mark {m:?} inside a character of {:?}", e.sentence);
                        }
                    }
                }
            }
        }
    }
    // The same text as plain .txt articles (titles from the first line) and as a claim.
    for odd in ODD {
        let text = format!("Title{odd}line\n{}", prose.replace(' ', odd));
        let article = corroborate::Article::from_plain_text("t", &text);
        let checker = Checker::new(Corpus::new(vec![article]).expect("a valid corpus"));
        let claim: String = prose.replace(' ', odd).chars().take(60).collect();
        let _ = checker.check(&claim);
    }
}
