import SiteModel

extension TemplateParser {
    /// Tags naming an interface text start with this: `{{t.quiz.check}}`.
    static let textPrefix = "t."

    /// The nodes of the interface text `key`: its words as template text, HTML-escaped once here, and
    /// each `{name}` in it as the variable `{{name}}`, filled from the context when the page renders.
    /// So a translated template costs nothing per page, and a text cannot add markup.
    /// An unknown key is an error at the tag.
    func textNodes(_ key: String, at location: SourceLocation) throws(Diagnostic) -> [TemplateNode] {
        guard let text = texts?[key] else {
            let known = (texts ?? [:]).keys.filter { !$0.hasSuffix(".one") && !$0.hasSuffix(".other") }.sorted()
            throw Diagnostic.error(location, .textUnknown(key), hint: .textUnknownHint(),
                                   fix: Suggestion.closest(to: key, in: known).map { Fix(replacing: key, with: $0) })
        }
        var nodes: [TemplateNode] = []
        var words = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                words += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            words += rest[..<open]
            if !words.isEmpty { nodes.append(.text(Self.escaped(words))) }
            words = ""
            nodes.append(.variable(TemplateName(name), escaped: true))
            rest = rest[rest.index(after: close)...]
        }
        words += rest
        if !words.isEmpty { nodes.append(.text(Self.escaped(words))) }
        return nodes
    }

    /// `&`, `<`, `>` and `"` escaped: enough for text and for a double-quoted attribute, while an
    /// apostrophe stays as the theme's authors typed it ('Controleer').
    static func escaped(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            default: bytes.append(byte)
            }
        }
        return bytes
    }
}
