use super::*;
use crate::loader::attribution::tokens::tokenize;

fn text_of(t: &str, s: Subject) -> String {
    match s {
        Subject::Name(r)
        | Subject::Pronoun(r, _)
        | Subject::OrgNoun(r)
        | Subject::Described(r)
        | Subject::Sentence(r) => t[r.start..r.end].to_string(),
        Subject::Body(r) => format!("body:{}", &t[r.start..r.end]),
        Subject::Document(r) => format!("document:{}", &t[r.start..r.end]),
        Subject::Press(r) => format!("press:{}", &t[r.start..r.end]),
        Subject::Campaign(r) => format!("campaign:{}", &t[r.start..r.end]),
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

mod forms;
