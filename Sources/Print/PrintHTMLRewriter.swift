import SiteModel

/// Rewrites the HTML of one page (or one quiz text) for its place in a print edition, where many
/// pages share one document: ids get the part's prefix so they stay unique, headings move down to
/// the part's level, links to pages in the edition become references to their part (with its
/// number, which a reader on paper can find), links elsewhere point at the site and say where,
/// external links show their URL, and glossary links become plain terms.
///
/// It reads the HTML that cmark-gfm and the theme write (attributes in quotes, `>` escaped inside
/// values); anything else, such as raw HTML a site lets through with `unsafe`, passes unchanged.
struct PrintHTMLRewriter: Sendable {
    /// Where a page of the site is in the edition.
    struct Part: Sendable {
        var anchor: String
        var number: String
    }

    /// Site file of a page (`definities/racisme/index.html`) -> its part in the edition.
    let parts: [String: Part]
    /// Term slug -> anchor of the term's part, for the terms the edition explains.
    let termAnchors: [String: String]
    /// The relative path from the print page to the site root. Both audiences' pages share the
    /// rewritten HTML, so the renderer passes `rootMarker` and puts each page's prefix in its place.
    let rootPrefix: String
    /// The site's address (ending in `/`), to write out links to pages the edition leaves out.
    let baseURL: String?
    /// Title of a page of the site by its output file, for links to pages the edition leaves out.
    let titles: [String: String]
    /// The site's interface texts: 'zie 3.2', 'in de Kennisbank: ...'.
    let texts: InterfaceTexts

    /// The separator between a part's anchor and the ids inside it. Anchors are `deel-` with digits
    /// and dashes, so two different parts can never produce the same id.
    static let idSeparator = "_"

    /// Stands for the root prefix in rewritten HTML: NUL, which cmark-gfm replaces in every text
    /// and which is removed from the titles the rewriter writes itself.
    static let rootMarker = "\u{0}"

    /// `html` from the page at `pageRoute`, with ids prefixed by `idPrefix` + `_` and headings
    /// moved down by `headingShift` levels (at most to h6).
    func rewrite(_ html: String, from pageRoute: Route, idPrefix: String, headingShift: Int) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        var rest = Substring(html)
        // What follows the `</a>` of the link being copied, and where its text started in `out`.
        var pendingLink: (after: String, closeAsSpan: Bool, textStart: Int, url: String?)?
        // Scans UTF-8 bytes (a print edition can hold a whole site) and parses only the tags that
        // change; most tags (p, li, strong, ...) are copied as they are.
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "<")) {
            out += rest[..<open]
            guard let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: ">")) else {
                out += rest[open...]
                rest = rest[rest.endIndex...]
                break
            }
            let source = rest[open...close]
            rest = rest[rest.utf8.index(after: close)...]
            if !Self.mayChange(source.utf8) {
                out += source
                continue
            }
            var tag = Tag(source)
            guard let name = tag.name else {
                out += tag.source
                continue
            }
            if tag.isClosing {
                if name == "a", let link = pendingLink {
                    pendingLink = nil
                    out += link.closeAsSpan ? "</span>" : "</a>"
                    var after = link.after
                    if let url = link.url {
                        // An autolink already shows its address.
                        let text = HTMLEscaping.text(of: String(decoding: out.utf8.dropFirst(link.textStart), as: UTF8.self))
                        if text != url && "mailto:" + text != url { after = Self.urlNote(url) }
                    }
                    out += after
                } else if let level = Self.headingLevel(name) {
                    out += "</h\(min(level + headingShift, 6))>"
                } else {
                    out += tag.source
                }
                continue
            }
            if let level = Self.headingLevel(name) { tag.rename("h\(min(level + headingShift, 6))") }
            if let id = tag.value(of: "id") { tag.set("id", idPrefix + Self.idSeparator + id) }
            if name == "img", let src = tag.value(of: "src"), let file = Self.siteFile(src, from: pageRoute) {
                tag.set("src", HTMLEscaping.escape(rootPrefix + file.path))
            }
            if name == "a" {
                let link = rewriteLink(&tag, from: pageRoute, idPrefix: idPrefix)
                out += tag.text
                if let link { pendingLink = (link.after, link.closeAsSpan, out.utf8.count, link.url) }
                continue
            }
            out += tag.text
        }
        out += rest
        return out
    }

    /// The slug of the term a term link points to: the folder of its page,
    /// `.../begrippen/<slug>/index.html` (the same rule as the pop-up script's).
    static func termSlug(fromHref href: String?) -> String? {
        guard var path = href.map(HTMLEscaping.text(of:))?.split(separator: "#", maxSplits: 1).first.map(String.init) else { return nil }
        if path.hasSuffix("index.html") { path.removeLast("index.html".count) }
        let slug = path.split(separator: "/").last.map(String.init)
        return slug.flatMap { $0.removingPercentEncoding ?? $0 }
    }

    /// Changes a link's tag; returns what to write after its closing tag.
    private func rewriteLink(_ tag: inout Tag, from pageRoute: Route, idPrefix: String)
        -> (after: String, closeAsSpan: Bool, url: String?)? {
        if tag.value(of: "class") == "term-link", let slug = Self.termSlug(fromHref: tag.value(of: "href")) {
            // A glossary pop-up on paper: the term as plain text, linked to its explanation when
            // the edition has one.
            tag.set("class", "print-term")
            if let anchor = termAnchors[slug] {
                tag.set("href", "#" + anchor)
                return ("", false, nil)
            }
            tag.rename("span")
            tag.remove("href")
            return ("", true, nil)
        }
        guard let href = tag.value(of: "href").map(HTMLEscaping.text(of:)) else { return nil }
        if href.hasPrefix("#") {
            tag.set("href", HTMLEscaping.escape("#" + idPrefix + Self.idSeparator + href.dropFirst()))
            return nil
        }
        if Self.hasScheme(href) {
            return href.hasPrefix("http:") || href.hasPrefix("https:") || href.hasPrefix("mailto:") ? ("", false, href) : nil
        }
        guard let file = Self.siteFile(href, from: pageRoute) else { return nil }
        if let part = parts[file.path] {
            let target = file.fragment.map { part.anchor + Self.idSeparator + $0 } ?? part.anchor
            tag.set("href", HTMLEscaping.escape("#" + target))
            // The page number comes from the layout engine where it can count pages (print.css).
            return (" <span class=\"print-ref\">(\(HTMLEscaping.escape(texts.text("print.see", ["number": part.number])))<span class=\"print-page\" data-page=\"\(HTMLEscaping.escape(texts.text("print.page")))\" data-href=\"#\(HTMLEscaping.escape(part.anchor))\"></span>)</span>",
                    false, nil)
        }
        tag.set("href", HTMLEscaping.escape(rootPrefix + file.path + (file.fragment.map { "#" + $0 } ?? "")))
        if let baseURL {
            let page = file.path.hasSuffix("index.html") ? String(file.path.dropLast("index.html".count)) : file.path
            return ("", false, baseURL + page)
        }
        if let title = titles[file.path] {
            let shown = HTMLEscaping.escape(title).replacingOccurrences(of: Self.rootMarker, with: "")
            let words = HTMLEscaping.escape(texts.text("print.inSite", ["title": "\u{0}"])).replacingOccurrences(of: "\u{0}", with: shown)
            return (" <span class=\"print-ref\">(\(words))</span>", false, nil)
        }
        return nil
    }

    /// True for the tags `rewrite` may change: links, images, headings (opening and closing) and any
    /// tag with an `id`.
    private static func mayChange(_ tag: Substring.UTF8View) -> Bool {
        var bytes = tag.dropFirst()
        if bytes.first == UInt8(ascii: "/") { bytes = bytes.dropFirst() }
        guard let first = bytes.first else { return false }
        let second = bytes.dropFirst().first ?? 0
        let isName = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\n") }
        if first == UInt8(ascii: "a") && isName(second) { return true }
        if first == UInt8(ascii: "h") && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(second) { return true }
        if first == UInt8(ascii: "i") && second == UInt8(ascii: "m") { return true }
        // ` id=` anywhere in the tag.
        var previous: UInt8 = 0, index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "i"), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n") {
                let next = bytes.index(after: index)
                if next != bytes.endIndex, bytes[next] == UInt8(ascii: "d") {
                    let after = bytes.index(after: next)
                    if after != bytes.endIndex, bytes[after] == UInt8(ascii: "=") { return true }
                }
            }
            previous = byte
            index = bytes.index(after: index)
        }
        return false
    }

    static func urlNote(_ url: String) -> String {
        let shown = url.hasPrefix("mailto:") ? String(url.dropFirst("mailto:".count)) : url
        return " <span class=\"print-url\">(\(HTMLEscaping.escape(shown)))</span>"
    }

    private static func headingLevel(_ name: String) -> Int? {
        guard name.utf8.count == 2, name.hasPrefix("h"), let level = Int(name.dropFirst()), (1...6).contains(level) else { return nil }
        return level
    }

    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return url.hasPrefix("//") }
        return url[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// A relative URL from the page at `route`, as a path from the site root plus fragment; nil when
    /// it leaves the site.
    static func siteFile(_ url: String, from route: Route) -> (path: String, fragment: String?)? {
        guard !hasScheme(url), !url.hasPrefix("/") else { return nil }
        var path = Substring(url), fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = path[..<hash]
        }
        if let query = path.firstIndex(of: "?") { path = path[..<query] }
        var segments = route.path.isEmpty ? [] : route.path.split(separator: "/").map(String.init)
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "", ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        if path.isEmpty || path.hasSuffix("/") { segments.append("index.html") }
        return (segments.joined(separator: "/"), fragment.flatMap { $0.isEmpty ? nil : $0 })
    }
}

/// One tag as written, parsed just enough to read and change attributes.
private struct Tag {
    package let source: Substring
    package private(set) var name: String?
    let isClosing: Bool
    private var attributes: [(name: String, value: String?, quote: Character)] = []
    private var changed = false
    private var selfClosing = false

    package init(_ source: Substring) {
        self.source = source
        var inner = source.dropFirst().dropLast()
        isClosing = inner.hasPrefix("/")
        if isClosing { inner = inner.dropFirst() }
        guard let first = inner.first, first.isLetter else { return }
        let nameEnd = inner.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "/" } ?? inner.endIndex
        name = inner[..<nameEnd].lowercased()
        var rest = inner[nameEnd...]
        while true {
            rest = rest.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
            if rest.isEmpty { break }
            if rest == "/" { selfClosing = true; break }
            let end = rest.firstIndex { $0 == "=" || $0 == " " || $0 == "\n" || $0 == "\t" } ?? rest.endIndex
            let attribute = String(rest[..<end])
            rest = rest[end...]
            guard rest.first == "=" else {
                if attribute == "/" { selfClosing = true } else { attributes.append((attribute, nil, "\"")) }
                continue
            }
            rest = rest.dropFirst()
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let body = rest.dropFirst()
                guard let closing = body.firstIndex(of: quote) else { name = nil; return }
                attributes.append((attribute, String(body[..<closing]), quote))
                rest = body[body.index(after: closing)...]
            } else {
                let valueEnd = rest.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" } ?? rest.endIndex
                attributes.append((attribute, String(rest[..<valueEnd]), "\""))
                rest = rest[valueEnd...]
            }
        }
    }

    /// The attribute's value as written (still HTML-escaped).
    package func value(of attribute: String) -> String? {
        attributes.first { $0.name == attribute }?.value
    }

    /// Sets an attribute to an already escaped value.
    package mutating func set(_ attribute: String, _ value: String) {
        changed = true
        if let index = attributes.firstIndex(where: { $0.name == attribute }) {
            attributes[index].value = value
            attributes[index].quote = "\""
        } else {
            attributes.append((attribute, value, "\""))
        }
    }

    package mutating func remove(_ attribute: String) {
        changed = true
        attributes.removeAll { $0.name == attribute }
    }

    package mutating func rename(_ newName: String) {
        changed = true
        name = newName
    }

    /// The tag as it should be written.
    package var text: String {
        guard changed, let name else { return String(source) }
        var result = "<" + name
        for attribute in attributes {
            result += " " + attribute.name
            if let value = attribute.value { result += "=" + String(attribute.quote) + value + String(attribute.quote) }
        }
        return result + (selfClosing ? " />" : ">")
    }
}
