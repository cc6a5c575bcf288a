//! Partial quotes put in someone's mouth by a verb of judging, and full
//! statements set off by a colon after a person's action.

use super::*;

#[test]
fn judged_as_gives_the_judge_and_the_statement_after_it() {
    let specs: &[Spec] = &[("Transport Ministry", O, &[]), ("Jane Roe", P, &[])];
    let text = "The Transport Ministry described the closure, which Jane Roe had \
                ordered, as “temporary” in a statement: “The line will reopen once \
                repairs are finished.”";
    assert_eq!(
        speakers(text, specs),
        [some("Transport Ministry"), some("Transport Ministry")]
    );
}

#[test]
fn a_passive_judgement_is_the_agents_and_else_a_scare_quote() {
    let specs: &[Spec] = &[("Unity Party", O, &[]), ("Tom Hale", P, &["Hale"])];
    let text = "Hale, who was branded “a traitor” by the Unity Party, resigned.";
    assert_eq!(speakers(text, specs), [some("Unity Party")]);
    let text = "Hale, who was branded “a traitor” last year, resigned.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_person_acting_before_a_colon_is_quoted() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &[])];
    let text = "Jane Roe, the governor, met Tom Hale on Monday. In a letter, she \
                thanked the rescuers: “You went where nobody else would go.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "The banner above the gate read: “Workers of the world, unite and win.”";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn praise_whose_object_is_the_quote() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "The mayor, Jane Roe, thanked “every volunteer who turned out”.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn the_police_speak_as_a_body_and_keep_their_clause() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"])];
    let text = "Officers arrested Tom Hale in what the police called a “targeted” attack.";
    assert_eq!(speakers(text, specs), [some("police")]);
    // The agent of a passive inside a relative clause says only that
    // clause's quote, not a later phrase of the sentence.
    let text = "Hale, who was described as “volatile” by the police, had called \
                his brother a “traitor” online.";
    assert_eq!(speakers(text, specs), [some("police"), None]);
    // Other bodies need a named organisation.
    let text = "Officers arrested Tom Hale in what the ministry called a “targeted” attack.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn bare_police_said_is_the_named_force_or_the_police() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"]), ("Kent Police", O, &[])];
    let text = "Tom Hale was “known to officers”, police said.";
    assert_eq!(speakers(text, &specs[..1]), [some("police")]);
    let text = "Kent Police arrested Tom Hale. He was “armed”, police said.";
    assert_eq!(speakers(text, specs), [some("Kent Police")]);
}

#[test]
fn a_label_right_before_the_quote_beats_a_verb_after_it() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"]), ("Leeds Golf Club", O, &[])];
    let text = "In 2009, under what Mr. Hale called “the old model,” the Leeds Golf Club, \
                a private course, charged a large fee.";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
}

#[test]
fn praise_or_blame_for_a_quoted_reason_is_the_subject_s_words() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Acme", O, &[])];
    let text = "Roe blasted Acme for its “outrageous practices” in the town.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "Roe dismissed the whole report as “absurd.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // Not a reason: the quote names where it happened.
    let text = "Roe blasted Acme at the “Harbour Lights” hall.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_name_owning_a_noun_for_words_says_the_quote() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "The staff asked for a raise. Roe’s response was: “Not this year.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "The staff asked for a raise. Roe’s blunt reply: “Not this year.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // Another noun is no cue.
    let text = "The staff asked for a raise. Roe’s office was: “Not this year.”";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_relative_clause_labelling_the_quote_is_its_subject_s() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text = "Roe attacked Hale, who Roe on Wednesday called “a despicable human being.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "Jane Roe backed the council's accreditation bodies, which she called “a cartel for education.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // A name after a preposition is no subject.
    let text = "The town screened a film by Roe called “A Cartel for Education.”";
    assert_eq!(speakers(text, specs), [None]);
}
