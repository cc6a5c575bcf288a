//! People known only from how blogs, wires and broadcasters credit them:
//! a paragraph introducing a quoted comment, a list beside a first-named
//! person, a picture or story credit, a speaking Twitter handle; and market
//! indices that look like acronyms.

use super::classes::rule_of;
use super::{blocks, entities, get, names};
use crate::article::{EntityKind, KindRule};
use crate::loader::entities::find_ruled;

/// The kind and rule of entity `name` in `text`.
fn kind_of(text: &str, name: &str) -> (EntityKind, KindRule) {
    let found = find_ruled(&blocks(text));
    let i = found
        .drafts
        .iter()
        .position(|d| d.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:#?}", names(&found.drafts)));
    (found.drafts[i].kind, found.rules[i])
}

#[test]
fn a_commenter_introducing_a_quote_is_a_person() {
    let text = "The ban was lifted.\n\nZorbal suggests that the move came from abroad:\n\nNo choice at all.";
    assert_eq!(
        kind_of(text, "Zorbal"),
        (EntityKind::Person, KindRule::QuoteIntroduction)
    );
}

#[test]
fn a_name_listed_beside_a_first_named_person_is_a_person() {
    let text = "The couple, Steven Obolo and Tamwe Chimbara, were jailed.";
    assert_eq!(
        kind_of(text, "Tamwe Chimbara"),
        (EntityKind::Person, KindRule::Coordinated)
    );
}

#[test]
fn credited_photographers_and_staff_are_people() {
    let text = "The bar after the fire, Lagos © Kiri Tamsawe\n\nOdo Zembla in Lagos also contributed to the report.";
    assert_eq!(
        kind_of(text, "Kiri Tamsawe"),
        (EntityKind::Person, KindRule::PhotoCredit)
    );
    assert_eq!(
        kind_of(text, "Odo Zembla"),
        (EntityKind::Person, KindRule::StoryCredit)
    );
}

#[test]
fn a_handle_that_speaks_is_a_person() {
    let text = "The vote was close.\n\n@kiri_tamsa: We lost by two votes.";
    assert_eq!(
        kind_of(text, "@kiri_tamsa"),
        (EntityKind::Person, KindRule::Handle)
    );
}

#[test]
fn an_acronym_with_a_number_is_a_market_index() {
    let text = "Shares fell and the ZSEX 100 closed lower; the QDAX index rose.";
    assert_eq!(kind_of(text, "ZSEX"), (EntityKind::Other, KindRule::Index));
    assert_eq!(kind_of(text, "QDAX"), (EntityKind::Other, KindRule::Index));
}

#[test]
fn one_word_owning_a_photo_is_an_agency() {
    let text = "A march in the capital. Photo by Jane Roe, copyright © Zorbix.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Zorbix").kind, EntityKind::Organization, "{es:?}");
    assert_eq!(rule_of(text, "Zorbix"), KindRule::CreditAgency);
}

#[test]
fn a_credit_led_by_a_body_word_is_no_person() {
    let (_, es) = entities("Photo by Media Zorbu");
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        names(&es)
    );
}
