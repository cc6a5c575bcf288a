//! Which person a cue's subject noun phrase or definite title stands for.

use super::*;

#[test]
fn a_title_resolves_to_the_person_it_is_attached_to() {
    // The entity finder may take the diocese's place name for a person.
    let specs: &[Spec] = &[("Ana Ruiz", P, &[]), ("Tarija", P, &[])];
    let text = "The first objection came from Ana Ruiz, bishop of the Diocese of Tarija.\n\n\
                “Life begins at conception,” the bishop said.";
    assert_eq!(speakers(text, specs), [some("Ana Ruiz")]);
}

#[test]
fn the_head_of_a_long_subject_is_the_name_before_the_verb() {
    let specs: &[Spec] = &[("Unity", P, &[]), ("Jane Roe", P, &["Roe"])];
    let text = "City deputy and Unity member Jane Roe weighed in, calling it “a farce” \
                that “insults every voter.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe"), some("Jane Roe")]);
}

#[test]
fn a_title_with_its_country_still_names_the_person() {
    let specs: &[Spec] = &[("Chile", EntityKind::Place, &[]), ("Ana Ruiz", P, &[])];
    let text = "President of Chile Ana Ruiz will send a bill to congress. \
                The president had called it “a question of dignity”.";
    assert_eq!(speakers(text, specs), [some("Ana Ruiz")]);
}

#[test]
fn a_fragment_in_reported_speech_is_its_own_sentences_speaker() {
    // Neither name is known to the entity finder.
    let specs: &[Spec] = &[("Unity Party", O, &[])];
    let text = "The Unity Party said the count was “a farce”. Its chairman Tom Hale \
                said in a statement that the party “will go to court over every ballot”.";
    assert_eq!(
        speakers(text, specs),
        [some("Unity Party"), some("Tom Hale")]
    );
    let text = "Hale, speaking in Leeds, said the result was “a good night”.";
    assert_eq!(speakers(text, specs), [some("Hale")]);
}

#[test]
fn determiners_and_things_named_after_of_are_no_speakers() {
    let specs: &[Spec] = &[("Charter", EntityKind::Other, &[]), ("Unity Party", O, &[])];
    let text = "Other reports suggested that markets “slowed” their trading.";
    assert_eq!(speakers(text, specs), [None]);
    let text = "Yet section 9 of the Charter states that everyone has “freedom of worship”.";
    assert_eq!(speakers(text, specs), [None]);
    let text = "Officials of the Unity Party said the count was “a farce”.";
    assert_eq!(speakers(text, specs), [some("Unity Party")]);
}

#[test]
fn a_body_or_document_speaks_for_its_possessor_but_a_spokesman_is_unnamed() {
    let specs: &[Spec] = &[
        ("Ruritania", EntityKind::Place, &[]),
        ("Tom Hale", P, &["Hale"]),
    ];
    let text = "Ruritania's foreign ministry said the strike was “an act of war”.";
    assert_eq!(speakers(text, specs), [some("Ruritania")]);
    let text = "Hale's spokesman said the claims were “false”.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn the_n_year_old_is_the_person_given_that_age() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"]), ("Rita Moss", P, &[])];
    let text = "Tom Hale, 45, was arrested after Rita Moss called police.\n\n\
                “I did nothing wrong,” the 45-year-old said.\n\n\
                “Nobody helped,” said the 30-year-old.";
    assert_eq!(speakers(text, specs), [some("Tom Hale"), None]);
}

#[test]
fn a_quote_after_and_said_goes_to_the_sentences_subject() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &[])];
    let text = "Tom Hale spoke first. Roe called on him to resign from his post and said, \
                “His time is up!”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn a_place_speaks_only_by_its_own_name() {
    let specs: &[Spec] = &[("Leeds", EntityKind::Place, &["Leedsian"])];
    let text = "“We are ready,” Leeds said.";
    assert_eq!(speakers(text, specs), [some("Leeds")]);
    let text = "“We are ready,” Leedsian said.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_description_with_no_titled_match_is_the_person_of_the_passage() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Jane Roe defended her plan on her radio show.\n\n\
                “I have known the town for years,” the candidate said.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // An unnamed role is somebody else.
    let text = "Jane Roe defended her plan on her radio show.\n\n\
                “She stands by it,” the spokesman said.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_participle_after_an_earlier_quote_goes_to_the_owner_not_a_body() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"]), ("Facebook", O, &[])];
    let text = "Tom Hale spoke first.\n\nLater, Hale shared a syllabus for a class called \
                “Perception” on his Facebook page, writing “Here is the syllabus for the class \
                you claim never existed.”";
    assert_eq!(speakers(text, specs), [None, some("Tom Hale")]);
}

#[test]
fn a_spokesperson_gives_the_quote_to_the_body_but_never_to_a_person() {
    let specs: &[Spec] = &[("Acme", EntityKind::Other, &[]), ("Jane Roe", P, &["Roe"])];
    let text = "Acme sells tools. Jane Roe buys them.\n\n\
                “We are reviewing it,” an Acme spokeswoman said.\n\n\
                “We disagree,” a spokesman for Roe said.\n\n\
                “No comment,” said a spokesman for Dover Tools.";
    assert_eq!(
        attributed(text, specs)
            .into_iter()
            .map(|(_, s, r)| (s, r))
            .collect::<Vec<_>>(),
        [
            (some("Acme"), Some(CueRule::Spokesperson)),
            (None, None),
            (some("Dover Tools"), Some(CueRule::Spokesperson)),
        ]
    );
}

#[test]
fn a_long_description_with_the_article_stands_for_the_person_of_the_passage() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Jane Roe attacked the judge on Monday.\n\n\
                “The judge has embarrassed us all,” the presumptive Republican presidential \
                nominee wrote.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "Jane Roe attacked the judge on Monday.\n\n\
                “The judge has embarrassed us all,” wrote the retired neurosurgeon.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn a_surname_that_is_also_a_demonym_names_the_known_person() {
    let specs: &[Spec] = &[
        ("Mark Cuban", P, &[]),
        ("Cuba", EntityKind::Place, &["Cuban"]),
    ];
    let text =
        "Mark Cuban owns a team.\n\n“It is too early to tell,” said Cuban, who hosts a show.";
    assert_eq!(speakers(text, specs), [some("Mark Cuban")]);
    // With no such person, the demonym stays a place, which never speaks.
    let specs: &[Spec] = &[("Cuba", EntityKind::Place, &["Cuban"])];
    let text = "Talks began.\n\n“It is too early to tell,” said Cuban, who hosts a show.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_document_speaks_for_whoever_the_article_tied_it_to() {
    let specs: &[Spec] = &[("Acme", O, &[]), ("Jane Roe", P, &["Roe"])];
    let text = "Acme issued a statement on Monday. Roe read it.\n\n\
                “We will appeal,” the statement said.";
    assert_eq!(speakers(text, specs), [some("Acme")]);
    let text = "Roe received a letter from Acme.\n\n“You are fired,” the letter said.";
    assert_eq!(speakers(text, specs), [some("Acme")]);
    // Received, not sent: the letter is nobody's we know.
    let text = "Roe received a letter on Monday.\n\n“You are fired,” the letter said.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_bare_quote_paragraph_after_a_statement_is_put_out_is_the_issuer_s() {
    let specs: &[Spec] = &[("Acme", O, &[]), ("Jane Roe", P, &["Roe"])];
    let text = "On Monday, Acme issued a statement apologizing to Roe for the delay.\n\n\
                “We are deeply sorry for what happened.”";
    assert_eq!(speakers(text, specs), [some("Acme")]);
    // Received, not put out: nobody's we know.
    let text = "On Monday, Roe received a statement about the delay.\n\n\
                “We are deeply sorry for what happened.”";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_sentence_subject_comes_after_its_opening_phrase() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    // The owner of the role is not the subject; the apposed name is.
    let text = "Roe ran. In early May, Roe’s state director, Tom Hale, reached out to \
                the firm, writing in an email: “We want to use this soon.”";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
    // `he` after an opening phrase is the subject, not a name in the object.
    let text = "Tom Hale spoke. Eight years ago, he backed Jane Roe over the mayor and said, \
                “The mayor has never done anything for us.”";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
    // A longer subordinate clause opens the sentence too.
    let text = "Tom Hale spoke. And although he thanked the council and its staff for \
                supporting him, he sounded a rare note of doubt, saying, “I am not sure I deserve it.”";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
}

#[test]
fn a_name_two_of_phrases_before_the_verb_speaks() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Leeds", EntityKind::Place, &[])];
    let text = "As Archbishop Jane Roe of the Unity Church of Leeds told reporters, \
                “We have suffered the same fate.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn who_before_the_verb_stands_for_the_name_before_it() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text = "Hale won the backing of Jane Roe, who declared in the spin room, \
                “It is time to unite.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // Without the comma `who` opens a question, not a relative clause.
    let text = "Hale asked who declared in the spin room, “It is time to unite.”";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_time_phrase_between_name_and_verb_is_read_past() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Roe on Wednesday said “the budget is a disgrace and must go.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "Jane Roe earlier this week told reporters: “The budget must go.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn an_appositive_between_dashes_is_read_like_one_between_commas() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Jane Roe — a teacher from Leeds — says the vote was “a big deal.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "A former candidate -- Jane Roe, who lost the 2008 race -- said the plan \
                “offered no changes to the strategy.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // A description alone between the dashes names nobody.
    let text = "The vote -- a close one -- said little, and it was “a big deal.”";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn two_names_as_one_subject_credit_neither() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text = "Jane Roe and Tom Hale said the vote was “a disgrace to the council.”";
    assert_eq!(speakers(text, specs), [None]);
    let text = "Jane Roe and Tom Hale spoke at the rally.\n\n“We will win the seat in May.”";
    assert_eq!(speakers(text, specs), [None]);
}
