/// Finds the first anchor, alias or too-deep nesting in YAML text without building anything, by
/// following the token rules of libyaml's scanner (scanner.c of the libyaml 0.2.5 that Yams
/// bundles): where tokens start, how far quoted, block and plain scalars reach, and the block
/// indentation and flow levels that decide both.
///
/// It has to run before Yams: Yams resolves aliases while it composes (an alias becomes the
/// anchored node itself) and hashes every mapping key to find duplicates, so a 'billion laughs'
/// key would already cost exponential time inside `Yams.compose`. Only token boundaries matter
/// here. Where libyaml would stop with a syntax error, this scanner may go on or stop: Yams then
/// reports that error and composes nothing after it, so what the scanner does there is harmless.
struct YAMLTokenScanner {
    /// What front matter may not contain, at a 0-based line and 0-based character column of the text.
    struct Hazard: Equatable {
        enum Kind: Equatable { case anchor, alias, nesting }
        var kind: Kind
        var line: Int
        var column: Int
    }

    private let bytes: [UInt8]
    private let maxDepth: Int
    private var position = 0
    /// libyaml's mark: line and column (in characters) and the character index.
    private var line = 0, column = 0, index = 0
    private var flowLevel = 0
    private var indent = -1
    private var indents: [Int] = []
    private var simpleKeyAllowed = true
    /// The possible simple key of the block context (libyaml's bottom `simple_keys` entry); the
    /// keys of flow levels never change the indentation, so they are not tracked.
    private var blockKey: (line: Int, column: Int, index: Int)?

    init(_ text: String, maxDepth: Int) {
        bytes = Array(text.utf8)
        self.maxDepth = maxDepth
        // libyaml's reader drops a byte order mark at the very start before the scanner counts columns.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The first hazard in document order, or nil.
    mutating func firstHazard() -> Hazard? {
        while true {
            skipToNextToken()
            if let key = blockKey, key.line < line || key.index + 1024 < index { blockKey = nil }
            unrollIndent(to: column)
            guard let byte = peek(), isAllowed(byte) else { return nil }
            if column == 0, byte == UInt8(ascii: "%") {
                startOver()
                skipToLineEnd()
                if breakLength() > 0 { skipLineBreak() }
                continue
            }
            if column == 0, isDocumentMarker() {
                startOver()
                advance(3)
                continue
            }
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                saveSimpleKey()
                flowLevel += 1
                simpleKeyAllowed = true
                if let hazard = depthHazard() { return hazard }
                advance()
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if flowLevel > 0 { flowLevel -= 1 } else { blockKey = nil }
                simpleKeyAllowed = false
                advance()
            case UInt8(ascii: ","):
                if flowLevel == 0 { blockKey = nil }
                simpleKeyAllowed = true
                advance()
            case UInt8(ascii: "-") where isBlankOrEnd(at: 1):
                if flowLevel == 0 {
                    guard simpleKeyAllowed else { return nil }
                    if let hazard = rollIndent(to: column) { return hazard }
                    blockKey = nil
                }
                simpleKeyAllowed = true
                advance()
            case UInt8(ascii: "?") where flowLevel > 0 || isBlankOrEnd(at: 1):
                if flowLevel == 0 {
                    guard simpleKeyAllowed else { return nil }
                    if let hazard = rollIndent(to: column) { return hazard }
                    blockKey = nil
                }
                simpleKeyAllowed = flowLevel == 0
                advance()
            case UInt8(ascii: ":") where flowLevel > 0 || isBlankOrEnd(at: 1):
                if flowLevel == 0 {
                    if let key = blockKey {
                        if let hazard = rollIndent(to: key.column) { return hazard }
                        blockKey = nil
                        simpleKeyAllowed = false
                    } else {
                        guard simpleKeyAllowed else { return nil }
                        if let hazard = rollIndent(to: column) { return hazard }
                        simpleKeyAllowed = true
                    }
                } else {
                    simpleKeyAllowed = false
                }
                advance()
            case UInt8(ascii: "*"):
                return Hazard(kind: .alias, line: line, column: column)
            case UInt8(ascii: "&"):
                return Hazard(kind: .anchor, line: line, column: column)
            case UInt8(ascii: "!"):
                saveSimpleKey()
                simpleKeyAllowed = false
                scanTag()
            case UInt8(ascii: "|") where flowLevel == 0, UInt8(ascii: ">") where flowLevel == 0:
                blockKey = nil
                simpleKeyAllowed = true
                guard scanBlockScalar() else { return nil }
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                saveSimpleKey()
                simpleKeyAllowed = false
                guard scanQuotedScalar(single: byte == UInt8(ascii: "'")) else { return nil }
            default:
                guard canStartPlainScalar(byte) else { return nil }
                saveSimpleKey()
                simpleKeyAllowed = false
                guard scanPlainScalar() else { return nil }
            }
        }
    }

    // MARK: Indentation and simple keys

    /// A directive or document marker: back to the top level, with no key pending.
    private mutating func startOver() {
        unrollIndent(to: -1)
        blockKey = nil
        simpleKeyAllowed = false
    }

    private mutating func rollIndent(to newColumn: Int) -> Hazard? {
        guard flowLevel == 0, indent < newColumn else { return nil }
        indents.append(indent)
        indent = newColumn
        return depthHazard()
    }

    private mutating func unrollIndent(to newColumn: Int) {
        guard flowLevel == 0 else { return }
        while indent > newColumn, let previous = indents.popLast() { indent = previous }
    }

    private func depthHazard() -> Hazard? {
        indents.count + flowLevel > maxDepth ? Hazard(kind: .nesting, line: line, column: column) : nil
    }

    private mutating func saveSimpleKey() {
        if simpleKeyAllowed && flowLevel == 0 { blockKey = (line, column, index) }
    }

    // MARK: Scalars and tags

    /// libyaml's scan_to_next_token: spaces (tabs only in flow context or after an indicator),
    /// comments and line breaks; a byte order mark may start a line.
    private mutating func skipToNextToken() {
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
    private mutating func scanTag() {
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
    private mutating func scanBlockScalar() -> Bool {
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

    private mutating func skipBlockScalarBreaks(_ contentIndent: inout Int) {
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
    private mutating func scanQuotedScalar(single: Bool) -> Bool {
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
    private mutating func scanPlainScalar() -> Bool {
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

    // MARK: Characters

    private func canStartPlainScalar(_ byte: UInt8) -> Bool {
        let indicators = Array("-?:,[]{}#&*!|>'\"%@`".utf8)
        if !isBlankOrEnd(at: 0) && !indicators.contains(byte) { return true }
        if byte == UInt8(ascii: "-"), let next = peek(at: 1), next != 0x20, next != 0x09 { return true }
        return flowLevel == 0 && (byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")) && !isBlankOrEnd(at: 1)
    }

    private func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    private func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
    }

    /// libyaml's reader refuses control characters (and the NUL that ends its buffer), so
    /// nothing after one is ever composed.
    private func isAllowed(_ byte: UInt8) -> Bool {
        byte >= 0x20 ? byte != 0x7F : (byte == 0x09 || byte == 0x0A || byte == 0x0D)
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let documentStart = Array("---".utf8), documentEnd = Array("...".utf8)

    private func isDocumentMarker() -> Bool {
        (matches(Self.documentStart) || matches(Self.documentEnd)) && isBlankOrEnd(at: 3)
    }

    /// True for a space, tab, line break or the end of the text at `offset` bytes ahead.
    private func isBlankOrEnd(at offset: Int) -> Bool {
        let at = position + offset
        guard at < bytes.count else { return true }
        let byte = bytes[at]
        return byte == 0x20 || byte == 0x09 || byte == 0 || breakLength(at: at) > 0
    }

    /// The length in bytes of the line break at `at` (CR, LF, CR LF, NEL, LS, PS), or 0.
    private func breakLength(at offset: Int? = nil) -> Int {
        let at = offset ?? position
        guard at < bytes.count else { return 0 }
        switch bytes[at] {
        case 0x0A: return 1
        case 0x0D: return at + 1 < bytes.count && bytes[at + 1] == 0x0A ? 2 : 1
        case 0xC2: return at + 1 < bytes.count && bytes[at + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return at + 2 < bytes.count && bytes[at + 1] == 0x80 && (bytes[at + 2] == 0xA8 || bytes[at + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    private func peek(at offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func matches(_ prefix: [UInt8]) -> Bool {
        position + prefix.count <= bytes.count && bytes[position..<position + prefix.count].elementsEqual(prefix)
    }

    /// Moves past `count` characters (not bytes) on the current line.
    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where position < bytes.count {
            position += 1
            while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
            column += 1
            index += 1
        }
    }

    private mutating func skipLineBreak() {
        let length = breakLength()
        position += length
        index += length == 2 && bytes[position - 2] == 0x0D ? 2 : 1
        line += 1
        column = 0
    }

    private mutating func skipToLineEnd() {
        while peek() != nil, breakLength() == 0 { advance() }
    }
}
