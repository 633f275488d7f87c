import Content
import FrontMatter
import SiteModel

/// Finds the example texts of `kennisbank new` (`ContentTemplate.exampleTexts`) left in a page: a
/// warning at each, so a new file shows in `serve` while it is being written but cannot be
/// published with a placeholder definition in every pop-up or a quiz that asks 'Schrijf hier de
/// vraag.'.
package struct TemplateTextCheck: Sendable {
    package init() {}

    /// The warnings for `page`: front-matter values first, then body lines.
    package func diagnostics(for page: Page) -> [Diagnostic] {
        var result: [Diagnostic] = []
        if let node = page.frontMatter { collect(node, into: &result) }
        guard Self.mayHold(page.body) else { return result }
        for (index, line) in page.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            for text in ContentTemplate.exampleTexts {
                guard let offset = line.utf8Offset(of: text) else { continue }
                let column = String(decoding: line.utf8.prefix(offset), as: UTF8.self).unicodeScalars.count + 1
                result.append(.warning(SourceLocation(file: page.file, line: index + 1 + page.bodyLineOffset, column: column),
                                       .templateText(), hint: .templateTextHint()))
                break
            }
        }
        return result
    }

    private func collect(_ node: FrontMatterNode, into result: inout [Diagnostic]) {
        switch node.kind {
        case .scalar(let text, _):
            if ContentTemplate.exampleTexts.contains(where: { text.containsBytes($0) }) {
                result.append(.warning(node.location, .templateText(), hint: .templateTextHint()))
            }
        case .sequence(let items):
            for item in items { collect(item, into: &result) }
        case .mapping(let entries):
            for entry in entries { collect(entry.value, into: &result) }
        }
    }

    /// Most bodies hold no example text; only those that do are searched line by line. Compared as
    /// UTF-8 bytes: Foundation's `contains` bridges every body to UTF-16 once per example text, which
    /// took 45% of a 1,000-page build's CPU time (perf, `make bench`'s generated-1000).
    private static func mayHold(_ body: String) -> Bool {
        ContentTemplate.exampleTexts.contains { body.containsBytes($0) }
    }
}
