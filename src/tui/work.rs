//! A count of the reader's steps, so tests can check that building the
//! view, wrapping and drawing grow linearly with the article by counting
//! work instead of timing it (a timing test fails when the machine is
//! busy). The same device as the loader's own counter
//! (`newsreader_core::loader::work`), kept here because a counter in the
//! core crate counts only in the core's own tests.
//!
//! The reader's stages call [`tick`] in their inner loops with the number
//! of items they just examined. Outside tests `tick` compiles to nothing.

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
