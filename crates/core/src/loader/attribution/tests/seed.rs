//! The seed article's acceptance, and patterns taken from the dev corpus
//! (rewritten, no corpus sentences).

use super::*;

#[test]
fn seed_article_acceptance() {
    let raw = include_str!("../../../../assets/articles/kim-jong-un-vladivostok.txt");
    let text = crate::loader::text::normalize(raw);
    let blocks = crate::loader::layout::layout(&text).blocks;
    let found = quotes::find(&blocks);
    let specs: &[Spec] = &[
        ("Kim Jong Un", P, &["Kim"]),
        ("Kim Il Sung", P, &[]),
        ("Kim Jong Il", P, &[]),
        ("Bruce Klinger", P, &["Klinger"]),
        ("Mark P. Barry", P, &["Barry"]),
        ("Heritage Foundation", O, &[]),
        ("Vladimir Putin", P, &["Putin"]),
        ("Donald Trump", P, &["Trump"]),
        ("Sergei Lavrov", P, &[]),
        ("Stephen Biegun", P, &[]),
        ("Xi Jinping", P, &["Xi"]),
    ];
    let mut ents = drafts(&blocks, specs);
    let result = attribute(&blocks, &found, &mut ents);
    let by: Vec<(String, Option<String>)> = found
        .iter()
        .zip(&result)
        .map(|(q, a)| {
            (
                blocks[q.span.block].text[q.span.start..q.span.end].to_string(),
                a.as_ref().map(|a| ents[a.entity].name.clone()),
            )
        })
        .collect();
    let count = |n: &str| by.iter().filter(|x| x.1.as_deref() == Some(n)).count();
    assert_eq!(count("Kim Jong Un"), 1, "{by:#?}");
    assert_eq!(count("Bruce Klinger"), 6, "{by:#?}");
    assert_eq!(count("Mark P. Barry"), 1, "{by:#?}");
    for scare in ["Kim Il Sung house", "six-party talks", "sanctions box"] {
        let q = by.iter().find(|x| x.0 == scare).expect(scare);
        assert_eq!(q.1, None, "{scare}");
    }
    assert_eq!(by.len(), 11);
    let klinger: std::collections::BTreeSet<_> = found
        .iter()
        .zip(&result)
        .filter(|(_, a)| {
            a.as_ref()
                .is_some_and(|a| ents[a.entity].name == "Bruce Klinger")
        })
        .map(|(q, _)| q.span.block)
        .collect();
    assert_eq!(klinger.len(), 3);
}

#[test]
fn lead_in_paragraph_reports_the_speaker() {
    let specs: &[Spec] = &[
        ("Bruce Bennett", P, &["Bennett"]),
        ("North Korea", EntityKind::Place, &[]),
    ];
    let text = "Bruce Bennett studies North Korea.\n\nHe also warned that North Korea could build more weapons.\n\n“If they have more than a few, they are not purely defensive.”";
    assert_eq!(speakers(text, specs), [some("Bruce Bennett")]);
    // No report in the paragraph before: no speaker.
    let text = "Bruce Bennett studies North Korea.\n\n“If they have more than a few, they are not purely defensive.”";
    assert_eq!(speakers(text, specs), [None]);
}

#[test]
fn definite_description_resolves_like_a_pronoun() {
    let specs: &[Spec] = &[("Daniel Fernandez", P, &["Fernandez"])];
    let text = "The criticism came from Daniel Fernandez, a bishop.\n\n\"Identity is given at birth, not chosen,\" the Argentine bishop said.";
    let r = attributed(text, specs);
    assert_eq!(r[0].1, some("Daniel Fernandez"));
    assert_eq!(r[0].2, Some(CueRule::Pronoun));
}

#[test]
fn us_political_patterns() {
    let specs: &[Spec] = &[
        ("Nancy Pelosi", P, &["Pelosi"]),
        ("Chuck Schumer", P, &["Schumer"]),
        ("Senate Democrats", O, &[]),
    ];
    let text = "“We will pass it,” Rep. Nancy Pelosi (D-Calif.) said Tuesday.\n\n\
                Schumer said of the bill: “It is a good start.”\n\n\
                “We are not done,” he told reporters. “Not even close.”\n\n\
                Senate Democrats met later. “The vote is set for Friday,” they said.";
    assert_eq!(
        speakers(text, specs),
        [
            some("Nancy Pelosi"),
            some("Chuck Schumer"),
            some("Chuck Schumer"),
            some("Chuck Schumer"),
            some("Senate Democrats")
        ]
    );
}

#[test]
fn through_parse_the_cue_span_is_in_chars() {
    let article = crate::loader::parse("t", "Head\n\nIn Séoul, Kim said, “I come in peace.”\n");
    let q = article
        .quotes
        .iter()
        .find(|q| q.text == "I come in peace.")
        .expect("quote");
    assert_eq!(q.speaker.as_deref(), Some("Kim"));
    let cue = q.cue.as_ref().expect("cue");
    let block = &article.blocks[cue.span.block].text;
    assert_eq!(
        crate::article::char_slice(block, cue.span.start, cue.span.end),
        Some("Kim")
    );
    assert_eq!(cue.verb, "said");
    assert!(article
        .entity("Kim")
        .is_some_and(|e| e.kind == EntityKind::Person));
}

#[test]
fn fragments_share_a_cue_found_by_an_earlier_verb() {
    let specs: &[Spec] = &[("Boris Petrov", P, &["Petrov"])];
    let text = "City assemblyman Boris Petrov weighed in, calling it \"a total defeat\" that \"shows politics and clowning differ.\"";
    assert_eq!(
        speakers(text, specs),
        [some("Boris Petrov"), some("Boris Petrov")]
    );
}

proptest::proptest! {
    #[test]
    fn total_and_in_bounds_on_any_text(s in "[a-zA-Z .,:;\"'“”‘’«»„`()\n\u{a0}é-]{0,160}") {
        let blocks = paras(&s);
        let found = quotes::find(&blocks);
        let mut ents = drafts(&blocks, &[("Ab", P, &[]), ("Cd Ef", O, &["Ef"])]);
        let result = attribute(&blocks, &found, &mut ents);
        proptest::prop_assert_eq!(result.len(), found.len());
        for (q, a) in found.iter().zip(&result) {
            let text = &blocks[q.span.block].text;
            proptest::prop_assert!(q.span.start < q.span.end);
            proptest::prop_assert!(text.get(q.span.start..q.span.end).is_some());
            proptest::prop_assert!(q.open <= q.span.start && q.span.end <= q.close);
            if let Some(a) = a {
                proptest::prop_assert!(a.entity < ents.len());
                let ev = blocks.get(a.evidence.block).and_then(|b| b.text.get(a.evidence.start..a.evidence.end));
                proptest::prop_assert!(ev.is_some_and(|e| !e.is_empty()));
            }
        }
    }
}

#[test]
fn characterisation_and_sentence_after_a_complete_quote() {
    let specs: &[Spec] = &[("Watch Group", O, &[]), ("Daily News", O, &[])];
    let text = "Daily News quotes a \"Senate aide\" as saying: \"The bill ignores the study.\" \
                The Watch Group has called it \"a textbook case of favoritism.\"";
    assert_eq!(speakers(text, specs), [None, None, some("Watch Group")]);
}

#[test]
fn described_speaker_needs_a_mention_with_that_title() {
    let specs: &[Spec] = &[("John Thune", P, &["Thune"]), ("Mark Zandi", P, &["Zandi"])];
    let text = "Sen. John Thune spoke first.\n\n“It is a mess,” said Mark Zandi.\n\n\
                The senator called the proposal “dead on arrival” on Friday.\n\n\
                “We are looking at every option,” the official said.";
    assert_eq!(
        speakers(text, specs),
        [some("Mark Zandi"), some("John Thune"), None]
    );
}

#[test]
fn the_ministry_needs_a_ministry() {
    let specs: &[Spec] = &[
        ("BBC", O, &[]),
        ("Ministry of Health", O, &[]),
        ("Acme Corp", O, &[]),
    ];
    let text = "Ruiz told the BBC it would rebuild.\n\nThe ministry said it was “monitoring the situation closely”.";
    assert_eq!(speakers(text, &specs[..1]), [None]);
    let text = "The Ministry of Health met the BBC.\n\nThe ministry said it was “monitoring the situation closely”.";
    assert_eq!(speakers(text, specs), [some("Ministry of Health")]);
    let text = "Acme Corp lost a case.\n\n“We will appeal,” the company said.";
    assert_eq!(speakers(text, specs), [some("Acme Corp")]);
}
