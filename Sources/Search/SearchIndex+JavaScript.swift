import Foundation

// A script rather than JSON because browsers refuse fetch() on file:// pages, and the site must work
// opened from a folder. The layout is JSON inside one assignment, one document or term per line so a
// diff of two builds stays readable.

extension SearchIndex {
    /// Version of the layout below; search.js refuses an index whose version it does not know.
    static let formatVersion = 1

    /// The index as `window.KENNISBANK_SEARCH = {...};`.
    func javascript() -> String {
        let sections = Array(Set(documents.map(\.section))).sorted()
        let sectionIDs = Dictionary(uniqueKeysWithValues: sections.enumerated().map { ($1, $0) })
        let kinds = SearchDocument.Kind.allCases
        var out = "/* Kennisbank search index, generated; format: docs/search.md */\n"
        out += "window.KENNISBANK_SEARCH = {\"version\":\(SearchIndex.formatVersion),\n"
        out += "\"kinds\":[" + kinds.map { json($0.rawValue) }.joined(separator: ",") + "],\n"
        out += "\"sections\":[" + sections.map(json).joined(separator: ",") + "],\n"
        out += "\"docs\":[\n"
        // Each document's line is independent; on a large site this loop is worth spreading over the cores.
        let lines = LineResults(count: documents.count)
        let documents = self.documents
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let document = documents[index]
            let headings = document.headings.map { "[\(json($0.text)),\(json($0.anchor))]" }
            lines.store("[" + [
                json(document.url), json(document.title), String(sectionIDs[document.section]!),
                String(kinds.firstIndex(of: document.kind)!), json(shortened(document.summary)),
                "[" + headings.joined(separator: ",") + "]",
            ].joined(separator: ",") + "]", at: index)
        }
        out += lines.values().joined(separator: ",\n")
        out += "],\n\"postings\":{\n"
        // Per term one string of numbers: document id gaps and weights, alternating (see `appendNumber`).
        // Built as bytes: appending scalar by scalar to a String was a visible part of a 10,000-page build.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(postings.count * 24)
        var firstTerm = true
        for term in postings.keys.sorted() {
            if !firstTerm { bytes.append(contentsOf: [0x2C, 0x0A]) }  // ",\n"
            firstTerm = false
            bytes.append(contentsOf: json(term).utf8)
            bytes.append(contentsOf: [0x3A, 0x22])  // ":\""
            var previous = 0
            for posting in postings[term]! {
                SearchIndex.appendNumber(posting.document - previous, to: &bytes)
                SearchIndex.appendNumber(posting.weight, to: &bytes)
                previous = posting.document
            }
            bytes.append(0x22)
        }
        out += String(decoding: bytes, as: UTF8.self)
        out += "}};\n"
        return out
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

    /// At most `SearchFieldWeight.summaryLength` characters, cut at a space, with an ellipsis.
    private func shortened(_ summary: String) -> String {
        let text = summary.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > SearchFieldWeight.summaryLength else { return text }
        let cut = text.prefix(SearchFieldWeight.summaryLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    /// A JSON string literal. U+2028 and U+2029 are escaped too: they end a line in older JavaScript.
    private func json(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c" // keeps a stray "</script>" inert if the index is ever inlined
            default:
                if scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// One JSON line per document, written from several threads; each slot is written once.
private final class LineResults: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<String>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(count, 1))
        storage.initialize(repeating: "", count: max(count, 1))
    }

    deinit {
        storage.deinitialize(count: max(count, 1))
        storage.deallocate()
    }

    func store(_ line: String, at index: Int) { storage[index] = line }

    func values() -> [String] { (0..<count).map { storage[$0] } }
}
