//! Kind evidence around a single unknown word (organisation nouns after
//! it, place nouns before `of` it, well-known platforms), and a person's
//! name at the end of a title's organisation chain.

use super::{entities, get, has, names};
use crate::article::EntityKind;

#[test]
fn a_word_before_member_or_party_is_an_organisation_not_the_person() {
    let (_, es) = entities(
        "The veteran Solidarnosc member Anna Kowalczyk spoke first. Later, Kowalczyk said the vote was lost.",
    );
    assert_eq!(get(&es, "Solidarnosc").kind, EntityKind::Organization);
    assert_eq!(get(&es, "Anna Kowalczyk").kind, EntityKind::Person);
    let anna = get(&es, "Anna Kowalczyk");
    assert!(!anna.aliases.iter().any(|a| a.contains("Solidarnosc")));
    assert!(!has(&es, "Solidarnosc member Anna Kowalczyk"));
}

#[test]
fn a_possessive_business_name_is_an_organisation() {
    let (_, es) = entities(
        "The vase sold at Bonhams’s auction house in London. Bonhams’s said the buyer was anonymous.",
    );
    assert_eq!(
        get(&es, "Bonhams").kind,
        EntityKind::Organization,
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_person_before_a_possessive_party_stays_a_person() {
    let (_, es) = entities("Voters said Orban’s party would win. Viktor Orban agreed.");
    assert_eq!(get(&es, "Viktor Orban").kind, EntityKind::Person);
}

#[test]
fn a_word_after_bishop_of_is_a_place_and_a_diocese_an_organisation() {
    let (_, es) = entities(
        "The letter came from Pedro Alvarez, bishop of Tarija, in Bolivia. The Diocese of Potosi agreed.",
    );
    assert_eq!(
        get(&es, "Tarija").kind,
        EntityKind::Place,
        "{:?}",
        names(&es)
    );
    assert_eq!(get(&es, "Diocese of Potosi").kind, EntityKind::Organization);
}

#[test]
fn known_platforms_are_organisations() {
    let (_, es) = entities("Photos shared on Flickr and a Storify page showed the march.");
    assert_eq!(get(&es, "Flickr").kind, EntityKind::Organization);
    assert_eq!(get(&es, "Storify").kind, EntityKind::Organization);
}

#[test]
fn a_name_after_a_title_and_its_organisation_chain_is_the_person() {
    let (_, es) = entities(
        "Deputy Secretary of the Navy for Research Helga Marsden wrote back. Marsden said the budget was final.",
    );
    let person = get(&es, "Helga Marsden");
    assert_eq!(person.kind, EntityKind::Person, "{:?}", names(&es));
    assert!(person.aliases.iter().any(|a| a == "Marsden"));
    assert!(
        !es.iter().any(|e| e.name.contains("Research Helga")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn lone_capitalized_common_words_are_not_people() {
    let (_, es) = entities(
        "Marchers sang of Freedom and thanked God, while leaders in the West stayed silent. Celia Ramos, who led them, promised that Victory would come.",
    );
    for word in ["Freedom", "West", "Victory"] {
        assert!(!has(&es, word), "{word}: {:?}", names(&es));
    }
    assert_eq!(get(&es, "God").kind, EntityKind::Other);
    assert_eq!(get(&es, "Celia Ramos").kind, EntityKind::Person);
}

#[test]
fn hyphen_and_space_spellings_of_a_name_are_one_entity() {
    let (_, es) = entities(
        "Premier Lee Hsien-Loong spoke first. Later Lee Hsien Loong thanked the crowd, and Lee left.",
    );
    let lee: Vec<_> = es.iter().filter(|e| e.name.starts_with("Lee")).collect();
    assert_eq!(lee.len(), 1, "{:?}", names(&es));
    assert_eq!(lee[0].positions.len(), 3);
    assert_eq!(lee[0].kind, EntityKind::Person);
}

#[test]
fn an_apposition_or_a_role_for_names_a_body() {
    let (_, es) = entities(
        "The singer fronts Zembrova, a local punk rock band. Kiri Tamsawe, a strategist for Quolpa Tabak, disagreed.",
    );
    assert_eq!(get(&es, "Zembrova").kind, EntityKind::Organization);
    assert_eq!(get(&es, "Quolpa Tabak").kind, EntityKind::Organization);
}

#[test]
fn what_is_held_or_based_somewhere() {
    let (_, es) = entities(
        "Investors sold shares of Quolpa after the news. Yesterday Zembrova’s chief executive resigned. The Tamsawe-based group grew.",
    );
    assert_eq!(get(&es, "Quolpa").kind, EntityKind::Organization);
    assert_eq!(get(&es, "Zembrova").kind, EntityKind::Organization);
    assert_eq!(
        get(&es, "Tamsawe").kind,
        EntityKind::Place,
        "{:?}",
        names(&es)
    );
}

#[test]
fn an_apposition_keeps_a_word_opening_a_sentence() {
    let (_, es) = entities(
        "The talks ended late. Quolpa, a firm in the city, said it agreed. Tamsawe, 45, was arrested.",
    );
    assert_eq!(get(&es, "Quolpa").kind, EntityKind::Organization);
    assert_eq!(get(&es, "Tamsawe").kind, EntityKind::Person);
}
