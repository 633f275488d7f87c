import SiteModel

/// The header fields of a message or of one MIME part: unfolded, names compared without case.
struct MailHeaders {
    private(set) var fields: [(name: String, value: String)] = []

    /// Names of fields that only a mail message starts with; a text starting with any other
    /// 'Name: value' line ('Vragenlijst: ...') is a body.
    static let messageFields: Set<String> = ["from", "to", "subject", "date", "mime-version", "content-type", "message-id",
                                             "received", "return-path", "delivered-to", "reply-to", "cc", "x-mailer", "user-agent",
                                             "content-transfer-encoding", "thread-topic", "x-apple-base-url", "x-uniform-type-identifier"]

    /// Reads header lines from `lines` starting at `start`; returns the fields and the index of the
    /// first body line (after the blank line), or nil when the lines are no header block.
    static func read(_ lines: [[UInt8]], from start: Int, requireMessageField: Bool) -> (MailHeaders, Int)? {
        var headers = MailHeaders()
        var index = start
        var sawMessageField = false
        while index < lines.count {
            let line = lines[index]
            if line.isEmpty {
                guard !headers.fields.isEmpty, sawMessageField || !requireMessageField else { return nil }
                return (headers, index + 1)
            }
            if line.first == 0x20 || line.first == 0x09 {
                guard !headers.fields.isEmpty else { return nil }
                headers.fields[headers.fields.count - 1].value += " " + String(decoding: line, as: UTF8.self).trimmingWhitespaces()
            } else {
                guard let colon = line.firstIndex(of: 0x3A), colon > 0,
                      line[..<colon].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
                let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
                if messageFields.contains(name) { sawMessageField = true }
                headers.fields.append((name, String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingWhitespaces()))
            }
            index += 1
        }
        return nil
    }

    /// The value of the first field called `name`.
    func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// `Content-Type`: the lowercase media type and its parameters (names lowercased, quotes removed);
    /// `text/plain` when absent, as RFC 2045 says.
    var contentType: (type: String, parameters: [String: String]) {
        guard let raw = value("content-type") else { return ("text/plain", [:]) }
        var parts = Self.splitParameters(raw)
        let type = parts.removeFirst().trimmingWhitespaces().lowercased()
        var parameters: [String: String] = [:]
        for part in parts {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let name = String(part[..<equals]).trimmingWhitespaces().lowercased()
            var value = String(part[part.index(after: equals)...]).trimmingWhitespaces()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            parameters[name] = value
        }
        return (type, parameters)
    }

    /// Splits at `;` outside quotes.
    private static func splitParameters(_ text: String) -> [String] {
        var parts: [String] = [""]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted { parts.append("") } else { parts[parts.count - 1].append(character) }
        }
        return parts
    }
}
