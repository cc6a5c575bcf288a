//! A transcript set off by a label paragraph (`Transcript as follows:`,
//! `Partial transcript:`) right after the paragraph that reports someone
//! speaking (`On Tuesday, Gov. Jane Roe said, “…”`): the transcript is the
//! rest of those remarks, so it is that speaker's. A transcript that opens
//! on a speaker's label (`“ROE: …`) is an exchange between several people,
//! none of whom speaks all of it, and stays unattributed here.

use super::speakers::Resolver;
use super::Attribution;
use crate::article::{BlockKind, CueRule};
use crate::loader::quotes::QuoteSpan;

/// The words a transcript label is made of; it must say `transcript`.
const LABEL_WORDS: &[&str] = &[
    "transcript",
    "partial",
    "full",
    "complete",
    "video",
    "rough",
    "edited",
    "relevant",
    "excerpted",
    "excerpt",
    "is",
    "was",
    "as",
    "follows",
    "below",
    "here",
    "here's",
    "here’s",
    "the",
    "a",
    "an",
    "of",
    "from",
    "his",
    "her",
    "their",
    "remarks",
    "speech",
    "interview",
];

/// Whether `text` is a paragraph that only announces a transcript.
fn is_label(text: &str) -> bool {
    let Some(body) = text.trim_end().strip_suffix(':') else {
        return false;
    };
    let mut transcript = false;
    let mut words = 0;
    for word in body.split_whitespace() {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        transcript |= word == "transcript";
        words += 1;
        if words > 8 || !LABEL_WORDS.contains(&word.as_str()) {
            return false;
        }
    }
    transcript
}

/// Whether a quote's words open on a speaker's label (`ROE: …`, `MR.
/// ROE: …`): capitals only, a few words, then a colon.
fn opens_on_label(content: &str) -> bool {
    content.split_once(':').is_some_and(|(head, _)| {
        let head = head.trim();
        !head.is_empty()
            && head.split_whitespace().count() <= 4
            && head.chars().any(char::is_alphabetic)
            && !head.chars().any(char::is_lowercase)
    })
}

/// Credits the quotes of block `b` (`these`, still unattributed) to the
/// speaker of the last quote in the paragraph before the transcript label
/// at `b - 1`. `before` and `earlier` are the quotes before `these` and
/// their attributions.
pub(super) fn transcript(
    r: &Resolver,
    b: usize,
    these: &[QuoteSpan],
    rest: &mut [Option<Attribution>],
    before: &[QuoteSpan],
    earlier: &[Option<Attribution>],
) {
    let (Some(first), Some(label), Some(text)) = (
        these.first(),
        b.checked_sub(1).and_then(|l| r.blocks.get(l)),
        r.blocks.get(b).map(|x| x.text.as_str()),
    ) else {
        return;
    };
    let opens = text.get(..first.open).is_some_and(|t| t.trim().is_empty());
    let content = text.get(first.span.start..first.span.end).unwrap_or("");
    if rest.iter().any(Option::is_some)
        || !opens
        || label.kind != BlockKind::Paragraph
        || !is_label(&label.text)
        || opens_on_label(content)
    {
        return;
    }
    let Some(reported) = before
        .iter()
        .zip(earlier)
        .rev()
        .take_while(|(q, _)| q.span.block + 2 >= b)
        .find(|(q, a)| q.span.block + 2 == b && a.is_some())
        .and_then(|(_, a)| a.clone())
    else {
        return;
    };
    for slot in rest.iter_mut() {
        *slot = Some(Attribution {
            rule: CueRule::Transcript,
            ..reported.clone()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_announce_a_transcript() {
        assert!(is_label("Transcript as follows:"));
        assert!(is_label("Partial transcript as follows: "));
        assert!(is_label("Here’s the full transcript of her remarks:"));
        assert!(is_label("Video Transcript:"));
        // A sentence about a transcript, or no colon, announces none.
        assert!(!is_label("The transcript shows that Roe was right:"));
        assert!(!is_label("Transcript as follows"));
        assert!(!is_label("The remarks as follows:"));
    }

    #[test]
    fn transcripts_of_an_exchange_open_on_a_label() {
        assert!(opens_on_label("ROE: Senator, did you lie? DOE: No."));
        assert!(opens_on_label("MR. ROE: We will win."));
        assert!(!opens_on_label("We will win: that is what I told them."));
        assert!(!opens_on_label("Tonight we won."));
    }
}
