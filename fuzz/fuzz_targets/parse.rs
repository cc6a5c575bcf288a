//! Arbitrary bytes through the same decode + parse path as article files
//! (`parse_bytes`), checking what the loader promises on any input: no
//! panic, no control character in any string of the article, and every
//! quote, cue and entity offset inside its block.
//!
//! Run from the repository root, seeded with the bundled articles:
//! `mkdir -p fuzz/corpus/parse && cp crates/core/assets/articles/*.txt fuzz/corpus/parse/`
//! then `cargo +nightly fuzz run parse -- -max_total_time=600 -max_len=65536`.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use newsreader::article::{char_slice, Article};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(articles) = newsreader::loader::parse_bytes(Path::new("fuzz.txt"), data) else {
        return;
    };
    for article in &articles {
        check_offsets(article);
        let json = serde_json::to_value(article).expect("an article serializes");
        check_strings(&json);
    }
});

fn check_strings(v: &Value) {
    match v {
        Value::String(s) => {
            for c in s.chars() {
                assert!(
                    c == '\n' || c == '\t' || !(c.is_control() || c == '\u{7f}'),
                    "control {c:?} in {s:?}"
                );
            }
        }
        Value::Array(items) => items.iter().for_each(check_strings),
        Value::Object(map) => map.values().for_each(check_strings),
        _ => {}
    }
}

fn check_offsets(a: &Article) {
    let block = |i: usize| a.blocks.get(i).map(|b| b.text.as_str());
    for q in &a.quotes {
        let text = block(q.block).expect("quote block exists");
        assert_eq!(char_slice(text, q.start, q.end), Some(q.text.as_str()));
        if let Some(cue) = &q.cue {
            let text = block(cue.span.block).expect("cue block exists");
            assert!(char_slice(text, cue.span.start, cue.span.end).is_some());
        }
    }
    for e in &a.entities {
        assert_eq!(e.mentions, e.positions.len());
        for p in &e.positions {
            let text = block(p.block).expect("entity block exists");
            assert!(char_slice(text, p.start, p.end).is_some());
        }
    }
}
