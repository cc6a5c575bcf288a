//! The binary's allocator, mimalloc, and the two calls the reader makes
//! on it to hand freed memory back to the system (see `tui::memory`).
//! mimalloc's own crate binds these calls only under a feature that needs
//! another dependency, so they are declared here.

use std::ffi::{c_int, c_long};

// Small allocations are most of the loader's (words, names, spans):
// mimalloc serves them from per-thread pages, where glibc's malloc spent
// ~10 % of a dump in malloc, free and consolidation.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

extern "C" {
    fn mi_collect(force: bool);
    fn mi_option_set(option: c_int, value: c_long);
    #[cfg(test)]
    fn mi_option_get(option: c_int) -> c_long;
}

/// `mi_option_purge_delay`: its place in `mi_option_e` of the mimalloc
/// (v3) that libmimalloc-sys builds. A test checks it by its default.
const PURGE_DELAY: c_int = 15;

/// mimalloc's collect, forced: every arena's freed pages go back to the
/// system now instead of after its purge delay.
pub fn release_memory() {
    // SAFETY: mi_collect has no preconditions; it only frees and purges
    // memory no live allocation uses, and is safe from any thread.
    unsafe { mi_collect(true) }
}

/// From now on, pages freed go back to the system at once, not a second
/// later. The reader indexing a library frees about as fast as it
/// allocates, so the delay kept tens of MB it no longer used (a cold
/// start of 100,000 articles peaked ~20 MB higher with it), for a few per
/// cent of CPU more in returning pages.
pub fn purge_at_once() {
    // SAFETY: mi_option_set only stores an option's value; any value is
    // valid for this one, and it is safe from any thread.
    unsafe { mi_option_set(PURGE_DELAY, 0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_where_mimalloc_keeps_it() {
        // SAFETY: reading an option has no preconditions.
        let get = || unsafe { mi_option_get(PURGE_DELAY) };
        // Its documented default (unless overridden from outside): a
        // renumbered enum would name another option here.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(get(), 1000, "mimalloc's default delay, in ms");
        }
        purge_at_once();
        assert_eq!(get(), 0);
    }
}
