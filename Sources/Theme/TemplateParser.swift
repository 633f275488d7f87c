import SiteModel

/// Compiles Mustache template text into `TemplateNode`s, following the Mustache spec: variables,
/// raw variables, sections, inverted sections, comments, partials and set-delimiter tags, with
/// "standalone" tag lines removed. Errors carry the template file, line and column.
struct TemplateParser {
    /// What a tag does, from its sigil.
    enum TagKind: Equatable {
        case variable, raw, section, inverted, close, comment, partial, delimiters, pragma

        /// Tags that vanish with their line when they stand alone on it.
        var canStandAlone: Bool {
            switch self {
            case .section, .inverted, .close, .comment, .partial, .delimiters, .pragma: return true
            case .variable, .raw: return false
            }
        }
    }

    /// A piece of the template before sections are nested.
    enum Token {
        case text([UInt8])
        /// A tag; `indentation` is set on a standalone partial only.
        case tag(TagKind, String, SourceLocation, indentation: [UInt8])
    }

    let file: String
    /// The theme's interface texts (`InterfaceTexts.table`): a `{{t.group.key}}` tag becomes the text,
    /// compiled in (`textNodes`). Nil leaves such tags to the context.
    var texts: [String: String]? = nil

    /// Compiles `text`; throws the first problem found.
    func parse(_ text: String) throws(Diagnostic) -> [TemplateNode] {
        let tokens = removeStandaloneLines(try tokenize(Array(text.utf8)))
        return try nest(tokens)
    }

    // MARK: Tokens

    func tokenize(_ bytes: [UInt8]) throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var text: [UInt8] = []
        var position = 0
        var line = 1
        var lineStart = 0

        func location(at offset: Int) -> SourceLocation {
            // Columns count characters, not bytes: UTF-8 continuation bytes are skipped.
            let column = bytes[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            return SourceLocation(file: file, line: line, column: column)
        }

        while position < bytes.count {
            guard Self.matches(open, in: bytes, at: position) else {
                let byte = bytes[position]
                text.append(byte)
                position += 1
                if byte == 0x0A {
                    tokens.append(.text(text))
                    text = []
                    line += 1
                    lineStart = position
                }
                continue
            }
            if !text.isEmpty { tokens.append(.text(text)); text = [] }
            let start = location(at: position)
            var cursor = position + open.count
            var kind = TagKind.variable
            var terminator = close
            if cursor < bytes.count {
                switch bytes[cursor] {
                case UInt8(ascii: "{"): kind = .raw; terminator = [UInt8(ascii: "}")] + close
                case UInt8(ascii: "&"): kind = .raw
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "="): kind = .delimiters; terminator = [UInt8(ascii: "=")] + close
                case UInt8(ascii: "%"): kind = .pragma
                default: break
                }
                if kind != .variable { cursor += 1 }
            }
            guard let end = Self.find(terminator, in: bytes, from: cursor) else {
                throw Diagnostic.error(start, .templateTagUnclosed(String(decoding: close, as: UTF8.self)), hint: .templateTagUnclosedHint())
            }
            let content = String(decoding: bytes[cursor..<end], as: UTF8.self).trimmingASCIIWhitespace
            // A comment may run over several lines; later positions must still be right.
            for offset in position..<end where bytes[offset] == 0x0A {
                line += 1
                lineStart = offset + 1
            }
            position = end + terminator.count
            switch kind {
            case .comment, .pragma:
                break
            case .delimiters:
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw Diagnostic.error(start, .templateDelimiters(), hint: .templateDelimitersHint())
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            default:
                if kind == .variable, let sigil = content.first, sigil == "<" || sigil == "$" || sigil == "*" {
                    throw Diagnostic.error(start, .templateUnsupported(String(sigil)), hint: .templateUnsupportedHint())
                }
                guard !content.isEmpty, !content.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) else {
                    throw Diagnostic.error(start, content.isEmpty ? .templateTagNoName() : .templateTagBadName(content),
                                           hint: .templateTagNameHint())
                }
            }
            tokens.append(.tag(kind, content, start, indentation: []))
        }
        if !text.isEmpty { tokens.append(.text(text)) }
        return tokens
    }

    /// Removes the whitespace and line end around a tag that stands alone on its line, so block
    /// tags leave no blank lines; a standalone partial keeps the whitespace as its indentation.
    func removeStandaloneLines(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var lineStart = 0
        var index = 0
        while index < tokens.count {
            // A line runs to the text token that ends with a line break, or to the end.
            var lineEnd = index
            while lineEnd < tokens.count {
                if case .text(let bytes) = tokens[lineEnd], bytes.last == 0x0A { break }
                lineEnd += 1
            }
            let line = tokens[lineStart...min(lineEnd, tokens.count - 1)]
            result += standalone(line) ?? Array(line)
            index = lineEnd + 1
            lineStart = index
        }
        return result
    }

    private func standalone(_ line: ArraySlice<Token>) -> [Token]? {
        var tag: Token?
        var indentation: [UInt8] = []
        for token in line {
            switch token {
            case .text(let bytes):
                guard bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) else { return nil }
                if tag == nil { indentation += bytes }
            case .tag(let kind, _, _, _):
                guard tag == nil, kind.canStandAlone else { return nil }
                tag = token
            }
        }
        guard case .tag(let kind, let name, let location, _)? = tag else { return nil }
        return [.tag(kind, name, location, indentation: kind == .partial ? indentation : [])]
    }

    // MARK: Nesting

    func nest(_ tokens: [Token]) throws(Diagnostic) -> [TemplateNode] {
        struct Open {
            var name: String
            var inverted: Bool
            var location: SourceLocation
            var children: [TemplateNode] = []
        }
        var stack: [Open] = [Open(name: "", inverted: false, location: SourceLocation(file: file))]
        for token in tokens {
            switch token {
            case .text(let bytes):
                if !bytes.isEmpty { stack[stack.count - 1].children.append(.text(bytes)) }
            case .tag(let kind, let name, let location, let indentation):
                switch kind {
                case .variable, .raw:
                    if texts != nil, name.hasPrefix(Self.textPrefix) {
                        stack[stack.count - 1].children += try textNodes(String(name.dropFirst(Self.textPrefix.count)), at: location)
                    } else {
                        stack[stack.count - 1].children.append(.variable(TemplateName(name), escaped: kind == .variable))
                    }
                case .section, .inverted:
                    stack.append(Open(name: name, inverted: kind == .inverted, location: location))
                case .close:
                    guard stack.count > 1 else {
                        throw Diagnostic.error(location, .templateCloseUnopened(name), hint: .templateCloseUnopenedHint(name))
                    }
                    let section = stack.removeLast()
                    guard section.name == name else {
                        throw Diagnostic.error(location, .templateCloseMismatch(name, open: section.name, line: section.location.line),
                                               hint: .templateCloseMismatchHint(section.name))
                    }
                    stack[stack.count - 1].children.append(
                        .section(TemplateName(name), inverted: section.inverted, children: section.children))
                case .partial:
                    stack[stack.count - 1].children.append(.partial(name, indentation: indentation))
                case .comment, .pragma, .delimiters:
                    break
                }
            }
        }
        if stack.count > 1 {
            let open = stack.last!
            throw Diagnostic.error(open.location, .templateNeverClosed("{{\(open.inverted ? "^" : "#")\(open.name)}}", name: open.name),
                                   hint: .templateNeverClosedHint(open.name))
        }
        return stack[0].children
    }

    // MARK: Bytes

    static func matches(_ pattern: [UInt8], in bytes: [UInt8], at offset: Int) -> Bool {
        guard !pattern.isEmpty, offset + pattern.count <= bytes.count else { return false }
        for (index, byte) in pattern.enumerated() where bytes[offset + index] != byte { return false }
        return true
    }

    static func find(_ pattern: [UInt8], in bytes: [UInt8], from offset: Int) -> Int? {
        var position = offset
        while position + pattern.count <= bytes.count {
            if matches(pattern, in: bytes, at: position) { return position }
            position += 1
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingASCIIWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
