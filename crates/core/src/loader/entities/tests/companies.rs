//! Companies, outlets and channels told from people and from `other` on
//! made-up snippets: the lexicon's organisations, a channel before `TV`,
//! and what a company has after its name (`Quentra shares`).

use super::classes::rule_of;
use super::{entities, get};
use crate::article::{EntityKind, KindRule};

#[test]
fn a_company_shaped_like_a_person_is_known_as_a_whole() {
    // `Morgan` is a given name, yet the two words are a bank.
    let text = "Analysts at Morgan Stanley cut their forecast on Tuesday.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Morgan Stanley").kind, EntityKind::Organization);
    assert_eq!(rule_of(text, "Morgan Stanley"), KindRule::KnownOrganization);
}

#[test]
fn well_known_companies_and_outlets_by_one_word() {
    let text = "Netflix said its shows did well, Politico reported, and Halliburton agreed.";
    let (_, es) = entities(text);
    for name in ["Netflix", "Politico", "Halliburton"] {
        assert_eq!(get(&es, name).kind, EntityKind::Organization, "{name}");
        assert_eq!(rule_of(text, name), KindRule::KnownOrganization, "{name}");
    }
}

#[test]
fn a_name_before_tv_is_a_channel() {
    let text = "The debate aired on Quentra TV late on Friday.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Quentra").kind, EntityKind::Organization);
    assert_eq!(rule_of(text, "Quentra"), KindRule::OrganizationNounAfter);
}

#[test]
fn shares_and_staff_after_a_name_make_a_company() {
    let text =
        "On Monday Zorvath shares fell 4% after the report, and Ostrava employees walked out.";
    let (_, es) = entities(text);
    for name in ["Zorvath", "Ostrava"] {
        assert_eq!(get(&es, name).kind, EntityKind::Organization, "{name}");
        assert_eq!(
            rule_of(text, name),
            KindRule::OrganizationNounAfter,
            "{name}"
        );
    }
}

#[test]
fn company_and_outlet_endings() {
    let text = "Investors backed Varga Scientific, and the Ostrow Examiner reported the deal.";
    let (_, es) = entities(text);
    for name in ["Varga Scientific", "Ostrow Examiner"] {
        assert_eq!(get(&es, name).kind, EntityKind::Organization, "{name}");
        assert_eq!(rule_of(text, name), KindRule::CueWord, "{name}");
    }
}

#[test]
fn a_kind_of_body_before_the_name_and_the_list_it_heads() {
    let text = "The regulator Ofkam fined two lenders, and the banks Zorvath and Quentra paid.";
    let (_, es) = entities(text);
    for name in ["Ofkam", "Zorvath", "Quentra"] {
        assert_eq!(get(&es, name).kind, EntityKind::Organization, "{name}");
        assert_eq!(
            rule_of(text, name),
            KindRule::OrganizationNounBefore,
            "{name}"
        );
    }
}

#[test]
fn an_organisation_word_inside_a_name_ending_in_a_place() {
    let text = "The report came from Grid Operators Association Europe on Monday.";
    let (_, es) = entities(text);
    let name = "Grid Operators Association Europe";
    assert_eq!(get(&es, name).kind, EntityKind::Organization);
    assert_eq!(rule_of(text, name), KindRule::CueWord);
}

#[test]
fn a_kind_of_body_then_a_comma_before_the_name() {
    let text = "Meanwhile, a more progressive newspaper, Zorvath, printed the advert.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Zorvath").kind, EntityKind::Organization);
    assert_eq!(rule_of(text, "Zorvath"), KindRule::OrganizationNounBefore);
}

#[test]
fn a_name_listed_beside_a_known_company_or_place() {
    let text = "Shoppers left Zorvath, Walmart and Quentra empty, while Ostrova and \
                Texas reported floods.";
    let (_, es) = entities(text);
    for name in ["Zorvath", "Quentra"] {
        assert_eq!(get(&es, name).kind, EntityKind::Organization, "{name}");
        assert_eq!(rule_of(text, name), KindRule::ListedWith, "{name}");
    }
    assert_eq!(get(&es, "Ostrova").kind, EntityKind::Place);
    assert_eq!(rule_of(text, "Ostrova"), KindRule::ListedWith);
}

#[test]
fn an_apposition_with_an_owner_is_no_list() {
    // `Ostrander, Germany's largest bank`: the comma opens an apposition.
    let text = "Jane Roe of Ostrander, Germany's largest private bank, warned of losses.";
    let (_, es) = entities(text);
    assert_ne!(rule_of(text, "Ostrander"), KindRule::ListedWith);
    let _ = get(&es, "Ostrander");
}

#[test]
fn staff_after_a_name_and_a_plural_role_at_a_name() {
    let text = "A Zorvath spokeswoman declined to comment. Officials at Ostrakon said talks \
                would go on.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Zorvath").kind, EntityKind::Organization);
    assert_eq!(rule_of(text, "Zorvath"), KindRule::OrganizationNounAfter);
    assert_eq!(get(&es, "Ostrakon").kind, EntityKind::Organization);
    assert_eq!(rule_of(text, "Ostrakon"), KindRule::RoleAt);
}

#[test]
fn run_together_words_name_products() {
    let text = "Developers built ZorbMap and later tried the newer tools.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "ZorbMap").kind, EntityKind::Other);
    assert_eq!(rule_of(text, "ZorbMap"), KindRule::CamelCase);
}

#[test]
fn an_acronym_heading_a_longer_name() {
    let text = "Listeners tuned in to QRX Morning Edition every day.";
    let (_, es) = entities(text);
    let name = "QRX Morning Edition";
    assert_eq!(get(&es, name).kind, EntityKind::Organization, "{:?}", es);
    assert_eq!(rule_of(text, name), KindRule::AcronymHead);
}

#[test]
fn where_a_named_person_comes_from() {
    let text = "Katya Roe from Vivir Zorb said the law was unfair.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Vivir Zorb").kind, EntityKind::Organization);
    assert_eq!(rule_of(text, "Vivir Zorb"), KindRule::MemberFrom);
    // A known place stays a place.
    let (_, es) = entities("Katya Roe from Ohio said the law was unfair.");
    assert_eq!(get(&es, "Ohio").kind, EntityKind::Place);
}

#[test]
fn a_makers_name_before_a_model_number() {
    let text = "The Boeing 737 jet crashed soon after take-off.";
    assert_eq!(rule_of(text, "Boeing"), KindRule::ModelNumber);
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Boeing").kind, EntityKind::Other);
}

#[test]
fn a_pair_with_a_singular_verb_is_one_body() {
    let text = "On the painting, Truth and Zorbance says: it must hang.";
    assert_eq!(rule_of(text, "Zorbance"), KindRule::SingularPair);
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Zorbance").kind, EntityKind::Organization);
}

#[test]
fn an_organisation_shaped_category() {
    let text = "Washington named the Zorb Brigade a Foreign Zorvian Organization.";
    assert_eq!(
        rule_of(text, "Foreign Zorvian Organization"),
        KindRule::Category
    );
    let (_, es) = entities(text);
    assert_eq!(
        get(&es, "Foreign Zorvian Organization").kind,
        EntityKind::Other
    );
}
