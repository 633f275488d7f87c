import SiteModel

/// One linear pass over Markdown source that finds, before cmark-gfm parses it, the shapes that
/// cmark-gfm 0.29.0.gfm.6 (the Debian library we link) handles in more than linear time or memory.
/// Each check over-approximates what cmark-gfm will do (a paragraph here is everything between
/// blank lines, a table goes on to the next blank line, a link label is compared with its letters
/// left out), so that no input slips past a check; the limits in `InputLimits` sit far above what
/// real pages need, so the over-approximation costs no real page anything.
struct MarkdownPrescan {
    let bytes: UnsafeBufferPointer<UInt8>

    // Per paragraph (text between blank lines).
    var opened = 0, unmatched = 0, lines = 0, paragraphBytes = 0, pipes = 0
    var ats = 0, firstAt = 0
    var pairStart: Int?
    // Per table (from a delimiter row to the next blank line).
    var table: (columns: Int, cells: Int, bytes: Int)?
    var previousLine = (start: 0, pipes: 0, bytes: 0)
    // Per text.
    var bracketWork = 0, emailWork = 0, headerWork = 0, referenceBytes = 0
    /// Link reference labels by `labelKey`: how often a bracket pair has that key, and the largest
    /// definition (destination and title) written with it.
    var labelUses: [UInt64: Int] = [:]
    var definitions: [UInt64: (size: Int, offset: Int)] = [:]
    var destinationRun: (start: Int, end: Int)?
    /// The last title scanned for each of the openers '"', "'" and '('.
    var titleRuns: [(start: Int, end: Int)?] = [nil, nil, nil]
    // Block structure: at most how many containers (block quotes, list items, footnote
    // definitions) can be open after the lines read so far, and whether the last line was blank.
    var openContainers = 0, afterBlank = true

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The first limit `text` breaks, or else where each line starts (after every LF, which
    /// `MarkdownDocument` maps positions with; the pass reads every byte anyway).
    /// The work budgets start from what `budget` has spent already, and it is charged with this text's.
    static func check(_ text: UnsafeBufferPointer<UInt8>, budget: MarkdownWorkBudget) -> Result<[Int], MarkdownLimitViolation> {
        var scan = MarkdownPrescan(text)
        (scan.bracketWork, scan.emailWork, scan.headerWork, scan.referenceBytes)
            = (budget.bracketWork, budget.emailWork, budget.headerWork, budget.referenceBytes)
        defer {
            (budget.bracketWork, budget.emailWork, budget.headerWork, budget.referenceBytes)
                = (scan.bracketWork, scan.emailWork, scan.headerWork, scan.referenceBytes)
        }
        var lineStarts = [0]
        var start = 0
        while start < text.count {
            if let violation = scan.line(from: start, next: &start) { return .failure(violation) }
            if text[start - 1] == 0x0A { lineStarts.append(start) }
        }
        if let violation = scan.endParagraph() ?? scan.referenceExpansion() { return .failure(violation) }
        return .success(lineStarts)
    }

    /// Line breaks and the characters the checks count: one test per byte finds the next of them.
    private static let lowSpecials: UInt64 = 1 << 0x0A | 1 << 0x0D
    private static let highSpecials: UInt64 = 1 << (0x40 - 64) | 1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5D - 64) | 1 << (0x7C - 64)

    /// True when one of the eight bytes of `word` may be special (exact: a byte of `word ^ t` is
    /// zero exactly where `word` holds `t`, and the test below finds a zero byte without error).
    @inline(__always)
    private static func mayHoldSpecial(_ word: UInt64) -> Bool {
        @inline(__always) func holds(_ byte: UInt64) -> UInt64 {
            let x = word ^ (byte &* 0x0101_0101_0101_0101)
            return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
        }
        return holds(0x0A) | holds(0x0D) | holds(0x40) | holds(0x5B) | holds(0x5C) | holds(0x5D) | holds(0x7C) != 0
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 64 ? (lowSpecials >> byte) & 1 != 0 : byte < 128 && (highSpecials >> (byte - 64)) & 1 != 0
    }

    /// Checks the line that starts at `start` and sets `next` to where the following one starts.
    mutating func line(from start: Int, next: inout Int) -> MarkdownLimitViolation? {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        if isLineEnd(index) {
            next = afterLineBreak(index)
            // Open list items go on past a blank line; nothing after it can continue lazily.
            afterBlank = true
            return endParagraph()
        }
        let content: Int
        switch containerPrefix(start) {
        case .success(let prefix):
            content = prefix.content
            // After a blank line the containers this line does not continue are closed. After
            // other text the line may be a lazy continuation that keeps all of them open.
            openContainers = afterBlank ? prefix.depth : max(openContainers, prefix.depth)
            afterBlank = false
            // A new list item or a heading ends the paragraph before it, whatever follows.
            if prefix.startsBlock, let violation = endParagraph(keepingTable: true) { return violation }
        case .failure(let violation):
            return violation
        }
        var linePipes = 0
        index = content
        // The buffer and its length in locals: through `self` they would be reloaded on every byte.
        let buffer = bytes, count = bytes.count
        while true {
            if let base = buffer.baseAddress {
                // Eight bytes at a time past text without any of the characters looked for.
                while index + 8 <= count, !Self.mayHoldSpecial(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                }
            }
            while index < count, !Self.isSpecial(buffer[index]) { index += 1 }
            if isLineEnd(index) { break }
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                if index + 1 < bytes.count, Self.isASCIIPunctuation(bytes[index + 1]) { index += 1 }
            case UInt8(ascii: "["):
                opened += 1
                unmatched += 1
                pairStart = index
                if unmatched > InputLimits.maxOpenBrackets {
                    return MarkdownLimitViolation(
                        offset: index, message: .markdownOpenBrackets(InputLimits.maxOpenBrackets),
                        hint: .markdownOpenBracketsHint())
                }
            case UInt8(ascii: "]"):
                unmatched = max(0, unmatched - 1)
                bracketWork += opened
                if bracketWork > InputLimits.maxBracketWork {
                    return MarkdownLimitViolation(
                        offset: index, message: .markdownBracketWork(), hint: .markdownBracketWorkHint())
                }
                if let pairStart { recordLabel(from: pairStart, to: index) }
                pairStart = nil
            case UInt8(ascii: "|"):
                linePipes += 1
                if table != nil, linePipes > InputLimits.maxTableColumns + 1 {
                    return MarkdownLimitViolation(
                        offset: index, message: .markdownTableColumns(InputLimits.maxTableColumns), hint: .markdownTableColumnsHint())
                }
            default:
                if ats == 0 { firstAt = index }
                ats += 1
            }
            index += 1
        }
        next = afterLineBreak(index)
        let lineBytes = next - start
        if let violation = tableRow(start, content, index, lineBytes: lineBytes) { return violation }
        pipes += linePipes
        lines += 1
        paragraphBytes += lineBytes
        previousLine = (start, linePipes, lineBytes)
        return nil
    }

    func isLineEnd(_ index: Int) -> Bool {
        index >= bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D
    }

    func afterLineBreak(_ index: Int) -> Int {
        guard index < bytes.count else { return index }
        return index + (bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1)
    }

    // MARK: Block structure

    /// Skips the line's container markers ('>', list markers, footnote definitions) and indentation,
    /// counting how deep they can nest (`depth`). As in cmark-gfm, a line first continues
    /// containers that are open (a block quote by its '>', a list item or footnote definition by
    /// indentation: at least two columns each, as the narrowest item '- ' indents its content by
    /// two) and then opens new ones, each with a marker. So every marker is at most one level, and
    /// indentation at most one level per two columns, only up to `openContainers` and only before
    /// the first list item or footnote definition the line opens (nothing after an opened container
    /// continues one), not counting the one space that belongs to each '>'. The spaces that align
    /// code in a fence, in an indented code block, an HTML block or a table nest nothing.
    ///
    /// `startsBlock` is true when the line certainly begins a new paragraph: a bullet item or an
    /// item numbered 1 with text after it, or an ATX heading, indented less than four columns from
    /// the marker before it (more would make it paragraph text or code). Other items can continue
    /// a paragraph, so they are left to the blank line.
    func containerPrefix(_ start: Int) -> Result<(content: Int, depth: Int, startsBlock: Bool), MarkdownLimitViolation> {
        var index = start, markers = 0, columns = 0
        var opened = false, quoteSpace = false
        func depth() -> Int { markers + min(openContainers, columns / 2) }
        var gap = 0, afterQuote = false, codeIndented = false, startsBlock = false
        while !isLineEnd(index) {
            let byte = bytes[index]
            let opensItem: Bool
            if byte == 0x20 || byte == 0x09 {
                let width = byte == 0x20 ? 1 : 4
                if !opened { columns += quoteSpace ? width - 1 : width }
                quoteSpace = false
                gap += width
                index += 1
                if depth() > InputLimits.maxBlockNesting { return .failure(tooDeep(at: index - 1)) }
                continue
            }
            codeIndented = codeIndented || gap > (afterQuote ? 4 : 3)
            quoteSpace = false
            if byte == UInt8(ascii: ">") {
                markers += 1
                index += 1
                afterQuote = true
                quoteSpace = true
                opensItem = false
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*"), isBlankOrEnd(index + 1) {
                markers += 1
                index += 1
                afterQuote = false
                opensItem = true
                opened = true
            } else if let after = orderedMarkerEnd(index) {
                opensItem = after - index == 2 && bytes[index] == UInt8(ascii: "1")
                markers += 1
                index = after
                afterQuote = false
                opened = true
            } else if let after = footnoteMarkerEnd(index) {
                markers += 1
                index = after
                afterQuote = false
                opensItem = false
                opened = true
            } else {
                if !codeIndented, byte == UInt8(ascii: "#") {
                    var hashes = index
                    while hashes < bytes.count, bytes[hashes] == UInt8(ascii: "#"), hashes - index < 7 { hashes += 1 }
                    startsBlock = startsBlock || (hashes - index <= 6 && isBlankOrEnd(hashes))
                }
                break
            }
            if opensItem, !codeIndented, hasText(after: index) { startsBlock = true }
            gap = 0
            if depth() > InputLimits.maxBlockNesting { return .failure(tooDeep(at: index - 1)) }
        }
        return .success((index, depth(), startsBlock))
    }

    func tooDeep(at offset: Int) -> MarkdownLimitViolation {
        MarkdownLimitViolation(
            offset: offset, message: .markdownBlockNesting(InputLimits.maxBlockNesting), hint: .markdownBlockNestingHint())
    }

    /// True when something other than spaces and tabs follows on the line.
    func hasText(after start: Int) -> Bool {
        var index = start
        while !isLineEnd(index) {
            if bytes[index] != 0x20 && bytes[index] != 0x09 { return true }
            index += 1
        }
        return false
    }

    func orderedMarkerEnd(_ start: Int) -> Int? {
        var index = start
        while index < bytes.count, index - start < 9, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        guard index > start, !isLineEnd(index), bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")"),
              isBlankOrEnd(index + 1) else { return nil }
        return index + 1
    }

    func footnoteMarkerEnd(_ start: Int) -> Int? {
        guard start + 1 < bytes.count, bytes[start] == UInt8(ascii: "["), bytes[start + 1] == UInt8(ascii: "^") else { return nil }
        var index = start + 2
        while !isLineEnd(index), index - start < 1_000, bytes[index] != UInt8(ascii: "]") { index += 1 }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: ":") else { return nil }
        return index + 2
    }

    /// Closes the paragraph (and, at a blank line, the table).
    mutating func endParagraph(keepingTable: Bool = false) -> MarkdownLimitViolation? {
        emailWork += min(ats, 1_000) * paragraphBytes
        let violation = emailWork > InputLimits.maxEmailWork
            ? MarkdownLimitViolation(offset: firstAt, message: .markdownTooManyAt(), hint: .markdownTooManyAtHint())
            : nil
        opened = 0; unmatched = 0; lines = 0; paragraphBytes = 0; pipes = 0; ats = 0
        pairStart = nil
        if !keepingTable { table = nil }
        return violation
    }

    // MARK: Characters

    func isBlankOrEnd(_ index: Int) -> Bool {
        isLineEnd(index) || bytes[index] == 0x20 || bytes[index] == 0x09
    }

    static func isTableSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }
}
