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

    let bytes: [UInt8]
    let maxDepth: Int
    var position = 0
    /// libyaml's mark: line and column (in characters) and the character index.
    var line = 0, column = 0, index = 0
    var flowLevel = 0
    var indent = -1
    var indents: [Int] = []
    var simpleKeyAllowed = true
    /// The possible simple key of the block context (libyaml's bottom `simple_keys` entry); the
    /// keys of flow levels never change the indentation, so they are not tracked.
    var blockKey: (line: Int, column: Int, index: Int)?

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
    mutating func startOver() {
        unrollIndent(to: -1)
        blockKey = nil
        simpleKeyAllowed = false
    }

    mutating func rollIndent(to newColumn: Int) -> Hazard? {
        guard flowLevel == 0, indent < newColumn else { return nil }
        indents.append(indent)
        indent = newColumn
        return depthHazard()
    }

    mutating func unrollIndent(to newColumn: Int) {
        guard flowLevel == 0 else { return }
        while indent > newColumn, let previous = indents.popLast() { indent = previous }
    }

    func depthHazard() -> Hazard? {
        indents.count + flowLevel > maxDepth ? Hazard(kind: .nesting, line: line, column: column) : nil
    }

    mutating func saveSimpleKey() {
        if simpleKeyAllowed && flowLevel == 0 { blockKey = (line, column, index) }
    }

    // MARK: Characters

    func canStartPlainScalar(_ byte: UInt8) -> Bool {
        let indicators = Array("-?:,[]{}#&*!|>'\"%@`".utf8)
        if !isBlankOrEnd(at: 0) && !indicators.contains(byte) { return true }
        if byte == UInt8(ascii: "-"), let next = peek(at: 1), next != 0x20, next != 0x09 { return true }
        return flowLevel == 0 && (byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")) && !isBlankOrEnd(at: 1)
    }

    func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
    }

    /// libyaml's reader refuses control characters (and the NUL that ends its buffer), so
    /// nothing after one is ever composed.
    func isAllowed(_ byte: UInt8) -> Bool {
        byte >= 0x20 ? byte != 0x7F : (byte == 0x09 || byte == 0x0A || byte == 0x0D)
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let documentStart = Array("---".utf8), documentEnd = Array("...".utf8)

    func isDocumentMarker() -> Bool {
        (matches(Self.documentStart) || matches(Self.documentEnd)) && isBlankOrEnd(at: 3)
    }

    /// True for a space, tab, line break or the end of the text at `offset` bytes ahead.
    func isBlankOrEnd(at offset: Int) -> Bool {
        let at = position + offset
        guard at < bytes.count else { return true }
        let byte = bytes[at]
        return byte == 0x20 || byte == 0x09 || byte == 0 || breakLength(at: at) > 0
    }

    /// The length in bytes of the line break at `at` (CR, LF, CR LF, NEL, LS, PS), or 0.
    func breakLength(at offset: Int? = nil) -> Int {
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

    func peek(at offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    func matches(_ prefix: [UInt8]) -> Bool {
        position + prefix.count <= bytes.count && bytes[position..<position + prefix.count].elementsEqual(prefix)
    }

    /// Moves past `count` characters (not bytes) on the current line.
    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where position < bytes.count {
            position += 1
            while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
            column += 1
            index += 1
        }
    }

    mutating func skipLineBreak() {
        let length = breakLength()
        position += length
        index += length == 2 && bytes[position - 2] == 0x0D ? 2 : 1
        line += 1
        column = 0
    }

    mutating func skipToLineEnd() {
        while peek() != nil, breakLength() == 0 { advance() }
    }
}
