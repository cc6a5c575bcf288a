//! Which cue wins when a quote has one on each side: the sentence the
//! quote belongs to decides, not the nearer verb.

use super::*;

#[test]
fn the_next_sentence_naming_nobody_leaves_the_quote_to_its_speaker() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    // `The memo indicated` opens a new sentence about a document no one
    // tied to anybody: the quote stays with the one who reported it.
    let text = "In a 2012 memo, Roe reported, “Conditions remain unpredictable.” \
                The memo indicated more staff would be needed.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // A named speaker after the quote still wins (`“…?” asked Roe`).
    let specs: &[Spec] = &[
        ("Jane Roe", P, &["Roe"]),
        ("Moscow", EntityKind::Place, &[]),
    ];
    let text = "As Moscow denies — “why would you not raise it?” asked Roe.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn a_verb_with_a_colon_after_a_quote_introduces_the_next_one() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text = "Roe wrote of the mayor: “Your plan is still failing us.” Hale posted: \
                “The mayor welcomed them all and this is the result.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe"), some("Tom Hale")]);
    // Without the colon the verb is this quote's cue.
    let text = "The mayor spoke. “Your plan is still failing us.” Hale posted.";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
}

#[test]
fn a_new_statement_after_the_quote_leaves_it_to_the_left_cue() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    // The sentence after the quote says something of its own.
    let text = "In a letter, Roe asserted that “trust in the council is broken.” \
                Senator Tom Hale said Wednesday he, too, wants an inquiry.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "Roe added that “we have been electing them for a long time.” \
                Analyst Tom Hale agreed that the shift was real.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // A sentence that only says who spoke still credits the quote.
    let text = "The mayor spoke first. “Trust in the council is broken.” Hale said on Tuesday.";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
}

#[test]
fn a_described_name_opening_the_next_sentence_is_the_speaker() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text = "Roe “vehemently backs the banks. Does that fly?” former city adviser \
                Tom Hale asked on Twitter.";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
}

#[test]
fn when_asked_after_a_quote_names_no_other_speaker() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Roe had previously said, “We’ll see,” when asked whether she would run.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn went_on_to_say_takes_the_subject_of_the_first_verb() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Roe joked that Leeds was her answer, but went on to say, “There are places \
                that are dangerous.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn an_inverted_name_filling_the_clause_after_its_verb_speaks() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Leeds Post", O, &[])];
    let text = "Because of how the calendar was drawn, explained Roe, “with this thing \
                over by March, it is hard.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // The one spoken to is no speaker.
    let text = "Tom Hale, who was on the slate, told Leeds Post, “Of the three, I like Roe.”";
    assert_ne!(speakers(text, specs), [some("Leeds Post")]);
}

#[test]
fn a_description_then_the_name_set_off_after_a_quote_speaks() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "“Is the mayor going to resign? If not she should go!” the presumptive \
                Labour nominee, Jane Roe, tweeted Sunday after the vote.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}
