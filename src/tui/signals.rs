//! Termination signals (TERM, HUP, INT sent with `kill`, QUIT) end the
//! reader the way `q` does instead of killing it in the alternate screen
//! with raw mode, a hidden cursor and mouse reporting left on.
//!
//! The first signal reaches the event loop as a message, so the loop
//! writes its pending state, leaves, and the terminal guard restores the
//! screen. The loop may be unable to answer (stuck in a long step, or no
//! longer reading), so a second signal, or [`GRACE`] without an exit,
//! restores the terminal from the watching thread and exits at once: no
//! path out of a signal leaves the terminal broken.

use std::sync::atomic::{AtomicI32, Ordering};
use std::thread;
use std::time::Duration;

/// How long the loop has to wind down after the first signal before the
/// watcher restores the terminal and exits by itself. Generous: a normal
/// exit takes one frame.
pub const GRACE: Duration = Duration::from_secs(3);

/// The signals that end the reader.
#[cfg(unix)]
pub const ENDING: [i32; 4] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
];

/// The first ending signal received, 0 while none was.
static RECEIVED: AtomicI32 = AtomicI32::new(0);

/// The signal that ended the reader, if one did: the binary exits with
/// 128 + its number, as a shell reports a process killed by it.
pub fn received() -> Option<i32> {
    match RECEIVED.load(Ordering::SeqCst) {
        0 => None,
        n => Some(n),
    }
}

/// The exit status for a run ended by `signal`: 128 + its number, as
/// shells report it.
pub fn exit_status(signal: i32) -> u8 {
    u8::try_from(128 + signal).unwrap_or(u8::MAX)
}

/// Watch for the ending signals on a thread of their own. `notify` tells
/// the event loop (false when it is gone); `emergency` restores the
/// terminal and exits the process. An error means the handlers could not
/// be installed; the reader runs without them.
#[cfg(unix)]
pub fn watch(
    notify: impl Fn(i32) -> bool + Send + 'static,
    emergency: impl Fn(i32) + Send + Sync + Clone + 'static,
) -> std::io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new(ENDING)?;
    thread::Builder::new()
        .name("signals".into())
        .spawn(move || handle(signals.forever(), notify, emergency, GRACE))?;
    Ok(())
}

/// Windows has no such signals; Ctrl-C arrives as a key in raw mode.
#[cfg(not(unix))]
pub fn watch(
    _notify: impl Fn(i32) -> bool + Send + 'static,
    _emergency: impl Fn(i32) + Send + Sync + Clone + 'static,
) -> std::io::Result<()> {
    Ok(())
}

/// What the watching thread does with the signals as they come: the
/// first is passed to the loop and starts the grace timer; a second, a
/// loop that is gone, or the end of the grace time calls `emergency`.
fn handle(
    signals: impl Iterator<Item = i32>,
    notify: impl Fn(i32) -> bool,
    emergency: impl Fn(i32) + Send + Clone + 'static,
    grace: Duration,
) {
    for signal in signals {
        let first = RECEIVED
            .compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok();
        if !first || !notify(signal) {
            emergency(signal);
            return;
        }
        let late = emergency.clone();
        let spawned = thread::Builder::new()
            .name("signal-grace".into())
            .spawn(move || {
                thread::sleep(grace);
                late(signal);
            });
        if spawned.is_err() {
            // No timer: better to leave now than risk a stuck loop.
            emergency(signal);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    /// `handle` shares `RECEIVED` with the process; the tests run the
    /// scenarios in one test so they do not race on it.
    #[test]
    fn first_signal_goes_to_the_loop_a_second_or_a_gone_loop_restores_at_once() {
        // The loop answers: the first signal is passed on; the second one
        // restores at once, without waiting for the grace time.
        RECEIVED.store(0, Ordering::SeqCst);
        let (told_tx, told_rx) = mpsc::channel();
        let (em_tx, em_rx) = mpsc::channel();
        let em = move |s| {
            let _ = em_tx.send(s);
        };
        handle(
            [15, 1].into_iter(),
            move |s| told_tx.send(s).is_ok(),
            em,
            Duration::from_secs(3600),
        );
        assert_eq!(told_rx.try_iter().collect::<Vec<_>>(), vec![15]);
        assert_eq!(em_rx.try_iter().collect::<Vec<_>>(), vec![1]);
        assert_eq!(received(), Some(15));

        // The loop is gone: the first signal restores at once.
        RECEIVED.store(0, Ordering::SeqCst);
        let (em_tx, em_rx) = mpsc::channel();
        let em = move |s| {
            let _ = em_tx.send(s);
        };
        handle([2].into_iter(), |_| false, em, Duration::from_secs(3600));
        assert_eq!(em_rx.try_iter().collect::<Vec<_>>(), vec![2]);

        // The loop takes the message but never exits: the grace timer
        // restores.
        RECEIVED.store(0, Ordering::SeqCst);
        let (em_tx, em_rx) = mpsc::channel();
        let em = move |s| {
            let _ = em_tx.send(s);
        };
        handle([3].into_iter(), |_| true, em, Duration::from_millis(1));
        assert_eq!(em_rx.recv_timeout(Duration::from_secs(60)), Ok(3));
        RECEIVED.store(0, Ordering::SeqCst);
    }

    #[test]
    fn exit_status_is_128_plus_the_signal() {
        assert_eq!(exit_status(15), 143);
        assert_eq!(exit_status(1), 129);
        assert_eq!(exit_status(200), u8::MAX);
    }
}
