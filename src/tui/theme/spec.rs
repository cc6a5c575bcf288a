//! Styles as a config file spells them: `"bold accent"`, `"yellow on
//! black underlined"`, `"#ff8800"`, `"244"`. A [`StyleSpec`] keeps the
//! word `accent` unresolved so that changing the accent recolours every
//! style that names it.

use ratatui::style::{Color, Modifier, Style};

/// A colour in a style: a fixed one, or whatever the accent is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorSpec {
    Accent,
    Fixed(Color),
}

impl ColorSpec {
    fn resolve(self, accent: Color) -> Color {
        match self {
            ColorSpec::Accent => accent,
            ColorSpec::Fixed(c) => c,
        }
    }
}

/// A parsed style string, not yet tied to an accent colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StyleSpec {
    pub fg: Option<ColorSpec>,
    pub bg: Option<ColorSpec>,
    pub modifiers: Modifier,
}

impl StyleSpec {
    pub fn resolve(&self, accent: Color) -> Style {
        let mut style = Style::new().add_modifier(self.modifiers);
        if let Some(fg) = self.fg {
            style = style.fg(fg.resolve(accent));
        }
        if let Some(bg) = self.bg {
            style = style.bg(bg.resolve(accent));
        }
        style
    }
}

/// What the config error says a colour should look like.
pub const COLOR_HINT: &str =
    r##"a colour name like "cyan" or "darkgray", "#rrggbb", or an index 0-255"##;

/// What the config error says a style should look like.
pub const STYLE_HINT: &str = r##"space-separated words: a colour ("cyan", "#rrggbb", "0"-"255", "accent"), "on <colour>" for the background, and bold dim italic underlined reversed crossed_out"##;

const NAMES: &[(&str, Color)] = &[
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("grey", Color::Gray),
    ("darkgray", Color::DarkGray),
    ("darkgrey", Color::DarkGray),
    ("lightred", Color::LightRed),
    ("lightgreen", Color::LightGreen),
    ("lightyellow", Color::LightYellow),
    ("lightblue", Color::LightBlue),
    ("lightmagenta", Color::LightMagenta),
    ("lightcyan", Color::LightCyan),
    ("white", Color::White),
    // The terminal's own foreground or background.
    ("default", Color::Reset),
];

const MODIFIERS: &[(&str, Modifier)] = &[
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underlined", Modifier::UNDERLINED),
    ("underline", Modifier::UNDERLINED),
    ("reversed", Modifier::REVERSED),
    ("reverse", Modifier::REVERSED),
    ("crossed_out", Modifier::CROSSED_OUT),
];

/// Parse one colour word; `accent` is allowed. The error is the offending
/// word, quoted, for the caller to put in context.
pub fn parse_color(word: &str) -> Result<ColorSpec, String> {
    let lower = word.to_ascii_lowercase().replace(['-', '_'], "");
    if lower == "accent" {
        return Ok(ColorSpec::Accent);
    }
    if let Some((_, c)) = NAMES.iter().find(|(n, _)| *n == lower) {
        return Ok(ColorSpec::Fixed(*c));
    }
    if let Some(hex) = word.strip_prefix('#') {
        if hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
            if let (Some(r), Some(g), Some(b)) = (byte(0), byte(2), byte(4)) {
                return Ok(ColorSpec::Fixed(Color::Rgb(r, g, b)));
            }
        }
    }
    if !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()) {
        if let Ok(i) = word.parse::<u8>() {
            return Ok(ColorSpec::Fixed(Color::Indexed(i)));
        }
    }
    Err(format!("unknown colour {word:?}"))
}

/// Parse a style string. An empty string is the plain style.
pub fn parse_style(text: &str) -> Result<StyleSpec, String> {
    let mut spec = StyleSpec::default();
    let mut words = text.split_whitespace();
    while let Some(word) = words.next() {
        let lower = word.to_ascii_lowercase();
        if lower == "on" {
            let Some(bg) = words.next() else {
                return Err("\"on\" needs a background colour after it".to_string());
            };
            spec.bg = Some(parse_color(bg)?);
        } else if let Some((_, m)) = MODIFIERS.iter().find(|(n, _)| *n == lower) {
            spec.modifiers |= *m;
        } else {
            let color =
                parse_color(word).map_err(|_| format!("unknown colour or modifier {word:?}"))?;
            if spec.fg.is_some() {
                return Err(format!(
                    "two foreground colours (write \"on {word}\" for a background)"
                ));
            }
            spec.fg = Some(color);
        }
    }
    Ok(spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_in_every_spelling() {
        let fixed = |c| Ok(ColorSpec::Fixed(c));
        assert_eq!(parse_color("cyan"), fixed(Color::Cyan));
        assert_eq!(parse_color("DarkGray"), fixed(Color::DarkGray));
        assert_eq!(parse_color("light-red"), fixed(Color::LightRed));
        assert_eq!(parse_color("#ff8800"), fixed(Color::Rgb(255, 136, 0)));
        assert_eq!(parse_color("244"), fixed(Color::Indexed(244)));
        assert_eq!(parse_color("accent"), Ok(ColorSpec::Accent));
        for bad in ["", "256", "#ff88", "#gg0000", "cyann", "-1"] {
            assert!(parse_color(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn styles_combine_colours_background_and_modifiers() {
        let spec = parse_style("yellow on #000000 bold underlined").unwrap();
        assert_eq!(
            spec.resolve(Color::Cyan),
            Style::new()
                .fg(Color::Yellow)
                .bg(Color::Rgb(0, 0, 0))
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        );
        let accent = parse_style("accent bold").unwrap();
        assert_eq!(
            accent.resolve(Color::Red),
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
        );
        assert_eq!(parse_style("").unwrap(), StyleSpec::default());
    }

    #[test]
    fn bad_styles_say_which_word() {
        assert!(parse_style("bold blinky")
            .unwrap_err()
            .contains("\"blinky\""));
        assert!(parse_style("red on").unwrap_err().contains("background"));
        assert!(parse_style("red blue")
            .unwrap_err()
            .contains("two foreground"));
    }
}
