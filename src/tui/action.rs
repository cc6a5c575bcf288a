//! What the user asked for, independent of how they asked: keys and mouse
//! events become [`Action`]s here (a pure mapping), and
//! [`App::update`](super::app::App::update) applies them.

use ratatui::crossterm::event::{
    Event, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};

use super::commands::{command, OverOverlay};
use super::keymap::{Key, KeyMap, ALWAYS_QUIT};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Enter,
    NextQuote,
    PrevQuote,
    NextSpeaker,
    PrevSpeaker,
    NextMatch,
    PrevMatch,
    ToggleSidebar,
    ToggleHelp,
    /// Mark the selected article read, or unread again.
    ToggleRead,
    ToggleStar,
    /// Show all articles, only unread ones, only starred ones.
    CycleFilter,
    /// Load the opened folders again, picking up new and changed files.
    Refresh,
    /// Sort the list newest first, by title, or as filed (in turn).
    CycleSort,
    /// Open the article's web address in the user's browser.
    OpenUrl,
    /// Open (or close) the feeds view: feeds and tags with unread counts.
    Feeds,
    /// Fetch every subscribed feed in the background.
    RefreshFeeds,
    /// Go to the next unread article, across feeds.
    NextUnread,
    /// Mark every article of the selected feed read.
    MarkFeedRead,
    /// Mark every article read (asks first).
    MarkAllRead,
    /// Copy the current quote with its speaker and source.
    CopyQuote,
    /// Not a key: the event loop's timer saying the article open in the
    /// reader has been there long enough to count as read.
    Dwell,
    /// Close the overlay, else drop the search, else the entity highlight.
    Escape,
    /// `/`: open the search prompt in the reader.
    SearchStart,
    /// A char typed into the open search prompt.
    SearchInput(char),
    SearchBackspace,
    /// Enter in the prompt: close it, keep the matches for `n`/`N`.
    SearchSubmit,
    /// Esc in the prompt: drop the search, back to where it started.
    SearchCancel,
    /// List every article that mentions the entity in question.
    Mentions,
    /// Show every quote of the person in question across the library.
    Quotes,
    /// Go back to where the last jump started (the jump history).
    Back,
    /// `n`/`N` step through the entity's mentions instead of its quotes,
    /// or back.
    ToggleStops,
    Resize(u16, u16),
    /// Wheel over a cell: scroll whatever pane is there.
    Scroll {
        col: u16,
        row: u16,
        down: bool,
    },
    Click {
        col: u16,
        row: u16,
    },
}

/// The bits of app state the key mapping depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyContext {
    pub overlay_open: bool,
    /// The search prompt is taking typed text.
    pub prompt_open: bool,
}

/// Map a key press to an action through `keymap`. Releases are ignored
/// (terminals that report them would otherwise act twice). Ctrl-C quits
/// whatever the keymap says, so no config can lock the user in.
pub fn action_for(key: KeyEvent, ctx: KeyContext, keymap: &KeyMap) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let key = Key::from_event(key);
    if key == ALWAYS_QUIT {
        return Some(Action::Quit);
    }
    if ctx.prompt_open {
        return prompt_action(key);
    }
    let action = keymap.get(key)?;
    if !ctx.overlay_open {
        return Some(action);
    }
    // Over the help overlay only moving, scrolling and closing make sense;
    // the command table says which commands those are.
    match command(action).map(|c| c.over_overlay) {
        Some(OverOverlay::Ignore) => None,
        Some(OverOverlay::Close) => Some(Action::Escape),
        Some(OverOverlay::Act) | None => Some(action),
    }
}

/// Keys while the search prompt is open: the prompt's own editing keys,
/// fixed rather than from the keymap, since every printable char must be
/// typeable there (`q` and `n` are text, not commands). Chars typed with
/// Ctrl or Alt are commands nobody means as text, and are dropped.
fn prompt_action(key: Key) -> Option<Action> {
    use ratatui::crossterm::event::KeyCode;
    match key.code {
        KeyCode::Esc => Some(Action::SearchCancel),
        KeyCode::Enter => Some(Action::SearchSubmit),
        KeyCode::Backspace => Some(Action::SearchBackspace),
        KeyCode::Char(c) if key.mods.is_empty() && !c.is_control() => Some(Action::SearchInput(c)),
        _ => None,
    }
}

/// Map a mouse event: the wheel and left clicks; the rest is ignored.
pub fn action_for_mouse(m: MouseEvent) -> Option<Action> {
    let (col, row) = (m.column, m.row);
    match m.kind {
        MouseEventKind::ScrollDown => Some(Action::Scroll {
            col,
            row,
            down: true,
        }),
        MouseEventKind::ScrollUp => Some(Action::Scroll {
            col,
            row,
            down: false,
        }),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { col, row }),
        _ => None,
    }
}

/// Map any terminal event.
pub fn action_for_event(event: &Event, ctx: KeyContext, keymap: &KeyMap) -> Option<Action> {
    match event {
        Event::Key(key) => action_for(*key, ctx, keymap),
        Event::Mouse(m) => action_for_mouse(*m),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn action_for(key: KeyEvent, ctx: KeyContext) -> Option<Action> {
        super::action_for(key, ctx, &KeyMap::default())
    }

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn default_keys() {
        let ctx = KeyContext::default();
        assert_eq!(action_for(key(KeyCode::Char('q')), ctx), Some(Action::Quit));
        assert_eq!(
            action_for(key(KeyCode::Char(']')), ctx),
            Some(Action::NextQuote)
        );
        assert_eq!(
            action_for(key(KeyCode::Char('}')), ctx),
            Some(Action::NextSpeaker)
        );
        assert_eq!(
            action_for(key(KeyCode::Char('{')), ctx),
            Some(Action::PrevSpeaker)
        );
        assert_eq!(
            action_for(key(KeyCode::Char(' ')), ctx),
            Some(Action::PageDown)
        );
        assert_eq!(
            action_for(key(KeyCode::BackTab), ctx),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            action_for(key(KeyCode::Char('l')), ctx),
            Some(Action::FocusNext)
        );
        assert_eq!(action_for(key(KeyCode::Left), ctx), Some(Action::FocusPrev));
        assert_eq!(action_for(key(KeyCode::Char('x')), ctx), None);
    }

    /// Every key the reader had before the keymap, with its action: the
    /// default keymap must keep them all.
    #[test]
    fn the_default_keymap_is_the_old_hard_coded_one() {
        use Action as A;
        use KeyCode as K;
        let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        let ch = |c| plain(K::Char(c));
        let cases = [
            (ch('q'), A::Quit),
            (plain(K::Esc), A::Escape),
            (ch('?'), A::ToggleHelp),
            (plain(K::Tab), A::FocusNext),
            (plain(K::Right), A::FocusNext),
            (ch('l'), A::FocusNext),
            (plain(K::BackTab), A::FocusPrev),
            (plain(K::Left), A::FocusPrev),
            (ch('h'), A::FocusPrev),
            (ch('j'), A::Down),
            (plain(K::Down), A::Down),
            (ctrl('n'), A::Down),
            (ch('k'), A::Up),
            (plain(K::Up), A::Up),
            (ctrl('p'), A::Up),
            (ch('g'), A::Top),
            (plain(K::Home), A::Top),
            (ch('G'), A::Bottom),
            (plain(K::End), A::Bottom),
            (plain(K::PageDown), A::PageDown),
            (ch(' '), A::PageDown),
            (ctrl('d'), A::PageDown),
            (ctrl('f'), A::PageDown),
            (plain(K::PageUp), A::PageUp),
            (ch('b'), A::PageUp),
            (ctrl('u'), A::PageUp),
            (ctrl('b'), A::PageUp),
            (plain(K::Enter), A::Enter),
            (ch(']'), A::NextQuote),
            (ch('['), A::PrevQuote),
            (ch('}'), A::NextSpeaker),
            (ch('{'), A::PrevSpeaker),
            (ch('n'), A::NextMatch),
            (ch('N'), A::PrevMatch),
            (ch('e'), A::ToggleSidebar),
            (ch('u'), A::ToggleRead),
            (ch('s'), A::ToggleStar),
            (ch('f'), A::CycleFilter),
            (ch('r'), A::Refresh),
            (ch('/'), A::SearchStart),
            (ctrl('c'), A::Quit),
        ];
        for (event, action) in cases {
            assert_eq!(
                action_for(event, KeyContext::default()),
                Some(action),
                "{event:?}"
            );
        }
    }

    #[test]
    fn ctrl_c_quits_even_over_an_overlay() {
        let ctx = KeyContext {
            overlay_open: true,
            ..KeyContext::default()
        };
        let k = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(k, ctx), Some(Action::Quit));
    }

    #[test]
    fn overlay_takes_q_and_swallows_jumps() {
        let ctx = KeyContext {
            overlay_open: true,
            ..KeyContext::default()
        };
        assert_eq!(
            action_for(key(KeyCode::Char('q')), ctx),
            Some(Action::Escape)
        );
        assert_eq!(action_for(key(KeyCode::Char(']')), ctx), None);
        assert_eq!(action_for(key(KeyCode::Char('j')), ctx), Some(Action::Down));
        assert_eq!(action_for(key(KeyCode::Char('u')), ctx), None);
    }

    #[test]
    fn remapped_keys_follow_the_keymap_and_ctrl_c_still_quits() {
        let mut map = KeyMap::default();
        map.bind(Action::Quit, &[Key::char('x')]);
        map.bind(Action::Down, &[Key::ctrl('c')]);
        let ctx = KeyContext::default();
        let x = key(KeyCode::Char('x'));
        assert_eq!(super::action_for(x, ctx, &map), Some(Action::Quit));
        assert_eq!(super::action_for(key(KeyCode::Char('q')), ctx, &map), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(super::action_for(ctrl_c, ctx, &map), Some(Action::Quit));
        // The overlay rule follows the action, not the key.
        let over = KeyContext {
            overlay_open: true,
            ..KeyContext::default()
        };
        assert_eq!(super::action_for(x, over, &map), Some(Action::Escape));
    }

    #[test]
    fn the_search_prompt_takes_typed_chars_and_its_own_keys() {
        let ctx = KeyContext {
            prompt_open: true,
            ..KeyContext::default()
        };
        let ch = |c| action_for(key(KeyCode::Char(c)), ctx);
        assert_eq!(ch('q'), Some(Action::SearchInput('q')));
        assert_eq!(ch('n'), Some(Action::SearchInput('n')));
        assert_eq!(ch('é'), Some(Action::SearchInput('é')));
        let shifted = KeyEvent::new(KeyCode::Char('K'), KeyModifiers::SHIFT);
        assert_eq!(action_for(shifted, ctx), Some(Action::SearchInput('K')));
        assert_eq!(
            action_for(key(KeyCode::Esc), ctx),
            Some(Action::SearchCancel)
        );
        assert_eq!(
            action_for(key(KeyCode::Enter), ctx),
            Some(Action::SearchSubmit)
        );
        assert_eq!(
            action_for(key(KeyCode::Backspace), ctx),
            Some(Action::SearchBackspace)
        );
        let alt = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT);
        assert_eq!(action_for(alt, ctx), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_c, ctx), Some(Action::Quit));
        // Closed, `/` opens it.
        assert_eq!(
            action_for(key(KeyCode::Char('/')), KeyContext::default()),
            Some(Action::SearchStart)
        );
    }

    #[test]
    fn key_releases_are_ignored() {
        let mut k = key(KeyCode::Char('q'));
        k.kind = KeyEventKind::Release;
        assert_eq!(action_for(k, KeyContext::default()), None);
    }

    #[test]
    fn wheel_and_click_map_with_position() {
        let m = MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column: 3,
            row: 4,
            modifiers: KeyModifiers::NONE,
        };
        assert_eq!(
            action_for_mouse(m),
            Some(Action::Scroll {
                col: 3,
                row: 4,
                down: true
            })
        );
    }
}
