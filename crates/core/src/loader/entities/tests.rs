//! Behaviour of the whole entity stage on short realistic snippets and on
//! the seed article, split into paragraphs like the placeholder layout.

use super::find;
use crate::article::{Block, BlockKind, EntityKind};
use crate::loader::EntityDraft;

mod classes;
mod companies;
mod credits;
mod docs;
mod evidence;
mod places;
mod roles;
mod seed;
mod surnames;
mod titles;

/// Paragraphs split at blank lines, as the loader's blocks (shared with
/// the word table's tests).
pub(super) fn blocks(text: &str) -> Vec<Block> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| Block {
            kind: BlockKind::Paragraph,
            text: p.to_string(),
        })
        .collect()
}

fn entities(text: &str) -> (Vec<Block>, Vec<EntityDraft>) {
    let b = blocks(text);
    let e = find(&b);
    (b, e)
}

fn get<'a>(es: &'a [EntityDraft], name: &str) -> &'a EntityDraft {
    es.iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:#?}", names(es)))
}

fn names(es: &[EntityDraft]) -> Vec<(String, EntityKind)> {
    es.iter().map(|e| (e.name.clone(), e.kind)).collect()
}

fn has(es: &[EntityDraft], name: &str) -> bool {
    es.iter()
        .any(|e| e.name == name || e.aliases.iter().any(|a| a == name))
}

/// The text at every position of `e`.
fn mentions<'a>(b: &'a [Block], e: &EntityDraft) -> Vec<&'a str> {
    e.positions
        .iter()
        .map(|p| &b[p.block].text[p.start..p.end])
        .collect()
}

#[test]
fn particles_initials_and_suffixes_stay_in_the_name() {
    let (_, es) = entities(
        "Critics compared Ludwig van Beethoven with Charles de Gaulle and Martin Luther King Jr. on stage, said Mark P. Barry.",
    );
    for name in [
        "Ludwig van Beethoven",
        "Charles de Gaulle",
        "Martin Luther King Jr.",
        "Mark P. Barry",
    ] {
        assert_eq!(get(&es, name).kind, EntityKind::Person, "{name}");
    }
}

#[test]
fn titles_and_descriptors_are_stripped_but_make_a_person() {
    let (b, es) = entities(
        "He met Russian President Vladimir Putin and then-President Dmitri Medvedev. \
         Russian Foreign Minister Sergei Lavrov was there. “It works,” said American Klinger.",
    );
    assert_eq!(get(&es, "Vladimir Putin").kind, EntityKind::Person);
    assert_eq!(get(&es, "Dmitri Medvedev").kind, EntityKind::Person);
    assert_eq!(get(&es, "Sergei Lavrov").kind, EntityKind::Person);
    assert_eq!(get(&es, "Klinger").kind, EntityKind::Person);
    assert_eq!(mentions(&b, get(&es, "Klinger")), ["Klinger"]);
    assert_eq!(get(&es, "Russia").kind, EntityKind::Place);
    assert!(!has(&es, "President") && !has(&es, "Foreign Minister"));
}

#[test]
fn sentence_initial_common_words_are_not_names() {
    let (_, es) = entities(
        "Subsequent footage showed the talks. However, it rained. Recently Russian ships \
         left. Barry noted the change, said Mark Barry.",
    );
    assert!(!has(&es, "Subsequent") && !has(&es, "However") && !has(&es, "Recently"));
    let barry = get(&es, "Mark Barry");
    assert_eq!(
        barry.positions.len(),
        2,
        "sentence-initial `Barry` is known mid-sentence"
    );
}

#[test]
fn headings_only_yield_names_the_body_knows() {
    let (b, es) = entities(
        "Klinger Warns Of Sanctions Box In Korea\n\n\
         The analyst Bruce Klinger spoke in Seoul on Friday.",
    );
    let klinger = get(&es, "Bruce Klinger");
    assert_eq!(mentions(&b, klinger), ["Klinger", "Bruce Klinger"]);
    assert!(!has(&es, "Warns") && !has(&es, "Sanctions Box"));
    assert_eq!(get(&es, "Korea").kind, EntityKind::Place);
}

#[test]
fn kinds_come_from_gazetteer_and_cue_words() {
    let (_, es) = entities(
        "Officials from the Bank of America and the University of Tokyo met on Russky Island \
         near the Amur River, in Khabarovsk Province, after the Cold War.",
    );
    assert_eq!(get(&es, "Bank of America").kind, EntityKind::Organization);
    assert_eq!(
        get(&es, "University of Tokyo").kind,
        EntityKind::Organization
    );
    assert_eq!(get(&es, "Russky Island").kind, EntityKind::Place);
    assert_eq!(get(&es, "Amur River").kind, EntityKind::Place);
    assert_eq!(get(&es, "Khabarovsk Province").kind, EntityKind::Place);
    assert_eq!(get(&es, "Cold War").kind, EntityKind::Other);
}

#[test]
fn lists_are_not_joined_into_one_name() {
    let (_, es) = entities("His priorities lay with Beijing, Seoul and Washington and the EU.");
    for place in ["Beijing", "Seoul", "Washington"] {
        assert_eq!(get(&es, place).kind, EntityKind::Place);
    }
    assert_eq!(get(&es, "EU").kind, EntityKind::Organization);
}

#[test]
fn shared_surname_goes_to_the_most_salient_bearer() {
    let (_, es) = entities(
        "North Korean leader Kim Jong Un arrived. Kim Jong Un met officials. Kim waved.\n\n\
         Kim’s late father, Kim Jong Il, met Medvedev in 2011. Kim said, “Yes.”",
    );
    let un = get(&es, "Kim Jong Un");
    assert_eq!(un.positions.len(), 5);
    assert_eq!(get(&es, "Kim Jong Il").positions.len(), 1);
}

#[test]
fn short_forms_merge_with_full_names_before_or_after() {
    let (_, es) = entities(
        "Putin met Chinese President Xi Jinping, and later Moon Jae-in. Xi and Moon smiled. \
         Donald Trump was absent; Trump’s envoy came. Vladimir Putin left.",
    );
    assert_eq!(get(&es, "Vladimir Putin").aliases, ["Putin"]);
    assert_eq!(get(&es, "Xi Jinping").aliases, ["Xi"]);
    assert_eq!(get(&es, "Moon Jae-in").aliases, ["Moon"]);
    assert_eq!(get(&es, "Donald Trump").aliases, ["Trump"]);
}

#[test]
fn possessives_are_mentions_of_the_bare_name() {
    let (b, es) = entities("Vladimir Putin spoke. Putin’s aides and Putin's guards waited.");
    let putin = get(&es, "Vladimir Putin");
    assert_eq!(mentions(&b, putin), ["Vladimir Putin", "Putin", "Putin"]);
    assert_eq!(putin.aliases, ["Putin"]);
}

#[test]
fn hyphenated_compounds_split_into_known_names() {
    let (b, es) = entities(
        "Kim met Putin. The Kim-Putin summit followed the North Korea-US summit, \
         and the BBC's Rupert Wingfield-Hayes and Moon Jae-in watched Beijing-sponsored talks.",
    );
    assert_eq!(get(&es, "Kim").positions.len(), 2);
    assert_eq!(get(&es, "Putin").positions.len(), 2);
    assert_eq!(mentions(&b, get(&es, "North Korea")), ["North Korea"]);
    assert_eq!(mentions(&b, get(&es, "US")), ["US"]);
    assert_eq!(get(&es, "Rupert Wingfield-Hayes").kind, EntityKind::Person);
    assert!(has(&es, "Moon Jae-in") && has(&es, "Beijing"));
}

#[test]
fn us_variants_are_one_place_named_by_the_fullest_form() {
    let (_, es) = entities("The US and the U.S. Senate; the United States and America agreed.");
    let us = get(&es, "United States");
    assert_eq!(us.kind, EntityKind::Place);
    assert_eq!(us.positions.len(), 3);
    assert_eq!(get(&es, "U.S. Senate").kind, EntityKind::Organization);
}

#[test]
fn demonyms_are_places_not_people() {
    let (b, es) = entities("North Korean laborers and Chinese vessels met American Klinger.");
    let nk = get(&es, "North Korea");
    assert_eq!(nk.kind, EntityKind::Place);
    assert_eq!(mentions(&b, nk), ["North Korean"]);
    assert_eq!(get(&es, "China").kind, EntityKind::Place);
    assert!(es
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .all(|e| e.name == "Klinger"));
}

#[test]
fn parenthesised_acronym_is_an_alias() {
    let (_, es) = entities("The Dow Jones Industrial Average (DJIA) fell. The DJIA then rose.");
    let dow = get(&es, "Dow Jones Industrial Average");
    assert_eq!(dow.aliases, ["DJIA"]);
    assert_eq!(dow.positions.len(), 3);
}

#[test]
fn foreign_language_paragraphs_are_skipped() {
    let (_, es) = entities(
        "El proyecto de ley de Identidad de Género ingresó por primera vez al Parlamento \
         argentino de la mano de la Federación Argentina en el año 2007.",
    );
    assert!(es.is_empty(), "{:?}", names(&es));
}

#[test]
fn any_input_is_total() {
    for text in [
        "",
        "’",
        "A",
        "A.B.",
        "Kim-",
        "-Kim",
        "Kim’s’s",
        "É’s É-É ( DJIA )",
        "of and the",
    ] {
        let (b, es) = entities(text);
        for e in &es {
            for p in &e.positions {
                assert!(b[p.block].text.get(p.start..p.end).is_some());
            }
        }
    }
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_unicode_is_total(text in "\\PC{0,60}( İ’s-É \\(X\\)){0,3}") {
            let (b, es) = entities(&text);
            for e in &es {
                for p in &e.positions {
                    prop_assert!(b[p.block].text.get(p.start..p.end).is_some());
                }
            }
        }

        #[test]
        fn never_panics_and_spans_are_valid(text in "[A-Za-z’'.\\- ,()é\n]{0,80}") {
            let (b, es) = entities(&text);
            for e in &es {
                for p in &e.positions {
                    prop_assert!(b[p.block].text.get(p.start..p.end).is_some());
                }
            }
        }
    }
}

#[test]
fn middle_names_merge_and_family_surnames_go_to_the_main_bearer() {
    let (b, es) = entities(
        "Today we talk about Gerald Ford. Ford was president. He was born Gerald Rudolph Ford \
         in Nebraska. Gerald Ford married Betty Ford in 1948. Ford said he was lucky.",
    );
    let gerald = get(&es, "Gerald Rudolph Ford");
    assert_eq!(
        mentions(&b, gerald),
        [
            "Gerald Ford",
            "Ford",
            "Gerald Rudolph Ford",
            "Gerald Ford",
            "Ford"
        ]
    );
    assert_eq!(get(&es, "Betty Ford").positions.len(), 1);
}

#[test]
fn a_first_name_inside_a_run_starts_a_new_name() {
    let (_, es) = entities(
        "Chief investment officer at Fort Pitt Capital Group Charlie Smith said so. \
         Secretary of the Air Force James Roche agreed.",
    );
    assert_eq!(
        get(&es, "Fort Pitt Capital Group").kind,
        EntityKind::Organization
    );
    assert_eq!(get(&es, "Charlie Smith").kind, EntityKind::Person);
    assert_eq!(get(&es, "James Roche").kind, EntityKind::Person);
}

#[test]
fn hashtags_handles_and_contractions_are_not_names() {
    let (_, es) =
        entities("I’m told #NoMoreEuros trended and @FelipeCalderon was tagged. Don’t worry.");
    assert!(es.is_empty(), "{:?}", names(&es));
}

#[test]
fn directions_before_places_and_acronyms_before_names() {
    let (_, es) = entities(
        "Troops left North Vietnam. He was president of the IMF (International Monetary Fund).",
    );
    assert_eq!(get(&es, "North Vietnam").kind, EntityKind::Place);
    let imf = get(&es, "International Monetary Fund");
    assert_eq!(imf.kind, EntityKind::Organization);
    assert_eq!(imf.aliases, ["IMF"]);
}

#[test]
fn a_bare_title_leaves_its_employer_not_a_person() {
    let (_, es) = entities("Henry Paulson, the US Treasury Secretary, explained the plan.");
    assert_eq!(get(&es, "Treasury").kind, EntityKind::Organization);
    assert_eq!(get(&es, "Henry Paulson").kind, EntityKind::Person);
}

#[test]
fn a_headline_verb_is_no_part_of_the_name_before_it() {
    let (_, es) = entities(
        "Marco Rubio Responds To Question About Minimum Wage By Saying We Need Fewer Philosophers.\n\n\
         Bernie Sanders Says He’s Already Started Writing His Inaugural Address.\n\n\
         Rubio and Sanders spoke on Tuesday.",
    );
    assert!(
        !es.iter()
            .any(|e| e.name.contains("Responds") || e.name.contains("Says")),
        "{:#?}",
        names(&es)
    );
    assert_eq!(get(&es, "Marco Rubio").kind, EntityKind::Person);
    assert_eq!(get(&es, "Bernie Sanders").kind, EntityKind::Person);
}

#[test]
fn a_headline_ending_in_a_full_stop_is_still_a_headline() {
    let (_, es) = entities(
        "Jane Roe Endorses Tom Hale: I Am ‘Horrified’ By The Plan.\n\n\
         Jane Roe threw her support behind Tom Hale on Wednesday.",
    );
    assert!(
        !es.iter().any(|e| e.name.contains("Endorses")),
        "{:#?}",
        names(&es)
    );
    assert_eq!(get(&es, "Jane Roe").kind, EntityKind::Person);
    // Prose that ends in a full stop with lowercase words stays prose.
    let (_, es) = entities("Jane Roe Endorses the plan of the city.\n\nShe spoke.");
    assert!(
        es.iter().any(|e| e.name.contains("Jane Roe")),
        "{:#?}",
        names(&es)
    );
}

#[test]
fn a_given_name_ending_in_ly_opens_a_name_not_an_adverb() {
    let (_, es) = entities("Carly Fiorina threw her support behind the senator on Wednesday.");
    assert_eq!(get(&es, "Carly Fiorina").kind, EntityKind::Person);
}
