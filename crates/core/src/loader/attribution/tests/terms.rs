//! Quoted terms, names and labels that nobody says.

use super::*;

#[test]
fn a_term_held_up_by_name_has_no_speaker() {
    let specs: &[Spec] = &[("Health Agency", O, &[])];
    let text = "The Health Agency announced the new label for the strain: “XR-7” \
                will replace its working designation “nX-2020.”";
    assert_eq!(speakers(text, specs), [None, None]);
    let text = "Fans spread the hashtag “SaveTheShow” after the Health Agency said it would act.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_short_quote_as_a_clause_subject_is_a_term_but_speech_is_not() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Roe said on Monday that “net zero” was a goal, not a slogan.";
    assert_eq!(speakers(text, specs), [None]);
    let text = "Roe said on Monday that the plan was “a goal, not a slogan.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "Roe said trades made at 2 PM “or just before” will be void.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "“It is done,” Roe said.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn titles_of_works_and_groups_are_no_speech_or_speakers() {
    let specs: &[Spec] = &[("Rita Moss", P, &["Moss"])];
    let text = "Moss, who starred in “The Long Night”, said she was delighted.";
    assert_eq!(speakers(text, specs), [None]);
    let text = "Critics have dubbed the plan “Mosscare”, a name she later embraced.";
    assert_eq!(speakers(text, specs), [None]);
    // Speech after a preposition is still speech when it reads as words.
    let text = "Moss said that, in her words, the plan was “dead on arrival”.";
    assert_eq!(speakers(text, specs), [some("Rita Moss")]);
}

#[test]
fn a_show_named_after_its_owner_is_a_title_not_speech() {
    let specs: &[Spec] = &[("Rita Moss", P, &["Moss"])];
    let text = "Moss said on ABC’s “Good Morning America” that she would run.";
    assert_eq!(speakers(text, specs), [None]);
    let text = "“We will run,” Moss told CNN’s “New Day.”";
    assert_eq!(speakers(text, specs), [some("Rita Moss"), None]);
    let text = "Moss told NBC's “Meet the Press,” that the race was open.";
    assert_eq!(speakers(text, specs), [None]);
    let text = "Moss said on CNN’s “The Lead with Jake Tapper” that she would run.";
    assert_eq!(speakers(text, specs), [None]);
    // A sentence after a possessive is still speech: not title case, or
    // longer than a title that ends a sentence.
    let text = "Moss said Ohio’s “voters will decide this race.”";
    assert_eq!(speakers(text, specs), [some("Rita Moss")]);
    let text = "Moss said Ohio’s “Voters Will Decide This Race Now.”";
    assert_eq!(speakers(text, specs), [some("Rita Moss")]);
}

#[test]
fn a_title_case_quote_in_prose_is_a_title_whatever_verb_is_near() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Roe wrote “The Art of the Long Deal,” a memoir that sold well in the \
                years after she left the bank, she said.";
    assert_eq!(speakers(text, specs), [None]);
    let text = "“This Week With Tom Hale,” Roe said, was where she would explain the plan.";
    assert_eq!(speakers(text, specs), [None]);
    // Speech with lowercase words keeps its speaker.
    let text = "“We are going to win so much,” Roe said at the rally in Leeds.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // Capitals throughout are shouting, not a title.
    let text = "Roe boasted about the turnout. “GROWING PARTY,” she declared in a post.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn short_speech_with_lowercase_words_is_no_title() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "The group changed its name in the spring. “Nusra is Al Qaeda,” Ms. Roe said.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text =
        "The shift felt less dramatic. “It’s not new in Virginia,” said Jane Roe at the time.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn a_title_after_the_noun_for_its_work_is_not_speech() {
    let specs: &[Spec] = &[("Rita Moss", P, &["Moss"])];
    let text = "Her family stayed, Moss said in her 2012 book, “The Art of War.” So they did.";
    assert_eq!(speakers(text, specs), [None]);
    let text = "Moss said on the show “Fox and Friends” that she would run.";
    assert_eq!(speakers(text, specs), [None]);
    // Words from the book are still hers.
    let text = "Moss wrote in her book, “we never thought we would stay here.”";
    assert_eq!(speakers(text, specs), [some("Rita Moss")]);
}

#[test]
fn a_determiner_cut_off_by_the_quote_is_nobody() {
    let specs: &[Spec] = &[("Rita Moss", P, &["Moss"])];
    let text = "Moss has a tax plan. According to her “clawback” plan, firms must repay aid.";
    let got = speakers(text, specs);
    assert!(
        got.iter().all(|s| s.as_deref() != Some("her")),
        "a person called `her`: {got:?}"
    );
    let text = "Moss has a tax plan. According to the “clawback” plan, firms must repay aid.";
    assert_eq!(speakers(text, specs), [None]);
}
