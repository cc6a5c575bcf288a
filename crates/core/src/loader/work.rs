//! A count of the loader's steps, so tests can check that each stage grows
//! linearly with its input by counting work instead of timing it (a timing
//! test fails when the machine is busy).
//!
//! Every stage calls [`tick`] in its inner loops and look-arounds with the
//! number of items it just examined: chars or bytes scanned, tokens made,
//! open quotes searched, candidates compared. Outside tests `tick` compiles
//! to nothing, so the loader stays pure and pays nothing for it.

#[cfg(test)]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Record `n` steps of work.
#[inline(always)]
pub(crate) fn tick(n: usize) {
    #[cfg(test)]
    STEPS.with(|s| s.set(s.get().saturating_add(n as u64)));
    #[cfg(not(test))]
    let _ = n;
}

/// The steps `f` took on this thread.
#[cfg(test)]
pub(crate) fn count<T>(f: impl FnOnce() -> T) -> (u64, T) {
    let before = STEPS.with(std::cell::Cell::get);
    let out = f();
    (STEPS.with(std::cell::Cell::get) - before, out)
}

#[cfg(test)]
mod tests;
