/// The lines of a front matter, split only when a `|` or `>` block needs them.
final class YAMLLines {
    private let yaml: String
    private(set) lazy var lines: [Substring] = yaml.split(separator: "\n", omittingEmptySubsequences: false)

    init(_ yaml: String) { self.yaml = yaml }
}
