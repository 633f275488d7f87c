import SiteModel

/// A strict, small XML tokenizer for checking SVG images: it reads what a browser's XML parser
/// reads (elements, attributes with their entity references decoded, text, CDATA, comments,
/// processing instructions, the DOCTYPE) and stops at the first thing that is not well-formed,
/// where a browser would show an error instead of the image. Being strict keeps it from seeing
/// less markup than a browser does: anything it cannot read for certain is an error, not text.
///
/// It builds no tree and resolves no namespaces; events go to a callback in document order. It
/// works on bytes (UTF-8 or an ASCII-compatible encoding), never recurses, and is linear in the
/// input. Foundation's `XMLParser` would need libxml2 linked into the static binary.
struct XMLScanner {
    /// One attribute of a start tag, with its value decoded (references replaced, whitespace as
    /// attribute-value normalisation leaves it).
    struct Attribute {
        var name: String
        var value: String
        /// Byte offset of the name.
        var offset: Int
    }

    /// What the scanner reports, in document order.
    enum Event {
        case declaration(encoding: String?, offset: Int)
        case doctype(hasInternalSubset: Bool, offset: Int)
        case processingInstruction(target: String, offset: Int)
        case start(name: String, attributes: [Attribute], offset: Int)
        case end(name: String)
        /// Character data or a CDATA section, decoded.
        case text(String, offset: Int)
    }

    /// The first place the input stops being well-formed XML.
    struct Malformed: Error {
        var message: Message
        var offset: Int
    }

    private let bytes: [UInt8]
    private var index = 0
    private var open: [String] = []
    private var sawRoot = false

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Reads `bytes` to the end, handing every event to `handle`.
    static func scan(_ bytes: [UInt8], _ handle: (Event) -> Void) throws(Malformed) {
        var scanner = XMLScanner(bytes)
        try scanner.run(handle)
    }

    private mutating func run(_ handle: (Event) -> Void) throws(Malformed) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        if starts("<?xml") && index + 5 < bytes.count && Self.isSpace(bytes[index + 5]) {
            let start = index
            let body = try skip(past: "?>", what: .xmlDeclaration)
            handle(.declaration(encoding: Self.pseudoAttribute("encoding", in: bytes[body]), offset: start))
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                try markup(handle)
            } else if open.isEmpty {
                guard Self.isSpace(byte) else {
                    throw Malformed(message: sawRoot ? .xmlTextAfterRoot() : .xmlTextBeforeRoot(), offset: index)
                }
                index += 1
            } else {
                let start = index
                while index < bytes.count && bytes[index] != UInt8(ascii: "<") { index += 1 }
                handle(.text(try decode(start..<index), offset: start))
            }
        }
        if let name = open.last { throw Malformed(message: .xmlElementNotClosed(name), offset: bytes.count) }
        if !sawRoot { throw Malformed(message: .xmlNoElement(), offset: bytes.count) }
    }

    private mutating func markup(_ handle: (Event) -> Void) throws(Malformed) {
        let start = index
        if starts("<!--") {
            index += 4
            _ = try skip(past: "-->", what: .xmlComment)
        } else if starts("<![CDATA[") {
            guard !open.isEmpty else { throw Malformed(message: .xmlCDATAOutside(), offset: start) }
            index += 9
            let body = try skip(past: "]]>", what: .xmlCDATA)
            handle(.text(String(decoding: bytes[body], as: UTF8.self), offset: start))
        } else if starts("<!DOCTYPE") {
            guard !sawRoot else { throw Malformed(message: .xmlLateDoctype(), offset: start) }
            handle(.doctype(hasInternalSubset: try doctype(), offset: start))
        } else if starts("<?") {
            index += 2
            let target = name()
            if target.isEmpty { throw Malformed(message: .xmlInstructionNoName(), offset: start) }
            if target.lowercased() == "xml" { throw Malformed(message: .xmlLateDeclaration(), offset: start) }
            _ = try skip(past: "?>", what: .xmlInstruction)
            handle(.processingInstruction(target: target, offset: start))
        } else if starts("</") {
            index += 2
            let tag = name()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw Malformed(message: .xmlEndTagUnclosed(), offset: start) }
            index += 1
            guard let expected = open.popLast() else { throw Malformed(message: .xmlEndTagClosesNothing(tag), offset: start) }
            guard expected == tag else { throw Malformed(message: .xmlEndTagMismatch(tag, expected: expected), offset: start) }
            handle(.end(name: tag))
        } else if starts("<!") {
            throw Malformed(message: .xmlOtherDeclaration(), offset: start)
        } else {
            try startTag(handle)
        }
    }

    private mutating func startTag(_ handle: (Event) -> Void) throws(Malformed) {
        let start = index
        index += 1
        let tag = name()
        guard !tag.isEmpty else { throw Malformed(message: .xmlStrayLessThan(), offset: start) }
        if open.isEmpty && sawRoot { throw Malformed(message: .xmlSecondRoot(tag), offset: start) }
        var attributes: [Attribute] = []
        while true {
            let hadSpace = skipSpace()
            guard index < bytes.count else { throw Malformed(message: .xmlTagUnclosed(tag), offset: start) }
            if bytes[index] == UInt8(ascii: ">") || starts("/>") {
                let selfClosing = bytes[index] == UInt8(ascii: "/")
                index += selfClosing ? 2 : 1
                sawRoot = true
                handle(.start(name: tag, attributes: attributes, offset: start))
                if selfClosing { handle(.end(name: tag)) } else { open.append(tag) }
                return
            }
            let nameOffset = index
            let attribute = name()
            guard !attribute.isEmpty, hadSpace else {
                throw Malformed(message: .xmlUnexpected(Self.character(at: index, in: bytes), tag: tag), offset: index)
            }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw Malformed(message: .xmlAttributeNoValue(attribute), offset: nameOffset)
            }
            index += 1
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw Malformed(message: .xmlValueNotQuoted(attribute), offset: index)
            }
            let quote = bytes[index]
            index += 1
            let valueStart = index
            while index < bytes.count && bytes[index] != quote {
                if bytes[index] == UInt8(ascii: "<") { throw Malformed(message: .xmlLessThanInValue(attribute), offset: index) }
                index += 1
            }
            guard index < bytes.count else { throw Malformed(message: .xmlValueUnclosed(attribute), offset: valueStart - 1) }
            let value = try decode(valueStart..<index, normalisingSpace: true)
            index += 1
            if attributes.contains(where: { $0.name == attribute }) {
                throw Malformed(message: .xmlAttributeTwice(attribute, tag: tag), offset: nameOffset)
            }
            attributes.append(Attribute(name: attribute, value: value, offset: nameOffset))
        }
    }

    /// Skips a DOCTYPE; true when it has an internal subset (`[...]`, where entities are declared).
    private mutating func doctype() throws(Malformed) -> Bool {
        let start = index
        index += 9
        var quote: UInt8?
        var subset = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                subset = true
                // Declarations in the subset may hold '>' in quotes; its end is ']' then '>'.
                guard let close = find("]", from: index) else { break }
                index = close + 1
            } else if byte == UInt8(ascii: ">") {
                return subset
            }
        }
        throw Malformed(message: .xmlDoctypeUnclosed(), offset: start)
    }

    // MARK: - Pieces

    /// An XML name at `index` (letters, digits, '_', ':', '-', '.', and any non-ASCII byte); empty
    /// when none starts there.
    private mutating func name() -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            let isStart = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ":") || byte >= 0x80
            let isLater = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard isStart || (index > start && isLater) else { break }
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = index
        while index < bytes.count && Self.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    /// Moves past the next `end` and returns the range before it.
    private mutating func skip(past end: String, what: Phrase) throws(Malformed) -> Range<Int> {
        let start = index
        guard let found = find(end, from: index) else { throw Malformed(message: .xmlSectionUnclosed(what, end: end), offset: start) }
        index = found + end.utf8.count
        return start..<found
    }

    private func find(_ text: String, from start: Int) -> Int? {
        let needle = Array(text.utf8)
        var position = start
        while position + needle.count <= bytes.count {
            if bytes[position] == needle[0] && bytes[position..<position + needle.count].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }

    private func starts(_ text: String) -> Bool {
        let needle = text.utf8
        return index + needle.count <= bytes.count && bytes[index..<index + needle.count].elementsEqual(needle)
    }

    /// The text of `range` with its references replaced; an unknown or malformed reference is an error.
    private func decode(_ range: Range<Int>, normalisingSpace: Bool = false) throws(Malformed) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            if byte == UInt8(ascii: "&") {
                guard let semicolon = bytes[position..<range.upperBound].firstIndex(of: UInt8(ascii: ";")), semicolon - position <= 12 else {
                    throw Malformed(message: .xmlStrayAmpersand(), offset: position)
                }
                let reference = String(decoding: bytes[(position + 1)..<semicolon], as: UTF8.self)
                guard let scalar = Self.resolve(reference) else {
                    throw Malformed(message: .xmlUnknownEntity(reference),
                                    offset: position)
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                position = semicolon + 1
            } else {
                out.append(normalisingSpace && Self.isSpace(byte) ? UInt8(ascii: " ") : byte)
                position += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func resolve(_ reference: String) -> Unicode.Scalar? {
        switch reference {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard reference.hasPrefix("#") else { return nil }
            let digits = reference.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return scalar
        }
    }

    /// The value of `name="..."` in the body of the XML declaration.
    private static func pseudoAttribute(_ name: String, in body: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: body, as: UTF8.self)
        guard let key = text.range(of: name) else { return nil }
        let rest = text[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func character(at index: Int, in bytes: [UInt8]) -> String {
        index < bytes.count ? String(decoding: [bytes[index]], as: UTF8.self) : "end of file"
    }
}
