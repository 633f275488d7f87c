import Foundation
import SiteModel

/// The text of an HTML mail part, for a message that has no plain-text part: block ends and `<br>`
/// become line breaks, tags go, entities are decoded. Every line keeps the part's first line.
enum HTMLText {
    static func lines(_ html: [MailLine]) -> [MailLine] {
        let first = html.first?.line ?? 1
        // White space in HTML source is one space, as a browser shows it; `&nbsp;` (decoded last) stays.
        var text = html.map(\.text).joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" })
            .joined(separator: " ")
        for (pattern, end) in [("<head", "</head>"), ("<style", "</style>"), ("<script", "</script>")] {
            while let open = text.range(of: pattern, options: .caseInsensitive),
                  let close = text.range(of: end, options: .caseInsensitive, range: open.upperBound..<text.endIndex) {
                text.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "<", let close = text[index...].firstIndex(of: ">") {
                let tag = text[text.index(after: index)..<close].lowercased()
                let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\t" }).first.map(String.init) ?? ""
                if name == "br" || (tag.hasPrefix("/") && ["/p", "/div", "/li", "/tr", "/h1", "/h2", "/h3", "/h4", "/blockquote"].contains(tag.split(separator: " ").first.map(String.init) ?? "")) {
                    output += "\n"
                }
                index = text.index(after: close)
            } else {
                output.append(text[index])
                index = text.index(after: index)
            }
        }
        return output.split(separator: "\n", omittingEmptySubsequences: false).map {
            MailLine(decodeEntities(String($0).trimmingWhitespaces()), line: first)
        }
    }

    /// Decodes named entities a mail program writes and numeric ones; `&nbsp;` becomes a space.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                       "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "euro": "\u{20AC}"]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semi])
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    decoded = named[name]
                }
                if let decoded {
                    result += decoded == "\u{A0}" ? " " : decoded
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        return result + rest
    }
}
