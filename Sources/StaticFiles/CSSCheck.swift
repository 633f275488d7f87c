import SiteModel

/// Finds addresses in CSS (a `<style>` element or a `style` attribute of an SVG image) that load
/// something from another site, or run or embed something: in `url(...)`, and in every quoted
/// string, which covers `@import "..."` and `image-set("...")`. CSS escapes (`u\72l(`) and
/// comments are taken out first, as a browser reads them.
enum CSSCheck {
    /// What is wrong with the first such address, as the end of a sentence; nil when nothing is.
    static func problem(in css: String) -> Phrase? {
        let text = decoded(css)
        for address in addresses(in: text) {
            if let problem = SVGCheck.addressProblem(address) { return problem }
            let normalized = URLSafety.normalized(address)
            if normalized.contains("javascript:") || normalized.contains("vbscript:") {
                return .svgScriptAddress(SVGCheck.shown(address))
            }
        }
        return nil
    }

    /// The targets of `url(...)` and the contents of quoted strings.
    static func addresses(in text: String) -> [String] {
        var result: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" || scalar == "'" {
                var end = index + 1
                while end < scalars.count && scalars[end] != scalar { end += 1 }
                result.append(String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)])))
                index = end + 1
            } else if index + 4 <= scalars.count, String(String.UnicodeScalarView(scalars[index..<index + 4])).lowercased() == "url(" {
                var start = index + 4
                while start < scalars.count && scalars[start].properties.isWhitespace { start += 1 }
                if start < scalars.count && (scalars[start] == "\"" || scalars[start] == "'") {
                    index = start  // the quoted string is read on the next turn
                    continue
                }
                var end = start
                while end < scalars.count && scalars[end] != ")" { end += 1 }
                result.append(String(String.UnicodeScalarView(scalars[start..<end])))
                index = end + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// The CSS without comments and with escapes replaced by what they stand for.
    static func decoded(_ css: String) -> String {
        let scalars = Array(css.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "/", index + 1 < scalars.count, scalars[index + 1] == "*" {
                index += 2
                while index + 1 < scalars.count && !(scalars[index] == "*" && scalars[index + 1] == "/") { index += 1 }
                index += 2
            } else if scalar == "\\", index + 1 < scalars.count {
                var end = index + 1
                var value: UInt32 = 0
                while end < scalars.count, end - index <= 6, let digit = hexValue(scalars[end]) {
                    value = value * 16 + digit
                    end += 1
                }
                if end > index + 1 {
                    if end < scalars.count && scalars[end].properties.isWhitespace { end += 1 }
                    out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                    index = end
                } else {
                    out.append(scalars[index + 1])
                    index += 2
                }
            } else {
                out.append(scalar)
                index += 1
            }
        }
        return String(out)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }
}
