/// A word read from a text by `TermMatcher`.
struct TextWord {
    /// UTF-8 offset just past the word.
    var end: Int
    /// The hash of the word's lowercase.
    var hash: WordHash
    /// For a plain ASCII word of up to 16 bytes: its lowercase as two little-endian chunks, so it
    /// can be compared with a table word without decoding.
    var lowered: (UInt64, UInt64)
    /// The length of such a word; -1 for any other word.
    var asciiLength: Int
}
