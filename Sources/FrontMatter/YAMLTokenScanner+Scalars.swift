/// How far tags and block, quoted and plain scalars reach, following libyaml's scanner.
extension YAMLTokenScanner {
    /// libyaml's scan_to_next_token: spaces (tabs only in flow context or after an indicator),
    /// comments and line breaks; a byte order mark may start a line.
    mutating func skipToNextToken() {
        while true {
            if column == 0, matches(Self.byteOrderMark) { advance() }
            while let byte = peek(), byte == 0x20 || (byte == 0x09 && (flowLevel > 0 || !simpleKeyAllowed)) { advance() }
            if peek() == UInt8(ascii: "#") { skipToLineEnd() }
            guard breakLength() > 0 else { return }
            skipLineBreak()
            if flowLevel == 0 { simpleKeyAllowed = true }
        }
    }

    /// A tag is a run of non-blank characters; in flow context a ',' ends it. libyaml rejects a tag
    /// followed by anything else, so a longer run only happens where Yams reports an error.
    mutating func scanTag() {
        advance()
        if peek() == UInt8(ascii: "<") {
            while let byte = peek(), byte != UInt8(ascii: ">"), !isBlankOrEnd(at: 0) { advance() }
            if peek() == UInt8(ascii: ">") { advance() }
            return
        }
        while let byte = peek(), !isBlankOrEnd(at: 0), !(flowLevel > 0 && byte == UInt8(ascii: ",")) { advance() }
    }

    /// libyaml's scan_block_scalar: the header line, then every line indented at least as far as
    /// the first non-empty one (or the explicit indentation indicator). False where libyaml stops.
    mutating func scanBlockScalar() -> Bool {
        advance()
        var increment = 0
        for _ in 0..<2 {
            guard let byte = peek() else { break }
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                advance()
            } else if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") {
                increment = Int(byte - UInt8(ascii: "0"))
                advance()
            } else if byte == UInt8(ascii: "0") {
                return false
            }
        }
        while let byte = peek(), byte == 0x20 || byte == 0x09 { advance() }
        if peek() == UInt8(ascii: "#") { skipToLineEnd() }
        guard peek() == nil || breakLength() > 0 else { return false }
        if breakLength() > 0 { skipLineBreak() }
        var contentIndent = increment > 0 ? (indent >= 0 ? indent + increment : increment) : 0
        skipBlockScalarBreaks(&contentIndent)
        while column == contentIndent, peek() != nil {
            while peek() != nil, breakLength() == 0 { advance() }
            if breakLength() > 0 { skipLineBreak() }
            skipBlockScalarBreaks(&contentIndent)
        }
        return true
    }

    mutating func skipBlockScalarBreaks(_ contentIndent: inout Int) {
        var maxIndent = 0
        while true {
            while contentIndent == 0 || column < contentIndent, peek() == 0x20 { advance() }
            maxIndent = max(maxIndent, column)
            guard breakLength() > 0 else { break }
            skipLineBreak()
        }
        if contentIndent == 0 { contentIndent = max(maxIndent, indent + 1, 1) }
    }

    /// libyaml's scan_flow_scalar: up to the closing quote; `''` in single quotes and backslash
    /// escapes in double quotes do not close it. False where libyaml stops (end of input, a
    /// document marker at the start of a line).
    mutating func scanQuotedScalar(single: Bool) -> Bool {
        let quote = single ? UInt8(ascii: "'") : UInt8(ascii: "\"")
        advance()
        while true {
            if column == 0, isDocumentMarker() { return false }
            guard let byte = peek(), isAllowed(byte) else { return false }
            if breakLength() > 0 {
                skipLineBreak()
            } else if single, byte == quote, peek(at: 1) == quote {
                advance(2)
            } else if byte == quote {
                advance()
                return true
            } else if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") {
                // Most of a quoted text: one ASCII character, never a line break.
                position += 1
                column += 1
                index += 1
            } else if !single, byte == UInt8(ascii: "\\") {
                advance()
                if breakLength() > 0 { skipLineBreak(); continue }
                let code = peek()
                advance()
                let digits = code == UInt8(ascii: "x") ? 2 : code == UInt8(ascii: "u") ? 4 : code == UInt8(ascii: "U") ? 8 : 0
                for _ in 0..<digits where peek().map(isHexDigit) == true { advance() }
            } else {
                advance()
            }
        }
    }

    /// libyaml's scan_plain_scalar: runs of non-blank characters up to ': ' (and flow indicators
    /// in flow context), continued over spaces and line breaks while the next line is indented
    /// past the current block and does not start with '#' or a document marker.
    mutating func scanPlainScalar() -> Bool {
        let minimumColumn = indent + 1
        var leadingBlanks = false
        while true {
            if column == 0, isDocumentMarker() { break }
            if peek() == UInt8(ascii: "#") { break }
            while let byte = peek(), !isBlankOrEnd(at: 0) {
                guard isAllowed(byte) else { return false }
                if flowLevel > 0, byte == UInt8(ascii: ":"), let next = peek(at: 1), isFlowIndicator(next) || next == UInt8(ascii: "?") {
                    return false
                }
                if byte == UInt8(ascii: ":"), isBlankOrEnd(at: 1) { break }
                if flowLevel > 0, isFlowIndicator(byte) { break }
                leadingBlanks = false
                advance()
            }
            guard let byte = peek(), byte == 0x20 || byte == 0x09 || breakLength() > 0 else { break }
            while let byte = peek(), byte == 0x20 || byte == 0x09 || breakLength() > 0 {
                if byte == 0x09, leadingBlanks, column < minimumColumn { return false }
                if breakLength() > 0 {
                    skipLineBreak()
                    leadingBlanks = true
                } else {
                    advance()
                }
            }
            if flowLevel == 0, column < minimumColumn { break }
        }
        if leadingBlanks { simpleKeyAllowed = true }
        return true
    }
}
