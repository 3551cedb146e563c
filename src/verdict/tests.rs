//! Unit tests of the verdict stage: the model and the rules composed, articles aggregated.

use super::decision::{DecidedBy, Decision, Nli, OUTWEIGHED_CUE, QUESTION_CUE};
use super::*;
use crate::corpus::{Article, Corpus};
use crate::retrieve::candidates::{find_evidence, Claim, MODEL_CANDIDATE_MIN};
use crate::retrieve::index::Index;
use crate::stance::{Reason, Stance};

/// compose() for the best candidate of `text`, with the model saying `p`.
fn composed(text: &str, claim: &str, p: Option<[f32; 3]>) -> Decision {
    composed_among(&[text], claim, p)
}

/// As `composed`, the first text being judged among the others (articles of one corpus).
fn composed_among(texts: &[&str], claim: &str, p: Option<[f32; 3]>) -> Decision {
    composed_nli(texts, claim, p.map(Nli::from_probs))
}

/// As `composed_among`, with the model's whole answer.
fn composed_nli(texts: &[&str], claim: &str, nli: Option<Nli>) -> Decision {
    let articles = texts.iter().enumerate().map(|(i, t)| Article { id: format!("a{i}"), title: "T".into(), text: (*t).into(), ..Default::default() });
    let c = Corpus::new(articles.collect()).unwrap();
    let index = Index::build(&c);
    let claim = Claim::analyse(claim);
    let found = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, None);
    let hit = found.hits.first().expect("a candidate");
    let s = &found.sentences[&hit.sentence];
    let rule = crate::stance::judge(&index, &claim, hit, s);
    compose(rule, nli, &index, &claim, hit, s)
}

#[test]
fn someone_else_saying_it_is_no_support_of_a_claim_about_who_said_it() {
    // The claim's speaker is named in the relative clause, not as the one who said it.
    let text = "Macron, who has sparred with Erdogan for months, said Ankara was acting in a warlike manner.";
    let d = composed(text, "Erdogan said Ankara was acting in a warlike manner.", Some([0.97, 0.02, 0.01]));
    assert_ne!(d.judgement.stances[0], Stance::Supports, "{d:?}");
    let d = composed(text, "Macron said Ankara was acting in a warlike manner.", Some([0.97, 0.02, 0.01]));
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
}

#[test]
fn a_list_that_leaves_out_a_member_of_the_claims_list_does_not_say_it() {
    // Neither the rules nor a confident model: the sentence names who did it, and Turkey is
    // not among them.
    let text = "Azerbaijan and Armenia have imposed martial law and launched mobilization efforts.";
    for p in [None, Some([0.99, 0.005, 0.005])] {
        let d = composed(text, "Armenia, Azerbaijan and Turkey have imposed martial law.", p);
        assert_ne!(d.judgement.stances[0], Stance::Supports, "{d:?}");
        let d = composed(text, "Turkey, Armenia and Azerbaijan have imposed martial law.", p);
        assert_ne!(d.judgement.stances[0], Stance::Supports, "{d:?}");
    }
    // Nor does the model's contradiction hold: the list is not said to be all of them.
    let d = composed(text, "Armenia, Azerbaijan and Turkey have imposed martial law.", Some([0.02, 0.97, 0.01]));
    assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
    // Every member said, in any order: support; first names and a city's state are no members.
    let d = composed(text, "Armenia and Azerbaijan have imposed martial law.", None);
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
    let d = composed("Bezos and Musk are the two richest people in the world.", "Elon Musk and Jeff Bezos are the two richest people in the world.", None);
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
}

#[test]
fn against_one_passage_a_sentence_naming_nothing_is_about_the_claims_subject() {
    // Encyclopedia evidence leaves its page's subject unsaid.
    let d = composed("The series finale aired on May 14, 2012.", "The series finale of Make It or Break It ended in 2012.", Some([0.95, 0.03, 0.02]));
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
    // A sentence naming someone else is not.
    let d = composed(
        "The series finale of Gossip Girl aired on May 14, 2012.",
        "The series finale of Make It or Break It ended in 2012.",
        Some([0.95, 0.03, 0.02]),
    );
    assert_ne!(d.judgement.stances[0], Stance::Supports, "{d:?}");
}

#[test]
fn against_one_passage_another_nationality_in_no_slot_may_be_the_models_contradiction() {
    const TEXT: &str = "Veeram is a 2014 Pakistani action film directed by Siva.";
    const CLAIM: &str = "Veeram is an Indian Tamil film.";
    let sure = Some([0.02, 0.95, 0.03]);
    let d = composed(TEXT, CLAIM, sure);
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Contradicts, DecidedBy::Model), "{d:?}");
    // Among many articles the other nationality may be another matter's.
    let d = composed_among(&[TEXT, "Siva directed another film in 2015.", "Tamil cinema grew in the 1990s."], CLAIM, sure);
    assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
}

#[test]
fn structured_conflicts_and_denials_stay_with_the_rules() {
    let d = composed("Turkey sent 300 fighters to Azerbaijan.", "Turkey sent 3,000 fighters to Azerbaijan.", Some([0.95, 0.02, 0.03]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Contradicts, DecidedBy::Rules));
    let d = composed("Ankara denied sending fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.", Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances[0], Stance::Denial);
}

#[test]
fn a_months_own_year_is_the_dates_year() {
    // The claim's month is matched in the second date of a life span: its year is the one
    // after it, not the one before the dash.
    let text = "Christopher Kyle (April 8, 1974 – February 2, 2013) was a United States Navy veteran.";
    let d = composed(text, "On February 2, 2013, Chris Kyle died.", Some([0.3, 0.1, 0.6]));
    assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
    let d = composed(text, "On February 2, 2014, Chris Kyle died.", Some([0.3, 0.1, 0.6]));
    assert_eq!((d.judgement.stances[0], d.judgement.cue.as_deref()), (Stance::Contradicts, Some("2013 vs 2014")), "{d:?}");
}

#[test]
fn against_one_passage_one_of_the_claims_names_is_enough() {
    // Encyclopedia evidence shortens the claim's names; the passage was chosen for it.
    let claim = "Henry II of France died from a horse kick in the garden.";
    let text = "Henry suffered an untimely death in the palace garden, being kicked by a horse.";
    assert_eq!(composed(text, claim, Some([0.9, 0.05, 0.05])).judgement.stances[0], Stance::Supports);
    // One word of a name is enough, as a name ("The F-12" for the whole designation).
    let d = composed("The F-12 first flew in March 1961.", "The Halden Aircraft F-12 Skyhawk Interceptor first flew in March 1961.", Some([0.95, 0.03, 0.02]));
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
    // The name must be the claim's subject's: a place it shares is not enough.
    let d = composed("Lena Ortiz, who lives in Oslo, eats meat every day.", "Ada Brook is a vegetarian who lives in Oslo.", Some([0.01, 0.9, 0.09]));
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
    // Among other articles, a Henry is not enough: it may be another one.
    let d = composed_among(&[text, "Parliament met in Paris on Monday."], claim, Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
    // Someone else doing it contradicts where the model says so …
    let claim = "Stillwater Lane stars Tomas Keel in the lead role.";
    let text = "Stillwater Lane is a 2011 horror film with Ana Solis in the lead role.";
    assert_eq!(composed(text, claim, Some([0.0, 1.0, 0.0])).judgement.stances[0], Stance::Contradicts);
    // … but support needs each person the claim names: the award's passage names another
    // winner.
    let d = composed("Lumen Awards: Omar Sall named best actor", "The best actor prize at the Lumen Awards went to Nico Fane.", Some([0.93, 0.05, 0.02]));
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
}

#[test]
fn against_one_passage_the_rules_support_only_where_each_person_is_named() {
    // The album and the words are there; the claim's artist is not.
    let claim = "The Quiet Harbour is an album by Dana Voss.";
    let d = composed("The Quiet Harbour is the fifth studio album by the Scottish rock band Low Tide.", claim, None);
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
    let d = composed("The Quiet Harbour is the fifth studio album by the Scottish singer Dana Voss.", claim, None);
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
}

#[test]
fn a_credit_line_is_never_read_as_a_contradiction() {
    // Where a reporter was says nothing of the place, however sure the model is.
    let claim = "Tbilisi is the capital of Georgia.";
    let d = composed("Additional reporting by Nino Kapanadze in Tbilisi; editing by Mark Stone.", claim, Some([0.02, 0.95, 0.03]));
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
}

#[test]
fn a_confident_model_decides_where_the_rules_are_silent() {
    // A paraphrase the word match only half sees.
    let (text, claim) = ("The Fed lifted borrowing costs again in March.", "The Fed raised interest rates in March.");
    assert_eq!(composed(text, claim, None).judgement.stances[0], Stance::Mentions, "the rules alone see no position");
    let d = composed(text, claim, Some([0.9, 0.05, 0.05]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Supports, DecidedBy::Model));
    // An unsure model leaves the silence alone; past half sure, it decides.
    let d = composed(text, claim, Some([0.45, 0.25, 0.3]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Mentions, DecidedBy::Rules));
    let d = composed(text, claim, Some([0.52, 0.28, 0.2]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Supports, DecidedBy::Model));
    // A sentence without the claim's year says no other year: no contradiction.
    let d = composed("The truce ended the war over the region, officials said.", "A 1994 truce ended the war over the region.", Some([0.01, 0.98, 0.01]));
    assert_ne!(d.judgement.stances[0], Stance::Contradicts);
    // Nor where it gives no number at all for the claim's count …
    let d = composed(
        "Hospitals in Ruritania have reported casualties, among them civilians.",
        "Civilian casualties in Ruritania run into the hundreds.",
        Some([0.9, 0.05, 0.05]),
    );
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
    // … or one that counts something else ("five weeks" is not "five provinces").
    let text = "Health officials said the cholera outbreak, which began five weeks ago, has sickened more than 2,000 people.";
    let d = composed(text, "The cholera outbreak has spread to five provinces.", Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
    // … or counts, none of them the claim's: "300 concerts" does not say "300,000 copies".
    let text = "Lark Hollow played 300 concerts in the three years after their first record came out.";
    let d = composed(text, "Lark Hollow sold 300,000 copies of their first record.", Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
    // Nor a contradiction where every count of the sentence counts something else than the
    // claim's: "two" sources are no other number of fighters.
    let text = "Two rebel sources told reporters that Lorvania is sending fighters from its northern provinces to Kessa.";
    let claim = "Around four thousand fighters recruited in the northern provinces were moved by Lorvania into Kessa last month.";
    let d = composed(text, claim, Some([0.02, 0.95, 0.03]));
    assert_ne!(d.judgement.stances[0], Stance::Contradicts);
    // A contradiction needs a sentence close to the claim (`CONTRADICT_COVERAGE_MIN`): a
    // third of its words is not.
    let d = composed("The Fed met in March.", "The Fed raised interest rates sharply in early March.", Some([0.01, 0.98, 0.01]));
    assert_ne!(d.judgement.stances[0], Stance::Contradicts);
}

#[test]
fn what_the_model_finds_about_the_same_matter_with_another_date_contradicts() {
    // Too little of the claim's wording for the rules ("newest", "started" unmatched): the
    // model vouches it is the same outbreak, the date says when.
    let text = "Renewed fighting between Serbia and Kosovo erupted on March 14, with heavy shelling reported in the contested district of Mitrovica.";
    let claim = "The newest clashes over Mitrovica started on 21 March.";
    assert_eq!(composed(text, claim, None).judgement.stances[0], Stance::Mentions, "the rules alone see no position");
    let d = composed(text, claim, Some([0.9, 0.05, 0.05]));
    assert_eq!((d.judgement.stances[0], d.judgement.reason, d.decided_by), (Stance::Contradicts, Reason::Date, DecidedBy::Rules), "{d:?}");
    // The model reading it as a contradiction agrees; reading it as another matter, it
    // leaves the rules' silence alone.
    let d = composed(text, claim, Some([0.2, 0.7, 0.1]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Contradicts, DecidedBy::Both), "{d:?}");
    let d = composed(text, claim, Some([0.1, 0.3, 0.6]));
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
    // The same date: the model's support stands.
    let d = composed(text, "The newest clashes over Mitrovica started on 14 March.", Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
}

#[test]
fn the_model_may_support_a_converse_but_not_a_contrary_with_the_roles_traded() {
    // Selling to someone is their buying: the model's support stands.
    let d = composed("Harlow Energy sold to Bram Oil in $2bn deal", "Bram Oil has bought Harlow Energy.", Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
    // Criticising someone is not their praising you: the traded roles stay a mention.
    let d = composed("Governor Ray Finn criticised Mayor Dana Holt over the budget.", "Mayor Dana Holt praised Governor Ray Finn.", Some([0.9, 0.05, 0.05]));
    assert_ne!(d.judgement.stances[0], Stance::Supports, "{d:?}");
}

#[test]
fn a_place_in_a_name_does_not_hold_back_a_contradiction() {
    // "of China" names which Great Wall; a sentence without it is about the same wall.
    let text = "From the distance of the Moon, no human-made structure, the Great Wall included, can be made out without optical aid.";
    let d = composed(text, "The Great Wall of China can be seen with the naked eye from the Moon.", Some([0.05, 0.9, 0.05]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Contradicts, DecidedBy::Model));
    // A place where it happened still does: another place may be another event.
    let d = composed(
        "The two leaders met on Tuesday and spoke about trade.",
        "The two leaders met in Sochi on Tuesday and spoke about trade.",
        Some([0.05, 0.9, 0.05]),
    );
    assert_ne!(d.judgement.stances[0], Stance::Contradicts);
}

#[test]
fn a_hedged_sentence_is_no_model_contradiction() {
    // The model reads "could reduce" against "prevents" as a mismatch; the sentence only
    // says it might.
    let text = "Respira could reduce the chance of catching colds, its makers say, citing a small study.";
    let d = composed(text, "The nasal spray Respira prevents colds.", Some([0.04, 0.96, 0.0]));
    assert_eq!(d.judgement.stances[0], Stance::Mentions);
    assert!(d.judgement.cue.as_deref().is_some_and(|c| c.contains("could")), "{:?}", d.judgement.cue);
    // A hedge over another clause leaves the model's contradiction standing.
    let text = "Respira does little to stop colds in the trial, while its makers could still sell it widely.";
    let d = composed(text, "The nasal spray Respira prevents colds.", Some([0.04, 0.96, 0.0]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Contradicts, DecidedBy::Model));
}

#[test]
fn positions_the_rules_took_stay_theirs() {
    let d = composed("Turkey sent fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.", Some([0.8, 0.1, 0.1]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Supports, DecidedBy::Both));
    let d = composed("Turkey sent fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.", Some([0.02, 0.96, 0.02]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Supports, DecidedBy::Rules));
}

#[test]
fn the_model_does_not_support_a_claim_with_the_roles_swapped() {
    let (text, claim) = (
        "The dockers' union accused the port authority of breaking the agreement.",
        "The port authority accused the dockers' union of breaking the agreement.",
    );
    let d = composed(text, claim, Some([0.95, 0.03, 0.02]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Mentions, DecidedBy::Rules), "{:?}", d.judgement);
    assert!(d.judgement.cue.as_deref().is_some_and(|c| c.starts_with("roles swapped")));
    // The same roles, in the passive: the model may support it.
    let d = composed(
        "The port authority was accused by the dockers' union of breaking the agreement.",
        "The dockers' union accused the port authority of breaking the agreement.",
        Some([0.95, 0.03, 0.02]),
    );
    assert_eq!(d.judgement.stances[0], Stance::Supports);
}

#[test]
fn a_model_position_needs_the_claims_names() {
    let d =
        composed("Police arrested protesters in Asuncion on Monday.", "Swedish police arrested protesters in Stockholm on Monday.", Some([0.9, 0.05, 0.05]));
    assert_ne!(d.judgement.stances[0], Stance::Supports);
}

/// Sixty unrelated sentences: beside them, a corpus is an archive (`Index::is_archive`).
fn archive() -> String {
    (0..60).map(|i| format!("Gardeners in district {i} planted tulips along the river. ")).collect()
}

#[test]
fn in_an_archive_a_model_support_needs_the_claims_year() {
    let archive = archive();
    let claim = "Sergey Lavrov has headed Russia's foreign ministry since 2004.";
    let sure = Some([0.9, 0.05, 0.05]);
    let undated = composed_among(&["Russian Foreign Minister Sergey Lavrov said Moscow was ready to host talks.", &archive], claim, sure);
    assert_ne!(undated.judgement.stances[0], Stance::Supports, "{:?}", undated.judgement);
    let dated = composed_among(&["Sergey Lavrov has been Russia's foreign minister since 2004, officials said.", &archive], claim, sure);
    assert_eq!(dated.judgement.stances[0], Stance::Supports, "{:?}", dated.judgement);
}

#[test]
fn in_an_archive_a_model_support_of_a_negated_claim_needs_a_negation() {
    let archive = archive();
    let claim = "The minister held no phone talks with the ambassadors.";
    let sure = Some([0.9, 0.05, 0.05]);
    let asserted = composed_among(&["The minister said he was ready to welcome the ambassadors for talks.", &archive], claim, sure);
    assert_ne!(asserted.judgement.stances[0], Stance::Supports, "{:?}", asserted.judgement);
    let negated = composed_among(&["The minister has not spoken to the ambassadors by phone, aides said.", &archive], claim, sure);
    assert_eq!(negated.judgement.stances[0], Stance::Supports, "{:?}", negated.judgement);
}

#[test]
fn among_a_few_articles_a_model_support_of_a_negated_claim_needs_a_negation() {
    // (As in an archive: the evidence was not chosen for the claim.)
    const OTHER: &str = "The weather in the region was mild on Monday.";
    let claim = "The minister held no phone talks with the ambassadors.";
    let sure = Some([0.9, 0.05, 0.05]);
    let asserted = composed_among(&["The minister said he was ready to welcome the ambassadors for talks.", OTHER], claim, sure);
    assert_ne!(asserted.judgement.stances[0], Stance::Supports, "{:?}", asserted.judgement);
    let negated = composed_among(&["The minister has not spoken to the ambassadors by phone, aides said.", OTHER], claim, sure);
    assert_eq!(negated.judgement.stances[0], Stance::Supports, "{:?}", negated.judgement);
}

#[test]
fn among_articles_a_model_contradiction_needs_more_than_the_claims_names() {
    // "Riga is the capital of Latvia" against a visit to Latvia: the sentence says nothing
    // of what the claim says of its names.
    let archive = archive();
    let sure = Some([0.05, 0.9, 0.05]);
    let names_only = "The Lorvania minister hit back during a visit to Kessa.";
    let d = composed_among(&[names_only, &archive], "Lorvania's council met in Kessa.", sure);
    assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
    // A word of what the claim says, and the model may decide.
    let said = "The Lorvania council was in Kessa on Monday.";
    let d = composed_among(&[said, &archive], "Lorvania's council met in Kessa to discuss tariffs.", sure);
    assert_eq!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
}

#[test]
fn in_an_archive_a_sentence_the_model_finds_to_say_a_negated_claim_without_its_negation_contradicts_it() {
    let archive = archive();
    let claim = "The council has no sizeable fund for flood repairs.";
    let text = "The council's budget includes about 600,000 euros set aside for flood repairs.";
    // Unsure of the claim as written; `u` that the sentence says it without "no".
    let read = |u: f32| Some(Nli { unnegated: Some(u), ..Nli::from_probs([0.5, 0.4, 0.1]) });
    let d = composed_nli(&[text, &archive], claim, read(0.9));
    assert_eq!((d.judgement.stances[0], d.judgement.reason, d.decided_by), (Stance::Contradicts, Reason::ClaimNegated, DecidedBy::Model), "{d:?}");
    // Not where the model does not find it said; nor against one passage chosen for the
    // claim, where the model finds "Seahorses are mammals" said by "Seahorses are small
    // marine fishes", nor among a few articles; nor where the sentence has a negation of
    // its own.
    assert_ne!(composed_nli(&[text, &archive], claim, read(0.3)).judgement.stances[0], Stance::Contradicts);
    assert_ne!(composed_nli(&[text], claim, read(0.9)).judgement.stances[0], Stance::Contradicts);
    assert_ne!(composed_nli(&[text, "The weather in the region was mild on Monday."], claim, read(0.9)).judgement.stances[0], Stance::Contradicts);
    let negating = "The council's budget has never set aside euros for flood repairs.";
    assert_ne!(composed_nli(&[negating, &archive], claim, read(0.9)).judgement.stances[0], Stance::Contradicts);
}

#[test]
fn against_one_passage_a_negated_claim_is_not_contradicted_by_the_act_with_another_name() {
    // The negation reaches "Japan": a tour elsewhere says nothing of it, whatever the
    // model reads.
    let sure = Some([0.05, 0.9, 0.05]);
    let claim = "The band Velmar Crows will not tour Japan.";
    let d = composed("Velmar Crows announce a 20-date European tour for the spring.", claim, sure);
    assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
    let d = composed("Velmar Crows announce a 20-date tour of Japan for the spring.", claim, sure);
    assert_eq!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
}

#[test]
fn against_one_passage_a_negated_act_needs_a_sentence_that_says_it_did_not_happen() {
    let brenn = "Cyclist Tomas Brenn will not ride in the Alpine Tour this summer.";
    // (sentence, claim, whether the model's sure support stands)
    let cases = [
        // The model reads past the claim's "not": the same names doing something else, or
        // an absence said of something else, is no support of it.
        ("Tomas Brenn signs two-year deal with Velox team before Alpine Tour", brenn, false),
        ("Tomas Brenn named leader of his team for the Alpine Tour", brenn, false),
        ("Tomas Brenn named leader for the Alpine Tour after his teammate pulled out", brenn, false),
        // Withdrawing, being ruled out, a race called off: the act did not take place, with
        // no negation word.
        ("Tomas Brenn withdraws from Alpine Tour with knee injury", brenn, true),
        ("Tomas Brenn ruled out of Alpine Tour after crash", brenn, true),
        ("Alpine Tour cancelled this summer; Tomas Brenn and rivals stay home", brenn, true),
        // What something is not is said by naming what it is.
        ("Bats are flying mammals that nurse their young.", "Bats are not birds.", true),
        // The opposite act.
        ("Mayor Ilse Brandt lost the Kellby mayoral election to her deputy.", "Mayor Ilse Brandt did not win the Kellby mayoral election.", true),
        // A state that goes on.
        ("The Harbour Museum will stay shut until next spring, its trustees said.", "The Harbour Museum will not reopen this year.", true),
        // Not failing is doing.
        ("Norvik Steel paid all its debts on time last year.", "Norvik Steel did not fail to pay its debts last year.", true),
    ];
    for (sentence, claim, supports) in cases {
        let d = composed(sentence, claim, Some([0.9, 0.05, 0.05]));
        assert_eq!(d.judgement.stances[0] == Stance::Supports, supports, "{sentence} / {claim}: {d:?}");
    }
}

#[test]
fn two_negations_with_the_roles_exchanged_do_not_agree() {
    let claim = "The union urged the ministers to stop meddling in the dispute.";
    let sure = Some([0.9, 0.05, 0.05]);
    let same = composed("Officials said that the union urges the ministers to stop interfering in the dispute.", claim, sure);
    assert_eq!(same.judgement.stances[0], Stance::Supports, "{:?}", same.judgement);
    let swapped = composed("Officials said that the ministers urge the union to stop interfering in the dispute.", claim, sure);
    assert_ne!(swapped.judgement.stances[0], Stance::Supports, "{:?}", swapped.judgement);
    // "Called on" is "urged": the same exchange.
    let called = "The union called on the ministers to stop meddling in the dispute.";
    let swapped = composed("Officials said that the ministers urge the union to stop interfering in the dispute.", called, sure);
    assert_ne!(swapped.judgement.stances[0], Stance::Supports, "{:?}", swapped.judgement);
    // Two negations rule nothing out: "A never beat B" is no contradiction of "B never beat A".
    let beat = composed("Ashby United never beat Riverton at home.", "Riverton never beat Ashby United at home.", sure);
    assert_eq!(beat.judgement.stances[0], Stance::Mentions, "{:?}", beat.judgement);
    // Over a relation both sides hold at once, the exchange says the same.
    let met = composed("Governor Ruiz did not meet Minister Hale in March.", "Minister Hale did not meet Governor Ruiz in March.", sure);
    assert_eq!(met.judgement.stances[0], Stance::Supports, "{:?}", met.judgement);
}

#[test]
fn a_model_support_needs_the_name_the_claim_opens_with() {
    // Among several articles, a sentence about the claim's other names is not about its subject.
    const OTHER: &str = "The weather in the region was mild on Monday.";
    let sure = Some([0.9, 0.05, 0.05]);
    let claim = "Iran shares long land borders with Armenia and with Azerbaijan.";
    let said = composed_among(&["Iran and its neighbours Armenia and Azerbaijan have borders in common, officials noted.", OTHER], claim, sure);
    assert_eq!(said.judgement.stances[0], Stance::Supports, "{:?}", said.judgement);
    let unsaid = composed_among(&["Armenia and Azerbaijan are its neighbours and have borders in common, officials noted.", OTHER], claim, sure);
    assert_ne!(unsaid.judgement.stances[0], Stance::Supports);
}

#[test]
fn the_same_people_at_a_place_the_sentence_does_not_name_is_another_event() {
    const TEXT: &str = "Prime Minister Ana Lopes, who spoke to President Marc Duval on Tuesday, said she would not seek his help.";
    let sure = Some([0.02, 0.96, 0.02]);
    let d = composed(TEXT, "Marc Duval hosted Ana Lopes in Lisbon for talks about gas prices.", sure);
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
    // Without the other place the model's contradiction stands.
    let d = composed(TEXT, "Marc Duval hosted Ana Lopes for talks about gas prices.", sure);
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Contradicts, DecidedBy::Model), "{d:?}");
}

#[test]
fn a_passage_that_opens_with_she_is_about_the_claims_person_unless_it_names_another() {
    const CLAIM: &str = "Jenna Jameson worked as a glamour model and a stripper.";
    let p = Some([0.9, 0.05, 0.05]);
    // (The rules read "She" as the passage's subject, the claim's, and say so themselves.)
    let d = composed("She worked as a stripper and glamour model before acting.", CLAIM, p);
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
    // "She" is Anna Berg here: no support for a claim about Jenna Jameson.
    let d = composed("Anna Berg is a singer. She worked as a stripper and glamour model before singing.", CLAIM, p);
    assert_ne!(d.judgement.stances[0], Stance::Supports);
}

#[test]
fn a_denial_the_model_matched_to_the_claim_is_a_denial() {
    const CLAIM: &str = "Soldiers of the regular army crossed the river into the neighbouring province.";
    let text = "The defence ministry denied that its troops had entered the neighbouring province.";
    for p in [[0.1, 0.85, 0.05], [0.85, 0.1, 0.05]] {
        let d = composed(text, CLAIM, Some(p));
        assert_eq!(d.judgement.stances, [Stance::Denial], "{p:?}: {:?}", d.judgement);
        assert_eq!(d.judgement.speaker.as_deref(), Some("The defence ministry"));
    }
    // Not denying is not a denial.
    let d = composed("The defence ministry has not denied that its troops had entered the neighbouring province.", CLAIM, Some([0.1, 0.85, 0.05]));
    assert_ne!(d.judgement.stances[0], Stance::Denial);
    // Without a model position the rules alone decide (here: too little of the claim).
    let d = composed(text, CLAIM, Some([0.1, 0.1, 0.8]));
    assert_eq!(d.judgement.stances, [Stance::Mentions]);
}

#[test]
fn a_denial_of_something_else_is_no_denial_of_the_claim() {
    // The claim's words are mostly in who denied, not in what was denied.
    let text = "The union said on Monday that the council had closed two libraries, an assertion denied by an aide to the mayor of Leeds, Ana Ruiz.";
    let d = composed(text, "Ana Ruiz, the mayor of Leeds, asked the union for a pay freeze.", Some([0.1, 0.85, 0.05]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Mentions, DecidedBy::Rules), "{:?}", d.judgement);
    // What was denied is the claim: a denial.
    let d = composed(text, "The council of Leeds shut two of its libraries.", Some([0.1, 0.85, 0.05]));
    assert!(d.judgement.stances.contains(&Stance::Denial), "{:?}", d.judgement);
}

#[test]
fn a_swap_over_an_asymmetric_relation_stays_a_rule_contradiction() {
    let d = composed("Uruguay beat Chile 2-0 in Montevideo.", "Chile defeated Uruguay 2-0 in Montevideo.", Some([0.97, 0.02, 0.01]));
    assert_eq!((d.judgement.stances[0], d.decided_by), (Stance::Contradicts, DecidedBy::Rules), "{:?}", d.judgement);
}

#[test]
fn a_model_support_over_a_negation_of_the_claims_words_is_a_contradiction() {
    // Too little of the claim for the rules; the model reads past "not".
    const CLAIM: &str = "Slugs are poisonous to pet dogs and cats.";
    assert_eq!(composed("The slugs are not poisonous, vets say.", CLAIM, None).judgement.stances, [Stance::Mentions], "the rules alone are silent");
    let d = composed("The slugs are not poisonous, vets say.", CLAIM, Some([0.95, 0.03, 0.02]));
    assert_eq!((d.judgement.stances[0], d.judgement.reason), (Stance::Contradicts, Reason::Negation), "{:?}", d.judgement);
    assert_eq!(d.judgement.cue.as_deref(), Some("not"));
    // Without the negation the model's support stands.
    let d = composed("The slugs are poisonous, vets say.", CLAIM, Some([0.95, 0.03, 0.02]));
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{:?}", d.judgement);
}

#[test]
fn a_model_support_over_a_negation_of_some_of_the_claims_words_is_a_contradiction() {
    // The negation stands over one word the claim shares ("life", "planets", "colds") and
    // others it does not ("found any evidence", "counted among", "work against"): too
    // little for the rules' negation, enough to show the model read past "not".
    for (said, claim) in [
        (
            "Webb has not found any evidence of life on planets outside the solar system, NASA scientists stressed.",
            "The James Webb telescope has detected life on an exoplanet.",
        ),
        ("Since 2006 Pluto has not been counted among the planets by the International Astronomical Union.", "Pluto is still classified as a planet."),
        ("Antibiotics do not work against the viruses that cause colds, the agency said.", "Antibiotics cure the common cold."),
    ] {
        let d = composed(said, claim, Some([0.9, 0.05, 0.05]));
        assert_eq!((d.judgement.stances[0], d.judgement.reason), (Stance::Contradicts, Reason::Negation), "{said}: {:?}", d.judgement);
        assert_eq!(d.judgement.cue.as_deref(), Some("not"));
    }
    let d = composed("Antibiotics work against the viruses that cause colds, the agency said.", "Antibiotics cure the common cold.", Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{:?}", d.judgement);
    // Not a negation of what it is said to be ("as an independent republic"), where the
    // claim says something else it is recognised as; nor one that says the claim by
    // negating something bad or a rival, or in a comparison.
    for (said, claim) in [
        (
            "Nagorno-Karabakh is a breakaway region of Azerbaijan which is not recognized by any country as an independent republic.",
            "Nagorno-Karabakh is internationally recognized as part of Azerbaijan.",
        ),
        ("Siberia's Baikal has no rival among the planet's lakes for depth.", "Lake Baikal is the deepest lake in the world."),
        ("Vaccines pose no serious risk to children, the study found.", "Vaccines are safe for children, the study found."),
        ("No England player has scored more international goals than Harry Kane.", "Harry Kane remains England's record goalscorer."),
    ] {
        let d = composed(said, claim, Some([0.9, 0.05, 0.05]));
        assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{said}: {:?}", d.judgement);
    }
}

#[test]
fn a_sentence_negating_its_own_words_asserts_nothing_a_negated_claim_negates() {
    // The model unsure which way: "did not attend awards night" does not say the rapper
    // was there.
    const CLAIM: &str = "Rapper Kez Dallan was not at the awards ceremony.";
    let d = composed("Kez Dallan did not attend awards night despite viral photos.", CLAIM, Some([0.3, 0.68, 0.02]));
    assert_ne!(d.judgement.reason, Reason::ClaimNegated, "{:?}", d.judgement);
    // Nor a confident model: it reads the two negations as a mismatch.
    let d = composed("Kez Dallan did not attend awards night despite viral photos.", CLAIM, Some([0.1, 0.88, 0.02]));
    assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{:?}", d.judgement);
    // Without the negation, the sentence asserts it.
    let d = composed("Kez Dallan attended awards night, as viral photos show.", CLAIM, Some([0.3, 0.68, 0.02]));
    assert_eq!((d.judgement.stances[0], d.judgement.reason), (Stance::Contradicts, Reason::ClaimNegated), "{:?}", d.judgement);
}

#[test]
fn a_negated_claim_is_supported_by_a_sentence_that_negates_its_words() {
    const CLAIM: &str = "Mayor Ana Ruiz had no plans to close the city's crumbling old public swimming baths by the river.";
    let text = "Ana Ruiz said the council would not shut the swimming baths this year.";
    assert_eq!(composed(text, CLAIM, None).judgement.stances, [Stance::Mentions], "the rules alone are silent");
    for p in [[0.05, 0.9, 0.05], [0.7, 0.25, 0.05]] {
        let d = composed(text, CLAIM, Some(p));
        assert_eq!((d.judgement.stances[0], d.judgement.reason), (Stance::Supports, Reason::ClaimNegated), "{p:?}: {:?}", d.judgement);
    }
    // An unsure model: no position.
    let d = composed(text, CLAIM, Some([0.3, 0.4, 0.3]));
    assert_eq!(d.judgement.stances, [Stance::Mentions], "{:?}", d.judgement);
}

#[test]
fn a_sentence_negating_the_claims_words_contradicts_below_the_models_gate() {
    const CLAIM: &str = "The island ferry company cancelled every sailing from the mainland to Arran on Friday.";
    let text = "Despite rumours online, the operator said none of its Friday sailings to Arran had been cancelled.";
    assert_eq!(composed(text, CLAIM, None).judgement.stances, [Stance::Mentions], "the rules alone are silent");
    let d = composed(text, CLAIM, Some([0.25, 0.7, 0.05]));
    assert_eq!((d.judgement.stances[0], d.judgement.reason), (Stance::Contradicts, Reason::Negation), "{:?}", d.judgement);
    // Without the negation, 0.7 is no contradiction.
    let d = composed("Despite rumours online, the operator said its Friday sailings to Arran had been cancelled.", CLAIM, Some([0.25, 0.7, 0.05]));
    assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{:?}", d.judgement);
}

#[test]
fn a_hedged_report_does_not_fully_support_a_negated_claim_either() {
    const CLAIM: &str = "The council will not reopen the pier this summer.";
    let d = composed("The council will not reopen the pier this summer, officials said.", CLAIM, None);
    assert_eq!((d.judgement.stances[0], d.judgement.reason), (Stance::Supports, Reason::ClaimNegated), "{:?}", d.judgement);
    let d = composed("Unconfirmed reports say the council might not reopen the pier this summer.", CLAIM, None);
    assert_eq!(d.judgement.stances, [Stance::Mentions], "{:?}", d.judgement);
    assert!(d.judgement.cue.as_deref().is_some_and(|c| c.starts_with("hedged")), "{:?}", d.judgement.cue);
}

#[test]
fn an_option_under_discussion_is_not_yet_done() {
    const CLAIM: &str = "The council will sell the Wexford library building.";
    for text in [
        "Selling the Wexford library building is among the options the council is weighing.",
        "A sale of the Wexford library building is under consideration, the council said.",
        "The council said selling the Wexford library building was being considered.",
    ] {
        let d = composed(text, CLAIM, Some([0.9, 0.05, 0.05]));
        assert_eq!(d.judgement.stances, [Stance::Mentions], "{text}: {:?}", d.judgement);
    }
    // The same words as a modifier say what the thing under consideration does.
    let d = composed(
        "The sale under consideration would sell the Wexford library building to a hotel chain.",
        "The sale would sell the Wexford library building to a hotel chain.",
        None,
    );
    assert_eq!(d.judgement.stances, [Stance::Supports], "{:?}", d.judgement);
}

#[test]
fn a_hypothesis_is_a_hedge() {
    const CLAIM: &str = "The tower was built as an observatory.";
    for text in ["Some historians hypothesise that the tower was built as an observatory.", "It has been theorized that the tower was built as an observatory."]
    {
        let d = composed(text, CLAIM, None);
        assert_eq!(d.judgement.stances, [Stance::Mentions], "{text}: {:?}", d.judgement);
    }
    // A hypothesis confirmed is no hedge.
    let d = composed("The survey confirmed the hypothesis that the tower was built as an observatory.", CLAIM, None);
    assert_eq!(d.judgement.stances, [Stance::Supports], "{:?}", d.judgement);
}

#[test]
fn a_report_said_to_be_unchecked_is_hedged_wherever_that_is_said() {
    const CLAIM: &str = "Militia fighters seized the dam at Korvel.";
    for text in [
        "Militia fighters say they seized the dam at Korvel; there has been no independent confirmation.",
        "Militia fighters seized the dam at Korvel, a militia spokesman said, a claim the agency was unable to independently verify.",
    ] {
        let d = composed(text, CLAIM, None);
        assert_eq!(d.judgement.stances, [Stance::Mentions], "{text}: {:?}", d.judgement);
        assert!(d.judgement.cue.as_deref().is_some_and(|c| c.starts_with("hedged")), "{:?}", d.judgement.cue);
    }
    // A check that was made says it.
    let d = composed("Militia fighters seized the dam at Korvel, the agency confirmed.", CLAIM, None);
    assert_eq!(d.judgement.stances, [Stance::Supports], "{:?}", d.judgement);
    // One with an object of its own leaves the rest said.
    let d = composed("Militia fighters seized the dam at Korvel, but officials could not confirm how many guards were killed.", CLAIM, None);
    assert_eq!(d.judgement.stances, [Stance::Supports], "{:?}", d.judgement);
}

#[test]
fn a_question_takes_no_position() {
    let d = composed("Did the mayor resign over the housing scandal?", "The mayor resigned over the housing scandal.", Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances, [Stance::Mentions], "{:?}", d.judgement);
    assert_eq!(d.judgement.cue.as_deref(), Some(QUESTION_CUE));
    let d = composed("“Did the mayor resign over the housing scandal?”", "The mayor did not resign over the housing scandal.", None);
    assert_eq!(d.judgement.stances, [Stance::Mentions], "{:?}", d.judgement);
    // A headline that asks, then says what prompted the question: the claim's words are
    // in the question. Not a question before the claim's words.
    let claim = "Harbour Town FC have sacked manager Ollie Brandt.";
    let d = composed("Have Harbour Town FC sacked manager Ollie Brandt? Fans spot empty dugout", claim, Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances, [Stance::Mentions], "{:?}", d.judgement);
    for text in [
        "Who is next? Harbour Town FC have sacked manager Ollie Brandt after five defeats",
        "Harbour Town FC have sacked manager Ollie Brandt – who's next? Fans react",
    ] {
        let d = composed(text, claim, None);
        assert_eq!(d.judgement.stances, [Stance::Supports], "{text}: {:?}", d.judgement);
    }
}

#[test]
fn a_headline_that_opens_report_is_hedged() {
    let d = composed("Report: the mayor resigned over the housing scandal", "The mayor resigned over the housing scandal.", None);
    assert_eq!(d.judgement.stances, [Stance::Mentions], "{:?}", d.judgement);
    // A report noun elsewhere is no hedge.
    let d = composed("The mayor resigned over the housing scandal, the report says", "The mayor resigned over the housing scandal.", None);
    assert_eq!(d.judgement.stances, [Stance::Supports], "{:?}", d.judgement);
    // Unnamed sources at a headline's end hedge it as "Report:" does; a named one does not.
    for (text, hedged) in [
        ("Mayor Ana Roth in talks to quit, sources say", true),
        ("Mayor Ana Roth in talks to quit, claims tabloid", true),
        ("Mayor Ana Roth in talks to quit, Reuters says", false),
    ] {
        let d = composed(text, "Mayor Ana Roth is in talks to quit.", None);
        assert_eq!(d.judgement.stances[0] == Stance::Mentions, hedged, "{text}: {:?}", d.judgement);
    }
}

#[test]
fn headline_plans_and_beliefs_are_not_full_support() {
    // A headline drops "is": "believed to", "in talks", "poised to" still say it has not
    // (or not surely) happened.
    for (text, claim) in [
        ("Leopard believed to have escaped from Harrowgate zoo", "A leopard escaped from Harrowgate Zoo."),
        ("Quillion in advanced talks to buy drone maker Aerix", "Quillion has bought the drone maker Aerix."),
        ("Kelso City poised to sign goalkeeper Tomas Rivka", "Kelso City has signed goalkeeper Tomas Rivka."),
        ("Singer Ana Roth in early talks to judge new talent show", "Singer Ana Roth will judge the new talent show."),
    ] {
        let d = composed(text, claim, None);
        assert_eq!(d.judgement.stances[0], Stance::Mentions, "{text}: {:?}", d.judgement);
    }
}

#[test]
fn a_part_of_the_whole_said_first_is_the_claims_share() {
    // "131 of 220" gives the claim's "more than half": the model's support has its specifics.
    let d =
        composed("Of the 220 patients treated with Sorafix, 131 responded.", "More than half of the patients responded to Sorafix.", Some([0.57, 0.43, 0.0]));
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{:?}", d.judgement);
}

#[test]
fn hedged_reports_are_not_full_support() {
    let d = composed("Turkey reportedly sent fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.", None);
    assert_eq!(d.judgement.stances[0], Stance::Mentions);
    assert!(d.judgement.cue.as_deref().is_some_and(|c| c.contains("reportedly")));
    let d = composed("Turkey reportedly sent fighters to Azerbaijan.", "Turkey may have sent fighters to Azerbaijan.", None);
    assert_eq!(d.judgement.stances[0], Stance::Supports, "a hedged claim is supported by a hedged report");
    // A hedge between the subject and the rest of what the claim says qualifies it.
    let d = composed("Rebel fighters have reportedly reached the northern port of Hodeidah.", "Rebel fighters reached the northern port of Hodeidah.", None);
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{:?}", d.judgement);
    // What data only suggest is not asserted.
    let d =
        composed("Inspection reports suggest that the old bridge was weakened by the spring flood.", "The old bridge was weakened by the spring flood.", None);
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{:?}", d.judgement);
    // A chance of it is not it.
    let d = composed("Astronomers put the chance of the comet striking Jupiter in 2031 at one in fifty.", "The comet will strike Jupiter in 2031.", None);
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{:?}", d.judgement);
    // A hedge before the report that ends the sentence.
    for text in ["The harbour master has resigned, rumours say.", "The harbour master has resigned, unconfirmed reports say."] {
        let d = composed(text, "The harbour master has resigned.", None);
        assert_eq!(d.judgement.stances[0], Stance::Mentions, "{text}: {:?}", d.judgement);
    }
    // A modal right after the matched subject hedges the predicate, whatever its words; not
    // one after "and" (a second act: "will intervene and may curb" still says it will
    // intervene), nor one too far from the match ("and this may").
    let claim = "The regional water authority will intervene.";
    let d = composed("The regional water authority will intervene in the drought.", claim, None);
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{:?}", d.judgement);
    let d = composed("The regional water authority may intervene in the drought.", claim, None);
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{:?}", d.judgement);
    for text in
        ["The regional water authority will intervene and may curb irrigation.", "The regional water authority will intervene, and this may hurt growers."]
    {
        let d = composed(text, claim, None);
        assert_eq!(d.judgement.stances[0], Stance::Supports, "{text}: {:?}", d.judgement);
    }
    // A modal after the match leads into a second act, even one whose verb is also a
    // report noun ("may charge him" is no "…, rumours say"); nor is a report noun without
    // a reporting verb after it a report.
    for text in ["Harbour police arrested the deputy mayor and may charge him.", "Harbour police arrested the deputy mayor, likely charges to follow."] {
        let d = composed(text, "Harbour police arrested the deputy mayor.", None);
        assert_eq!(d.judgement.stances[0], Stance::Supports, "{text}: {:?}", d.judgement);
    }
    // What officials have not confirmed is left open, not denied; a plain "not" still negates.
    for text in ["Officials have not confirmed that the harbour master resigned.", "It has not yet been confirmed that the harbour master resigned."] {
        let d = composed(text, "The harbour master resigned.", None);
        assert_eq!(d.judgement.stances[0], Stance::Mentions, "{text}: {:?}", d.judgement);
    }
    // Nor does a hope say it happened: "hopes that the strike will end soon".
    let d = composed("The mayor hopes that the dockers' strike will end soon.", "The dockers' strike will end.", None);
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{:?}", d.judgement);
    let d = composed("The harbour master has not resigned.", "The harbour master resigned.", None);
    assert_eq!(d.judgement.stances[0], Stance::Contradicts, "{:?}", d.judgement);
    let d = composed("Police arrested two men who allegedly robbed the bank.", "Police arrested two men.", None);
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{:?}", d.judgement);
    // An association is not a cause; a claim of an association is what it supports.
    let text = "Regular coffee drinking was associated with a lower risk of liver disease in the cohort.";
    let d = composed(text, "Regular coffee drinking lowers the risk of liver disease.", None);
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{:?}", d.judgement);
    let d = composed(text, "Regular coffee drinking is linked to a lower risk of liver disease.", None);
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{:?}", d.judgement);
    // The hedge of another clause does not count.
    let d = composed("Armenia has reportedly mustered reserves, while Turkey sent fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.", None);
    assert_eq!(d.judgement.stances[0], Stance::Supports);
}

#[test]
fn a_denial_in_few_of_the_claims_words_is_read_where_the_model_finds_it_about_the_claim() {
    // Too little of the claim's wording for the rules to take a position ("conflict" for
    // "fighting", "involvement" for "become involved"); the model reads the pair as about the
    // claim (a contradiction, not quite sure enough to take a position of its own), and the
    // rules read who denied it.
    let text = "Opposition leaders alleged Vardia's involvement in the renewed conflict, which Vardia has denied.";
    let claim = "Vardia has become involved in the renewed Ostrava border fighting.";
    let d = composed(text, claim, Some([0.16, 0.79, 0.05]));
    assert!(d.judgement.stances.contains(&Stance::Denial), "{d:?}");
    // (The allegation it answers does not make the article one that supports the claim.)
    assert!(!d.judgement.stances.contains(&Stance::Supports), "{d:?}");
    // Where the model finds the sentence about something else, it stays a mention.
    let d = composed(text, claim, Some([0.05, 0.15, 0.8]));
    assert_eq!(d.judgement.stances, [Stance::Mentions], "{d:?}");
}

#[test]
fn a_denial_not_made_is_no_contradiction_the_model_may_read() {
    // The model reads "did not deny" as a mismatch; the sentence takes no side.
    let d = composed("The minister did not deny accepting a bribe, his lawyer said.", "The minister accepted a bribe.", Some([0.01, 0.98, 0.01]));
    assert_eq!(d.judgement.stances, [Stance::Mentions], "{d:?}");
}

#[test]
fn a_finding_said_not_to_show_cause_and_effect_is_no_support_of_a_cause() {
    // The caveat hedges the whole sentence, wherever the claim's words stand.
    for text in [
        "Pupils who ate breakfast daily scored higher in maths, but the authors cautioned that the link could be explained by family income.",
        "Pupils who ate breakfast daily scored higher in maths, though the authors said it was unclear which came first.",
        "Pupils who ate breakfast daily scored higher in maths, but the link may reflect family income, the authors said.",
        "Pupils who ate breakfast daily scored higher in maths, though family income might explain the link, the authors said.",
        "In an observational study, pupils who ate breakfast daily scored higher in maths.",
    ] {
        let d = composed(text, "Eating breakfast improves pupils' maths scores.", None);
        assert_eq!(d.judgement.stances, [Stance::Mentions], "{text}: {:?}", d.judgement);
        assert!(d.judgement.cue.as_deref().is_some_and(|c| c.starts_with("hedged")), "{text}: {:?}", d.judgement.cue);
    }
    // A claim of the association is what such a finding says; without a caveat the finding
    // stands.
    let text = "Pupils who ate breakfast daily scored higher in maths, though the authors said it was unclear which came first.";
    let d = composed(text, "Eating breakfast daily is linked to higher maths scores in pupils.", None);
    assert_eq!(d.judgement.stances, [Stance::Supports], "{:?}", d.judgement);
    let d = composed("Pupils who ate breakfast daily scored higher in maths.", "Pupils who ate breakfast daily scored higher in maths.", None);
    assert_eq!(d.judgement.stances, [Stance::Supports], "{:?}", d.judgement);
    // Only a claim of cause or effect says more than the finding: "may reflect" about another
    // matter leaves a plain report said (nor is "unclear whether" a caveat: a news hedge).
    for text in [
        "A ceasefire was signed in Geneva on Monday, though critics said its timing may reflect pressure from Moscow.",
        "A ceasefire was signed in Geneva on Monday, but it was unclear whether it would hold.",
    ] {
        let d = composed(text, "A ceasefire was signed in Geneva on Monday.", None);
        assert_eq!(d.judgement.stances, [Stance::Supports], "{text}: {:?}", d.judgement);
    }
    // "No human data" is still a "no": it does not say the drug is safe in people.
    let d = composed("There are no human data on the safety of the drug Velcora.", "The drug Velcora is safe in humans.", None);
    assert_ne!(d.judgement.stances, [Stance::Supports], "{:?}", d.judgement);
    // A finding in mice is no finding in people; it is one in mice.
    let text = "A compound found in kale slowed the growth of bowel tumours in mice.";
    let d = composed(text, "A compound found in kale slows the growth of bowel tumours.", None);
    assert_eq!(d.judgement.stances, [Stance::Mentions], "{:?}", d.judgement);
    let d = composed(text, "A compound found in kale slowed the growth of bowel tumours in mice.", None);
    assert_eq!(d.judgement.stances, [Stance::Supports], "{:?}", d.judgement);
}
#[test]
fn against_one_passage_a_negated_act_is_not_contradicted_by_the_models_reading_of_another_act() {
    // The model, asked about the claim without its "not", finds "attended the summit" said by
    // a sentence where the subject does something else there, or stays away: its reading
    // does not tell "joins world leaders at" from "sends deputy to" (0.8 to 1.0 for both).
    let read = |u: f32| Some(Nli { unnegated: Some(u), ..Nli::from_probs([0.3, 0.6, 0.1]) });
    let claim = "Mayor Tom Reyes did not attend the climate summit.";
    for text in ["Tom Reyes sends deputy to climate summit in Lisbon", "Tom Reyes criticises the climate summit"] {
        let d = composed_nli(&[text], claim, read(0.95));
        assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{text}: {d:?}");
    }
}

#[test]
fn a_report_called_false_that_the_model_surely_finds_to_say_the_claim_denies_it() {
    // The report says the claim in other words ("headline the reboot" for "play the lead in
    // the new film"): too few of its words for the rules to tell it from another report.
    let text = "Reports that Lev Harlan will headline the Starfall reboot are incorrect, says the studio.";
    let claim = "Actor Lev Harlan will play the lead in the new Starfall film.";
    let d = composed(text, claim, Some([0.95, 0.03, 0.02]));
    assert_eq!(d.judgement.stances, [Stance::Denial], "{d:?}");
    // Less sure, the model may have read one shared word: the rules' reading stands.
    let d = composed(text, claim, Some([0.85, 0.1, 0.05]));
    assert_ne!(d.judgement.stances, [Stance::Denial], "{d:?}");
    assert_ne!(d.judgement.stances, [Stance::Supports], "{d:?}");
}

/// The stances `collect` gives each article of `texts` for `claim`, the model saying `p` of
/// every sentence it is asked about, with the cues of the evidence shown.
fn article_stances(texts: &[&str], claim: &str, p: [f32; 3]) -> Vec<(Vec<Stance>, Vec<Option<String>>)> {
    let articles = texts.iter().enumerate().map(|(i, t)| Article { id: format!("a{i}"), title: "T".into(), text: (*t).into(), ..Default::default() });
    let c = Corpus::new(articles.collect()).unwrap();
    let index = Index::build(&c);
    let claim = Claim::analyse(claim);
    let found = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, None);
    let mut nli = |_: &crate::retrieve::index::IndexedSentence| Some(Nli::from_probs(p));
    collect(&index, &claim, &found, &mut nli, &[], Verdicts::Evidence)
        .into_iter()
        .map(|a| (a.stances, a.evidence.iter().map(|e| e.decision.judgement.cue.clone()).collect()))
        .collect()
}

#[test]
fn a_model_contradiction_yields_to_the_articles_report_of_the_claim() {
    // The model reads the claim said in other words as a contradiction; the rules read the
    // article's other sentence as the claim, reported. The article supports it, and the
    // model's sentence is shown as a mention that says why.
    let claim = "Chad has been moving rebels from Sudanese territory it holds in the north to fight for Niger.";
    let report = "Chad has been moving rebels from Sudanese territory it holds in the north to fight for Niger, officials said on Monday.";
    let paraphrase = "Sudanese rebel sources told reporters that Chad is sending rebels from areas of northern Sudan it controls to support Niger.";
    let contradiction = [0.02, 0.95, 0.03];
    let both = article_stances(&[&format!("{report} {paraphrase}")], claim, contradiction);
    assert_eq!(both.len(), 1, "{both:?}");
    assert!(!both[0].0.contains(&Stance::Contradicts), "{both:?}");
    assert!(both[0].0.contains(&Stance::Supports), "{both:?}");
    assert!(both[0].1.iter().any(|c| c.as_deref() == Some(OUTWEIGHED_CUE)), "{both:?}");
    // Alone, the model's reading stands: the article contradicts the claim.
    let alone = article_stances(&[paraphrase], claim, contradiction);
    assert_eq!(alone.len(), 1, "{alone:?}");
    assert!(alone[0].0.contains(&Stance::Contradicts), "{alone:?}");
}

#[test]
fn another_superlative_of_the_same_thing_is_no_support() {
    // "the smallest planet" picks out another planet than "the hottest planet": neither the
    // rules nor the model's support stand (where paraphrases count, as with the model).
    let decided = |text: &str, p: Option<[f32; 3]>| {
        let c = Corpus::new(vec![Article { id: "a".into(), title: "T".into(), text: text.into(), ..Default::default() }]).unwrap();
        let index = Index::build(&c);
        let mut claim = Claim::analyse("Vesta is the hottest planet in the Ardent system.");
        claim.paraphrases = true;
        let found = find_evidence(&index, &c, &claim, MODEL_CANDIDATE_MIN, None);
        let hit = found.hits.first().expect("a candidate");
        let s = &found.sentences[&hit.sentence];
        compose(crate::stance::judge(&index, &claim, hit, s), p.map(Nli::from_probs), &index, &claim, hit, s).judgement.stances[0]
    };
    let text = "Vesta is the smallest planet in the Ardent system and the one closest to its star.";
    assert_ne!(decided(text, None), Stance::Supports);
    assert_ne!(decided(text, Some([0.6, 0.05, 0.35])), Stance::Supports);
    // Nor does it contradict: two measures say nothing of each other.
    assert_ne!(decided(text, Some([0.01, 0.98, 0.01])), Stance::Contradicts);
    // The same superlative, said after another, still says it.
    assert_eq!(decided("Vesta is the largest and hottest planet in the Ardent system.", None), Stance::Supports);
}

#[test]
fn a_run_of_days_in_other_words_is_no_conflict_the_model_may_call() {
    let text = "Heavy fighting in the Velna valley continued for a fourth straight day on Wednesday.";
    // The same run said as a count of days: the model's contradiction misreads it.
    let d = composed(text, "By Wednesday the fighting in the Velna valley had gone on for four days running.", Some([0.05, 0.9, 0.05]));
    assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
    // Another length of run is a conflict, whatever the model says.
    let d = composed(text, "By Wednesday the fighting in the Velna valley had gone on for seven days in a row.", Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
}

#[test]
fn among_articles_the_models_support_needs_something_of_the_claims_predicate() {
    // The model, sure of support, still reads a sentence that names the museum and says
    // something else of it as saying the claim; among articles that is no support.
    let claim = "The Orrin museum has been closed for repairs.";
    let other = "Flood barriers went up along the river on Friday.";
    let sure = Some([0.9, 0.05, 0.05]);
    let d = composed_among(&["The Orrin museum drew a record crowd to its summer exhibition of maps.", other], claim, sure);
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
    // A sentence that says some of the predicate may be the model's support.
    let d = composed_among(&["The Orrin museum shut its doors for urgent roof repairs.", other], claim, sure);
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
}

#[test]
fn a_count_the_claim_allows_written_otherwise_is_not_the_models_contradiction() {
    // The model reads "about 4,870 km" against "over 4,000 km" as other digits.
    const CLAIM: &str = "The Orvik Canal stretches over 4,000 km.";
    let sure = Some([0.10, 0.88, 0.02]);
    let d = composed("A survey put the length of the Orvik canals across the plain at about 4,870 km.", CLAIM, sure);
    assert_ne!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
    // A count beneath the claim's bound is the rules' conflict, and the same number written
    // the same leaves the model's reading of the rest.
    let d = composed("A survey put the length of the Orvik canals across the plain at about 2,870 km.", CLAIM, sure);
    assert_eq!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
    let d = composed("Two Orvik barges sank.", "Two Orvik barges arrived safely.", sure);
    assert_eq!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
}

#[test]
fn the_models_support_needs_the_claims_thing_not_another_of_its_name() {
    // "the Carver Gallery" is not "the Carver Art Prize", however sure the model is.
    let claim = "Painter Elsie Drom has won the Carver Art Prize.";
    let sure = Some([0.9, 0.05, 0.05]);
    let d = composed("Elsie Drom's new exhibition at the Carver Gallery has drawn record crowds.", claim, sure);
    assert_eq!(d.judgement.stances[0], Stance::Mentions, "{d:?}");
    let d = composed("Elsie Drom's portrait of her mother took the Carver Art Prize this year.", claim, sure);
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
}

#[test]
fn pulling_out_of_the_claims_event_is_no_support_however_sure_the_model() {
    // The model, sure of support, reads "pulled out of the Carrow Open" as "will compete at" it.
    let d = composed("Jun Haverly has pulled out of the Carrow Open.", "Jun Haverly will compete at the Carrow Open.", Some([0.91, 0.02, 0.07]));
    assert_eq!(d.judgement.stances[0], Stance::Contradicts, "{d:?}");
    // A headline in title case names nothing by its capitals: "Chief" for "CEO" is no other thing.
    let d = composed("Orvik CEO Ada Lorne unveiled the new ferry.", "Orvik Chief Ada Lorne Unveils New Ferry", Some([0.9, 0.05, 0.05]));
    assert_eq!(d.judgement.stances[0], Stance::Supports, "{d:?}");
}

#[test]
fn what_a_club_is_understood_to_have_done_is_no_full_support() {
    let d = composed(
        "Bexley United are understood to have made enquiries about Reo Tamsin.",
        "Striker Reo Tamsin is moving to Bexley United.",
        Some([0.99, 0.0, 0.01]),
    );
    assert_ne!(d.judgement.stances[0], Stance::Supports, "{d:?}");
}

#[test]
fn a_denial_of_the_claim_in_other_words_is_a_denial_where_the_model_finds_a_conflict() {
    // "a pullout from" says "withdrawn from" in words the rules do not match; the model, fairly
    // sure of a conflict (under its own gate), finds the denied words to be the claim.
    let claim = "Government troops have withdrawn from the port of Orvik.";
    let text = "An army spokesman rejects reports of a pullout from Orvik port, saying units hold all positions.";
    let d = composed(text, claim, Some([0.25, 0.72, 0.03]));
    assert_eq!(d.judgement.stances[0], Stance::Denial, "{d:?}");
    // Not where the model finds no conflict.
    let d = composed(text, claim, Some([0.1, 0.2, 0.7]));
    assert_ne!(d.judgement.stances[0], Stance::Denial, "{d:?}");
}
