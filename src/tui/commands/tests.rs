use std::collections::HashMap;

use super::*;

/// Whether a key can trigger `action`. The match lists every variant, so a
/// new one does not compile until it is sorted here: a bindable one then
/// needs its row in [`SECTIONS`] (the tests below say so).
fn bindable(action: Action) -> bool {
    match action {
        A::Quit
        | A::FocusNext
        | A::FocusPrev
        | A::Up
        | A::Down
        | A::Top
        | A::Bottom
        | A::PageUp
        | A::PageDown
        | A::Enter
        | A::NextQuote
        | A::PrevQuote
        | A::NextSpeaker
        | A::PrevSpeaker
        | A::NextMatch
        | A::PrevMatch
        | A::ToggleSidebar
        | A::ToggleHelp
        | A::ToggleRead
        | A::ToggleStar
        | A::CycleFilter
        | A::Refresh
        | A::CycleSort
        | A::OpenUrl
        | A::Feeds
        | A::RefreshFeeds
        | A::NextUnread
        | A::MarkFeedRead
        | A::MarkAllRead
        | A::CopyQuote
        | A::Escape
        | A::SearchStart
        | A::Mentions
        | A::Quotes
        | A::Back
        | A::ToggleStops => true,
        // The clock, the search prompt's own editing, the terminal.
        A::Dwell
        | A::SearchInput(_)
        | A::SearchBackspace
        | A::SearchSubmit
        | A::SearchCancel
        | A::Resize(..)
        | A::Scroll { .. }
        | A::Click { .. } => false,
    }
}

/// One value of every variant, in the order of [`bindable`]'s match.
const EVERY_ACTION: &[Action] = &[
    A::Quit,
    A::FocusNext,
    A::FocusPrev,
    A::Up,
    A::Down,
    A::Top,
    A::Bottom,
    A::PageUp,
    A::PageDown,
    A::Enter,
    A::NextQuote,
    A::PrevQuote,
    A::NextSpeaker,
    A::PrevSpeaker,
    A::NextMatch,
    A::PrevMatch,
    A::ToggleSidebar,
    A::ToggleHelp,
    A::ToggleRead,
    A::ToggleStar,
    A::CycleFilter,
    A::Refresh,
    A::CycleSort,
    A::OpenUrl,
    A::Feeds,
    A::RefreshFeeds,
    A::NextUnread,
    A::MarkFeedRead,
    A::MarkAllRead,
    A::CopyQuote,
    A::Escape,
    A::SearchStart,
    A::Mentions,
    A::Quotes,
    A::Back,
    A::ToggleStops,
    A::Dwell,
    A::SearchInput('x'),
    A::SearchBackspace,
    A::SearchSubmit,
    A::SearchCancel,
    A::Resize(80, 24),
    A::Scroll {
        col: 0,
        row: 0,
        down: true,
    },
    A::Click { col: 0, row: 0 },
];

#[test]
fn every_bindable_action_has_exactly_one_row() {
    for action in EVERY_ACTION {
        let rows = commands().filter(|c| c.action == *action).count();
        let want = usize::from(bindable(*action));
        assert_eq!(rows, want, "{action:?} has {rows} rows");
    }
    // Every row's action is one of the listed variants, so the list above
    // cannot fall behind the table.
    for c in commands() {
        assert!(EVERY_ACTION.contains(&c.action), "{:?} unlisted", c.action);
    }
}

#[test]
fn names_are_unique_and_every_row_is_described_and_placed() {
    let mut names = HashMap::new();
    for (i, c) in commands().enumerate() {
        assert!(names.insert(c.name, i).is_none(), "{} twice", c.name);
        assert!(!c.about.is_empty(), "{} has no comment", c.name);
        assert!(!c.keys.is_empty(), "{} has no default key", c.name);
        assert_ne!(c.help, Help::Missing, "{} is not in the help", c.name);
    }
    // A row beside the one before it needs one there.
    for (_, cmds) in SECTIONS {
        assert!(!matches!(
            cmds.first().map(|c| c.help),
            Some(Help::WithPrevious)
        ));
    }
}

#[test]
fn default_keys_do_not_collide() {
    let mut owner: HashMap<Key, &str> = HashMap::new();
    for c in commands() {
        for key in c.keys {
            if let Some(other) = owner.insert(*key, c.name) {
                panic!("{} is bound to {other} and {}", key.name(), c.name);
            }
        }
        assert!(!c.keys.contains(&super::super::keymap::ALWAYS_QUIT) || c.action == A::Quit);
    }
}
