//! Layout rules on short realistic snippets, and the seed article end to end.

use super::*;
use crate::loader::text::normalize;

mod paragraphs;

fn lay(raw: &str) -> Layout {
    layout(&normalize(raw))
}

fn texts(l: &Layout) -> Vec<&str> {
    l.blocks.iter().map(|b| b.text.as_str()).collect()
}

fn kinds(l: &Layout) -> Vec<BlockKind> {
    l.blocks.iter().map(|b| b.kind).collect()
}

const BODY: &str = "Stock markets around the world rose sharply on Friday after the central bank said the economy was starting to recover.";

#[test]
fn headline_becomes_title() {
    let l = lay(&format!(
        "Markets rally on recovery hopes\n\n{BODY}\n\nMore text here."
    ));
    assert_eq!(l.title, "Markets rally on recovery hopes");
    assert!(!l.title_derived);
    assert_eq!(texts(&l), vec![BODY, "More text here."]);
}

#[test]
fn question_headline_with_long_body() {
    let l = lay(&format!("Is this the end of the bull market?\n\n{BODY}"));
    assert_eq!(l.title, "Is this the end of the bull market?");
    assert!(!l.title_derived);
}

#[test]
fn title_derived_when_text_starts_with_prose() {
    let l = lay(&format!("{BODY}\n\nSecond paragraph."));
    assert!(l.title_derived);
    assert!(l
        .title
        .starts_with("Stock markets around the world rose sharply"));
    assert!(l.title.ends_with('…'));
    assert_eq!(l.blocks.len(), 2);
}

#[test]
fn empty_text_gives_empty_layout() {
    let l = lay("\u{feff}\r\n\r\n  \n");
    assert!(l.blocks.is_empty());
    assert!(l.title.is_empty());
}

#[test]
fn crlf_bom_and_hard_wraps_join_into_paragraphs() {
    let raw = "\u{feff}Shares surge worldwide\r\n\r\nStock markets around the world rose \r\n today after the plan.\r\n\r\nThe FTSE 100 rose by 8%,\r\n  which is 392 points.\r\n";
    let l = lay(raw);
    assert_eq!(l.title, "Shares surge worldwide");
    assert_eq!(
        texts(&l),
        vec![
            "Stock markets around the world rose today after the plan.",
            "The FTSE 100 rose by 8%, which is 392 points."
        ]
    );
}

#[test]
fn no_blank_lines_means_one_paragraph_per_line() {
    let l = lay("Markets fall again\nShares fell on Monday in Tokyo and Hong Kong.\nBonds rose.");
    assert_eq!(l.title, "Markets fall again");
    assert_eq!(
        texts(&l),
        vec![
            "Shares fell on Monday in Tokyo and Hong Kong.",
            "Bonds rose."
        ]
    );
}

#[test]
fn headline_on_the_line_above_the_body() {
    let raw = "Markets fall again\nShares fell on Monday in Tokyo and Hong Kong as traders worried\nabout the outlook for the year.\n\nBonds rose.";
    let l = lay(raw);
    assert_eq!(l.title, "Markets fall again");
    assert_eq!(l.blocks.len(), 2);
    assert!(l.blocks[0].text.starts_with("Shares fell on Monday"));
}

#[test]
fn byline_is_taken_out() {
    let l = lay(&format!(
        "Markets rally\n\nBy JANE DOE and JOHN ROE, Associated Press\n\n{BODY}"
    ));
    assert_eq!(
        l.byline.as_deref(),
        Some("JANE DOE and JOHN ROE, Associated Press")
    );
    assert_eq!(texts(&l), vec![BODY]);
    let l = lay(&format!("Markets rally\nBy Jane Doe | Reuters\n\n{BODY}"));
    assert_eq!(l.title, "Markets rally");
    assert_eq!(l.byline.as_deref(), Some("Jane Doe | Reuters"));
}

#[test]
fn stacked_head_lines_without_blank_lines_between() {
    let l = lay(&format!(
        "Markets rally\nBy Jane Doe\nMay 7, 2010\n\n{BODY}"
    ));
    assert_eq!(l.title, "Markets rally");
    assert_eq!(l.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(l.dateline.as_deref(), Some("May 7, 2010"));
    assert_eq!(texts(&l), vec![BODY]);
}

#[test]
fn wire_dateline_is_stripped_from_first_paragraph() {
    let l = lay(
        "Senate passes bill\n\nWASHINGTON (AP) — The Senate passed the bill on Tuesday.\n\nMore.",
    );
    assert_eq!(l.dateline.as_deref(), Some("WASHINGTON (AP)"));
    assert_eq!(
        texts(&l),
        vec!["The Senate passed the bill on Tuesday.", "More."]
    );
    let l = lay("LONDON, May 3 (Reuters) - British shares fell.\n\nMore.");
    assert_eq!(l.dateline.as_deref(), Some("LONDON, May 3 (Reuters)"));
    assert_eq!(texts(&l), vec!["British shares fell.", "More."]);
}

#[test]
fn date_line_under_headline_is_a_dateline() {
    let l = lay(&format!(
        "US stocks see 9% drop\n\nFriday, May 7, 2010\n\n{BODY}"
    ));
    assert_eq!(l.title, "US stocks see 9% drop");
    assert_eq!(l.dateline.as_deref(), Some("Friday, May 7, 2010"));
    assert_eq!(texts(&l), vec![BODY]);
}

#[test]
fn lead_caption_and_credit_are_split() {
    let raw = format!(
        "Kim arrives in Vladivostok on April 24, 2019. Photo: Kirill Kudryavtsev / AFP\n\n{BODY}"
    );
    let l = lay(&raw);
    assert_eq!(
        l.caption.as_deref(),
        Some("Kim arrives in Vladivostok on April 24, 2019.")
    );
    assert_eq!(l.credit.as_deref(), Some("Kirill Kudryavtsev / AFP"));
    assert_eq!(texts(&l), vec![BODY]);
    let l = lay(&format!(
        "Vote counted\n\nOfficials count ballots in Ohio. (AP Photo/Evan Vucci)\n\n{BODY}"
    ));
    assert_eq!(l.title, "Vote counted");
    assert_eq!(
        l.caption.as_deref(),
        Some("Officials count ballots in Ohio.")
    );
    assert_eq!(l.credit.as_deref(), Some("AP Photo/Evan Vucci"));
}

#[test]
fn caption_without_credit_under_headline_ends_in_a_date() {
    let l = lay(&format!(
        "North Korea expels reporters\n\nForeign journalists leave a venue in Pyongyang, North Korea, May 8, 2016.\n\n{BODY}"
    ));
    assert_eq!(
        l.caption.as_deref(),
        Some("Foreign journalists leave a venue in Pyongyang, North Korea, May 8, 2016.")
    );
    assert_eq!(l.credit, None);
    assert_eq!(texts(&l), vec![BODY]);
    let lead = "The company was founded in Ohio on May 8, 2016.";
    let l = lay(&format!("Company opens\n\n{lead}\n\n{BODY}"));
    assert_eq!(l.caption, None);
    assert_eq!(texts(&l), vec![lead, BODY]);
}

#[test]
fn captions_in_the_body_become_caption_blocks() {
    let l = lay(&format!(
        "{BODY}\n\nFans cheer in the stadium. John Smith / Getty Images\n\nThe game ended late."
    ));
    assert_eq!(
        kinds(&l),
        vec![
            BlockKind::Paragraph,
            BlockKind::Caption,
            BlockKind::Paragraph
        ]
    );
    assert_eq!(
        l.blocks[1].text,
        "Fans cheer in the stadium. John Smith / Getty Images"
    );
    assert_eq!(l.caption, None);
}

#[test]
fn doubled_caption_line_is_split_out() {
    let raw = format!(
        "{BODY}\n\nGerald Ford portrait by David Kennerly Gerald Ford portrait by David Kennerly\nInstead, an unusual series of events put him in office.\n\nMore."
    );
    let l = lay(&raw);
    assert_eq!(
        texts(&l),
        vec![
            BODY,
            "Gerald Ford portrait by David Kennerly",
            "Instead, an unusual series of events put him in office.",
            "More."
        ]
    );
    assert_eq!(l.blocks[1].kind, BlockKind::Caption);
}

#[test]
fn section_headings_are_detected() {
    let raw = format!("{BODY}\n\nEarly life\n\n{BODY}\n\nWants out of ‘sanctions box’\n\n{BODY}");
    let l = lay(&raw);
    assert_eq!(
        kinds(&l),
        vec![
            BlockKind::Paragraph,
            BlockKind::Heading,
            BlockKind::Paragraph,
            BlockKind::Heading,
            BlockKind::Paragraph
        ]
    );
}

#[test]
fn short_lines_that_are_not_headings() {
    // A quoted line after a colon, a sign-off, a sentence, a tweet.
    let raw = format!(
        "{BODY}\n\nKhalil notes:\n\nShe dnt have a choice\n\n{BODY}\n\nI’m Mario Ritter.\n\n{BODY}\n\nThey did.\n\n{BODY}\n\n@user: markets are down\n\n{BODY}"
    );
    let l = lay(&raw);
    assert!(
        l.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:?}",
        kinds(&l)
    );
}

#[test]
fn tail_boilerplate_cuts_the_rest() {
    let raw = format!(
        "{BODY}\n\n{BODY}\n\nI’m Mario Ritter.\n\nWe want to hear from you. Write to us in the Comments section.\n\n________________\n\nWords in This Story\n\napparently – adv. according to what you have heard"
    );
    let l = lay(&raw);
    assert_eq!(texts(&l), vec![BODY, BODY, "I’m Mario Ritter."]);
}

#[test]
fn mid_article_boilerplate_is_dropped_by_whole_paragraph() {
    let raw = format!(
        "{BODY}\n\nAdvertisement\n\nReaders who subscribe to the paper were told on Monday.\n\nShare this:\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n© 2019 Asia Times"
    );
    let l = lay(&raw);
    assert_eq!(
        texts(&l),
        vec![
            BODY,
            "Readers who subscribe to the paper were told on Monday.",
            BODY,
            BODY,
            BODY
        ]
    );
}

#[test]
fn comment_form_at_the_end_goes() {
    let raw = format!("{BODY}\n\n{BODY}\n\nLeave a comment\n\nYour email address will not be published. Required fields are marked *");
    assert_eq!(texts(&lay(&raw)), vec![BODY, BODY]);
}

#[test]
fn player_prompt_under_headline_is_dropped() {
    let l = lay(&format!(
        "Painting sells for record\n\n点击即可启用 Adobe Flash Player下载音频\n\n{BODY}"
    ));
    assert_eq!(l.title, "Painting sells for record");
    assert_eq!(texts(&l), vec![BODY]);
}

#[test]
fn seed_article() {
    let l = layout(&normalize(include_str!(
        "../../../assets/articles/kim-jong-un-vladivostok.txt"
    )));
    assert!(l.title_derived);
    assert!(
        l.title.starts_with("Arriving in the Russian Far East"),
        "{}",
        l.title
    );
    assert_eq!(
        l.caption.as_deref(),
        Some("North Korean leader Kim Jong Un walks past honor guards during a welcome ceremony after arriving at the railway station in Vladivostok on April 24, 2019.")
    );
    assert_eq!(l.credit.as_deref(), Some("Kirill Kudryavtsev / AFP"));
    let headings: Vec<&str> = l
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(
        headings,
        vec!["Wants out of ‘sanctions box’", "Putin in the spotlight"]
    );
    assert!(l
        .blocks
        .iter()
        .all(|b| !b.text.contains("Leave a comment") && !b.text.contains("email address")));
    assert!(l.blocks[0]
        .text
        .starts_with("Arriving in the Russian Far East"));
    assert!(l.blocks.iter().all(|b| b.kind != BlockKind::Caption));
}

#[test]
fn total_on_odd_inputs() {
    for raw in [
        "",
        "\n",
        "By",
        "By ",
        "©",
        "(",
        ")",
        "—",
        "A — B",
        "Photo:",
        "x / AFP",
        ":",
        "::",
        "?\n\n!",
        "WASHINGTON —",
        "LONDON - x",
    ] {
        let l = lay(raw);
        assert!(l.blocks.iter().all(|b| !b.text.is_empty()), "{raw:?}");
    }
}

proptest::proptest! {
    #[test]
    fn total_on_any_text(s in "\\PC{0,400}") {
        let l = lay(&s);
        proptest::prop_assert!(l.blocks.iter().all(|b| !b.text.is_empty()));
    }

    #[test]
    fn total_on_any_structured_input(s in "([A-Za-z’“”:.,?!()/@#©—|_ -]{0,12}\\n{0,3}){0,40}") {
        let l = lay(&s);
        for b in &l.blocks {
            proptest::prop_assert!(!b.text.is_empty());
            proptest::prop_assert!(!b.text.contains('\n'));
        }
        if l.blocks.iter().any(|b| b.kind == BlockKind::Paragraph) {
            proptest::prop_assert!(!l.title.is_empty());
        }
    }
}
