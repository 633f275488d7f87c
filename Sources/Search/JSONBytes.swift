/// Writes JSON string literals as UTF-8 into a byte buffer, escaped so the index stays a valid script.
///
/// Works on bytes and copies runs that need no escaping in one go: the index holds megabytes of titles
/// and summaries, and appending them to a String scalar by scalar was a visible part of a large build.
public enum JSONBytes {
    /// Appends `string` as a JSON string literal. Escapes `"`, `\`, control characters, '<' (keeps a stray
    /// "</script>" inert if the index is ever inlined) and U+2028/U+2029 (they end a line in older
    /// JavaScript); everything else, non-ASCII included, is copied as UTF-8.
    public static func appendString(_ string: String, to out: inout [UInt8]) {
        SearchTokenizer.withUTF8(of: string) { appendString(utf8: $0, to: &out) }
    }

    /// The same for text that is already UTF-8.
    public static func appendString(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var run = 0  // start of the bytes not yet copied
        var i = 0
        func copyRun() {
            if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i])) }
        }
        while i < text.count {
            let byte = text[i]
            if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x3C && byte != 0xE2 {
                i += 1
                continue
            }
            if byte == 0xE2 {
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other scalars starting with E2 pass.
                if i + 2 < text.count && text[i + 1] == 0x80 && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9) {
                    copyRun()
                    out.append(contentsOf: text[i + 2] == 0xA8 ? Self.lineSeparator : Self.paragraphSeparator)
                    i += 3
                    run = i
                } else {
                    i += 1
                }
                continue
            }
            copyRun()
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])  // \"
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])  // \\
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])  // \n
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])  // \r
            case 0x09: out.append(contentsOf: [0x5C, 0x74])  // \t
            default:   // '<' and the other control characters: \u00xx, lowercase hex
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0x0F)])
            }
            i += 1
            run = i
        }
        copyRun()
        out.append(0x22)
    }

    private static let lineSeparator = Array("\\u2028".utf8)
    private static let paragraphSeparator = Array("\\u2029".utf8)

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x61 + value - 10 }
}
