//! The project's own claim tests: claims written for a small corpus of our own
//! (tests/fixtures/own_corpus.json), one per mechanism a reader relies on. The seed articles
//! and the developer claim set are deliberately not used here.

use corroborate::{Checker, Corpus, Stance};

fn checker() -> Checker {
    let json = include_str!("fixtures/own_corpus.json");
    Checker::new(Corpus::from_json("own_corpus.json", json).expect("fixture corpus parses"))
}

/// A checker over a corpus written in the test (JSON).
fn corpus(json: &str) -> Checker {
    Checker::new(Corpus::from_json("test.json", json).expect("test corpus parses"))
}

/// The stances reported for `article`, or none when the article is left out.
fn stances(checker: &Checker, claim: &str, article: &str) -> Vec<Stance> {
    let report = checker.check(claim).expect("claim is valid");
    report.articles.iter().find(|a| a.id == article).map(|a| a.stances.clone()).unwrap_or_default()
}

/// The first evidence sentence shown for `article`.
fn first_evidence(checker: &Checker, claim: &str, article: &str) -> corroborate::Evidence {
    let report = checker.check(claim).expect("claim is valid");
    report.articles.into_iter().find(|a| a.id == article).expect("the article bears on it").evidence.remove(0)
}

fn assert_has(claim: &str, article: &str, want: Stance) {
    let c = checker();
    let got = stances(&c, claim, article);
    assert!(got.contains(&want), "{claim:?} on {article}: want {want:?}, got {got:?}");
}

fn assert_lacks(claim: &str, article: &str, unwanted: Stance) {
    let c = checker();
    let got = stances(&c, claim, article);
    assert!(!got.contains(&unwanted), "{claim:?} on {article}: did not want {unwanted:?}, got {got:?}");
}

#[test]
fn paraphrase_with_inflections_supports() {
    assert_has("A storm closed the harbour of Porto.", "harbour", Stance::Supports);
    assert_has("The regulator approved a malaria vaccine for children.", "vaccine", Stance::Supports);
}

#[test]
fn compatible_numbers_support_and_conflicting_numbers_contradict() {
    assert_has("Around 12,000 passengers were stranded.", "harbour", Stance::Supports);
    assert_has("Fewer than 1,000 passengers were stranded.", "harbour", Stance::Contradicts);
    assert_lacks("Fewer than 1,000 passengers were stranded.", "harbour", Stance::Supports);
    assert_has("The manufacturer will deliver 5 million doses.", "vaccine", Stance::Contradicts);
}

#[test]
fn negation_in_the_article_contradicts() {
    assert_has("The storm reached Madrid.", "harbour", Stance::Contradicts);
    assert_has("The climate summit ended with an agreement on coal.", "summit", Stance::Contradicts);
}

#[test]
fn negated_claims_flip() {
    assert_has("The storm did not close the harbour of Porto.", "harbour", Stance::Contradicts);
    assert_lacks("The storm did not close the harbour of Porto.", "harbour", Stance::Supports);
}

#[test]
fn denials_are_reported_including_ones_that_point_back() {
    // "Fishermen said the storm destroyed dozens of boats. Insurers have denied this."
    let c = checker();
    let report = c.check("The storm destroyed dozens of boats.").unwrap();
    let a = report.articles.iter().find(|a| a.id == "harbour").expect("harbour article bears on it");
    assert!(a.stances.contains(&Stance::Supports), "{:?}", a.stances);
    assert!(a.stances.contains(&Stance::Denial), "{:?}", a.stances);
    let denial = a.evidence.iter().find(|e| e.stances.contains(&Stance::Denial)).unwrap();
    assert_eq!(denial.speaker.as_deref(), Some("Insurers"));
}

#[test]
fn a_different_place_contradicts() {
    assert_has("The climate summit was held in Lagos.", "summit", Stance::Contradicts);
}

#[test]
fn a_member_missing_from_a_closed_list_contradicts() {
    assert_has("Germany co-chaired the climate talks.", "summit", Stance::Contradicts);
    assert_lacks("Norway co-chaired the climate talks.", "summit", Stance::Contradicts);
}

#[test]
fn a_failed_attempt_contradicts() {
    assert_has("India and China weakened the final text.", "summit", Stance::Contradicts);
}

#[test]
fn speakers_are_named() {
    let c = checker();
    let report = c.check("About 12,000 passengers were stranded.").unwrap();
    let e = &report.articles[0].evidence[0];
    assert_eq!(e.speaker.as_deref(), Some("the national transport ministry"));
    assert!(e.matched.iter().any(|m| m == "passengers"), "{:?}", e.matched);
}

#[test]
fn unrelated_claims_are_not_covered() {
    let c = checker();
    for claim in ["The central bank raised interest rates.", "A football club won the league title."] {
        let report = c.check(claim).unwrap();
        assert!(!report.covered, "{claim}: {:?}", report.articles.iter().map(|a| &a.id).collect::<Vec<_>>());
        assert!(report.summary.starts_with("Not covered"), "{}", report.summary);
    }
}

#[test]
fn evidence_offsets_point_at_the_sentence_in_the_article() {
    let c = checker();
    let report = c.check("A storm closed the harbour of Porto.").unwrap();
    for a in &report.articles {
        let text = &c.corpus().get(&a.id).unwrap().text;
        for e in &a.evidence {
            assert_eq!(&text[e.start..e.end], e.sentence);
            for m in &e.marks {
                assert!(e.sentence.is_char_boundary(m[0]) && e.sentence.is_char_boundary(m[1]));
            }
        }
    }
}

#[test]
fn a_list_with_one_member_swapped_contradicts() {
    assert_has("France and Portugal sent rescue teams to the coast.", "harbour", Stance::Contradicts);
    assert_lacks("Spain and Portugal sent rescue teams to the coast.", "harbour", Stance::Contradicts);
    assert_has("Kenya, Norway and Peru co-chaired the climate talks.", "summit", Stance::Contradicts);
}

#[test]
fn a_list_member_is_one_of_the_listed_not_a_place_inside_a_name() {
    // "Helsinki" names the panel: it is no member the article leaves out.
    let json = r#"[{"id": "fish", "title": "Fish", "text": "Fish\n\nQuotas are set by the fisheries panel, led by Norway, Iceland and Canada, after months of haggling.\n\nThe weather in Oslo was mild all week."},
        {"id": "talks", "title": "Talks", "text": "Talks\n\nNorway and Iceland held talks on trade."}]"#;
    let c = corpus(json);
    let stances = |claim: &str| stances(&c, claim, "fish");
    assert!(!stances("Oslo, Reykjavik and Ottawa lead the Helsinki fisheries panel that sets the quotas.").contains(&Stance::Contradicts));
    assert!(stances("Oslo, Reykjavik and Copenhagen lead the Helsinki fisheries panel that sets the quotas.").contains(&Stance::Contradicts));
    // A country the claim names beside its list is a member all the same.
    assert!(stances("Denmark leads the fisheries panel together with Iceland and Canada.").contains(&Stance::Contradicts));
}

#[test]
fn a_list_with_a_member_swapped_contradicts_where_the_model_finds_the_matter_the_same() {
    // Too little of the claim's wording for the rules ("held", "lengthy", "telephone", "late",
    // "night", "foreign ministers"); the model finds the call the same, the list differs.
    let json = r#"[{"id": "calls", "title": "Calls", "text": "Calls\n\nMinister Halvorsen spoke by phone separately with the top diplomats of Chile and Peru on Monday.\n\nThe weather in Lima was mild all week."},
        {"id": "talks", "title": "Talks", "text": "Talks\n\nChile and Peru held talks on trade."}]"#;
    let c = corpus(json);
    let claim =
        |second: &str| format!("Halvorsen held separate lengthy telephone conversations late at night with the foreign ministers of Chile and {second}.");
    assert_eq!(stances(&c, &claim("Bolivia"), "calls"), [Stance::Contradicts]);
    assert!(!stances(&c, &claim("Peru"), "calls").contains(&Stance::Contradicts));
}

#[test]
fn a_weekday_the_article_never_gives_is_not_contradicted_by_the_model() {
    // The model reads the claim's "Monday night", which the sentence leaves out, as a
    // conflict; leaving the day out is not giving another.
    let json = r#"[{"id": "call", "title": "Call", "text": "Call\n\nMacron's office later said after talks with Russia's Putin that \"They also shared their concern regarding the sending of Syrian mercenaries by Turkey to the region,\" according to a statement."},
        {"id": "rain", "title": "Rain", "text": "Rain\n\nHeavy rain flooded the capital on Friday."}]"#;
    let c = corpus(json);
    assert!(!stances(&c, "Macron and Putin discussed the mercenaries by phone on Monday night.", "call").contains(&Stance::Contradicts));
    // Nor does the gate hold back what is not a report: the event is another.
    let json = r#"[{"id": "health", "title": "Health", "text": "Former president Jorge Alvarez is recovering in hospital after heart surgery."},
        {"id": "rain", "title": "Rain", "text": "Rain\n\nHeavy rain flooded the capital on Friday."}]"#;
    assert!(stances(&corpus(json), "Former president Jorge Alvarez died on Monday.", "health").contains(&Stance::Contradicts));
    // A sentence that negates the act still may: it did not happen on any day.
    let json = r#"[{"id": "truce", "title": "Truce", "text": "Velmar truce still not signed as talks drag into second week"}]"#;
    assert!(stances(&corpus(json), "The Velmar truce was signed on Sunday.", "truce").contains(&Stance::Contradicts));
}

#[test]
fn a_negated_claim_is_contradicted_where_the_model_finds_the_matter_asserted() {
    // Too little of the claim's wording for the rules ("keeps", "anywhere", "soil", "today"),
    // but the model finds the sentence about the same matter, and it asserts the base.
    let json = |says: &str| {
        format!(
            r#"[{{"id": "base", "title": "Base", "text": "Base\n\nLorvania {says} naval base in Kessa and calls Kessa a close partner.\n\nThe weather in Kessa was mild all week."}},
            {{"id": "talks", "title": "Talks", "text": "Talks\n\nLorvania and Kessa held talks on trade."}}]"#
        )
    };
    let claim = "Lorvania keeps no naval base anywhere on Kessan soil today.";
    assert_eq!(stances(&corpus(&json("has a")), claim, "base"), [Stance::Contradicts]);
    assert_eq!(stances(&corpus(&json("has a large")), claim, "base"), [Stance::Contradicts]);
    // The reader is told who decided: the model leaned that way here.
    assert_eq!(first_evidence(&corpus(&json("has a")), claim, "base").decided_by, corroborate::verdict::DecidedBy::Both);
    // A base it may open, plans, or shut down is none it has.
    for says in ["may open a", "plans a", "shut down its", "is building a"] {
        assert!(!stances(&corpus(&json(says)), claim, "base").contains(&Stance::Contradicts), "{says}");
    }
}

#[test]
fn in_an_archive_a_negated_claim_is_contradicted_where_the_model_finds_it_said_without_its_negation() {
    // "regard" / "considers", "partner" / "ally", "fund" / "euros for": too little of the
    // claim's wording for the rules; the model reads the claim without its "not", "never" or
    // "no" in the sentence, which asserts it — in an archive.
    // (An archive: among a few articles, the model also finds "The regulator praised the
    // vaccine" said by "Regulator approves malaria vaccine".)
    let garden: String = (0..60).map(|i| format!("Gardeners in district {i} planted tulips. ")).collect();
    let json = |says: &str| {
        format!(
            r#"[{{"id": "base", "title": "Base", "text": "Base\n\nLorvania {says} and the weather in Kessa was mild all week."}},
            {{"id": "talks", "title": "Talks", "text": "Talks\n\nLorvania and Kessa held talks on trade.\n\nThe ministers met in the capital on Monday."}},
            {{"id": "fund", "title": "Fund", "text": "Fund\n\nThe Harlow council's budget includes about 600,000 euros for repairing flood damage.\n\nRepairs begin in May."}},
            {{"id": "garden", "title": "Gardens", "text": "Gardens\n\n{garden}"}}]"#
        )
    };
    let asserted = corpus(&json("has a naval base in Kessa and considers the country a close ally."));
    for claim in ["Lorvania does not regard Kessa as a close partner.", "Lorvania never regarded Kessa as a close partner."] {
        assert_eq!(stances(&asserted, claim, "base"), [Stance::Contradicts], "{claim}");
        // The reader is told the model decided.
        assert_eq!(first_evidence(&asserted, claim, "base").decided_by, corroborate::verdict::DecidedBy::Model, "{claim}");
        assert!(!stances(&asserted, claim, "talks").contains(&Stance::Contradicts), "{claim}");
    }
    assert_eq!(stances(&asserted, "The Harlow council has no sizeable fund for flood repairs.", "fund"), [Stance::Contradicts]);
    // A sentence with a negation of its own asserts nothing the claim negates; nor is a negated
    // claim supported, among several articles, by a sentence with no negation.
    let negated = corpus(&json("has no naval base in Kessa and does not consider the country a close ally."));
    assert!(!stances(&negated, "Lorvania does not regard Kessa as a close partner.", "base").contains(&Stance::Contradicts));
    assert!(!stances(&asserted, "Lorvania does not regard Kessa as a close partner.", "base").contains(&Stance::Supports));
}

#[test]
fn a_weekday_is_read_as_the_date_it_means_in_the_article() {
    // Both articles were published on Wednesday 10 March 2021: "on Tuesday" is 9 March, and
    // 4 March was the Thursday before.
    let json = |dated: bool| {
        let date = if dated { r#""date": "2021-03-10", "# } else { "" };
        format!(
            r#"[{{"id": "boat", "title": "Boat", {date}"text": "Boat\n\nA Lorvanian patrol boat was sunk near Kessa on Tuesday, the navy said.\n\nThe weather in Kessa was mild all week."}},
            {{"id": "ship", "title": "Ship", {date}"text": "Ship\n\nA Kessan cargo ship ran aground near Lorvania on 4 March, the coast guard said."}},
            {{"id": "talks", "title": "Talks", "text": "Talks\n\nLorvania and Kessa held talks on trade."}}]"#
        )
    };
    let c = corpus(&json(true));
    assert_eq!(stances(&c, "A Lorvanian patrol boat was sunk near Kessa on 9 March.", "boat"), [Stance::Supports]);
    let e = first_evidence(&c, "A Lorvanian patrol boat was sunk near Kessa on 5 March.", "boat");
    assert_eq!(e.stance, Stance::Contradicts);
    assert!(e.why.contains("Tuesday (9 March)"), "{}", e.why);
    assert_eq!(stances(&c, "A Kessan cargo ship ran aground near Lorvania on Tuesday.", "ship"), [Stance::Contradicts]);
    assert_eq!(stances(&c, "A Kessan cargo ship ran aground near Lorvania on Thursday.", "ship"), [Stance::Supports]);
    // What will happen looks ahead: the Friday after 10 March is 12 March; "last Wednesday" is
    // a week back.
    let dated = |text: &str| {
        corpus(&format!(
            r#"[{{"id": "a", "title": "A", "date": "2021-03-10", "text": "A\n\n{text}\n\nThe weather in Korvel was mild all week."}},
            {{"id": "talks", "title": "Talks", "text": "Talks\n\nOstrava and Belmark held talks on trade."}}]"#
        ))
    };
    let c = dated("Leaders of Ostrava and Belmark will meet in Korvel on Friday, officials said.");
    assert!(!stances(&c, "Leaders of Ostrava and Belmark will meet in Korvel on 12 March.", "a").contains(&Stance::Contradicts));
    // ("will" in another clause puts nothing ahead.)
    let c = dated("The ferry Maren Star, which will be salvaged next year, sank off Korvel on Tuesday, officials said.");
    assert_eq!(stances(&c, "The ferry Maren Star sank off Korvel on 9 March.", "a"), [Stance::Supports]);
    let c = dated("The ferry Maren Star sank off Korvel last Wednesday.");
    assert!(!stances(&c, "The ferry Maren Star sank off Korvel on 3 March.", "a").contains(&Stance::Contradicts));
    // A claim's weekday is compared with the weekday of the sentence's date: 9 March 2021 was
    // a Tuesday, whenever the article came out.
    let c = corpus(&json(true).replace("2021-03-10", "2021-03-20").replace("on 4 March", "on 9 March"));
    assert!(!stances(&c, "A Kessan cargo ship ran aground near Lorvania on Tuesday.", "ship").contains(&Stance::Contradicts));
    // Undated articles: a weekday is no date, neither for nor against.
    let c = corpus(&json(false));
    assert!(!stances(&c, "A Lorvanian patrol boat was sunk near Kessa on 5 March.", "boat").contains(&Stance::Contradicts));
}

#[test]
fn a_count_in_words_is_the_count_in_digits_and_no_other_number() {
    // "twelve thousand" is the article's "about 12,000" (marked), not a conflict.
    let report = checker().check("Around twelve thousand passengers were stranded overnight.").unwrap();
    let a = report.articles.iter().find(|a| a.id == "harbour").expect("the harbour article");
    assert_eq!(a.stances, [Stance::Supports]);
    let e = &a.evidence[0];
    assert!(e.marks.iter().any(|&[f, l]| &e.sentence[f..l] == "12,000"), "{:?}", e.marks);
    // A half before the scale word is part of the number.
    let json = r#"[{"id": "march", "title": "March", "text": "March\n\nOrganisers said 1.5 million people marched through Velmar on Sunday."},
        {"id": "talks", "title": "Talks", "text": "Talks\n\nLorvania and Kessa held talks on trade."}]"#;
    let c = corpus(json);
    assert_eq!(stances(&c, "One and a half million people marched through Velmar.", "march"), [Stance::Supports]);
    assert_eq!(stances(&c, "Half a million people marched through Velmar.", "march"), [Stance::Contradicts]);
    // A number word of the sentence is never read as another one: "Two" sources are no
    // "four thousand".
    let json = r#"[{"id": "src", "title": "Sources", "text": "Sources\n\nTwo rebel sources told reporters that Lorvania is sending fighters from its northern provinces to help Kessa.\n\nThe weather in Kessa was mild all week."},
        {"id": "talks", "title": "Talks", "text": "Talks\n\nLorvania and Kessa held talks on trade."}]"#;
    let report = corpus(json).check("Lorvania has sent some four thousand fighters to Kessa.").unwrap();
    for e in report.articles.iter().flat_map(|a| &a.evidence) {
        assert!(e.paraphrases.iter().all(|p| p[1] != "Two"), "{:?}", e.paraphrases);
    }
}

#[test]
fn a_negated_claim_needs_its_negated_word_asserted_to_be_contradicted() {
    assert_has("The regulator did not approve the malaria vaccine.", "vaccine", Stance::Contradicts);
    // The article never says the regulator praised anything: sharing the names is not enough.
    assert_lacks("The regulator did not praise the malaria vaccine.", "vaccine", Stance::Contradicts);
}

#[test]
fn naming_the_same_people_or_places_is_not_support() {
    // The harbour article names Porto often, but never says anything was banned.
    assert_lacks("Porto banned fishing.", "harbour", Stance::Supports);
}

#[test]
fn saying_the_opposite_contradicts() {
    // "The vaccine cut severe cases" in the article (cut ~ reduce, opposite of increase:
    // data/antonyms.tsv).
    assert_has("The vaccine increased severe cases in trials.", "vaccine", Stance::Contradicts);
    assert_lacks("The vaccine increased severe cases in trials.", "vaccine", Stance::Supports);
    assert_lacks("The vaccine reduced severe cases in trials.", "vaccine", Stance::Contradicts);
}

#[test]
fn a_different_unknown_place_in_the_same_slot_contradicts() {
    // Neither town is in the gazetteer: the slot ("clinics in …") tells they are places.
    assert_has("The trials were run at rural clinics in Belcastro.", "vaccine", Stance::Contradicts);
    assert_lacks("The trials were run at rural clinics in Tavora.", "vaccine", Stance::Contradicts);
}

#[test]
fn a_pronoun_speaker_is_the_person_the_previous_sentence_opens_with() {
    let json = r#"[{"id": "port", "title": "Port flooded", "text": "Port flooded\n\nFinance Minister Ana Ruiz visited the flooded port on Monday. She said the damage to the docks was severe."}]"#;
    let c = corpus(json);
    let report = c.check("The damage to the docks was severe.").unwrap();
    let e = &report.articles[0].evidence[0];
    assert_eq!(e.speaker.as_deref(), Some("Finance Minister Ana Ruiz"), "{}", e.sentence);
}

#[test]
fn a_bare_name_or_topic_is_mentioned_never_supported() {
    let c = checker();
    for topic in ["Porto", "vaccine", "The regulator."] {
        let report = c.check(topic).expect("valid input");
        assert!(!report.statement, "{topic:?}");
        assert!(report.summary.contains("not a statement"), "{}", report.summary);
        for a in &report.articles {
            assert_eq!(a.stances, [Stance::Mentions], "{topic:?} on {}", a.id);
        }
    }
    assert!(c.check("A storm closed the harbour of Porto.").unwrap().statement);
}

#[test]
fn a_claim_said_in_other_words_is_supported_and_the_reader_is_told_which() {
    let json = r#"[{"id": "zoo", "title": "Zoo", "text": "Keepers said the biggest tortoise at the zoo has lost its hunger."}]"#;
    let claim = "The largest tortoise at the zoo has lost its appetite.";
    let mut c = corpus(json);
    let report = c.check(claim).unwrap();
    assert_eq!(report.articles[0].stances, [Stance::Supports]);
    let e = &report.articles[0].evidence[0];
    assert!(e.paraphrases.contains(&["largest".to_string(), "biggest".to_string()]), "{:?}", e.paraphrases);
    assert!(e.why.contains("“biggest” as “largest”"), "{}", e.why);
    // The same claim with the opposite word is no paraphrase: it contradicts.
    let report = c.check("The smallest tortoise at the zoo has lost its appetite.").unwrap();
    assert_eq!(report.articles[0].stances, [Stance::Contradicts]);
    // Without the language model's word embeddings two of the claim's five words are missing:
    // nothing is read in other words (three of five is still enough for the rules' support).
    c.set_nli_model(None);
    let report = c.check(claim).unwrap();
    assert!(report.articles[0].evidence.iter().all(|e| e.paraphrases.is_empty()), "{:?}", report.articles[0].evidence);
    assert_eq!(report.articles[0].stances, [Stance::Supports]);
}

#[test]
fn a_claim_that_reports_a_denial_is_supported_by_that_denial() {
    // The denial's verb is joined to the sentence's first one: "Norway" denied, though no name
    // stands before "denied".
    let json = r#"[{"id": "fish", "title": "Fish", "text": "Norway has long defended its salmon farms and said it would review the rules, but denied dumping waste in the fjord."}]"#;
    let c = corpus(json);
    let stances = |claim: &str| stances(&c, claim, "fish");
    // The capital stands for the country that denied it.
    assert_eq!(stances("Oslo has rejected accusations that it dumped waste in the fjord."), [Stance::Supports]);
    let report = c.check("Norway dumped waste in the fjord.").unwrap();
    assert_eq!(report.articles[0].stances, [Stance::Denial]);
    assert_eq!(report.articles[0].evidence[0].speaker.as_deref(), Some("Norway"));
    // Someone else's denial says nothing of whether Sweden denied it.
    assert_eq!(stances("Sweden has rejected accusations that it dumped waste in the fjord."), [Stance::Mentions]);
    // Norway's denial is what Norway says did not happen.
    assert_eq!(stances("Norway said it had not dumped waste in the fjord."), [Stance::Supports]);
}

#[test]
fn a_range_said_another_way_is_the_same_range() {
    let json = r#"[{"id": "shot", "title": "Shot", "text": "The regulator approved the shot for children between five and eleven years old."}]"#;
    let c = corpus(json);
    let stances = |claim: &str| stances(&c, claim, "shot");
    // Read as two numbers, "five" was compared with the claim's "11": "a different number".
    assert_eq!(stances("The regulator approved the shot for children aged 5 to 11."), [Stance::Supports]);
    assert_eq!(stances("The regulator approved the shot for children aged 12 to 15."), [Stance::Contradicts]);
}

#[test]
fn an_abbreviated_amount_is_the_amount() {
    let json = r#"[{"id": "deal", "title": "Deal", "text": "Musk completes $44bn Twitter takeover, taking the company private."}]"#;
    let c = corpus(json);
    let stances = |claim: &str| stances(&c, claim, "deal");
    assert_eq!(stances("Musk completed a $44 billion takeover of Twitter."), [Stance::Supports]);
    let report = c.check("Musk completed a $40 billion takeover of Twitter.").unwrap();
    assert_eq!(report.articles[0].stances, [Stance::Contradicts]);
    assert_eq!(report.articles[0].evidence[0].cue.as_deref(), Some("44bn vs 40 billion"));
}

#[test]
fn a_percent_sign_says_percent() {
    let json = r#"[{"id": "vote", "title": "Vote", "text": "Turnout in the referendum was 60%, the electoral commission said."}]"#;
    let c = corpus(json);
    let stances = |claim: &str| stances(&c, claim, "vote");
    assert_eq!(stances("Turnout in the referendum was 60 per cent."), [Stance::Supports]);
    assert_eq!(stances("Turnout in the referendum was 60 percent."), [Stance::Supports]);
    assert_eq!(stances("Turnout in the referendum was 45 per cent."), [Stance::Contradicts]);
}

#[test]
fn a_negation_reaches_its_verb_not_past_the_next_clause() {
    let json = r#"[{"id": "mayor", "title": "Mayor", "text": "The mayor did not resign despite calls from the council."}]"#;
    let c = corpus(json);
    let stances = |claim: &str| stances(&c, claim, "mayor");
    // "despite calls from the council" counted as unmatched words the "not" was about.
    assert_eq!(stances("The mayor resigned."), [Stance::Contradicts]);
    assert_eq!(stances("The mayor did not resign."), [Stance::Supports]);
}

#[test]
fn headline_idioms_of_denial_and_doubt_are_read() {
    let json = r#"[{"id": "a", "title": "A", "text": "Actor laughs off rumours of his death."},
                  {"id": "b", "title": "B", "text": "Company said to be weighing bid for startup."}]"#;
    let c = corpus(json);
    let report = c.check("The actor has died.").unwrap();
    assert_eq!(report.articles.iter().find(|a| a.id == "a").unwrap().stances, [Stance::Denial]);
    let report = c.check("The company is weighing a bid for the startup.").unwrap();
    assert_eq!(report.articles.iter().find(|a| a.id == "b").unwrap().stances, [Stance::Mentions], "a hedged report is no support");
}

#[test]
fn doubting_a_claim_or_calling_it_a_myth_is_no_support() {
    let json = r#"[{"id": "doubt", "title": "Doubt", "text": "Scientists doubt that the new drug cures baldness in men."},
                  {"id": "question", "title": "Question", "text": "Experts question whether the new drug cures baldness in men."},
                  {"id": "myth", "title": "Myth", "text": "The idea that the new drug cures baldness in men is a myth, doctors say."}]"#;
    let c = corpus(json);
    let claim = "The new drug cures baldness in men.";
    assert_eq!(stances(&c, claim, "doubt"), [Stance::Mentions], "doubting that P is no support");
    assert_eq!(stances(&c, claim, "question"), [Stance::Mentions], "questioning whether P is no support");
    assert_eq!(stances(&c, claim, "myth"), [Stance::Denial]);
    // "whether" opens a clause: it qualifies what follows it only.
    let json = r#"[{"id": "testing", "title": "Testing", "text": "Researchers are now testing whether the new drug cures baldness in men."},
                  {"id": "asked", "title": "Asked", "text": "The health minister Anna Berg said on Monday that trials would go on when asked whether Norway would buy the new drug."}]"#;
    let c = corpus(json);
    assert_eq!(stances(&c, claim, "testing"), [Stance::Mentions]);
    assert_eq!(stances(&c, "Anna Berg is Norway's health minister.", "asked"), [Stance::Supports]);
}

#[test]
fn a_plan_or_expectation_supports_only_a_claim_of_one() {
    let json = r#"[{"id": "plan", "title": "Plan", "text": "The harbour master plans to resign next month, the port authority said."},
                  {"id": "expected", "title": "Expected", "text": "The harbour master is expected to resign next month."}]"#;
    let c = corpus(json);
    for id in ["plan", "expected"] {
        assert_eq!(stances(&c, "The harbour master resigned.", id), [Stance::Mentions], "{id}: what is planned has not happened");
    }
    assert_eq!(stances(&c, "The harbour master plans to resign.", "plan"), [Stance::Supports]);
    // A plan after the act leaves the act said.
    let json = r#"[{"id": "after", "title": "After", "text": "The harbour master resigned on Monday and plans to return to teaching."}]"#;
    assert_eq!(stances(&corpus(json), "The harbour master resigned on Monday.", "after"), [Stance::Supports]);
    let why = &c.check("The harbour master resigned.").unwrap().articles[0].evidence[0].why;
    assert!(why.contains("intended or expected"), "{why}");
}

#[test]
fn a_doubting_word_qualifies_the_words_it_ends_not_the_noun_after_it() {
    let json = r#"[{"id": "reception", "title": "Phone", "text": "Orvane launched its folding phone in Lisbon to a sceptical reception."},
                  {"id": "experts", "title": "Drug", "text": "The pill's benefit for migraine sufferers remains doubtful."}]"#;
    let c = corpus(json);
    assert_eq!(stances(&c, "Orvane launched its folding phone in Lisbon.", "reception"), [Stance::Supports], "the reception is doubted, not the launch");
    assert_ne!(stances(&c, "The pill benefits migraine sufferers.", "experts"), [Stance::Supports], "a doubted benefit is not support");
}

#[test]
fn a_formula_or_code_name_matches_the_words_it_stands_for() {
    let json = r#"[{"id": "co2", "title": "Emissions", "text": "Carbon dioxide emissions from the region's power plants increased last year."},
                  {"id": "covid", "title": "Wards", "text": "The hospital reopened two wards for coronavirus patients in March."}]"#;
    let c = corpus(json);
    assert_eq!(stances(&c, "CO2 emissions from the region's power plants rose last year.", "co2"), [Stance::Supports]);
    assert_eq!(stances(&c, "The hospital reopened two wards for Covid-19 patients in March.", "covid"), [Stance::Supports]);
}

#[test]
fn headlines_that_pass_on_a_picture_or_an_unnamed_report_do_not_support_it() {
    let json = r#"[{"id": "purports", "title": "Purports", "text": "Photo purports to show a crocodile swimming down a flooded street in Durban"},
                  {"id": "report", "title": "Report", "text": "Crocodile swims down a flooded street in Durban: report"},
                  {"id": "says", "title": "Says", "text": "Crocodile swims down a flooded street in Durban, says report"},
                  {"id": "real", "title": "Real", "text": "Sorry, internet: that crocodile in a flooded street in Durban is not real"},
                  {"id": "seen", "title": "Seen", "text": "Crocodile seen swimming down a flooded street in Durban"}]"#;
    let c = corpus(json);
    let claim = "A crocodile swam down a flooded street in Durban.";
    for id in ["purports", "report", "says"] {
        assert_eq!(stances(&c, claim, id), [Stance::Mentions], "{id}");
    }
    assert_eq!(stances(&c, claim, "real"), [Stance::Denial]);
    // A rumour noun hedges the "that" clause after it, however long its own clause.
    let json = r#"[{"id": "rumour", "title": "Rumour", "text": "Rumours spread quickly online early this week that a crocodile swam down a flooded street in Durban."}]"#;
    assert_eq!(stances(&corpus(json), claim, "rumour"), [Stance::Mentions]);
    assert_eq!(stances(&c, claim, "seen"), [Stance::Supports]);
}

#[test]
fn an_article_that_passes_a_claim_on_and_answers_it_carries_both() {
    let json = r#"[{"id": "check", "title": "Fact check", "text": "A viral post claims the senator voted against the water bill. Congressional records show the senator voted for the water bill in August."},
                  {"id": "down", "title": "Council", "text": "The council voted down the harbour plan on Monday."}]"#;
    let c = corpus(json);
    let report = c.check("The senator voted against the water bill.").unwrap();
    let a = report.articles.iter().find(|a| a.id == "check").unwrap();
    assert!(a.stances.contains(&Stance::Supports) && a.stances.contains(&Stance::Contradicts), "{:?}", a.stances);
    // "This is false" answers the sentence before it, as "X denied this" does.
    let json = r#"[{"id": "false", "title": "F", "text": "Posts on social media claim that gargling salt water cures the flu. Doctors say this is false."}]"#;
    let report = corpus(json).check("Gargling salt water cures the flu.").unwrap();
    assert!(report.articles[0].stances.contains(&Stance::Denial), "{:?}", report.articles[0].stances);
    assert_eq!(report.articles[0].verdict, Stance::Denial, "at equal strength the answer comes before the report it answers");
    // Not "said that false alarms …", and not a negated one ("It is no myth."): such a
    // sentence answers nothing (and its match is the sentence before's).
    let json = r#"[{"id": "alarm", "title": "A", "text": "In the final in Doha on Sunday evening, Spain beat Japan. It is no myth."}]"#;
    let report = corpus(json).check("Japan beat Spain in the final in Doha.").unwrap();
    assert!(!report.articles.iter().any(|a| a.stances.contains(&Stance::Denial)), "{:?}", report.articles.iter().map(|a| &a.stances).collect::<Vec<_>>());
    // A phrasal verb in the past tense ("voted down") is the phrase, opposite of "approved".
    assert_eq!(stances(&c, "The council approved the harbour plan.", "down"), [Stance::Contradicts]);
}

#[test]
fn calling_reports_nonsense_is_a_denial_and_a_non_answer_takes_no_position() {
    let json = r#"[{"id": "absurd", "title": "A", "text": "The defence ministry called reports that the army shelled the border village 'nonsense'."},
                  {"id": "lies", "title": "B", "text": "The defence ministry said reports that the army shelled the border village were lies."},
                  {"id": "wrong", "title": "W", "text": "The defence ministry said reports that the army shelled the border village were wrong."},
                  {"id": "act", "title": "X", "text": "A court ruled that the army's shelling of the border village was wrong."},
                  {"id": "said", "title": "Y", "text": "A UN report said the army's shelling of the border village was wrong."},
                  {"id": "neither", "title": "C", "text": "The ministry would neither confirm nor deny that the army shelled the border village."},
                  {"id": "comment", "title": "D", "text": "The ministry declined to comment on reports that the army shelled the border village."},
                  {"id": "immediately", "title": "E", "text": "The ministry declined to immediately comment on reports that the army shelled the border village."}]"#;
    let c = corpus(json);
    let claim = "The army shelled the border village.";
    assert_eq!(stances(&c, claim, "absurd"), [Stance::Denial]);
    assert_eq!(stances(&c, claim, "lies"), [Stance::Denial]);
    assert_eq!(stances(&c, claim, "wrong"), [Stance::Denial]);
    assert_ne!(stances(&c, claim, "act"), [Stance::Denial], "an act called wrong was done");
    assert_ne!(stances(&c, claim, "said"), [Stance::Denial], "a report calling an act wrong says it was done");
    assert_eq!(stances(&c, claim, "neither"), [Stance::Mentions], "a non-answer is no negation");
    assert_eq!(stances(&c, claim, "comment"), [Stance::Mentions], "declining to comment is no negation");
    assert_eq!(stances(&c, claim, "immediately"), [Stance::Mentions], "nor is declining to immediately comment");
}

#[test]
fn rejecting_a_thing_is_an_act_rejecting_a_statement_a_denial() {
    let json = r#"[{"id": "vote", "title": "Vote", "text": "The senate rejected the budget bill on Tuesday."},
                  {"id": "aide", "title": "Aide", "text": "An aide to the governor rejected the opposition's assertion that the budget bill was rigged."}]"#;
    let c = corpus(json);
    let of = |claim: &str, id: &str| stances(&c, claim, id);
    assert_eq!(of("The senate approved the budget bill.", "vote"), [Stance::Contradicts]);
    assert_eq!(of("The budget bill was rigged.", "aide"), [Stance::Denial]);
}

#[test]
fn more_opposite_acts_contradict() {
    let json = r#"[{"id": "jobs", "title": "Jobs", "text": "The carmaker laid off 500 workers at its plant in March."},
                  {"id": "court", "title": "Court", "text": "The appeals court overturned the ruling on Friday."}]"#;
    let c = corpus(json);
    let of = |claim: &str, id: &str| stances(&c, claim, id);
    assert_eq!(of("The carmaker hired 500 workers at its plant.", "jobs"), [Stance::Contradicts]);
    assert_eq!(of("The appeals court upheld the ruling.", "court"), [Stance::Contradicts]);
}

#[test]
fn a_setting_after_the_verb_is_no_swapped_role() {
    // "died in the outbreak" says what "the outbreak killed" says, "wounded in the attack" what
    // "the attack wounded" says.
    let json = r#"[{"id": "died", "title": "Outbreak", "text": "Forty people have died in the outbreak, health officials said."},
                  {"id": "attack", "title": "Attack", "text": "Three soldiers were wounded in the attack on the convoy."}]"#;
    let c = corpus(json);
    assert_eq!(stances(&c, "The outbreak has killed 40 people.", "died"), [Stance::Supports]);
    assert_eq!(stances(&c, "The attack on the convoy wounded three soldiers.", "attack"), [Stance::Supports]);
    // A role's preposition after the setting's: the roles are swapped.
    let json = r#"[{"id": "final", "title": "Final", "text": "Djokovic won in four sets against Nadal."}]"#;
    assert_ne!(stances(&corpus(json), "Nadal won against Djokovic.", "final"), [Stance::Supports]);
}

#[test]
fn against_a_short_passage_a_word_it_lacks_weighs_as_one_it_has() {
    // A one-sentence corpus says nothing about how rare a word is. Three of the claim's seven
    // words are enough to read the sentence's negation; before, each missing word weighed 1.3
    // times a present one and the sentence was not even a candidate.
    let json = r#"[{"id": "council", "title": "Council", "text": "The council has not approved the parking plan."}]"#;
    assert_eq!(stances(&corpus(json), "The city council approved the new parking rules for residents.", "council"), [Stance::Contradicts]);
}

#[test]
fn a_headline_calling_the_story_a_hoax_needs_only_one_word_of_what_happened() {
    let json =
        r#"[{"id": "hoax", "title": "Lena Varga death hoax: her manager says she is fine", "text": "Lena Varga death hoax: her manager says she is fine"}]"#;
    assert_eq!(stances(&corpus(json), "Lena Varga died in a plane crash.", "hoax"), [Stance::Denial]);
    // Not a report of something else called false that shares one word with the claim.
    let json = r#"[{"id": "drunk", "title": "Awards", "text": "Lena Varga's spokesman said reports that the singer was drunk at the awards were false."}]"#;
    assert_ne!(stances(&corpus(json), "Lena Varga was arrested for drunk driving.", "drunk"), [Stance::Denial]);
}

#[test]
fn a_sentence_naming_the_claims_thing_by_its_general_word_is_about_it() {
    // "a Turkish jet" for "a Turkish warplane": what was denied is the claim.
    let json = r#"[{"id": "drone", "title": "Drone", "text": "Ankara denied claims that the shootdown had anything to do with a Turkish jet."}]"#;
    assert_eq!(stances(&corpus(json), "A Turkish warplane shot down a Greek drone.", "drone"), [Stance::Denial]);
}

#[test]
fn a_short_denial_points_back_to_a_claim_said_in_other_words() {
    // The claim says "frontier zones it holds" and "back the rebel army" where the report says
    // "border areas it controls" and "support the rebels": less of its wording than a position
    // needs, but the short sentence after the report denies it outright.
    let json = r#"[{"id": "troops", "title": "Troops", "text": "Troops\n\nTwo local officials told reporters that Lorvania is moving militias from border areas it controls to support the rebels in Kessa. Lorvania and Kessa have denied this.\n\nThe weather in Kessa was mild all week."},
        {"id": "talks", "title": "Talks", "text": "Talks\n\nLorvania and Kessa held talks on trade. The rebels in Kessa were not invited."},
        {"id": "games", "title": "Games", "text": "Games\n\nLorvania beat Kessa at football on Sunday."}]"#;
    let c = corpus(json);
    let stances = |claim: &str| stances(&c, claim, "troops");
    assert!(stances("Lorvania is shipping militias from frontier zones it holds to back the rebel army in Kessa.").contains(&Stance::Denial));
    // The denial answers the officials, not a claim about what a minister said.
    assert!(!stances("A minister said Lorvania is shipping militias from frontier zones it holds to back the rebel army in Kessa.").contains(&Stance::Denial));
}

#[test]
fn a_denial_of_claims_one_sentence_later_answers_the_report() {
    // Report, doubt, then "denied claims that …": the denial answers the report two sentences
    // back, and the reader sees the passage from the report on.
    let json = r#"[{"id": "boat", "title": "Boat", "text": "Boat\n\nNorden’s navy had reported one of its patrol boats was sunk near the coast after it was hit by a Vesterian submarine which had left from Karsby. The truth of the allegation was never backed up by outside observers. Vesteria had firmly denied claims that the sinking had anything to do with a Vesterian vessel.\n\nThe weather in Norden was mild all week."},
        {"id": "talks", "title": "Talks", "text": "Talks\n\nNorden and Vesteria held talks on fishing rights. Observers said little."}]"#;
    let c = corpus(json);
    let report = c.check("A Vesterian submarine sank a patrol boat of Norden's navy.").unwrap();
    let a = &report.articles[0];
    assert!(a.stances.contains(&Stance::Denial), "{:?}", a.stances);
    let denial = a.evidence.iter().find(|e| e.stances.contains(&Stance::Denial)).unwrap();
    assert!(denial.sentence.starts_with("Norden’s navy had reported") && denial.sentence.ends_with("Vesterian vessel."), "{}", denial.sentence);
    // Vesteria's denial does not deny that the navy said it.
    assert!(!stances(&c, "Norden's navy said a Vesterian submarine sank one of its patrol boats.", "boat").contains(&Stance::Denial));
    // Not across a report of something else (after the review).
    let other = |between: &str, denial: &str| {
        let text = format!("Arms\n\nTwo officials said Lorvania shipped weapons to the rebels in Kessa last month. {between} {denial}");
        let c = corpus(
            &serde_json::json!([{"id": "arms", "title": "Arms", "text": text}, {"id": "t", "title": "T", "text": "T\n\nLorvania and Kessa held talks."}])
                .to_string(),
        );
        stances(&c, "Lorvania shipped weapons to the rebels in Kessa.", "arms")
    };
    assert!(other("The officials gave no more detail.", "Lorvania denied claims that it had armed the rebels in Kessa.").contains(&Stance::Denial));
    assert!(!other("Separately, Kessa accused Lorvania of cutting the power to Mirn.", "Lorvania denied claims that it had cut the power lines in Kessa.")
        .contains(&Stance::Denial));
}

/// Each claim, said in other words than `article`'s (one text), takes `stance` from it, with
/// `word` marked as what the claim says.
fn said_in_other_words(article: &str, text: &str, claims: &[&str], stance: Stance, word: &str) {
    let json =
        serde_json::json!([{"id": article, "title": article, "text": text}, {"id": "t", "title": "T", "text": "T\n\nLorvania and Kessa held talks on trade."}]);
    let c = corpus(&json.to_string());
    for claim in claims {
        let e = first_evidence(&c, claim, article);
        assert!(e.stances.contains(&stance) && e.matched.iter().any(|m| m == word), "{claim}: {:?} {:?}", e.stances, e.matched);
    }
}

#[test]
fn having_a_hand_in_something_is_being_involved_in_it() {
    // The reader sees "involvement" marked as what the claim says.
    said_in_other_words(
        "border",
        "Border\n\nOfficials in Kessa alleged Lorvania's involvement in the renewed border fighting, which Lorvania has denied.",
        &["Lorvania has a hand in the renewed border fighting.", "Lorvania has become embroiled in the renewed border fighting."],
        Stance::Denial,
        "involvement",
    );
}

#[test]
fn ancestry_and_descent_are_origin() {
    said_in_other_words(
        "pop",
        "Pop\n\nThe population of Lorvania includes about 40,000 people of Kessan origin.",
        &["About 40,000 people in Lorvania have Kessan ancestry.", "Some 40,000 residents of Lorvania are of Kessan descent."],
        Stance::Supports,
        "origin",
    );
}

#[test]
fn a_claim_that_someone_denied_it_meets_their_denial_in_other_words() {
    // Fewer of the claim's words than a position needs, but the denier's own denial of them.
    let json = r#"[{"id": "arms", "title": "Arms", "text": "Arms\n\nLorvania has publicly backed Kessa and said it would help if asked, but denied sending foreign mercenaries or arms to the region."},
        {"id": "t", "title": "T", "text": "T\n\nLorvania and Kessa held talks on trade. Foreign fighters were seen in the area."},
        {"id": "u", "title": "U", "text": "U\n\nLorvania shipped grain to the area. Kessa hired new teachers."}]"#;
    let c = corpus(json);
    let claim = "Lorvania has rejected accusations that it quietly shipped weapons or hired foreign gunmen for the war zone.";
    assert_eq!(stances(&c, claim, "arms"), [Stance::Supports]);
    // Someone else's denial is not theirs, and a denial of one act is none of another (after
    // the review).
    assert!(!stances(&c, &claim.replace("Lorvania has", "Kessa has"), "arms").contains(&Stance::Supports));
    let json = r#"[{"id": "a", "title": "A", "text": "A\n\nLorvania denied sending arms to Kessa on Monday."},
        {"id": "t", "title": "T", "text": "T\n\nLorvania and Kessa held talks. The president of Kessa met Lorvanian envoys."}]"#;
    assert!(!stances(&corpus(json), "Lorvania denied meeting Kessa's president.", "a").contains(&Stance::Supports));
}

#[test]
fn a_figure_that_fits_the_claims_count_is_the_claim_said_in_other_words() {
    // Only the figure and "capital" are the claim's own words; the reader sees the figure marked.
    let json = r#"[{"id": "march", "title": "March", "text": "March\n\nAround 48,000 rally in the capital on the third day of strikes."},
        {"id": "t", "title": "T", "text": "T\n\nLorvania and Kessa held talks on trade."}]"#;
    let c = corpus(json);
    let e = first_evidence(&c, "More than 40,000 people marched through the capital.", "march");
    assert!(e.stances.contains(&Stance::Supports) && e.matched.iter().any(|m| m == "48,000"), "{:?} {:?}", e.stances, e.matched);
    // A figure that does not fit, or one that counts another thing, says nothing of the claim.
    for claim in ["More than 60,000 people marched through the capital.", "More than 40,000 tractors rolled through the capital."] {
        assert!(!stances(&c, claim, "march").contains(&Stance::Supports), "{claim}");
    }
}

#[test]
fn a_denial_of_something_else_about_the_same_people_is_no_denial() {
    // What the singers denied shares only who it is about with the claim.
    let json = r#"[{"id": "d", "title": "D", "text": "D\n\nThe two singers denied rumours that they were planning to move abroad together."},
        {"id": "t", "title": "T", "text": "T\n\nLorvania and Kessa held talks on trade."}]"#;
    let c = corpus(json);
    assert!(!stances(&c, "The two singers have split up.", "d").contains(&Stance::Denial));
    // A denial of what the claim says still is one.
    assert!(stances(&c, "The two singers are planning to move abroad together.", "d").contains(&Stance::Denial));
}

#[test]
fn a_report_called_untrue_is_a_denial_even_where_the_model_reads_support() {
    // Too little of the claim's wording for the rules; the model alone would call it support.
    let json = r#"[{"id": "p", "title": "P", "text": "P\n\nReports of shelling at Orsk port untrue, UN monitors say after site visit"},
        {"id": "t", "title": "T", "text": "T\n\nLorvania and Kessa held talks on trade."}]"#;
    let e = first_evidence(&corpus(json), "Government troops have shelled the port of Orsk.", "p");
    assert_eq!(e.stances, [Stance::Denial], "{:?}", e.why);
}

#[test]
fn what_someone_said_is_supported_only_by_their_saying_it() {
    // The same words said by another speaker: the model compares what is said, not who said it.
    let json = r#"[{"id": "v", "title": "V", "text": "V\n\nVarna said Orsk and Kessa will work with the trade council to stop the dispute."},
        {"id": "p", "title": "P", "text": "P\n\nPell said Orsk and Kessa will work with the trade council to stop the dispute."}]"#;
    let c = corpus(json);
    let claim = "Pell said Orsk would work with the trade council to stop the dispute.";
    assert!(!stances(&c, claim, "v").contains(&Stance::Supports));
    assert_eq!(stances(&c, claim, "p"), [Stance::Supports]);
}

#[test]
fn two_countries_in_each_others_places_contradict() {
    let json = r#"[{"id": "r", "title": "R", "text": "R\n\nVerdo is a breakaway region of Georgia, ruled by ethnic Armenians."},
        {"id": "t", "title": "T", "text": "T\n\nTalks between the leaders of Georgia and Armenia began in Moscow."}]"#;
    let c = corpus(json);
    assert_eq!(stances(&c, "Verdo is a breakaway region of Armenia run by ethnic Georgians.", "r"), [Stance::Contradicts]);
    assert_eq!(stances(&c, "Verdo is a breakaway region of Georgia run by ethnic Armenians.", "r"), [Stance::Supports]);
    // A list in another order is no swap, nor a relation that holds both ways (after the
    // review: "the border of X with Y" is the border of Y with X).
    assert_eq!(stances(&c, "Talks between the leaders of Armenia and Georgia began in Moscow.", "t"), [Stance::Supports]);
    let json = r#"[{"id": "b", "title": "B", "text": "B\n\nTroops massed near the border of Belarus with Ukraine last week, officials said."},
        {"id": "l", "title": "L", "text": "L\n\nThe summit in Rome brought together the leaders of Germany, France and Italy."}]"#;
    let c = corpus(json);
    assert!(!stances(&c, "Troops massed near the border of Ukraine with Belarus last week.", "b").contains(&Stance::Contradicts));
    assert!(!stances(&c, "The summit in Rome brought together the leaders of France, Germany and Italy.", "l").contains(&Stance::Contradicts));
}

#[test]
fn a_speaker_in_other_words_may_be_the_claims() {
    // Only someone else, by name, does not say what the claim's speaker said.
    let json = r#"[{"id": "v", "title": "V", "text": "V\n\nTwo men were arrested after the attack in Vienna, officers said."},
        {"id": "t", "title": "T", "text": "T\n\nLorvania and Kessa held talks on trade."}]"#;
    assert!(stances(&corpus(json), "Police said two men were arrested after the attack in Vienna.", "v").contains(&Stance::Supports));
}

#[test]
fn in_an_archive_a_sentence_that_shares_only_the_claims_names_does_not_support_it() {
    // Among many articles, a sentence that names the claim's people and places but says
    // nothing of what the claim says of them is about something else (the model, reading the
    // names, leaned to support: 61 % against this one sentence alone).
    let filler: Vec<String> = (0..60).map(|i| format!("Stall {i} at the market sold {i} crates of pears on the quay.")).collect();
    let json = serde_json::json!([
        {"id": "talks", "title": "Talks", "text": "Council President Ilse Varga said Vienna was ready to host the talks."},
        {"id": "market", "title": "Market", "text": filler.join(" ")},
    ]);
    let c = corpus(&json.to_string());
    let got = stances(&c, "Ilse Varga studied law at a Vienna university.", "talks");
    assert!(!got.contains(&Stance::Supports), "{got:?}");
}

#[test]
fn an_airline_is_not_a_plane() {
    // "airline" and "airliner" share a stem; only the plane is a kind of jet.
    let c = corpus(r#"[{"id": "jets", "title": "Jets", "text": "One of its fighter jets was shot down near the border on Tuesday."}]"#);
    let got = stances(&c, "The airline is popular.", "jets");
    assert!(!got.contains(&Stance::Supports), "{got:?}");
}

#[test]
fn a_passage_that_opens_with_a_pronoun_is_about_the_claims_subject() {
    // One evidence passage, chosen for the claim: "She" and "It" are its subject.
    let one = |text: &str| corpus(&serde_json::json!([{"id": "p", "title": "", "text": text}]).to_string());
    let c = one("She is known for her film roles in Blue Harbour (2006) and The Long Night (2008).");
    assert!(stances(&c, "Mira Holt acted in films.", "p").contains(&Stance::Supports));
    // (Only the pronoun stands in: "He also directed …" still says "directed" itself.)
    let c = one("He also directed the films Tommy Boy, Black Sheep and Grown Ups.");
    assert!(stances(&c, "Dan Reed directed Black Sheep.", "p").contains(&Stance::Supports));
    let c = one("It was established on 4 June 1992 after the old province was split in two.");
    assert!(stances(&c, "Ingushetia was established in 1993.", "p").contains(&Stance::Contradicts));
    // A description that says a claim word is that word's: "The phonograph" is not Bell.
    let c = one("The phonograph was invented by Thomas Edison in 1877.");
    assert!(stances(&c, "Alexander Graham Bell invented the phonograph.", "p").contains(&Stance::Contradicts));
    // "It was confirmed that …" stands for what follows, and a headline in title case has no
    // subject to tell by case.
    let c = one("It was confirmed on Monday that a crew member tested positive for measles.");
    assert!(!stances(&c, "Mira Holt tested positive for measles.", "p").contains(&Stance::Supports));
    let c = one("It was funded by a charity in 2015.");
    assert!(!stances(&c, "Bill Gates Funded Vaccine Microchips", "p").contains(&Stance::Supports));
    // The subject of the main clause after an opening phrase stands in too …
    let c = one("Produced by Northwind Studios, the film was released in cinemas in May 2011.");
    assert!(stances(&c, "Silver Harbour was released in 2011.", "p").contains(&Stance::Supports));
    let c = one("Contrary to a common belief, it cannot be seen from orbit with the naked eye.");
    assert!(stances(&c, "The Old Canal can be seen from orbit with the naked eye.", "p").contains(&Stance::Contradicts));
    // … but not a clause's own subject after its comma, nor who said it.
    let c = one("Only 46 percent of voters took part, the electoral board said.");
    assert!(!stances(&c, "Turnout reached 80 percent.", "p").contains(&Stance::Supports));
    let c = one("Masked men robbed the jewellery shop in Hull, the police said.");
    assert!(!stances(&c, "Sam Dorsey robbed the jewellery shop in Hull.", "p").contains(&Stance::Supports));
    let c = one("Ned Ward won the sprint in 2016, the organisers said.");
    assert!(!stances(&c, "Ana Ruiz won the sprint in 2016.", "p").contains(&Stance::Supports));
    // A claim with a few capitalised names is no title-case headline.
    let c = one("He won an Oscar in 1994 for his role as a lawyer.");
    assert!(stances(&c, "Tom Hanks won an Oscar.", "p").contains(&Stance::Supports));
    // In an archive, an article's opening pronoun is no claim's subject.
    let filler: Vec<String> = (0..60).map(|i| format!("Stall {i} at the market sold {i} crates of pears on the quay.")).collect();
    let c = corpus(
        &serde_json::json!([
            {"id": "p", "title": "", "text": "She is known for her film roles in Blue Harbour (2006) and The Long Night (2008)."},
            {"id": "market", "title": "Market", "text": filler.join(" ")},
        ])
        .to_string(),
    );
    assert!(!stances(&c, "Mira Holt acted in films.", "p").contains(&Stance::Supports));
}

#[test]
fn a_negation_of_what_the_claim_says_outweighs_a_support_about_its_names() {
    // One sentence names the claim's people and topic; another negates what the claim says of
    // them. The article contradicts the claim; it does not also support it.
    let c = corpus(
        r#"[{"id": "office", "title": "Statement", "text": "The mayor's office said in a statement on Friday that the city council met to discuss the flooding. The mayor's office did not provide further details about the flooding."}]"#,
    );
    let claim = "The mayor's office gave further details about the flooding in its statement.";
    let got = stances(&c, claim, "office");
    assert!(got.contains(&Stance::Contradicts) && !got.contains(&Stance::Supports), "{got:?}");
    // Without the negating sentence the statement still bears on the claim as before.
    let c = corpus(
        r#"[{"id": "office", "title": "Statement", "text": "The mayor's office said in a statement on Friday that the city council met to discuss the flooding."}]"#,
    );
    assert!(!stances(&c, claim, "office").contains(&Stance::Contradicts));
    // A negation about someone else leaves the support.
    let c = corpus(
        r#"[{"id": "vote", "title": "Vote", "text": "Mayor Lena Varro won the vote on Tuesday. The opposition did not win the council vote on the harbour budget."}]"#,
    );
    assert!(stances(&c, "Lena Varro won the council vote on the harbour budget.", "vote").contains(&Stance::Supports));
}

#[test]
fn a_negation_of_something_else_leaves_the_support() {
    // A negation in a clause of its own does not negate what the claim says.
    let claim = "The drug Velmora improved survival in patients with lung cancer.";
    let c = corpus(r#"[{"id": "t", "title": "Trial", "text": "Patients with lung cancer who had never smoked lived longer on Velmora."}]"#);
    assert_eq!(stances(&c, claim, "t"), [Stance::Supports]);
    // One that follows the claim's words in their clause leaves no support.
    let c =
        corpus(r#"[{"id": "t", "title": "Trial", "text": "Patients with lung cancer who received Velmora did not live any longer than those on placebo."}]"#);
    assert_ne!(stances(&c, claim, "t"), [Stance::Supports]);
}

/// An archive of seven filler reports and `article` (73 sentences: past the size where every
/// word weighs the same).
fn archive_with(article: &str) -> Checker {
    let topics = [
        "Velmar officials met in Geneva on Monday.",
        "The ministry issued a statement on trade.",
        "Velmar diplomats spoke about grain exports.",
        "The spokesman showed footage of the new energy plant.",
        "Forces of Kessa held drills near the border.",
        "Talks between the two ministers ended without agreement.",
        "The price of gas rose in the winter.",
        "Officials in Vienna discussed the nuclear deal.",
        "The ministry published new figures on trade.",
        "Protesters gathered outside the parliament building.",
    ];
    let mut articles: Vec<String> = (0..7)
        .map(|k| {
            let text: Vec<&str> = (0..10).map(|i| topics[(k + i) % 10]).collect();
            format!(r#"{{"id": "f{k}", "title": "Report {k}", "text": "{}"}}"#, text.join(" "))
        })
        .collect();
    articles.push(format!(r#"{{"id": "a", "title": "Clashes continue", "text": "{article}"}}"#));
    corpus(&format!("[{}]", articles.join(",")))
}

#[test]
fn words_an_archive_never_uses_do_not_outweigh_what_the_sentence_says() {
    // Four claim words no article uses ("amid swift condemnation abroad"): in an archive of a few
    // hundred sentences that tells little of how rare they are, and the sentence says the rest.
    let c = archive_with("Fighting continued for a fourth day on Wednesday. Velmar released footage showing its forces firing rockets at enemy positions near the river. Both sides reported losses.");
    let got = stances(&c, "Velmar released footage of its forces firing rockets amid swift condemnation abroad.", "a");
    assert_eq!(got, vec![Stance::Supports]);
    // Said of another act, the same words remain no support.
    let got = stances(&c, "Velmar released footage of its forces retreating amid swift condemnation abroad.", "a");
    assert!(!got.contains(&Stance::Supports), "{got:?}");
}
