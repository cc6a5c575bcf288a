//! The one place styles live. Every pane asks the [`Theme`] instead of
//! picking colours itself, so the look stays consistent and a light/dark
//! variant is one struct away.
//!
//! Only the 16 ANSI colours plus modifiers are used, and never a hard-coded
//! background except through `REVERSED`: the user's palette decides how they
//! look, which keeps the reader legible on dark and light terminals alike.

use ratatui::style::{Color, Modifier, Style};

/// Styles for every element the reader draws.
#[derive(Debug, Clone)]
pub struct Theme {
    pub border: Style,
    pub border_focused: Style,
    pub pane_title: Style,
    pub pane_title_focused: Style,
    pub dim: Style,
    pub list_title: Style,
    pub list_title_read: Style,
    pub list_meta: Style,
    pub unread_marker: Style,
    pub star: Style,
    /// The selected row in the focused pane.
    pub selected_focused: Style,
    /// The selected row when its pane has no focus: still findable, quieter.
    pub selected: Style,
    pub headline: Style,
    pub meta: Style,
    pub caption: Style,
    pub credit: Style,
    pub heading: Style,
    pub body: Style,
    pub scare_quote: Style,
    /// Added on top of a speaker colour for the quote under the cursor.
    pub current_quote: Modifier,
    pub mention: Style,
    pub current_mention: Style,
    pub section_header: Style,
    pub speaker_mark: Style,
    pub count: Style,
    pub status: Style,
    pub status_info: Style,
    pub status_key: Style,
    pub status_hint: Style,
    pub help_key: Style,
    pub help_text: Style,
    pub help_heading: Style,
    /// Speakers get these in order of their first quote; the same colour is
    /// used in the reader and the sidebar so the colour itself is a legend.
    pub speaker_palette: [Color; 6],
}

impl Default for Theme {
    fn default() -> Self {
        let accent = Color::Cyan;
        Theme {
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(accent),
            pane_title: Style::new().fg(Color::DarkGray),
            pane_title_focused: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            dim: Style::new().add_modifier(Modifier::DIM),
            list_title: Style::new().add_modifier(Modifier::BOLD),
            list_title_read: Style::new(),
            list_meta: Style::new().fg(Color::DarkGray),
            unread_marker: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            star: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            selected_focused: Style::new().add_modifier(Modifier::REVERSED),
            selected: Style::new().add_modifier(Modifier::UNDERLINED),
            headline: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            meta: Style::new().fg(Color::DarkGray),
            caption: Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC),
            credit: Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::ITALIC),
            heading: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            body: Style::new(),
            scare_quote: Style::new().add_modifier(Modifier::ITALIC),
            current_quote: Modifier::BOLD | Modifier::REVERSED,
            mention: Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            current_mention: Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::REVERSED),
            section_header: Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::BOLD),
            speaker_mark: Style::new().add_modifier(Modifier::BOLD),
            count: Style::new().fg(Color::DarkGray),
            status: Style::new(),
            status_info: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            status_key: Style::new().add_modifier(Modifier::BOLD),
            status_hint: Style::new().fg(Color::DarkGray),
            help_key: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            help_text: Style::new(),
            help_heading: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            speaker_palette: [
                Color::Cyan,
                Color::Green,
                Color::Magenta,
                Color::Blue,
                Color::Red,
                Color::LightMagenta,
            ],
        }
    }
}

impl Theme {
    /// The colour of the `n`th speaker (in order of first quote).
    pub fn speaker(&self, n: usize) -> Style {
        let colors = &self.speaker_palette;
        Style::new().fg(colors[n % colors.len()])
    }
}
