//! How many cases a property test runs: a config that names a number of
//! cases ignores `PROPTEST_CASES`, so each one asks here instead, and
//! scripts/proptest-long.sh can run thousands.

/// `default`, unless the `PROPTEST_CASES` environment variable says
/// otherwise.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
