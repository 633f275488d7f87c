/// One line of YAML as a person reads it: its indentation, whether it is a list item, and its key
/// and value when it has the shape `key: value`. Only for explaining mistakes: the parser is Yams.
struct YAMLLine {
    /// The text, without its line break.
    let text: String
    /// The leading spaces and tabs.
    let leading: Substring
    /// The text after the leading whitespace.
    let content: Substring

    init(_ text: Substring) {
        self.text = text.hasSuffix("\r") ? String(text.dropLast()) : String(text)
        leading = self.text.prefix { $0 == " " || $0 == "\t" }
        content = self.text.dropFirst(leading.count)
    }

    /// True for a line with nothing but spaces or a comment.
    var isBlank: Bool { content.isEmpty || content.hasPrefix("#") }
    /// Number of leading spaces (tabs counted as one).
    var indent: Int { leading.count }
    /// True when the line starts a list item: `- text`, `-` alone.
    var isListItem: Bool { content == "-" || content.hasPrefix("- ") }
    /// Where a key on this line starts: after the indentation and a list item's '- '.
    var keyColumn: Int { indent + (isListItem ? 2 : 0) }

    /// The key and value of a `key: value` line (after a list item's '- '), with the column (1-based,
    /// in Unicode scalars) where the value starts; nil when the line has no such shape.
    var keyValue: (key: String, value: Substring, valueColumn: Int)? {
        var rest = content
        if isListItem { rest = rest.dropFirst(2).drop { $0 == " " } }
        guard let first = rest.first, first.isLetter || first == "_" else { return nil }
        guard let colon = rest.firstIndex(where: { $0 == ":" }) else { return nil }
        let key = rest[..<colon]
        guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        let afterColon = rest[rest.index(after: colon)...]
        guard afterColon.isEmpty || afterColon.first == " " || afterColon.first == "\t" else { return nil }
        let value = afterColon.drop { $0 == " " || $0 == "\t" }
        let column = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: value.startIndex.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.endIndex) + 1
        return (String(key), value, column)
    }

    /// A key written without the space after its colon (`description:Tekst`), and the column of
    /// the colon; not for addresses such as `https://`.
    var keyWithoutSpace: (key: String, column: Int)? {
        var rest = content
        if isListItem { rest = rest.dropFirst(2).drop { $0 == " " } }
        guard let first = rest.first, first.isLetter else { return nil }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let key = rest[..<colon]
        guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        let after = rest[rest.index(after: colon)...]
        guard let next = after.first, next != " ", next != "\t", next != "/" else { return nil }
        return (String(key), indent + (isListItem ? 2 : 0) + key.count + 1)
    }

    /// True when the value of this line opens a block below it: `key:` alone, `key: |`, `key: >`.
    var opensBlock: Bool {
        if content.hasSuffix(":") && !content.hasPrefix("#") { return true }
        guard let value = keyValue?.value, value.hasPrefix("|") || value.hasPrefix(">") else { return false }
        // Only indicators may follow ('|-', '>2'), then a comment or nothing.
        let rest = value.dropFirst().drop { "+-0123456789".contains($0) }.drop { $0 == " " }
        return rest.isEmpty || rest.hasPrefix("#")
    }
}
