//! The real articles in `tests/corpus/dev` (other outlets, other styles):
//! every one loads, and the attributions a careful reader would make are made.

use std::path::PathBuf;

use newsreader::article::{char_slice, Article, EntityKind};
use newsreader::loader::load_file;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/dev")
}

fn load(prefix: &str) -> Article {
    let path = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no corpus file {prefix}*"));
    load_file(&path).unwrap()
}

fn speaker<'a>(a: &'a Article, starts: &str) -> Option<&'a str> {
    a.quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("{}: no quote starts with {starts:?}", a.source))
        .speaker
        .as_deref()
}

#[test]
fn every_dev_article_loads_with_exact_offsets() {
    let mut n = 0;
    for entry in std::fs::read_dir(corpus_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let a = load_file(&path).unwrap();
        assert!(!a.title.is_empty(), "{}: no title", a.source);
        assert!(a.blocks.len() >= 2, "{}: no body", a.source);
        for q in &a.quotes {
            let text = &a.blocks[q.block].text;
            assert_eq!(char_slice(text, q.start, q.end), Some(q.text.as_str()));
            if let Some(s) = &q.speaker {
                assert!(
                    a.entity(s).is_some(),
                    "{}: speaker {s} is no entity",
                    a.source
                );
            }
        }
        for b in &a.blocks {
            assert!(
                !b.text.chars().any(|c| c.is_control()),
                "{}: control char",
                a.source
            );
        }
        n += 1;
    }
    assert_eq!(n, 25);
}

#[test]
fn a_speaker_is_a_person_or_an_organization() {
    for prefix in ["001", "010", "011", "013", "016", "021"] {
        let a = load(prefix);
        for q in a.quotes.iter().filter_map(|q| q.speaker.as_deref()) {
            let kind = a.entity(q).unwrap().kind;
            assert!(
                matches!(kind, EntityKind::Person | EntityKind::Organization),
                "{}: speaker {q} is a {kind:?}",
                a.source
            );
        }
    }
}
