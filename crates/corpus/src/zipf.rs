//! The two laws that make the generated vocabulary look like a real
//! newsroom's: word frequencies fall off as rank⁻¹ (Zipf), and the number
//! of distinct words keeps growing with the corpus, sublinearly (Heaps).
//!
//! Both are closed forms of the article number, never running state, so
//! that article `n` depends only on the seed and `n` and a smaller corpus
//! stays a prefix of a larger one.

use super::Rng;

/// Heaps' exponent: distinct words grow as articles^β. Real English news
/// measures 0.4–0.6; 0.55 puts 10× the articles at 3.5× the words.
pub(crate) const BETA: f64 = 0.55;

/// Heaps' constant, per article rather than per token (an article is about
/// a thousand tokens): 800 × (100,200^0.55 − 200^0.55) ≈ 435,000 invented
/// words at 100,000 articles (see [`N0`]), which with the real and the name vocabulary is the
/// several hundred thousand distinct words a real archive of that size has.
pub(crate) const K: f64 = 800.0;

/// The curve starts this many articles in, so that its slope at article 0
/// is about 40 new words (`K·β·N0^(β−1)`) rather than hundreds: a short
/// first article still has room for all of them, and the very first
/// articles do not read as mostly invented words.
pub(crate) const N0: f64 = 200.0;

/// How many generated words articles `0..n` have introduced between them:
/// `K·((n+N0)^β − N0^β)`, rounded down. Article `n` introduces the words
/// numbered `new_words(n)..new_words(n + 1)`, each at least once.
pub(crate) fn new_words(n: usize) -> usize {
    let grown = K * ((n as f64 + N0).powf(BETA) - N0.powf(BETA));
    // Non-negative and far below usize::MAX for any corpus that fits a disk.
    grown.max(0.0) as usize
}

/// A rank in `0..n` drawn with probability ln(1 + 1/(rank + 1)) / ln(n + 1)
/// ≈ 1/((rank + 1.5)·ln n), by inverting the continuous rank⁻¹ law (a
/// Zipf–Mandelbrot law with s = 1): one `exp` a draw and no table, so a
/// vocabulary that grows from article to article costs nothing to keep.
/// Rank 0 gets ln 2 / ln(n + 1) of the draws (6 % of them at n = 100,000).
pub(crate) fn rank(rng: &mut Rng, n: usize) -> usize {
    if n <= 1 {
        return 0;
    }
    let u = (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
    let x = (u * ((n + 1) as f64).ln()).exp();
    // x is in [1, n + 1); floor(x) − 1 in 0..n, clamped against rounding.
    (x as usize).saturating_sub(1).min(n - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_words_grow_sublinearly_from_zero() {
        assert_eq!(new_words(0), 0);
        let first = new_words(1);
        assert!((30..=50).contains(&first), "article 0 introduces {first}");
        let (a, b) = (new_words(10_000), new_words(20_000));
        let ratio = b as f64 / a as f64;
        assert!(ratio > 1.3 && ratio < 1.6, "V(20k)/V(10k) = {ratio}");
        let at_100k = new_words(100_000);
        assert!(
            (300_000..=600_000).contains(&at_100k),
            "V(100k) = {at_100k}"
        );
        // Never shrinks, article after article.
        assert!((0..2_000).all(|n| new_words(n + 1) >= new_words(n)));
    }

    #[test]
    fn ranks_fall_off_as_one_over_rank() {
        let mut rng = Rng(9);
        let n = 10_000;
        let mut counts = vec![0u32; n];
        let draws = 200_000;
        for _ in 0..draws {
            let r = rank(&mut rng, n);
            counts[r] += 1;
        }
        // Rank 0 gets ln 2 / ln(n + 1) ≈ 7.5 %; rank 9 ln 1.1 / ln 2 ≈ 14 %
        // of that (with room for sampling noise on ~2,000 draws).
        let share = f64::from(counts[0]) / f64::from(draws);
        assert!((0.065..0.085).contains(&share), "top share {share}");
        let tenth = f64::from(counts[9]) / f64::from(counts[0]);
        assert!((0.11..0.17).contains(&tenth), "rank 10 / rank 1 = {tenth}");
        assert_eq!(rank(&mut rng, 1), 0);
        assert_eq!(rank(&mut rng, 0), 0);
    }
}
