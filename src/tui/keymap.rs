//! Which key does what: the bindings [`action_for`](super::action::action_for)
//! looks keys up in. [`KeyMap::default`] is the reader's built-in set; the
//! user's `[keys]` table (see [`crate::config`]) is applied on top with
//! [`KeyMap::bind`]. Keys have two spellings: the config name (`"ctrl-n"`,
//! `"pgdn"`), parsed and written here, and the display name (`Ctrl-N`,
//! `PgDn`) the help overlay shows. The default keys and the action names
//! come from the command table ([`super::commands`]).

use super::action::Action;
use super::commands;

mod key;

pub use key::{Key, KEY_NAME_HINT};

/// The config name of a key-bindable action.
pub fn action_name(action: Action) -> Option<&'static str> {
    commands::command(action).map(|c| c.name)
}

/// The action a config name stands for.
pub fn action_named(name: &str) -> Option<Action> {
    commands::named(name).map(|c| c.action)
}

/// Every action's config name, in the order the default config lists them.
pub fn action_names() -> impl Iterator<Item = &'static str> {
    commands::commands().map(|c| c.name)
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
    /// The default keys of the command table.
    fn default() -> Self {
        let bindings = commands::commands()
            .flat_map(|c| c.keys.iter().map(move |k| (*k, c.action)))
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
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
        for c in commands::commands() {
            assert_eq!(action_named(c.name), Some(c.action));
            assert_eq!(action_name(c.action), Some(c.name));
        }
        assert_eq!(action_name(Action::Dwell), None);
        assert_eq!(action_named("dwell"), None);
    }

    #[test]
    fn every_bindable_action_has_a_default_key() {
        let map = KeyMap::default();
        for c in commands::commands() {
            assert!(!map.keys(c.action).is_empty(), "{}", c.name);
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
