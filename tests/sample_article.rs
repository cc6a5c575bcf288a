//! The acceptance test of the loader issue, on the seed article as `dump`
//! writes it: speakers of all eight speech quotes, no speaker for scare
//! quotes, the caption and credit split off, both headings, no boilerplate,
//! and the people with their aliases merged.

use std::collections::BTreeMap;
use std::process::Command;

use serde_json::Value;

fn sample() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/core/assets/articles/kim-jong-un-vladivostok.txt"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_newsreader"))
        .args(["dump", path])
        .output()
        .expect("newsreader runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut doc: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    doc["articles"][0].take()
}

fn str_of(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

fn quotes(a: &Value) -> &Vec<Value> {
    a["quotes"].as_array().expect("quotes array")
}

fn speaker_of<'a>(a: &'a Value, starts: &str) -> Option<&'a str> {
    let q = quotes(a)
        .iter()
        .find(|q| str_of(&q["text"]).starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starts with {starts:?}"));
    q["speaker"].as_str()
}

#[test]
fn all_eight_speech_quotes_carry_their_speaker() {
    let a = sample();
    let mut by_speaker: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    for q in quotes(&a) {
        if let Some(s) = q["speaker"].as_str() {
            by_speaker
                .entry(s)
                .or_default()
                .push(q["block"].as_u64().unwrap());
        }
    }
    let counts: BTreeMap<&str, usize> = by_speaker.iter().map(|(k, v)| (*k, v.len())).collect();
    assert_eq!(
        counts,
        BTreeMap::from([
            ("Bruce Klinger", 6),
            ("Kim Jong Un", 1),
            ("Mark P. Barry", 1)
        ]),
    );
    let mut klinger_blocks = by_speaker["Bruce Klinger"].clone();
    klinger_blocks.dedup();
    assert_eq!(
        klinger_blocks.len(),
        3,
        "Klinger speaks in three paragraphs"
    );
}

#[test]
fn each_speech_quote_has_the_right_speaker() {
    let a = sample();
    assert_eq!(speaker_of(&a, "I come to Russia"), Some("Kim Jong Un"));
    // The split quote: both halves, and the sentence after the attribution.
    assert_eq!(speaker_of(&a, "I think Kim"), Some("Bruce Klinger"));
    assert_eq!(
        speaker_of(&a, "He is sending a message"),
        Some("Bruce Klinger")
    );
    assert_eq!(
        speaker_of(&a, "Even if Putin is willing"),
        Some("Bruce Klinger")
    );
    assert_eq!(speaker_of(&a, "he is constrained"), Some("Bruce Klinger"));
    assert_eq!(
        speaker_of(&a, "Kim is in a sanctions box"),
        Some("Bruce Klinger")
    );
    // `said American Klinger`: a descriptor before the surname.
    assert_eq!(
        speaker_of(&a, "Putin enjoys being meddlesome"),
        Some("Bruce Klinger")
    );
    assert_eq!(speaker_of(&a, "Putin will surely"), Some("Mark P. Barry"));
}

#[test]
fn scare_quotes_have_no_speaker() {
    let a = sample();
    assert_eq!(speaker_of(&a, "Kim Il Sung house"), None);
    assert_eq!(speaker_of(&a, "six-party talks"), None);
    for q in quotes(&a) {
        if str_of(&q["text"]) == "sanctions box" {
            assert!(q["speaker"].is_null(), "the heading's scare quote");
        }
    }
}

#[test]
fn a_quote_is_its_block_slice() {
    let a = sample();
    let blocks = a["blocks"].as_array().unwrap();
    let kim = quotes(&a)
        .iter()
        .find(|q| str_of(&q["text"]).starts_with("I come to Russia"))
        .unwrap();
    assert_eq!(kim["block"], 2);
    assert!(str_of(&kim["text"]).ends_with("many problems peacefully."));
    for q in quotes(&a) {
        let text = str_of(&blocks[q["block"].as_u64().unwrap() as usize]["text"]);
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        let slice: String = text.chars().skip(s).take(e - s).collect();
        assert_eq!(slice, str_of(&q["text"]));
    }
}

#[test]
fn caption_and_credit_are_split_off_the_body() {
    let a = sample();
    assert_eq!(
        str_of(&a["caption"]),
        "North Korean leader Kim Jong Un walks past honor guards during a welcome ceremony \
         after arriving at the railway station in Vladivostok on April 24, 2019."
    );
    assert_eq!(str_of(&a["credit"]), "Kirill Kudryavtsev / AFP");
    let blocks = a["blocks"].as_array().unwrap();
    assert!(str_of(&blocks[0]["text"]).starts_with("Arriving in the Russian Far East"));
    assert!(blocks
        .iter()
        .all(|b| !str_of(&b["text"]).contains("Photo:")));
    // The sample has no headline: the title is made from the body.
    assert_eq!(a["title_derived"], true);
    assert!(!str_of(&a["title"]).is_empty());
}

#[test]
fn both_headings_are_heading_blocks_and_the_boilerplate_is_gone() {
    let a = sample();
    let blocks = a["blocks"].as_array().unwrap();
    let headings: Vec<&str> = blocks
        .iter()
        .filter(|b| b["kind"] == "heading")
        .map(|b| str_of(&b["text"]))
        .collect();
    assert_eq!(
        headings,
        ["Wants out of ‘sanctions box’", "Putin in the spotlight"]
    );
    for b in blocks {
        let t = str_of(&b["text"]);
        assert!(
            !t.contains("Leave a comment") && !t.contains("email address"),
            "{t}"
        );
    }
    let last = str_of(&blocks[blocks.len() - 1]["text"]);
    assert!(
        last.starts_with("Kim is expected to continue his Russia visit"),
        "{last}"
    );
}

#[test]
fn people_are_person_entities_with_aliases_merged() {
    let a = sample();
    let entities = a["entities"].as_array().unwrap();
    let person = |name: &str| {
        entities
            .iter()
            .find(|e| e["name"] == name && e["kind"] == "person")
    };
    let people = [
        "Kim Jong Un",
        "Vladimir Putin",
        "Kim Il Sung",
        "Stalin",
        "Kim Jong Il",
        "Dmitri Medvedev",
        "Donald Trump",
        "Xi Jinping",
        "Moon Jae-in",
        "Sergei Lavrov",
        "Bruce Klinger",
        "Mark P. Barry",
        "Stephen Biegun",
    ];
    let found: Vec<&str> = people
        .iter()
        .copied()
        .filter(|p| person(p).is_some())
        .collect();
    assert_eq!(found, people, "people found as person entities");
    for (name, alias) in [
        ("Bruce Klinger", "Klinger"),
        ("Kim Jong Un", "Kim"),
        ("Vladimir Putin", "Putin"),
        ("Mark P. Barry", "Barry"),
        ("Donald Trump", "Trump"),
        ("Xi Jinping", "Xi"),
        ("Moon Jae-in", "Moon"),
    ] {
        let aliases = person(name).unwrap()["aliases"].as_array().unwrap();
        assert!(
            aliases.iter().any(|a| a == alias),
            "{name} lacks alias {alias}"
        );
    }
    // A bare Kim is the most salient Kim, never his father or grandfather.
    let kim = person("Kim Jong Un").unwrap();
    assert!(kim["mentions"].as_u64().unwrap() >= 20, "{kim}");
    for elder in ["Kim Il Sung", "Kim Jong Il"] {
        let aliases = person(elder).unwrap()["aliases"].as_array().unwrap();
        assert!(
            !aliases.iter().any(|a| a == "Kim"),
            "{elder} took the bare Kim"
        );
    }
    // A name does not appear twice as different entities.
    let mut names: Vec<&str> = entities.iter().map(|e| str_of(&e["name"])).collect();
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "duplicate entity names");
    // No entity is named by a bare alias of another.
    for e in entities {
        assert!(
            !["Klinger", "Kim", "Putin", "Barry"].contains(&str_of(&e["name"])),
            "{e}"
        );
    }
}
