//! Why a path gave no article, in words a person can act on. Every message
//! starts with the path, shown through [`display_path`] so that a file name
//! cannot smuggle escape sequences onto the terminal that prints it.

use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::{display_path, MAX_ARTICLE_BYTES};

/// One path that could not be loaded, and why.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{}: {}, skipped", display_path(path), io_reason(cause))]
    Io {
        path: PathBuf,
        /// In the message, so not a `source()`: a printed chain would repeat it.
        cause: io::Error,
    },
    #[error(
        "{}: broken symbolic link (what it points to does not exist), skipped",
        display_path(path)
    )]
    BrokenLink { path: PathBuf },
    #[error(
        "{}: {size} bytes is more than the {} MiB limit for one article, skipped",
        display_path(path),
        MAX_ARTICLE_BYTES / (1024 * 1024)
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}: is {kind}, not an article file, skipped", display_path(path))]
    NotAFile { path: PathBuf, kind: FileKind },
    #[error(
        "{}: looks like binary data, not article text, skipped",
        display_path(path)
    )]
    Binary { path: PathBuf },
    #[error("{}: empty (no readable text), skipped", display_path(path))]
    Empty { path: PathBuf },
    /// A feed file (by name, or by its first bytes) that does not parse.
    #[error("{}: {cause}, skipped", display_path(path))]
    Feed {
        path: PathBuf,
        /// In the message, so not a `source()`.
        cause: crate::loader::feed::FeedError,
    },
    #[error("{}: a feed with no entries, skipped", display_path(path))]
    NoEntries { path: PathBuf },
    /// The entry asked for is not in the file (it changed since it was
    /// listed).
    #[error(
        "{}: has no entry {} any more (the file changed; reload with r)",
        display_path(path),
        entry + 1
    )]
    NoSuchEntry { path: PathBuf, entry: usize },
    /// A web page the HTML front end could not read.
    #[error("{}: {}, skipped", display_path(path), crate::visible(reason))]
    Html { path: PathBuf, reason: String },
}

impl LoadError {
    /// The path the error is about.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::BrokenLink { path }
            | LoadError::TooLarge { path, .. }
            | LoadError::NotAFile { path, .. }
            | LoadError::Binary { path }
            | LoadError::Empty { path }
            | LoadError::Feed { path, .. }
            | LoadError::NoEntries { path }
            | LoadError::NoSuchEntry { path, .. }
            | LoadError::Html { path, .. } => path,
        }
    }
}

/// What a path that is neither a regular file nor a folder is. Such paths are
/// refused before they are opened: opening a FIFO blocks until a writer
/// comes, and a device can stream forever.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Folder,
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
    Other,
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FileKind::Folder => "a folder",
            FileKind::Fifo => "a named pipe (FIFO)",
            FileKind::CharDevice => "a character device",
            FileKind::BlockDevice => "a block device",
            FileKind::Socket => "a socket",
            FileKind::Other => "a special file",
        })
    }
}

impl FileKind {
    /// The kind of a non-regular, non-folder file type.
    pub fn of(file_type: std::fs::FileType) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return FileKind::Fifo;
            }
            if file_type.is_char_device() {
                return FileKind::CharDevice;
            }
            if file_type.is_block_device() {
                return FileKind::BlockDevice;
            }
            if file_type.is_socket() {
                return FileKind::Socket;
            }
        }
        let _ = file_type;
        FileKind::Other
    }
}

/// The OS error in plain words for the common cases, the system's own text
/// for the rest; capitalized like the system's so scripts matching on it
/// (`No such file`) keep working.
fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "No such file or folder".into(),
        io::ErrorKind::PermissionDenied => {
            "Permission denied (you may not read it; check its permissions)".into()
        }
        io::ErrorKind::IsADirectory => "Is a folder where a file was expected".into(),
        _ if is_symlink_loop(e) => "Symbolic link loop (the link points back to itself)".into(),
        _ => format!("Cannot be read: {e}"),
    }
}

fn is_symlink_loop(e: &io::Error) -> bool {
    // ELOOP: `io::ErrorKind::FilesystemLoop` is not stable yet.
    #[cfg(target_os = "linux")]
    const ELOOP: i32 = 40;
    #[cfg(not(target_os = "linux"))]
    const ELOOP: i32 = 62;
    cfg!(unix) && e.raw_os_error() == Some(ELOOP)
}
