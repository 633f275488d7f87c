/// Escaping for text placed into HTML or XML by code (templates escape on their own).
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`. Works on UTF-8 bytes and returns the string itself when
    /// nothing needs escaping, which is the common case for URLs, ids and slugs.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: Array("&amp;".utf8))
            case 0x3C: bytes.append(contentsOf: Array("&lt;".utf8))
            case 0x3E: bytes.append(contentsOf: Array("&gt;".utf8))
            case 0x22: bytes.append(contentsOf: Array("&quot;".utf8))
            case 0x27: bytes.append(contentsOf: Array("&#39;".utf8))
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of an HTML fragment: tags dropped, the five basic entities decoded.
    public static func text(of html: String) -> String {
        var result = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { result.append(character) }
        }
        return result.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
