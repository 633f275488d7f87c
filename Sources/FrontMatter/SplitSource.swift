import SiteModel

/// A Markdown source file cut into its YAML front matter and its body, with the line numbers
/// needed to map positions in either part back to the file.
public struct SplitSource: Sendable {
    /// The YAML text between the `---` fences; nil when the file has no front matter.
    public var yaml: String?
    /// File line of the first YAML line (the line after the opening fence).
    public var yamlFirstLine: Int
    /// The Markdown body after the closing fence.
    public var body: String
    /// Number of file lines before the body, so body line N is file line N + bodyLineOffset.
    public var bodyLineOffset: Int
}
