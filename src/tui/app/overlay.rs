//! `update` while the help overlay is open: it takes the keys, scrolls
//! within its real length and swallows the rest.

use super::App;
use crate::tui::action::Action;
use crate::tui::panes::help;

impl App {
    /// Keys while the help is open scroll it, never past its last page
    /// (so `k` works at once after holding `j`); everything else but quit
    /// and resize is swallowed.
    pub(super) fn update_help(&mut self, action: Action) {
        if let Action::Resize(w, h) = action {
            self.resize(w, h);
        }
        let (len, shown) = help::measure(self, self.width, self.height);
        let max = len.saturating_sub(shown);
        let page = shown.saturating_sub(1).max(1);
        let at = self.help_scroll.min(max);
        let next = match action {
            Action::Escape | Action::ToggleHelp | Action::Enter => {
                self.help_open = false;
                0
            }
            Action::Down => at.saturating_add(1),
            Action::Up => at.saturating_sub(1),
            Action::PageDown => at.saturating_add(page),
            Action::PageUp => at.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => max,
            Action::Quit => {
                self.quit = true;
                at
            }
            _ => at,
        };
        self.help_scroll = next.min(max);
    }

    /// What the help lists (skipped files, notes) can change while it is
    /// open: its scroll stays within its new length.
    pub(super) fn keep_help_in_range(&mut self) {
        if self.help_open {
            let (len, shown) = help::measure(self, self.width, self.height);
            self.help_scroll = self.help_scroll.min(len.saturating_sub(shown));
        }
    }
}
