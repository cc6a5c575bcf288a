//! `he`/`she` resolved to the paragraph's subject rather than the first
//! name it happens to mention.

use super::*;

#[test]
fn she_is_the_subject_who_spoke_not_the_outlet_named_first() {
    // The outlet's name looks like a person's to the entity finder.
    let specs: &[Spec] = &[("Vogue", P, &[]), ("Ana Ruiz", P, &["Ruiz"])];
    let text = "Speaking to Vogue, designer Ana Ruiz said the show had been \
                cancelled. She went on to say, “We will be back next spring, \
                with a bigger tent.”";
    assert_eq!(speakers(text, specs), [some("Ana Ruiz")]);
}

#[test]
fn he_is_the_name_that_opens_the_sentence_before() {
    let specs: &[Spec] = &[("Tom Hale", P, &[]), ("Lee Park", P, &[])];
    let text = "Critics praised Tom Hale for the rescue. Lee Park, the fire chief, \
                ordered a review. Later he told reporters: “Nobody here will cut \
                corners again, not on my watch.”";
    assert_eq!(speakers(text, specs), [some("Lee Park")]);
}
