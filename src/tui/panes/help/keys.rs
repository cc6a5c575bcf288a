//! The key table of the `?` overlay, read off the command table
//! ([`crate::tui::commands`]): a section per heading there, a row per
//! command's help row, with the commands marked `with_previous` joining
//! the rows before them.

use crate::tui::action::Action;
use crate::tui::commands::{Help, SECTIONS};

/// One row of the key table: the actions it documents, how it reads with
/// the default keys, and what the keys do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRow {
    pub actions: Vec<Action>,
    /// Hand-picked for the default keys; shown only while the row's
    /// actions have their default keys, remapped rows list the keys from
    /// the keymap instead.
    pub default_keys: &'static str,
    pub what: &'static str,
}

/// Not a key, so not a command: the mouse row ends the last section.
const MOUSE: (&str, &str) = ("mouse", "wheel scrolls · click selects, again opens");

/// (section, rows): the overlay's key table.
pub fn sections() -> Vec<(&'static str, Vec<KeyRow>)> {
    let mut out: Vec<(&'static str, Vec<KeyRow>)> = Vec::with_capacity(SECTIONS.len());
    for (title, commands) in SECTIONS {
        let mut rows: Vec<KeyRow> = Vec::new();
        // The rows the last command with rows of its own started.
        let mut last = 0..0;
        for c in *commands {
            match c.help {
                Help::Rows(own) => {
                    last = rows.len()..rows.len() + own.len();
                    rows.extend(own.iter().map(|(keys, what)| KeyRow {
                        actions: vec![c.action],
                        default_keys: keys,
                        what,
                    }));
                }
                Help::WithPrevious => {
                    for row in &mut rows[last.clone()] {
                        row.actions.push(c.action);
                    }
                }
                Help::Missing => {}
            }
        }
        out.push((*title, rows));
    }
    if let Some((_, rows)) = out.last_mut() {
        rows.push(KeyRow {
            actions: Vec::new(),
            default_keys: MOUSE.0,
            what: MOUSE.1,
        });
    }
    out
}
