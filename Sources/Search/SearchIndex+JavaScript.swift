import Foundation
import SiteModel

// A script rather than JSON because browsers refuse fetch() on file:// pages, and the site must work
// opened from a folder. The layout is JSON inside one assignment, one document or term per line so a
// diff of two builds stays readable.
//
// Written as UTF-8 bytes and made a String once at the end: appending to a String piece by piece (and
// scalar by scalar while escaping) was a visible part of a 10,000-page build.

extension SearchIndex {
    /// Version of the layout below; search.js refuses an index whose version it does not know.
    static let formatVersion = 1

    /// The index as `window.KENNISBANK_SEARCH = {...};`.
    func javascript() -> String {
        let sections = Array(Set(documents.map(\.section))).sorted()
        let sectionIDs = Dictionary(uniqueKeysWithValues: sections.enumerated().map { ($1, $0) })
        let kinds = SearchDocument.Kind.allCases
        var head: [UInt8] = []
        head.append(contentsOf: "/* Kennisbank search index, generated; format: docs/search.md */\n".utf8)
        head.append(contentsOf: "window.KENNISBANK_SEARCH = {\"version\":\(SearchIndex.formatVersion),\n".utf8)
        head.append(contentsOf: "\"kinds\":[".utf8)
        for (index, kind) in kinds.enumerated() {
            if index > 0 { head.append(0x2C) }
            JSONBytes.appendString(kind.rawValue, to: &head)
        }
        head.append(contentsOf: "],\n\"sections\":[".utf8)
        for (index, section) in sections.enumerated() {
            if index > 0 { head.append(0x2C) }
            JSONBytes.appendString(section, to: &head)
        }
        head.append(contentsOf: "],\n\"docs\":[\n".utf8)
        // Each document's line is independent; on a large site they are worth spreading over the cores,
        // in chunks written in document order.
        let documents = self.documents
        let lines = SearchIndex.chunks(of: documents.count).parallelMap { range -> [UInt8] in
            var bytes: [UInt8] = []
            for index in range {
                if index > 0 { bytes.append(contentsOf: [0x2C, 0x0A]) }  // ",\n"
                SearchIndex.appendLine(of: documents[index], section: sectionIDs[documents[index].section]!,
                                       kind: kinds.firstIndex(of: documents[index].kind)!, to: &bytes)
            }
            return bytes
        }
        var tail: [UInt8] = []
        // About 2 bytes per posting: most gaps and weights are below 32, one character each.
        tail.reserveCapacity(postings.count * 3 + terms.count * 16 + 32)
        tail.append(contentsOf: "],\n\"postings\":{\n".utf8)
        // Per term one string of numbers: document id gaps and weights, alternating (see `appendNumber`).
        for (term, name) in terms.enumerated() {
            if term > 0 { tail.append(contentsOf: [0x2C, 0x0A]) }  // ",\n"
            JSONBytes.appendString(name, to: &tail)
            tail.append(contentsOf: [0x3A, 0x22])  // :"
            var previous = 0
            for posting in postings[postingStarts[term]..<postingStarts[term + 1]] {
                SearchIndex.appendNumber(posting.id - previous, to: &tail)
                SearchIndex.appendNumber(posting.weight, to: &tail)
                previous = posting.id
            }
            tail.append(0x22)
        }
        tail.append(contentsOf: "}};\n".utf8)
        // The pieces are copied once, straight into the String's storage.
        let pieces = [head] + lines + [tail]
        return String(unsafeUninitializedCapacity: pieces.reduce(0) { $0 + $1.count }) { buffer in
            var offset = 0
            for piece in pieces {
                _ = UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(from: piece)
                offset += piece.count
            }
            return offset
        }
    }

    /// One document as `[url,title,section,kind,summary,[[heading,anchor],...]]`.
    private static func appendLine(of document: SearchDocument, section: Int, kind: Int, to out: inout [UInt8]) {
        out.append(0x5B)  // [
        JSONBytes.appendString(document.url, to: &out)
        out.append(0x2C)
        JSONBytes.appendString(document.title, to: &out)
        out.append(0x2C)
        out.append(contentsOf: String(section).utf8)
        out.append(0x2C)
        out.append(contentsOf: String(kind).utf8)
        out.append(0x2C)
        appendShortened(document.summary, to: &out)
        out.append(contentsOf: [0x2C, 0x5B])  // ,[
        for (index, heading) in document.headings.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(0x5B)
            JSONBytes.appendString(heading.text, to: &out)
            out.append(0x2C)
            JSONBytes.appendString(heading.anchor, to: &out)
            out.append(0x5D)
        }
        out.append(contentsOf: [0x5D, 0x5D])  // ]]
    }

    /// 64 characters that need no escaping in a JSON string; the first 32 end a number, the rest continue it.
    static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".unicodeScalars)

    /// Writes a non-negative number as 5-bit groups, lowest first: one character up to 31, two up to 1023.
    /// Half the size of decimal numbers in an array, and the browser parses one string instead of an array
    /// per term; search.js decodes only the terms of the query.
    static func appendNumber(_ number: Int, to out: inout String) {
        var bytes: [UInt8] = []
        appendNumber(number, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The same, into a byte buffer (all 64 digits are ASCII).
    static func appendNumber(_ number: Int, to out: inout [UInt8]) {
        var n = number
        while n >= 32 {
            out.append(asciiDigits[32 + (n & 31)])
            n >>= 5
        }
        out.append(asciiDigits[n])
    }

    static let asciiDigits: [UInt8] = digits.map { UInt8($0.value) }

    /// The summary as a JSON string: at most `SearchFieldWeight.summaryLength` characters, cut at a space,
    /// with an ellipsis.
    static func appendShortened(_ summary: String, to out: inout [UInt8]) {
        let ascii: [UInt8]? = SearchTokenizer.withUTF8(of: summary) { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            // In ASCII a character is a byte ("\r\n" is one character, but whitespace like its bytes), so
            // the same splitting, counting and cutting as `shortened(_:)` can work on bytes.
            var text: [UInt8] = []
            text.reserveCapacity(utf8.count)
            for byte in utf8 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    if text.last.map({ $0 != 0x20 }) ?? false { text.append(0x20) }
                } else {
                    text.append(byte)
                }
            }
            if text.last == 0x20 { text.removeLast() }
            guard text.count > SearchFieldWeight.summaryLength else { return text }
            let cut = text[..<SearchFieldWeight.summaryLength]
            text.removeSubrange((cut.lastIndex(of: 0x20) ?? cut.endIndex)...)
            text.append(contentsOf: "…".utf8)
            return text
        }
        if let ascii {
            ascii.withUnsafeBufferPointer { JSONBytes.appendString(utf8: $0, to: &out) }
        } else {
            JSONBytes.appendString(shortened(summary), to: &out)
        }
    }

    /// At most `SearchFieldWeight.summaryLength` characters, cut at a space, with an ellipsis.
    static func shortened(_ summary: String) -> String {
        let text = summary.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > SearchFieldWeight.summaryLength else { return text }
        let cut = text.prefix(SearchFieldWeight.summaryLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}
