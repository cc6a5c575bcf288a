//! Lines ending in a colon that say whose words follow without a verb:
//! `Here’s Roe in 1992:`, `From Roe’s Facebook post:`, `According to X:`.

use super::*;

#[test]
fn a_presented_speaker_or_their_document_owns_the_quote() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Here’s Roe in December 1992: “Our new direction must rest on the new realities.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "From Roe’s Facebook post: “For the sake of our party we must move on.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // A topic before a colon is no label.
    let text = "Here is the plan for 1992: “Our new direction must rest on the new realities.”";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn according_to_before_a_colon_credits_its_source() {
    // An outlet the article names nowhere else.
    let specs: &[Spec] = &[];
    let text = "According to Newsline: “The senator has had a mixed record on the issue.”";
    assert_eq!(speakers(text, specs), [some("Newsline")]);
}

#[test]
fn a_headline_label_credits_the_quotes_after_its_words() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let body = "\n\nOn Tuesday Gov. Jane Roe spoke about Tom Hale in Leeds.";
    let text = format!("Gov Roe: Hale ‘Not Fit to Serve as Mayor.’{body}");
    let got = attributed(&text, specs);
    assert_eq!(got[0].1, some("Jane Roe"));
    assert_eq!(got[0].2, Some(CueRule::Headline));
    // The name is the object of the headline's sentence, not its label.
    let text = format!("Jane Roe Endorses Tom Hale: I Am ‘Horrified’ By the Vote.{body}");
    assert_eq!(speakers(&text, specs), [None]);
    // A name only the headline has is no label.
    let text =
        "Ann Smith: Hale ‘Not Fit to Serve as Mayor.’\n\nOn Tuesday Tom Hale spoke in Leeds.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_transcript_turn_is_the_person_its_label_names() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("John Hale", P, &["Hale"])];
    let text = "Gov. Jane Roe spoke to John Hale on Sunday.\n\n\
                HALE: Will you sign the bill?\n\n\
                GOV. ROE: We will sign it, and soon.\n\n\
                JOHN HALE: Thank you, governor.";
    assert_eq!(
        attributed(text, specs)
            .into_iter()
            .map(|(_, s, r)| (s, r))
            .collect::<Vec<_>>(),
        [
            (some("John Hale"), Some(CueRule::Turn)),
            (some("Jane Roe"), Some(CueRule::Turn)),
            (some("John Hale"), Some(CueRule::Turn)),
        ]
    );
    // Marked turns, each its label's whoever spoke the paragraph before.
    let text = "Roe and Hale met on Sunday.\n\n\
                “HALE: Will you sign the bill?\n\n\
                “ROE: We will sign it, and soon.”";
    assert_eq!(speakers(text, specs), [some("John Hale"), some("Jane Roe")]);
}

#[test]
fn a_turn_label_naming_nobody_or_several_credits_none() {
    let specs: &[Spec] = &[
        ("Jane Roe", P, &[]),
        ("Bill Roe", P, &[]),
        ("John Hale", P, &[]),
    ];
    // `ROE` could be either Roe; `UPDATE` and `DOE` are nobody here;
    // `JANE HALE` is not John Hale.
    let text = "Jane Roe, Bill Roe and John Hale met.\n\n\
                ROE: We will sign it.\n\n\
                UPDATE: The bill was signed on Monday.\n\n\
                DOE: Thank you.\n\n\
                JANE HALE: I was there.";
    assert_eq!(speakers(text, specs), [None, None, None, None]);
    // Two labels in one turn make an exchange.
    let text = "Hale met them.\n\n“HALE: Will you? ROE: We will.”";
    assert_eq!(speakers(text, specs), [None]);
}
