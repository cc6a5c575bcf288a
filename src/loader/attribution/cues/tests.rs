use super::*;
use crate::loader::attribution::tokens::tokenize;

fn text_of(t: &str, s: Subject) -> String {
    match s {
        Subject::Name(r)
        | Subject::Pronoun(r, _)
        | Subject::OrgNoun(r)
        | Subject::Described(r)
        | Subject::Sentence(r) => t[r.start..r.end].to_string(),
        Subject::Nobody => "<nobody>".to_string(),
    }
}

fn right(t: &str) -> Option<(String, CueRule, String)> {
    let toks = tokenize(t, 0, t.len());
    right_cue(&toks, true, false).map(|m| (text_of(t, m.subject), m.rule, m.verb))
}

fn left(t: &str) -> Option<(String, CueRule, String)> {
    let toks = tokenize(t, 0, t.len());
    left_cue(&toks).map(|m| (text_of(t, m.subject), m.rule, m.verb))
}

fn who(x: Option<(String, CueRule, String)>) -> String {
    x.map_or_else(|| "<none>".into(), |x| x.0)
}

#[test]
fn verb_first_after_quote() {
    assert_eq!(
        who(right(
            " said Bruce Klinger, a watcher at the Heritage Foundation."
        )),
        "Bruce Klinger"
    );
    assert_eq!(who(right(" said American Klinger.")), "American Klinger");
    assert_eq!(
        who(right(
            " said Bell Curve Trading chief strategy expert, Bill Strazzullo."
        )),
        "Bill Strazzullo"
    );
    assert_eq!(
        who(right(" said Delaware senator Edward Kaufman.")),
        "Edward Kaufman"
    );
    assert_eq!(
        who(right(" said the company's chief executive, Jane Roe.")),
        "Jane Roe"
    );
    assert_eq!(
        who(right(" said Klinger of the Heritage Foundation.")),
        "Klinger"
    );
    assert_eq!(
        who(right(" said a defense ministry spokesman.")),
        "<nobody>"
    );
    assert_eq!(who(right(" writes ozoneblue:")), "ozoneblue");
    assert_eq!(
        right(" went on Smith.").map(|x| x.2),
        Some("went on".to_string())
    );
}

#[test]
fn name_first_after_quote() {
    assert_eq!(who(right(" Klinger said.")), "Klinger");
    assert_eq!(who(right(" Klinger later said.")), "Klinger");
    assert_eq!(who(right(" he said, adding more.")), "he");
    assert_eq!(who(right(" it said.")), "it");
    assert_eq!(who(right(" the Argentine bishop has said.")), "bishop");
    assert_eq!(who(right(" said the bishop.")), "bishop");
    assert_eq!(who(right(" States Smith.")), "<none>");
    assert_eq!(who(right(" the company said.")), "company");
    assert_eq!(
        who(right(" Klinger, an analyst at Heritage, said.")),
        "Klinger"
    );
    assert_eq!(who(right(" Smith said in a statement.")), "Smith");
    assert_eq!(
        who(right(" Rep. Nancy Pelosi (D-Calif.) said.")),
        "Rep. Nancy Pelosi"
    );
    assert_eq!(who(right(" Smith, 54, said.")), "Smith");
    assert_eq!(who(right(" said the White House.")), "White House");
    assert_eq!(
        who(right(" said the Heritage Foundation's Bruce Klinger.")),
        "Bruce Klinger"
    );
    assert_eq!(
        right(" according to the Congressional Budget Office.").map(|x| x.0),
        Some("Congressional Budget Office".into())
    );
    assert_eq!(who(right(" he told CNN on Sunday.")), "he");
    assert_eq!(
        who(right(" said Sen. Chuck Schumer, D-N.Y.")),
        "Sen. Chuck Schumer"
    );
    assert_eq!(
        who(right(
            " White House press secretary Karine Jean-Pierre told reporters."
        )),
        "Karine Jean-Pierre"
    );
    assert_eq!(
        right(" according to Jane Roe.").map(|x| x.1),
        Some(CueRule::AccordingTo)
    );
    // No verb: no cue.
    assert_eq!(right(" to provide relief, "), None);
}

#[test]
fn right_cue_needs_a_comma_or_a_complete_sentence_for_name_first() {
    let t = " Smith said nothing about it.";
    let toks = tokenize(t, 0, t.len());
    assert!(right_cue(&toks, false, false).is_none());
    assert!(right_cue(&toks, false, true).is_some());
}

#[test]
fn cue_before_quote() {
    assert_eq!(who(left("In an interview, Kim said, ")), "Kim");
    assert_eq!(who(left("Kim said: ")), "Kim");
    // Through an infinitive, the speaker is the governing verb's subject.
    assert_eq!(who(left("She went on to say, ")), "She");
    assert_eq!(who(left("Kim later went on to say: ")), "Kim");
    assert_eq!(who(left("The judge asked Kim to say: ")), "<nobody>");
    assert_eq!(who(left("He told the Reuters news agency, ")), "He");
    assert_eq!(
        who(left(
            "Chief officer at Fort Pitt Capital Group Charlie Smith said: "
        )),
        "Fort Pitt Capital Group Charlie Smith"
    );
    assert_eq!(
        who(left(
            "Peter Boockvar an equity strategist for Miller Tabak, commented: "
        )),
        "Peter Boockvar"
    );
    assert_eq!(
        who(left(
            "President George W. Bush, speaking at a press conference, said "
        )),
        "President George W. Bush"
    );
    assert_eq!(
        who(left("The bank's CEO, Ken Lewis, said in a statement that ")),
        "Ken Lewis"
    );
    assert_eq!(who(left("Smith pointed out that ")), "Smith");
    // Participles hand the quote to the sentence.
    let (s, rule, verb) = left("Sambur defended the deal, saying, ").unwrap();
    assert_eq!(
        (s.as_str(), rule, verb.as_str()),
        ("Sambur defended the deal,", CueRule::SpeechVerb, "saying")
    );
    assert_eq!(
        who(left("GovExec.com quotes a Senate aide as saying: ")),
        "Senate"
    );
    assert_eq!(who(left("Reuters quoted Jane Roe as saying ")), "Jane Roe");
    assert_eq!(who(left("He was quoted by Reuters as saying ")), "He");
    assert_eq!(who(left("Roe was quoted as saying ")), "Roe");
    // No cue right before the quote.
    assert_eq!(left("visiting the so-called "), None);
    assert_eq!(
        who(left(
            "His talk at the recently concluded re:publica conference, "
        )),
        "<nobody>"
    );
}

#[test]
fn colon_labels() {
    assert_eq!(
        who(left(":Secretary of the Air Force James Roche: ")),
        "Air Force James Roche"
    );
    assert_eq!(
        who(left("Kenya: Mark Kaigwa to Global Voices: ")),
        "Mark Kaigwa"
    );
    assert_eq!(left("Jane Roe: ").map(|x| x.1), Some(CueRule::Colon));
    assert_eq!(left("as recorded in the Congressional Record: "), None);
}

#[test]
fn according_to_and_earlier_verbs() {
    let t = "healers who according to Maria Luiza Benitez are usually ";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(
        according_to(&toks).map(|m| text_of(t, m.subject)),
        Some("Maria Luiza Benitez".into())
    );
    let t = "He said that the government was buying bad loans ";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(
        verb_earlier(&toks).map(|m| text_of(t, m.subject)),
        Some("He".into())
    );
    let t = "The group has called it ";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(
        verb_earlier(&toks).map(|m| text_of(t, m.subject)),
        Some("group".into())
    );
    let t = "Project Oversight has called it ";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(
        verb_earlier(&toks).map(|m| text_of(t, m.subject)),
        Some("Project Oversight".into())
    );
    let t = "banners that said ";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(verb_earlier(&toks), None);
}

#[test]
fn appositives_with_a_hedge_or_after_an_abbreviation() {
    let earlier = |t: &str| {
        let toks = tokenize(t, 0, t.len());
        verb_earlier(&toks).map(|m| text_of(t, m.subject))
    };
    assert_eq!(
        earlier("a caller, apparently Roe, clearly says the mayor "),
        Some("Roe".into())
    );
    assert_eq!(
        earlier("The Unity Party (UP), which rules the city, declared that it was "),
        Some("Unity Party".into())
    );
    assert_eq!(earlier("a caller, apparently angry, says the mayor "), None);
}

#[test]
fn titles() {
    for t in [
        "in a post called ",
        "an entry titled ",
        "The painting is called ",
    ] {
        assert!(title_before(&tokenize(t, 0, t.len())), "{t}");
    }
    assert!(!title_before(&tokenize("has called it ", 0, 14)));
}

#[test]
fn long_and_stacked_appositives() {
    assert_eq!(who(left("Sarah Roe, 45, from Leeds, said: ")), "Sarah Roe");
    assert_eq!(
        who(left("The plan, its critics say, is late, said: ")),
        "<nobody>"
    );
    assert_eq!(
        who(right(
            ", Dr Ana Ruiz, director of the National Institute of Allergy and Infectious Diseases, told MPs."
        )),
        "Dr Ana Ruiz"
    );
    // Far from the quote, a verb with no name before it is no cue.
    assert_eq!(
        who(right(
            ", a phrase that was repeated in the town for many weeks after the storm and that everyone said."
        )),
        "<none>"
    );
}

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
