//! The real articles in `tests/corpus/dev` (other outlets, other styles):
//! every one loads, and the attributions a careful reader would make are made.

use std::path::PathBuf;

use newsreader::article::{char_slice, Article, EntityKind};
use newsreader::loader::files::load_entry;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/dev")
}

fn load(prefix: &str) -> Article {
    let path = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            // Not the `.entities.tsv` labels beside an article.
            name.starts_with(prefix) && name.ends_with(".txt")
        })
        .unwrap_or_else(|| panic!("no corpus file {prefix}*"));
    load_entry(&path, 0, None).unwrap()
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
        let a = load_entry(&path, 0, None).unwrap();
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

/// Attributions a careful reader makes in the dev articles, one for each
/// kind of cue they use: (file prefix, start of the quote, speaker).
const NOTABLE: &[(&str, &str, &str)] = &[
    // `spoke about the incident: "…"`: a colon after a speech phrase.
    ("001", "We don't know what caused it", "Jennifer Chelune"),
    // A quote paragraph continuing the one before.
    ("001", "The battle of the algorithms", "Edward Kaufman"),
    ("001", "The market is now realizing", "Peter Boockvar"),
    // `he said` after a named lead-in.
    ("002", "I am a little bit uneasy", "Jean-Claude Trichet"),
    ("003", "What's most worrisome", "Bill Groeneveld"),
    ("003", "Asset-management divisions", "Bill Groeneveld"),
    ("004", "this is a pivotal moment", "George W. Bush"),
    ("005", "The market should be given", "Dmitry Medvedev"),
    // A quote split around `he said`.
    ("005", "but on the maintenance", "Sergei Ignatiev"),
    ("006", "It doesn't mean we can't go back", "Peter Cardillo"),
    // `The bank's CEO, Ken Lewis, said`.
    ("007", "[...] credit costs remain high", "Ken Lewis"),
    ("008", "It's pretty ugly", "Bill Strazzullo"),
    ("009", "A lot of these lenders", "Nicolas Retsinas"),
    // Speaker labels left over from wiki markup: `:Title Name: "…"`.
    ("010", "We don't have to turn the other cheek", "Bill Bodie"),
    ("010", "No, Sir, save it", "James Roche"),
    // `…, saying, "…"`: the subject of the sentence.
    ("010", "I love Ya, Big Guy", "James Roche"),
    ("010", "This was not a competitive", "Marvin Sambur"),
    // A quote paragraph after `He also warned that …`.
    ("011", "If they have more than a few", "Bruce Bennett"),
    (
        "012",
        "It was a moment when all the stars",
        "Jussi Pylkkänen",
    ),
    // `He said, “…”` in a feature.
    ("013", "My fellow Americans", "Gerald Rudolph Ford"),
    ("013", "For myself and for our Nation", "Jimmy Carter"),
    // `calling it "…"`: a partial quote that is still speech.
    ("015", "an overwhelming defeat", "Boris Vishnevskii"),
    // `the Argentine bishop said`: a descriptor resolved to the bishop named before.
    ("021", "Identity is given from the sex", "Daniel Fernández"),
    ("023", "predestined and born", "Maria Luiza Benitez"),
    ("024", "The indecency and unnatural acts", "Joyce Banda"),
];

#[test]
fn notable_attributions_in_the_dev_articles() {
    let mut wrong = Vec::new();
    for (prefix, quote, expected) in NOTABLE {
        let a = load(prefix);
        let got = speaker(&a, quote);
        if got != Some(expected) {
            wrong.push(format!(
                "{prefix} {quote:?}: expected {expected}, got {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "wrong speakers:\n{}", wrong.join("\n"));
}

/// Quoted phrases nobody said: titles of works, terms, scare quotes.
const NOBODY: &[(&str, &str)] = &[
    ("010", "Senate aide"),
    ("012", "Salvator Mundi"),
    ("025", "The Spear"),
];

#[test]
fn titles_and_scare_quotes_in_the_dev_articles_have_no_speaker() {
    for (prefix, quote) in NOBODY {
        let a = load(prefix);
        assert_eq!(speaker(&a, quote), None, "{prefix} {quote:?}");
    }
}
