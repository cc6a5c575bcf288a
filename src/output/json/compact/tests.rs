use super::*;
use crate::article::{Article, Cue, CueRule, Span};
use crate::loader::files::{find_files, load_file};
use crate::loader::samples::load_samples;

fn ours(value: &impl Serialize) -> Vec<u8> {
    let mut out = Vec::new();
    to_vec(value, &mut out).unwrap();
    out
}

fn same_as_serde_json(value: &(impl Serialize + ?Sized), what: &str) {
    let mut out = Vec::new();
    to_vec(&value, &mut out).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out),
        String::from_utf8_lossy(&serde_json::to_vec(value).unwrap()),
        "{what}"
    );
}

#[test]
fn the_word_test_agrees_with_the_byte_test() {
    // Every byte value at every place in a word of otherwise plain bytes,
    // and of bytes next to the edges of the tests (0x1f and 0x21 beside
    // the control range, 0x80 and 0xff where a borrow could reach).
    for fill in [b'a', b' ', 0x21, 0x5d, 0x80, 0xff, 0x23, 0x5b] {
        for at in 0..8 {
            for b in 0..=255u8 {
                let mut w = [fill; 8];
                w[at] = b;
                let want = w.iter().any(|&x| escaped(x));
                assert_eq!(any_escaped(u64::from_le_bytes(w)), want, "{w:02x?}");
            }
        }
    }
}

#[test]
fn the_padded_tail_is_the_last_bytes_then_spaces() {
    // Every length up to three words, of bytes that differ from each
    // other and from a space, so a byte read from the wrong place shows.
    let text: Vec<u8> = (1..=24u8).map(|b| b + 0x40).collect();
    for len in 0..=text.len() {
        let bytes = &text[..len];
        let rest = len % 8;
        let mut want = [b' '; 8];
        want[..rest].copy_from_slice(&bytes[len - rest..]);
        assert_eq!(
            tail_padded(bytes),
            (u64::from_le_bytes(want), rest),
            "{len} bytes"
        );
    }
}

#[test]
fn strings_are_escaped_as_serde_json_escapes_them() {
    // Every char JSON treats specially (and DEL and a few beyond ASCII,
    // which it does not), at every place around the eight-byte words, in
    // strings of every length up to three words.
    let specials: Vec<char> = (0u8..0x20)
        .map(char::from)
        .chain(['"', '\\', '\u{7f}', 'é', '“', '😀', '/'])
        .collect();
    for len in 0..24 {
        for at in 0..=len {
            for &c in &specials {
                let mut s: String = "abcdefghijklmnopqrstuvwxyz".chars().take(len).collect();
                s.insert(at.min(s.len()), c);
                same_as_serde_json(&s, &format!("{s:?}"));
            }
        }
    }
    same_as_serde_json("", "empty");
    same_as_serde_json(&'\n', "a char");
    same_as_serde_json(&"\"\\\"\u{1}\u{1f}\r\n\t\u{8}\u{c}", "escapes only");
}

#[test]
fn every_bundled_and_corpus_article_is_written_as_serde_json_writes_it() {
    let mut articles = load_samples();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let (files, _) = find_files(&[corpus]);
    for file in &files {
        articles.extend(load_file(file).unwrap_or_default());
    }
    assert!(articles.len() > 30, "{} articles", articles.len());
    for a in &articles {
        same_as_serde_json(a, &a.source);
    }
    same_as_serde_json(&articles, "all of them as one list");
}

/// An article with every optional field set and every kind of value,
/// including the fields the bundled articles leave empty.
#[test]
fn an_article_with_every_field_set_is_written_as_serde_json_writes_it() {
    let mut a: Article = load_samples()
        .into_iter()
        .find(|a| !a.quotes.is_empty() && !a.entities.is_empty())
        .unwrap();
    a.title = "A \"title\"\twith\u{0} controls\\".to_string();
    a.byline = Some("By A. Writer".into());
    a.dateline = Some("WASHINGTON".into());
    a.caption = Some("A caption".into());
    a.credit = None;
    a.url = Some("https://example.org/a?b=1&c=\"2\"".into());
    a.feed = Some("https://example.org/feed".into());
    a.published = Some("2026-12-07T00:00:00Z".into());
    a.entry_id = Some("urn:x".into());
    a.repaired = true;
    a.title_derived = true;
    a.quotes[0].cue = Some(Cue {
        rule: CueRule::AccordingTo,
        span: Span {
            block: 0,
            start: 1,
            end: usize::MAX,
        },
        verb: "said".into(),
    });
    a.quotes[0].speaker = None;
    same_as_serde_json(&a, "every field");
}

#[test]
fn shapes_an_article_lacks_are_refused_not_written_wrong() {
    let mut out = Vec::new();
    assert!(to_vec(&1.5f64, &mut out).is_err());
    let map: std::collections::BTreeMap<&str, u8> = [("a", 1)].into();
    assert!(to_vec(&map, &mut Vec::new()).is_err());
    // What it does write is well-formed: integers, booleans, null.
    assert_eq!(ours(&(-3i32)), b"-3");
    assert_eq!(ours(&Some(true)), b"true");
    assert_eq!(ours(&None::<u8>), b"null");
    assert_eq!(ours(&Vec::<u8>::new()), b"[]");
}
