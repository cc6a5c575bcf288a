//! Photo captions and their credits (`… Photo: Name / AFP`, `(AP Photo/Name)`,
//! `… © Name`, `Photo by Name`): recognising a caption and splitting it.

mod precheck;

use super::words::{CAPTION_LABELS, KEPT_CAPTION_LABELS, LAYOUT_WORDS};

/// A caption split from its credit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caption {
    /// The describing text, possibly empty (a credit standing alone).
    pub text: String,
    pub credit: String,
}

/// The first five letters of every label of the layout word file's
/// `[caption_label]` and `[kept_caption_label]`.
const STEMS: &[&[u8]] = &[b"photo", b"image", b"pictu", b"credi", b"illus", b"court"];

/// Per byte: bit 0, a space or `(` (a label may start after it); bit 1,
/// the first letter of a stem, any case.
const LABEL_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b' ' as usize] = 1;
    t[b'(' as usize] = 1;
    let initials = *b"piPIcC";
    let mut i = 0;
    while i < initials.len() {
        t[initials[i] as usize] = 2;
        i += 1;
    }
    t
};

/// Whether `name` is a photo agency (`Getty Images`, `AP`), any case.
pub fn is_agency(name: &str) -> bool {
    let name = name.trim();
    LAYOUT_WORDS
        .agency
        .iter()
        .any(|a| name.eq_ignore_ascii_case(a))
}

/// Longest paragraph (bytes) taken for a caption: captions are a sentence
/// or two.
const MAX_CAPTION: usize = 500;
/// Longest credit (bytes): a name or two and an agency.
const MAX_CREDIT: usize = 140;

/// The caption and credit of `p` when it is a photo caption with a credit.
pub fn split(p: &str) -> Option<Caption> {
    // Most paragraphs asked are prose: one cheap pass rejects them.
    if p.len() > MAX_CAPTION || !precheck::may_be_caption(p) {
        return None;
    }
    split_full(p)
}

/// The caption rules themselves, in order.
fn split_full(p: &str) -> Option<Caption> {
    labelled(p)
        .or_else(|| parenthesised(p))
        .or_else(|| trailing_agency(p))
        .or_else(|| copyright_sign(p))
        .or_else(|| social_handle(p))
        .filter(|c| !c.credit.is_empty() && c.credit.len() <= MAX_CREDIT)
}

/// Whether `p` is a caption with a credit.
pub fn is_caption(p: &str) -> bool {
    split(p).is_some()
}

/// `… Photo: Name`, `… Photo by Name`, `Courtesy of Name`: a label at the
/// start or right after a sentence or bracket.
fn labelled(p: &str) -> Option<Caption> {
    let bytes = p.as_bytes();
    // The start of the text counts as following a space.
    let mut prev = b' ';
    for (at, &b) in bytes.iter().enumerate() {
        // Labels start a word with one of a few stems. Both tests come from
        // one table and are joined without a branch: a branch on the
        // letter alone went the unexpected way at every sixth byte of prose,
        // and that scan was ~5 % of the loader.
        let hit = LABEL_BYTES[usize::from(prev)] & (LABEL_BYTES[usize::from(b)] >> 1) & 1;
        prev = b;
        if hit == 0 {
            continue;
        }
        let stem = bytes.get(at..at + 5).unwrap_or(&[]);
        if !STEMS.iter().any(|s| stem.eq_ignore_ascii_case(s)) {
            continue;
        }
        let rest = p.get(at..).unwrap_or("");
        let starts = |l: &str| {
            rest.get(..l.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(l))
        };
        if let Some(label) = CAPTION_LABELS.iter().find(|l| starts(l)) {
            if at_boundary(p, at) {
                let credit = p.get(at + label.len()..).unwrap_or("");
                return Some(make(p.get(..at).unwrap_or(""), credit));
            }
        } else if KEPT_CAPTION_LABELS.iter().any(|l| starts(l)) && at_boundary(p, at) {
            return Some(make(p.get(..at).unwrap_or(""), p.get(at..).unwrap_or("")));
        }
    }
    None
}

/// Whether a credit label may start at byte `at`: the start of the text, or
/// after the end of a sentence, a bracket, a bar or a dash.
fn at_boundary(p: &str, at: usize) -> bool {
    let before = p.get(..at).unwrap_or("");
    if before.is_empty() {
        return true;
    }
    let Some(head) = before.strip_suffix(' ') else {
        return before.ends_with('(');
    };
    matches!(
        head.chars().next_back(),
        Some('.' | '!' | '?' | ')' | ']' | '”' | '"' | '’' | '|' | '—' | '–' | '-' | ',')
    ) || head.split_whitespace().count() <= 2 && !head.contains(['.', ','])
}

/// `… (AP Photo/Evan Vucci)`, `(Reuters/Name)`, `(Photo: Name)`.
fn parenthesised(p: &str) -> Option<Caption> {
    let body = p.trim_end_matches(['.', ' ']).strip_suffix(')')?;
    let open = body.rfind('(')?;
    let inner = body.get(open + 1..)?.trim();
    let lower = inner.to_ascii_lowercase();
    let agency_first = lower
        .split('/')
        .next()
        .is_some_and(|a| LAYOUT_WORDS.agency.contains(&a.trim()));
    let credit = if let Some(label) = CAPTION_LABELS
        .iter()
        .find(|l| lower.starts_with(l.as_str()))
    {
        inner.get(label.len()..).unwrap_or("")
    } else if lower.contains("photo") || lower.contains("courtesy") || agency_first {
        inner
    } else {
        return None;
    };
    Some(make(body.get(..open).unwrap_or(""), credit))
}

/// `… 2019. Kirill Kudryavtsev / AFP`, `… / Getty Images`: the credit is what
/// follows the last sentence end.
fn trailing_agency(p: &str) -> Option<Caption> {
    let t = p.trim_end_matches(['.', ' ']);
    let slash = t.rfind('/')?;
    let agency = t.get(slash + 1..)?.trim();
    // Compared in place: most slashes are in URLs and dates, not credits.
    if !LAYOUT_WORDS
        .agency
        .iter()
        .any(|a| agency.eq_ignore_ascii_case(a))
    {
        return None;
    }
    let head = t.get(..slash)?;
    let start = head
        .rfind(". ")
        .map(|i| i + 2)
        .or_else(|| head.rfind(") ").map(|i| i + 2))
        .unwrap_or(0);
    Some(make(
        t.get(..start).unwrap_or(""),
        t.get(start..).unwrap_or(""),
    ))
}

/// `D.I.Y. Bar, Yerevan © Name`: a copyright sign after the description
/// (a line that starts with `©` is a copyright notice, not a caption).
fn copyright_sign(p: &str) -> Option<Caption> {
    let at = p.find('©')?;
    if at == 0 {
        return None;
    }
    let credit = p.get(at + '©'.len_utf8()..).unwrap_or("");
    Some(make(p.get(..at).unwrap_or(""), credit))
}

/// `Bastille at 7 pm by @Name on Twitter`, `Celebrations at Bastille @name`:
/// a short description credited to a social media handle at its end. A line
/// that starts with a handle or has a colon is a post, not a caption.
fn social_handle(p: &str) -> Option<Caption> {
    let at = p.rfind('@')?;
    if !p.get(..at).is_some_and(|h| h.ends_with(' ')) {
        return None;
    }
    if p.starts_with('@') || p.contains(':') || p.split_whitespace().count() > 16 {
        return None;
    }
    let after = p.get(at..)?;
    let handle_len = after
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '@'))
        .unwrap_or(after.len());
    let rest = after.get(handle_len..)?.trim().trim_end_matches('.');
    if handle_len < 2
        || !(rest.is_empty()
            || LAYOUT_WORDS
                .platform
                .iter()
                .any(|pl| rest.eq_ignore_ascii_case(pl)))
    {
        return None;
    }
    let text = p.get(..at)?.trim_end();
    let (text, by) = match text.strip_suffix(" by") {
        Some(t) => (t, true),
        None => (text, false),
    };
    // Without `by`, only a bare description (`Celebrations at Bastille`)
    // may carry a trailing handle: `…, thanks to @x` is prose.
    let bare_description = !text.contains(',')
        && text
            .rsplit(' ')
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    if text.ends_with(['.', '!', '?']) || !(by || bare_description) {
        // A sentence that mentions someone last, not a description.
        return None;
    }
    Some(make(text, after))
}

fn make(text: &str, credit: &str) -> Caption {
    Caption {
        text: text.trim().to_string(),
        credit: credit.trim().trim_end_matches(['.', ' ']).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(p: &str) -> (String, String) {
        let c = split(p).unwrap_or_else(|| panic!("no caption in {p:?}"));
        (c.text, c.credit)
    }

    #[test]
    fn photo_label_with_agency() {
        let (text, credit) = parts(
            "Kim walks past honor guards in Vladivostok on April 24, 2019. Photo: Kirill Kudryavtsev / AFP",
        );
        assert_eq!(
            text,
            "Kim walks past honor guards in Vladivostok on April 24, 2019."
        );
        assert_eq!(credit, "Kirill Kudryavtsev / AFP");
    }

    #[test]
    fn ap_photo_in_parentheses() {
        let (text, credit) =
            parts("President Trump speaks in the Rose Garden on Monday. (AP Photo/Evan Vucci)");
        assert_eq!(text, "President Trump speaks in the Rose Garden on Monday.");
        assert_eq!(credit, "AP Photo/Evan Vucci");
    }

    #[test]
    fn reuters_in_parentheses() {
        let (text, credit) = parts("Traders work on the floor. (Reuters/Brendan McDermid)");
        assert_eq!(text, "Traders work on the floor.");
        assert_eq!(credit, "Reuters/Brendan McDermid");
    }

    #[test]
    fn credit_image_photograph_labels() {
        assert_eq!(parts("A flooded street. Credit: Jane Roe").1, "Jane Roe");
        assert_eq!(
            parts("The old bridge. Image: City Archive").1,
            "City Archive"
        );
        assert_eq!(
            parts("Protesters in the square. Photograph: Tom Poe/The Guardian").1,
            "Tom Poe/The Guardian"
        );
    }

    #[test]
    fn trailing_getty_images() {
        let (text, credit) = parts("Fans cheer in the stadium. John Smith / Getty Images");
        assert_eq!(text, "Fans cheer in the stadium.");
        assert_eq!(credit, "John Smith / Getty Images");
    }

    #[test]
    fn photo_by_and_courtesy_of() {
        assert_eq!(
            parts("Russian blogger Ilya Varlamov in Moscow. Photo by Vitaliy Ragulin").1,
            "Vitaliy Ragulin"
        );
        let (text, credit) = parts("The school after the storm. Courtesy of the Red Cross");
        assert_eq!(text, "The school after the storm.");
        assert_eq!(credit, "Courtesy of the Red Cross");
    }

    #[test]
    fn copyright_sign_after_description() {
        assert_eq!(
            parts("Donation box, Yerevan, Armenia © Nairi Hakhverdi"),
            (
                "Donation box, Yerevan, Armenia".into(),
                "Nairi Hakhverdi".into()
            )
        );
        assert!(split("© 2019 Asia Times").is_none());
    }

    #[test]
    fn social_media_handle_credits() {
        assert_eq!(
            parts("Bastille at 7 pm by @Laurent_Berbon on Twitter"),
            (
                "Bastille at 7 pm".into(),
                "@Laurent_Berbon on Twitter".into()
            )
        );
        assert_eq!(parts("Celebrations at Bastille @samschech").1, "@samschech");
        assert!(split("@bencnn: Arrival delayed by traffic @cnn").is_none());
        assert!(split("Thanks for the tip, as always, to @someone.").is_none());
    }

    #[test]
    fn prose_is_not_a_caption() {
        assert!(split("He said the photo: a fake, made by rivals, would not hurt him.").is_none());
        assert!(split("The company moved its offices to Brussels (Belgium) last year.").is_none());
        assert!(split("Shares rose 3% on the news, traders said.").is_none());
    }
}
