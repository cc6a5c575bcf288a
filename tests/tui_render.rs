//! Rendering through ratatui's `TestBackend`: each pane, the help overlay,
//! common and tiny sizes, and the quote/speaker jumps.
//!
//! Pane snapshots use a hand-annotated fixture so they do not churn while
//! the loader improves; the acceptance jumps run on the real sample.

use newsreader::article::{
    Article, Block, BlockKind, Cue, CueRule, Entity, EntityKind, Quote, Span,
};
use newsreader::tui::action::Action;
use newsreader::tui::app::App;
use newsreader::tui::layout::Pane;
use newsreader::tui::render::render;
use newsreader::tui::theme::Theme;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

fn chars_before(text: &str, needle: &str) -> usize {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    text[..byte].chars().count()
}

/// A short version of the Kim article, annotated by hand, plus a CJK and
/// emoji paragraph to exercise cell widths.
fn fixture() -> Article {
    let paras: &[(BlockKind, &str)] = &[
        (BlockKind::Paragraph, "Arriving in the Russian Far East a day ahead of his first-ever summit with Russian President Vladimir Putin in Vladivostok, North Korean leader Kim Jong Un granted what is believed to be his first-ever interview with overseas media."),
        (BlockKind::Paragraph, "Russian TV footage showed Kim visiting the so-called “Kim Il Sung house” in the border village of Khasan."),
        (BlockKind::Paragraph, "In a short stand-up interview with TV reporters from Russia24, Kim said, “I come to Russia with a warm heart of the North Korean people.”"),
        (BlockKind::Heading, "Wants out of ‘sanctions box’"),
        (BlockKind::Paragraph, "“I think Kim, like his predecessors, is trying to play several ends against the middle,” said Bruce Klinger, a North Korean watcher at the Heritage Foundation. “He is sending a message to Washington and to Beijing that he has alternatives.”"),
        (BlockKind::Caption, "Kim Jong Un at the station in Vladivostok."),
        (BlockKind::Paragraph, "“Putin will surely encourage Kim to do his utmost to maintain his relations with Trump,” said Mark P. Barry, an independent analyst."),
        (BlockKind::Paragraph, "北朝鮮の指導者金正恩氏はウラジオストクに到着した。🎉 Café e\u{301}te\u{301} naïve."),
    ];
    let blocks: Vec<Block> = paras
        .iter()
        .map(|(kind, text)| Block {
            kind: *kind,
            text: (*text).to_string(),
        })
        .collect();
    let quote = |b: usize, text: &str, speaker: Option<(&str, &str)>| {
        let body = &blocks[b].text;
        let start = chars_before(body, text);
        let cue = speaker.map(|(_, cue_text)| {
            let s = chars_before(body, cue_text);
            Cue {
                rule: CueRule::SpeechVerb,
                span: Span {
                    block: b,
                    start: s,
                    end: s + cue_text.chars().count(),
                },
                verb: "said".into(),
            }
        });
        Quote {
            block: b,
            start,
            end: start + text.chars().count(),
            text: text.into(),
            speaker: speaker.map(|(s, _)| s.into()),
            cue,
        }
    };
    let quotes = vec![
        quote(1, "Kim Il Sung house", None),
        quote(2, "I come to Russia with a warm heart of the North Korean people.", Some(("Kim Jong Un", "Kim said"))),
        quote(4, "I think Kim, like his predecessors, is trying to play several ends against the middle,", Some(("Bruce Klinger", "Bruce Klinger"))),
        quote(4, "He is sending a message to Washington and to Beijing that he has alternatives.", Some(("Bruce Klinger", "Bruce Klinger"))),
        quote(6, "Putin will surely encourage Kim to do his utmost to maintain his relations with Trump,", Some(("Mark P. Barry", "Mark P. Barry"))),
    ];
    let entity = |name: &str, kind: EntityKind, forms: &[&str]| {
        let mut positions = Vec::new();
        for (b, block) in blocks.iter().enumerate() {
            for form in forms {
                for (byte, _) in block.text.match_indices(form) {
                    let start = block.text[..byte].chars().count();
                    positions.push(Span {
                        block: b,
                        start,
                        end: start + form.chars().count(),
                    });
                }
            }
        }
        positions.sort();
        positions.dedup_by(|a, b| a.block == b.block && a.start < b.end);
        Entity {
            name: name.into(),
            kind,
            aliases: forms.iter().skip(1).map(|s| (*s).to_string()).collect(),
            mentions: positions.len(),
            positions,
        }
    };
    let entities = vec![
        entity(
            "Kim Jong Un",
            EntityKind::Person,
            &["Kim Jong Un", "Kim said", "Kim visiting"],
        ),
        entity("Vladivostok", EntityKind::Place, &["Vladivostok"]),
        entity(
            "Vladimir Putin",
            EntityKind::Person,
            &["Vladimir Putin", "Putin will"],
        ),
        entity("Bruce Klinger", EntityKind::Person, &["Bruce Klinger"]),
        entity("Mark P. Barry", EntityKind::Person, &["Mark P. Barry"]),
        entity(
            "Heritage Foundation",
            EntityKind::Organization,
            &["Heritage Foundation"],
        ),
        entity("Khasan", EntityKind::Place, &["Khasan"]),
    ];
    Article {
        source: "sample:kim-jong-un-vladivostok.txt".into(),
        title: "Kim Jong Un arrives in Vladivostok ahead of Putin summit".into(),
        title_derived: false,
        byline: Some("Asia Times staff".into()),
        dateline: None,
        caption: Some("North Korean leader Kim Jong Un walks past honor guards in Vladivostok on April 24, 2019.".into()),
        credit: Some("Kirill Kudryavtsev / AFP".into()),
        blocks,
        quotes,
        entities,
    }
}

fn second() -> Article {
    Article {
        source: "/news/013_voa_gerald-ford-unelected.txt".into(),
        title: "Gerald Ford: Unelected".into(),
        blocks: vec![Block {
            kind: BlockKind::Paragraph,
            text: "Gerald Ford became president without winning an election.".into(),
        }],
        ..Article::default()
    }
}

fn app(w: u16, h: u16) -> App {
    App::with_size(vec![fixture(), second()], vec![], w, h)
}

fn draw(app: &App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    terminal
        .draw(|f| render(app, f))
        .unwrap_or_else(|e| panic!("{e}"));
    terminal.backend().buffer().clone()
}

/// The buffer as text, one line per row, wide characters once.
fn text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = sym.width().saturating_sub(1);
            out.push_str(sym);
        }
        out.push('\n');
    }
    out
}

fn row(buf: &Buffer, y: u16) -> String {
    text(buf)
        .lines()
        .nth(usize::from(y))
        .unwrap_or_default()
        .to_string()
}

fn status(buf: &Buffer) -> String {
    row(buf, buf.area.height - 1)
}

/// The cell where `needle` first appears on screen.
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    for y in 0..buf.area.height {
        let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        if let Some(byte) = line.find(needle) {
            let x = line[..byte].chars().count();
            return Some((u16::try_from(x).ok()?, y));
        }
    }
    None
}

#[test]
fn wide_layout_snapshot() {
    let app = app(140, 40);
    insta::assert_snapshot!("wide_140x40", text(&draw(&app, 140, 40)));
}

#[test]
fn list_pane_shows_title_source_time_and_read_marker() {
    let mut app = app(140, 40);
    let buf = draw(&app, 140, 40);
    let list = app.panes().list.unwrap_or_default();
    let first = row(&buf, 1);
    assert!(first.contains("● Kim Jong Un arrives"), "{first}");
    assert!(first.contains('…'), "long title truncated: {first}");
    let meta = row(&buf, 2);
    assert!(
        meta.contains("kim-jong-un-vladi…"),
        "source, truncated: {meta}"
    );
    assert!(meta.contains("1 min"), "{meta}");
    assert!(row(&buf, 4).contains("voa"), "outlet from corpus name");
    // Focused selection is reversed over the whole row.
    assert!(buf[(list.x + 3, 1)].modifier.contains(Modifier::REVERSED));
    // Opening the article marks it read.
    app.update(Action::Enter);
    let buf = draw(&app, 140, 40);
    assert!(!row(&buf, 1).contains('●'), "read marker cleared");
    assert!(row(&buf, 3).contains('●'), "second still unread");
}

#[test]
fn reader_pane_sets_head_quotes_and_position() {
    let app = app(140, 40);
    let buf = draw(&app, 140, 40);
    let theme = Theme::default();
    let (x, y) = find(&buf, "Kim Jong Un arrives in Vladivostok ahead").unwrap_or_default();
    assert!(
        buf[(x, y)].modifier.contains(Modifier::BOLD),
        "headline bold"
    );
    let (x, y) = find(&buf, "North Korean leader Kim Jong Un walks").unwrap_or_default();
    assert!(
        buf[(x, y)].modifier.contains(Modifier::ITALIC),
        "caption italic"
    );
    let (x, y) = find(&buf, "Photo: Kirill").unwrap_or_default();
    assert!(
        buf[(x, y)].modifier.contains(Modifier::ITALIC),
        "credit set apart"
    );
    let (x, y) = find(&buf, "Wants out of").unwrap_or_default();
    assert!(
        buf[(x, y)].modifier.contains(Modifier::BOLD),
        "heading bold"
    );
    // Attributed quotes carry their speaker's colour, marks included, and
    // a bar in the gutter; the scare quote stays plain.
    let kim = theme.speaker(0).fg;
    let (x, y) = find(&buf, "Kim said, “I").unwrap_or_default();
    assert_eq!(buf[(x + 10, y)].fg, kim.unwrap_or_default(), "opening mark");
    assert_eq!(buf[(x + 11, y)].fg, kim.unwrap_or_default());
    assert!(
        buf[(x + 2, y)].modifier.contains(Modifier::BOLD),
        "the cue names the speaker"
    );
    let (rx, ry) = find(&buf, "Russia24").unwrap_or_default();
    assert_eq!(
        buf[(rx, ry)].fg,
        ratatui::style::Color::Reset,
        "narration stays plain"
    );
    let (_, qy) = find(&buf, "come to Russia").unwrap_or_default();
    let reader = app.panes().reader.unwrap_or_default();
    let gutter: String = (reader.x..reader.right())
        .map(|x| buf[(x, qy)].symbol())
        .collect();
    assert!(gutter.contains('│'), "gutter mark on quote line: {gutter}");
    let (x, y) = find(&buf, "Kim Il Sung house").unwrap_or_default();
    assert_eq!(
        buf[(x, y)].fg,
        ratatui::style::Color::Reset,
        "scare quote not highlighted"
    );
    let klinger = theme.speaker(1).fg.unwrap_or_default();
    let (x, y) = find(&buf, "I think Kim").unwrap_or_default();
    assert_eq!(buf[(x, y)].fg, klinger, "each speaker their own colour");
    // Position indicator on the border.
    let bottom = row(&buf, 38);
    assert!(
        bottom.contains(" Top ") || bottom.contains(" All "),
        "{bottom}"
    );
    // Measure stays near 80 columns.
    for line in &app.view.doc.lines {
        assert!(line.text.width() <= 76, "{:?}", line.text);
    }
}

#[test]
fn sidebar_lists_people_first_with_speakers_and_counts() {
    let mut app = app(140, 40);
    let buf = draw(&app, 140, 40);
    let side = app.panes().sidebar.unwrap_or_default();
    let rows: Vec<String> = (side.y + 1..side.bottom() - 1)
        .map(|y| {
            (side.x + 1..side.right() - 1)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect();
    assert!(rows[0].starts_with("PEOPLE 4"), "{rows:?}");
    assert!(
        rows[1].contains("Bruce Klinger") && rows[1].contains("❝2"),
        "{rows:?}"
    );
    assert!(rows
        .iter()
        .any(|r| r.contains("Kim Jong Un") && r.contains("❝1")));
    let putin = rows
        .iter()
        .position(|r| r.contains("Vladimir Putin"))
        .unwrap_or(0);
    let barry = rows
        .iter()
        .position(|r| r.contains("Mark P. Barry"))
        .unwrap_or(99);
    assert!(barry < putin, "speakers before other people: {rows:?}");
    let places = rows
        .iter()
        .position(|r| r.starts_with("PLACES"))
        .unwrap_or(0);
    let orgs = rows
        .iter()
        .position(|r| r.starts_with("ORGANIZATIONS"))
        .unwrap_or(0);
    assert!(putin < places && places < orgs, "{rows:?}");
    assert!(rows[places + 1].contains("Vladivostok") && rows[places + 1].ends_with('2'));
    // Select Vladivostok: its mentions light up and the status counts them.
    app.update(Action::FocusPrev);
    for _ in 0..4 {
        app.update(Action::Down);
    }
    app.update(Action::Enter);
    let buf = draw(&app, 140, 40);
    assert_eq!(
        status(&buf).split("  ").next().unwrap_or_default().trim(),
        "mention 1/2 · Vladivostok"
    );
    let theme = Theme::default();
    let reader = app.panes().reader.unwrap_or_default();
    let lit = (reader.y..reader.bottom())
        .flat_map(|y| (reader.x..reader.right()).map(move |x| (x, y)))
        .filter(|&p| buf[p].modifier.contains(theme.current_mention.add_modifier))
        .count();
    assert_eq!(lit, "Vladivostok".len(), "the current mention is reversed");
    app.update(Action::NextMatch);
    assert_eq!(
        app.cursor_status().as_deref(),
        Some("mention 2/2 · Vladivostok")
    );
}

#[test]
fn status_bar_hints_keys_and_shows_the_cursor() {
    let mut app = app(140, 40);
    let s = status(&draw(&app, 140, 40));
    assert!(
        s.contains("? help") && s.contains("q quit") && s.contains("]/[ quote"),
        "{s}"
    );
    app.update(Action::NextQuote);
    let s = status(&draw(&app, 140, 40));
    assert!(s.starts_with(" quote 1/4 · Kim Jong Un"), "{s}");
    let s = status(&draw(&app, 40, 10));
    assert!(
        s.starts_with(" quote 1/4 · Kim Jong Un"),
        "cursor wins over hints: {s}"
    );
}

#[test]
fn help_overlay_lists_every_key() {
    let mut app = app(80, 24);
    app.update(Action::ToggleHelp);
    let buf = draw(&app, 80, 24);
    insta::assert_snapshot!("help_80x24", text(&buf));
    let t = text(&buf);
    for key in [
        "j k", "Space", "g G", "Tab", "Enter", "] [", "} {", "n N", "Esc", "e ", "?", "q",
    ] {
        assert!(t.contains(key), "help lacks {key:?}");
    }
}

#[test]
fn fixture_speaker_jumps_mark_the_current_quote() {
    let mut app = app(140, 40);
    let theme = Theme::default();
    app.update(Action::NextSpeaker);
    app.update(Action::NextSpeaker);
    let buf = draw(&app, 140, 40);
    assert!(status(&buf).starts_with(" quote 2/4 · Bruce Klinger"));
    let (x, y) = find(&buf, "I think Kim").unwrap_or_default();
    assert!(
        buf[(x, y)].modifier.contains(Modifier::REVERSED),
        "current quote marked"
    );
    let (x, y) = find(&buf, "He is sending").unwrap_or_default();
    assert!(
        !buf[(x, y)].modifier.contains(Modifier::REVERSED),
        "only the current one"
    );
    assert_eq!(buf[(x, y)].fg, theme.speaker(1).fg.unwrap_or_default());
}

#[test]
fn medium_80x24_folds_the_sidebar() {
    let mut app = app(80, 24);
    let buf = draw(&app, 80, 24);
    insta::assert_snapshot!("medium_80x24", text(&buf));
    assert!(find(&buf, "Entities").is_none());
    assert!(find(&buf, "Articles").is_some() && find(&buf, "Reader").is_some());
    app.update(Action::ToggleSidebar);
    let buf = draw(&app, 80, 24);
    assert!(find(&buf, "Entities").is_some(), "e shows the sidebar");
}

#[test]
fn narrow_50x20_shows_one_pane_and_tab_switches() {
    let mut app = app(50, 20);
    let buf = draw(&app, 50, 20);
    insta::assert_snapshot!("narrow_50x20", text(&buf));
    assert!(
        status(&buf).contains("Tab pane"),
        "Tab hinted when panes are hidden"
    );
    assert!(find(&buf, "Articles").is_some() && find(&buf, "Reader").is_none());
    app.update(Action::FocusNext);
    let buf = draw(&app, 50, 20);
    assert!(find(&buf, "Reader").is_some() && find(&buf, "Articles").is_none());
    app.update(Action::FocusNext);
    let buf = draw(&app, 50, 20);
    assert!(find(&buf, "Entities").is_some());
    assert_eq!(app.focus, Pane::Sidebar);
}

#[test]
fn tiny_sizes_render_without_panic() {
    for w in 1..=20 {
        for h in 1..=10 {
            let mut app = app(w, h);
            draw(&app, w, h);
            app.update(Action::NextSpeaker);
            app.update(Action::FocusNext);
            draw(&app, w, h);
            app.update(Action::ToggleHelp);
            draw(&app, w, h);
        }
    }
    let app = App::with_size(vec![], vec![], 1, 1);
    draw(&app, 1, 1);
}

#[test]
fn rendering_at_a_size_update_has_not_seen_still_fits() {
    // The cached wrap is for 140 columns; drawing at 70 must re-wrap, not
    // overflow or panic.
    let app = app(140, 40);
    let buf = draw(&app, 70, 20);
    assert!(find(&buf, "Reader").is_some());
}

#[test]
fn cjk_and_emoji_never_cross_the_pane_border() {
    for w in [60u16, 73, 101, 140] {
        let mut app = app(w, 40);
        app.update(Action::FocusNext);
        app.update(Action::Bottom);
        let buf = draw(&app, w, 40);
        let reader = app.panes().reader.unwrap_or_default();
        let right = reader.right() - 1;
        for y in reader.y + 1..reader.bottom() - 1 {
            let sym = buf[(right, y)].symbol();
            assert!(
                ["│", "┃", "█", "║", " "].contains(&sym),
                "row {y} at width {w}: border cell is {sym:?}\n{}",
                text(&buf)
            );
        }
        assert!(text(&buf).contains("北朝鮮"), "{}", text(&buf));
    }
}

#[test]
fn skipped_files_are_reported_in_status_and_help() {
    let skipped = vec![
        "missing.txt: No such file or directory".to_string(),
        "binary.bin: not UTF-8 text".to_string(),
    ];
    let mut app = App::with_size(vec![fixture()], skipped, 100, 30);
    let s = status(&draw(&app, 100, 30));
    assert!(s.contains("skipped 2 files"), "{s}");
    app.update(Action::ToggleHelp);
    for _ in 0..30 {
        app.update(Action::Down);
    }
    let t = text(&draw(&app, 100, 30));
    assert!(t.contains("missing.txt: No such file"), "{t}");
}

#[test]
fn no_articles_still_draws_every_pane() {
    let app = App::with_size(vec![], vec!["empty.txt: no text".into()], 140, 40);
    let buf = draw(&app, 140, 40);
    let t = text(&buf);
    assert!(
        t.contains("No articles") && t.contains("Reader") && t.contains("Entities"),
        "{t}"
    );
}

#[test]
fn no_stray_underlines_in_the_sidebar() {
    let app = app(140, 40);
    let buf = draw(&app, 140, 40);
    let side = app.panes().sidebar.unwrap_or_default();
    for y in side.y + 1..side.bottom() - 1 {
        // A space inside an underlined name is fine; a run of underlined
        // blanks is a line drawn under nothing.
        let blank_ul = |x: u16| {
            let cell = &buf[(x, y)];
            cell.symbol() == " " && cell.modifier.contains(Modifier::UNDERLINED)
        };
        for x in side.x + 1..side.right() - 2 {
            assert!(
                !(blank_ul(x) && blank_ul(x + 1)),
                "underlined blanks at {x},{y}"
            );
        }
    }
}
