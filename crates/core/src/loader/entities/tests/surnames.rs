//! Bare surnames that the lexicon also knows as a place or a company.

use super::{entities, get, has, names};
use crate::article::EntityKind;

#[test]
fn a_company_word_after_the_full_name_is_the_person() {
    let (_, es) = entities(
        "Michael Bloomberg ended his campaign on Wednesday. \"I will support Joe Biden,\" Bloomberg said. A reporter for Bloomberg News asked about it.",
    );
    let person = get(&es, "Michael Bloomberg");
    assert_eq!(person.kind, EntityKind::Person);
    assert!(person.aliases.iter().any(|a| a == "Bloomberg"));
    assert_eq!(get(&es, "Bloomberg News").kind, EntityKind::Organization);
}

#[test]
fn a_place_used_as_a_person_after_the_full_name_is_the_person() {
    let (_, es) = entities(
        "Sudesh Amman was shot by police on Sunday. Amman, who was released last month, had a knife. \"He was dangerous,\" a neighbour said of Amman.",
    );
    let person = get(&es, "Sudesh Amman");
    assert_eq!(person.kind, EntityKind::Person, "{:?}", names(&es));
    assert!(!es.iter().any(|e| e.name == "Amman"), "{:?}", names(&es));
}

#[test]
fn a_place_or_acronym_with_no_sign_of_a_person_keeps_its_kind() {
    let (_, es) = entities(
        "Kim Jong Un met officials in Pyongyang. The UN condemned the test. Staff of Caja Madrid moved to offices in the Community of Madrid.",
    );
    assert_eq!(
        get(&es, "UN").kind,
        EntityKind::Organization,
        "{:?}",
        names(&es)
    );
    assert!(has(&es, "Madrid"), "{:?}", names(&es));
    assert_eq!(get(&es, "Madrid").kind, EntityKind::Place);
}
