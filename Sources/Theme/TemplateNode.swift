/// One piece of a compiled Mustache template. Names are split at dots once, when the template is
/// compiled, so rendering never parses a tag again.
indirect enum TemplateNode: Sendable {
    /// Literal text, as UTF-8; split at line ends so partial indentation can be applied per line.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (raw).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when `inverted`.
    case section(TemplateName, inverted: Bool, children: [TemplateNode])
    /// `{{> name}}`; `indentation` is the whitespace before a partial that stands alone on its line.
    case partial(String, indentation: [UInt8])
}

/// A tag's variable name: `.` (the current value), `a.b.c` (looked up in the context stack, then
/// descended), or `.a` (looked up in the current value only).
struct TemplateName: Sendable, Equatable {
    /// The dotted parts; empty for `.`.
    let parts: [String]
    /// True for `.` and names starting with a dot: no climbing up the context stack.
    let currentOnly: Bool

    init(_ text: String) {
        currentOnly = text.hasPrefix(".")
        parts = text.split(separator: ".").map(String.init)
    }
}
