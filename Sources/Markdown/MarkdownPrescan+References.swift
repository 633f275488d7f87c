import SiteModel

/// Link reference definitions and the bytes their uses would copy.
extension MarkdownPrescan {
    /// A bracket pair: a possible use of a link reference, and when ':' follows it a possible
    /// definition, whose destination and title every use would copy.
    mutating func recordLabel(from open: Int, to close: Int) {
        guard close - open <= 4_000 else { return }
        let key = labelKey(open + 1, close)
        labelUses[key, default: 0] += 1
        guard close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: ":") else { return }
        let size = definitionSize(after: close + 2)
        if size > definitions[key]?.size ?? -1 { definitions[key] = (size, open) }
    }

    /// cmark-gfm matches labels after Unicode case folding and collapsing white space. Case
    /// folding never turns a character into an ASCII digit or ASCII punctuation nor changes one,
    /// so labels that cmark-gfm matches share the sequence of those characters; '>' is left out
    /// too, because a label may run over lines that start with a block quote marker.
    func labelKey(_ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in start..<end {
            let byte = bytes[index]
            let digit = byte >= 0x30 && byte <= 0x39
            guard digit || (Self.isASCIIPunctuation(byte) && byte != UInt8(ascii: ">")) else { continue }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash
    }

    /// Bytes of the destination and title after a definition's ':' (at most: the destination runs
    /// to white space, the title to its closing quote or the paragraph's end). Definitions can
    /// follow each other closely ('[a]:[a]:...'), so the runs already scanned are remembered: a
    /// run that starts inside the previous one ends where it ended, which keeps the scans linear.
    mutating func definitionSize(after colon: Int) -> Int {
        var index = skipBlanks(from: colon)
        let destination = index
        index = runEnd(from: index, memo: &destinationRun) { !Self.isWhitespace($0) }
        var size = index - destination
        index = skipBlanks(from: index)
        guard index < bytes.count else { return size }
        let opener = bytes[index]
        let slot = opener == UInt8(ascii: "\"") ? 0 : opener == UInt8(ascii: "'") ? 1 : opener == UInt8(ascii: "(") ? 2 : -1
        guard slot >= 0 else { return size }
        let closer = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : opener
        let title = index + 1
        if let run = titleRuns[slot], title >= run.start, title < run.end {
            index = run.end
        } else {
            index = title
            var previousWasBreak = false
            while index < bytes.count, bytes[index] != closer {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    if previousWasBreak { break }
                    previousWasBreak = true
                } else if byte != 0x20 && byte != 0x09 && byte != UInt8(ascii: ">") {
                    previousWasBreak = false
                }
                index += byte == UInt8(ascii: "\\") ? 2 : 1
            }
            index = min(index, bytes.count)
            titleRuns[slot] = (title, index)
        }
        size += index - title
        return size
    }

    /// Skips spaces, tabs, '>' (block quote markers on a continuation line) and one line break.
    func skipBlanks(from start: Int) -> Int {
        var index = start, breaks = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ">") {
                index += 1
            } else if (byte == 0x0A || byte == 0x0D) && breaks == 0 {
                breaks += 1
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            } else {
                break
            }
        }
        return index
    }

    func runEnd(from start: Int, memo: inout (start: Int, end: Int)?, while belongs: (UInt8) -> Bool) -> Int {
        if let run = memo, start >= run.start, start < run.end { return run.end }
        var index = start
        while index < bytes.count, belongs(bytes[index]) { index += 1 }
        memo = (start, index)
        return index
    }

    mutating func referenceExpansion() -> MarkdownLimitViolation? {
        var total = referenceBytes
        var largest: (bytes: Int, offset: Int, uses: Int) = (0, 0, 0)
        for (key, definition) in definitions {
            let uses = labelUses[key] ?? 0
            let bytes = uses * definition.size
            total += bytes
            if bytes > largest.bytes { largest = (bytes, definition.offset, uses) }
        }
        referenceBytes = total
        guard total > InputLimits.maxReferenceExpansion else { return nil }
        return MarkdownLimitViolation(
            offset: largest.offset,
            message: .markdownReferenceCopies(total: total, uses: largest.uses),
            hint: .markdownReferenceCopiesHint())
    }
}
