//! Titles fused into names, kind words for faiths, parties and diseases.

use super::{entities, get, has, names};
use crate::article::EntityKind;

#[test]
fn titles_fused_into_a_run_are_stripped_from_the_name() {
    let (_, es) = entities(
        "The vote was moved, Secretary of State Frank LaRose said on Monday. \
         WHO Director-General Tedros Adhanom Ghebreyesus called it a pandemic. \
         Chief Medical Officer Brendan Murphy agreed, as did Health Minister Greg Hunt.",
    );
    for name in [
        "Frank LaRose",
        "Tedros Adhanom Ghebreyesus",
        "Brendan Murphy",
        "Greg Hunt",
    ] {
        assert_eq!(get(&es, name).kind, EntityKind::Person, "{name}");
    }
    assert_eq!(get(&es, "WHO").kind, EntityKind::Organization);
    assert!(!has(&es, "State Frank LaRose"), "{:?}", names(&es));
    assert!(
        !has(&es, "Medical Officer Brendan Murphy"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_former_title_before_a_place_leaves_the_place_and_the_person() {
    let (_, es) = entities(
        "The race narrowed when Former New York City Mayor Michael Bloomberg ended his campaign.",
    );
    assert_eq!(get(&es, "Michael Bloomberg").kind, EntityKind::Person);
    assert_eq!(get(&es, "New York City").kind, EntityKind::Place);
    assert!(
        !es.iter().any(|e| e.name.starts_with("Former")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn faiths_party_members_buildings_and_diseases_are_not_people_or_groups() {
    let (_, es) = entities(
        "A Muslim charity and a Democrat from Ohio met at the Capitol to discuss COVID-19 and H1N1.",
    );
    for name in ["Muslim", "Capitol", "COVID-19", "H1N1"] {
        assert_eq!(get(&es, name).kind, EntityKind::Other, "{name}");
    }
    // A party member is a political group with no place of its own: no
    // entity at all (see `party_members_who_speak_are_nobody`).
    assert!(!es.iter().any(|e| e.name == "Democrat"), "{es:?}");
}

#[test]
fn a_long_capitalized_run_with_an_org_word_is_an_organisation() {
    let (_, es) = entities(
        "The man was shot by officers of the Metropolitan Police Counter Terrorism Command on Sunday.",
    );
    assert_eq!(
        get(&es, "Metropolitan Police Counter Terrorism Command").kind,
        EntityKind::Organization
    );
}

#[test]
fn a_possessive_campaign_makes_a_bare_surname_a_person() {
    let (_, es) =
        entities("Staff from Warren's campaign and Sanders’ campaign joined the rally in Boston.");
    assert_eq!(get(&es, "Warren").kind, EntityKind::Person);
    assert_eq!(get(&es, "Sanders").kind, EntityKind::Person);
}

#[test]
fn an_org_name_with_of_keeps_and_but_a_list_of_places_splits() {
    let (_, es) = entities(
        "The National Institute of Allergy and Infectious Diseases and the Department of Health and Human Services warned officials in Beijing, Seoul and Washington.",
    );
    for name in [
        "National Institute of Allergy and Infectious Diseases",
        "Department of Health and Human Services",
    ] {
        assert_eq!(get(&es, name).kind, EntityKind::Organization, "{name}");
    }
    for name in ["Beijing", "Seoul", "Washington"] {
        assert_eq!(get(&es, name).kind, EntityKind::Place, "{name}");
    }
    assert!(!has(&es, "Human Services"), "{:?}", names(&es));
}

#[test]
fn a_comma_list_inside_an_of_name_stays_one_organisation() {
    let (_, es) = entities(
        "Agents from the Bureau of Alcohol, Tobacco, Firearms and Explosives searched homes in Paris, London and Berlin.",
    );
    assert_eq!(
        get(&es, "Bureau of Alcohol, Tobacco, Firearms and Explosives").kind,
        EntityKind::Organization
    );
    assert!(!has(&es, "Tobacco"), "{:?}", names(&es));
    for name in ["Paris", "London", "Berlin"] {
        assert_eq!(get(&es, name).kind, EntityKind::Place, "{name}");
    }
}

#[test]
fn a_cue_word_alone_before_and_opens_the_organisation_name() {
    let (_, es) = entities(
        "Officials at the Securities and Exchange Commission met the House and Senate leaders. Bill and Hillary Clinton came. Beijing Bank and Shanghai Bank did not.",
    );
    assert_eq!(
        get(&es, "Securities and Exchange Commission").kind,
        EntityKind::Organization
    );
    assert!(!has(&es, "Exchange Commission"), "{:?}", names(&es));
    // Two names, each a whole one, stay two.
    for two in [
        "House and Senate",
        "Bill and",
        "Beijing Bank and Shanghai Bank",
    ] {
        assert!(!has(&es, two), "{:?}", names(&es));
    }
    assert!(has(&es, "Beijing Bank"), "{:?}", names(&es));
    assert!(has(&es, "Shanghai Bank"), "{:?}", names(&es));
}

#[test]
fn a_person_or_place_before_and_is_not_part_of_the_organisation_after() {
    let (_, es) = entities(
        "Mario Draghi and European Central Bank staff met. Texas and Acme Bank sued. The Food and Drug Administration agreed. FBI and Justice Department officials spoke. The Bill and Melinda Gates Foundation paid. Henry Holt and Company published it. CNN's Anderson Cooper and Martha Raddatz of ABC News moderate.",
    );
    for one in [
        "Bill and Melinda Gates Foundation",
        "Henry Holt and Company",
        "Justice Department",
        "FBI",
        "Martha Raddatz",
    ] {
        assert!(has(&es, one), "{one}: {:?}", names(&es));
    }
    assert_eq!(get(&es, "Mario Draghi").kind, EntityKind::Person);
    assert_eq!(
        get(&es, "European Central Bank").kind,
        EntityKind::Organization
    );
    assert_eq!(get(&es, "Texas").kind, EntityKind::Place);
    assert_eq!(get(&es, "Acme Bank").kind, EntityKind::Organization);
    assert!(has(&es, "Food and Drug Administration"), "{:?}", names(&es));
    assert!(
        !es.iter()
            .any(|e| e.name.starts_with("and ") || e.name.contains(" and European")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_body_named_for_its_topic_keeps_on_and_its_topic() {
    let (_, es) = entities(
        "The Council on Foreign Relations and the Committee on Ways and Means met. The Project on Government Oversight said so. The council on Capitol Hill met. Donald Trump on Monday left.",
    );
    for name in [
        "Council on Foreign Relations",
        "Committee on Ways and Means",
        "Project on Government Oversight",
    ] {
        assert_eq!(get(&es, name).kind, EntityKind::Organization, "{name}");
    }
    assert_eq!(get(&es, "Capitol Hill").kind, EntityKind::Place);
    assert!(has(&es, "Donald Trump"), "{:?}", names(&es));
    for part in [
        "Foreign Relations",
        "Means",
        "Government Oversight",
        "Donald Trump on Monday",
    ] {
        assert!(!has(&es, part), "{part}: {:?}", names(&es));
    }
}

#[test]
fn a_party_word_before_a_given_name_is_not_part_of_the_name() {
    let (_, es) = entities(
        "Republican Jane Roe and Democrat Tom Hale hold narrow leads. Roe spoke on Monday.",
    );
    assert_eq!(get(&es, "Jane Roe").kind, EntityKind::Person);
    assert_eq!(get(&es, "Tom Hale").kind, EntityKind::Person);
    assert!(!has(&es, "Republican Jane Roe"), "{:?}", names(&es));
    assert!(!has(&es, "Democrat Tom Hale"), "{:?}", names(&es));
}

#[test]
fn a_short_title_with_its_period_is_no_entity_of_its_own() {
    let (_, es) =
        entities("The unit was led by Police Cmdr. Jane Roe until 1991. Adm. John Doe took over.");
    for name in ["Jane Roe", "John Doe"] {
        assert_eq!(get(&es, name).kind, EntityKind::Person, "{name}");
    }
    assert!(
        !es.iter()
            .any(|e| e.name.contains("Cmdr") || e.name.contains("Adm")),
        "{:?}",
        names(&es)
    );
}
