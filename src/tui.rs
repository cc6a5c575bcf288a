//! The terminal reader.

use crate::article::Article;

/// Run the reader over `articles` until the user quits.
pub fn run(articles: Vec<Article>, _skipped: Vec<String>) -> anyhow::Result<()> {
    for a in &articles {
        println!("{}", a.title);
    }
    Ok(())
}
