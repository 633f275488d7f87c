import Foundation
import SiteModel

// Scripts rather than JSON because browsers refuse fetch() on file:// pages, and the site must work
// opened from a folder. The index is cut in parts so that a reader loads only what a query needs:
// `search-index.js` (the entry: the vocabulary, for typo tolerance and prefixes, and where the parts are),
// `search/terms-N.js` (postings of a range of terms, cut by term order as Pagefind does) and
// `search/docs-N.js` (what results show, for a range of document ids). Layout: docs/search.md.
//
// Written as UTF-8 bytes: appending to a String piece by piece (and scalar by scalar while escaping)
// was a visible part of a 10,000-page build.

extension SearchIndex {
    /// Version of the layout below; search.js refuses an index whose version it does not know.
    static let formatVersion = 2
    /// The entry, at the site root; search.js loads it when a reader first uses search.
    static let entryPath = "search-index.js"
    /// The folder of the parts.
    static let partsFolder = "search"
    /// A part is closed once it holds this many bytes; every part but the last is about this large.
    static let termPartBytes = 48 * 1024
    static let docPartBytes = 24 * 1024

    /// Every file of the index: the entry first, then the term parts and the document parts.
    /// `synonyms` are groups of phrases as terms (see `SearchSynonyms`).
    func files(synonyms: [[[String]]]) -> [OutputFile] {
        let sections = Array(Set(documents.map(\.section))).sorted()
        let sectionIDs = Dictionary(uniqueKeysWithValues: sections.enumerated().map { ($1, $0) })
        let kinds = SearchDocument.Kind.allCases
        let documents = self.documents
        // Each document's line is independent; on a large site they are worth spreading over the cores.
        let lines = SearchIndex.chunks(of: documents.count).parallelMap { range -> [[UInt8]] in
            range.map { index in
                var bytes: [UInt8] = []
                SearchIndex.appendLine(of: documents[index], section: sectionIDs[documents[index].section]!,
                                       kind: kinds.firstIndex(of: documents[index].kind)!, to: &bytes)
                return bytes
            }
        }.flatMap { $0 }
        var files: [OutputFile] = []
        var docParts: [Part] = []
        for range in Self.cut(lines.map(\.count), at: Self.docPartBytes) {
            var body: [UInt8] = [0x5B]  // [
            for index in range {
                if index > range.lowerBound { body.append(contentsOf: [0x2C, 0x0A]) }
                body += lines[index]
            }
            body.append(0x5D)
            let part = Part(name: "docs-\(docParts.count)", first: String(range.lowerBound), body: body)
            docParts.append(part)
            files.append(part.file)
        }
        var termParts: [Part] = []
        let entries = terms.indices.map { term -> [UInt8] in
            var bytes: [UInt8] = []
            JSONBytes.appendString(terms[term], to: &bytes)
            bytes.append(contentsOf: [0x3A, 0x22])  // :"
            var previous = 0
            for posting in postings[postingStarts[term]..<postingStarts[term + 1]] {
                SearchIndex.appendNumber(posting.id - previous, to: &bytes)
                SearchIndex.appendNumber(posting.weight, to: &bytes)
                previous = posting.id
            }
            bytes.append(0x22)
            return bytes
        }
        for range in Self.cut(entries.map(\.count), at: Self.termPartBytes) {
            var body: [UInt8] = [0x7B]  // {
            for index in range {
                body.append(contentsOf: index > range.lowerBound ? [0x2C, 0x0A] : [0x0A])
                body += entries[index]
            }
            body.append(0x7D)
            let first = termParts.isEmpty ? "" : terms[range.lowerBound]
            let part = Part(name: "terms-\(termParts.count)", first: first, body: body)
            termParts.append(part)
            files.append(part.file)
        }
        return [entry(sections: sections, docParts: docParts, termParts: termParts, synonyms: synonyms)] + files
    }

    /// One part file: a name, where its range starts (a document id or a term), and the file.
    struct Part {
        let name: String
        let first: String
        /// Changes with the data, so a browser never mixes an entry with parts of another build.
        let version: String
        let file: OutputFile
        var path: String { file.path }

        /// The part around `body`, its JSON data.
        init(name: String, first: String, body: [UInt8]) {
            self.name = name
            self.first = first
            // The same hash and length as the asset manifest's names (AssetManifest.hashLength).
            version = String(SHA256.hex(body).prefix(8))
            var bytes = Array("/* Kennisbank search index part, generated; format: docs/search.md */\n".utf8)
            bytes += Array("(window.KENNISBANK_SEARCH_PARTS = window.KENNISBANK_SEARCH_PARTS || {})[\"\(name)\"] = {\"v\":\"\(version)\",\"data\":".utf8)
            bytes += body
            bytes += Array("};\n".utf8)
            file = OutputFile(path: "\(SearchIndex.partsFolder)/\(name).js", data: Data(bytes))
        }
    }

    /// Consecutive ranges of `sizes` of about `limit` bytes each; always at least one range.
    static func cut(_ sizes: [Int], at limit: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0, bytes = 0
        for (index, size) in sizes.enumerated() {
            bytes += size + 2
            if bytes >= limit {
                ranges.append(start..<index + 1)
                start = index + 1
                bytes = 0
            }
        }
        if start < sizes.count || ranges.isEmpty { ranges.append(start..<sizes.count) }
        return ranges
    }

    /// The entry: counts, sections, where the parts are, synonyms and the vocabulary.
    private func entry(sections: [String], docParts: [Part], termParts: [Part], synonyms: [[[String]]]) -> OutputFile {
        var out: [UInt8] = []
        out += Array("/* Kennisbank search index, generated; format: docs/search.md */\n".utf8)
        out += Array("window.KENNISBANK_SEARCH = {\"version\":\(SearchIndex.formatVersion),\"docCount\":\(documents.count),\n".utf8)
        out += Array("\"kinds\":".utf8)
        appendStrings(SearchDocument.Kind.allCases.map(\.rawValue), to: &out)
        out += Array(",\n\"sections\":".utf8)
        appendStrings(sections, to: &out)
        for (key, parts) in [("docParts", docParts), ("termParts", termParts)] {
            out += Array(",\n\"\(key)\":[".utf8)
            for (index, part) in parts.enumerated() {
                if index > 0 { out.append(0x2C) }
                out.append(0x5B)
                if key == "docParts" { out += Array(part.first.utf8) } else { JSONBytes.appendString(part.first, to: &out) }
                out.append(0x2C)
                JSONBytes.appendString(part.path, to: &out)
                out.append(0x2C)
                JSONBytes.appendString(part.version, to: &out)
                out += Array(",\(part.file.data.count)]".utf8)
            }
            out.append(0x5D)
        }
        out += Array(",\n\"synonyms\":[".utf8)
        for (index, group) in synonyms.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(0x5B)
            for (p, phrase) in group.enumerated() {
                if p > 0 { out.append(0x2C) }
                appendStrings(phrase, to: &out)
            }
            out.append(0x5D)
        }
        out.append(0x5D)
        let vocabulary = SearchVocabulary(index: self)
        out += Array(",\n\"terms\":".utf8)
        JSONBytes.appendString(vocabulary.terms, to: &out)
        out += Array(",\n\"info\":".utf8)
        JSONBytes.appendString(vocabulary.info, to: &out)
        out += Array(",\n\"forms\":".utf8)
        JSONBytes.appendString(vocabulary.forms, to: &out)
        out += Array("};\n".utf8)
        return OutputFile(path: SearchIndex.entryPath, data: Data(out))
    }

    private func appendStrings(_ strings: [String], to out: inout [UInt8]) {
        out.append(0x5B)
        for (index, string) in strings.enumerated() {
            if index > 0 { out.append(0x2C) }
            JSONBytes.appendString(string, to: &out)
        }
        out.append(0x5D)
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
