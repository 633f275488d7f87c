import Foundation
import SiteModel
import Testing
@testable import Search

/// The files of an index read back: the entry's object, every document row and every postings string,
/// so tests can check what search.js will see without a browser.
struct ParsedIndex {
    let entry: [String: Any]
    /// Rows `[url, title, section, kind, summary, headings]` by document id.
    let docs: [[Any]]
    /// Term or name key -> encoded postings.
    let postings: [String: String]
    /// Part name -> its data, as written.
    let parts: [String: Any]

    init(_ files: [OutputFile]) throws {
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
        let entryText = try #require(byPath["search-index.js"])
        entry = try #require(try Self.object(after: "window.KENNISBANK_SEARCH = ", in: entryText) as? [String: Any])
        var parts: [String: Any] = [:]
        for (path, text) in byPath where path.hasPrefix("search/") {
            let name = String(path.dropFirst("search/".count).dropLast(".js".count))
            let part = try #require(try Self.object(after: "[\"\(name)\"] = ", in: text) as? [String: Any])
            parts[name] = part["data"]
        }
        self.parts = parts
        var docs: [[Any]] = []
        for part in try #require(entry["docParts"] as? [[Any]]) {
            let name = try Self.name(of: part)
            #expect(part[0] as? Int == docs.count, "doc part \(name) starts at the wrong id")
            docs += try #require(parts[name] as? [[Any]])
        }
        self.docs = docs
        var postings: [String: String] = [:]
        var previousFirst: String?
        for part in try #require(entry["termParts"] as? [[Any]]) {
            let name = try Self.name(of: part)
            let first = try #require(part[0] as? String)
            if let previousFirst { #expect(SearchIndex.precedes(previousFirst, first)) }
            previousFirst = first
            let data = try #require(parts[name] as? [String: String])
            for key in data.keys { #expect(!SearchIndex.precedes(key, first), "\(key) is in part \(name), before its start \(first)") }
            postings.merge(data) { a, _ in a }
        }
        self.postings = postings
    }

    /// "search/terms-0.js" -> "terms-0".
    static func name(of part: [Any]) throws -> String {
        let path = try #require(part[1] as? String)
        return String(path.dropFirst("search/".count).dropLast(".js".count))
    }

    /// The JSON value written after `marker` up to the closing ";" of the script.
    static func object(after marker: String, in script: String) throws -> Any {
        let start = try #require(script.range(of: marker)).upperBound
        var body = String(script[start...]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(body.hasSuffix(";"))
        body.removeLast()
        return try JSONSerialization.jsonObject(with: Data(body.utf8))
    }

    /// The numbers of one postings string (5-bit groups, lowest first; a digit below 32 ends a number).
    static func numbers(_ encoded: String) throws -> [Int] {
        var result: [Int] = []
        var value = 0, shift = 0
        for scalar in encoded.unicodeScalars {
            let digit = try #require(SearchIndex.digits.firstIndex(of: scalar))
            if digit >= 32 { value |= (digit - 32) << shift; shift += 5; continue }
            result.append(value | digit << shift)
            value = 0
            shift = 0
        }
        return result
    }

    /// Weight of `term` per document URL, decoded from the gap-encoded postings.
    func weights(of term: String) throws -> [String: Int] {
        let list = try Self.numbers(try #require(postings[term], "no postings for \(term)"))
        var result: [String: Int] = [:]
        var id = 0
        for pair in stride(from: 0, to: list.count, by: 2) {
            id += list[pair]
            result[try #require(docs[id][0] as? String)] = list[pair + 1]
        }
        return result
    }

    /// The vocabulary decoded as search.js does: terms, their info digit and their written form.
    func vocabulary() throws -> [(term: String, info: Int, form: String)] {
        let terms = try #require(entry["terms"] as? String), info = try #require(entry["info"] as? String)
        let forms = try #require(entry["forms"] as? String).split(separator: ",", omittingEmptySubsequences: false)
        var result: [(String, Int, String)] = []
        var previous: [UInt16] = []
        let digits = SearchIndex.digits
        for (index, entry) in terms.split(separator: ",").enumerated() {
            let shared = try #require(digits.firstIndex(of: entry.unicodeScalars.first!))
            let units = Array(previous.prefix(shared)) + Array(String(entry.unicodeScalars.dropFirst()).utf16)
            previous = units
            let term = String(decoding: units, as: UTF16.self)
            let infoDigit = try #require(digits.firstIndex(of: Array(info.unicodeScalars)[index]))
            var form = term
            let written = forms[index]
            if let drop = written.unicodeScalars.first.flatMap({ digits.firstIndex(of: $0) }) {
                form = String(decoding: Array(units.dropLast(drop)) + Array(String(written.unicodeScalars.dropFirst()).utf16), as: UTF16.self)
            }
            result.append((term, infoDigit, form))
        }
        return result
    }
}
