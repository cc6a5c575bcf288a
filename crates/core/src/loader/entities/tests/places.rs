//! Places beyond the first gazetteer on made-up snippets: more cities and
//! regions, and the short forms of US states after a town or a party letter.

use super::classes::rule_of;
use super::{entities, get, has, names};
use crate::article::{EntityKind, KindRule};

#[test]
fn cities_and_regions_of_the_wider_gazetteer() {
    let text = "Voters in Milwaukee and Sapporo lined up, as did farmers across the Midwest.";
    let (_, es) = entities(text);
    for name in ["Milwaukee", "Sapporo", "Midwest"] {
        assert_eq!(get(&es, name).kind, EntityKind::Place, "{name}");
        assert_eq!(rule_of(text, name), KindRule::Gazetteer, "{name}");
    }
}

#[test]
fn a_state_short_form_after_a_town_or_a_party_letter() {
    let text = "She grew up in Burlington, Vt. and later worked for Sen. Jane Roe (D-Calif.) in the capital.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Vermont").kind, EntityKind::Place);
    assert_eq!(rule_of(text, "Vermont"), KindRule::StateAbbreviation);
    assert_eq!(get(&es, "California").kind, EntityKind::Place);
    // Named by the state, the short form kept as an alias.
    assert_eq!(get(&es, "Vermont").aliases, ["Vt"]);
}

#[test]
fn a_short_form_without_its_dot_stays_a_word() {
    // `Mass` after a comma but with no dot is not Massachusetts.
    let (_, es) = entities("The choir sang the Mass, Mass being their yearly rite.");
    assert!(!has(&es, "Massachusetts"), "{:?}", names(&es));
}

#[test]
fn dotted_state_forms_are_places_not_acronyms() {
    let text = "The rally in Keene, N.H. drew a crowd, and a donor from Greeley, Colo. spoke.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "N.H.").kind, EntityKind::Place);
    assert_eq!(rule_of(text, "N.H."), KindRule::Gazetteer);
    // The town before a state's short form is a place too.
    for town in ["Keene", "Greeley"] {
        assert_eq!(get(&es, town).kind, EntityKind::Place, "{town}");
        assert_eq!(rule_of(text, town), KindRule::CommaPlace, "{town}");
    }
}

#[test]
fn buildings_and_facilities_are_places() {
    let text = "The talks were held at Varnavi Hall, and the wounded went to Ostrova Hospital.";
    let (_, es) = entities(text);
    for name in ["Varnavi Hall", "Ostrova Hospital"] {
        assert_eq!(get(&es, name).kind, EntityKind::Place, "{name}");
        assert_eq!(rule_of(text, name), KindRule::CueWord, "{name}");
    }
}

#[test]
fn a_given_name_and_a_building_word_is_a_surname() {
    let text = "The lecture was given by Stuart Hall, who spoke for an hour.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Stuart Hall").kind, EntityKind::Person);
}

#[test]
fn a_facility_or_feature_noun_after_the_name() {
    let text = "Patients filled the Varnavi hospital, and boats crowded the Ostra river.";
    let (_, es) = entities(text);
    for name in ["Varnavi", "Ostra"] {
        assert_eq!(get(&es, name).kind, EntityKind::Place, "{name}");
        assert_eq!(rule_of(text, name), KindRule::PlaceNounAfter, "{name}");
    }
}

#[test]
fn where_crowds_gather_is_a_place() {
    let text = "Her supporters gathered at La Quintana before the count. \
                Later the crowd stood in front of La Quintana again.";
    assert_eq!(rule_of(text, "La Quintana"), KindRule::GatheringPlace);
    let (_, es) = entities(text);
    assert_eq!(get(&es, "La Quintana").kind, EntityKind::Place);
    let text = "Celebrations at Varrow went on until dawn.";
    assert_eq!(rule_of(text, "Varrow"), KindRule::GatheringPlace);
}

#[test]
fn a_place_word_after_a_hyphen() {
    let text = "The plant stands in the Zorn-Delta, near the coast.";
    let (_, es) = entities(text);
    assert_eq!(
        get(&es, "Zorn-Delta").kind,
        EntityKind::Place,
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_name_glued_to_the_next_word_is_no_place_after_in() {
    let text = "He was painted in Quattrano-style robes.";
    let (_, es) = entities(text);
    assert!(
        !has(&es, "Quattrano") || get(&es, "Quattrano").kind != EntityKind::Place,
        "{:?}",
        names(&es)
    );
}

#[test]
fn an_ordinal_republic_is_a_regime() {
    let text = "It was the tenth election of the Fifth Republic since 1958.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Fifth Republic").kind, EntityKind::Other);
}

#[test]
fn a_party_congress_is_a_meeting() {
    let text = "Reporters covered the Zorvian Workers Party Congress last week.";
    let (_, es) = entities(text);
    let e = es.iter().find(|e| e.name.ends_with("Party Congress"));
    assert_eq!(
        e.map(|e| e.kind),
        Some(EntityKind::Other),
        "{:?}",
        names(&es)
    );
}
