//! Formatting engines: format-spec mini-language, `%`-formatting, float repr.
