//! Growth of the whole loader on every [`adversarial`] text: the work for a
//! text four times longer must stay within a linear (n log n allowed) bound
//! of the work for the shorter one.

use super::count;
use crate::loader::{adversarial, parse};

/// Work for 4n over work for n. Linear is 4; n log n at these sizes is
/// under 4.6; quadratic is 16. Constant overheads only lower the ratio.
const BOUND: f64 = 5.0;

fn steps(text: &str) -> u64 {
    count(|| parse("adversary.txt", text)).0
}

#[test]
fn every_stage_grows_linearly_on_every_adversary() {
    let n = 12_000;
    let mut failures = Vec::new();
    for a in adversarial::ALL {
        let small = steps(&(a.make)(n)).max(1);
        let big = steps(&(a.make)(4 * n));
        let ratio = big as f64 / small as f64;
        if ratio > BOUND {
            failures.push(format!("{}: {small} → {big} steps (×{ratio:.1})", a.name));
        }
    }
    assert!(failures.is_empty(), "superlinear:\n{}", failures.join("\n"));
}

#[test]
fn the_counter_sees_the_work() {
    // A test that could not fail would prove nothing: make sure real input
    // is counted, and more of it counts more.
    let one = steps("“We will go,” said John Smith.\n\nSmith left.");
    let two = steps(&"“We will go,” said John Smith.\n\nSmith left.\n\n".repeat(8));
    assert!(one > 10, "{one}");
    assert!(two > 4 * one, "{one} {two}");
}
