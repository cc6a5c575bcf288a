//! `o`: handing an article's address to the user's browser, and `y`:
//! putting a quote on the clipboard. Both run from the event loop, never
//! from `update`.
//!
//! The browser is `$BROWSER` (a command, with `%s` where the address goes
//! or else the address appended; a `:`-separated list takes the first),
//! else `xdg-open` (or `open` on macOS). It is started detached, its
//! stdin, stdout and stderr on the null device, so nothing it prints can
//! draw over the reader; only `http`/`https` addresses are handed over.

use std::io::{self, Write};
use std::process::{Command, Stdio};

use super::origin;

/// The command line that opens `url`, from `browser` (`$BROWSER`).
pub fn command_line(url: &str, browser: Option<&str>) -> Vec<String> {
    let chosen = browser
        .and_then(|b| b.split(':').map(str::trim).find(|c| !c.is_empty()))
        .map(str::to_string);
    let Some(cmd) = chosen else {
        let opener = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        return vec![opener.to_string(), url.to_string()];
    };
    // `firefox '%s'` is a common spelling: the address is one word here
    // whatever it holds, so the quotes go.
    let cmd = cmd.replace("'%s'", "%s").replace("\"%s\"", "%s");
    let mut words: Vec<String> = cmd.split_whitespace().map(str::to_string).collect();
    if words.iter().any(|w| w.contains("%s")) {
        for w in &mut words {
            *w = w.replace("%s", url);
        }
    } else {
        words.push(url.to_string());
    }
    words
}

/// Start the browser on `url`, not waiting for it.
pub fn open(url: &str) -> Result<(), String> {
    if !origin::is_web(url) {
        return Err("only http and https addresses are opened".to_string());
    }
    let browser = std::env::var("BROWSER").ok();
    let words = command_line(url, browser.as_deref());
    let Some((program, args)) = words.split_first() else {
        return Err("$BROWSER is empty".to_string());
    };
    let mut command = Command::new(program);
    command
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        // Its own process group: a Ctrl-C or a signal to the reader's
        // group does not reach the browser.
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let mut child = command
        .spawn()
        .map_err(|e| format!("could not start {program}: {e}"))?;
    // Reaped on a thread of its own, so no zombie is left behind and the
    // loop never waits for the browser.
    let _ = std::thread::Builder::new()
        .name("browser".into())
        .spawn(move || child.wait());
    Ok(())
}

/// The OSC 52 sequence that asks the terminal to put `text` on the
/// clipboard (tmux and most terminals honour it).
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Put `text` on the clipboard: OSC 52 to the terminal `out`, and the
/// command in `$NEWSREADER_COPY` fed the text on its stdin when set.
pub fn copy(text: &str, out: &mut impl Write) -> Result<(), String> {
    out.write_all(osc52(text).as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| format!("writing to the terminal: {e}"))?;
    if let Ok(cmd) = std::env::var("NEWSREADER_COPY") {
        let words: Vec<&str> = cmd.split_whitespace().collect();
        if let Some((program, args)) = words.split_first() {
            pipe_to(program, args, text)
                .map_err(|e| format!("$NEWSREADER_COPY ({program}): {e}"))?;
        }
    }
    Ok(())
}

fn pipe_to(program: &str, args: &[&str], text: &str) -> io::Result<()> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let text = text.to_string();
    if let Some(mut stdin) = child.stdin.take() {
        // Written and reaped off the loop's thread: a stuck copier never
        // holds up the keys.
        let _ = std::thread::Builder::new()
            .name("copy".into())
            .spawn(move || {
                let _ = stdin.write_all(text.as_bytes());
                drop(stdin);
                let _ = child.wait();
            });
    }
    Ok(())
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * k)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_commands_take_the_address_at_percent_s_or_last() {
        let url = "https://example.com/a";
        assert_eq!(command_line(url, Some("firefox")), ["firefox", url]);
        assert_eq!(
            command_line(url, Some("lynx -dump %s")),
            ["lynx", "-dump", url]
        );
        assert_eq!(command_line(url, Some(":w3m:lynx")), ["w3m", url]);
        assert_eq!(
            command_line(url, Some("firefox --new-tab '%s'")),
            ["firefox", "--new-tab", url]
        );
        let default = command_line(url, None);
        assert_eq!(default.last().map(String::as_str), Some(url));
    }

    #[test]
    fn only_web_addresses_are_opened() {
        assert!(open("javascript:alert(1)").is_err());
        assert!(open("file:///etc/passwd").is_err());
    }

    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
        let mut out = Vec::new();
        assert!(copy("“x”", &mut out).is_ok() || std::env::var("NEWSREADER_COPY").is_ok());
        assert!(out.starts_with(b"\x1b]52;c;"));
    }
}
