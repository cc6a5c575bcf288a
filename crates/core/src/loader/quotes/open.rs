//! The kinds of quote mark a quote can open with: each decides which
//! marks may close it, and whether it is a double or a single quote (a
//! single quote inside a double one is a quote within the quote).

/// What kind of quote is open, which decides the marks that close it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Open {
    /// `“…”`.
    Curly,
    /// `„…“` or `„…”`.
    Low,
    /// `”…”` (Swedish/Finnish).
    Swedish,
    /// `«…»` or `»…«`: the char that closes.
    Guillemet(char),
    /// `"…"`.
    Straight,
    /// ` ``…'' `.
    Ptb,
    /// `‘…’`.
    CurlySingle,
    /// `'…'`.
    StraightSingle,
}

impl Open {
    pub(super) fn is_double(self) -> bool {
        !matches!(self, Open::CurlySingle | Open::StraightSingle)
            && self != Open::Guillemet('›')
            && self != Open::Guillemet('‹')
    }
    pub(super) fn is_single(self) -> bool {
        matches!(
            self,
            Open::CurlySingle | Open::StraightSingle | Open::Guillemet('›' | '‹')
        )
    }
}
