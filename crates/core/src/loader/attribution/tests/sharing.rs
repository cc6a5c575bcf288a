//! Pronouns, continuation, scare quotes and the other rules that pass a
//! speaker between quotes.

use super::*;

#[test]
fn pronouns_follow_the_latest_speaker_across_paragraphs() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("John Doe", P, &["Doe"])];
    let text = "“We will win,” said Jane Roe.\n\nThe vote is on Monday. “It is close,” she said.\n\nJohn Doe disagreed. “It is not close,” he said.";
    assert_eq!(
        speakers(text, specs),
        [some("Jane Roe"), some("Jane Roe"), some("John Doe")]
    );
    // With no speaker yet, the latest person mentioned.
    assert_eq!(
        speakers(
            "Jane Roe spoke on Monday.\n\n“We will win,” she said.",
            specs
        ),
        [some("Jane Roe")]
    );
    // He said, "…" before the quote.
    assert_eq!(
        speakers("John Doe spoke. He said, “We will win.”", specs),
        [some("John Doe")]
    );
}

#[test]
fn same_paragraph_continuation() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let r = attributed("“A is true,” said Roe. “B is also true.”", specs);
    assert_eq!(r[1].1, some("Jane Roe"));
    assert_eq!(r[1].2, Some(CueRule::Continuation));
    let r = attributed(
        "“Even if they want” to help, “they cannot,” Roe said. “C is true.”",
        specs,
    );
    assert_eq!(
        r.iter().map(|x| x.1.clone()).collect::<Vec<_>>(),
        [some("Jane Roe"), some("Jane Roe"), some("Jane Roe")]
    );
}

#[test]
fn cross_paragraph_continuation() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "“A is true,” said Roe. “B goes on and on.\n\n“C is the end of it.”";
    let r = attributed(text, specs);
    assert_eq!(r[2].1, some("Jane Roe"));
    assert_eq!(r[2].2, Some(CueRule::Continuation));
    // Backwards: the cue is in the continuing paragraph.
    let text = "“A goes on and on for a while.\n\n“B ends here,” Roe said.";
    assert_eq!(speakers(text, specs), [some("Jane Roe"), some("Jane Roe")]);
    // A whole-quote paragraph that is not a continuation stays unattributed.
    let text = "“A is true,” said Roe.\n\n“B is another thing entirely.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe"), None]);
}

#[test]
fn scare_quotes_get_no_speaker() {
    let specs: &[Spec] = &[("Kim", P, &[]), ("Jane Roe", P, &["Roe"])];
    assert_eq!(
        speakers(
            "Kim visited the so-called “Kim Il Sung house” on Monday.",
            specs
        ),
        [None]
    );
    assert_eq!(
        speakers(
            "It was a participant in the “six-party talks” for years.",
            specs
        ),
        [None]
    );
    assert_eq!(
        speakers(
            "“We will win,” said Roe. It joined the “six-party talks” in 2003.",
            specs
        ),
        [some("Jane Roe"), None]
    );
    // A title.
    assert_eq!(
        speakers(
            "In a post called 'Hands that cure, words that heal', Roe recalls it.",
            specs
        ),
        [None]
    );
}

#[test]
fn unnamed_speaker_blocks_attribution() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Roe spoke first. “We do not recognize it,” said a defense ministry spokesman.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn fragment_in_indirect_speech() {
    let specs: &[Spec] = &[("Henry Paulson", P, &["Paulson"])];
    let text = "Henry Paulson explained. He said that the government was buying loans \"to restore confidence\".";
    assert_eq!(speakers(text, specs), [some("Henry Paulson")]);
}

#[test]
fn total_on_odd_input() {
    for t in [
        "“",
        "”,” said",
        "said “",
        "“a” said, “b” :“c”",
        ": “x”",
        "“é” said É.",
        "“x,” according to",
    ] {
        let _ = attributed(t, &[]);
    }
}

#[test]
fn a_paragraph_about_he_keeps_him_when_it_names_another() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("John Doe", P, &["Doe"])];
    let text =
        "“We will win,” said John Doe.\n\nHe met Jane Roe on Monday. “It went well,” he said.";
    assert_eq!(speakers(text, specs), [some("John Doe"), some("John Doe")]);
}

#[test]
fn a_paragraph_ending_in_a_cue_and_colon_hands_on_its_speaker() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"])];
    let text = "Speaking in Leeds, Hale called the result “a triumph”. He then added:\n\n\
                “We will govern for everyone, not only those who voted for us.”";
    assert_eq!(speakers(text, specs), [some("Tom Hale"), some("Tom Hale")]);
    // No cue before the colon: nobody.
    let text = "Hale called the result “a triumph”. The list of demands:\n\n\
                “Free transport for every pupil in the county.”";
    assert_eq!(speakers(text, specs), [some("Tom Hale"), None]);
}

#[test]
fn a_persons_statement_speaks_for_them() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"])];
    let text = "Tom Hale’s statement read: “I am stepping aside for the good of the party.”";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
    let text = "Tom Hale's letter said the cuts were “a betrayal of every nurse”.";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
    // People read books; a title is no speech.
    let text = "Tom Hale read “War and Peace” twice.";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn adding_after_a_quote_keeps_the_sentences_speaker() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"])];
    let text = "Hale also said that voters had “spoken clearly”, adding: “We accept the result.”";
    assert_eq!(speakers(text, specs), [some("Tom Hale"), some("Tom Hale")]);
}

#[test]
fn a_persons_clause_ending_a_paragraph_in_a_colon_gives_the_next_quote() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "When the mill closed in 1998, Jane Roe released the following statement:\n\n\
                “We offer our condolences to every family in the valley.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "Jane Roe echoed:\n\n“The valley deserves better than this.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn a_short_sentence_of_speaker_and_verb_gives_the_quote_after_it() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text = "Tom Hale thinks the plan will pass. Leeds University's Jane Roe agreed. \
                “Mainstream members are running out of time to find another plan.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // A longer sentence with more after the verb is no cue.
    let text = "Jane Roe agreed to meet the voters in Leeds on Monday. \
                “Mainstream members are running out of time to find another plan.”";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn a_sentence_ending_in_where_the_words_were_given_gives_the_quote_after_it() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "Sen. Jane Roe (R-Ohio), a candidate who has made the issue a centerpiece of \
                her campaign, tweeted a warning. “Remember in November who blocked the bill.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "Jane Roe said in a statement. “There are no ballots to recount.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    // What follows the verb is its content, not where it was said.
    let text = "Jane Roe said the vote was over. “There are no ballots to recount.”";
    assert_eq!(speakers(text, specs), [None]);
}
