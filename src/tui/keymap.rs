//! Which key does what: the bindings [`action_for`](super::action::action_for)
//! looks keys up in. [`KeyMap::default`] is the reader's built-in set; the
//! user's `[keys]` table (see [`crate::config`]) is applied on top with
//! [`KeyMap::bind`]. Keys have two spellings: the config name (`"ctrl-n"`,
//! `"pgdn"`), parsed and written here, and the display name (`Ctrl-N`,
//! `PgDn`) the help overlay shows.

use crossterm::event::KeyCode;

use super::action::Action;

mod key;

pub use key::{Key, KEY_NAME_HINT};

/// Every action a key can trigger, with its config name, in the order the
/// default config lists them. Resize, Scroll, Click and Dwell come from the
/// terminal or the clock, never from a key.
pub const ACTIONS: &[(Action, &str)] = &[
    (Action::Quit, "quit"),
    (Action::Escape, "escape"),
    (Action::ToggleHelp, "help"),
    (Action::FocusNext, "focus_next"),
    (Action::FocusPrev, "focus_prev"),
    (Action::Down, "down"),
    (Action::Up, "up"),
    (Action::Top, "top"),
    (Action::Bottom, "bottom"),
    (Action::PageDown, "page_down"),
    (Action::PageUp, "page_up"),
    (Action::Enter, "enter"),
    (Action::NextQuote, "next_quote"),
    (Action::PrevQuote, "prev_quote"),
    (Action::NextSpeaker, "next_speaker"),
    (Action::PrevSpeaker, "prev_speaker"),
    (Action::NextMatch, "next_match"),
    (Action::PrevMatch, "prev_match"),
    (Action::ToggleStops, "toggle_mentions"),
    (Action::ToggleSidebar, "toggle_sidebar"),
    (Action::ToggleRead, "toggle_read"),
    (Action::ToggleStar, "toggle_star"),
    (Action::CycleFilter, "filter"),
    (Action::Refresh, "refresh"),
    (Action::SearchStart, "search"),
    (Action::Mentions, "mentions"),
    (Action::Quotes, "quotes"),
    (Action::Back, "back"),
    (Action::CycleSort, "sort"),
    (Action::OpenUrl, "open_url"),
    (Action::Feeds, "feeds"),
    (Action::RefreshFeeds, "refresh_feeds"),
    (Action::NextUnread, "next_unread"),
    (Action::MarkFeedRead, "mark_feed_read"),
    (Action::MarkAllRead, "mark_all_read"),
    (Action::CopyQuote, "copy_quote"),
];

/// The config name of a key-bindable action.
pub fn action_name(action: Action) -> Option<&'static str> {
    ACTIONS.iter().find(|(a, _)| *a == action).map(|(_, n)| *n)
}

/// The action a config name stands for.
pub fn action_named(name: &str) -> Option<Action> {
    ACTIONS.iter().find(|(_, n)| *n == name).map(|(a, _)| *a)
}

/// The key that always quits, whatever the config says: a way out that no
/// remapping can lose.
pub const ALWAYS_QUIT: Key = Key::ctrl('c');

/// Key bindings, in the order they are shown (per action, the first key is
/// the one the user or the defaults listed first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyMap {
    bindings: Vec<(Key, Action)>,
}

impl Default for KeyMap {
    /// The reader's keys before they were configurable, plus `/` for
    /// search and the feed reader's keys (`o` opens the article's address,
    /// as in newsboat; going back keeps `Backspace`).
    fn default() -> Self {
        use KeyCode as K;
        let p = Key::plain;
        let c = Key::char;
        let ctrl = Key::ctrl;
        let table: &[(Action, &[Key])] = &[
            (Action::Quit, &[c('q')]),
            (Action::Escape, &[p(K::Esc)]),
            (Action::ToggleHelp, &[c('?')]),
            (Action::FocusNext, &[p(K::Tab), p(K::Right), c('l')]),
            (Action::FocusPrev, &[p(K::BackTab), p(K::Left), c('h')]),
            (Action::Down, &[c('j'), p(K::Down), ctrl('n')]),
            (Action::Up, &[c('k'), p(K::Up), ctrl('p')]),
            (Action::Top, &[c('g'), p(K::Home)]),
            (Action::Bottom, &[c('G'), p(K::End)]),
            (
                Action::PageDown,
                &[p(K::PageDown), c(' '), ctrl('d'), ctrl('f')],
            ),
            (
                Action::PageUp,
                &[p(K::PageUp), c('b'), ctrl('u'), ctrl('b')],
            ),
            (Action::Enter, &[p(K::Enter)]),
            (Action::NextQuote, &[c(']')]),
            (Action::PrevQuote, &[c('[')]),
            (Action::NextSpeaker, &[c('}')]),
            (Action::PrevSpeaker, &[c('{')]),
            (Action::NextMatch, &[c('n')]),
            (Action::PrevMatch, &[c('N')]),
            (Action::ToggleStops, &[c('t')]),
            (Action::ToggleSidebar, &[c('e')]),
            (Action::ToggleRead, &[c('u')]),
            (Action::ToggleStar, &[c('s')]),
            (Action::CycleFilter, &[c('f')]),
            (Action::Refresh, &[c('r')]),
            (Action::SearchStart, &[c('/')]),
            (Action::Mentions, &[c('m')]),
            (Action::Quotes, &[c('"')]),
            (Action::Back, &[p(K::Backspace)]),
            (Action::CycleSort, &[c('S')]),
            (Action::OpenUrl, &[c('o')]),
            (Action::Feeds, &[c('F')]),
            (Action::RefreshFeeds, &[c('R')]),
            (Action::NextUnread, &[c('.')]),
            (Action::MarkFeedRead, &[c('A')]),
            (Action::MarkAllRead, &[c('C')]),
            (Action::CopyQuote, &[c('y')]),
        ];
        let bindings = table
            .iter()
            .flat_map(|(a, keys)| keys.iter().map(move |k| (*k, *a)))
            .collect();
        KeyMap { bindings }
    }
}

impl KeyMap {
    /// A map with no bindings at all (Ctrl-C still quits).
    pub fn empty() -> KeyMap {
        KeyMap {
            bindings: Vec::new(),
        }
    }

    /// The action bound to `key`, if any.
    pub fn get(&self, key: Key) -> Option<Action> {
        self.bindings
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, a)| *a)
    }

    /// The keys bound to `action`, in order.
    pub fn keys(&self, action: Action) -> Vec<Key> {
        self.bindings
            .iter()
            .filter(|(_, a)| *a == action)
            .map(|(k, _)| *k)
            .collect()
    }

    /// Display names of the keys bound to `action`, e.g. `["j", "↓",
    /// "Ctrl-N"]` for [`Action::Down`].
    pub fn keys_for(&self, action: Action) -> Vec<String> {
        self.keys(action).iter().map(Key::display).collect()
    }

    /// Make `keys` the only keys of `action`. A key that was bound to
    /// another action leaves it: what the user binds wins over a default.
    /// Checking that the user did not bind one key twice is the config's
    /// job, where the line numbers are.
    pub fn bind(&mut self, action: Action, keys: &[Key]) {
        self.bindings
            .retain(|(k, a)| *a != action && !keys.contains(k));
        let mut seen = Vec::with_capacity(keys.len());
        for key in keys {
            if !seen.contains(key) {
                seen.push(*key);
                self.bindings.push((*key, action));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyEvent, KeyModifiers};

    #[test]
    fn key_names_parse_and_print_back() {
        let cases = [
            ("j", Key::char('j')),
            ("G", Key::char('G')),
            ("?", Key::char('?')),
            (" ", Key::char(' ')),
            ("space", Key::char(' ')),
            ("ctrl-n", Key::ctrl('n')),
            ("Ctrl-N", Key::ctrl('n')),
            ("alt-x", Key::new(KeyCode::Char('x'), KeyModifiers::ALT)),
            ("shift-tab", Key::plain(KeyCode::BackTab)),
            ("backtab", Key::plain(KeyCode::BackTab)),
            ("pgdn", Key::plain(KeyCode::PageDown)),
            ("PageDown", Key::plain(KeyCode::PageDown)),
            ("f5", Key::plain(KeyCode::F(5))),
            ("F12", Key::plain(KeyCode::F(12))),
            ("-", Key::char('-')),
            ("ctrl-up", Key::new(KeyCode::Up, KeyModifiers::CONTROL)),
        ];
        for (name, key) in cases {
            assert_eq!(Key::parse(name), Some(key), "{name}");
            assert_eq!(Key::parse(&key.name()), Some(key), "{}", key.name());
        }
    }

    #[test]
    fn bad_key_names_are_rejected() {
        for name in ["", "ctrl-qq", "f13", "f0", "hyper-x", "ctrl-", "\t", "jj"] {
            assert_eq!(Key::parse(name), None, "{name:?}");
        }
    }

    #[test]
    fn every_default_key_round_trips_through_its_name() {
        let map = KeyMap::default();
        for (key, _) in &map.bindings {
            assert_eq!(Key::parse(&key.name()), Some(*key), "{}", key.name());
        }
    }

    #[test]
    fn every_action_name_round_trips() {
        for (action, name) in ACTIONS {
            assert_eq!(action_named(name), Some(*action));
            assert_eq!(action_name(*action), Some(*name));
        }
        assert_eq!(action_name(Action::Dwell), None);
        assert_eq!(action_named("dwell"), None);
    }

    #[test]
    fn every_bindable_action_has_a_default_key() {
        let map = KeyMap::default();
        for (action, name) in ACTIONS {
            assert!(!map.keys(*action).is_empty(), "{name}");
        }
    }

    #[test]
    fn display_names_are_the_help_spelling() {
        let map = KeyMap::default();
        assert_eq!(map.keys_for(Action::Down), ["j", "↓", "Ctrl-N"]);
        assert_eq!(map.keys_for(Action::FocusPrev), ["Shift-Tab", "←", "h"]);
        assert_eq!(map.keys_for(Action::PageDown)[..2], ["PgDn", "Space"]);
    }

    #[test]
    fn the_user_wins_over_defaults() {
        let mut map = KeyMap::default();
        // `j` was Down; binding it to Quit takes it away from Down only.
        map.bind(Action::Quit, &[Key::char('j'), Key::char('x')]);
        assert_eq!(map.get(Key::char('j')), Some(Action::Quit));
        assert_eq!(map.get(Key::char('x')), Some(Action::Quit));
        // Quit's old key is gone: the list replaced it.
        assert_eq!(map.get(Key::char('q')), None);
        assert_eq!(map.keys_for(Action::Down), ["↓", "Ctrl-N"]);
    }

    #[test]
    fn events_normalise_shift_and_ctrl_case() {
        let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(shifted), Key::char('G'));
        let tab = KeyEvent::new(KeyCode::Tab, KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(tab), Key::plain(KeyCode::BackTab));
        let ctrl = KeyEvent::new(
            KeyCode::Char('N'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        );
        assert_eq!(Key::from_event(ctrl), Key::ctrl('n'));
    }
}
