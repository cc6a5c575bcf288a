//! `newsreader add URL`: one web page fetched and saved into the library
//! under `pages/`, as a refresh saves an entry's page (the bytes as
//! fetched, with a [`Content::Page`] sidecar), so it reads offline and
//! re-parses after an upgrade. A page already saved is not fetched again.

use std::path::PathBuf;

use super::save::save_article;
use super::urls::check_url;
use super::{names, relative, rfc3339, unix_secs, Context, FeedsError};
use crate::fetch::{FetchError, Fetched, Response, Validators};
use crate::store::db::SavedEntry;
use crate::store::Store;
use newsreader_core::loader::files::origin::{Content, Origin};
use newsreader_core::loader::html::Hints;

/// A page `add_url` saved (or found already saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedPage {
    pub url: String,
    /// The page's `<title>`, else its URL.
    pub title: String,
    pub path: PathBuf,
    /// It was in the library already; nothing was fetched.
    pub already: bool,
}

impl AddedPage {
    /// What `add URL` prints (through the escaping path: the title is a
    /// stranger's text).
    pub fn line(&self) -> String {
        if self.already {
            format!(
                "already in the library: {} ({})",
                self.title,
                self.path.display()
            )
        } else {
            format!("saved {} ({})", self.title, self.path.display())
        }
    }
}

/// Fetch `url` and save the page into the library.
pub fn add_url(ctx: &Context, url: &str) -> Result<AddedPage, FeedsError> {
    check_url(url).map_err(|reason| FeedsError::BadUrl { reason })?;
    let mut store = Store::open(&ctx.state_db)?.store;
    if let Some(path) = store.saved_path(url)? {
        let path = ctx.library.join(path);
        if path.exists() {
            let title = newsreader_core::loader::load_file(&path)
                .ok()
                .and_then(|articles| articles.into_iter().next())
                .map(|a| a.title)
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| url.to_string());
            return Ok(AddedPage {
                url: url.to_string(),
                title,
                path,
                already: true,
            });
        }
    }
    let response = match ctx.client.get(url, &Validators::default())? {
        Fetched::Body(response) => response,
        Fetched::NotModified => {
            return Err(FetchError::Status {
                url: url.to_string(),
                status: 304,
            }
            .into())
        }
    };
    let title = page_title(&response);
    let origin = Origin {
        content: Content::Page,
        url: Some(response.final_url.clone()),
        title: title.clone(),
        fetched: Some(rfc3339(unix_secs(response.fetched_at))),
        content_type: response.content_type.clone(),
        etag: response.validators.etag.clone(),
        last_modified: response.validators.last_modified.clone(),
        ..Origin::default()
    };
    let dir = ctx.library.join("pages");
    let name = names::entry_file(title.as_deref(), url);
    let path =
        save_article(&dir, &name, &response.body, &origin).map_err(|cause| FeedsError::Save {
            url: url.to_string(),
            path: dir.clone(),
            cause,
        })?;
    store.record_pages(&[SavedEntry {
        entry_id: url.to_string(),
        url: Some(url.to_string()),
        path: relative(&ctx.library, &path),
    }])?;
    Ok(AddedPage {
        url: url.to_string(),
        title: title.unwrap_or_else(|| url.to_string()),
        path,
        already: false,
    })
}

/// The page's title as the reader will show it (the loader's own, from
/// its metadata or headline); `None` when the loader finds no article.
fn page_title(response: &Response) -> Option<String> {
    let hints = Hints {
        url: Some(&response.final_url),
        content_type: response.content_type.as_deref(),
    };
    newsreader_core::loader::html::page(&response.final_url, &response.body, &hints)
        .ok()
        .map(|a| a.title)
        .filter(|t| !t.is_empty())
}
