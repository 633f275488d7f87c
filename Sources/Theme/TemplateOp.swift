/// One instruction of a compiled template. Plain values only, so stepping through a template
/// retains and releases nothing (with shared template trees, reference counting on every node was
/// a fifth of rendering, and both cores fought over the same counters).
struct TemplateOp: Sendable {
    enum Kind: UInt8, Sendable {
        /// Literal bytes `first..<second` of the store's byte buffer.
        case text
        /// `{{name}}` / `{{{name}}}`: the name's parts are keys `first..<second`.
        case escaped, raw
        /// `{{#name}}` / `{{^name}}`: keys `first..<second`; the section's ops run to `end`.
        case section, inverted
        /// `{{> name}}`: template number `first`; its indentation is bytes `second..<end`.
        case partial
    }

    var kind: Kind
    /// True for `.` and names that start with a dot: looked up in the current value only.
    var currentOnly = false
    var first: Int32
    var second: Int32
    var end: Int32 = 0
}
