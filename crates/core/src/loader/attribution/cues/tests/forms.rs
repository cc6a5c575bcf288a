//! Speaker forms around the verb: descriptions before the name, party
//! tags, labels, credit lines, `X of Y`, inverted `Said X`.

use super::*;

#[test]
fn a_lowercase_description_before_the_name_after_the_verb() {
    assert_eq!(
        who(right(" said former city adviser Jane Roe.")),
        "Jane Roe"
    );
    assert_eq!(
        who(right(
            " said conservative activist Tom Hale, who backs no one."
        )),
        "Tom Hale"
    );
    assert_eq!(
        who(right(
            " said master of ceremonies Ana Ruiz, a local engineer."
        )),
        "Ana Ruiz"
    );
    // A capitalized word before another descriptor only modifies it.
    assert_eq!(
        who(right(" said Unity campaign manager Tom Hale.")),
        "Tom Hale"
    );
    assert_eq!(
        who(right(" said former Gov. Jane Roe of Delaware, a Democrat.")),
        "Gov. Jane Roe"
    );
    // An article or a preposition before the name: not the speaker.
    assert_eq!(who(right(" said a Delaware Republican.")), "<nobody>");
    assert_eq!(
        who(right(" said the former top aide to Governor Jane Roe.")),
        "<nobody>"
    );
}

#[test]
fn a_party_tag_appositive_is_no_name_and_its_period_ends_no_sentence() {
    assert_eq!(
        who(left(
            "Sen. Jane Roe, R-Wis., said in an op-ed before the hearing,"
        )),
        "Sen. Jane Roe"
    );
    assert_eq!(who(right(" Roe, D-Calif., said.")), "Roe");
    let t = "Roe, R-Wis., said";
    let toks = tokenize(t, 0, t.len());
    assert!(!toks.iter().any(|t| t.sentence_end()), "{toks:?}");
}

#[test]
fn a_second_verb_after_and_shares_the_sentence_subject() {
    let t = "Roe called on her to resign from her post and said,";
    let toks = tokenize(t, 0, t.len());
    let m = left_cue(&toks).map(|m| m.subject);
    assert!(matches!(m, Some(Subject::Sentence(_))), "{m:?}");
    let t = "Roe confirmed it and later said,";
    let toks = tokenize(t, 0, t.len());
    let m = left_cue(&toks).map(|m| m.subject);
    assert!(matches!(m, Some(Subject::Sentence(_))), "{m:?}");
}

#[test]
fn an_inverted_clause_after_a_phrase_names_the_speaker() {
    assert_eq!(
        who(right(
            " in the 2008 primary, said Leeds University professor Jane Roe."
        )),
        "Jane Roe"
    );
}

#[test]
fn a_quote_without_closing_punctuation_still_reaches_its_speaker() {
    let t = " and against the new law, Roe said.";
    let toks = tokenize(t, 0, t.len());
    let m = right_cue(&toks, false, false).map(|m| text_of(t, m.subject));
    assert_eq!(m.as_deref(), Some("Roe"));
    let t = " Roe said.";
    let toks = tokenize(t, 0, t.len());
    let m = right_cue(&toks, false, false).map(|m| text_of(t, m.subject));
    assert_eq!(m.as_deref(), Some("Roe"));
    // The verb must close the sentence: here Roe reports something else.
    let t = " and the crowd left before Roe said it was over.";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(right_cue(&toks, false, false), None);
}

#[test]
fn a_long_title_opening_the_next_sentence_is_its_speaker() {
    let t = " US Senator Jane Roe said as she opened the vote.";
    let toks = tokenize(t, 0, t.len());
    let m = right_cue(&toks, false, true).map(|m| text_of(t, m.subject));
    assert_eq!(m.as_deref(), Some("US Senator Jane Roe"));
    // A name later in the next sentence is not its subject.
    let t = " The crowd cheered loudly and Roe said nothing.";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(right_cue(&toks, false, true), None);
}

#[test]
fn a_dash_then_a_name_alone_is_a_credit() {
    let credit = |t: &str| {
        let toks = tokenize(t, 0, t.len());
        right_cue(&toks, false, true).map(|m| (text_of(t, m.subject), m.rule))
    };
    assert_eq!(
        credit(" ― Jane Roe"),
        Some(("Jane Roe".to_string(), CueRule::Credit))
    );
    assert_eq!(
        credit(" — Jane Roe, Leeds"),
        Some(("Jane Roe".to_string(), CueRule::Credit))
    );
    assert_eq!(credit(" — Roe’s plan"), None);
    // A verb after the name is the usual cue.
    assert_eq!(
        credit(" — Roe said."),
        Some(("Roe".to_string(), CueRule::SpeechVerb))
    );
}

#[test]
fn a_speaker_label_after_a_topic_dash_or_with_a_party_tag() {
    assert_eq!(who(left("Pollsters agree - Jane Roe:")), "Jane Roe");
    assert_eq!(who(left("Turnout was high — Jane Roe:")), "Jane Roe");
    assert_eq!(who(left("Rep. Jane Roe (R-S.C.):")), "Rep. Jane Roe");
    // Prose before the colon is still no label.
    assert_eq!(
        who(left("as recorded in the Congressional Record:")),
        "<none>"
    );
}

#[test]
fn a_state_abbreviation_or_an_opening_conjunction_is_no_speaker() {
    assert_eq!(
        who(right(
            " Mr. Roe, now 81 and retired in Cambridge, Mass., said."
        )),
        "Mr. Roe"
    );
    assert_eq!(who(right(" Because Roe said.")), "Roe");
}

#[test]
fn a_reflexive_a_but_clause_or_a_possessive_description_keep_the_speaker() {
    assert_eq!(who(left("Roe herself said Tuesday that")), "Roe");
    assert_eq!(
        who(right(
            " added his campaign manager Tom Hale, speaking to reporters."
        )),
        "Tom Hale"
    );
    let t = "Roe did not name her rivals, but told her supporters,";
    let toks = tokenize(t, 0, t.len());
    let m = left_cue(&toks).map(|m| m.subject);
    assert!(matches!(m, Some(Subject::Sentence(_))), "{m:?}");
}

#[test]
fn a_person_of_the_body_is_the_subject_not_the_body() {
    assert_eq!(
        who(right(" Jane Roe of the Unity Institute wrote recently.")),
        "Jane Roe"
    );
    // Without `the`, `of` may be part of a name: the person rule stays out.
    assert_eq!(who(right(" Bank of Leeds said.")), "Leeds");
}

#[test]
fn an_inverted_said_opening_the_sentence() {
    assert_eq!(
        who(left(
            "Said Jane Roe, who grew up with him in the neighborhood,"
        )),
        "Jane Roe"
    );
    // A capitalized verb elsewhere is a name's part, not a verb.
    assert_eq!(who(left("Roe Says")), "<none>");
}

#[test]
fn as_someone_put_it() {
    assert_eq!(who(left("As Jane Roe put it,")), "Jane Roe");
    // `put` alone is no speech.
    assert_eq!(who(left("Roe put the book down and")), "<none>");
}

#[test]
fn a_person_of_a_body_in_an_appositive_or_with_a_title() {
    assert_eq!(
        who(right(" Chancellor Jane Roe of Ruritania said.")),
        "Chancellor Jane Roe"
    );
    assert_eq!(
        who(right(" Jane Roe of Berenberg, a private bank, warned.")),
        "Jane Roe"
    );
    // A body's own name with `of` stays whole, and a title with `of` is
    // the person's.
    assert_eq!(who(right(" Royal Bank of Leeds said.")), "Leeds");
    assert_eq!(
        who(right(" US Secretary of State Jane Roe said.")),
        "State Jane Roe"
    );
}

#[test]
fn a_label_after_a_preposition_and_a_headline_verb_end_a_name() {
    assert_eq!(who(left("From Jane Roe:")), "Jane Roe");
    assert_eq!(who(left("More from Roe:")), "Roe");
    assert!(!who(right(" Jane Roe Asked Men Everywhere said.")).contains("Asked"));
}

#[test]
fn verbs_of_manner_credit_the_quote() {
    assert_eq!(who(right(" an angry Tom Hale retaliated.")), "Tom Hale");
    assert_eq!(
        who(right(" beamed Ana Ruiz of Dover, who came early.")),
        "Ana Ruiz"
    );
    assert_eq!(who(right(" Jane Roe gloated.")), "Jane Roe");
    // A manner verb without a speaker near it credits nobody.
    assert_eq!(who(right(" the crowd roared.")), "<nobody>");
}

#[test]
fn a_spokesperson_speaks_for_the_body_named() {
    assert_eq!(who(right(" an Acme spokeswoman said.")), "body:Acme");
    assert_eq!(
        who(right(" said a spokesman for the Pentagon.")),
        "body:Pentagon"
    );
    assert_eq!(
        who(right(" said a representative for Blue Sky Media.")),
        "body:Blue Sky Media"
    );
    assert_eq!(who(left("Acme’s spokesman said, ")), "body:Acme’s");
    assert_eq!(who(left("A spokesman for Acme said ")), "body:Acme");
    // A named spokesperson is the speaker; a describing word is no body.
    assert_eq!(who(right(" said an Acme spokesman, Tom Hale.")), "Tom Hale");
    assert_eq!(who(right(" a Republican spokesman said.")), "<nobody>");
    assert_eq!(who(right(" said a spokesman.")), "<nobody>");
}

#[test]
fn a_spokesperson_for_a_person_is_not_that_person() {
    // The resolver refuses a person as a body, so the quote stays unnamed
    // rather than going to the one who did not say it.
    assert_eq!(who(left("A spokesman for Jane Roe said ")), "body:Jane Roe");
}

#[test]
fn the_name_heading_an_appositive_chain_speaks_not_the_place_in_it() {
    assert_eq!(
        who(right(
            " Harry Bond, 30, of Dover, Del., who was among those polled, said."
        )),
        "Harry Bond"
    );
    assert_eq!(
        who(right(
            " Jane Roe, during a town hall meeting in Columbus, Ohio, said."
        )),
        "Jane Roe"
    );
    assert_eq!(
        who(right(
            " Tom Hale, who lives outside the state capital, Dover, said."
        )),
        "Tom Hale"
    );
    assert_eq!(
        who(right(" Jane Roe, a teacher from Leeds, England, said.")),
        "Jane Roe"
    );
    // A body after `of` may still speak; a name before the place still does.
    assert_eq!(who(right(" the head of Acme, a bank, said.")), "Acme");
    assert_eq!(
        who(right(" the mayor of Dover, Tom Hale, said.")),
        "Tom Hale"
    );
    assert_eq!(
        who(right(" in Dover, Jane Roe, a teacher, said.")),
        "Jane Roe"
    );
}

#[test]
fn an_inverted_past_tense_opens_with_its_speaker_after_it() {
    assert_eq!(who(left("Continued Roe: ")), "Roe");
    assert_eq!(who(left("Stated Jane Roe, ")), "Jane Roe");
    // A name that is no verb stays a name.
    assert_eq!(who(left("Ted Roe: ")), "Ted Roe");
}

#[test]
fn a_run_on_closed_by_an_inverted_clause_after_a_comma() {
    // The quote ends with no comma of its own: a run-on.
    let t = " in the 2008 primary, said Leeds University professor Paul Hale.";
    let toks = tokenize(t, 0, t.len());
    let m = right_cue(&toks, false, false).map(|m| (text_of(t, m.subject), m.rule, m.verb));
    assert_eq!(who(m), "Paul Hale");
}

#[test]
fn a_party_tag_and_a_comma_between_name_and_verb() {
    assert_eq!(
        who(left("After the vote, Gov. Jane Roe (R-OH), said, ")),
        "Gov. Jane Roe"
    );
}

#[test]
fn a_name_then_an_appositive_of_any_length_then_the_verb() {
    assert_eq!(
        who(right(
            " Tom Hale, the party's chair since 1990 and its longest-serving member by a wide \
             margin after winning the last three primaries in the north, said when asked."
        )),
        "Tom Hale"
    );
    // A sentence end in between: no cue.
    assert_eq!(
        who(right(
            " Tom Hale, the chair. Others agreed with the chair, said Ana Ruiz."
        )),
        "<nobody>"
    );
}

#[test]
fn a_unit_then_a_rank_with_its_ordinal_then_the_person() {
    assert_eq!(
        who(right(" said Air Force 1st Lt. Jane Roe.")),
        "Lt. Jane Roe"
    );
}

#[test]
fn a_person_of_a_body_the_appositive_calls_a_body() {
    assert_eq!(
        who(left(
            "Holger Vance of Berenstal, Leeds's largest private bank, warned that "
        )),
        "Holger Vance"
    );
    // A town is no body: without a given name the person is not proven.
    assert_eq!(
        who(left(
            "Vance Dorn of Berenstal, a town in Kent, warned that "
        )),
        "Berenstal"
    );
}

#[test]
fn an_age_or_role_after_the_article_then_the_name() {
    assert_eq!(who(right(" says the 45-year-old Hale.")), "Hale");
    assert_eq!(
        who(right(" said the veteran analyst Jane Roe.")),
        "Jane Roe"
    );
    // Without a name, the description is resolved later.
    assert_eq!(who(right(" said the 45-year-old.")), "45-year-old");
}
