use super::*;

fn all_words(t: &str) -> Vec<&str> {
    words(t, 0, t.len()).map(|(s, e)| &t[s..e]).collect()
}

#[test]
fn the_byte_table_is_ascii_alphanumeric() {
    for b in 0..=u8::MAX {
        assert_eq!(alnum(b), b.is_ascii_alphanumeric(), "{b}");
    }
}

#[test]
fn word_char_agrees_with_the_unicode_tables() {
    for c in ('\0'..='\u{d7ff}').chain('\u{e000}'..='\u{ffff}') {
        assert_eq!(word_char(c), c.is_alphanumeric(), "{c:?}");
    }
}

#[test]
fn initials_abbreviations_apostrophes_and_ampersands_stay_in_the_word() {
    assert_eq!(
        all_words("Mark P. Barry met Mr. O’Brien of AT&T in the U.S. today."),
        [
            "Mark",
            "P.",
            "Barry",
            "met",
            "Mr.",
            "O’Brien",
            "of",
            "AT&T",
            "in",
            "the",
            "U.S.",
            "today"
        ]
    );
    // Hyphens, handles and inner periods separate words; the views join
    // them where they want to.
    assert_eq!(
        all_words("Jae-in @roe Forex.com 3.5"),
        ["Jae", "in", "roe", "Forex", "com", "3", "5"]
    );
}

#[test]
fn every_listed_abbreviation_keeps_its_period() {
    for a in crate::loader::abbreviations::all() {
        let t = format!("{a}. Roe");
        let first = words(&t, 0, t.len()).next().map(|(s, e)| &t[s..e]);
        assert_eq!(first, Some(format!("{a}.").as_str()), "{t}");
    }
    assert_eq!(
        all_words("Roe, R-Wis., said no. Then"),
        ["Roe", "R", "Wis", "said", "no", "Then"]
    );
}

#[test]
fn words_stay_inside_the_range_and_on_char_boundaries() {
    let t = "é “Ünïcode” said Ölaf. Mr. Roe";
    for (s, e) in words(t, 0, t.len()) {
        assert!(t.get(s..e).is_some());
    }
    // `Mr` cut off from its period by the range's end.
    let to = t.find("Mr.").map_or(0, |i| i + 2);
    assert_eq!(words(t, 0, to).last().map(|(s, e)| &t[s..e]), Some("Mr"));
    assert_eq!(words(t, 2, 3).count(), 0);
    assert_eq!(words(t, 50, 99).count(), 0);
    for s in ["", "’s", "'", "A.", "é’s", "-", "Ü.S.", "&", "a&", "x.’s"] {
        for (a, b) in words(s, 0, s.len()) {
            assert!(s.is_char_boundary(a) && s.is_char_boundary(b) && a < b);
        }
    }
}

#[test]
fn sentences_end_at_end_punctuation_with_its_closing_quotes() {
    assert_eq!(sentence_end(". "), Some(1));
    assert_eq!(sentence_end("!” "), Some(4));
    assert_eq!(sentence_end("?) "), Some(2));
    assert_eq!(sentence_end("… "), Some(3));
    assert_eq!(sentence_end("... "), Some(3));
    assert_eq!(sentence_end(".\n"), Some(1));
    assert_eq!(sentence_end(", "), None);
    assert_eq!(sentence_end("., "), None, "R-Wis., said");
    assert_eq!(sentence_end(" — "), None);
    // A period straight into the next word is inside a word.
    assert_eq!(sentence_end("."), None);
    assert_eq!(sentence_end(""), None);
}

#[test]
fn an_abbreviation_s_period_is_not_in_the_gap_so_it_ends_nothing() {
    let t = "Sen. Roe said no. Then";
    let spans: Vec<_> = words(t, 0, t.len()).collect();
    let gaps: Vec<_> = spans.windows(2).map(|w| &t[w[0].1..w[1].0]).collect();
    let ends: Vec<bool> = gaps.iter().map(|g| sentence_end(g).is_some()).collect();
    assert_eq!(ends, [false, false, false, true]);
}

#[test]
fn after_last_is_the_last_piece_of_a_split() {
    for s in [
        "",
        " ",
        "Jane Roe",
        "Roe",
        "a b c ",
        " lead",
        "Jae-in Moon",
        "é è",
    ] {
        for sep in [b' ', b'-'] {
            let piece = s.rsplit(char::from(sep)).next();
            assert_eq!(Some(after_last(s, sep)), piece, "{s:?}");
            assert_eq!(has_byte(s, sep), s.contains(char::from(sep)), "{s:?}");
        }
    }
}

/// Texts to hold a faster scan to the general one: the bundled articles
/// and the test corpus, every piece of text the rules treat apart (ASCII
/// classes, apostrophes, marks, wide chars) at every offset of an
/// eight-byte chunk before and after words, and pseudo-random strings of
/// those pieces.
pub(crate) fn edge_texts() -> Vec<String> {
    let mut out = crate::bundled_texts::bundled_texts();
    const PIECES: &[&str] = &[
        "a", "Z", "5", "s", "S", " ", "  ", ",", ".", "'", "’", "&", "-", "‐", "é", "É", "“", "”",
        "\n", "\n\n", "\t", "#", "@", "/", "=", "_", ":", "!", "?", "…", "\u{301}", "日", "\u{a0}",
        "(", ";", "Mr", ". ", ", ", "x.’s", "U.S.", "\u{2014}", "ǅ", "İ", "\u{7f}", "\0", "|", "*",
        "•", "«", "„", "‘", "'s", "’s", "’S", "Sen.", "J.", "a.b", "3.5", "AT&T", "\u{2060}",
        "\u{ff21}", "ß", "Ω",
    ];
    for p in PIECES {
        for k in 0..17 {
            for (before, after) in [("x", "yz s"), (" ", "Ab’s c"), ("Ab ", ". Cd"), ("é", "s")]
            {
                out.push(format!("{}{p}{after}", before.repeat(k)));
                out.push(format!("{}{p}", before.repeat(k)));
                out.push(format!("{p}{}{after}", before.repeat(k)));
            }
        }
    }
    // A fixed generator: the same strings every run.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..20_000 {
        let mut text = String::new();
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let len = (seed >> 59) as usize + (seed >> 40) as usize % 8;
        for _ in 0..len {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
        }
        out.push(text);
    }
    out
}

#[test]
fn next_word_finds_the_words_the_iterator_finds() {
    for text in edge_texts() {
        let mut found = Vec::new();
        let mut pos = 0;
        while let Some(w) = next_word(&text, pos) {
            if w.plain {
                assert!(text.as_bytes()[w.start..w.end]
                    .iter()
                    .all(u8::is_ascii_alphanumeric));
            }
            found.push((w.start, w.end));
            pos = w.end.max(w.start + 1);
        }
        let by_iter: Vec<_> = words(&text, 0, text.len()).collect();
        assert_eq!(found, by_iter, "{text:?}");
    }
}
