//! `paragraphs` joins a paragraph's lines once it ends; the way it grew
//! the text line by line before is kept here as the oracle it must match.

use super::super::{clean_line, paragraphs, starts_own_paragraph, undouble};
use crate::loader::text::normalize;

/// The paragraphs as the line-by-line version made them: (text, photo).
fn by_lines(text: &str) -> Vec<(String, bool)> {
    let text = text.trim_matches('\n');
    let has_blank_line = text.split('\n').any(|l| l.trim().is_empty());
    if !has_blank_line {
        return text
            .split('\n')
            .map(clean_line)
            .filter(|l| !l.is_empty())
            .map(|l| match undouble(l) {
                Some(once) => (once.to_string(), true),
                None => (l.to_string(), false),
            })
            .collect();
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut current = String::new();
    let mut lines = 0;
    for line in text.split('\n') {
        let line = clean_line(line);
        if line.is_empty() {
            if !current.is_empty() {
                out.push((std::mem::take(&mut current), false));
                lines = 0;
            }
            continue;
        }
        if let Some(once) = undouble(line) {
            if !current.is_empty() {
                out.push((std::mem::take(&mut current), false));
                lines = 0;
            }
            out.push((once.to_string(), true));
            continue;
        }
        if lines > 0 {
            if lines == 1 && out.len() < 3 && starts_own_paragraph(&current, line, out.is_empty()) {
                out.push((std::mem::take(&mut current), false));
                current.push_str(line);
                continue;
            }
            current.push(' ');
        }
        current.push_str(line);
        lines += 1;
    }
    if !current.is_empty() {
        out.push((current, false));
    }
    out
}

fn check(text: &str) {
    let got: Vec<(String, bool)> = paragraphs(text)
        .into_iter()
        .map(|p| (p.text, p.photo))
        .collect();
    assert_eq!(got, by_lines(text), "{text:?}");
}

#[test]
fn bundled_and_corpus_texts_split_as_line_by_line() {
    for t in &crate::bundled_texts::bundled_texts() {
        check(t);
        check(&normalize(t));
    }
}

#[test]
fn generated_lines_split_as_line_by_line() {
    // Head lines, wrapped prose, blank and white lines, wiki indents and
    // doubled captions, in every order a small generator reaches.
    let pieces = [
        "Markets rally on recovery hopes",
        "By Jane Roe",
        "May 8, 2016",
        "Stock markets around the world rose sharply on Friday after the",
        "central bank said the economy was starting to recover.",
        "",
        " ",
        ":Speaker: \"Yes.\"",
        "::",
        ":",
        "A red car A red car",
        "Kim said.",
        "WASHINGTON —",
    ];
    let mut seed = 7u32;
    for len in 0..40 {
        for _ in 0..40 {
            let text: Vec<&str> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    pieces
                        .get((seed >> 16) as usize % pieces.len())
                        .copied()
                        .unwrap_or("")
                })
                .collect();
            check(&text.join("\n"));
        }
    }
}
