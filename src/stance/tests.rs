//! Unit tests of the stance rules, each on sentences a reader could meet.

use super::quantities::{is_duration, is_measure, unit};
use super::*;
use crate::corpus::{Article, Corpus};
use crate::retrieve::candidates::{find_evidence, MENTION_MIN};

/// Does the judgement's reason say the roles are swapped?
fn roles_swapped(j: &Judgement) -> bool {
    j.cue.as_deref().is_some_and(|c| c.starts_with("roles swapped"))
}

/// The rules' judgement of the best candidate sentence of `text` for `claim`.
fn judged(text: &str, claim: &str) -> Judgement {
    let c = Corpus::new(vec![Article { id: "a".into(), title: "T".into(), text: text.into(), ..Default::default() }]).unwrap();
    let index = Index::build(&c);
    let claim = Claim::analyse(claim);
    let found = find_evidence(&index, &c, &claim, MENTION_MIN, None);
    let hit = found.hits.first().expect("a candidate");
    judge(&index, &claim, hit, &found.sentences[&hit.sentence])
}

#[test]
fn a_time_said_relative_to_now_is_no_part_of_the_claims_predicate() {
    // "last year" says when: the sentence negating the act says enough of the claim.
    let j = judged(
        "Regulators in Norland have not approved Lotravin, and its application remains under review.",
        "The drug Lotravin was approved in Norland last year.",
    );
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
}

#[test]
fn a_claims_word_of_absence_agrees_with_a_negation() {
    // "will miss" and "will not play in" both say it will not happen.
    let claim = "Defender Oskar Lind will miss the league final.";
    let j = judged("Oskar Lind will not play in the league final after a knee injury", claim);
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    let j = judged("Mira Holt not included in the national relay team for the championships", "Sprinter Mira Holt was left out of the national relay team.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // Not quitting is staying in: a negated absence contradicts.
    let j = judged("Mayor Hana Reyes not quitting the race, her campaign insists", "Mayor Hana Reyes has pulled out of the race.");
    assert_ne!(j.stances, [Stance::Supports], "{j:?}");
    // The absence word describes someone; the claim's act is the winning.
    let j = judged("Runner Jo Vale did not win the Harbour marathon", "The banned runner Jo Vale won the Harbour marathon.");
    assert_ne!(j.stances, [Stance::Supports], "{j:?}");
    // A double negative.
    let j = judged("Oskar Lind will not be absent from the league final", claim);
    assert_ne!(j.stances, [Stance::Supports], "{j:?}");
}

#[test]
fn a_year_of_a_thing_the_sentence_never_names_is_no_other_date() {
    const GROUP: &str = "The mediators' group, set up in 1992 to settle the dispute, is led by Norway and Chile.";
    const FILM: &str = "Silent Harbor is a 2007 American film directed by Nora Blake.";
    for claim in ["Norway and Chile have led the mediation ever since a truce in 1994.", "Ever since the 1994 truce, Norway and Chile have led the mediation."]
    {
        let j = judged(GROUP, claim);
        assert_ne!(j.stances[0], Stance::Contradicts, "{claim}: {j:?}");
    }
    // The thing named, its other year conflicts; so does the year of an act.
    let j = judged("A truce was signed in 1992 and has held since.", "A truce was signed in 1994.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // What the subject is, in other words, has its year all the same.
    let j = judged(FILM, "Silent Harbor is a 2005 drama.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("The mediators' group was set up in 1992 to settle the dispute.", "The mediators' group was set up in 1994.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn a_word_of_what_the_subject_is_said_otherwise_is_no_rule_support() {
    const FILM: &str = "Harrow Lane is a 1964 American psychological thriller film directed by Ada Brook.";
    for claim in ["Harrow Lane is a romantic film.", "Harrow Lane is an American musical film."] {
        let j = judged(FILM, claim);
        assert_eq!(j.stances[0], Stance::Mentions, "{claim}: {j:?}");
    }
    let j = judged("Vell Tide is a 2017 British comedy drama film set in Leeds.", "Vell Tide is a 2017 British comedy drama book.");
    assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
    // What it is, said in fewer words, is still said; so is a word said two ways after
    // "the", or outside what the subject is said to be.
    let j = judged(FILM, "Harrow Lane is a thriller film.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Mira Cole is the youngest player in the Harlow squad.", "Mira Cole is the youngest member of the Harlow squad.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Rising temperatures quickly accelerate glacier melting in the Alps.", "Rising temperatures speed glacier melting in the Alps.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_negated_claim_is_not_contradicted_by_the_act_with_another_name_in_its_scope() {
    // The negation reaches "Norway" / "Erdogan": the same act with another place or person
    // says nothing of them.
    let j = judged("The Marlow Quartet played three concerts in Sweden last spring.", "The Marlow Quartet never played concerts in Norway.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Macron discussed the mercenaries with Putin on Wednesday.", "Macron did not discuss the mercenaries with Erdogan.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // With the name said, the act contradicts the claim; a subject left to a pronoun is
    // still the claim's.
    let j = judged("The Marlow Quartet played three concerts in Norway last spring.", "The Marlow Quartet never played concerts in Norway.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("They played three concerts in Norway last spring.", "The Marlow Quartet never played concerts in Norway.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn a_claim_of_names_alone_is_supported_only_where_each_is_said() {
    let j = judged("Valencia is the third-largest city in Spain.", "Valencia is in Spain.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Lyon is a city in France, where two rivers meet.", "Lyon is in Italy.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn the_day_before_the_speaker_dates_the_saying() {
    const TEXT: &str = "Macron, who has sparred with Erdogan for months, said on Wednesday Ankara was acting in a warlike manner.";
    for claim in ["It was on Friday that Macron said Ankara was acting in a warlike manner.", "On Friday Macron said Ankara was acting in a warlike manner."] {
        let j = judged(TEXT, claim);
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Date), "{claim}: {j:?}");
    }
    let j = judged(TEXT, "On Wednesday Macron said Ankara was acting in a warlike manner.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // Not a day that dates what was said, with the saying as an aside, or another event's day.
    let j = judged("The minister said on Wednesday that troops would begin to withdraw.", "On Friday, the minister said, troops would begin to withdraw.");
    assert_ne!(j.reason, Reason::Date, "{j:?}");
    let j =
        judged("The mayor said on Wednesday the city would rebuild after the attack.", "After the attack on Monday, the mayor said the city would rebuild.");
    assert_ne!(j.reason, Reason::Date, "{j:?}");
}

#[test]
fn a_noun_of_when_is_no_act() {
    const TEXT: &str = "Council President Ana Ruiz said leaders urge the company to stop the river project.";
    let j = judged(TEXT, "Council President Ana Ruiz took office at the start of the river project.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // The same word as an act still conflicts.
    let j = judged(TEXT, "Council President Ana Ruiz said leaders urge the company to start the river project.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn a_falsity_word_before_that_calls_what_follows_false() {
    let claim = "Cracking your knuckles causes arthritis.";
    let j = judged("Doctors have long exposed as a myth the claim that cracking your knuckles causes arthritis.", claim);
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("Studies have discredited the myth that cracking your knuckles causes arthritis.", claim);
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    // A misconception and an urban legend are called false as a myth is.
    let claim = "Goldfish have a memory span of three seconds.";
    let j = judged("Biologists call it a misconception that goldfish have a memory span of three seconds.", claim);
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("That goldfish have a memory span of three seconds is an urban legend, biologists say.", claim);
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    // Right before a "to": what it is false to say or do.
    let j = judged("Dermatologists say it is incorrect to blame chocolate for acne in teenagers.", "Chocolate causes acne in teenagers.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    // Not a "to" that calls something else false, or starts no verb.
    let j = judged("It is inaccurate to call the vaccine a cure, but trials show it cuts infections by half.", "The vaccine cuts infections by half.");
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("The gauge is inaccurate to within a degree, yet readings rose by 2 degrees.", "Readings rose by 2 degrees.");
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
}

#[test]
fn a_story_with_no_truth_in_it_a_link_not_borne_out_or_a_belief_dispelled_is_called_false() {
    let j = judged("The club says the report of Dana Ferro's transfer to Lyon has no truth in it.", "Dana Ferro has transferred to Lyon.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("A review of twelve trials found the supposed link between fluoride and low IQ is not borne out.", "Fluoride lowers IQ.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("Glaciologists have dispelled the belief that the Varn glacier is growing.", "The Varn glacier is growing.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("The ministry said reports that the Oren dam had burst were erroneous.", "The Oren dam has burst.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("Her agent calls the story of Lia Marr's engagement to a banker pure fiction.", "Lia Marr is engaged to a banker.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("Band's drummer calls Ash Valley split story 'pure fantasy'", "Rock band Ash Valley is splitting up.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("The notion that cold showers cure migraines is spurious, a review of trials found.", "Cold showers cure migraines.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    // Said of something else, or naming a kind of tale, they call nothing false.
    for (text, claim) in [
        ("The panel rejected spurious objections and approved the Harlow wind farm.", "The Harlow wind farm was approved."),
        ("Ina Holm has published a new fairy story for children.", "Ina Holm has published a new book for children."),
    ] {
        let j = judged(text, claim);
        assert_ne!(j.stances[0], Stance::Denial, "{text} / {claim}: {j:?}");
    }
}

#[test]
fn the_act_put_off_says_it_has_not_happened() {
    const CLAIM: &str = "The Dorrin bridge has not opened yet.";
    for text in
        ["Opening of the Dorrin bridge postponed until May after cracks were found.", "The opening of the Dorrin bridge has been suspended until spring."]
    {
        let j = judged(text, CLAIM);
        assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{text}: {j:?}");
    }
    // Not where the sentence says the act took place too.
    let j = judged("The Dorrin bridge opened on Monday, after its opening was postponed by a strike.", CLAIM);
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn thinning_and_relegation_are_the_opposites_of_thickening_and_promotion() {
    let j = judged("Winter frosts thin the ice on Lake Orva, the survey found.", "Winter frosts thicken the ice on Lake Orva.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Harwick United relegated after a final-day defeat", "Harwick United were promoted this season.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn a_denial_inside_what_someone_says_is_no_report_of_the_claim() {
    // "Geologists say [the data contradict …]": the denial is what they said, not a second
    // voice against an assertion they made.
    let j = judged("Geologists say the survey data contradict the idea that the volcano is dormant.", "The volcano is dormant.");
    assert_eq!(j.stances, vec![Stance::Denial], "{j:?}");
    // Contradicting each other, or one's own statement, denies nothing the claim says.
    let j = judged("The two surveys contradict each other on whether tea raises blood pressure.", "Tea raises blood pressure.");
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
}

#[test]
fn propaganda_and_plain_wrong_call_reports_false() {
    let j = judged("Port officials called reports that the Selby terminal had flooded simply wrong.", "The Selby terminal has flooded.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let claim = "Varno troops have left the port of Tessa.";
    let j = judged("The Varno army called reports that troops had left the port of Tessa propaganda.", claim);
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    // Propaganda as a kind of thing made calls nothing false.
    let j = judged("The studio produced 40 propaganda and training films.", "The studio produced 40 training films.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn an_old_wives_tale_a_canard_a_fable_and_a_thing_made_up_call_what_is_said_false() {
    for (text, claim) in [
        (
            "Botanists call the idea that cut tulips keep longer with a coin in the vase an old wives' tale.",
            "A coin in the vase keeps cut tulips fresh longer.",
        ),
        ("Engineers say the claim that the Pell viaduct is sinking has no basis.", "The Pell viaduct is sinking."),
        ("The belief that owls can turn their heads all the way round is mistaken, ornithologists say.", "Owls can turn their heads all the way round."),
        ("The Varno council called talk of closing the town's swimming pool completely made up.", "The Varno council is closing the town's swimming pool."),
        ("Geologists dismiss as a canard the story that the Orla caves were dug by hand.", "The Orla caves were dug by hand."),
        ("Historians call the tale that the Varno bridge was built in a single night a fable.", "The Varno bridge was built in a single night."),
        ("The report that the Pell ferry will be withdrawn is without foundation, its operator says.", "The Pell ferry will be withdrawn."),
        // (A breakup is the band's splitting up.)
        ("The Harlow Five's manager called reports of a breakup completely made up.", "The Harlow Five have split up."),
    ] {
        let j = judged(text, claim);
        assert_eq!(j.stances[0], Stance::Denial, "{text}: {j:?}");
    }
    // What a thing is made up of, and finding no basis for a claim, are no such words (the
    // second is a negation of its own).
    let j = judged("The Varno council is made up of eleven elected members.", "The Varno council has eleven elected members.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Monitors find no basis for claims that troops shelled the port of Tessa", "Troops shelled the port of Tessa.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn rubbish_and_fallacy_call_what_is_said_false() {
    let j = judged("Sami Okoro: 'Talk of my retirement is rubbish, I am playing on next season'", "Footballer Sami Okoro is retiring.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    // Rubbish as a thing calls nothing false.
    let j = judged(
        "Much of what is rubbish in household bins could in fact be recycled, the study found.",
        "Much of the waste in household bins could be recycled, a study found.",
    );
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged(
        "Biologists call it a popular fallacy that the dromedary's hump is a water tank; it is a reserve of fat.",
        "A dromedary's hump is a water tank.",
    );
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
}

#[test]
fn a_phrase_is_found_past_a_doubled_consonant() {
    // "stepped down" is "step down", which says "resign": negated, it contradicts.
    let claim = "The prime minister of Velmar has resigned.";
    let j = judged("The Velmar prime minister insists she has not stepped down and will serve her full term.", claim);
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
    let j = judged("The Velmar prime minister is stepping down after six years.", claim);
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_title_before_a_name_does_not_name_the_claims_person() {
    // Against one passage: another doctor won; "Dr" is shared by many.
    let j = judged("Dr Tomas Brik wins this year's Kellner Award for medicine.", "The Kellner Award for medicine was given to Dr Ada Pruitt.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Ada Pruitt wins this year's Kellner Award for medicine.", "The Kellner Award for medicine was given to Dr Ada Pruitt.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_bare_number_right_after_a_plain_claim_word_counts_its_thing() {
    // The 30,000 were killed; the hundreds of thousands displaced are the claim's.
    const WAR: &str = "The war killed around 30,000 people and displaced hundreds of thousands.";
    let j = judged(WAR, "The war displaced several hundred thousand people.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // ("Uprooted" is "displaced".)
    let j = judged(WAR, "The war uprooted several hundred thousand people.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A score after a team's name counts no fans.
    let j = judged("Arsenal beat Chelsea 3 to 1 at a sold-out Emirates Stadium on Saturday.", "Arsenal beat Chelsea in front of 60,000 fans.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Still a conflict for the killed.
    let j = judged(WAR, "The war killed several hundred thousand people.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
}

#[test]
fn an_opening_no_negates_what_is_said_of_its_subject() {
    // The subject, named otherwise, does not dilute the negation of "blind".
    let j = judged("No species of the order Chiroptera is blind; all have working eyes.", "Bats are blind.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
    // And a negated claim is said by it.
    let j = judged("No living member of Aves possesses teeth; a horny beak does the work.", "Birds do not possess teeth.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // Where a coordinator or a clause word comes before any verb, the subject's words count:
    // nothing here negates the grounding.
    let j = judged("No passengers or crew members died when the ferry ran aground off Crete.", "The ferry ran aground off Crete.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A "no" inside the clause is no quantifier of its subject.
    let j = judged("The species of the order Chiroptera has no claim to be blind.", "Bats are blind.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_claims_length_of_time_must_be_said() {
    // How long the call lasted is the claim's specific: a sentence without it only mentions.
    let j = judged("Macron and Putin discussed the issue in a phone call on Wednesday night.", "The phone call between Macron and Putin lasted about an hour.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j =
        judged("Macron and Putin held a phone call on Wednesday night that lasted an hour.", "The phone call between Macron and Putin lasted about an hour.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_sentence_saying_something_else_of_the_subject_does_not_say_the_claim() {
    // Naming the toxin is not saying what makes it.
    let j =
        judged("The toxin in pufferfish, tetrodotoxin, is more than a thousand times as deadly as cyanide.", "The toxin in pufferfish is made by bacteria.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("The toxin in pufferfish is produced by bacteria living in the fish.", "The toxin in pufferfish is made by bacteria.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A predicate of one word counts too: naming the ferry and its route is not saying it was
    // withdrawn; saying so is.
    let j = judged("The Harlow Point ferry, which carries about 90 cars, runs twice daily to Pell Island.", "The Harlow Point ferry has been withdrawn.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("The Harlow Point ferry was withdrawn from service on Monday.", "The Harlow Point ferry has been withdrawn.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // The claim's share, said with the condition's other name, says it.
    let j =
        judged("Of the 18,500 adults surveyed in 2025, 31 percent had hypertension.", "More than a quarter of adults in the survey had high blood pressure.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_negated_cessation_says_it_goes_on() {
    let claim = "The Delmar plant has stopped making tyres.";
    let j = judged("The Delmar plant has not stopped making tyres, a spokesman said.", claim);
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Delmar plant managers called reports that it had halted tyre production simply wrong.", claim);
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    // The sentence's own cessation, beside a negation of something else, still says it.
    let j = judged("The Delmar plant stopped making tyres in May, not in June.", claim);
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Only a cessation the negation or falsity reaches: not another one, nor the claim's said
    // outside what is called wrong.
    let j = judged("A delivery van stopped outside the Delmar plant, which has not made tyres since June.", claim);
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Reports that a strike had halted deliveries were wrong, but the Delmar plant has stopped making tyres.", claim);
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_word_of_absence_says_a_negated_claim_and_its_negation_contradicts_it() {
    let claim = "Defender Rui Alves will not play in Saturday's semi-final.";
    let j = judged("Rui Alves ruled out of Saturday's semi-final with a torn hamstring", claim);
    assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{j:?}");
    let j = judged("Rui Alves has not pulled out of Saturday's semi-final, his club said.", claim);
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // An absence said of something else says nothing of the claim's act.
    let j = judged("Rui Alves will play in Saturday's semi-final after a rival pulled out of the squad.", claim);
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    // Nor one of someone else the claim does not name; "has not ruled out" leaves it open.
    let j = judged("Leo Sand has been ruled out of Saturday's semi-final, his club said.", claim);
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Rui Alves has not ruled out playing in Saturday's semi-final, his club said.", claim);
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn a_lack_named_as_a_cause_negates_nothing() {
    // (A claim that names one says something happens, not that it does not.)
    for claim in ["A lack of vitamin C causes scurvy.", "Scurvy is caused by a lack of vitamin C.", "In dry years, lack of rain shrinks the harvest."] {
        assert!(!Claim::analyse(claim).negated, "{claim}");
    }
    // Said of what something did, a lack is still that it did not.
    let j = judged("The Orla concert generated a lack of awareness and little money.", "The Orla concert generated awareness.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn a_claims_day_said_as_an_ordinal_is_its_date() {
    let j = judged("The episode aired on 2 October 2010.", "The episode aired on October 2nd, 2010.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("The episode aired on 5 October 2010.", "The episode aired on the 2nd of October 2010.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Date), "{j:?}");
}

#[test]
fn shares_are_compared_with_shares_not_counts() {
    let j = judged("Of the adults screened, 21 percent had high blood pressure.", "Half of the adults screened had high blood pressure.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
    let j = judged("Of the adults screened, 38 percent had high blood pressure.", "More than a third of the adults screened had high blood pressure.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A share is no number of adults.
    let j = judged("In the survey, 300 adults had high blood pressure.", "41 percent of the adults had high blood pressure.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // The share said of the claim's act decides, not one of something else.
    let j = judged(
        "The drug reduced stroke risk by 18 percent, while 40 percent of participants reported mild side effects.",
        "The drug cut stroke risk by 40 percent.",
    );
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
}

#[test]
fn the_claims_subject_doing_something_else_does_not_support() {
    let claim = "Senator Ada Brook has signed the new trade deal.";
    let j = judged("Senator Ada Brook praises the new trade deal in a Senate speech.", claim);
    assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
    let j = judged("Senator Ada Brook signed the new trade deal on Monday.", claim);
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // (Only a name the claim opens with: "Officials said Ada Brook …" is no act of hers.)
    let j = judged("Officials said that Ada Brook signed the new trade deal on Monday.", "Officials said Ada Brook has signed the new trade deal.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_report_no_one_could_confirm_contradicts_a_claim_that_someone_confirmed_it() {
    const TEXT: &str = "Officials in Ruritania said rebels shelled the port of Vask overnight. It was not possible to independently confirm the report.";
    let c = Corpus::new(vec![Article { id: "a".into(), title: "T".into(), text: TEXT.into(), ..Default::default() }]).unwrap();
    let index = Index::build(&c);
    let stances = |claim: &str| {
        let claim = Claim::analyse(claim);
        let found = find_evidence(&index, &c, &claim, MENTION_MIN, None);
        found.hits.iter().map(|h| judge(&index, &claim, h, &found.sentences[&h.sentence]).stances[0]).collect::<Vec<_>>()
    };
    assert!(stances("Reporters were able to verify the officials' account that rebels shelled the port of Vask.").contains(&Stance::Contradicts));
    // The report itself is not contradicted by being unconfirmed.
    assert!(!stances("Rebels shelled the port of Vask overnight.").contains(&Stance::Contradicts));
}

#[test]
fn an_assertion_supports() {
    let j = judged("Turkey sent 300 fighters to Azerbaijan, officials said.", "Turkey sent fighters to Azerbaijan.");
    assert_eq!((j.stances.as_slice(), j.reason), ([Stance::Supports].as_slice(), Reason::Assertion));
}

#[test]
fn a_vague_small_amount_asks_for_no_count_but_an_order_of_magnitude_does() {
    let text = "Some of Ruritania's allies are increasingly alarmed by Vask's stance on the harbour plan.";
    let j = judged(text, "Several allies of Ruritania are alarmed by Vask's stance on the harbour plan.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    let j = judged(text, "Dozens of allies of Ruritania are alarmed by Vask's stance on the harbour plan.");
    assert_ne!(j.stances, [Stance::Supports], "{j:?}");
    let j = judged(text, "Up to dozens of allies of Ruritania are alarmed by Vask's stance on the harbour plan.");
    assert_ne!(j.stances, [Stance::Supports], "{j:?}");
}

#[test]
fn the_alternative_set_aside_is_the_word_after_rather_than() {
    // "Instead of raising rates, the bank cut them": the rates were cut.
    let j = judged("Instead of raising interest rates, the central bank cut them on Thursday.", "The central bank cut interest rates on Thursday.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
}

#[test]
fn an_alternative_set_aside_with_its_modifier_negates_a_negated_claims_word() {
    // "instead of movable lids": the lids are what is set aside, as the claim says.
    let j = judged("Instead of movable lids, the eyes of geckos are covered by a clear scale.", "Geckos do not have lids over their eyes.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Ticks are arachnids rather than members of the insect class.", "Ticks are not insects.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // "in place of" sets aside as "instead of" does.
    let j = judged("Lampreys feed with a sucking disc in place of jaws.", "Lampreys have no jaws.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Not the words past the alternative, nor a word said again of what was done instead.
    for (text, claim) in [
        ("Bats rely on echolocation rather than sight to locate prey at night.", "Bats locate prey at night by echolocation."),
        ("Rather than ban sugary drinks outright, the city decided to tax sugary drinks.", "The city decided to tax sugary drinks."),
    ] {
        let j = judged(text, claim);
        assert_eq!(j.stances[0], Stance::Supports, "{text}: {j:?}");
    }
}

#[test]
fn a_denial_contradicts_a_claim_that_there_was_none() {
    let j = judged("Ankara denied sending arms to the region on Monday.", "Ankara has not denied sending arms to the region.");
    assert_eq!((j.stances.as_slice(), j.reason), ([Stance::Contradicts].as_slice(), Reason::Denial), "{j:?}");
    // Their own denial still supports "X denied …", and "not only denied" is a denial.
    let j = judged("Ankara denied sending arms to the region on Monday.", "Ankara denied sending arms to the region.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    let j = judged("Ankara not only denied sending arms to the region but accused its critics of lying.", "Ankara denied sending arms to the region.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
}

#[test]
fn no_doubt_is_no_negation() {
    // "no doubt" says it surely happened; "no cut" says it did not.
    let claim = "The Halden bridge shortened commuting times.";
    let j = judged("The Halden bridge has no doubt cut commuting times.", claim);
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    let j = judged("The Halden bridge has brought no cut in commuting times.", claim);
    assert_ne!(j.stances, [Stance::Supports], "{j:?}");
}

#[test]
fn news_words_for_the_same_thing_match() {
    // "arms" are weapons, a "renewed" conflict a "revived" one.
    let key = |w: &str| crate::text::analyze::analyse(w).terms[0].key.clone();
    assert_eq!(key("arms"), key("weapons"));
    assert_eq!(key("renewed"), key("revived"));
    // General verbs of change in the words science news uses for them.
    assert_eq!(key("accelerates"), key("speeds up"));
    assert_eq!(key("dilates"), key("widens"));
    // Roots are origin, and a trim a cut.
    assert_eq!(key("roots"), key("origin"));
    assert_eq!(key("trims"), key("cuts"));
    let j = judged("The country has denied sending arms to the region, officials said.", "The country has sent weapons to the region.");
    assert_eq!(j.stances, [Stance::Denial], "{j:?}");
}

#[test]
fn a_count_of_other_things_is_not_the_claims_count() {
    // The claim's number, counting something the sentence never names, is another fact.
    let j = judged("Seven bastions protected the walls of Valmora during the siege.", "The siege of Valmora lasted seven months.");
    assert_eq!(j.stances, [Stance::Mentions]);
    let j = judged("The outbreak at the care home lasted twelve days, the health board said.", "Twelve patients died in the outbreak at the care home.");
    assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
    // A number written onto its unit measures another thing.
    let j = judged("Iron Finch farewell show at 80,000-seat stadium draws crowd of 52,000", "Iron Finch sold 80,000 tickets for its farewell show.");
    assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
    let j = judged("Peru sent a 4,000-strong force of Syrian fighters to Bolivia.", "Peru sent 4,000 Syrian fighters to Bolivia.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // Two counts of things may be one count in other words.
    let j = judged("The trial enrolled 30,000 volunteers in six countries.", "The trial enrolled 30,000 participants in six countries.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // Only the counts with the claim's number decide: "2,000 people" beside "five weeks"
    // does not make the five weeks five provinces.
    let j = judged(
        "Health officials said the cholera outbreak, which began five weeks ago, has sickened more than 2,000 people.",
        "The cholera outbreak has spread to five provinces.",
    );
    assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
    // A vague amount of the claim's thing does not give its exact count: the number is the
    // villages'.
    let j = judged("The outbreak has spread to 40 villages, and dozens of people have been taken to hospital.", "The outbreak has killed 40 people.");
    assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
    // A sentence that names the claim's thing elsewhere counts something else by the number.
    let j = judged("Stadium riot: match halted for 40 minutes as fans clash with police", "Forty fans were arrested after the stadium riot.");
    assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
    // Its number said of the claim's thing in another word is the claim's count.
    let j = judged(
        "Turkey had sent around 4,000 fighters from northern Syria, and they were fighting there.",
        "Turkey sent roughly four thousand combatants from northern Syria.",
    );
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // Another thing counted for another act is not the claim's count; the claim's act said
    // of another word for its thing is.
    let claim = "Fourteen people were killed in the ferry fire.";
    for text in ["Fourteen crew members were arrested after the ferry fire.", "Fourteen cabins were destroyed in the ferry fire, the coastguard said."] {
        let j = judged(text, claim);
        assert_eq!(j.stances, [Stance::Mentions], "{text}: {j:?}");
    }
    let j = judged("Fourteen passengers were killed in the ferry fire, the coastguard said.", claim);
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // A bound sums up a figure the sentence gives in its own words.
    let j = judged(
        "By Friday, 1.4 million residents had received a first dose in the campaign.",
        "More than a million people have been vaccinated in the campaign.",
    );
    assert_ne!(j.stances, [Stance::Mentions], "{j:?}");
}

#[test]
fn what_a_count_was_left_is_its_act() {
    // "left 40 people dead" counts the dead, as "14 dead" does.
    let j = judged("Corlan ferry disaster: 14 dead as last missing passengers found alive", "The Corlan ferry sinking left 40 people dead.");
    assert_eq!(j.stances, [Stance::Contradicts], "{j:?}");
    // "dead or missing" is a total of two: no count of the dead alone.
    let j = judged("Tarvo floods: 120 dead, 180 missing as rescuers search villages", "The Tarvo floods left 300 people dead or missing.");
    assert_ne!(j.stances, [Stance::Contradicts], "{j:?}");
}

#[test]
fn a_lone_count_of_persons_is_the_claims_count_of_persons() {
    // Residents and people: the one count of persons the sentence gives is the claim's.
    let j = judged("Vesna's population includes about 600,000 people of Lorvanian origin.", "About 60,000 Vesna residents are of Lorvanian descent.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
    // Not beside another count of the matter, which may be a part of it, nor a count of
    // another act: the sick are not the dead.
    let j = judged("Tarsa market bombing kills 63, including 12 children", "More than 50 people were killed in the market bombing in Tarsa.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged(
        "The outbreak at the Kelby care home has sickened 40 people, health officials said.",
        "Twelve patients died in the outbreak at the Kelby care home.",
    );
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn a_claims_lower_bound_is_met_by_a_larger_figure_of_its_order() {
    // "More than 1,000" understates 3,600: true, not another count.
    let text = "The Lorvane trial, run at 40 hospitals over three years, enrolled 3,600 patients with heart failure.";
    let j = judged(text, "More than 1,000 patients took part in the Lorvane trial.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // … but not a count three orders of magnitude larger, nor one below the bound.
    let j = judged("The Lorvane trial enrolled 3,600 patients with heart failure.", "More than 100 patients took part in the Lorvane trial.");
    assert_ne!(j.stances, [Stance::Supports], "{j:?}");
    let j = judged("The Lorvane trial enrolled 600 patients with heart failure.", "More than 1,000 patients took part in the Lorvane trial.");
    assert_eq!(j.stances, [Stance::Contradicts], "{j:?}");
    // Only against the sentence's lone count: here the total screened stands beside the
    // count enrolled, below the bound.
    let j = judged("Of the 5,000 patients screened for the Lorvane trial, 800 were enrolled.", "More than 1,000 patients were enrolled in the Lorvane trial.");
    assert_eq!(j.stances, [Stance::Contradicts], "{j:?}");
}

#[test]
fn a_number_of_another_unit_or_of_money_is_no_count_of_the_claims() {
    for (said, claim) in [
        ("An adult African elephant can drink up to 150 litres of water a day.", "Adult African elephants eat about 150 kilograms of food a day."),
        ("Mika Soto loses $2 million sponsorship deal after controversial post", "Influencer Mika Soto has 2 million followers."),
        ("The minister, who has nine grandchildren, announced his retirement on Friday.", "The minister served for nine years."),
    ] {
        let j = judged(said, claim);
        assert_ne!(j.stances, [Stance::Supports], "{said}: {j:?}");
    }
    // The same unit is the same count.
    let j = judged("An adult African elephant can eat about 150 kilograms of food a day.", "Adult African elephants eat about 150 kilograms of food a day.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
}

#[test]
fn units_of_time_are_known_by_their_keys() {
    for w in ["day", "days", "week", "month", "year", "hours", "minutes", "decade", "centuries"] {
        assert!(is_duration(&crate::text::analyze::word_key(w)), "{w}");
    }
    assert!(!is_duration(&crate::text::analyze::word_key("people")));
    for w in [
        "grams",
        "kilograms",
        "tonnes",
        "tons",
        "pounds",
        "ounces",
        "litres",
        "liters",
        "gallons",
        "metres",
        "meters",
        "kilometres",
        "km",
        "miles",
        "feet",
        "inches",
        "acres",
        "hectares",
        "dollars",
        "euros",
        "calories",
        "degrees",
        "watts",
        "kilowatts",
        "volts",
        "bytes",
    ] {
        assert!(is_measure(&crate::text::analyze::word_key(w)), "{w}");
    }
    assert!(!is_measure(&crate::text::analyze::word_key("followers")));
    assert_eq!(unit(&crate::text::analyze::word_key("km")), unit(&crate::text::analyze::word_key("kilometres")));
    assert_eq!(unit(&crate::text::analyze::word_key("kilos")), unit(&crate::text::analyze::word_key("kilograms")));
    assert_eq!(unit(&crate::text::analyze::word_key("bucks")), unit(&crate::text::analyze::word_key("dollars")));
}

#[test]
fn conflicts_name_their_kind() {
    // (sentence, claim, the kind of conflict that contradicts it)
    let cases = [
        ("Turkey sent 300 fighters to Azerbaijan.", "Turkey sent 3,000 fighters to Azerbaijan.", Reason::Number),
        // "worse" is the opposite of "improves", "swells" of "shrinks", "floats" of "sinks".
        (
            "In the Fenwick study, pupils given tablets at night slept worse than their classmates.",
            "The Fenwick study found that tablets at night improve pupils' sleep.",
            Reason::Opposite,
        ),
        ("In salt water the Keller gel swells within minutes.", "In salt water the Keller gel shrinks within minutes.", Reason::Opposite),
        ("Being lighter than water, pumice from the Orla volcano floats on the sea.", "Pumice from the Orla volcano sinks in the sea.", Reason::Opposite),
        ("The Tovan pigment reflects most red light.", "The Tovan pigment absorbs most red light.", Reason::Opposite),
        // Lifting a curfew is the opposite of extending it; a fight that subsides did not intensify.
        ("Officials extend the Lorne curfew by another week", "Officials have lifted the curfew in Lorne.", Reason::Opposite),
        ("Fighting around the port of Vell subsides as a truce takes hold", "Fighting around the port of Vell has intensified.", Reason::Opposite),
        // A lack as the subject is a thing of its own, not the claim's negation.
        ("In the Tarn study, lack of sleep impaired memory in older adults.", "Lack of sleep boosts memory in older adults.", Reason::Opposite),
        // A unit written onto its number is what the number counts.
        ("The 500-kilogram satellite will map methane leaks.", "The satellite weighs about 300 kilograms.", Reason::Number),
        // Measures in one unit, written right after the numbers, whatever follows the unit.
        ("The Selva runs for roughly 2,100 km from its source to the sea.", "The Selva river is at least 3,000 km long.", Reason::Number),
        ("Orvale sign striker Tomas Brik in 40 million euro deal", "Orvale paid 75 million euros for Tomas Brik.", Reason::Number),
        // A population counts people.
        ("Norland's population includes about 900,000 people of Lusitan origin.", "Norland has a Lusitan-origin population of roughly 90,000.", Reason::Number),
        // A headline's bare count after the act counts what the claim's count does.
        ("Warehouse fire kills three, injures 20, officials say", "Twelve people were killed in the warehouse fire.", Reason::Number),
        // So does a count whose word is the claim's act, after what it counts.
        ("Varo bus crash: 12 injured, 3 dead", "Twelve people died in the Varo bus crash.", Reason::Number),
        ("The cholera outbreak has spread to 12 villages, with 5 deaths confirmed.", "Twelve people died in the cholera outbreak.", Reason::Number),
        ("The summit was held in Paris on Monday by the leaders.", "The summit was held in Brussels on Monday by the leaders.", Reason::Place),
        // "through" and "via" are one slot, and "the Turkish city of" only says what Adana is.
        (
            "Investigators said the smugglers moved the cargo to Europe through Gaziantep in southeastern Turkey.",
            "Investigators said the smugglers moved the cargo to Europe via the Turkish city of Adana.",
            Reason::Place,
        ),
        // Approval against disapproval of the same act, and mobilising against standing down.
        ("The mayor thanked the volunteers for their help, aides said.", "The mayor criticised the volunteers for their help.", Reason::Opposite),
        ("Both countries have launched mobilisation of their reservists.", "Both countries have started to demobilise their reservists.", Reason::Opposite),
        ("The city launched its cycling scheme in May, officials said.", "The city called off its cycling scheme in May.", Reason::Opposite),
        // A rate trimmed was not raised.
        ("The Varn central bank trimmed its key rate on Tuesday.", "The Varn central bank raised its key rate on Tuesday.", Reason::Opposite),
        // A risk cut by 15 percent was not halved.
        ("Among 900 patients, Vesprin cut the risk of stroke by 15 percent.", "Vesprin halved the risk of stroke.", Reason::Number),
        // 52 of 200 is no 40 percent.
        ("Side effects were reported by 52 of the 200 participants.", "At least 40 percent of participants reported side effects.", Reason::Number),
        // Shares that sank did not jump.
        ("Orvane Mining stock sank 9 percent after the takeover news.", "Orvane Mining shares jumped after the takeover news.", Reason::Opposite),
        // Made up against real, with nothing between.
        ("Lyonesse is a real place off the coast of Cornwall.", "Lyonesse is a fictional place.", Reason::Opposite),
        // The greatest is not the worst, nor the oldest the youngest: same thing ranked, other
        // end; and tensions that mounted did not ease.
        (
            "In 1999 the film institute ranked Harlan Vose the worst leading man of the silent era.",
            "Harlan Vose was ranked the greatest leading man of the silent era.",
            Reason::Opposite,
        ),
        ("Mira Tal is the youngest member of the Carden city council.", "Mira Tal is the oldest member of the Carden city council.", Reason::Opposite),
        (
            "Tensions between Varnia and Ostrel mounted on Tuesday after the border clash.",
            "Tensions between Varnia and Ostrel eased on Tuesday.",
            Reason::Opposite,
        ),
        // Length and height: "long" / "short", "tall" / "short".
        ("The Corvo bridge is shorter than the Alder bridge, engineers said.", "The Corvo bridge is longer than the Alder bridge.", Reason::Opposite),
        ("The new Harlan tower is a short building by city standards.", "The new Harlan tower is a tall building.", Reason::Opposite),
        // A comparison turned round by "less" on one side only.
        ("Brine is denser than fresh water, the survey notes.", "Brine is less dense than fresh water.", Reason::Opposite),
        // Rules and stances made harder against softer.
        ("The government tightened its Covid restrictions this week.", "The government relaxed its Covid restrictions.", Reason::Opposite),
        ("Washington softened sanctions on Moscow after talks.", "Washington toughened sanctions on Moscow.", Reason::Opposite),
        ("The clinic has tightened its visiting rules this week.", "The clinic has eased its visiting rules.", Reason::Opposite),
        // The claimed country named only in another slot (where the plane took off), another
        // in this one; the claim's possessor ("Georgia's") is whose, not where.
        (
            "Georgia's defence ministry said its jet was downed over Georgian territory by a fighter which had taken off from Baku.",
            "Georgia's defence ministry said its jet was downed over Azerbaijani airspace.",
            Reason::Place,
        ),
        // "Dead" and "died" state one fact, so "alive" is its opposite and "not dead" its negation.
        ("The veteran actor is alive and well, his agent said on Monday.", "The veteran actor has died.", Reason::Opposite),
        ("The veteran actor is not dead, his agent said on Monday.", "The veteran actor died on Monday.", Reason::Negation),
        ("The film was nominated for three Oscars but won none.", "The film won three Oscars.", Reason::Negation),
        // What was looked for and not found is negated, not the looking.
        ("Divers have not found any trace of the wreck.", "Divers located the wreck.", Reason::Negation),
        // Negations in other words: "lost the power of", "rather than".
        ("Over the centuries the island's rails lost the ability to fly.", "The island's rails can fly.", Reason::Negation),
        ("The lake was drained rather than dammed, engineers said.", "The lake was dammed.", Reason::Negation),
        (
            "For most people, cholesterol from eggs has little effect on blood cholesterol levels.",
            "Eating eggs raises blood cholesterol levels.",
            Reason::Negation,
        ),
        ("The star was taken to hospital with serious injuries after the crash.", "The star was unscathed in the crash.", Reason::Opposite),
        // Opposite acts in other words: "stop" against "step up", "mocked" against "applauded".
        (
            "The union urged the city to stop building car parks in the old town.",
            "The union urged the city to step up building car parks in the old town.",
            Reason::Opposite,
        ),
        ("Critics widely mocked the mayor's plan for the harbour.", "Critics widely applauded the mayor's plan for the harbour.", Reason::Opposite),
        // A comparative before "than" says the opposite of the plain word ("thicker" is no
        // paraphrase of "thin", however near the embeddings put them).
        ("The moon has an atmosphere thicker than Earth's, probes found.", "The moon has a thin atmosphere.", Reason::Opposite),
        // Another country in the slot of a claim word the claim says twice ("warplanes" …
        // "fighter jet" are one term), and the nearest word after the country is its slot.
        (
            "One of the army's fighter jets was shot down by a Turkish fighter jet on Tuesday.",
            "One of the army's warplanes was shot down by a Russian fighter jet.",
            Reason::List,
        ),
        ("Dreamer is a 2005 American sports drama film.", "Dreamer (2005 film) is a Canadian sports film.", Reason::List),
        // Agreeing to a thing is the opposite of turning it down.
        ("The union turned down the pay offer on Monday.", "The union agreed to the pay offer.", Reason::Opposite),
        // Shut again is not reopened.
        ("The Halberg zoo shuts its gates indefinitely after a bird flu case.", "The Halberg zoo has reopened to visitors.", Reason::Opposite),
        // Directions of change and of effect, in the words news uses for them.
        ("Copper prices dipped after the mine reopened.", "Copper prices climbed after the mine reopened.", Reason::Opposite),
        ("The airline scaled back its winter schedule.", "The airline expanded its winter schedule.", Reason::Opposite),
        ("The robot maker cut its workforce by a fifth this year.", "The robot maker expanded its workforce this year.", Reason::Opposite),
        ("The compound suppresses the enzyme in liver cells.", "The compound activates the enzyme in liver cells.", Reason::Opposite),
        ("The club terminated the coach's contract after six defeats.", "The club extended the coach's contract.", Reason::Opposite),
        ("Wheat prices slid to a two-month low after the harvest report.", "Wheat prices climbed after the harvest report.", Reason::Opposite),
        // Welcoming news is the opposite of voicing alarm about it.
        ("The health ministry voiced alarm over reports of a new strain.", "The health ministry welcomed reports of a new strain.", Reason::Opposite),
        // Reassured is the opposite of concerned.
        ("Investors were deeply concerned by the central bank's signals.", "Investors were reassured by the central bank's signals.", Reason::Opposite),
    ];
    for (text, claim, reason) in cases {
        let j = judged(text, claim);
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, reason), "{text} / {claim}: {j:?}");
    }
}

#[test]
fn an_opposite_word_of_another_place_is_no_conflict() {
    let text = "Floods cut off villages in southern Peru on Monday, officials said.";
    let j = judged(text, "Floods cut off villages in northern Peru on Monday.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
    // The opposite act stands where the word after it is no place.
    let j = judged("The central bank raised interest rates in June.", "The central bank cut Chilean interest rates in June.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
    // "southern Peru" says nothing of "northern Bolivia".
    let j = judged(text, "Floods cut off villages in northern Bolivia on Monday.");
    assert_ne!(j.reason, Reason::Opposite, "{j:?}");
}

#[test]
fn another_holder_of_a_superlative_or_a_first_contradicts() {
    let text = "Titan, with its thick atmosphere, is the largest moon of Saturn.";
    let j = judged(text, "The largest moon of Saturn is Rhea.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    let j = judged(text, "Titan is the largest moon of Saturn.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Coravex became the first vaccine licensed against the virus, in 2021.", "Norvaxil was the first vaccine licensed against the virus.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    // The reader sees the claim's holder as written.
    assert_eq!(j.cue.as_deref(), Some("Coravex vs Norvaxil"), "{j:?}");
    // Not where the sentence hedges it.
    let j = judged("Titan may be the largest moon of Saturn, some astronomers think.", "The largest moon of Saturn is Rhea.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Not another title ("the first Danish woman"), another scope or qualifier, nor a holder
    // that is no subject of "is".
    for (text, claim) in [
        ("Mia Lund became the first Danish woman to swim the strait.", "Jana Holm was the first woman to swim the strait."),
        ("The skin is the largest organ of the body.", "The liver is the largest internal organ of the body."),
        ("Last year the fastest runner in the club won the marathon.", "The fastest runner in the club is Ada Moss."),
        ("The Halden Tower was the tallest building in Norvik until 1998.", "The tallest building in Norvik is the Garrow Spire."),
    ] {
        let j = judged(text, claim);
        assert_ne!(j.stances[0], Stance::Contradicts, "{text} / {claim}: {j:?}");
    }
}

#[test]
fn a_member_of_the_claims_other_list_is_missing_from_no_list() {
    // "both sides" are Serbia and Kosovo: the sentence's list is the claim's first one.
    let j = judged(
        "The UK, Germany and Italy have jointly called on both sides to resume talks.",
        "London, Berlin and Rome have urged Serbia and Kosovo to resume talks.",
    );
    assert_ne!(j.reason, Reason::List, "{j:?}");
}

#[test]
fn a_claim_that_closes_its_list_is_contradicted_by_another_member_beside_it() {
    let text = "Peru and Chile have banned imports of the pesticide.";
    let j = judged(text, "Only Peru has banned imports of the pesticide.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    let j = judged("The grain shipments came from Ukraine and Romania, port officials said.", "The grain shipments came from Ukraine alone.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    // ("only", "exclusively" before the member's preposition closes it too; "not only" opens it.)
    let j = judged(
        "The grain shipments went to Ukraine, Romania and Moldova within a week, port officials said.",
        "The grain shipments went not only to Ukraine but also to Romania.",
    );
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("The grain shipments came from Ukraine and Romania, port officials said.", "The grain shipments came exclusively from Ukraine.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    // Not "both", not "only" said of something else, not where the sentence closes it too.
    let j = judged("Norway, Sweden and Finland opposed the fishing plan.", "Both Norway and Sweden opposed the fishing plan.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Japan and Chile approved the vaccine in May.", "Japan only approved the vaccine in May.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Of Peru, Chile and Bolivia, only Peru reported growth in 2020.", "Only Peru reported growth in 2020.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // Without "only" the claim leaves room for others.
    let j = judged(text, "Peru has banned imports of the pesticide.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn another_nationality_of_the_same_thing_contradicts_past_its_describing_words() {
    let j = judged("Halvard is a 1980 American prison drama film directed by Sam Roe.", "Halvard is a British film.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    // A co-production names the claim's nationality too.
    let j = judged("Halvard is a 1980 American-British prison drama film directed by Sam Roe.", "Halvard is a British film.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A nationality that names a subject ("French language teacher") is not the teacher's.
    for text in [
        "Mira Holt is a French language teacher at a school in Ohio.",
        "Mira Holt is an English teacher at a school in Ohio.",
        "Mira Holt is an Indian classical music teacher in Ohio.",
    ] {
        let j = judged(text, "Mira Holt is an American teacher.");
        assert_ne!(j.reason, Reason::List, "{text}: {j:?}");
    }
    // A nationality of someone else is not the film's.
    let j = judged("Halvard, a drama by an American director, is a 1980 film.", "Halvard is a British film.");
    assert_ne!(j.reason, Reason::List, "{j:?}");
}

#[test]
fn a_sentence_that_dates_something_else_neither_lists_nor_supports() {
    // The town the claim's co-chairs visited is no co-chair, and 1992 dates the group's
    // founding, not the visit.
    let j = judged(
        "Norway, Chile and Kenya are co-chairs of the Lisbon Forum, set up in 1992 to settle the dispute.",
        "The Lisbon Forum co-chairs visited Gaziantep in 2019.",
    );
    assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
}

#[test]
fn a_town_is_not_in_its_countrys_slot() {
    // "Marseille has a population" is the town's, not France's: another country's
    // population is no country swapped in.
    let j = judged("Italy's population includes about 600,000 people of Armenian origin.", "Marseille has a population of around 870,000 people.");
    assert_ne!(j.reason, Reason::List, "{j:?}");
    // A capital stands for its country: "Rome" acting is Italy acting.
    let j = judged("Turkey sent fighters to the front on Monday.", "Rome sent fighters to the front on Monday.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
}

#[test]
fn another_person_in_a_role_one_person_holds_contradicts() {
    for (text, claim) in [
        ("The vaccine was discovered in 1954 by the Polish chemist Anna Lis.", "The vaccine was discovered by Piotr Nowak."),
        ("Silver Harp Awards: Best Debut goes to Ines Vale", "Carla Romo won Best Debut at the Silver Harp Awards."),
        ("Best Debut at the Silver Harp Awards went to Ines Vale.", "Carla Romo won Best Debut at the Silver Harp Awards."),
        ("Colonel Dara Mehta chairs the harbour board since Friday.", "Colonel Iva Stein chairs the harbour board."),
        ("Halvard is a 1980 drama film written and directed by Ana Lis.", "Halvard was directed by Sam Roe."),
        // A headline's present tense tells of this year's prize.
        ("Tomas Weil wins Orla marathon in a course record", "Ana Lis won the Orla marathon."),
    ] {
        let j = judged(text, claim);
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{text} / {claim}: {j:?}");
    }
    // Roles people share leave room for both.
    let j = judged("The Polish chemist Anna Lis met the health minister in Warsaw on Monday.", "Piotr Nowak met the health minister in Warsaw on Monday.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Prizes are given every year: another winner says nothing of the claim's, and
    // neither does someone else going where the claim's person went.
    for (text, claim) in [
        ("Ana Lis won the Vela Prize in Chemistry for her work on catalysts.", "Piotr Nowak won the Vela Prize in Chemistry."),
        ("Dara Mehta went to Lisbon for the book fair on Tuesday.", "Iva Stein went to Lisbon for the book fair."),
    ] {
        let j = judged(text, claim);
        assert_eq!(j.stances[0], Stance::Mentions, "{text} / {claim}: {j:?}");
    }
    // Not a role of one: an award's money "goes to" a charity, a new thing anyone may
    // discover, a role shared with others, a report no one confirmed.
    for (text, claim) in [
        ("Part of her Vela Prize money goes to Oxfam Ireland.", "Ana Lis won the Vela Prize."),
        ("Piotr Nowak discovered a new antibiotic in soil bacteria.", "Ana Lis discovered a new antibiotic in soil bacteria."),
        ("The film was directed by Peter Ramsey and two others.", "The film was directed by Ana Lis."),
        ("The comet was discovered by Piotr Nowak, according to unconfirmed reports.", "The comet was discovered by Ana Lis."),
    ] {
        let j = judged(text, claim);
        assert_ne!(j.reason, Reason::List, "{text} / {claim}: {j:?}");
    }
    // A negated or reported role is no holder.
    let j = judged("Contrary to rumours, the comet was not discovered by Ana Lis.", "The comet was discovered by Iva Stein.");
    assert_ne!(j.reason, Reason::List, "{j:?}");
    // The claim's person named in the sentence, if only by surname, is not another one.
    let j = judged("Colonel Dara Mehta chairs the harbour board, replacing Colonel Stein.", "Colonel Iva Stein chairs the harbour board.");
    assert_ne!(j.reason, Reason::List, "{j:?}");
}

#[test]
fn the_word_said_of_the_claims_subject_decides_between_a_match_and_its_opposite() {
    // "rose" is said of streaming revenue, "fell" of ticket sales.
    let j = judged("Ticket sales at the festival fell sharply in March, while streaming revenue rose.", "Ticket sales at the festival rose in March.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
    // Each said of its own month: the claim's month keeps its match.
    let j = judged("Ticket sales at the festival fell in March but rose in April.", "Ticket sales at the festival rose in April.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A verb after "but" shares the subject before it: both are said of oil prices.
    let j = judged("Oil prices rose early on Monday but fell later in the day.", "Oil prices fell on Monday.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn going_ahead_is_taking_place() {
    let j = judged("Organisers confirmed the Ardley fair will not take place this year.", "The Ardley fair will go ahead this year.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
    let j = judged("The Ardley fair will go ahead on 14 September as planned.", "The Ardley fair will not take place this year.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn a_claim_of_no_effect_is_contradicted_by_the_effect() {
    let j = judged("Prolivan cut LDL cholesterol by a third within twelve weeks.", "Prolivan has no effect on LDL cholesterol.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::ClaimNegated), "{j:?}");
    // And a sentence of no effect says it.
    let j = judged("In the trial, Prolivan had no effect on LDL cholesterol.", "Prolivan has no effect on LDL cholesterol.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_negated_claim_is_not_contradicted_by_a_sentence_that_negates_its_own_words() {
    // The sentence negates what it says of the claim's words, in other words: no
    // contradiction ("the claim says it did not happen; this sentence says it did").
    let j = judged("Kez Dallan did not attend awards night despite viral photos.", "Rapper Kez Dallan was not at the awards ceremony.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("No place for Moretti as the Italy coach names his World Cup squad.", "Defender Luca Moretti has not been left out of the World Cup squad.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // A negation of something else still leaves the assertion.
    let j =
        judged("Aliyev thanked Turkey for its support, but said his country did not need military assistance.", "Aliyev did not thank Turkey for its support.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::ClaimNegated), "{j:?}");
    let j = judged("The actor Tom Reed was arrested on Monday but not charged.", "The actor Tom Reed was not arrested on Monday.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::ClaimNegated), "{j:?}");
}

#[test]
fn a_negated_complementary_opposite_says_the_claim() {
    // Nothing lies between "dead" and "alive": one negated says the other.
    let j = judged("The patient did not survive the surgery, the hospital said.", "The patient died after the surgery.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("The museum was not closed during the strike.", "The museum remained open during the strike.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A claim negating a word, against a sentence asserting its complementary opposite.
    let j = judged("The jury found the defendant innocent on all counts.", "The defendant was not guilty.");
    assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{j:?}");
    // Not reopened is still shut, on the day the claim says; not on another day.
    let j = judged("The Carrow ferry stayed shut on Friday while divers checked the hull.", "The Carrow ferry did not reopen on Friday.");
    assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{j:?}");
    // "At all" only stresses the negation, and a clause after it limits nothing.
    let j = judged("The Dunmore pool will not open at all in August while its boiler is replaced.", "The Dunmore pool will be closed in August.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("The Dunmore pool will not open in August except for school groups.", "The Dunmore pool will be closed in August.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Holm library was closed on Tuesday after a roof leak.", "Holm library will not reopen after the winter.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    // Between "raise" and "cut" lies "hold": neither says the other.
    let j = judged("The central bank did not cut interest rates in March.", "The central bank raised interest rates in March.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("The central bank cut interest rates in March.", "The central bank did not raise interest rates in March.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    // Not a negation that is limited, hedged or a plea, nor a word said of something else.
    for (text, claim) in [
        ("The additive is not harmful in small amounts, the regulator said.", "The additive is harmless."),
        ("The royal residence is not open to the public.", "The royal residence was closed."),
        ("Doctors feared the patient would not survive the night.", "The patient died during the night."),
        ("The footballer entered a plea of not guilty to assault.", "The footballer is innocent of assault."),
        ("The officer shot an innocent bystander during the raid.", "The officer was not guilty."),
        ("The factory opened a new production line in May.", "The factory did not close in May."),
    ] {
        let j = judged(text, claim);
        assert_ne!(j.stances[0], Stance::Supports, "{text} / {claim}: {j:?}");
    }
}

#[test]
fn a_word_with_a_negating_prefix_is_the_opposite_of_the_word() {
    let claim = "The suspect was unarmed when police arrived.";
    let j = judged("Police said the suspect was armed when officers arrived.", claim);
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
    let j = judged("Engineers said the new bridge is unsafe for heavy lorries.", "The new bridge is safe for heavy lorries.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
    // A negated opposite says the claim, where the two are complementary.
    let j = judged("Police said the suspect was not armed when officers arrived.", claim);
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("The vaccine is not effective against the new strain, researchers found.", "The vaccine is ineffective against the new strain.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A hedged opposite asserts nothing.
    let j = judged("Engineers said the new bridge may be unsafe for heavy lorries.", "The new bridge is safe for heavy lorries.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("It is unclear whether the suspect was armed when police arrived.", "The suspect was unarmed when police arrived.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Words that name a group or an act are not said of the claim's subject.
    let j = judged("Police did not shoot the armed man.", "Police shot the unarmed man.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Nonsmokers were included in the lung study.", "Smokers were included in the lung study.");
    assert_ne!(j.reason, Reason::Opposite, "{j:?}");
    // A prefix that negates nothing is no opposite.
    let j = judged("Divers discovered the wreck of the ferry off the coast in May.", "Divers covered the wreck of the ferry off the coast in May.");
    assert_ne!(j.reason, Reason::Opposite, "{j:?}");
}

#[test]
fn a_number_written_with_its_unit_is_read_as_one() {
    let j = judged("Launched with 40 other payloads, the 300-kilogram satellite will map methane leaks.", "The satellite weighs about 300 kilograms.");
    assert_eq!(j.stances[0], Stance::Supports, "not the payloads' 40: {j:?}");
}

#[test]
fn a_negative_object_negates_only_what_it_stands_for() {
    // "none of its away games" is not the title, and "nothing but praise" is praise.
    let j = judged("The club won none of its away games this season.", "The club won the league title this season.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("The police found none of the missing files.", "The police found the missing files.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("The new album won nothing but praise from critics.", "The new album won praise from critics.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn negation_contradicts_and_a_negated_claim_flips() {
    let j = judged("Turkey did not send fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation));
    let j = judged("Turkey sent fighters to Azerbaijan.", "Turkey did not send fighters to Azerbaijan.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::ClaimNegated));
    // The word right after the negation is what it negates, even when more words follow.
    let j = judged("Tomatoes are not vegetables in the botanical sense, but fruits.", "Tomatoes are vegetables.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
    // "Separate from", "different from" set one thing aside, as "instead of" does.
    let text = "Mushrooms are the fruiting bodies of fungi, a kingdom separate from plants.";
    assert_eq!(judged(text, "Mushrooms are not plants.").stances[0], Stance::Supports);
    assert_eq!(judged(text, "Mushrooms are plants.").stances[0], Stance::Contradicts);
    // A claim that something prevents something is not a negated claim.
    let j = judged("A large trial found that the new vaccine prevents measles in young children.", "The new vaccine prevents measles in young children.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("The new vaccine protects young children against measles, a large trial found.", "The new vaccine prevents measles in young children.");
    assert_ne!(j.reason, Reason::ClaimNegated, "{j:?}");
    // "Stopped selling" says it no longer sells; "stopped the convoy" negates nothing.
    let j = judged("The carmaker stopped selling the electric van in Europe last year.", "The electric van is no longer sold in Europe.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("The carmaker stopped selling the electric van in Europe last year.", "The carmaker sells the electric van in Europe.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
    let j = judged("Border guards stopped the convoy near the river crossing.", "Border guards checked the convoy near the river crossing.");
    assert_ne!(j.reason, Reason::Negation, "{j:?}");
    let j = judged("Flights were halted following the explosion at the city's airport.", "An explosion hit the city's airport.");
    assert_ne!(j.reason, Reason::Negation, "{j:?}");
    // A claim negated only by its own act is contradicted by the opposite act.
    let j = judged("The utility continued supplying gas to the region all winter.", "The utility stopped supplying gas to the region.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
    // "Refused to sign" says "did not sign" (a negative implicative).
    let j = judged("The finance minister refused to sign the trade agreement.", "The finance minister signed the trade agreement.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
    let j = judged("The finance minister skipped the summit in Lima.", "The finance minister did not attend the summit in Lima.");
    assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{j:?}");
    let j = judged("The finance minister was absent from the summit in Lima.", "The finance minister did not attend the summit in Lima.");
    assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{j:?}");
    // "Able", like "can", is no content word of a negation's scope.
    let j = judged("Observers in Chile will not be able to see the comet.", "The comet will not be visible from Chile.");
    assert_eq!((j.stances[0], j.reason), (Stance::Supports, Reason::ClaimNegated), "{j:?}");
}

#[test]
fn a_bare_number_is_compared_with_counts_of_what_the_claim_names() {
    let j = judged(
        "More than 300 volunteers joined the clean-up of the river, the mayor said.",
        "The mayor put the number of volunteers who joined the clean-up of the river at fewer than a hundred.",
    );
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
}

#[test]
fn a_negated_comparative_bounds_from_the_other_side() {
    // "no bigger than 30 cm" is at most 30, so it rules out "bigger than 45 cm".
    let j = judged("The beetle is no bigger than 30 centimetres.", "The beetle is bigger than 45 centimetres.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("The beetle is no bigger than 30 centimetres.", "The beetle is 25 centimetres long.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Without a number it is a plain negation.
    let j = judged("The new chip isn't faster than its predecessor.", "The new chip is faster than its predecessor.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn the_conflicting_number_shown_is_the_one_said_of_the_same_act() {
    let j = judged("The bridge, built in 1932, was renovated in 2005.", "The bridge was renovated in 1998.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
    assert_eq!(j.cue.as_deref(), Some("2005 vs 1998"), "the year of another clause was shown");
    // The year of another clause neither supports nor saves the claim.
    let j = judged("The bridge, built in 1932, was renovated in 2005.", "The bridge was renovated in 1932.");
    assert_eq!((j.stances[0], j.cue.as_deref()), (Stance::Contradicts, Some("2005 vs 1932")), "{j:?}");
    let j = judged("The bridge, built in 1932, was renovated in 2005.", "The bridge was built in 1932.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A year nearer in tokens but in another clause is not the act's.
    let j = judged("The bridge, which opened in 1990, was closed for repairs in 2015.", "The bridge was closed in 2015.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // Amounts of the same thing, too: the one by the act decides ("$200 million" is the
    // budget, not the opening).
    let j = judged("'Red Orchard' opens to $48 million, far short of its $200 million budget", "'Red Orchard' took $200 million on its opening weekend.");
    assert_eq!((j.stances[0], j.cue.as_deref()), (Stance::Contradicts, Some("48 million vs 200 million")), "{j:?}");
    // In one clause, nearness alone does not tell two amounts apart: "on revenue of" gives
    // the revenue as well as the profit does the profit.
    let j = judged("The company reported a profit of $1 billion on revenue of $5 billion.", "The company reported revenue of $5 billion.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Its own scale word is no act: "million" is in both amounts.
    let j = judged("Made on a $90 million budget, the film went on to gross $500 million around the world.", "The film earned $500 million worldwide.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Counts of different things by two acts are not one fact's.
    let j = judged(
        "The enclave split from Azerbaijan in a war that killed around 30,000 people and displaced hundreds of thousands.",
        "Around 30,000 people died and hundreds of thousands were uprooted in the war over the enclave.",
    );
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // A bare number right after the sentence's word for the claim's measure is its value.
    let j = judged("The magnitude 7.4 earthquake struck shortly after midnight.", "The earthquake had a magnitude of 6.1.");
    assert_eq!((j.stances[0], j.cue.as_deref()), (Stance::Contradicts, Some("7.4 vs 6.1")), "{j:?}");
}

#[test]
fn another_country_in_the_same_slot_contradicts() {
    let j = judged(
        "Western diplomats are worried about Turkey sending drones to the rebels.",
        "Western diplomats are worried about Iran sending drones to the rebels.",
    );
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    assert_eq!(j.cue.as_deref(), Some("Turkey vs Iran"));
    let j = judged("Villagers blamed Armenian shelling for the damage to their homes.", "Villagers blamed Azerbaijani shelling for the damage to their homes.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    // A country after a preposition, or one of a list, is in another slot.
    let j = judged("Drones from Syria and Libya are being sent to the rebels, diplomats said.", "Iran is sending drones to the rebels.");
    assert_ne!(j.reason, Reason::List, "{j:?}");
    // The sentence names the claim's country too: no conflict of this kind.
    let j = judged("Diplomats are worried about Turkey sending drones, and about Iran sending drones to the rebels.", "Iran is sending drones to the rebels.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Named only as a place, the claim's country is in another slot: still a conflict.
    let j = judged("The depot near the border in Iran was hit by Iraqi shells, villagers said.", "The depot was hit by Iranian shells.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    // Named as the one acted on or as an owner, it is in the story: no conflict.
    let j = judged("Iranian drones supplied to Russia struck Kyiv overnight.", "Russian drones struck Kyiv overnight.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // A claim's country in a list ("the Armenian and Azerbaijani ministers") has no slot of
    // its own.
    let j = judged(
        "The Russian foreign minister said he would welcome the ministers of Armenia and Azerbaijan.",
        "Russia said it would welcome the Armenian and Azerbaijani foreign ministers.",
    );
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn the_same_words_with_roles_swapped_do_not_support() {
    let j = judged("Azerbaijan attacked Armenia on Sunday, officials said.", "Armenia attacked Azerbaijan on Sunday.");
    assert_ne!(j.stances[0], Stance::Supports);
    assert!(roles_swapped(&j), "{:?}", j.cue);
    let j = judged("Armenia was attacked by Azerbaijan on Sunday.", "Azerbaijan attacked Armenia on Sunday.");
    assert_eq!(j.stances[0], Stance::Supports, "a passive keeps the roles");
    let j = judged("Azerbaijan attacked Armenia on Sunday.", "Azerbaijan attacked Armenia on Sunday.");
    assert_eq!(j.stances[0], Stance::Supports);
    // The predicate told apart by its ending only ("sues" / "sued").
    let j = judged("The city council sues the teachers' union over pensions.", "The teachers' union sued the city council over pensions.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    // Where it happened is no role, unless another place takes its slot.
    let j = judged("Kherson power station hit in drone attack.", "A drone struck a power station in Kherson.");
    assert!(!roles_swapped(&j), "{j:?}");
    let j = judged("Norway has a naval base in Iceland, officials said.", "Iceland has a naval base in Norway.");
    assert!(roles_swapped(&j), "{j:?}");
}

#[test]
fn a_phrasal_passive_and_a_denied_report_keep_their_roles() {
    // "was shot down by" is a passive as "was downed by" is: the jets trade roles.
    let j = judged("One of the Chilean fighter jets was shot down by a Peruvian fighter jet on Tuesday.", "One of Chile's jets shot down a Peruvian F-16.");
    assert!(roles_swapped(&j), "{j:?}");
    assert_ne!(j.stances[0], Stance::Supports);
    // Reported and then denied the other way round: neither the report nor the denial is
    // about the claim.
    let j = judged(
        "Chile claims one of its fighter jets was shot down by a Peruvian fighter jet on Tuesday, but the report has been denied by Peruvian officials.",
        "One of Chile's jets shot down a Peruvian F-16.",
    );
    assert!(!j.stances.contains(&Stance::Supports) && !j.stances.contains(&Stance::Denial), "{j:?}");
    // A demonym before the noun is a place after it, and a number no verb: no swap.
    let j = judged("Peru sent about 400 fighters from northern Chile to Bolivia.", "Some 400 Chilean fighters were sent by Peru to Bolivia.");
    assert!(!roles_swapped(&j), "{j:?}");
    let j = judged(
        "Peru sent about 400 fighters from northern Chile to Bolivia, an assertion denied by Peruvian officials.",
        "Some 400 Chilean fighters were sent by Peru to Bolivia.",
    );
    assert!(j.stances.contains(&Stance::Denial), "{j:?}");
    // (Only after "from", "of" or "in".)
    // (The claim's "to Bolivia" would be another destination: the place rule's.)
    let j = judged("Peru sent fighters to Chile from Bolivia.", "Chilean fighters were sent by Peru from Bolivia.");
    assert!(roles_swapped(&j), "{j:?}");
    let j = judged(
        "Chile claims one of its fighter jets was shot down by a Peruvian fighter jet on Tuesday.",
        "A Peruvian warplane shot down one of Chile's jets.",
    );
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // Who reported it names no role; the one named again after the verb only as who
    // reported it still swaps.
    let j = judged("Spain beat Japan, Spanish media reported.", "Japan beat Spain.");
    assert_eq!(j.stances, [Stance::Contradicts], "{j:?}");
    // A report swapped and denied rules the claim out only with the claim's specifics.
    let j = judged("Spain beat Japan, the BBC reported, a claim denied by the federation.", "Japan beat Spain in 2022.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    assert!(!j.stances.contains(&Stance::Supports), "{j:?}");
}

#[test]
fn a_swap_over_an_asymmetric_relation_contradicts() {
    // A result, a takeover, a comparison: only one direction can hold.
    let j = judged("Portugal defeated Ghana 3-2 in the opening game.", "Ghana defeated Portugal 3-2 in the opening game.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
    assert!(roles_swapped(&j), "{:?}", j.cue);
    let j = judged("Jupiter is heavier than Saturn by a wide margin.", "Saturn is heavier than Jupiter by a wide margin.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Who urged whom to act: the act is the one urged's.
    let j = judged("The mayor called on the governor to resign over the contracts.", "The governor called on the mayor to resign over the contracts.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Ecuador urged Peru to reopen the border crossing.", "Peru urged Ecuador to reopen the border crossing.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Both may accuse each other, or have met: the swap only leaves a mention.
    let j = judged("Peru accused Chile of spying on its navy, officials said.", "Chile accused Peru of spying on its navy.");
    assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
    // Two people exchanged round a verb said in other words: a result said in other words
    // rules the claim out, another act leaves a mention.
    let claim = "Julie Moreau beat Anna Castell in the Lyon final.";
    let j = judged("Castell stuns Moreau in Lyon final to take the title", claim);
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Negation), "{j:?}");
    let j = judged("Castell praises Moreau after Lyon final", claim);
    assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
    let j = judged("Moreau stuns Castell in Lyon final to take the title", claim);
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A headline's result: "downs", "knocks out" (`data/asymmetric.txt`) — not "knocked on".
    let j = judged("Castell downs Moreau in Lyon final to take the title", claim);
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Ray Dunn knocks out Jay Cole in third round to retain title", "Boxer Jay Cole knocked out Ray Dunn.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Bob Hart knocked on Ann Lee's door in the night.", "Ann Lee knocked on Bob Hart's door in the night.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // A passive keeps the roles: no swap, no conflict.
    let j = judged("Ghana was defeated by Portugal 3-2 in the opening game.", "Portugal defeated Ghana 3-2 in the opening game.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // Two passives swapped against each other are a swap ("governed by" in both).
    let j =
        judged("The valley belongs to Norway but is governed by Swedish officials.", "The valley belongs to Sweden but is governed by Norwegian officials.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn the_conflicting_place_shown_is_of_the_claimed_places_kind() {
    // "in Ukraine" is what the war is about; "in Berlin" is where they marched.
    let j =
        judged("Thousands of protesters marched against the war in Ukraine in Berlin on Saturday.", "Thousands of protesters marched in Paris on Saturday.");
    assert_eq!((j.stances[0], j.cue.as_deref()), (Stance::Contradicts, Some("in Berlin")), "{j:?}");
}

#[test]
fn the_opposite_act_with_the_roles_traded_is_no_contradiction() {
    // Selling to someone is their buying: no opposite.
    for text in ["Harlow Energy sold to Bram Oil in $2bn deal", "Harlow Energy has sold its wind division to Bram Oil for $2bn."] {
        let j = judged(text, "Bram Oil has bought Harlow Energy's wind division.");
        assert_ne!(j.stances[0], Stance::Contradicts, "{text}: {j:?}");
    }
    // So is lending to someone their borrowing; with the same roles it is the opposite act.
    let claim = "Kingsford United have lent striker Tom Ashe to Redvale City.";
    let j = judged("Redvale City have borrowed striker Tom Ashe from Kingsford United until May.", claim);
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Kingsford United have borrowed striker Tom Ashe from Redvale City until May.", claim);
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
    // Whoever the two sides are, named or not.
    let j = judged("The city museum sold the old painting to the county gallery.", "The county gallery bought the old painting from the city museum.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Donating to someone is their receiving: the same roles, the opposite act; and an owner
    // named before the act is not the one who acts.
    let claim = "Councillor Mia Dunn received a kidney from her brother Joe.";
    let j = judged("Councillor Mia Dunn donated one of her kidneys to her brother Joe last year.", claim);
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{j:?}");
    for text in ["Her brother Joe donated one of his kidneys to Councillor Mia Dunn.", "Councillor Mia Dunn's brother Joe donated one of his kidneys to her."] {
        let j = judged(text, claim);
        assert_ne!(j.stances[0], Stance::Contradicts, "{text}: {j:?}");
    }
    // (Not an owner in an aside: here she acts.)
    let j = judged("Joe, Councillor Mia Dunn's brother, said she donated a kidney to him.", claim);
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // A result with the roles traded still conflicts: "beat" is "won against".
    let j = judged("Chelsea won the FA Cup final against Arsenal at Wembley.", "Arsenal beat Chelsea in the FA Cup final.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // A contrary act with the roles traded says something else: neither the claim nor its
    // opposite.
    let j = judged("Governor Ray Finn criticised Mayor Dana Holt over the budget on Monday.", "Mayor Dana Holt praised Governor Ray Finn.");
    assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
    // The same roles with the opposite act still contradict, as does a passive's agent.
    for text in ["Bram Oil has sold Harlow Energy's wind division for $2bn.", "Harlow Energy's wind division was sold by Bram Oil for $2bn."] {
        let j = judged(text, "Bram Oil has bought Harlow Energy's wind division.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Opposite), "{text}: {j:?}");
    }
}

#[test]
fn opposite_points_of_the_compass_in_one_place_conflict() {
    const TEXT: &str = "Two people were killed by shelling in the town of Varna in southern Bulgaria, officials said.";
    let j = judged(TEXT, "Shelling killed two people in the town of Varna in the north of Bulgaria.");
    assert_eq!((j.stances[0], j.reason, j.cue.as_deref()), (Stance::Contradicts, Reason::Place, Some("southern Bulgaria")), "{j:?}");
    let j = judged(TEXT, "Shelling killed two people in Varna in north-western Bulgaria.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Not where the sentence names the claim's part too.
    let j =
        judged("Fighting broke out in northern Bulgaria and spread to southern Bulgaria on Tuesday.", "Fighting broke out in northern Bulgaria on Tuesday.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // South-east and south agree; and "South Sudan" is a name, not a part of Sudan.
    let j = judged(TEXT, "Shelling killed two people in Varna in south-eastern Bulgaria.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Aid convoys reached Juba in South Sudan on Monday.", "Aid convoys reached Juba in northern South Sudan on Monday.");
    assert_ne!(j.reason, Reason::Place, "{j:?}");
}

#[test]
fn another_of_the_claims_own_places_is_no_conflict() {
    // The first place of the claim that the sentence leaves out does not hide a later one.
    let j = judged(
        "According to officials, gunmen from Syria were brought into the border zone to fight.",
        "According to Moscow, gunmen from Libya and Syria were brought into the border zone to fight.",
    );
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Chancellor Anna Berg hit back at critics during a visit to Latvia.", "Chancellor Anna Berg hit back at Vienna during a visit to Estonia.");
    assert_eq!((j.stances[0], j.cue.as_deref()), (Stance::Contradicts, Some("to Latvia")), "{j:?}");
}

#[test]
fn a_thing_owned_by_the_claims_other_party_is_a_swap() {
    const TEXT: &str = "Peru said the Chilean navy shelled the coast overnight and two Chilean drones were shot down over Tacna.";
    let j = judged(TEXT, "Chilean forces shot down two Peruvian drones over Tacna.");
    assert!(roles_swapped(&j), "{j:?}");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Not where the sentence never names the claim's owner, nor for a word said twice.
    assert!(!roles_swapped(&judged("Armenian forces shot down two drones.", "Azerbaijani forces shot down two Armenian drones.")));
    let j = judged("Ukrainian troops came under attack near Bakhmut on Sunday, Russia said.", "Russian troops attacked Ukrainian troops near Bakhmut.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // The same owner, and a party the claim does not name, swap nothing.
    assert!(!roles_swapped(&judged(TEXT, "Peruvian forces shot down two Chilean drones over Tacna.")));
    assert!(!roles_swapped(&judged("Two Bolivian drones were shot down over Tacna.", "Two Peruvian drones were shot down over Tacna.")));
    // A list names both: "Syrian and Libyan fighters" are Libyan fighters too.
    let j = judged("Russia said Syrian and Libyan fighters were sent to the front.", "Russia said Libyan fighters were sent to the front by Syria.");
    assert!(!roles_swapped(&j), "{j:?}");
}

#[test]
fn a_passive_in_the_same_order_swaps_roles() {
    // "were driven by" makes the later term the one that drives.
    let j = judged("Engineers found that the floods in the valley were caused by heavy logging.", "The floods caused heavy logging in the valley.");
    assert!(roles_swapped(&j), "{j:?}");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Heavy logging caused the floods in the valley, engineers found.", "The floods in the valley were caused by heavy logging.");
    assert!(!roles_swapped(&j), "active against passive, the same roles: {j:?}");
    // Over a result, the swap contradicts.
    let j = judged("Brazil were beaten by Peru in the final on Sunday.", "Brazil beat Peru in the final on Sunday.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // A passive claim: the agent the sentence adds takes no one's role.
    let j = judged("The new vaccine was approved by regulators for children on Monday.", "The new vaccine was approved for children on Monday.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A passive claim against an active sentence in the same order: the sentence's first
    // term is the one who acted, the claim's the one acted on.
    let claim = "Welterweight Omar Sadik was beaten by Pavel Grint in Leeds.";
    let j = judged("Omar Sadik beats Pavel Grint in Leeds to retain his belt", claim);
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Not against the sentence's own passive, which keeps the roles, nor a headline's
    // passive without "was", the other term in another clause.
    let j = judged("Omar Sadik was beaten in the sixth round in Leeds, by Pavel Grint", claim);
    assert!(!roles_swapped(&j), "{j:?}");
    let j = judged("Omar Sadik beaten in sixth round in Leeds as Pavel Grint retains belt", claim);
    assert!(!roles_swapped(&j), "{j:?}");
}

#[test]
fn cause_and_effect_exchanged_in_other_words_is_no_support() {
    let claim = "Long commutes lead to weight gain in office workers.";
    let j = judged("Weight gain in office workers raises the risk of long commutes, the survey suggests.", claim);
    assert!(roles_swapped(&j), "{j:?}");
    assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
    // Intransitive or passive, the order turns round again.
    let j = judged("Weight gain in office workers increases with long commutes, the survey found.", claim);
    assert!(!roles_swapped(&j), "{j:?}");
    let j = judged("Long commutes raise the risk of weight gain in office workers, the survey found.", claim);
    assert!(!roles_swapped(&j), "{j:?}");
    // Over a setting the verb is intransitive: "increased during the war".
    let j = judged("Energy prices in Europe increased sharply during the war, officials said.", "The war increased energy prices in Europe sharply.");
    assert!(!roles_swapped(&j), "{j:?}");
}

#[test]
fn a_negation_over_words_the_claim_does_not_match_is_no_support() {
    let claim = "The drug Velmora improved survival in patients with lung cancer.";
    let j = judged("Patients with lung cancer who received Velmora did not live any longer than those on placebo.", claim);
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Patients with lung cancer who received Velmora lived longer than those on placebo.", claim);
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A negation in another clause, after a semicolon, is about something else.
    let claim = "A strong earthquake struck the coast of Peru.";
    let j = judged("A strong earthquake struck the coast of Peru; no tsunami warning was issued.", claim);
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_movement_the_other_way_is_no_support() {
    let j = judged("Customs data show the grain was shipped from Odesa to Istanbul in May.", "The grain was shipped from Istanbul to Odesa in May.");
    assert!(roles_swapped(&j), "{j:?}");
    assert_eq!(j.stances[0], Stance::Mentions, "{j:?}");
    let j = judged("Customs data show the grain was shipped from Istanbul to Odesa in May.", "The grain was shipped from Istanbul to Odesa in May.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // Arriving in a place ends a movement there, the word of moving between the two places.
    let j = judged(
        "Officials said volunteers from Tarvos arrived in the Melki border zone on Friday.",
        "Volunteers travelled from the Melki border zone to Tarvos.",
    );
    assert!(roles_swapped(&j), "{j:?}");
    let j = judged(
        "Officials said volunteers from Tarvos arrived in the Melki border zone on Friday.",
        "Volunteers travelled from Tarvos to the Melki border zone.",
    );
    assert!(!roles_swapped(&j), "{j:?}");
    // Two movements, one each way, swap nothing.
    let j = judged("Thousands of refugees from Syria who fled to Turkey have returned to Syria this year.", "Refugees returned from Turkey to Syria.");
    assert!(!roles_swapped(&j), "{j:?}");
    // A range is no movement: both ways round say the same.
    let j = judged("Power cuts hit homes from Odesa to Kharkiv on Monday night.", "Power cuts hit homes from Kharkiv to Odesa on Monday night.");
    assert!(!roles_swapped(&j), "{j:?}");
}

#[test]
fn a_comparison_made_the_other_way_round_contradicts() {
    let j = judged("Copper, at 8.9 grams per cubic centimetre, is denser than iron.", "Iron is denser than copper.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Girls in the survey were about twice as likely as boys to walk to school.", "Boys were twice as likely as girls to walk to school.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // "as likely as" alone is an equality; scaled down, the other way round says the same.
    let j = judged("Girls in the survey were as likely as boys to walk to school.", "Boys were as likely as girls to walk to school.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Girls in the survey were half as likely as boys to walk to school.", "Boys were twice as likely as girls to walk to school.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Iron is denser than copper, the handbook says.", "Iron is denser than copper.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // What was once believed is not what the sentence says is so.
    let j = judged("The Nile was long thought to be longer than the Amazon.", "The Amazon is longer than the Nile.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn another_day_of_the_week_for_the_same_act_contradicts() {
    let claim = "The two ministers held their phone call on Monday night.";
    let j = judged("The ministry said on Friday that the two ministers held a phone call on Tuesday night.", claim);
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Date), "{j:?}");
    assert_eq!(j.cue.as_deref(), Some("Tuesday vs Monday"));
    // The claim's day named too: the other day is another event's.
    let j = judged("The two ministers held a phone call on Monday night and met on Tuesday.", claim);
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // The day it was said is not the day it happened.
    let j = judged("The two ministers said Friday that they held a phone call.", claim);
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // A day far from what the claim says dates something else.
    let j = judged("On Thursday, after weeks of tension and many failed attempts at contact, the two ministers held a phone call.", claim);
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Unless the claim is about the saying: then the day it was said is the claim's act's.
    const SAID: &str = "The ambassador said on Monday that rebel troops had crossed the river into the province.";
    let j = judged(SAID, "The ambassador made his claim that rebel troops had crossed the river into the province on Saturday.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Date), "{j:?}");
    let j = judged(SAID, "Rebel troops crossed the river into the province on Saturday, the ambassador's office confirmed.");
    assert_ne!(j.reason, Reason::Date, "{j:?}");
    let j = judged(SAID, "The ambassador said rebel troops had crossed the river into the province on Saturday.");
    assert_ne!(j.reason, Reason::Date, "{j:?}");
    let j = judged(SAID, "The ambassador told reporters on Saturday that rebel troops had crossed the river into the province.");
    assert_eq!(j.reason, Reason::Date, "{j:?}");
}

#[test]
fn a_headline_calling_the_story_false_needs_less_of_its_wording() {
    let singer = "The pop singer died in a car crash after a late party with old school friends.";
    let cruz = "Singer Lena Cruz is retiring from music after her farewell tour of South America.";
    // (sentence, claim, whether it is a denial)
    for (text, claim, denial) in [
        // Under half the claim's words: too little for support, enough to be called false.
        ("Pop singer died in crash, fans wrote online.", singer, false),
        ("Reports that the pop singer died in a car crash are a hoax.", singer, true),
        // The predicate word said before a report noun: "X death report a hoax".
        ("Tom Hale death report a hoax, says his manager", "Veteran radio presenter Tom Hale has died.", true),
        // Past quotes and intensifiers, with a fifth of the claim's words; not past a hedge.
        ("Lena Cruz's rep slams retirement rumours as 'completely false'", cruz, true),
        ("Kettle Ridge bear cub adoption story is a hoax, rangers say", "A bear cub was adopted by wolves in Kettle Ridge National Park.", true),
        ("Lena Cruz's rep calls retirement rumours 'probably false'", cruz, false),
        // A label calls what follows it false.
        ("Fake: video of kangaroo boxing police officer was made with CGI", "A video shows a kangaroo boxing a police officer in Sydney.", true),
    ] {
        let j = judged(text, claim);
        assert_eq!((j.stances[0], j.reason) == (Stance::Denial, Reason::Denial), denial, "{text}: {j:?}");
    }
    // (Too little for support: a mention.)
    assert_eq!(judged("Pop singer died in crash, fans wrote online.", singer).stances[0], Stance::Mentions);
}

#[test]
fn calling_a_report_false_refutes_it() {
    let j = judged("Reports that the mayor resigned on Friday are incorrect, says a city spokesman.", "The mayor resigned on Friday.");
    assert_eq!((j.stances[0], j.reason), (Stance::Denial, Reason::Denial));
    assert_eq!(j.cue.as_deref(), Some("incorrect"));
    let j = judged("Rumours that the singer died in a crash are a hoax.", "The singer died in a crash.");
    assert_eq!(j.stances[0], Stance::Denial);
    let j = judged("Reports that the mayor resigned on Friday are not false.", "The mayor resigned on Friday.");
    assert_ne!(j.stances[0], Stance::Denial, "a negated falsity is no denial");
    // A claim shown false by others' evidence ("discredited", "disproved").
    let j = judged("Claims that the old bridge had been built by the Romans were discredited by a survey.", "The old bridge was built by the Romans.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    // A report retracted is withdrawn as false; a thing retracted is only pulled in.
    let j = judged(
        "A 2019 report of fossil bacteria inside the meteorite was retracted after the structures proved to be minerals.",
        "Fossil bacteria were found inside the meteorite.",
    );
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged(
        "The plane's landing gear was retracted shortly after take-off from Heathrow.",
        "The plane's landing gear went up shortly after take-off from Heathrow.",
    );
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
    // Said of a person or a thing, not of a statement.
    let j = judged("The company's discredited chief executive resigned on Friday.", "The company's chief executive resigned on Friday.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // A negated claim: calling its opposite false supports it, calling the negated
    // statement itself false denies it.
    let claim = "Camels never store water in their humps.";
    let j = judged("Claims that camels store water in their humps are a myth, zoologists say.", claim);
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("The belief that camels never store water in their humps is a myth, zoologists say.", claim);
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    // And calling the negated statement false supports the claim without the negation.
    let j = judged("The belief that camels never store water in their humps is a myth, zoologists say.", "Camels store water in their humps.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // (A negation in another clause is not what is called false.)
    let j = judged("Camels never store water in their humps: why the hump myth persists", claim);
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
}

#[test]
fn rejecting_a_deal_is_an_act_not_a_denial() {
    let j = judged("The union rejected the pay offer from the rail operators on Friday.", "The rail operators made a pay offer to the union.");
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("The ministry rejected reports that troops had crossed the border on Friday.", "Troops crossed the border on Friday.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
}

#[test]
fn what_a_sentence_says_only_inside_a_denial_it_does_not_assert() {
    const TEXT: &str =
        "The mining company has publicly backed the new port and said it would pay for dredging, but denied dumping waste or tailings into the bay.";
    let j = judged(TEXT, "The mining company has been dumping tailings into the bay near the new port.");
    assert_eq!(j.stances, vec![Stance::Denial], "{j:?}");
    assert_eq!(j.cue.as_deref(), Some("denied"));
    // What the sentence asserts outside the denial it still supports.
    let j = judged(TEXT, "The mining company has publicly backed the new port.");
    assert_eq!(j.stances, vec![Stance::Supports], "{j:?}");
}

#[test]
fn a_passive_or_pronoun_denial_denies_what_was_said_before_it() {
    // No "by": before, what was denied was looked for after the cue, found empty, and the
    // sentence supported what it calls debunked.
    let claim = "The new drug cures baldness in men.";
    let j = judged("The claim that the new drug cures baldness in men has been debunked.", claim);
    assert_eq!((j.stances[0], j.reason), (Stance::Denial, Reason::Denial), "{j:?}");
    let j = judged("Reports that the new drug cures baldness in men were denied on Friday.", claim);
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("Asked about reports that the new drug cures baldness in men, the maker denied them.", claim);
    assert_eq!((j.stances[0], j.speaker.as_deref()), (Stance::Denial, Some("the maker")), "{j:?}");
    // A report noun elsewhere in the sentence is not what a passive denial denies.
    let j = judged("The man, who faces charges of fraud, was denied bail on Monday.", "The man faces charges of fraud.");
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
    // A thing denied is an act on it, not a denial of something said.
    let j = judged("His visa to enter the country was denied on Friday.", "His visa to enter the country was granted on Friday.");
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
}

#[test]
fn denials_name_who_denied() {
    let j = judged("Ankara denied sending fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.");
    assert_eq!((j.stances[0], j.reason), (Stance::Denial, Reason::Denial));
    assert_eq!(j.speaker.as_deref(), Some("Ankara"));
    let j = judged("Ankara has not denied sending fighters to Azerbaijan.", "Turkey sent fighters to Azerbaijan.");
    assert_ne!(j.stances[0], Stance::Denial, "'has not denied' is no denial");
}

#[test]
fn among_articles_the_name_a_claim_opens_with_must_be_said() {
    // Every article names Helmand, so the name weighs little in the coverage; a sentence about
    // Pakistan's own borders still says nothing of where Helmand lies.
    let texts = [
        "Fighting in Helmand entered a third day. Iran has a defence pact with Pakistan, which also hosts a large naval base within its borders.",
        "Helmand has been run by its own council since 1994. The talks on Helmand stalled again.",
        "Refugees left Helmand by the thousand. Aid groups in Helmand asked for a truce. The province fought a short war with Kandahar in 1992.",
    ];
    let c = Corpus::new(
        texts.iter().enumerate().map(|(i, t)| Article { id: format!("a{i}"), title: "T".into(), text: (*t).into(), ..Default::default() }).collect(),
    )
    .unwrap();
    let index = Index::build(&c);
    let judged_in = |claim: &str, sentence: &str| {
        let claim = Claim::analyse(claim);
        let found = find_evidence(&index, &c, &claim, MENTION_MIN, None);
        let hit = found.hits.iter().find(|h| found.sentences[&h.sentence].text.contains(sentence)).expect("the sentence");
        judge(&index, &claim, hit, &found.sentences[&hit.sentence])
    };
    let judged = |claim: &str| judged_in(claim, "naval base");
    let j = judged("Helmand lies within Pakistan's borders.");
    assert_eq!(j.stances, [Stance::Mentions], "{j:?}");
    // Said of its own subject, the same words support.
    let j = judged("Pakistan hosts a large naval base within its borders.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // A sentence naming no other place says it of the claim's, in other words.
    let j = judged_in("Helmand fought a short war with Kandahar in 1992.", "The province");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
}

#[test]
fn a_city_the_claim_puts_its_act_in_is_not_said_by_a_sentence_naming_another() {
    let claim = "Mayor Ines Darrow opened the new library in Lyon.";
    let j = judged("Mayor Ines Darrow, a Paris native, opened the new library on Monday.", claim);
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    let j = judged("Mayor Ines Darrow opened the new library in Lyon on Monday.", claim);
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // A sentence naming no city leaves the claim's where to the rest of its article.
    let j = judged("Mayor Ines Darrow opened the new library on Monday.", claim);
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
}

#[test]
fn a_denial_not_made_takes_no_side() {
    // "has not denied" is no admission, and no negation of what was not denied.
    for (text, claim) in [
        ("Norland has not denied sending troops into the border zone.", "Norland sent troops into the border zone."),
        ("The club has not denied reports that it sacked its coach.", "The club sacked its coach."),
    ] {
        let j = judged(text, claim);
        assert_eq!(j.stances, [Stance::Mentions], "{text}: {j:?}");
    }
    // A denial made still is one.
    let j = judged("Norland has denied sending troops into the border zone.", "Norland sent troops into the border zone.");
    assert_eq!(j.stances, [Stance::Denial], "{j:?}");
}

#[test]
fn to_de_escalate_tensions_is_to_ease_them() {
    // (Not "escalate" against "ease": the table in `conflicts_name_their_kind` has ease/mount.)
    let j = judged("Varnia and Ostrel agreed to de-escalate tensions on Tuesday.", "Tensions between Varnia and Ostrel eased on Tuesday.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn a_headlines_count_said_with_another_act_is_not_the_claims() {
    let claim = "Seven people died in the Rhine ferry accident.";
    assert_ne!(judged("Rhine ferry accident: 7 injured, rescuers say", claim).stances, [Stance::Supports]);
    assert_ne!(
        judged("Twenty injured in crush at Bellport stadium concert", "Twenty people were arrested at the Bellport stadium concert.").stances,
        [Stance::Supports]
    );
    // Its own act, or the claim's in other words, is the claim's count.
    assert_eq!(judged("Rhine ferry accident: 7 dead, rescuers say", claim).stances, [Stance::Supports]);
    assert_eq!(judged("Rhine ferry accident: 7 drowned, rescuers say", claim).stances, [Stance::Supports]);
}

#[test]
fn a_winner_the_sentence_places_behind_another_did_not_win() {
    let claim = "Marta Soule won the Kestrel City marathon.";
    for text in [
        "Ilse Varga wins Kestrel City marathon; Marta Soule third",
        "Kestrel City marathon: Ilse Varga takes title, Marta Soule runner-up",
        "Ilse Varga wins the Kestrel City marathon ahead of Marta Soule",
        "Ilse Varga wins Kestrel City marathon; Marta Soule finishes third",
        "Ilse Varga wins Kestrel City marathon as Marta Soule concedes",
    ] {
        assert_eq!(judged(text, claim).stances, [Stance::Contradicts], "{text}");
    }
    // (Nor a verb's place or a concession followed by more: another race, or what she
    // conceded.)
    for text in [
        "Last year Marta Soule came second; this year she won the Kestrel City marathon.",
        "Marta Soule conceded that the Kestrel City marathon was hard, but she won it.",
    ] {
        assert_ne!(judged(text, claim).stances, [Stance::Contradicts], "{text}");
    }
    // (A place of something else after the verb is none of hers.)
    assert_ne!(judged("Ilse Varga wins Kestrel City marathon; Marta Soule finishes third race of season", claim).stances, [Stance::Contradicts]);
    // A place the claim itself gives, or the winner named first, is no conflict.
    assert_ne!(
        judged("Ilse Varga wins Kestrel City marathon; Marta Soule silver", "Marta Soule won silver at the Kestrel City marathon.").stances,
        [Stance::Contradicts]
    );
    assert_ne!(judged("Marta Soule wins Kestrel City marathon ahead of Ilse Varga", claim).stances, [Stance::Contradicts]);
    // Nor a place of something else, a time, or a poll.
    assert_ne!(judged("Kestrel City marathon: Marta Soule third win in a row sealed", claim).stances, [Stance::Contradicts]);
    assert_ne!(judged("Roads close in Kestrel City ahead of Marta Soule's marathon victory parade", claim).stances, [Stance::Contradicts]);
}

#[test]
fn a_comparison_said_the_other_way_round_and_turned_round_says_the_same() {
    // The compared things trade places and one side turns it round ("less", or the opposite
    // word): the same comparison, no swap and no opposite.
    let (text, claim) = ("Fresh water is less dense than brine, so it floats on top.", "Brine is denser than fresh water.");
    let j = judged(text, claim);
    assert_eq!(j.stances, [Stance::Supports], "{text} / {claim}: {j:?}");
    // (Where the opposite word says what the claim says of its things, the rules see the
    // things and not that word: no position of theirs, the model's to take; and no
    // contradiction.)
    for (text, claim) in [
        ("The Arctic Ocean is considerably smaller in area than the Indian Ocean.", "The Indian Ocean is larger than the Arctic Ocean."),
        ("Sedentary adults had a higher rate of gout than those who walked daily.", "People who walked daily had lower rates of gout than sedentary adults."),
    ] {
        let j = judged(text, claim);
        assert_eq!(j.stances, [Stance::Mentions], "{text} / {claim}: {j:?}");
    }
    // Traded places alone, or turned round alone, still rule it out; an opposite elsewhere in
    // the sentence turns nothing.
    for (text, claim) in [
        ("Fresh water is denser than brine, the survey notes.", "Brine is denser than fresh water."),
        ("The Indian Ocean is smaller than the Arctic Ocean.", "The Indian Ocean is larger than the Arctic Ocean."),
        ("Ganymede, the largest moon, is still smaller than Mercury in mass.", "Ganymede is smaller than Mercury."),
    ] {
        let j = judged(text, claim);
        let expected = if text.starts_with("Ganymede") { Stance::Supports } else { Stance::Contradicts };
        assert_eq!(j.stances, [expected], "{text} / {claim}: {j:?}");
    }
    // "less" turns round only a comparison of the same word, asserted: not "hotter than" against
    // "less dense than", nor a hedged one.
    for (text, claim) in [
        ("Venus is less dense than Mercury, the survey notes.", "Venus is hotter than Mercury."),
        ("Some researchers suggest brine may be less dense than fresh water.", "Brine is denser than fresh water."),
    ] {
        let j = judged(text, claim);
        assert_ne!(j.stances, [Stance::Contradicts], "{text} / {claim}: {j:?}");
    }
}

#[test]
fn a_count_of_what_another_count_of_the_claim_counts_is_no_other_number() {
    // "hundreds of wounded" is the claim's "hundreds hurt", not another number of its killed.
    let text = "Dozens of dead and hundreds of wounded in the Varo floods since Sunday, officials said.";
    let j = judged(text, "Dozens have been killed and hundreds hurt in the Varo floods since Sunday.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // Another number of the same still conflicts.
    let j = judged(text, "Dozens have been killed and thousands hurt in the Varo floods since Sunday.");
    assert_eq!((j.stances.as_slice(), j.reason), ([Stance::Contradicts].as_slice(), Reason::Number), "{j:?}");
}

#[test]
fn a_denied_report_of_another_version_contradicts_without_denying_the_claim() {
    // What the aide denied is the 4,000 the envoy gave; a claim of 400 is contradicted by the
    // report, and nobody is reported denying the 400.
    let text =
        "Chile's envoy in Madrid said on Monday that Peru had sent around 4,000 fighters from Bolivia, an assertion denied by an aide to Peru's president.";
    let j = judged(text, "Chile's envoy in Madrid said Peru had sent around 400 fighters from Bolivia.");
    assert_eq!((j.stances.as_slice(), j.reason), ([Stance::Contradicts].as_slice(), Reason::Number), "{j:?}");
    let j = judged(text, "Chile's envoy in Madrid made his claim about fighters from Bolivia on Friday.");
    assert_eq!(j.stances, [Stance::Contradicts], "{j:?}");
    // The same version, denied: the report and its denial both stand.
    let j = judged(text, "Peru sent around 4,000 fighters from Bolivia.");
    assert!(j.stances.contains(&Stance::Denial), "{j:?}");
}

#[test]
fn denying_a_negation_asserts_what_it_negates() {
    let text = "The airline denied that it would stop flying to Oslo.";
    // The rumour denied is the claim: a denial, not support of a claim negated by "stop".
    let j = judged(text, "The airline will stop flying to Oslo.");
    assert_eq!(j.stances, [Stance::Denial], "{j:?}");
    let j = judged(text, "The airline will not fly to Oslo.");
    assert_eq!(j.stances, [Stance::Denial], "{j:?}");
    // Denying that it would stop says it keeps flying.
    let j = judged(text, "The airline will keep flying to Oslo.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // So "reports that P were denied".
    let j = judged("Reports that the airline would stop flying to Oslo were denied by its chief executive.", "The airline will stop flying to Oslo.");
    assert_eq!(j.stances, [Stance::Denial], "{j:?}");
    // A negation of other words than the claim's is of something else: the denial stands.
    let j = judged(
        "Reports that Ostrander, which has not filed accounts for two years, would sell its shipping arm were denied by its owner.",
        "Ostrander will sell its shipping arm.",
    );
    assert_eq!(j.stances, [Stance::Denial], "{j:?}");
    let j = judged("Kestrel Motors denied that it would stop making diesel cars.", "Kestrel Motors will end production of diesel cars.");
    assert_ne!(j.stances, [Stance::Supports], "{j:?}");
}

#[test]
fn the_count_beside_the_claims_act_is_its_count() {
    // The claim's number said of another act, and another number said of the claim's act.
    let cases = [
        ("Two hikers died and five were rescued after the avalanche near Valmoor.", "Five hikers died in the avalanche near Valmoor."),
        ("Eleven workers were trapped in the Ostra tunnel collapse, and four of them died.", "Eleven workers died in the Ostra tunnel collapse."),
        ("Ferry fire off Kelso: 30 passengers brought ashore, 6 killed", "Thirty passengers were killed in the ferry fire off Kelso."),
    ];
    for (text, claim) in cases {
        let j = judged(text, claim);
        assert_eq!((j.stances.as_slice(), j.reason), ([Stance::Contradicts].as_slice(), Reason::Number), "{text} / {claim}: {j:?}");
    }
    // The count of the act itself agrees; and "one" of a group counts no act of the claim's.
    let j = judged("Five hikers died and two were rescued after the avalanche near Valmoor.", "Five hikers died in the avalanche near Valmoor.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    let j = judged("Three boys are playing in a garden near Valmoor, one climbing a tree.", "Three boys are playing in a garden near Valmoor.");
    assert_ne!(j.stances, [Stance::Contradicts], "{j:?}");
    // The act's own count decides where another clause counts another act.
    let j = judged("One person was killed and three wounded by shelling in the town of Velka, officials said.", "Three people were wounded in Velka.");
    assert_eq!(j.stances, [Stance::Supports], "{j:?}");
    // Nor an age after the act, nor a count of people where the claim counts something else.
    let j = judged("Two fishermen died in the Orsk gale, among them skipper Ana Dahl, who died at 64.", "Two fishermen died in the Orsk gale.");
    assert_ne!(j.stances, [Stance::Contradicts], "{j:?}");
    let j = judged("Three people died in the Tarn stable fire, along with twenty horses.", "Twenty horses died in the Tarn stable fire.");
    assert_ne!(j.stances, [Stance::Contradicts], "{j:?}");
}

#[test]
fn both_counts_two() {
    // "both sides" says "the two sides"; the bare "thousands" counts the losses.
    let j = judged(
        "Losses among civilians in the Varn valley run into the thousands on both sides, aid groups said.",
        "Civilian losses in the Varn valley on the two sides run into the thousands.",
    );
    assert_ne!(j.stances, [Stance::Contradicts], "{j:?}");
}

#[test]
fn an_appeal_is_a_call_and_going_separate_ways_a_split() {
    // Said in other words, a negated claim is contradicted and a plain one supported.
    let j = judged("The two leaders called for calm in a joint statement on Monday.", "The two leaders made no appeal for calm.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Folk trio Marrow Lane have gone their separate ways after a decade, the band said.", "Folk trio Marrow Lane have not split up.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Folk trio Marrow Lane went their separate ways in May, their label said.", "Folk trio Marrow Lane have split up.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // (Not "parted ways with their manager": a split with someone else.)
    let j = judged("Folk trio Marrow Lane parted ways with their manager in May.", "Folk trio Marrow Lane have split up.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
}

/// The rules' judgements of every candidate of `text` for `claim` (a sentence that points back
/// to another is judged with that one's matches).
fn judged_all(text: &str, claim: &str) -> Vec<Judgement> {
    let c = Corpus::new(vec![Article { id: "a".into(), title: "T".into(), text: text.into(), ..Default::default() }]).unwrap();
    let index = Index::build(&c);
    let claim = Claim::analyse(claim);
    let found = find_evidence(&index, &c, &claim, MENTION_MIN, None);
    found.hits.iter().map(|hit| judge(&index, &claim, hit, &found.sentences[&hit.sentence])).collect()
}

#[test]
fn a_claim_that_a_report_was_verified_is_contradicted_by_it_could_not_be() {
    let text = "Local media said the harbour master was arrested on Friday at his home in Pell. It was not possible to verify the report independently.";
    for claim in [
        "The harbour master's arrest at his home has been independently confirmed.",
        "Reports that the harbour master was arrested were verified.",
        "Independent checks confirmed the report that the harbour master was arrested at his home.",
    ] {
        let js = judged_all(text, claim);
        assert!(js.iter().any(|j| (j.stances[0], j.reason) == (Stance::Contradicts, Reason::Negation)), "{claim}: {js:?}");
    }
    // The report itself is not contradicted by it, and a denial after it is no answer to its
    // verification.
    let js = judged_all(text, "The harbour master was arrested on Friday at his home in Pell.");
    assert!(!js.iter().any(|j| j.stances.contains(&Stance::Contradicts)), "{js:?}");
    let js = judged_all(
        "Local media said the harbour master was arrested on Friday at his home in Pell. His office denied this.",
        "The harbour master's arrest at his home has been independently confirmed.",
    );
    assert!(!js.iter().any(|j| j.stances.contains(&Stance::Denial)), "{js:?}");
    // The report as the subject of a hedge phrase of not confirming points back too.
    let unverified = "Local media said the harbour master was arrested on Friday at his home in Pell. The claim could not be verified.";
    let js = judged_all(unverified, "The harbour master's arrest at his home has been independently confirmed.");
    assert!(js.iter().any(|j| j.stances[0] == Stance::Contradicts), "{js:?}");
    // Someone who confirmed it is a speaker, as in "The police confirmed …".
    let js = judged_all(text, "The harbour master's arrest at his home was confirmed by the police.");
    assert!(!js.iter().any(|j| j.stances.contains(&Stance::Contradicts)), "{js:?}");
    // A denial of the report itself still answers its verification.
    let js = judged_all(
        "Local media said the harbour master was arrested on Friday at his home in Pell. His office denied the report.",
        "The report that the harbour master was arrested at his home was confirmed.",
    );
    assert!(js.iter().any(|j| j.stances.contains(&Stance::Denial)), "{js:?}");
}

#[test]
fn another_letter_of_a_series_is_another_member() {
    // A letter names one of a series as a number does ("Type 1", "Type 2").
    let j = judged("Pellagra results from a deficiency of vitamin B3 and is treated with vitamin D.", "Pellagra is treated with vitamin A.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    let j = judged("Hepatitis A spreads mostly through contaminated water in Velmar.", "Hepatitis B spreads mostly through contaminated water in Velmar.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{j:?}");
    // The claim's letter said too is no conflict, nor a headline's capitalised article.
    let j = judged("Pellagra is treated with vitamin A and vitamin D.", "Pellagra is treated with vitamin A.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Velmar Police Find A Missing Hiker Alive", "Velmar police found the missing hiker alive.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Nor the claim's letter listed after another ("A and B"), or numbered ("B12").
    let j = judged("The Velmar shot protects against hepatitis A and B.", "The Velmar shot protects against hepatitis B.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Tests in Velmar found vitamin B12 deficiency, and vitamin D levels were normal.", "Tests in Velmar found vitamin B deficiency.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // A numbered member of the claim's is one too: "vitamin B12" against "vitamin C" or
    // "vitamin B6", not against its letter alone.
    for text in ["Pellagra results from too little vitamin C in the diet.", "Pellagra results from too little vitamin B6 in the diet."] {
        let j = judged(text, "Pellagra is caused by a lack of vitamin B12.");
        assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::List), "{text}: {j:?}");
    }
    let j = judged("Pellagra results from too little vitamin B in the diet.", "Pellagra is caused by a lack of vitamin B12.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // A numbered code of the claim's said anywhere is said.
    let j = judged("Velto posted record revenue in Q3, and strong Q4 guidance.", "Velto posted strong Q3 revenue.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn calling_an_idea_folklore_calls_it_false() {
    let j =
        judged("The idea that hedgehogs carry apples on their spines is pure folklore; they eat insects and worms.", "Hedgehogs carry apples on their spines.");
    assert_eq!(j.stances[0], Stance::Denial, "{j:?}");
    // Folklore as a subject calls nothing false, nor "not just folklore".
    let j = judged("The museum of Velmar folklore says hedgehogs carry apples on their spines.", "Hedgehogs carry apples on their spines.");
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("That hedgehogs carry apples on their spines is folklore the Velmar museum studies.", "Hedgehogs carry apples on their spines.");
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
    let j = judged("Willow bark easing joint pain is not just folklore: a trial in Velmar found it reduced pain.", "Willow bark eases joint pain.");
    assert_ne!(j.stances[0], Stance::Denial, "{j:?}");
}

#[test]
fn a_year_dating_another_named_thing_is_no_other_year_for_the_claim() {
    // 1991 dates the collapse of the Old Union, not Velmar's becoming the capital.
    let j =
        judged("The collapse of the Old Union in 1991 raised fears that Kessa would become a regional power.", "Velmar became the capital of Kessa in 1923.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // The claim's own act in another year still conflicts, on an occasion too.
    let j = judged("Velmar became the capital of Kessa in 1930.", "Velmar became the capital of Kessa in 1923.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
    let j = judged("The Velmar bridge was destroyed in a 1944 air raid.", "The Velmar bridge was destroyed in 1943.");
    assert_eq!((j.stances[0], j.reason), (Stance::Contradicts, Reason::Number), "{j:?}");
}

#[test]
fn a_title_before_a_name_says_what_the_claim_says_the_person_is() {
    // "Ministry spokeswoman Ada Brook" has the ministry before her: no roles traded.
    let text = "Velm Health Ministry spokeswoman Ada Brook posted a video of the new clinic.";
    let j = judged(text, "Ada Brook is the spokeswoman for the Velm Health Ministry.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // An act still has its roles: the ministry did the criticising.
    let j = judged("The Velm Health Ministry criticised Ada Brook over the clinic.", "Ada Brook criticised the Velm Health Ministry over the clinic.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_sentence_whose_counts_are_none_of_the_claims_does_not_support_it() {
    // "deaths" against "were killed": the rules cannot compare the two counts, and the
    // sentence's own do not give the claim's.
    let text = "Local radio said four villagers were killed and several injured in the landslide near Orvo.";
    let j = judged(text, "Local radio reported nine villager deaths in the landslide near Orvo.");
    assert!(!j.stances.contains(&Stance::Supports), "{:?}", j.stances);
    // Counts that add up to the claim's give it.
    let j = judged("Two boys and one girl were rescued from the flooded cave near Orvo.", "Three children were rescued from the flooded cave near Orvo.");
    assert!(j.stances.contains(&Stance::Supports), "{:?}", j.stances);
}

#[test]
fn a_country_the_claim_names_after_its_act_must_be_said_where_others_are() {
    let text = "The Velm trade ministry said Chilean and Peruvian copper was being shipped to the port.";
    let j = judged(text, "The Velm trade ministry named Bolivia as the country shipping copper to the port.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    // Said, it supports; and a country in the claim's subject may go unnamed.
    let j = judged(
        "The Velm trade ministry said Bolivia was shipping copper to the port.",
        "The Velm trade ministry said Bolivia was shipping copper to the port.",
    );
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn another_thing_of_the_claims_name_is_not_the_claims() {
    // "Lake Kessel" shares "Lake" with "Lake Orvona": another lake, no support.
    let claim = "Ships sail across Lake Orvona.";
    assert_ne!(judged("Ships sail across Lake Kessel.", claim).stances[0], Stance::Supports);
    assert_eq!(judged("Ships sail across Lake Orvona in summer.", claim).stances[0], Stance::Supports);
    // Before the shared word a title may stand for a first name: the same person.
    let claim = "Emmanuel Macron visited the Orvik shipyard.";
    assert_eq!(judged("President Macron visited the Orvik shipyard on Tuesday.", claim).stances[0], Stance::Supports);
    let claim = "Prime Minister Hal Brenner visited the Orvik shipyard.";
    assert_ne!(judged("Prime Minister Ada Lorne visited the Orvik shipyard on Tuesday.", claim).stances[0], Stance::Supports);
    // Another title before the same name names the same person.
    let claim = "Orvik CEO Ada Lorne said the shipyard would close.";
    assert_eq!(judged("Orvik Chief Ada Lorne said the shipyard would close.", claim).stances[0], Stance::Supports);
}

#[test]
fn withdrawing_from_what_the_claim_says_takes_place_contradicts_it() {
    let claim = "The Kelby choir will sing at the royal wedding.";
    let j = judged("The Kelby choir has withdrawn from the royal wedding after a row over fees.", claim);
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Not where someone withdraws from something else.
    let j = judged("The Kelby choir will sing at the royal wedding after the bishop withdrew from the service.", claim);
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
    // Nor withdrawing from something else there, nor from what the claim says is left.
    let j = judged("The Kelby choir has withdrawn from the rehearsal dinner at the royal wedding.", claim);
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("Varnia has pulled out of the grain deal.", "Varnia will leave the grain deal.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
    // Nor where the word of absence is the claim's act in other words ("axes" for "fired").
    let j = judged("Valdoria's leader axes defence minister Ruben Alto.", "The leader of Valdoria has fired defence minister Ruben Alto.");
    assert_ne!(j.stances[0], Stance::Contradicts, "{j:?}");
}

#[test]
fn a_prize_that_went_to_the_winner_and_a_qualifier_said_after_its_noun_swap_no_roles() {
    // "went to" / "awarded to" put the winner after the prize, as a passive's "by" does.
    for text in ["The Varro Prize for fiction went to Ada Lorne for her second novel.", "The Varro Prize was awarded to Ada Lorne for her second novel."] {
        let j = judged(text, "Novelist Ada Lorne has won the Varro Prize.");
        assert!(!roles_swapped(&j), "{text}: {:?}", j.cue);
    }
    // (Not "was awarded to … by …": the one after "by" gave it.)
    let j = judged("The medal was awarded to Ada Lorne by Tom Reyes.", "Ada Lorne awarded the medal to Tom Reyes.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    // (Nor "went to" someone's home: a visit the other way round.)
    let j = judged("Hal Brenner went to Ada Lorne's home.", "Ada Lorne visited Hal Brenner.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
    // "a new hall for sports clubs had been built": "sports" qualifies the hall in both.
    let j = judged("Officials said a new hall for sports clubs had been built by the council.", "The council has built a new sports hall.");
    assert!(!roles_swapped(&j), "{:?}", j.cue);
    assert_eq!(j.stances[0], Stance::Supports);
}

#[test]
fn unrelated_to_negates_what_follows() {
    let j =
        judged("The outbreak at the Orvik farm was unrelated to the new feed, inspectors said.", "The outbreak at the Orvik farm was caused by the new feed.");
    assert_eq!(j.stances[0], Stance::Contradicts, "{j:?}");
    let j = judged("The Varro fox is unrelated to wolves despite its name.", "The Varro fox is not a wolf.");
    assert_eq!(j.stances[0], Stance::Supports, "{j:?}");
}

#[test]
fn a_name_said_only_inside_what_someone_denies_is_not_asserted() {
    // "Orvik" stands only in what the spokesman rejects: no support of the pullout.
    let j = judged("An army spokesman rejects reports of a pullout from Orvik port.", "Government troops have withdrawn from the port of Orvik.");
    assert_ne!(j.stances[0], Stance::Supports, "{j:?}");
}
