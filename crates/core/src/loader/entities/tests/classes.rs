//! Issue 15's class 5 on made-up snippets: things shaped like names that
//! are not people, places and companies not taken for people, accented and
//! short titled forms joined to the full name. Each test names the rule
//! (`KindRule`) that decides it.

use super::{entities, get, has, names};
use crate::article::EntityKind;
use crate::loader::entities::find_ruled;

/// The rule behind the entity named `name`.
pub(super) fn rule_of(text: &str, name: &str) -> crate::article::KindRule {
    let found = find_ruled(&super::blocks(text));
    let i = found
        .drafts
        .iter()
        .position(|d| d.name == name)
        .unwrap_or_else(|| panic!("no {name}: {:?}", found.drafts));
    found.rules[i]
}

#[test]
fn plurals_that_speak_are_nobody() {
    let (_, es) = entities(
        "Experts say the plan is late. Officials said nothing, and Thousands gathered \
         outside. Analysts agreed with Jane Roe.",
    );
    for word in ["Experts", "Officials", "Thousands", "Analysts"] {
        assert!(!has(&es, word), "{word} listed: {:?}", names(&es));
    }
    assert_eq!(get(&es, "Jane Roe").kind, EntityKind::Person);
}

#[test]
fn languages_faiths_and_groups_are_nobody() {
    let (_, es) = entities(
        "The word comes from Swahili, Sunni and Kurdish lawmakers walked out, and a Cypriot \
         official spoke.",
    );
    for word in ["Swahili", "Sunni", "Kurdish"] {
        assert!(!has(&es, word), "{word} listed: {:?}", names(&es));
    }
    // A country's adjective is its place.
    assert_eq!(get(&es, "Cyprus").kind, EntityKind::Place);
}

#[test]
fn indices_series_and_copyright_lines_are_not_people() {
    let text = "The Dow Jones fell while Season Two aired. All Rights Reserved.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Dow Jones").kind, EntityKind::Other);
    assert_eq!(get(&es, "Season Two").kind, EntityKind::Other);
    assert_eq!(
        rule_of(text, "Season Two"),
        crate::article::KindRule::Numbered
    );
    assert!(
        !es.iter().any(|e| e.name.contains("Rights")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn greetings_and_headline_verbs_open_no_name() {
    let (_, es) = entities("Wow Banda was quick to reply. See Zuma on stage. Hail Mary Roe.");
    for name in ["Wow Banda", "See Zuma", "Hail Mary Roe"] {
        assert!(!has(&es, name), "{name} listed: {:?}", names(&es));
    }
}

#[test]
fn capitals_alone_make_no_person() {
    let text = "Later Zorblax Quenta signed the deal in Velmora.";
    let (_, es) = entities(text);
    assert_ne!(get(&es, "Zorblax Quenta").kind, EntityKind::Person);
    assert_eq!(
        rule_of(text, "Zorblax Quenta"),
        crate::article::KindRule::ShapeOnly
    );
}

#[test]
fn apposition_age_and_role_make_a_person() {
    let text = "The attacker, Zorblax Quenta, 20, was shot. Velmo Trask, a spokesman for \
                the group, declined. Dravi Oluk, head of the force, was killed. Ambrel \
                Tusk was the auctioneer and spoke.";
    let (_, es) = entities(text);
    for name in ["Zorblax Quenta", "Velmo Trask", "Dravi Oluk", "Ambrel Tusk"] {
        assert_eq!(get(&es, name).kind, EntityKind::Person, "{name}");
        assert_eq!(
            rule_of(text, name),
            crate::article::KindRule::Appositive,
            "{name}"
        );
    }
}

#[test]
fn a_famous_one_word_name_is_a_person() {
    let (_, es) = entities("The leader was chosen by Stalin in 1948.");
    assert_eq!(get(&es, "Stalin").kind, EntityKind::Person);
}

#[test]
fn places_and_companies_are_not_people() {
    let text = "The line ends in Velmora, Greece, where the gas producer Quentra signed a deal \
                for the Tarsk field. Banco Ruvio and Caja Velm lent the money.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Velmora").kind, EntityKind::Place);
    assert_eq!(get(&es, "Tarsk").kind, EntityKind::Place);
    assert_eq!(get(&es, "Quentra").kind, EntityKind::Organization);
    assert_eq!(get(&es, "Banco Ruvio").kind, EntityKind::Organization);
    assert_eq!(get(&es, "Caja Velm").kind, EntityKind::Organization);
    assert_eq!(
        rule_of(text, "Velmora"),
        crate::article::KindRule::CommaPlace
    );
}

#[test]
fn org_words_at_the_end_make_an_organisation() {
    let (_, es) = entities(
        "Zorb Insider reported it, the Velm Rally objected, and Popular Quent Forces and \
         Amnesty International were there.",
    );
    for name in [
        "Zorb Insider",
        "Velm Rally",
        "Popular Quent Forces",
        "Amnesty International",
    ] {
        assert_eq!(get(&es, name).kind, EntityKind::Organization, "{name}");
    }
}

#[test]
fn accented_and_plain_spellings_are_one_person() {
    let (_, es) = entities(
        "François Hollande won. Supporters of Francois Hollande cheered, and Hollande spoke.",
    );
    let people: Vec<_> = es
        .iter()
        .filter(|e| e.name.contains("Hollande"))
        .map(|e| e.name.clone())
        .collect();
    assert_eq!(people.len(), 1, "{people:?}");
}

#[test]
fn transliterated_spellings_are_one_person() {
    let (_, es) =
        entities("Aleksei Navalny spoke. Later Alexey Navalny wrote again, and Navalny left.");
    let people: Vec<_> = es
        .iter()
        .filter(|e| e.name.contains("Navalny"))
        .map(|e| e.name.clone())
        .collect();
    assert_eq!(people.len(), 1, "{people:?}");
}

#[test]
fn short_titled_forms_join_the_full_name() {
    let (_, es) = entities(
        "Mary Jones leads the inquiry. Supt Jones said it was early. John Doe and \
         Jane Roe met. Mr. Doe left and Dr Roe stayed. Tom Hale won the state. \
         Gov Hale thanked them.",
    );
    for (full, short) in [
        ("Mary Jones", "Jones"),
        ("John Doe", "Doe"),
        ("Jane Roe", "Roe"),
        ("Tom Hale", "Hale"),
    ] {
        let e = get(&es, full);
        assert_eq!(e.kind, EntityKind::Person, "{full}");
        assert_eq!(e.positions.len(), 2, "{full}: {:?}", names(&es));
        assert!(
            !es.iter().any(|e| e.name == short),
            "{short} apart: {:?}",
            names(&es)
        );
    }
    assert!(
        !es.iter()
            .any(|e| e.name.starts_with("Supt") || e.name.starts_with("Gov")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_demonym_after_a_descriptor_is_still_its_place() {
    let (_, es) = entities("They defended Turkish Cypriot mining rights near Cyprus.");
    assert!(get(&es, "Cyprus").aliases.iter().any(|a| a == "Cypriot"));
    assert!(!es.iter().any(|e| e.name == "Cypriot"), "{:?}", names(&es));
}

#[test]
fn an_arabic_article_hyphened_to_a_name_stays_in_it() {
    let (_, es) = entities(
        "He was met by Zaid Kareem al-Quentar, who was also killed. Later al-Quentar \
         was named, and Ahmed el-Velmi spoke.",
    );
    let e = get(&es, "Zaid Kareem al-Quentar");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.positions.len(), 2, "{:?}", names(&es));
    assert!(has(&es, "Ahmed el-Velmi"), "{:?}", names(&es));
}

#[test]
fn fields_and_towns_joined_to_places_are_places() {
    let (_, es) = entities(
        "Velmor has two terminals, in Quenta and Tarsk, near the Zorb gas field and the \
         Ruvo and Delk fields.",
    );
    for name in ["Tarsk", "Zorb", "Ruvo", "Delk"] {
        assert_eq!(get(&es, name).kind, EntityKind::Place, "{name}");
    }
}

#[test]
fn a_disease_named_after_a_region_is_no_place() {
    let (_, es) = entities("The guidelines list Middle East Respiratory Syndrome as a bad name.");
    assert_eq!(
        get(&es, "Middle East Respiratory Syndrome").kind,
        EntityKind::Other
    );
}

#[test]
fn the_place_a_speaker_comes_from_does_not_speak() {
    let (_, es) = entities(
        "Katya Quenta from Vivir Zorblax said the following. Boeing Chief Financial \
         Officer Michael Velm resigned. A project of Mapping of Folk Healers, whose \
         work the healers praised, began.",
    );
    assert_ne!(get(&es, "Vivir Zorblax").kind, EntityKind::Person);
    assert!(!has(&es, "Financial"), "{:?}", names(&es));
    assert_eq!(get(&es, "Michael Velm").kind, EntityKind::Person);
    assert!(
        !es.iter()
            .any(|e| e.name.contains("Healers") && e.kind == EntityKind::Person),
        "{:?}",
        names(&es)
    );
}

#[test]
fn accented_given_names_and_sign_offs_make_people() {
    let (_, es) = entities("Later Jéssica Quenta left the post.\n\nI’m Zorblax Velm.");
    assert_eq!(get(&es, "Jéssica Quenta").kind, EntityKind::Person);
    assert_eq!(get(&es, "Zorblax Velm").kind, EntityKind::Person);
}

#[test]
fn what_a_company_has_does_and_employs() {
    let (_, es) = entities(
        "On Monday, Zorblax’s shareholders were told. Later Quentra Paper, which makes tissue, \
         agreed, said an analyst at Velm Tabak.",
    );
    for name in ["Zorblax", "Quentra Paper", "Velm Tabak"] {
        assert_eq!(get(&es, name).kind, EntityKind::Organization, "{name}");
    }
}

#[test]
fn a_known_body_named_bare_is_the_one_named_in_full() {
    let (_, es) = entities(
        "Yesterday the Parliament of Velmora voted. Critics of the Parliament's decision \
         spoke later.",
    );
    let e = get(&es, "Parliament of Velmora");
    assert_eq!(e.positions.len(), 2, "{:?}", names(&es));
}
