import Foundation

/// The text of a mailed answer as lines: a `.txt` as it is, or a saved message (`.eml`, or a
/// `.txt` that starts with mail headers) decoded the way mail programs write it: MIME parts
/// (the plain-text part preferred over HTML), quoted-printable or base64, the charset of the part,
/// and `format=flowed` lines joined again. Each line keeps the line of the file where it starts.
enum MailText {
    /// Lines nested deeper than this in MIME parts are not followed: real messages nest two or three.
    static let maxDepth = 8

    /// The decoded lines, or nil when a message's body cannot be decoded.
    static func lines(of bytes: [UInt8]) -> [MailLine]? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let raw = rawLines(body)
        if let (headers, start) = MailHeaders.read(raw.map(\.bytes), from: 0, requireMessageField: true) {
            return part(headers, raw[start...], depth: 0)
        }
        return charsetLines(raw.map { ($0.bytes, $0.line) }, charset: nil)
    }

    /// Lines split at LF with a CR before it removed, numbered from 1.
    static func rawLines(_ bytes: [UInt8]) -> [(bytes: [UInt8], line: Int)] {
        var lines: [(bytes: [UInt8], line: Int)] = []
        var current: [UInt8] = []
        for byte in bytes {
            if byte == 0x0A {
                if current.last == 0x0D { current.removeLast() }
                lines.append((current, lines.count + 1))
                current = []
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { lines.append((current, lines.count + 1)) }
        return lines
    }

    /// The text of one MIME part: plain text first, else HTML, searched depth-first.
    private static func part(_ headers: MailHeaders, _ body: ArraySlice<(bytes: [UInt8], line: Int)>, depth: Int) -> [MailLine]? {
        guard depth < maxDepth else { return nil }
        let (type, parameters) = headers.contentType
        if type.hasPrefix("multipart/") {
            guard let boundary = parameters["boundary"], !boundary.isEmpty else { return nil }
            let parts = split(body, boundary: boundary)
            var found: [MailLine]?
            for wanted in ["text/plain", "text/html", ""] {
                for item in parts {
                    let (partHeaders, start) = partHeaders(item)
                    let partType = partHeaders.contentType.type
                    guard wanted.isEmpty ? partType.hasPrefix("multipart/") || partType == "message/rfc822" : partType == wanted else { continue }
                    if partHeaders.value("content-disposition")?.lowercased().hasPrefix("attachment") == true && wanted != "" { continue }
                    if let lines = part(partHeaders, item[start...], depth: depth + 1) { found = lines; break }
                }
                if found != nil { break }
            }
            return found
        }
        if type == "message/rfc822" {
            let raw = Array(body)
            guard let (inner, start) = MailHeaders.read(raw.map(\.bytes), from: 0, requireMessageField: false) else { return nil }
            return part(inner, raw[start...], depth: depth + 1)
        }
        guard type == "text/plain" || type == "text/html" else { return nil }
        guard var lines = decodeTransfer(headers.value("content-transfer-encoding")?.lowercased() ?? "7bit", body) else { return nil }
        lines = lines.flatMap { line in
            splitBytes(line.bytes).map { ($0, line.line) }
        }
        guard var text = charsetLines(lines, charset: parameters["charset"]) else { return nil }
        if type == "text/html" {
            text = HTMLText.lines(text)
        } else if parameters["format"]?.lowercased() == "flowed" {
            text = FlowedText.unflow(text, deleteSpace: parameters["delsp"]?.lowercased() == "yes")
        }
        return text
    }

    /// The headers of a part and where its body starts (a part may have no headers at all).
    private static func partHeaders(_ item: ArraySlice<(bytes: [UInt8], line: Int)>) -> (MailHeaders, Int) {
        if let first = item.first, first.bytes.isEmpty { return (MailHeaders(), item.startIndex + 1) }
        if let (headers, start) = MailHeaders.read(item.map(\.bytes), from: 0, requireMessageField: false) {
            return (headers, item.startIndex + start)
        }
        return (MailHeaders(), item.startIndex)
    }

    /// The parts between `--boundary` lines, up to `--boundary--`.
    private static func split(_ body: ArraySlice<(bytes: [UInt8], line: Int)>, boundary: String) -> [ArraySlice<(bytes: [UInt8], line: Int)>] {
        let open = Array(("--" + boundary).utf8)
        let close = open + [0x2D, 0x2D]
        func trimmed(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
            var end = bytes.count
            while end > 0 && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
            return bytes[..<end]
        }
        var parts: [ArraySlice<(bytes: [UInt8], line: Int)>] = []
        var start: Int?
        for index in body.indices {
            let line = trimmed(body[index].bytes)
            if line.elementsEqual(open) || line.elementsEqual(close) {
                if let start { parts.append(body[start..<index]) }
                start = line.elementsEqual(close) ? nil : index + 1
                if line.elementsEqual(close) { break }
            }
        }
        if let start, start < body.endIndex { parts.append(body[start..<body.endIndex]) }
        return parts
    }

    /// Undoes the transfer encoding; quoted-printable soft breaks join lines.
    private static func decodeTransfer(_ encoding: String, _ body: ArraySlice<(bytes: [UInt8], line: Int)>) -> [(bytes: [UInt8], line: Int)]? {
        switch encoding {
        case "quoted-printable":
            return QuotedPrintable.decode(Array(body))
        case "base64":
            let text = body.flatMap(\.bytes).filter { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A) }
            guard let data = Data(base64Encoded: Data(text), options: [.ignoreUnknownCharacters]) else { return nil }
            return [([UInt8](data), body.first?.line ?? 1)]
        default:
            return Array(body)
        }
    }

    /// Splits decoded bytes at line breaks (an encoded part can hold several lines).
    private static func splitBytes(_ bytes: [UInt8]) -> [[UInt8]] {
        guard bytes.contains(0x0A) || bytes.contains(0x0D) else { return [bytes] }
        return rawLines(bytes).map(\.bytes)
    }

    /// Decodes each line in `charset` (UTF-8 when unnamed; Latin-1 and Windows-1252 as mail
    /// programs in Western Europe name them). Invalid UTF-8 in a file without a charset is read
    /// as Windows-1252, as old mail programs saved it.
    static func charsetLines(_ lines: [(bytes: [UInt8], line: Int)], charset: String?) -> [MailLine]? {
        let name = charset?.lowercased() ?? ""
        let encoding: String.Encoding
        switch name {
        case "", "utf-8", "utf8", "us-ascii", "ascii": encoding = .utf8
        case "iso-8859-1", "latin1", "iso-8859-15", "latin-1": encoding = .isoLatin1
        case "windows-1252", "cp1252": encoding = .windowsCP1252
        default: encoding = .utf8
        }
        if encoding == .utf8, lines.allSatisfy({ String(validating: $0.bytes, as: UTF8.self) != nil }) {
            return lines.map { MailLine(String(decoding: $0.bytes, as: UTF8.self), line: $0.line) }
        }
        let fallback: String.Encoding = encoding == .utf8 ? .windowsCP1252 : encoding
        var result: [MailLine] = []
        for line in lines {
            guard let text = String(data: Data(line.bytes), encoding: fallback) ?? String(data: Data(line.bytes), encoding: .isoLatin1) else { return nil }
            result.append(MailLine(text, line: line.line))
        }
        return result
    }
}
