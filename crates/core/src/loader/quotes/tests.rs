use super::*;

fn para(text: &str) -> Block {
    Block {
        kind: BlockKind::Paragraph,
        text: text.to_string(),
    }
}

fn texts_of(blocks: &[Block]) -> Vec<String> {
    find(blocks)
        .iter()
        .map(|q| blocks[q.span.block].text[q.span.start..q.span.end].to_string())
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    texts_of(&[para(text)])
}

#[test]
fn curly_and_straight_doubles() {
    assert_eq!(texts("He said “hello there” twice."), ["hello there"]);
    assert_eq!(texts("He said \"hello there\" twice."), ["hello there"]);
    assert_eq!(texts("\"One,\" he said. \"Two.\""), ["One,", "Two."]);
}

#[test]
fn guillemets_both_ways_with_inner_spaces() {
    assert_eq!(texts("Il a dit « bonjour » hier."), ["bonjour"]);
    assert_eq!(texts("Il a dit «\u{a0}bonjour\u{a0}» hier."), ["bonjour"]);
    assert_eq!(texts("Er sagte »Hallo« gestern."), ["Hallo"]);
}

#[test]
fn low_nine_quotes() {
    assert_eq!(texts("Er sagte „Hallo Welt“ gestern."), ["Hallo Welt"]);
    assert_eq!(texts("Powiedział „dzień dobry” wczoraj."), ["dzień dobry"]);
}

#[test]
fn ptb_backticks() {
    assert_eq!(texts("He said ``we will win'' on Monday."), ["we will win"]);
}

#[test]
fn british_single_quotes() {
    assert_eq!(
        texts("He called it ‘a disgrace’ yesterday."),
        ["a disgrace"]
    );
    assert_eq!(
        texts("He called it 'a disgrace' yesterday."),
        ["a disgrace"]
    );
    assert_eq!(texts("Wants out of ‘sanctions box’"), ["sanctions box"]);
}

#[test]
fn apostrophes_are_not_quotes() {
    for t in [
        "We don’t know what Xi’s and Kim’s plans are.",
        "It was big in the ’90s and at five o’clock.",
        "They love rock ’n’ roll music.",
        "We don't know Xi's plans, it's the '90s, rock 'n' roll.",
        "The Smiths’ house and the Joneses' car.",
        "They ’em all ’til dawn.",
    ] {
        assert!(texts(t).is_empty(), "{t}");
    }
}

#[test]
fn apostrophes_inside_single_quotes() {
    assert_eq!(
        texts("He said ‘I don’t care about rock ’n’ roll’ and left."),
        ["I don’t care about rock ’n’ roll"]
    );
    assert_eq!(
        texts("She said ‘the Smiths’ house is gone,’ quietly."),
        ["the Smiths’ house is gone,"]
    );
    assert_eq!(
        texts("She said 'it's the '90s again' and laughed."),
        ["it's the '90s again"]
    );
}

#[test]
fn nested_quotes_give_one_outer_span() {
    assert_eq!(
        texts("“He said ‘no’ to me,” she said."),
        ["He said ‘no’ to me,"]
    );
    assert_eq!(
        texts("\"He said 'no' to me,\" she said."),
        ["He said 'no' to me,"]
    );
    assert_eq!(
        texts("‘He said “no” to me,’ she said."),
        ["He said “no” to me,"]
    );
}

#[test]
fn split_quote_gives_two_spans() {
    assert_eq!(
        texts("“Even if he is willing” to help, “he is constrained,” Smith said."),
        ["Even if he is willing", "he is constrained,"]
    );
}

#[test]
fn continuation_across_paragraphs() {
    let blocks = [
        para("“This is the first part, and it goes on."),
        para("“This is the second part,” she said."),
    ];
    let found = find(&blocks);
    assert_eq!(found.len(), 2);
    assert!(found[0].carries_on);
    assert!(!found[0].continues);
    assert!(found[1].continues);
    assert!(!found[1].carries_on);
    assert_eq!(found[0].close, blocks[0].text.len());
    assert_eq!(
        texts_of(&blocks),
        [
            "This is the first part, and it goes on.",
            "This is the second part,"
        ]
    );
}

#[test]
fn continuation_after_closed_quote_in_same_paragraph() {
    let blocks = [para("“One,” she said. “Two goes on."), para("“Three.”")];
    let found = find(&blocks);
    assert_eq!(found.len(), 3);
    assert!(!found[1].continues && found[1].carries_on);
    assert!(found[2].continues);
}

#[test]
fn unbalanced_marks_degrade() {
    // Speech-like: runs to the paragraph end.
    assert_eq!(
        texts("She said: “We will not give up on this fight."),
        ["We will not give up on this fight."]
    );
    // An unclosed single mark is dropped, even before speech-like text.
    assert!(texts("The 'new normal is here to stay for all of us, he said.").is_empty());
    // A stray opener does not swallow the quotes after it.
    assert_eq!(texts("He said 'yes and \"no\" to me."), ["no"]);
    assert_eq!(
        texts("A stray “ mark, then “a real quote” here."),
        ["a real quote"]
    );
    // Not speech-like: dropped.
    assert!(texts("A stray “ mark here").is_empty());
    // A stray closer is ignored and later quotes still work.
    assert_eq!(texts("oops” then “fine” ok"), ["fine"]);
    // Not continued: the next paragraph does not open with a mark.
    let blocks = [para("“Open and never closed"), para("Plain text.")];
    assert!(texts_of(&blocks).is_empty());
}

#[test]
fn spans_never_cross_blocks_and_are_never_empty() {
    let blocks = [para("“”  \"\" “ ”"), para("\"")];
    for q in find(&blocks) {
        assert!(q.span.start < q.span.end);
        assert!(q.span.end <= blocks[q.span.block].text.len());
    }
    assert!(texts_of(&blocks).is_empty());
}

#[test]
fn never_panics_on_odd_input() {
    for t in [
        "",
        "\"",
        "'",
        "’",
        "``",
        "''",
        "„",
        "«",
        "»",
        "‘’",
        "“‘”’",
        "'a'b'c'",
        "é“é”é",
        "\"\"\"",
        "x'",
        "'x",
        "’n’",
        "``''``",
        "“a\u{a0}”",
    ] {
        let blocks = [para(t), para(t)];
        for q in find(&blocks) {
            let text = &blocks[q.span.block].text;
            assert!(text.get(q.span.start..q.span.end).is_some(), "{t}");
        }
    }
}

#[test]
fn headings_do_not_carry_on() {
    let blocks = [
        Block {
            kind: BlockKind::Heading,
            text: "“Open heading text".to_string(),
        },
        para("“Next.”"),
    ];
    let found = find(&blocks);
    assert!(found.iter().all(|q| !q.carries_on && !q.continues));
}

#[test]
fn two_apostrophes_open_as_well_as_close() {
    assert_eq!(
        texts("''We will win,'' she said. ''It is time.''"),
        ["We will win,", "It is time."]
    );
    assert_eq!(
        texts("He called it ''a disgrace'' on Monday."),
        ["a disgrace"]
    );
    // Still the closer of ``…'' and of "…''.
    assert_eq!(texts("``Yes,'' he said."), ["Yes,"]);
    // Not between letters, and not a lone closer.
    assert!(texts("the rock''n roll era").is_empty());
    assert!(texts("It ended there.'' And then").is_empty());
}
