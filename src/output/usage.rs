//! Usage errors: clap's messages printed through the one escaping path,
//! and the "did you mean" for a word that is neither a command nor a file.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// A path that does not exist and reads like a command (`newsreader dmp`):
/// a usage error naming the command meant, before anything touches the
/// terminal, rather than a reader opened on "No articles in dmp".
pub fn mistyped_command(command: &mut clap::Command, paths: &[PathBuf]) -> Option<clap::Error> {
    for path in paths {
        let Some(word) = path.to_str() else {
            continue;
        };
        let bare = !word.is_empty()
            && word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !bare || path.symlink_metadata().is_ok() {
            continue;
        }
        let meant = command
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .filter(|name| strsim::jaro(word, name) >= 0.7)
            .max_by(|a, b| strsim::jaro(word, a).total_cmp(&strsim::jaro(word, b)))?;
        return Some(command.error(
            clap::error::ErrorKind::InvalidSubcommand,
            format!(
                "'{word}' is neither a command nor a file or folder\n\n  \
                 tip: did you mean '{meant}'?"
            ),
        ));
    }
    None
}

/// clap's usage error (or `--help`, `--version`), printed through the one
/// escaping path: the error may echo an argument, which can hold anything.
pub fn usage(err: &clap::Error) -> ExitCode {
    // Plain text: clap's own colours would be escapes to escape.
    let text = super::visible_lines(&err.render().to_string());
    let written = if err.use_stderr() {
        io::stderr().lock().write_all(text.as_bytes())
    } else {
        io::stdout().lock().write_all(text.as_bytes())
    };
    match written {
        Ok(()) => ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2)),
        Err(_) => ExitCode::FAILURE,
    }
}
