//! Common nouns for a speaker the text named: the newspaper, a document put
//! out through a campaign, a title given at a person's introduction.

use super::*;

fn rules(text: &str, specs: &[Spec]) -> Vec<(Option<String>, Option<CueRule>)> {
    attributed(text, specs)
        .into_iter()
        .map(|(_, s, r)| (s, r))
        .collect()
}

#[test]
fn the_newspaper_is_the_newspaper_just_named() {
    let specs: &[Spec] = &[("Springfield Times", O, &[]), ("Jane Roe", P, &["Roe"])];
    let text = "The Springfield Times called on Roe to quit.\n\n\
                “She needs to stop blaming others,” the conservative newspaper wrote.";
    assert_eq!(
        rules(text, specs),
        [(some("Springfield Times"), Some(CueRule::Press))]
    );
    let text = "The Springfield Times called on Roe to quit.\n\n\
                “She needs to stop blaming others,” said the newspaper.";
    assert_eq!(speakers(text, specs), [some("Springfield Times")]);
    // Named too far back, or never: another paper may be meant.
    let text = "The Springfield Times called on Roe to quit.\n\nRoe refused.\n\n\
                Her aides agreed.\n\n“She needs to stop blaming others,” the newspaper wrote.";
    assert_eq!(speakers(text, specs), [None]);
    let text = "Roe refused to quit.\n\n“She needs to stop,” the newspaper wrote.";
    assert_eq!(speakers(text, specs), [None]);
    // A name glued to a prefix may be misbounded (`pro-Roe Springfield
    // Times` read as `Roe Springfield Times`).
    let specs: &[Spec] = &[("Roe Springfield Times", O, &[])];
    let text = "The pro-Roe Springfield Times ran editorials.\n\n\
                “She is the one,” the newspaper wrote.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_document_put_out_by_a_campaign_speaks_for_its_candidate() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Jane Roe won. Roe’s campaign sent out an email fundraising appeal on Monday. \
                “Give what you can today,” the email said.";
    assert_eq!(
        rules(text, specs),
        [(some("Jane Roe"), Some(CueRule::CampaignDocument))]
    );
    let text = "Jane Roe is releasing a new 30-second ad.\n\n\
                The ad says “nothing will change until we win.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // Received, not put out.
    let text = "Jane Roe received an email from a voter on Monday. \
                “Give what you can today,” the email said.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_title_given_at_the_introduction_names_the_person_named_last() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let filler = "Turnout was high.\n\n".repeat(7);
    let text = format!(
        "Former Florida Gov. Jane Roe spoke in Miami with Tom Hale.\n\n{filler}\
         “I met voters,” Hale said.\n\nRoe thanked the crowd.\n\n\
         “We will win this state,” the former governor said."
    );
    let got = rules(&text, specs);
    assert_eq!(
        got.last(),
        Some(&(some("Jane Roe"), Some(CueRule::Introduced)))
    );
    // Hale, named last, may be a governor the article never called one.
    let text = format!(
        "Former Florida Gov. Jane Roe spoke in Miami.\n\n{filler}\
         Roe thanked the crowd. Hale spoke next.\n\n\
         “We will win this state,” the governor said."
    );
    let got = rules(&text, specs);
    assert_ne!(got.last().and_then(|x| x.1), Some(CueRule::Introduced));
}

#[test]
fn a_campaign_beside_its_quote_speaks_for_its_candidate() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text =
        "Hale attacked Roe.\n\nRoe’s campaign said in a statement: “We will not be bullied.”";
    assert_eq!(
        rules(text, specs),
        [(some("Jane Roe"), Some(CueRule::Campaign))]
    );
    let text = "The Roe campaign filed its report.\n\n\
                “This income funded our work,” the campaign explained.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // Earlier in the sentence, the campaign did something else.
    let text = "The Roe campaign has denied it, with Hale taking to Twitter to call it \
                “totally delusional” for the claim.";
    assert_ne!(speakers(text, specs), [some("Jane Roe")]);
    // Two Roes: the surname may have gone to the wrong one.
    let specs: &[Spec] = &[("Jane Roe", P, &[]), ("Bill Roe", P, &["Roe"])];
    let text = "Hale attacked them.\n\nMrs. Roe’s campaign said in a statement: “We will win.”";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_transcript_after_its_label_is_the_speaker_quoted_before_it() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "On Tuesday, Gov. Jane Roe said, “We will win this state.”\n\n\
                Transcript as follows:\n\n\
                “Tonight we arrived in the capital. We will win this state.”";
    assert_eq!(
        rules(text, specs),
        [
            (some("Jane Roe"), Some(CueRule::SpeechVerb)),
            (some("Jane Roe"), Some(CueRule::Transcript))
        ]
    );
    // An exchange between several speakers is nobody's alone.
    let text = "On Tuesday, Gov. Jane Roe said, “We will win this state.”\n\n\
                Partial transcript as follows:\n\n\
                “HOST: Will you win? ROE: We will win this state.”";
    assert_eq!(speakers(text, specs)[1], None);
    // Nobody quoted in the paragraph before the label: nobody to credit.
    let text = "On Tuesday, Jane Roe spoke in the capital.\n\n\
                Transcript as follows:\n\n\
                “Tonight we arrived in the capital. We will win this state.”";
    assert_eq!(speakers(text, specs), [None]);
}
