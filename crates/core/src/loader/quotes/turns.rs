//! A transcript's turns: paragraphs that open on a speaker's label in
//! capitals and give that speaker's words, with or without quote marks
//! (`ROE: We will win.`, `“SEN. JANE ROE: We will win.`). Interview and
//! debate transcripts are printed this way, and every turn is direct speech
//! though no mark says so.
//!
//! Unmarked turns are only candidates here: an article shows itself a
//! transcript by two of them or more, and attribution keeps a turn only when
//! its label names a person the article names (`UPDATE:` and `VIDEO:` open
//! paragraphs too, and name nobody).

use super::QuoteSpan;
use crate::article::{Block, BlockKind};
use crate::loader::ByteSpan;

/// The most words a label holds: `SEN. JANE Q. ROE`.
const LABEL_WORDS: usize = 4;

/// The longest label, in bytes: longer is a capitalized headline.
const LABEL_BYTES: usize = 40;

/// A speaker's label opening a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    /// The label's words, colon left out.
    pub start: usize,
    pub end: usize,
    /// Where the words after the colon start.
    pub rest: usize,
}

/// The label `text` opens on, past white space and one opening quote mark:
/// a few words in capitals, a colon, then words that are not all capitals
/// (`FIX IS IN: PBS MODERATORS` is a headline).
pub fn label(text: &str) -> Option<Label> {
    let body = text.trim_start();
    let body = body
        .strip_prefix(['“', '"', '‘', '«', '„'])
        .unwrap_or(body)
        .trim_start();
    let start = text.len() - body.len();
    let colon = body.get(..LABEL_BYTES.min(body.len()))?.find(':')?;
    let head = body.get(..colon)?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let allowed = |c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | ' ');
    let last_letters = words
        .last()
        .map_or(0, |w| w.chars().filter(|c| c.is_alphabetic()).count());
    if words.is_empty()
        || words.len() > LABEL_WORDS
        || head.starts_with(' ')
        || head.ends_with(' ')
        || !head.chars().all(allowed)
        || head.chars().any(char::is_lowercase)
        || last_letters < 2
    {
        return None;
    }
    let after = body.get(colon + 1..)?;
    let rest = text.len() - after.trim_start().len();
    // A turn's words are a sentence: not empty, not all capitals.
    if !after.starts_with(char::is_whitespace) || !after.chars().any(char::is_lowercase) {
        return None;
    }
    Some(Label {
        start,
        end: start + colon,
        rest,
    })
}

/// Whether the words after a turn's label hold another speaker's label
/// (`ROE: Did you? DOE: No.`): then the span is an exchange, nobody's.
pub fn another_label(words: &str) -> bool {
    words.match_indices(": ").any(|(at, _)| {
        let before = words.get(..at).unwrap_or("");
        let head = before
            .rsplit(['.', '?', '!', '…', '—'])
            .next()
            .unwrap_or("")
            .trim();
        head.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !head.chars().any(char::is_lowercase)
            && head.split_whitespace().count() <= LABEL_WORDS
    })
}

/// The unmarked turn block `b` is, if any.
pub fn unmarked(b: usize, block: &Block) -> Option<QuoteSpan> {
    if block.kind != BlockKind::Paragraph {
        return None;
    }
    let text = block.text.as_str();
    let l = label(text)?;
    // A quote mark before the label is a marked quote, found by the scan.
    if text.get(..l.start)?.trim().chars().next().is_some() {
        return None;
    }
    let words = text.get(l.rest..)?.trim_end();
    if words.is_empty() || another_label(words) {
        return None;
    }
    Some(QuoteSpan {
        span: ByteSpan::new(b, l.rest, l.rest + words.len()),
        open: l.start,
        close: text.len(),
        continues: false,
        carries_on: false,
        turn: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(text: &str) -> Option<&str> {
        label(text).map(|l| &text[l.start..l.end])
    }

    #[test]
    fn labels_are_a_few_words_in_capitals_before_a_sentence() {
        assert_eq!(head("ROE: We will win."), Some("ROE"));
        assert_eq!(head("“SEN. JANE ROE: We will win."), Some("SEN. JANE ROE"));
        assert_eq!(head("\"O’HARA-SMITH: Yes, we did."), Some("O’HARA-SMITH"));
        // Prose, a headline in capitals, a date, a list.
        assert_eq!(head("Roe said: we will win."), None);
        assert_eq!(head("FIX IS IN: PBS MODERATORS IGNORE IT"), None);
        assert_eq!(head("UPDATE 2: the vote was held."), None);
        assert_eq!(head("ROE:"), None);
        assert_eq!(head("THE LONGEST LABEL ANYONE WOULD EVER PRINT: no."), None);
    }

    #[test]
    fn a_second_label_makes_an_exchange() {
        assert!(another_label("Senator, did you lie? DOE: No."));
        assert!(!another_label("We will win: that is what I told them."));
        assert!(!another_label("The plan has one aim: jobs."));
    }

    #[test]
    fn only_paragraphs_opening_on_a_label_are_turns() {
        let p = |t: &str| Block {
            kind: BlockKind::Paragraph,
            text: t.into(),
        };
        let t = unmarked(3, &p("ROE: We will win, and soon.")).expect("a turn");
        assert_eq!(t.span, ByteSpan::new(3, 5, 27));
        assert!(t.turn);
        assert!(unmarked(0, &p("“ROE: We will win.”")).is_none());
        assert!(unmarked(0, &p("Roe: we will win.")).is_none());
        let h = Block {
            kind: BlockKind::Heading,
            text: "ROE: We will win.".into(),
        };
        assert!(unmarked(0, &h).is_none());
    }

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        crate::loader::parse("t.txt", text)
            .quotes
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    #[test]
    fn unmarked_turns_are_quotes_only_in_a_transcript_naming_them() {
        let text = "Senator Jane Roe spoke to the host, Mark Hale, on Sunday.\n\n\
                    HALE: Will you sign the bill?\n\n\
                    ROE: We will sign it, and soon.\n\n\
                    UPDATE: The bill was signed on Monday.";
        assert_eq!(
            quotes(text),
            [
                ("Will you sign the bill?".into(), Some("Mark Hale".into())),
                ("We will sign it, and soon.".into(), Some("Jane Roe".into())),
            ]
        );
        // One label alone is a lead-in, not a transcript.
        let text = "Senator Jane Roe spoke on Sunday.\n\n\
                    ROE: We will sign it, and soon.";
        assert_eq!(quotes(text), []);
    }

    #[test]
    fn a_label_in_capitals_is_a_mention_of_its_speaker() {
        let text = "Governor Jane Roe was interviewed on Sunday.\n\n\
                    MARK HALE: Will you sign the bill?\n\n\
                    ROE: We will sign it, and soon.\n\n\
                    HALE: Thank you, governor.";
        let a = crate::loader::parse("t.txt", text);
        let speakers: Vec<_> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(
            speakers,
            [Some("Mark Hale"), Some("Jane Roe"), Some("Mark Hale")]
        );
        let hale = a.entities.iter().find(|e| e.name == "Mark Hale");
        assert_eq!(hale.map(|e| e.mentions), Some(2));
        assert!(hale.is_some_and(|e| e.aliases.contains(&"MARK HALE".to_string())));
        // No entity is left holding a label alone (`HALE` as an acronym).
        assert!(a.entities.iter().all(|e| e.name != "HALE"));
    }
}
