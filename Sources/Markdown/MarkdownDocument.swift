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
    /// The body's UTF-8 bytes and where each line starts in them. Splitting the String into
    /// Character-based lines cost 14% of a 10,000-page build; bytes are found with a plain scan.
    private var bytes: [UInt8]
    private var lineStarts: [Int]
    private let firstLineColumnOffset: Int
    /// Headings in document order, with unique ids.
    public private(set) var headings: [MarkdownHeading] = []
    /// Set when the text breaks one of `InputLimits` (checked before cmark-gfm sees it, and the
    /// depth of the tree after): the error to report. The document is then empty.
    public private(set) var limitViolation: Diagnostic?
    /// What the texts of this document's file may still spend, shared with its other texts.
    public let budget: MarkdownWorkBudget
    var headingsRendered = false
    /// The visible text of the runs `rewriteText` turned into one HTML node each, by that node,
    /// for `plainText`.
    var rewrittenText: [OpaquePointer: [UInt8]] = [:]

    func markHeadingsRendered() { headingsRendered = true }

    /// Parses `text` (a Markdown body) from `file`, whose first line is file line `lineOffset + 1`.
    /// `reservedIDs` are ids the page already uses (e.g. by the theme), so headings avoid them.
    /// `firstLineColumnOffset` shifts columns on the first line, for Markdown that starts mid-line
    /// (a front-matter value).
    /// `budget` is shared by the texts of one file (see `MarkdownWorkBudget`).
    public init(parsing text: String, file: String, lineOffset: Int = 0, firstLineColumnOffset: Int = 0,
                reservedIDs: Set<String> = [], budget: MarkdownWorkBudget = MarkdownWorkBudget()) {
        self.file = file
        self.lineOffset = lineOffset
        self.firstLineColumnOffset = firstLineColumnOffset
        self.budget = budget
        let bytes = Array(text.utf8)
        self.bytes = bytes
        switch bytes.withUnsafeBufferPointer({ MarkdownPrescan.check($0, budget: budget) }) {
        case .success(let starts):
            lineStarts = starts
            root = CmarkRuntime.parse(bytes)
        case .failure(let violation):
            var starts = [0]
            for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
            lineStarts = starts
            root = CmarkRuntime.parse([])
            limitViolation = .error(location(offset: violation.offset), violation.message, hint: violation.hint)
            return
        }
        let scan = rootNode.headings(maxDepth: InputLimits.maxTreeDepth)
        guard let deep = scan.tooDeep else {
            assignHeadingIDs(scan.headings, reserved: reservedIDs)
            return
        }
        limitViolation = .error(location(line: deep.nearestLine, byteColumn: max(deep.startColumn, 1)),
                                .markdownTooDeep(InputLimits.maxTreeDepth), hint: .markdownTooDeepHint())
        if let root { cmark_node_free(root) }
        root = CmarkRuntime.parse([])
    }

    deinit { if let root { cmark_node_free(root) } }

    /// Frees the cmark tree but keeps the headings. The transform step frees each page's tree once the
    /// page is rendered; the dev server frees trees right after indexing and parses again when a
    /// page is transformed, so a long-running server does not hold every tree.
    public func releaseTree() {
        if let root { cmark_node_free(root) }
        root = nil
        rewrittenText = [:]
        bytes = []
        lineStarts = [0]
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
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else {
            return SourceLocation(file: file, line: fileLine, column: max(byteColumn, 1) + (line == 1 ? firstLineColumnOffset : 0))
        }
        let lineBytes = self.lineBytes(line)
        let prefix = lineBytes[lineBytes.startIndex..<(lineBytes.startIndex + min(byteColumn - 1, lineBytes.count))]
        // Columns count characters (Unicode scalars), not bytes: count the bytes that start a scalar.
        // No String is built, because this runs for every text run and link of the site.
        var scalars = 0
        for byte in prefix where byte & 0xC0 != 0x80 { scalars += 1 }
        let column = scalars + 1 + (line == 1 ? firstLineColumnOffset : 0)
        return SourceLocation(file: file, line: fileLine, column: column)
    }

    /// The file location of a byte offset into the text.
    func location(offset: Int) -> SourceLocation {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return location(line: low + 1, byteColumn: offset - lineStarts[low] + 1)
    }

    /// The bytes of body line `line` (1-based), or nil past the end.
    func bodyLine(_ line: Int) -> ArraySlice<UInt8>? {
        guard line >= 1, line <= lineStarts.count, !bytes.isEmpty || line == 1 else { return nil }
        return lineBytes(line)
    }

    /// The bytes of body line `line` (1-based), without its newline.
    private func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return bytes[start..<max(start, end)]
    }

    /// Finds `needle` on or after body line `line` and returns its file location, for nodes that
    /// carry no column of their own.
    func locate(_ needle: String, fromLine line: Int) -> SourceLocation {
        let start = max(line, 1)
        if !needle.isEmpty, start <= lineStarts.count {
            for number in start...min(lineStarts.count, start + 40) {
                let line = String(decoding: lineBytes(number), as: UTF8.self)
                if let range = line.range(of: needle) {
                    let column = line[..<range.lowerBound].count + 1 + (number == 1 ? firstLineColumnOffset : 0)
                    return SourceLocation(file: file, line: number + lineOffset, column: column)
                }
            }
        }
        return SourceLocation(file: file, line: start + lineOffset, column: 1)
    }

    private func assignHeadingIDs(_ nodes: [MarkdownNode], reserved: Set<String>) {
        var taken = reserved
        for node in nodes {
            let text = node.plainText.trimmingWhitespaces()
            let id = Slug.unique(Slug.make(text), taken: &taken)
            headings.append(MarkdownHeading(
                level: node.headingLevel, text: text, id: id,
                location: location(line: node.startLine, byteColumn: node.startColumn)))
        }
    }
}
