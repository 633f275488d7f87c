/// Escaping for text placed into XML by code (QTI packages): the five special characters, and the
/// characters XML 1.0 does not allow at all (control characters, U+FFFE, U+FFFF) left out, since a
/// trainer's text may contain them and one of them makes a whole file unreadable.
public enum XMLEscaping {
    /// `text` escaped for element content and attribute values in double quotes.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: result += "&amp;"
            case 0x3C: result += "&lt;"
            case 0x3E: result += "&gt;"
            case 0x22: result += "&quot;"
            case 0x27: result += "&apos;"
            case 0x09, 0x0A, 0x0D: result.unicodeScalars.append(scalar)
            case 0x00..<0x20, 0xFFFE, 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
