import SiteModel

/// A limit of `InputLimits` that a Markdown text breaks: where it is crossed, as a byte offset into
/// the text, and what to tell the author.
struct MarkdownLimitViolation: Error, Equatable {
    var offset: Int
    var message: Message
    var hint: Message
}
