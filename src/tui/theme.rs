//! The one place styles live. Every pane asks the [`Theme`] instead of
//! picking colours itself, so the look stays consistent and a light/dark
//! variant is one struct away.
//!
//! Only the 16 ANSI colours plus modifiers are used, and never a hard-coded
//! background except through `REVERSED`: the user's palette decides how they
//! look, which keeps the reader legible on dark and light terminals alike.

pub mod spec;

use ratatui::style::{Color, Modifier, Style};

use spec::StyleSpec;

/// Styles for every element the reader draws.
#[derive(Debug, Clone, PartialEq)]
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
    /// Matches of the `/` search, and the one `n`/`N` stand on.
    pub search_match: Style,
    pub current_search_match: Style,
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
    /// Empty means speakers get no colour (NO_COLOR).
    pub speaker_palette: Vec<Color>,
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
            search_match: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::UNDERLINED),
            current_search_match: Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
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
            speaker_palette: vec![
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
        match colors.len() {
            0 => Style::new(),
            len => Style::new().fg(colors[n % len]),
        }
    }

    /// The theme a config describes: every style in [`STYLES`] from its
    /// default spec with `accent` as the accent, then the user's `styles`
    /// (indexes into [`STYLES`]) on top, and the speaker colours.
    pub fn from_colors(accent: Color, speakers: &[Color], styles: &[(usize, StyleSpec)]) -> Theme {
        let mut theme = Theme::default();
        for field in STYLES {
            if let Ok(spec) = spec::parse_style(field.default) {
                *(field.get)(&mut theme) = spec.resolve(accent);
            }
        }
        for (i, spec) in styles {
            if let Some(field) = STYLES.get(*i) {
                *(field.get)(&mut theme) = spec.resolve(accent);
            }
        }
        theme.speaker_palette = speakers.to_vec();
        theme
    }

    /// This theme with every foreground and background colour taken out
    /// (for NO_COLOR). Modifiers stay, and they alone keep the focus, the
    /// selection, the current quote and mentions visible.
    pub fn without_colors(mut self) -> Theme {
        for field in STYLES {
            let style = (field.get)(&mut self);
            style.fg = None;
            style.bg = None;
        }
        self.speaker_palette.clear();
        self
    }
}

/// A theme style the config can set: its `[colors]` key, its default as a
/// style string, what it colours, and where it lives in [`Theme`].
pub struct StyleField {
    pub name: &'static str,
    pub default: &'static str,
    pub about: &'static str,
    pub get: fn(&mut Theme) -> &mut Style,
}

macro_rules! styles {
    ($($field:ident = $default:literal, $about:literal;)*) => {
        /// Every style the `[colors]` table can set; the defaults here are
        /// [`Theme::default`] spelled as config strings (a test keeps them
        /// equal).
        pub const STYLES: &[StyleField] = &[$(StyleField {
            name: stringify!($field),
            default: $default,
            about: $about,
            get: |t| &mut t.$field,
        }),*];
    };
}

styles! {
    border = "darkgray", "pane borders";
    border_focused = "accent", "the focused pane's border";
    pane_title = "darkgray", "pane titles";
    pane_title_focused = "accent bold", "the focused pane's title";
    dim = "dim", "quiet text: hints, skipped files";
    list_title = "bold", "unread titles in the article list";
    list_title_read = "", "read titles in the article list";
    list_meta = "darkgray", "dates and sources in the article list";
    unread_marker = "accent bold", "the unread dot";
    selected_focused = "reversed", "the selected row in the focused pane";
    selected = "underlined", "the selected row in other panes";
    headline = "accent bold", "the article headline";
    meta = "darkgray", "byline and date under the headline";
    caption = "dim italic", "image captions";
    credit = "darkgray italic", "photo credits";
    heading = "bold underlined", "section headings in an article";
    body = "", "article text";
    scare_quote = "italic", "quoted words that are not a speaker's";
    mention = "yellow bold underlined", "mentions of the selected entity";
    current_mention = "yellow bold reversed", "the mention under the cursor";
    search_match = "black on yellow underlined", "matches of the / search";
    current_search_match = "bold reversed", "the search match n / N stand on";
    section_header = "darkgray bold", "sidebar section headers";
    speaker_mark = "bold", "the margin mark beside a quote";
    count = "darkgray", "counts in the sidebar";
    status = "", "the status bar";
    status_info = "accent bold", "status bar messages";
    status_key = "bold", "keys in the status bar hints";
    status_hint = "darkgray", "the status bar hints";
    help_key = "accent bold", "keys in the help overlay";
    help_text = "", "text in the help overlay";
    help_heading = "bold underlined", "headings in the help overlay";
}

/// The default speaker colours, as the config names them.
pub const DEFAULT_SPEAKERS: &[&str] = &["cyan", "green", "magenta", "blue", "red", "lightmagenta"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_specs_are_the_default_theme() {
        let speakers: Vec<Color> = DEFAULT_SPEAKERS
            .iter()
            .map(|n| match spec::parse_color(n) {
                Ok(spec::ColorSpec::Fixed(c)) => c,
                other => panic!("{n}: {other:?}"),
            })
            .collect();
        for field in STYLES {
            assert!(spec::parse_style(field.default).is_ok(), "{}", field.name);
        }
        assert_eq!(
            Theme::from_colors(Color::Cyan, &speakers, &[]),
            Theme::default()
        );
    }

    #[test]
    fn accent_recolours_what_names_it() {
        let theme = Theme::from_colors(Color::Red, &[Color::Green], &[]);
        assert_eq!(theme.headline.fg, Some(Color::Red));
        assert_eq!(theme.border.fg, Some(Color::DarkGray));
        assert_eq!(theme.speaker(5), Style::new().fg(Color::Green));
    }

    #[test]
    fn without_colors_keeps_only_modifiers() {
        let theme = Theme::default().without_colors();
        for field in STYLES {
            let mut t = theme.clone();
            let style = (field.get)(&mut t);
            assert_eq!((style.fg, style.bg), (None, None), "{}", field.name);
        }
        assert_eq!(theme.speaker(0), Style::new());
        assert!(theme.mention.add_modifier.contains(Modifier::UNDERLINED));
        assert!(theme
            .selected_focused
            .add_modifier
            .contains(Modifier::REVERSED));
        assert_eq!(theme.current_quote, Theme::default().current_quote);
    }
}
