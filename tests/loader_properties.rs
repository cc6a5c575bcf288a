//! Properties of the loader on arbitrary input: it is total, and every
//! offset it gives is exact.

#[path = "support/proptest_cases.rs"]
mod proptest_cases;

use newsreader::article::{char_slice, Article};
use newsreader::loader::parse;
use proptest::prelude::*;
use proptest_cases::cases;

fn check(article: &Article) -> Result<(), TestCaseError> {
    let names: Vec<&str> = article.entities.iter().map(|e| e.name.as_str()).collect();
    for q in &article.quotes {
        let block = article.blocks.get(q.block);
        prop_assert!(block.is_some(), "quote block {} out of range", q.block);
        let text = &block.map(|b| b.text.as_str()).unwrap_or_default();
        prop_assert_eq!(char_slice(text, q.start, q.end), Some(q.text.as_str()));
        if let Some(s) = &q.speaker {
            prop_assert!(names.contains(&s.as_str()), "speaker {} is no entity", s);
        }
        if let Some(cue) = &q.cue {
            let cue_block = article.blocks.get(cue.span.block).map(|b| b.text.as_str());
            prop_assert!(cue_block.is_some());
            let cue_text = char_slice(cue_block.unwrap_or_default(), cue.span.start, cue.span.end);
            prop_assert!(cue_text.is_some(), "cue span out of bounds");
        }
    }
    for e in &article.entities {
        prop_assert_eq!(e.mentions, e.positions.len());
        for p in &e.positions {
            let text = article.blocks.get(p.block).map(|b| b.text.as_str());
            prop_assert!(text.is_some());
            prop_assert!(char_slice(text.unwrap_or_default(), p.start, p.end).is_some());
        }
    }
    for b in &article.blocks {
        prop_assert!(!b.text.trim().is_empty(), "empty block");
    }
    Ok(())
}

/// Text made of the pieces articles are made of, so that the interesting
/// paths (quotes, names, cues, captions) are reached far more often than
/// with uniform random characters.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("``".to_string()),
        Just("''".to_string()),
        Just(" said ".to_string()),
        Just(" he said.".to_string()),
        Just(", according to ".to_string()),
        Just("Bruce Klinger".to_string()),
        Just("Kim".to_string()),
        Just("Kim Jong Un".to_string()),
        Just("President ".to_string()),
        Just("Photo: ".to_string()),
        Just(" / AFP".to_string()),
        Just("By ".to_string()),
        Just("WASHINGTON (AP) — ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just(": ".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("\u{feff}".to_string()),
        Just("界".to_string()),
        Just("e\u{301}".to_string()),
        "[a-zA-Z ]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(512)))]

    #[test]
    fn offsets_hold_on_newsy_text(text in newsy_text()) {
        check(&parse("prop.txt", &text))?;
    }

    #[test]
    fn offsets_hold_on_arbitrary_strings(text in any::<String>()) {
        check(&parse("prop.txt", &text))?;
    }
}
