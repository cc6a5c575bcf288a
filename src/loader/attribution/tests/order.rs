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
