//! Notes that outlive the status line: a state file moved aside, search
//! running from memory. The status line shows a note until the next key;
//! the `?` help lists every one, wrapped, for as long as the reader runs.

use super::{printable, App};

impl App {
    /// This model with `note` to say when the reader opens (a running
    /// reader is told with [`super::Msg::Note`]).
    pub fn with_note(mut self, note: &str) -> Self {
        self.announce(note);
        self
    }

    /// Say `note` on the status line and keep it in the `?` help, where
    /// it stays readable whole after the next key clears the line.
    pub(super) fn announce(&mut self, note: &str) {
        let note = printable::printable(note).into_owned();
        self.message = Some(match self.message.take() {
            Some(m) if !m.is_empty() => format!("{m} · {note}"),
            _ => note.clone(),
        });
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }
}
