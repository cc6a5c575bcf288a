//! A headline's speaker label: `Roe: Hale ‘Not Fit to Serve’`, `Roe:
//! ‘Cuts’ Are ‘a Disgrace.’`. A headline opening on a name and a colon
//! gives that person's words in paraphrase, with their own phrases in
//! quote marks; unlike a label in prose, words stand between the colon and
//! the quote.

use super::colon::colon_label;
use super::{CueMatch, Subject};
use crate::article::{Block, CueRule};
use crate::loader::attribution::tokens::{tokenize, tokenize_until, Tok};
use crate::loader::attribution::verbs;
use crate::loader::ByteSpan;

/// Lowercase words a headline may hold (`to`, `of`, `for`) before it reads
/// as prose, where a colon introduces a list or an explanation instead.
const HEADLINE_LOWER_WORDS: usize = 4;

/// The label before the first colon of a headline `text`, when the quote
/// opening at `open` follows it with words between (a quote right after
/// the colon is the plain label's, read before this).
pub fn headline_label(text: &str, open: usize) -> Option<CueMatch> {
    let colon = text.get(..open)?.find(':')?;
    // Cheapest test first: prose, nearly every paragraph with a colon,
    // shows its lowercase words within a few words.
    if !headline(text) {
        return None;
    }
    // A sentence end between refuses the label, so the tokens stop there
    // instead of running on to a quote far into the paragraph.
    let between = tokenize_until(text, colon + 1, open, true);
    if !between.iter().any(|t| t.word) {
        return None;
    }
    // `Roe: Hale Says ‘…’` gives the quote to whoever the verb names.
    if between.iter().any(|t| t.sentence_end() || speaks(t)) {
        return None;
    }
    let label = tokenize(text, 0, colon);
    let subject = colon_label(&label)?;
    // The whole label is the name: checked once resolved ([`label_is_name`]).
    matches!(subject, Subject::Name(_)).then(|| CueMatch {
        subject,
        rule: CueRule::Headline,
        verb: ":".into(),
    })
}

/// Whether the name the resolver matched (`evidence`) is the whole of a
/// headline's label but for titles: in `Roe Endorses Jane Hale:` it
/// matched `Jane Hale`, the object of a sentence, not the label.
/// The name must also stand in the article's body: a headline alone
/// (`Clinton Cash Debunks Hillary:`) is too often misread as one name.
pub fn label_is_name(blocks: &[Block], b: usize, subject: Subject, evidence: ByteSpan) -> bool {
    let (Some(block), Subject::Name(label)) = (blocks.get(b), subject) else {
        return false;
    };
    let Some(name) = block.text.get(evidence.start..evidence.end) else {
        return false;
    };
    let whole = evidence.block == b
        && evidence.start >= label.start
        && evidence.end <= label.end
        && tokenize(&block.text, label.start, evidence.start)
            .iter()
            .filter(|t| t.word)
            .all(|t| verbs::title(t.text) || verbs::particle(t.text) || region_code(t.text));
    whole
        && blocks
            .iter()
            .enumerate()
            .any(|(k, x)| k != b && x.text.contains(name))
}

/// A state's or country's two-letter code (`OK`, `NY`, `UK`).
fn region_code(word: &str) -> bool {
    word.len() == 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// A speech verb, in the Title Case headlines write (`Says`, `Tells`).
fn speaks(t: &Tok) -> bool {
    t.word && verbs::speech_verb(t.text)
}

/// Whether `text` is written as a headline: almost every word capitalized.
fn headline(text: &str) -> bool {
    text.split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .nth(HEADLINE_LOWER_WORDS)
        .is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(text: &str, quote: &str) -> String {
        let open = text.find(quote).expect("quote in text");
        match headline_label(text, open).map(|m| m.subject) {
            Some(Subject::Name(r)) => text[r.start..r.end].to_string(),
            Some(_) => "<other>".into(),
            None => "<none>".into(),
        }
    }

    #[test]
    fn a_headline_label_speaks_the_quotes_after_words() {
        let h = "Jane Roe: Hale ‘Not Fit to Serve as Mayor.’";
        assert_eq!(who(h, "‘Not"), "Jane Roe");
        let h = "Roe: ‘Budget Cuts’ Have ‘No Place in Our Schools.’";
        assert_eq!(who(h, "‘No"), "Roe");
        // The label's title goes when the name is resolved.
        let h = "Leeds Gov Jane Roe: Hale Is ‘Trying to Win as a Healer’";
        assert_eq!(who(h, "‘Trying"), "Leeds Gov Jane Roe");
    }

    #[test]
    fn prose_or_another_speaker_is_no_headline_label() {
        // Prose: the colon opens an explanation.
        let p = "The reason was simple: the council had called the plan ‘a disgrace’ in May.";
        assert_eq!(who(p, "‘a"), "<none>");
        // A verb in the headline names its own speaker.
        let h = "Roe: Hale Says Cuts ‘Went Too Far’";
        assert_eq!(who(h, "‘Went"), "<none>");
        // Right after the colon, the plain label reads it.
        let h = "Jane Roe: ‘We Will Win’";
        assert_eq!(who(h, "‘We"), "<none>");
        // A topic, not a name, before the colon.
        let h = "Budget 2024: Cuts ‘Go Too Far’";
        assert_eq!(who(h, "‘Go"), "<none>");
        // A sentence ends between the label and the quote, first or last
        // (the words between stop at the first end).
        let h = "Jane Roe: Cuts Fail. Hale ‘Not Fit to Serve’";
        assert_eq!(who(h, "‘Not"), "<none>");
        let h = "Jane Roe: Cuts Fail Hale. ‘Not Fit to Serve’";
        assert_eq!(who(h, "‘Not"), "<none>");
        let h = "Jane Roe: . Hale ‘Not Fit to Serve’";
        assert_eq!(who(h, "‘Not"), "<none>");
    }
}
