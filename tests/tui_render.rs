//! Rendering each pane through ratatui's `TestBackend`: list, reader,
//! sidebar, status bar and the help overlay, on the fixture article.

#[path = "support/tui.rs"]
mod support;

use newsreader::tui::action::Action;
use newsreader::tui::theme::Theme;
use ratatui::style::Modifier;
use support::{app, draw, find, row, status, text};
use unicode_width::UnicodeWidthStr;

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
    assert!(
        !first.contains('…'),
        "a long title is cut at a word: {first}"
    );
    let meta = row(&buf, 2);
    assert!(
        meta.contains("  of Putin summit "),
        "a title too long for its row goes on below, whole: {meta}"
    );
    assert!(meta.contains("1 min"), "{meta}");
    assert!(row(&buf, 4).contains("voa"), "outlet from corpus name");
    // Focused selection is reversed over the whole row.
    assert!(buf[(list.x + 3, 1)].modifier.contains(Modifier::REVERSED));
    // Opening the article marks it read once it has been open a moment
    // (the loop's dwell timer).
    app.update(Action::Enter);
    assert!(row(&draw(&app, 140, 40), 1).contains('●'), "not at once");
    app.update(Action::Dwell);
    let buf = draw(&app, 140, 40);
    assert!(!row(&buf, 1).contains('●'), "read marker cleared");
    assert!(row(&buf, 3).contains('●'), "second still unread");
    // A star sits at the right end of the title row.
    app.update(Action::ToggleStar);
    let buf = draw(&app, 140, 40);
    let first = row(&buf, 1);
    let in_list = first.split(['│', '┃']).nth(1).unwrap_or_default();
    assert!(in_list.trim_end().ends_with('★'), "{first}");
    assert!(!row(&buf, 3).contains('★'));
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
    let (x, y) = find(&buf, "Sung house").unwrap_or_default();
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
    for line in &app.view().doc.lines {
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
        "j k", "Space", "g G", "Tab", "Enter", "] [", "} {", "/", "n N", "Esc", "e ", "?", "q",
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
    let (x, y) = find(&buf, "sending a message").unwrap_or_default();
    assert!(
        !buf[(x, y)].modifier.contains(Modifier::REVERSED),
        "only the current one"
    );
    assert_eq!(buf[(x, y)].fg, theme.speaker(1).fg.unwrap_or_default());
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

/// The text of the reader's cells drawn with `bg`, row by row.
fn cells_with_bg(
    buf: &ratatui::buffer::Buffer,
    area: ratatui::layout::Rect,
    bg: ratatui::style::Color,
) -> Vec<String> {
    (area.y..area.bottom())
        .map(|y| {
            (area.x..area.right())
                .filter(|&x| buf[(x, y)].bg == bg)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn search_prompt_highlights_matches_as_you_type() {
    let mut app = app(140, 40);
    let theme = Theme::default();
    // In the reader `/` searches the article (in the list, the library).
    app.update(Action::Enter);
    app.update(Action::SearchStart);
    for c in "PUTIN".chars() {
        app.update(Action::SearchInput(c));
    }
    let buf = draw(&app, 140, 40);
    let s = status(&buf);
    assert!(s.starts_with(" /PUTIN▏ · match 1/2"), "{s}");
    let reader = app.panes().reader.unwrap_or_default();
    // The other match in the body ("Putin will") in the match style; the
    // current one ("Vladimir Putin") reversed on top.
    let bg = theme.search_match.bg.unwrap_or_default();
    assert_eq!(cells_with_bg(&buf, reader, bg), ["Putin"]);
    let (x, y) = find(&buf, "President Vladimir Putin").unwrap_or_default();
    assert!(reader.contains((x, y).into()), "found in the reader");
    let at = |dx| &buf[(x + dx, y)];
    assert!(
        at(19).modifier.contains(Modifier::REVERSED),
        "current match"
    );
    assert!(
        !at(18).modifier.contains(Modifier::REVERSED),
        "only the match"
    );

    app.update(Action::SearchSubmit);
    app.update(Action::NextMatch);
    let s = status(&draw(&app, 140, 40));
    assert!(s.starts_with(" match 2/2 · \"PUTIN\""), "{s}");
    app.update(Action::Escape);
    let buf = draw(&app, 140, 40);
    assert!(cells_with_bg(&buf, reader, bg).is_empty(), "Esc clears");
}

#[test]
fn search_finds_accents_and_wide_text_in_the_reader() {
    let mut app = app(140, 40);
    app.update(Action::Enter);
    app.update(Action::SearchStart);
    for c in "ete".chars() {
        app.update(Action::SearchInput(c));
    }
    let s = status(&draw(&app, 140, 40));
    assert!(s.starts_with(" /ete▏ · match 1/1"), "{s}");
    app.update(Action::SearchCancel);
    app.update(Action::SearchStart);
    for c in "ウラジオストク".chars() {
        app.update(Action::SearchInput(c));
    }
    let buf = draw(&app, 140, 40);
    assert!(status(&buf).starts_with(" /ウラジオストク▏ · match 1/1"));
    // Wide chars leave a spacer cell after them, so look for the cells.
    let reader = app.panes().reader.unwrap_or_default();
    let marked: String = (reader.y..reader.bottom())
        .flat_map(|y| (reader.x..reader.right()).map(move |x| (x, y)))
        .filter(|&(x, y)| buf[(x, y)].modifier.contains(Modifier::REVERSED))
        .map(|(x, y)| buf[(x, y)].symbol().to_string())
        .collect();
    assert_eq!(marked.replace(' ', ""), "ウラジオストク");
}

/// The rule under the headline is exactly as wide as the headline drawn.
#[test]
fn the_headline_rule_is_as_wide_as_the_headline() {
    for w in [140, 100, 80, 50] {
        let mut app = app(w, 30);
        if app.panes().reader.is_none() {
            app.update(Action::FocusNext);
        }
        let buf = draw(&app, w, 30);
        let reader = app.panes().reader.unwrap_or_default();
        // The headline's first row and column, inside the reader pane.
        let (x, y) = (0..30)
            .find_map(|y| {
                let cells: Vec<&str> = (reader.x..reader.right())
                    .map(|x| buf[(x, y)].symbol())
                    .collect();
                let line: String = cells.concat();
                let at = line.find("Kim Jong Un arrives")?;
                let col = line[..at].chars().count();
                Some((reader.x + u16::try_from(col).ok()?, y))
            })
            .unwrap_or_default();
        let mut title_rows = vec![y];
        let mut y = y + 1;
        while !row(&buf, y).contains('─') && y < 29 {
            title_rows.push(y);
            y += 1;
        }
        let cells_from = |yy: u16| -> Vec<String> {
            (x..reader.right() - 1)
                .map(|xx| buf[(xx, yy)].symbol().to_string())
                .collect()
        };
        let rule = cells_from(y).iter().take_while(|c| *c == "─").count();
        // Headline rows are the title; the byline row is not underlined.
        let widest = title_rows
            .iter()
            .filter(|r| !row(&buf, **r).contains("Asia Times"))
            .map(|r| {
                let cells = cells_from(*r);
                cells.len() - cells.iter().rev().take_while(|c| *c == " ").count()
            })
            .max()
            .unwrap_or(0);
        assert_eq!(rule, widest, "at {w}: {}", text(&buf));
    }
}
