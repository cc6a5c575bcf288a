//! docs/dump-json.md lists every `kind_rule` a dump can hold.

use crate::article::KindRule;

/// Every rule, in declaration order. The `match` in [`position`] fails to
/// compile when a rule is added and not listed here.
const ALL: &[KindRule] = &[
    KindRule::Title,
    KindRule::Role,
    KindRule::Gazetteer,
    KindRule::Direction,
    KindRule::KnownOrganization,
    KindRule::KnownOther,
    KindRule::Acronym,
    KindRule::Code,
    KindRule::WebDomain,
    KindRule::Ampersand,
    KindRule::OrganizationEnding,
    KindRule::CueWord,
    KindRule::OrganizationNounBefore,
    KindRule::OrganizationNounAfter,
    KindRule::Employer,
    KindRule::FirstName,
    KindRule::ForeignArticle,
    KindRule::InnerInitial,
    KindRule::Digit,
    KindRule::CamelCase,
    KindRule::SpeechVerb,
    KindRule::PlaceNoun,
    KindRule::PersonalNoun,
    KindRule::PlacePreposition,
    KindRule::SelfIntroduced,
    KindRule::KnownPerson,
    KindRule::Appositive,
    KindRule::GroupWord,
    KindRule::GroupPlural,
    KindRule::PageFurniture,
    KindRule::Numbered,
    KindRule::WhichClause,
    KindRule::RoleAt,
    KindRule::PlaceNounAfter,
    KindRule::CommaPlace,
    KindRule::QuoteIntroduction,
    KindRule::Coordinated,
    KindRule::PhotoCredit,
    KindRule::StoryCredit,
    KindRule::ApposedNoun,
    KindRule::Index,
    KindRule::Handle,
    KindRule::ListedWith,
    KindRule::StateAbbreviation,
    KindRule::ShapeOnly,
    KindRule::Speaker,
    KindRule::CorporateSuffix,
    KindRule::AddedSpeaker,
];

fn position(rule: KindRule) -> usize {
    match rule {
        KindRule::Title => 0,
        KindRule::Role => 1,
        KindRule::Gazetteer => 2,
        KindRule::Direction => 3,
        KindRule::KnownOrganization => 4,
        KindRule::KnownOther => 5,
        KindRule::Acronym => 6,
        KindRule::Code => 7,
        KindRule::WebDomain => 8,
        KindRule::Ampersand => 9,
        KindRule::OrganizationEnding => 10,
        KindRule::CueWord => 11,
        KindRule::OrganizationNounBefore => 12,
        KindRule::OrganizationNounAfter => 13,
        KindRule::Employer => 14,
        KindRule::FirstName => 15,
        KindRule::ForeignArticle => 16,
        KindRule::InnerInitial => 17,
        KindRule::Digit => 18,
        KindRule::CamelCase => 19,
        KindRule::SpeechVerb => 20,
        KindRule::PlaceNoun => 21,
        KindRule::PersonalNoun => 22,
        KindRule::PlacePreposition => 23,
        KindRule::SelfIntroduced => 24,
        KindRule::KnownPerson => 25,
        KindRule::Appositive => 26,
        KindRule::GroupWord => 27,
        KindRule::GroupPlural => 28,
        KindRule::PageFurniture => 29,
        KindRule::Numbered => 30,
        KindRule::WhichClause => 31,
        KindRule::RoleAt => 32,
        KindRule::PlaceNounAfter => 33,
        KindRule::CommaPlace => 34,
        KindRule::QuoteIntroduction => 35,
        KindRule::Coordinated => 36,
        KindRule::PhotoCredit => 37,
        KindRule::StoryCredit => 38,
        KindRule::ApposedNoun => 39,
        KindRule::Index => 40,
        KindRule::Handle => 41,
        KindRule::ListedWith => 42,
        KindRule::StateAbbreviation => 43,
        KindRule::ShapeOnly => 44,
        KindRule::Speaker => 45,
        KindRule::CorporateSuffix => 46,
        KindRule::AddedSpeaker => 47,
    }
}

#[test]
fn every_kind_rule_is_documented() {
    let doc = include_str!("../../../../docs/dump-json.md");
    for (i, rule) in ALL.iter().enumerate() {
        assert_eq!(position(*rule), i, "{rule:?} out of place in ALL");
        let name = serde_json::to_string(rule).unwrap_or_default();
        let name = name.trim_matches('"');
        assert!(
            doc.contains(&format!("`{name}`")),
            "{name} missing from docs/dump-json.md"
        );
    }
}
