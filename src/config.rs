//! The user's configuration file (`config.toml`): the library folder, the
//! layout settings, key bindings and colours.
//!
//! [`parse`] is pure: it turns text into a [`Config`] made of the types the
//! reader already uses ([`KeyMap`], [`Theme`], [`Settings`]), so `main.rs`
//! hands them to the TUI as they are. Where the file lives and whether
//! NO_COLOR is set are the caller's business ([`load`] only reads the
//! file). Every mistake comes back as a [`ConfigError`] naming the file,
//! line, column and dotted key, so the user can go straight to it.
//! [`default_toml`] writes out the whole default file.

mod default;
mod locate;

use std::collections::{BTreeMap, HashMap};
use std::ops::{Range, RangeInclusive};
use std::path::{Path, PathBuf};

use ratatui::style::Color;
use serde::Deserialize;
use toml::Spanned;

use crate::tui::action::Action;
use crate::tui::keymap::{self, Key, KeyMap, KEY_NAME_HINT};
use crate::tui::layout::Settings;
use crate::tui::theme::spec::{self, ColorSpec, StyleSpec, COLOR_HINT, STYLE_HINT};
use crate::tui::theme::{Theme, STYLES};

pub use default::default_toml;

/// Measures the reader accepts: narrower is unreadable, wider is no longer
/// a line the eye can follow (and the terminal caps it anyway).
pub const MEASURE_RANGE: RangeInclusive<u16> = 20..=400;
/// Fixed sidebar widths the config accepts (0 means automatic); the layout
/// never makes it narrower than 12 cells anyway.
pub const SIDEBAR_WIDTH_RANGE: RangeInclusive<u16> = 12..=200;

/// Everything the config file sets. `Default` is the built-in behaviour,
/// what a missing file means.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Config {
    /// The folder opened when no PATH is given, `~` expanded by [`load`].
    pub library: Option<PathBuf>,
    pub keymap: KeyMap,
    pub theme: Theme,
    pub settings: Settings,
}

/// Why a config file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}: cannot read the config file: {cause}", path.display())]
    Read {
        path: PathBuf,
        /// In the message, so not a `source()`: a printed chain would repeat it.
        cause: std::io::Error,
    },
    /// A mistake at a place in the file. `message` says what is wrong and,
    /// after a `;`, what was expected.
    #[error("{}:{line}:{col}: {}{message}", file.display(), key.as_deref().map(|k| format!("{k}: ")).unwrap_or_default())]
    Invalid {
        file: PathBuf,
        line: usize,
        col: usize,
        /// The dotted key (`layout.measure`), when the place is under one.
        key: Option<String>,
        message: String,
    },
}

/// Read and parse the config file at `path`. A missing file is an error
/// here: the caller decides whether a missing default file means defaults.
/// `~` at the start of `library` becomes the home folder.
pub fn load(path: &Path, no_color: bool) -> Result<Config, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|cause| ConfigError::Read {
        path: path.to_path_buf(),
        cause,
    })?;
    let mut config = parse(&text, path, no_color)?;
    if let Some(lib) = &config.library {
        let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
        config.library = Some(expand_home(lib, home.as_deref()));
    }
    Ok(config)
}

/// `~` or `~/rest` under `home`; anything else (or no home) as it is.
fn expand_home(path: &Path, home: Option<&Path>) -> PathBuf {
    match (home, path.strip_prefix("~")) {
        (Some(home), Ok(rest)) => home.join(rest),
        _ => path.to_path_buf(),
    }
}

/// The file as serde sees it. Tables whose keys are open-ended (`[keys]`,
/// `[colors]`) are maps with spanned keys, checked here so that an unknown
/// name is reported with its place and the list of valid ones.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    library: Option<String>,
    #[serde(default)]
    layout: RawLayout,
    #[serde(default)]
    keys: BTreeMap<Spanned<String>, Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    colors: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLayout {
    sidebar: Option<bool>,
    sidebar_width: Option<Spanned<i64>>,
    measure: Option<Spanned<i64>>,
}

/// Builds errors pointing into one file's text.
struct Source<'a> {
    text: &'a str,
    file: &'a Path,
}

impl Source<'_> {
    fn error(&self, span: Range<usize>, key: Option<String>, message: String) -> ConfigError {
        let (line, col) = locate::position(self.text, span.start);
        ConfigError::Invalid {
            file: self.file.to_path_buf(),
            line,
            col,
            key,
            message,
        }
    }

    fn at(&self, span: Range<usize>, key: &str, message: String) -> ConfigError {
        self.error(span, Some(key.to_string()), message)
    }

    /// toml's own error (syntax, wrong type, unknown field), placed and
    /// keyed from its span, its wording made to match ours.
    fn toml_error(&self, err: &toml::de::Error) -> ConfigError {
        let span = err.span().unwrap_or(0..0);
        let key = locate::dotted_key(self.text, span.start);
        let message = err.message().trim();
        let message = match message.strip_prefix("unknown field `") {
            Some(rest) => {
                let expected = rest.split_once(", expected ").map(|(_, e)| {
                    // serde says "one of `a`, `b` or `c`" (or just "`a`").
                    let e = e.trim_start_matches("one of ").replace('`', "");
                    e.replace(" or ", ", ")
                });
                match expected {
                    Some(e) => format!("unknown key; expected one of {e}"),
                    None => "unknown key".to_string(),
                }
            }
            // serde's names for the types, in the file's terms.
            None => message
                .replace("expected i64", "expected a whole number")
                .replace(
                    "expected a sequence",
                    "expected a list like [\"j\", \"down\"]",
                ),
        };
        self.error(span, key, message)
    }
}

/// Parse config `text` read from `file` (named in errors). With `no_color`
/// the theme keeps its modifiers but loses every colour.
pub fn parse(text: &str, file: &Path, no_color: bool) -> Result<Config, ConfigError> {
    let src = Source { text, file };
    let raw: RawConfig = toml::from_str(text).map_err(|e| src.toml_error(&e))?;
    let settings = settings(&src, &raw.layout)?;
    let keymap = keymap(&src, &raw.keys)?;
    let mut theme = theme(&src, &raw.colors)?;
    if no_color {
        theme = theme.without_colors();
    }
    Ok(Config {
        library: raw.library.map(PathBuf::from),
        keymap,
        theme,
        settings,
    })
}

fn in_range(
    src: &Source<'_>,
    value: &Spanned<i64>,
    key: &str,
    range: &RangeInclusive<u16>,
    expected: &str,
) -> Result<u16, ConfigError> {
    u16::try_from(*value.get_ref())
        .ok()
        .filter(|v| range.contains(v))
        .ok_or_else(|| {
            src.at(
                value.span(),
                key,
                format!("{} is out of range; expected {expected}", value.get_ref()),
            )
        })
}

fn settings(src: &Source<'_>, raw: &RawLayout) -> Result<Settings, ConfigError> {
    let mut settings = Settings::default();
    if let Some(sidebar) = raw.sidebar {
        settings.sidebar = sidebar;
    }
    if let Some(w) = &raw.sidebar_width {
        settings.sidebar_width = if *w.get_ref() == 0 {
            None
        } else {
            let (lo, hi) = (SIDEBAR_WIDTH_RANGE.start(), SIDEBAR_WIDTH_RANGE.end());
            Some(in_range(
                src,
                w,
                "layout.sidebar_width",
                &SIDEBAR_WIDTH_RANGE,
                &format!("0 (grow with the terminal) or {lo} to {hi} cells"),
            )?)
        };
    }
    if let Some(m) = &raw.measure {
        let (lo, hi) = (MEASURE_RANGE.start(), MEASURE_RANGE.end());
        settings.measure = in_range(
            src,
            m,
            "layout.measure",
            &MEASURE_RANGE,
            &format!("{lo} to {hi} cells"),
        )?;
    }
    Ok(settings)
}

type RawKeys = BTreeMap<Spanned<String>, Spanned<Vec<Spanned<String>>>>;

/// Apply `[keys]` to the defaults, in file order so that a key bound twice
/// is reported where it is bound the second time.
fn keymap(src: &Source<'_>, raw: &RawKeys) -> Result<KeyMap, ConfigError> {
    let mut entries: Vec<_> = raw.iter().collect();
    entries.sort_by_key(|(name, _)| name.span().start);
    let mut keymap = KeyMap::default();
    // Which action each key went to, and where, for the duplicate error.
    let mut bound: HashMap<Key, (&str, Range<usize>)> = HashMap::new();
    for (name, list) in entries {
        let dotted = format!("keys.{}", name.get_ref());
        let Some(action) = keymap::action_named(name.get_ref()) else {
            let names: Vec<&str> = keymap::action_names().collect();
            return Err(src.at(
                name.span(),
                &dotted,
                format!("unknown action; expected one of {}", names.join(", ")),
            ));
        };
        let mut keys = Vec::new();
        for key_name in list.get_ref() {
            let Some(key) = Key::parse(key_name.get_ref()) else {
                return Err(src.at(
                    key_name.span(),
                    &dotted,
                    format!(
                        "unknown key name {:?}; expected {KEY_NAME_HINT}",
                        key_name.get_ref()
                    ),
                ));
            };
            if key == keymap::ALWAYS_QUIT && action != Action::Quit {
                // It would quit anyway; the help would show it under the
                // wrong action.
                return Err(src.at(
                    key_name.span(),
                    &dotted,
                    format!(
                        "{:?} always quits; expected another key",
                        key_name.get_ref()
                    ),
                ));
            }
            if let Some((other, span)) = bound.get(&key) {
                if *other != name.get_ref().as_str() {
                    let (line, _) = locate::position(src.text, span.start);
                    return Err(src.at(
                        key_name.span(),
                        &dotted,
                        format!(
                            "{:?} is already bound to {other} on line {line}; expected each key in one action only",
                            key_name.get_ref()
                        ),
                    ));
                }
            }
            bound.insert(key, (name.get_ref().as_str(), key_name.span()));
            keys.push(key);
        }
        keymap.bind(action, &keys);
    }
    Ok(keymap)
}

type RawColors = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

fn theme(src: &Source<'_>, raw: &RawColors) -> Result<Theme, ConfigError> {
    let string = |value: &Spanned<toml::Value>, key: &str, hint: &str| {
        value
            .get_ref()
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| src.at(value.span(), key, format!("not a string; expected {hint}")))
    };
    let mut accent = Color::Cyan;
    // `None` keeps the default palette; specs may say "accent", resolved
    // once the accent is known.
    let mut speakers: Option<Vec<ColorSpec>> = None;
    let mut styles: Vec<(usize, StyleSpec)> = Vec::new();
    for (name, value) in raw {
        let key = format!("colors.{}", name.get_ref());
        match name.get_ref().as_str() {
            "accent" => {
                let text = string(value, &key, COLOR_HINT)?;
                let wrong = |what: String| {
                    src.at(value.span(), &key, format!("{what}; expected {COLOR_HINT}"))
                };
                accent = match spec::parse_color(&text) {
                    Ok(ColorSpec::Fixed(c)) => c,
                    Ok(ColorSpec::Accent) => {
                        return Err(wrong("the accent cannot be \"accent\"".into()))
                    }
                    Err(e) => return Err(wrong(e)),
                };
            }
            "speakers" => {
                let hint = format!("a list of colours, each {COLOR_HINT}");
                let items = value
                    .get_ref()
                    .as_array()
                    .filter(|a| !a.is_empty())
                    .ok_or_else(|| {
                        src.at(
                            value.span(),
                            &key,
                            format!("not a non-empty list; expected {hint}"),
                        )
                    })?;
                let parsed: Vec<ColorSpec> = items
                    .iter()
                    .map(|item| {
                        let text = item.as_str().ok_or_else(|| {
                            src.at(
                                value.span(),
                                &key,
                                format!("{item} is not a string; expected {hint}"),
                            )
                        })?;
                        spec::parse_color(text).map_err(|e| {
                            src.at(value.span(), &key, format!("{e}; expected {hint}"))
                        })
                    })
                    .collect::<Result<_, _>>()?;
                speakers = Some(parsed);
            }
            other => {
                let Some(i) = STYLES.iter().position(|f| f.name == other) else {
                    let names: Vec<&str> = STYLES.iter().map(|f| f.name).collect();
                    return Err(src.at(
                        name.span(),
                        &key,
                        format!(
                            "unknown key; expected one of accent, speakers, {}",
                            names.join(", ")
                        ),
                    ));
                };
                let text = string(value, &key, STYLE_HINT)?;
                let style = spec::parse_style(&text).map_err(|e| {
                    src.at(value.span(), &key, format!("{e}; expected {STYLE_HINT}"))
                })?;
                styles.push((i, style));
            }
        }
    }
    let speakers: Vec<Color> = match speakers {
        None => Theme::default().speaker_palette,
        Some(specs) => specs
            .into_iter()
            .map(|c| match c {
                ColorSpec::Fixed(c) => c,
                ColorSpec::Accent => accent,
            })
            .collect(),
    };
    Ok(Theme::from_colors(accent, &speakers, &styles))
}

#[cfg(test)]
mod tests;
