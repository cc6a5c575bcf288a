//! The sample articles bundled in the binary, so that a fresh install with
//! no library opens something real. Credits: `assets/articles/CREDITS.md`.

use crate::article::Article;

/// (file name, text) of every bundled article, the seed article first.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "kim-jong-un-vladivostok.txt",
        include_str!("../../assets/articles/kim-jong-un-vladivostok.txt"),
    ),
    (
        "013_voa_gerald-ford-unelected.txt",
        include_str!("../../assets/articles/013_voa_gerald-ford-unelected.txt"),
    ),
    (
        "011_voa_north-korea-expels-bbc-journalists.txt",
        include_str!("../../assets/articles/011_voa_north-korea-expels-bbc-journalists.txt"),
    ),
    (
        "010_wikinews_internal-emails-expose-boeing-air-force-contract-d.txt",
        include_str!(
            "../../assets/articles/010_wikinews_internal-emails-expose-boeing-air-force-contract-d.txt"
        ),
    ),
    (
        "016_globalvoices_south-korea-fearing-mad-cow-disease-new-protests-a.txt",
        include_str!(
            "../../assets/articles/016_globalvoices_south-korea-fearing-mad-cow-disease-new-protests-a.txt"
        ),
    ),
    (
        "021_globalvoices_argentina-lawmakers-approve-gender-identity-law.txt",
        include_str!(
            "../../assets/articles/021_globalvoices_argentina-lawmakers-approve-gender-identity-law.txt"
        ),
    ),
];

/// The bundled articles, structured. Their `source` is `sample:NAME`.
pub fn load_samples() -> Vec<Article> {
    SAMPLES
        .iter()
        .map(|(name, text)| super::parse(&format!("sample:{name}"), text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_loads_with_a_body() {
        let articles = load_samples();
        assert_eq!(articles.len(), SAMPLES.len());
        for a in &articles {
            assert!(!a.blocks.is_empty(), "{} has no body", a.source);
            assert!(!a.title.is_empty(), "{} has no title", a.source);
        }
    }
}
