//! Words as the index sees them: the tantivy tokenizer for the `title` and
//! `body` fields, and the same analysis for queries, so what a query word
//! is turned into is exactly what the text was turned into.
//!
//! A word is a run of Unicode letters and digits (combining marks stay in
//! the word they follow, so a decomposed `e` + U+0301 does not split
//! `café`). Han, Hiragana and Katakana are written without spaces, so each
//! of their chars is a word of its own: `東京` is found in `東京都は`, by
//! its two chars (an AND, like any two words). Each word is then *folded*
//! like the in-article search (the application's `tui::search`): full Unicode
//! lowercase, canonical decomposition with the combining marks dropped,
//! final `ς` as `σ`. Pure ASCII words, nearly all of an English library,
//! take a fast path: ASCII lowercase only.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

mod chars;

pub use chars::fold_char;
pub(crate) use chars::fold_char_into;
use chars::{in_word, stands_alone};

/// The name the tokenizer is registered under in the index.
pub const TOKENIZER: &str = "newsreader_fold";

/// The char at byte `i` of `text` (a char boundary) and its length.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// ASCII letters and digits, by byte: the test the tokenizer makes of
/// nearly every byte of an English text.
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// A word as [`next_word`] cuts it.
struct Word {
    /// Its byte range in the text.
    start: usize,
    end: usize,
    /// All ASCII, so it folds by ASCII lowercase alone.
    ascii: bool,
}

/// The next word of `text` from byte `from`. ASCII bytes, nearly all of
/// an English text, are judged without decoding a char.
fn next_word(text: &str, from: usize) -> Option<Word> {
    let bytes = text.as_bytes();
    let mut i = from;
    // The word's first char when it is not ASCII.
    let first = loop {
        let b = *bytes.get(i)?;
        if ASCII_WORD[usize::from(b)] {
            break None;
        }
        if b.is_ascii() {
            i += 1;
            continue;
        }
        let (c, len) = char_at(text, i)?;
        if in_word(c) {
            break Some((c, len));
        }
        i += len;
    };
    let start = i;
    let Some((c, len)) = first else {
        return Some(word_on(text, start, start + 1, true));
    };
    i += len;
    if !stands_alone(c) {
        return Some(word_on(text, start, i, false));
    }
    // After a char that stands alone only its combining marks (rare) go
    // with it.
    while let Some((c, len)) = bytes
        .get(i)
        .filter(|b| !b.is_ascii())
        .and_then(|_| char_at(text, i))
    {
        if !is_combining_mark(c) {
            break;
        }
        i += len;
    }
    Some(Word {
        start,
        end: i,
        ascii: false,
    })
}

/// The word of `text` that starts at `start` and goes on at least to
/// `i`, its first char not one that stands alone.
fn word_on(text: &str, start: usize, mut i: usize, mut ascii: bool) -> Word {
    let bytes = text.as_bytes();
    loop {
        while bytes.get(i).is_some_and(|&b| ASCII_WORD[usize::from(b)]) {
            i += 1;
        }
        match bytes.get(i) {
            Some(b) if !b.is_ascii() => {}
            _ => break,
        }
        let Some((c, len)) = char_at(text, i) else {
            break;
        };
        if !in_word(c) || stands_alone(c) {
            break;
        }
        ascii = false;
        i += len;
    }
    Word {
        start,
        end: i,
        ascii,
    }
}

/// Fold one word (as [`next_word`] cuts it) into `out`, replacing it.
fn fold_word(word: &str, ascii: bool, out: &mut String) {
    out.clear();
    if ascii {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        word.chars().for_each(|c| fold_char_into(c, out));
        // Decomposing took Hangul syllables apart into jamo; put them back
        // (the marks are gone, so nothing else recomposes), which keeps
        // terms short and prefixes on whole syllables.
        if out.chars().any(|c| matches!(c, '\u{1100}'..='\u{11FF}')) {
            *out = out.nfc().collect();
        }
    }
}

/// The tokenizer registered as [`TOKENIZER`].
#[derive(Clone, Default)]
pub struct FoldTokenizer {
    token: Token,
    read: Tokenized,
}

/// Bytes of text the tokenizer has been handed, shared by its clones: the
/// index's only sign of how far tantivy's indexing thread has got, which
/// the writer needs to bound the documents waiting for it.
#[derive(Clone, Default, Debug)]
pub struct Tokenized(Arc<AtomicU64>);

impl Tokenized {
    pub fn bytes(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

impl FoldTokenizer {
    /// A tokenizer that counts what it reads into `read`.
    pub fn counting(read: Tokenized) -> FoldTokenizer {
        FoldTokenizer {
            token: Token::default(),
            read,
        }
    }
}

pub struct FoldStream<'a> {
    text: &'a str,
    at: usize,
    token: &'a mut Token,
}

impl Tokenizer for FoldTokenizer {
    type TokenStream<'a> = FoldStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FoldStream<'a> {
        self.read.0.fetch_add(text.len() as u64, Ordering::Relaxed);
        self.token.reset();
        FoldStream {
            text,
            at: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for FoldStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let Some(Word { start, end, ascii }) = next_word(self.text, self.at) else {
                return false;
            };
            self.at = end;
            fold_word(&self.text[start..end], ascii, &mut self.token.text);
            // A word of marks only (a stray accent) folds to nothing.
            if self.token.text.is_empty() {
                continue;
            }
            self.token.offset_from = start;
            self.token.offset_to = end;
            self.token.position = self.token.position.wrapping_add(1);
            return true;
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// A query as the index compares it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QueryWords {
    /// The folded words, in query order, repeats kept out.
    pub words: Vec<String>,
    /// Whether the last word may still be growing (the query ends inside
    /// it, as-you-type), so it stands for every word it begins.
    pub last_is_prefix: bool,
}

/// Cut and fold `query` like indexed text. The last word is a prefix when
/// the query ends in it: `cli` is, `cli ` and `cli.` are not.
pub fn query_words(query: &str) -> QueryWords {
    let mut words: Vec<String> = Vec::new();
    let mut last_end = 0;
    let mut stream = FoldTokenizer::default();
    let mut tokens = stream.token_stream(query);
    while tokens.advance() {
        let token = tokens.token();
        last_end = token.offset_to;
        let word = token.text.clone();
        match words.iter().position(|w| *w == word) {
            // A repeat adds nothing to an AND; keep it last so the prefix
            // rule still looks at the word the query ends with.
            Some(i) => {
                let w = words.remove(i);
                words.push(w);
            }
            None => words.push(word),
        }
    }
    let last_is_prefix = !words.is_empty() && last_end == query.len();
    QueryWords {
        words,
        last_is_prefix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<String> {
        let mut t = FoldTokenizer::default();
        let mut s = t.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push(s.token().text.clone());
        }
        out
    }

    #[test]
    fn a_counting_tokenizer_and_its_clones_count_every_byte_they_are_handed() {
        let read = Tokenized::default();
        let mut t = FoldTokenizer::counting(read.clone());
        let mut clone = t.clone();
        let mut s = t.token_stream("Café au lait");
        while s.advance() {}
        clone.token_stream("");
        clone.token_stream("東京");
        assert_eq!(read.bytes(), ("Café au lait".len() + "東京".len()) as u64);
    }

    #[test]
    fn words_fold_like_the_in_article_search() {
        assert_eq!(tokens("The CAFÉ, café"), ["the", "cafe", "cafe"]);
        assert_eq!(tokens("cafe\u{301}s"), ["cafes"]);
        assert_eq!(tokens("ΟΔΥΣΣΕΥΣ Οδυσσεύς"), ["οδυσσευσ", "οδυσσευσ"]);
        assert_eq!(
            tokens("İstanbul São-Paulo 2024"),
            ["istanbul", "sao", "paulo", "2024"]
        );
        assert_eq!(tokens(" \u{301} ... "), Vec::<String>::new());
    }

    #[test]
    fn han_and_kana_chars_are_words_of_their_own() {
        assert_eq!(tokens("東京都は big"), ["東", "京", "都", "は", "big"]);
        assert_eq!(tokens("서울시 한국어"), ["서울시", "한국어"]);
    }

    #[test]
    fn the_last_word_is_a_prefix_only_when_the_query_ends_in_it() {
        let q = query_words("Putin CLI");
        assert_eq!(q.words, ["putin", "cli"]);
        assert!(q.last_is_prefix);
        assert!(!query_words("putin cli ").last_is_prefix);
        assert!(!query_words("cli.").last_is_prefix);
        assert_eq!(query_words("a b a").words, ["b", "a"]);
        assert_eq!(query_words("  ").words, Vec::<String>::new());
        assert!(!query_words("").last_is_prefix);
    }

    /// Words cut the slow, obvious way: char by char.
    fn reference(text: &str) -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        let mut word = String::new();
        let mut alone = false;
        for c in text.chars() {
            let goes_on = !word.is_empty()
                && if alone {
                    is_combining_mark(c)
                } else {
                    in_word(c) && !stands_alone(c)
                };
            if !goes_on && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            if goes_on || in_word(c) {
                if word.is_empty() {
                    alone = stands_alone(c);
                }
                word.push(c);
            }
        }
        words.push(word);
        let mut out = String::new();
        words
            .iter()
            .filter_map(|w| {
                fold_word(w, w.is_ascii(), &mut out);
                (!out.is_empty()).then(|| out.clone())
            })
            .collect()
    }

    #[test]
    fn every_bundled_and_corpus_text_is_cut_the_obvious_way() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut dirs = vec![
            root.join("crates/core/assets/articles"),
            root.join("tests/corpus"),
        ];
        let mut texts = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    assert_eq!(tokens(&text), reference(&text), "{}", path.display());
                    texts += 1;
                }
            }
        }
        assert!(texts > 20, "only {texts} texts found");
    }

    proptest::proptest! {
        #[test]
        fn the_fast_cut_is_the_obvious_cut(text in "[ a-zA-Z0-9.,é\u{301}東京ςΣ서울\u{1F600}’“—\u{a0}İǆ²-]{0,40}") {
            proptest::prop_assert_eq!(tokens(&text), reference(&text));
        }
    }
}
