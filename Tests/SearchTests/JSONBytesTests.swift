import Testing
@testable import Search

/// JSONBytes replaced an escaper that appended to a String scalar by scalar; the index must not change by a
/// byte, so it is checked against that escaper (kept here as the reference) on strings that hit every rule.
struct JSONBytesTests {
    /// The escaper as it was before JSONBytes.
    static func reference(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
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

    static let tricky: [String] = [
        "", "plain ascii", "Quote \" back\\slash", "</script><b>", "tab\tnew\nline\r\nend",
        "\u{0}\u{1}\u{8}\u{b}\u{c}\u{1b}\u{1f} \u{7f}", "line\u{2028}para\u{2029}", "\u{2028}\u{2029}",
        // Scalars whose UTF-8 starts with E2 like U+2028, but that are left as they are.
        "… – — “quote” ‘x’ € \u{2027}\u{202A}\u{202F}\u{2000}",
        "Één café, geëmancipeerd naïef ĳs ß Ærø", "emoji 👩🏽‍💻 and 𝄞", "e\u{301} combining", "<<<\"\"\\\\",
        "ends with E2 scalar …", String(repeating: "lang ", count: 500) + "<einde>",
    ]

    @Test(arguments: tricky)
    func escapesLikeTheScalarEscaper(string: String) {
        var bytes: [UInt8] = []
        JSONBytes.appendString(string, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == Self.reference(string))
    }

    @Test func appendsAfterWhatIsThere() {
        var bytes = Array("[1,".utf8)
        JSONBytes.appendString("a<b", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "[1,\"a\\u003cb\"")
    }

    /// The byte path for ASCII summaries must cut exactly where the String path (`shortened`) cuts.
    @Test(arguments: [
        "", "   ", "kort", "  spaties   rondom  ", "regels\r\nmet\r\nCRLF\tand\u{b}tabs\u{c}", "\u{1c}\u{1f} controls",
        String(repeating: "woord ", count: 100), String(repeating: "x", count: 200), String(repeating: "x", count: 201),
        String(repeating: "x", count: 199) + " y", String(repeating: "ab ", count: 66) + "abc",
        String(repeating: "a\r\n", count: 150),
        String(repeating: "é ", count: 150), "Café " + String(repeating: "woord ", count: 50),
    ])
    func shortensAsciiSummariesLikeTheStringPath(summary: String) {
        var bytes: [UInt8] = []
        SearchIndex.appendShortened(summary, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == Self.reference(SearchIndex.shortened(summary)))
    }
}
