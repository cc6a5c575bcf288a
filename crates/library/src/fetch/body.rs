//! Reading an answer's body under the size limit. Decompression is done
//! here rather than by ureq so the limit counts what is kept (the
//! decompressed bytes, where a gzip bomb is stopped) as well as what
//! arrives (the compressed bytes), and an over-large body is named for
//! what it is. A `Content-Length` over the limit is refused before a byte
//! of the body is read; without one, reading stops one byte past the limit,
//! so memory stays bounded whatever the server sends.

use std::io::{self, Read};

use flate2::read::{MultiGzDecoder, ZlibDecoder};
use ureq::http::header;

use super::address::Address;
use super::{FetchError, Options};

/// Most bytes reserved ahead on the word of a `Content-Length`.
const PREALLOCATE: u64 = 1024 * 1024;

pub(super) fn read(
    address: &Address,
    response: ureq::http::Response<ureq::Body>,
    options: &Options,
) -> Result<Vec<u8>, FetchError> {
    let limit = options.max_bytes;
    let too_large = || FetchError::TooLarge {
        url: address.shown(),
        limit,
    };
    let headers = response.headers();
    let length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if length.is_some_and(|length| length > limit) {
        return Err(too_large());
    }
    let encoding = headers
        .get(header::CONTENT_ENCODING)
        .and_then(|value| value.to_str().ok())
        .map(|value| value.trim().to_ascii_lowercase())
        .filter(|value| !value.is_empty() && value != "identity");
    let mut body = response.into_body();
    let raw = Capped {
        inner: body.as_reader(),
        left: limit,
    };
    // A declared length is a claim: it sizes the first allocation only up
    // to a point, so a server that claims much and sends little costs
    // little.
    let mut kept = Vec::with_capacity(match &encoding {
        None => usize::try_from(length.unwrap_or(0).min(PREALLOCATE)).unwrap_or(0),
        Some(_) => 0,
    });
    let decoded: Box<dyn Read + '_> = match encoding.as_deref() {
        None => Box::new(raw),
        Some("gzip" | "x-gzip") => Box::new(MultiGzDecoder::new(raw)),
        Some("deflate") => Box::new(ZlibDecoder::new(raw)),
        Some(other) => {
            return Err(FetchError::Encoding {
                url: address.shown(),
                encoding: newsreader_core::visible(other).into_owned(),
            })
        }
    };
    let read = decoded.take(limit.saturating_add(1)).read_to_end(&mut kept);
    match read {
        Ok(_) if kept.len() as u64 > limit => Err(match encoding {
            Some(_) => FetchError::DecompressionBomb {
                url: address.shown(),
                limit,
            },
            None => too_large(),
        }),
        Ok(_) => Ok(kept),
        Err(cause) if cause.get_ref().is_some_and(|inner| inner.is::<OverLimit>()) => {
            Err(too_large())
        }
        Err(cause)
            if cause
                .get_ref()
                .is_some_and(|inner| inner.is::<ureq::Error>()) =>
        {
            Err(FetchError::from_io(address, cause, options))
        }
        Err(cause)
            if encoding.is_some()
                && matches!(
                    cause.kind(),
                    io::ErrorKind::InvalidData
                        | io::ErrorKind::InvalidInput
                        | io::ErrorKind::UnexpectedEof
                ) =>
        {
            Err(FetchError::Corrupt {
                url: address.shown(),
                cause: newsreader_core::visible(&cause.to_string()).into_owned(),
            })
        }
        Err(cause) => Err(FetchError::from_io(address, cause, options)),
    }
}

/// The body as it arrives, refusing to go past `left` bytes.
struct Capped<R> {
    inner: R,
    left: u64,
}

#[derive(Debug, thiserror::Error)]
#[error("the body passed the size limit")]
struct OverLimit;

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buf)?;
        if read as u64 > self.left {
            self.left = 0;
            return Err(io::Error::other(OverLimit));
        }
        self.left -= read as u64;
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_lets_exactly_the_limit_through() {
        let mut exact = Capped {
            inner: &[7u8; 10][..],
            left: 10,
        };
        let mut out = Vec::new();
        assert_eq!(exact.read_to_end(&mut out).unwrap(), 10);
        let mut over = Capped {
            inner: &[7u8; 11][..],
            left: 10,
        };
        let error = over.read_to_end(&mut Vec::new()).unwrap_err();
        assert!(error.get_ref().is_some_and(|inner| inner.is::<OverLimit>()));
    }
}
