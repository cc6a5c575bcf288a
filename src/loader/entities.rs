//! Names of people, places and organisations, with aliases merged.

use super::EntityDraft;
use crate::article::Block;

/// Every entity named in the body.
pub fn find(_blocks: &[Block]) -> Vec<EntityDraft> {
    Vec::new()
}
