//! Quotes whose speaker is named (or a pronoun for a name) in ways the
//! main cues miss: a pronoun for a surname the entity finder did not know.

use super::*;

#[test]
fn he_is_an_unknown_surname_opening_the_sentence_before() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"])];
    let text = "Tom Hale picked the home team. Marsh defied the question, and \
                made no choice. “Either team could win it, honestly,” he said.";
    assert_eq!(speakers(text, specs), [some("Marsh")]);
}

#[test]
fn an_adverb_after_the_unknown_surname_changes_nothing() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"])];
    let text = "Marsh openly admitted his pick was political. “With an eye to \
                the primary, the visitors,” he said.";
    assert_eq!(speakers(text, specs), [some("Marsh")]);
}

#[test]
fn an_unknown_group_is_still_nobody() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"])];
    let text = "Tom Hale picked the home team. Democrats defied the question. \
                “Either team could win it, honestly,” they said.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_participle_with_an_object_pronoun_hands_on_the_quote() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text = "Jane Roe clashed with Tom Hale during the hearing, chiding him, \
                “What difference, at this point, does it make?”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "Tom Hale wrote to Jane Roe on Monday, telling her, “You are an \
                all-star player and we need you for the long run!”";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
}

#[test]
fn what_a_person_stands_for_is_their_phrase() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text = "Jane Roe supports “appropriate pay raises” for federal workers.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "At one point, Roe coached Tom Hale to “breathe, breathe, breathe.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn reported_advocacy_stays_the_reporters() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Acme Group", O, &[])];
    let text = "The Acme Group ran an ad on Monday. It said that Jane Roe supports \
                “job-killing taxes” and more.";
    assert_ne!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn rarer_speech_verbs_beside_a_quote() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text = "“An awful lot of analysts said no, and she proved them wrong,” \
                remembered Tom Hale, the firm's former spokesman.";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
    let text = "During the debate, Jane Roe cracked, “I am a progressive who gets \
                things done.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn the_object_pronoun_of_a_participle_is_not_the_speaker() {
    // The subject's name is not one the text knows: the person the pronoun
    // stands for is still never credited.
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"])];
    let text = "Former Minister of Sport Jane Roe famously clashed with Hale during \
                the hearing, chiding him, “What difference does it make?”";
    assert_ne!(speakers(text, specs), [some("Tom Hale")]);
}
