//! Site boilerplate (comment forms, share prompts, copyright lines): the one
//! list of what is not part of an article.

/// Whether a whole paragraph is boilerplate.
pub fn is_boilerplate(_paragraph: &str) -> bool {
    false
}
