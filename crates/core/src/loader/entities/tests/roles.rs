//! People shown by a role noun written in capitals or in the plural, and
//! sentence-initial common words that a speech verb or a comma does not make
//! anyone, on made-up snippets.

use super::classes::rule_of;
use super::{entities, get, has, names};
use crate::article::{EntityKind, KindRule};

#[test]
fn a_capitalised_role_opening_the_sentence() {
    let text = "Blogger Tamsin Okoro compiled the posts in one page.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Tamsin Okoro").kind, EntityKind::Person);
    assert_eq!(rule_of(text, "Tamsin Okoro"), KindRule::Role);
}

#[test]
fn a_plural_role_before_a_list_of_names() {
    let text = "The debate was moderated by TV anchors Yusri Fadda and Kiri Tamsa.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Yusri Fadda").kind, EntityKind::Person);
    assert_eq!(rule_of(text, "Yusri Fadda"), KindRule::Role);
}

#[test]
fn sentence_initial_common_words_name_nobody() {
    // The article writes `aides` and `stupid` in lower case too, and
    // `Happily` is an adverb: a speech verb or a comma after them makes no
    // one of them.
    let text = "Aides said the plan was ready. Two aides disagreed.\n\n\
                Stupid, careless work, said a critic; it was stupid to wait.\n\n\
                Happily, the vote passed.";
    let (_, es) = entities(text);
    for word in ["Aides", "Stupid", "Happily"] {
        assert!(!has(&es, word), "{word} listed: {:?}", names(&es));
    }
}

#[test]
fn party_members_who_speak_are_nobody() {
    // A group speaks in news (`Democrats said`) but names no one: the
    // attribution stage must not find an entity to make a person of.
    let text = "Democrats said the bill was dead. Republicans disagreed, and a Democratic \
                aide called Jane Roe.";
    let (_, es) = entities(text);
    for word in ["Democrats", "Republicans", "Democratic"] {
        assert!(!has(&es, word), "{word} listed: {:?}", names(&es));
    }
}

#[test]
fn more_plurals_and_pronouns_that_speak_are_nobody() {
    let text = "Mourners said the service was moving. Everybody says so. Donors agreed with \
                Jane Roe.";
    let (_, es) = entities(text);
    for word in ["Mourners", "Everybody", "Donors"] {
        assert!(!has(&es, word), "{word} listed: {:?}", names(&es));
    }
    assert_eq!(get(&es, "Jane Roe").kind, EntityKind::Person);
}

#[test]
fn a_group_that_speaks_is_not_added_as_a_speaker() {
    // Through the whole loader: the attribution stage adds speakers the
    // finder missed, but asks `names_nobody` first.
    let article = crate::loader::parse(
        "snippet.txt",
        "Vote delayed\n\n\u{201c}The bill is dead,\u{201d} Democrats said on Monday.\n\n\
         \u{201c}We disagree,\u{201d} Mourners said.\n\n\
         \u{201c}It is fine,\u{201d} said Jane Roe.\n",
    );
    let people: Vec<&str> = article
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(people, ["Jane Roe"], "{:?}", article.entities);
    assert!(crate::loader::entities::names_nobody("Democrats"));
    assert!(crate::loader::entities::names_nobody("Analysts"));
    assert!(!crate::loader::entities::names_nobody("King"));
    assert!(crate::loader::entities::names_nobody("Justice"));
    assert!(!crate::loader::entities::names_nobody("Roe"));
}

#[test]
fn an_adjective_opening_a_sentence_before_a_bare_noun_phrase() {
    // `Stupid, careless artist …`: no article, age or `who` after the
    // comma, so the opening word stays an adjective; `Okafor, a spokesman for`
    // is a name.
    let text = "Stupid, careless artist on the other hand, ruin the mood.\n\n\
                Okafor, a spokesman for the group, disagreed.";
    let (_, es) = entities(text);
    assert!(!has(&es, "Stupid"), "{:?}", names(&es));
    assert_eq!(get(&es, "Okafor").kind, EntityKind::Person);
}

#[test]
fn abbreviated_months_and_numbers_name_nothing() {
    let text = "The vote on Feb. 27 followed case No. 14-915, argued by Samuel A. Okoro in Sept. last year.";
    let (_, es) = entities(text);
    for word in ["Feb.", "No.", "Sept."] {
        assert!(!has(&es, word), "{word} listed: {:?}", names(&es));
    }
    // An initial keeps its dot and stays inside the name.
    assert_eq!(get(&es, "Samuel A. Okoro").kind, EntityKind::Person);
}

#[test]
fn a_name_with_its_handle_in_brackets_is_a_person() {
    let text = "Some, such as Zuncho (@zuncho_84), wanted more.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Zuncho").kind, EntityKind::Person);
    assert_eq!(rule_of(text, "Zuncho"), KindRule::HandleAfter);
}

#[test]
fn a_handle_beside_its_display_name_is_one_entity() {
    let text = "Some, such as Zuncho (@zuncho_84), wanted more. @mlopez_t (Maria Lopez) agreed.";
    let (_, es) = entities(text);
    let z = get(&es, "Zuncho");
    assert_eq!(z.kind, EntityKind::Person);
    assert_eq!(z.aliases, ["@zuncho_84"]);
    assert_eq!(get(&es, "Maria Lopez").aliases, ["@mlopez_t"]);
    assert!(
        !es.iter().any(|e| e.name.starts_with('@')),
        "{:?}",
        names(&es)
    );
    // The name's own words outweigh the handle: a body stays a body.
    let text = "The Lagos Workers Union (@lagos_wu) marched.";
    let (_, es) = entities(text);
    let u = get(&es, "Lagos Workers Union");
    assert_eq!(u.kind, EntityKind::Organization);
    assert_eq!(u.aliases, ["@lagos_wu"]);
}

#[test]
fn a_musician_or_pundit_before_a_one_word_name() {
    let text = "Band guitarist Zorb joined the tour, and the pundit Kessa Lorn laughed.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Zorb").kind, EntityKind::Person);
    assert_eq!(rule_of(text, "Zorb"), KindRule::Role);
    assert_eq!(rule_of(text, "Kessa Lorn"), KindRule::Role);
}
