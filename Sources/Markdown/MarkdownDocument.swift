import CCmarkGFM
import Foundation
import SiteModel

/// A parsed Markdown body: the cmark-gfm tree, owned by this object and freed with it, plus the
/// headings with their ids. Passes edit the tree in place; one document is only ever used by one
/// task at a time, which is why the unchecked `Sendable` is sound.
public final class MarkdownDocument: @unchecked Sendable {
    /// The cmark tree; nil after `releaseTree()`.
    private(set) var root: OpaquePointer?
    /// Path of the source file, relative to the site root.
    public let file: String
    /// File lines before the body (front matter), added to cmark's line numbers.
    public let lineOffset: Int
    private let lines: [Substring]
    private let firstLineColumnOffset: Int
    /// Headings in document order, with unique ids.
    public private(set) var headings: [MarkdownHeading] = []
    var headingsRendered = false

    func markHeadingsRendered() { headingsRendered = true }

    /// Parses `text` (a Markdown body) from `file`, whose first line is file line `lineOffset + 1`.
    /// `reservedIDs` are ids the page already uses (e.g. by the theme), so headings avoid them.
    /// `firstLineColumnOffset` shifts columns on the first line, for Markdown that starts mid-line
    /// (a front-matter value).
    public init(parsing text: String, file: String, lineOffset: Int = 0, firstLineColumnOffset: Int = 0,
                reservedIDs: Set<String> = []) {
        self.root = CmarkRuntime.parse(text)
        self.file = file
        self.lineOffset = lineOffset
        self.firstLineColumnOffset = firstLineColumnOffset
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        assignHeadingIDs(reserved: reservedIDs)
    }

    deinit { if let root { cmark_node_free(root) } }

    /// Frees the cmark tree but keeps the headings. The build parses every page once to index it and
    /// again when transforming it, so that a large site never holds all trees at once (they take
    /// about twenty times the Markdown's size).
    public func releaseTree() {
        if let root { cmark_node_free(root) }
        root = nil
    }

    /// True while the tree is held.
    public var hasTree: Bool { root != nil }

    /// The root node; an empty document after `releaseTree()`.
    var rootNode: MarkdownNode {
        if let root { return MarkdownNode(pointer: root) }
        let empty = MarkdownNode.make(CMARK_NODE_DOCUMENT)
        root = empty.pointer
        return empty
    }

    /// Maps a cmark position (1-based line in the body, 1-based byte column) to a file location
    /// with a character column.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        let fileLine = line + lineOffset
        guard line >= 1, line <= lines.count, byteColumn > 1 else {
            return SourceLocation(file: file, line: fileLine, column: max(byteColumn, 1) + (line == 1 ? firstLineColumnOffset : 0))
        }
        let utf8 = lines[line - 1].utf8
        let offset = min(byteColumn - 1, utf8.count)
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        let column = lines[line - 1][..<index].count + 1 + (line == 1 ? firstLineColumnOffset : 0)
        return SourceLocation(file: file, line: fileLine, column: column)
    }

    /// Finds `needle` on or after body line `line` and returns its file location, for nodes that
    /// carry no column of their own.
    func locate(_ needle: String, fromLine line: Int) -> SourceLocation {
        let start = max(line, 1)
        if !needle.isEmpty, start <= lines.count {
            for number in start...min(lines.count, start + 40) {
                if let range = lines[number - 1].range(of: needle) {
                    let column = lines[number - 1][..<range.lowerBound].count + 1 + (number == 1 ? firstLineColumnOffset : 0)
                    return SourceLocation(file: file, line: number + lineOffset, column: column)
                }
            }
        }
        return SourceLocation(file: file, line: start + lineOffset, column: 1)
    }

    private func assignHeadingIDs(reserved: Set<String>) {
        var taken = reserved
        for node in rootNode.descendants() where node.type == CMARK_NODE_HEADING {
            let text = node.plainText.trimmingCharacters(in: .whitespaces)
            let id = Slug.unique(Slug.make(text), taken: &taken)
            headings.append(MarkdownHeading(
                level: node.headingLevel, text: text, id: id,
                location: location(line: node.startLine, byteColumn: node.startColumn)))
        }
    }
}
