//! The bound on requests in flight, overall and per host: a counting
//! semaphore with one count per host beside the total. A `get` holds a
//! permit for one hop (request and whole body) and gives it back before
//! the next hop asks for its own, so a redirect never holds one host's
//! slot while waiting for another's.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

pub(super) struct Limits {
    state: Mutex<State>,
    freed: Condvar,
    max_total: usize,
    max_per_host: usize,
}

#[derive(Default)]
struct State {
    busy: usize,
    hosts: HashMap<String, usize>,
}

/// One request's slot; given back when dropped.
pub(super) struct Permit<'a> {
    limits: &'a Limits,
    host: String,
}

impl Limits {
    /// Limits of at least one request each.
    pub(super) fn new(max_total: usize, max_per_host: usize) -> Limits {
        Limits {
            state: Mutex::new(State::default()),
            freed: Condvar::new(),
            max_total: max_total.max(1),
            max_per_host: max_per_host.max(1),
        }
    }

    /// Waits until a request to `host` fits under both limits. Every
    /// holder is bounded by the total timeout, so the wait ends.
    pub(super) fn acquire(&self, host: &str) -> Permit<'_> {
        let mut state = self.lock();
        while !self.fits(&state, host) {
            state = self
                .freed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        self.take(state, host)
    }

    /// A permit if one is free now.
    #[cfg(test)]
    fn try_acquire(&self, host: &str) -> Option<Permit<'_>> {
        let state = self.lock();
        self.fits(&state, host).then(|| self.take(state, host))
    }

    fn fits(&self, state: &State, host: &str) -> bool {
        state.busy < self.max_total
            && state.hosts.get(host).copied().unwrap_or(0) < self.max_per_host
    }

    fn take(&self, mut state: MutexGuard<'_, State>, host: &str) -> Permit<'_> {
        state.busy += 1;
        *state.hosts.entry(host.to_string()).or_insert(0) += 1;
        Permit {
            limits: self,
            host: host.to_string(),
        }
    }

    /// The counts are only changed whole under the lock, so a panic
    /// elsewhere never leaves them half-updated: a poisoned lock is safe.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        let mut state = self.limits.lock();
        state.busy = state.busy.saturating_sub(1);
        if let Some(count) = state.hosts.get_mut(&self.host) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                state.hosts.remove(&self.host);
            }
        }
        drop(state);
        // Waiters wait for different hosts: wake them all to re-check.
        self.limits.freed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn a_host_gets_at_most_its_share_and_all_hosts_the_total() {
        let limits = Limits::new(3, 2);
        let a1 = limits.try_acquire("a:80").unwrap();
        let _a2 = limits.try_acquire("a:80").unwrap();
        assert!(limits.try_acquire("a:80").is_none(), "per-host limit");
        let _b1 = limits.try_acquire("b:80").unwrap();
        assert!(limits.try_acquire("c:80").is_none(), "total limit");
        drop(a1);
        assert!(limits.try_acquire("c:80").is_some());
        assert!(limits.try_acquire("a:80").is_some());
    }

    #[test]
    fn zero_limits_still_let_one_request_through() {
        let limits = Limits::new(0, 0);
        let one = limits.try_acquire("a:80");
        assert!(one.is_some());
        assert!(limits.try_acquire("b:80").is_none());
    }

    #[test]
    fn a_waiting_request_goes_when_a_slot_is_freed() {
        let limits = Limits::new(1, 1);
        let held = limits.acquire("a:80");
        let limits = &limits;
        std::thread::scope(|scope| {
            let (sent, got) = mpsc::channel();
            scope.spawn(move || {
                let _permit = limits.acquire("b:80");
                let _ = sent.send(());
            });
            // The waiter cannot finish while the only slot is held.
            assert!(got.try_recv().is_err());
            drop(held);
            got.recv_timeout(Duration::from_secs(30))
                .expect("the waiter gets the freed slot");
        });
    }
}
