import SiteModel

/// Cuts the `---` fenced YAML front matter off the top of a Markdown file.
public enum FrontMatterSplitter {
    /// Splits `text`; reports an unterminated front matter at its opening fence.
    public static func split(_ text: String, file: String) -> Result<SplitSource, Diagnostic> {
        var content = Substring(text)
        if content.hasPrefix("\u{FEFF}") { content = content.dropFirst() }
        guard content.hasPrefix("---"), isFence(firstLine(of: content)) else {
            return .success(SplitSource(yaml: nil, yamlFirstLine: 1, body: String(content), bodyLineOffset: 0))
        }
        var lineNumber = 1
        var cursor = content.index(after: lineEnd(in: content, from: content.startIndex))
        let yamlStart = cursor
        while cursor < content.endIndex {
            lineNumber += 1
            let end = lineEnd(in: content, from: cursor)
            let line = content[cursor..<end]
            if isFence(line) {
                let yaml = String(content[yamlStart..<cursor])
                let bodyStart = end < content.endIndex ? content.index(after: end) : end
                return .success(SplitSource(
                    yaml: yaml, yamlFirstLine: 2, body: String(content[bodyStart...]), bodyLineOffset: lineNumber))
            }
            cursor = end < content.endIndex ? content.index(after: end) : end
        }
        return .failure(.error(
            SourceLocation(file: file, line: 1, column: 1),
            .frontMatterNotClosed(), hint: .frontMatterNotClosedHint()))
    }

    // Lines are scanned as UTF-8: Character-by-Character scanning of every file's front matter
    // was a visible part of parsing a large site.

    private static func isFence(_ line: Substring) -> Bool {
        var bytes = line.utf8[...]
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D { bytes = bytes.dropLast() }
        return bytes.elementsEqual("---".utf8)
    }

    private static func firstLine(of text: Substring) -> Substring {
        text[text.startIndex..<lineEnd(in: text, from: text.startIndex)]
    }

    private static func lineEnd(in text: Substring, from start: Substring.Index) -> Substring.Index {
        text.utf8[start...].firstIndex(of: 0x0A) ?? text.endIndex
    }
}
