//! Credit lines: `“…” — Jane Roe` and a `- Jane Roe` paragraph under a
//! quote that stands alone.

use super::*;

#[test]
fn an_inline_dash_credit_names_the_speaker() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "“We will not raise taxes.” ― Jane Roe";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "“We will not raise taxes.” — Jane Roe, Leeds";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn a_dash_paragraph_under_a_lone_quote_credits_it() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &[])];
    let text =
        "Tom Hale moderated.\n\n“We will not raise taxes on anyone.”\n\n- Jane Roe, at the debate.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "“We will not raise taxes on anyone.”\n\n-Jane Roe";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn a_dash_that_goes_on_as_a_sentence_is_no_credit() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    // The paragraph is more than the quote.
    let text = "Roe spoke later. She read “the plan” aloud.\n\n- Jane Roe";
    assert_eq!(speakers(text, specs), [None]);
    // The dash line is a sentence about the speaker, not a credit.
    let text = "“We will not raise taxes on anyone.”\n\n— Jane Roe’s plan failed anyway.";
    assert_eq!(speakers(text, specs), [None]);
}
