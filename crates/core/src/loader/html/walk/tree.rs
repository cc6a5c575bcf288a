//! Passes over the parsed tree, iterative (no recursion, so any depth is
//! safe): document-order traversal, and the text size under each element
//! named as chrome.

use std::collections::HashMap;

use dom_query::{NodeId, NodeRef};

use super::is_skipped;
use crate::loader::html::chrome;

/// Visit every node under `root` in document order without recursion:
/// `visit(node, true)` on the way in (return whether to go into its
/// children), `visit(node, false)` on the way out of a node entered.
pub fn traverse(root: &NodeRef, mut visit: impl FnMut(&NodeRef, bool) -> bool) {
    let Some(mut node) = root.first_child() else {
        return;
    };
    'walk: loop {
        if visit(&node, true) {
            if let Some(child) = node.first_child() {
                node = child;
                continue;
            }
        }
        // Leave this node, then the ancestors that have no next sibling.
        loop {
            visit(&node, false);
            if let Some(next) = node.next_sibling() {
                node = next;
                break;
            }
            match node.parent() {
                Some(parent) if parent.id != root.id => node = parent,
                _ => break 'walk,
            }
        }
    }
}

/// The text length (bytes) under each element whose name says chrome, and
/// under `root`: one pass, a stack of open elements' running totals.
pub fn chrome_sizes(root: &NodeRef) -> (HashMap<NodeId, usize>, usize) {
    let mut sizes = HashMap::new();
    let mut open: Vec<usize> = vec![0];
    traverse(root, |node, entering| {
        if node.is_text() {
            if entering {
                if let Some(top) = open.last_mut() {
                    *top += node.text().trim().len();
                }
            }
            return false;
        }
        if !node.is_element() || is_skipped(node) {
            return false;
        }
        if entering {
            open.push(0);
            return true;
        }
        let size = open.pop().unwrap_or(0);
        if let Some(top) = open.last_mut() {
            *top += size;
        }
        if chrome::is_chrome(node) {
            sizes.insert(node.id, size);
        }
        false
    });
    (sizes, open.first().copied().unwrap_or(0))
}
