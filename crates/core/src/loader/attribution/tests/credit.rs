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

#[test]
fn a_credit_closing_the_quote_in_its_own_paragraph() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    // A straight mark with no partner in its paragraph.
    let text =
        "Economists disagree.\n\n\"We may see a return of budget talk as the race goes on.\n\n\
                Jane Roe, Unity Institute.\"";
    assert_eq!(speakers(text, specs)[0], some("Jane Roe"));
    // Curly marks, re-opened on the credit's paragraph.
    let text =
        "Economists disagree.\n\n“We may see a return of budget talk as the race goes on.\n\n\
                “Jane Roe, Unity Institute.”";
    assert_eq!(speakers(text, specs)[0], some("Jane Roe"));
    // A paragraph going on as a sentence is no credit.
    let text =
        "Economists disagree.\n\n“We may see a return of budget talk as the race goes on.\n\n\
                “Roe thinks so too.”";
    assert_eq!(speakers(text, specs)[0], None);
}
