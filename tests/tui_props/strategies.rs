//! The generators of the reader's property test: hostile article text
//! and file names, skip messages, terminal sizes, and the terminal events
//! a user can send.

use newsreader::article::{Article, Block, BlockKind};
use newsreader::loader::parse;
use proptest::prelude::*;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};

/// Pieces hostile text is made of: escapes of every family, raw controls,
/// and enough ordinary prose (quotes, names, speech verbs) that the loader
/// finds quotes and entities for the jumps to walk.
pub fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\x1b]0;PWNED\x07".to_string()),
        Just("\x1b]2;PWNED\x1b\\".to_string()),
        Just("\x1b]52;c;cHduZWQ=\x07".to_string()),
        Just("\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\".to_string()),
        Just("\x1b[2J\x1b[H".to_string()),
        Just("\x1b[31m".to_string()),
        Just("\u{9b}2J".to_string()),
        Just("\u{9d}0;PWNED\u{9c}".to_string()),
        Just("\r".to_string()),
        Just("\x08\x08".to_string()),
        Just("\u{202E}".to_string()),
        Just("\x1b".to_string()),
        Just("\n\n".to_string()),
        Just("“I come in peace,” said Kim Jong Un. ".to_string()),
        Just("Bruce Klinger, an analyst, said: “It is a signal.” ".to_string()),
        Just("North Korean leader Kim Jong Un met Vladimir Putin in Vladivostok. ".to_string()),
        Just("北朝鮮 🎉 e\u{301}te\u{301} ".to_string()),
        "[a-zA-Z ,.]{0,40}",
        any::<String>().prop_map(|s| s.chars().take(24).collect()),
        proptest::collection::vec(0u8..0x20, 0..6)
            .prop_map(|b| b.into_iter().map(char::from).collect()),
    ]
}

pub fn hostile_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..24).prop_map(|v| v.concat())
}

/// A file name as Linux allows it: anything but `/` and NUL.
pub fn hostile_name() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..4)
        .prop_map(|v| format!("/news/{}.txt", v.concat().replace(['/', '\0'], "_")))
}

/// Articles as the loader makes them from hostile text and names, plus one
/// built directly with raw controls everywhere (the model must clean what
/// it is given, whoever gives it).
pub fn articles() -> impl Strategy<Value = Vec<Article>> {
    let parsed = (hostile_name(), hostile_text()).prop_map(|(name, text)| parse(&name, &text));
    let raw =
        (hostile_name(), hostile_text(), hostile_text()).prop_map(|(name, title, body)| Article {
            source: name,
            title,
            byline: Some("\x1b]0;PWNED\x07 staff".into()),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                text: body,
            }],
            ..Article::default()
        });
    proptest::collection::vec(prop_oneof![4 => parsed, 1 => raw], 0..5)
}

pub fn skipped() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        3 => proptest::collection::vec(hostile_name(), 0..3)
            .prop_map(|v| v.into_iter().map(|n| format!("{n}: looks like binary data")).collect()),
        1 => (0usize..400).prop_map(|n| (0..n).map(|i| format!("/bad/{i}.txt: unreadable")).collect()),
    ]
}

/// Every key the reader maps, and some it does not.
pub fn key_code() -> impl Strategy<Value = KeyCode> {
    let mapped: Vec<KeyCode> = "q?lhjkgG b][}{nNe"
        .chars()
        .map(KeyCode::Char)
        .chain([
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Enter,
        ])
        .collect();
    prop_oneof![
        6 => proptest::sample::select(mapped),
        1 => any::<char>().prop_map(KeyCode::Char),
        1 => (1u8..=24).prop_map(KeyCode::F),
        1 => Just(KeyCode::Backspace),
    ]
}

pub fn key_event() -> impl Strategy<Value = Event> {
    let modifiers = prop_oneof![
        6 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::ALT),
    ];
    let kind = prop_oneof![
        6 => Just(KeyEventKind::Press),
        1 => Just(KeyEventKind::Repeat),
        1 => Just(KeyEventKind::Release),
    ];
    (key_code(), modifiers, kind).prop_map(|(code, modifiers, kind)| {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind,
            state: KeyEventState::NONE,
        })
    })
}

pub fn mouse_event() -> impl Strategy<Value = Event> {
    let kind = prop_oneof![
        Just(MouseEventKind::ScrollDown),
        Just(MouseEventKind::ScrollUp),
        Just(MouseEventKind::Down(MouseButton::Left)),
        Just(MouseEventKind::Down(MouseButton::Right)),
        Just(MouseEventKind::Up(MouseButton::Left)),
        Just(MouseEventKind::Drag(MouseButton::Left)),
        Just(MouseEventKind::Moved),
    ];
    // Positions may lie outside the screen: terminals report stale ones
    // around a resize.
    (kind, 0u16..=450, 0u16..=250).prop_map(|(kind, column, row)| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    })
}

pub fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        8 => key_event(),
        2 => mouse_event(),
        2 => size().prop_map(|(w, h)| Event::Resize(w, h)),
        1 => Just(Event::FocusGained),
    ]
}

/// Any size up to 400×200, but mostly the small and ordinary ones where
/// layouts change: a 400×200 frame costs tens of milliseconds to draw and
/// diff in a debug build, and the whole run should take seconds.
pub fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        1 => (1u16..=400, 1u16..=200),
        2 => (1u16..=12, 1u16..=6),
        2 => (13u16..=160, 7u16..=50),
    ]
}
