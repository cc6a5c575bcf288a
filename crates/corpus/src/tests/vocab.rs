//! The vocabulary's laws on generated text: a smaller corpus is a prefix of
//! a larger one, distinct words grow sublinearly (Heaps), frequencies are
//! skewed (Zipf), and every article carries the new words it introduces.

use super::super::pseudo::{push_word, Family};
use super::super::{write_corpus, zipf, Generator, WordCount};

fn count(g: &Generator, articles: std::ops::Range<usize>, into: &mut WordCount) {
    for n in articles {
        into.add(&g.article(n));
    }
}

#[test]
fn a_smaller_corpus_is_a_prefix_of_a_larger_one() {
    let small = tempfile::tempdir().expect("tempdir");
    let large = tempfile::tempdir().expect("tempdir");
    write_corpus(small.path(), 20, 4).expect("write");
    write_corpus(large.path(), 45, 4).expect("write");
    for f in std::fs::read_dir(small.path().join("0000")).expect("read") {
        let f = f.expect("entry").path();
        let name = f.file_name().expect("name");
        let twin = large.path().join("0000").join(name);
        assert_eq!(std::fs::read(&f).ok(), std::fs::read(&twin).ok(), "{f:?}");
    }
}

#[test]
fn distinct_words_grow_sublinearly() {
    let g = Generator::bundled(1);
    let n = 150;
    let mut words = WordCount::new();
    count(&g, 0..n, &mut words);
    let (tokens_n, distinct_n) = (words.tokens(), words.distinct());
    count(&g, n..2 * n, &mut words);
    let (tokens_2n, distinct_2n) = (words.tokens(), words.distinct());
    eprintln!(
        "{n}: {tokens_n} tokens, {distinct_n} words; {}: {tokens_2n}, {distinct_2n}",
        2 * n
    );
    let tokens = tokens_2n as f64 / tokens_n as f64;
    let growth = distinct_2n as f64 / distinct_n as f64;
    assert!((1.8..2.2).contains(&tokens), "tokens ×{tokens}");
    // Clearly more words, clearly fewer than twice as many.
    assert!(growth > 1.25 && growth < 1.8, "distinct words ×{growth}");
    // The recombined paragraphs alone hold about 4,000 distinct words.
    assert!(distinct_n > 8_000, "{distinct_n} distinct words at {n}");
}

#[test]
fn word_frequencies_are_skewed() {
    let g = Generator::bundled(2);
    let mut words = WordCount::new();
    count(&g, 0..100, &mut words);
    let top = words.top(10);
    assert_eq!(top.first().map(|t| t.0), Some("the"), "{top:?}");
    let share = top[0].1 as f64 / words.tokens() as f64;
    // "the" is about 6 % of English news prose.
    assert!((0.03..0.09).contains(&share), "top word share {share}");
    let s = words.zipf_exponent(usize::MAX);
    assert!((0.8..1.4).contains(&s), "Zipf exponent {s}");
    // Many words are seen once, as in real text (about half).
    let once = words.once() as f64 / words.distinct() as f64;
    assert!((0.3..0.8).contains(&once), "hapax share {once}");
}

#[test]
fn every_article_uses_the_words_it_introduces() {
    let g = Generator::bundled(3);
    for n in [0, 1, 7, 2_000, 90_000] {
        let text = g.article(n);
        let mut words = WordCount::new();
        words.add(&text);
        let (from, to) = (zipf::new_words(n), zipf::new_words(n + 1));
        assert!(to > from, "article {n} introduces no word");
        for i in from..to {
            let mut w = String::new();
            push_word(&mut w, Family::Word, i);
            assert!(words.contains(&w), "article {n} lacks new word {i} {w:?}");
        }
    }
}
