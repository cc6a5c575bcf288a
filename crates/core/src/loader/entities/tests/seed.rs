//! The acceptance checks on the seed article (the sample the product was
//! specified from), split into paragraphs like the placeholder layout.

use super::{entities, get, mentions, names};
use crate::article::EntityKind;

const SEED: &str = include_str!("../../../../assets/articles/kim-jong-un-vladivostok.txt");

#[test]
fn seed_people_are_found_with_their_aliases() {
    let (b, es) = entities(SEED);
    let people: [(&str, &[&str]); 13] = [
        ("Kim Jong Un", &["Kim"]),
        ("Vladimir Putin", &["Putin"]),
        ("Kim Il Sung", &[]),
        ("Stalin", &[]),
        ("Kim Jong Il", &[]),
        ("Dmitri Medvedev", &[]),
        ("Donald Trump", &["Trump"]),
        ("Xi Jinping", &["Xi"]),
        ("Moon Jae-in", &["Moon"]),
        ("Sergei Lavrov", &[]),
        ("Bruce Klinger", &["Klinger"]),
        ("Mark P. Barry", &["Barry"]),
        ("Stephen Biegun", &[]),
    ];
    for (name, aliases) in people {
        let e = get(&es, name);
        assert_eq!(e.kind, EntityKind::Person, "{name}");
        for alias in aliases {
            assert!(
                e.aliases.iter().any(|a| a == alias),
                "{name}: {:?}",
                e.aliases
            );
        }
        for m in mentions(&b, e) {
            assert!(
                m == e.name || e.aliases.iter().any(|a| a == m),
                "{name}: {m}"
            );
        }
    }
    // The shared surname goes to the article's subject, the most mentioned.
    let kim = get(&es, "Kim Jong Un");
    assert!(kim.positions.len() > 20);
    assert!(get(&es, "Vladimir Putin").positions.len() > 15);
    assert_eq!(get(&es, "Kim Jong Il").positions.len(), 1);
    // `said American Klinger` and `Klinger said` are mentions for attribution.
    assert_eq!(get(&es, "Bruce Klinger").positions.len(), 3);
    assert_eq!(get(&es, "Mark P. Barry").positions.len(), 2);
}

#[test]
fn seed_places_and_organisations_have_their_kinds() {
    let (_, es) = entities(SEED);
    for place in [
        "Vladivostok",
        "Russia",
        "Beijing",
        "Seoul",
        "Washington",
        "Hanoi",
        "Vietnam",
        "Khasan",
        "Russky Island",
        "Siberia",
        "China",
        "North Korea",
        "United States",
        "Moscow",
    ] {
        assert_eq!(get(&es, place).kind, EntityKind::Place, "{place}");
    }
    for org in [
        "Heritage Foundation",
        "Far Eastern Federal University",
        "UN Security Council",
        "UN",
        "AFP",
    ] {
        assert_eq!(get(&es, org).kind, EntityKind::Organization, "{org}");
    }
    assert_eq!(get(&es, "Cold War").kind, EntityKind::Other);
    assert_eq!(get(&es, "Belt and Road Initiative").kind, EntityKind::Other);
}

#[test]
fn seed_has_no_junk_entities() {
    let (_, es) = entities(SEED);
    for junk in [
        "Subsequent",
        "However",
        "Recently",
        "Photo",
        "Last",
        "Clearly",
        "Moreover",
        "Thursday",
        "February",
        "Wednesday",
        "TV",
        "Leave",
        "Required",
        "Arriving",
        "Wants",
        "Russian",
        "North Korean",
        "American",
    ] {
        assert!(
            !es.iter().any(|e| e.name == junk),
            "junk {junk} in {:?}",
            names(&es)
        );
    }
    let persons = es.iter().filter(|e| e.kind == EntityKind::Person).count();
    assert!(persons <= 15, "{:?}", names(&es));
}

#[test]
fn positions_are_in_reading_order_on_char_boundaries() {
    let (b, es) = entities(SEED);
    for e in &es {
        assert!(e.positions.windows(2).all(|w| w[0] < w[1]), "{}", e.name);
        for p in &e.positions {
            let t = &b[p.block].text;
            assert!(t.is_char_boundary(p.start) && t.is_char_boundary(p.end));
        }
    }
}
