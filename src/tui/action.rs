//! What the user asked for, independent of how they asked: keys and mouse
//! events become [`Action`]s here (a pure mapping), and
//! [`App::update`](super::app::App::update) applies them.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

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
    /// Not a key: the event loop's timer saying the article open in the
    /// reader has been there long enough to count as read.
    Dwell,
    /// Close the overlay, else drop the entity highlight.
    Escape,
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
}

/// Map a key press to an action. Releases are ignored (terminals that
/// report them would otherwise act twice).
pub fn action_for(key: KeyEvent, ctx: KeyContext) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl {
        return match key.code {
            KeyCode::Char('c') => Some(Action::Quit),
            KeyCode::Char('d') | KeyCode::Char('f') => Some(Action::PageDown),
            KeyCode::Char('u') | KeyCode::Char('b') => Some(Action::PageUp),
            KeyCode::Char('n') => Some(Action::Down),
            KeyCode::Char('p') => Some(Action::Up),
            _ => None,
        };
    }
    let action = match key.code {
        // `q` closes an overlay before it quits, like Esc.
        KeyCode::Char('q') if ctx.overlay_open => Action::Escape,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Esc => Action::Escape,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Tab | KeyCode::Right | KeyCode::Char('l') => Action::FocusNext,
        KeyCode::BackTab | KeyCode::Left | KeyCode::Char('h') => Action::FocusPrev,
        KeyCode::Char('j') | KeyCode::Down => Action::Down,
        KeyCode::Char('k') | KeyCode::Up => Action::Up,
        KeyCode::Char('g') | KeyCode::Home => Action::Top,
        KeyCode::Char('G') | KeyCode::End => Action::Bottom,
        KeyCode::PageDown | KeyCode::Char(' ') => Action::PageDown,
        KeyCode::PageUp | KeyCode::Char('b') => Action::PageUp,
        KeyCode::Enter => Action::Enter,
        _ if ctx.overlay_open => return None,
        KeyCode::Char(']') => Action::NextQuote,
        KeyCode::Char('[') => Action::PrevQuote,
        KeyCode::Char('}') => Action::NextSpeaker,
        KeyCode::Char('{') => Action::PrevSpeaker,
        KeyCode::Char('n') => Action::NextMatch,
        KeyCode::Char('N') => Action::PrevMatch,
        KeyCode::Char('e') => Action::ToggleSidebar,
        KeyCode::Char('u') => Action::ToggleRead,
        KeyCode::Char('s') => Action::ToggleStar,
        KeyCode::Char('f') => Action::CycleFilter,
        KeyCode::Char('r') => Action::Refresh,
        _ => return None,
    };
    Some(action)
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
pub fn action_for_event(event: &Event, ctx: KeyContext) -> Option<Action> {
    match event {
        Event::Key(key) => action_for(*key, ctx),
        Event::Mouse(m) => action_for_mouse(*m),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn ctrl_c_quits_even_over_an_overlay() {
        let ctx = KeyContext { overlay_open: true };
        let k = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(k, ctx), Some(Action::Quit));
    }

    #[test]
    fn overlay_takes_q_and_swallows_jumps() {
        let ctx = KeyContext { overlay_open: true };
        assert_eq!(
            action_for(key(KeyCode::Char('q')), ctx),
            Some(Action::Escape)
        );
        assert_eq!(action_for(key(KeyCode::Char(']')), ctx), None);
        assert_eq!(action_for(key(KeyCode::Char('j')), ctx), Some(Action::Down));
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
