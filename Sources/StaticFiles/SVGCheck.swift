import Foundation
import SiteModel

/// Checks an SVG image before it is published (unless the site sets `unsafe: true`): an SVG opened
/// on its own is a document in the site's origin, so script in it could read what the site keeps in
/// the browser (quiz and vragenlijst answers) and act as the site. Anything that runs script, loads
/// something from elsewhere, or embeds other documents is an error at its line and column; the
/// file is not cleaned, so what is published is exactly what was committed, and the trainer sees
/// what is wrong (docs/FORMAT.md, 'Veiligheid').
public enum SVGCheck {
    /// Problems are reported up to this many per file; a hostile file could hold millions.
    static let maxProblems = 100

    /// Every problem in the SVG `data` of `file` (a root-relative path), in file order.
    public static func problems(in data: Data, file: String) -> [Diagnostic] {
        let bytes = [UInt8](data)
        let positions = LinePositions(bytes)
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0x00, 0x3C]) || bytes.starts(with: [0x3C, 0x00]) {
            return [.error(SourceLocation(file: file, line: 1, column: 1), .svgUTF16(), hint: .svgSaveAsUTF8Hint())]
        }
        var found: [(offset: Int, message: Message, hint: Message)] = []
        var elements: [String] = []
        var sawRoot = false
        var entitiesDeclared = false
        do {
            try XMLScanner.scan(bytes) { event in
                guard found.count < maxProblems else { return }
                switch event {
                case .declaration(let encoding, let offset):
                    if let encoding, !isASCIICompatible(encoding) {
                        found.append((offset, .svgEncoding(encoding), .svgSaveAsUTF8Hint()))
                    }
                case .doctype(let hasInternalSubset, let offset):
                    if hasInternalSubset {
                        entitiesDeclared = true
                        found.append((offset, .svgEntities(), .svgEntitiesHint()))
                    }
                case .processingInstruction(let target, let offset):
                    if target.lowercased() == "xml-stylesheet" {
                        found.append((offset, .svgStylesheet(), .svgStylesheetHint()))
                    }
                case .start(let name, let attributes, let offset):
                    let local = localName(name)
                    if !sawRoot, local != "svg" {
                        found.append((offset, .svgNotSVG(name), .svgNotSVGHint()))
                    }
                    sawRoot = true
                    if let what = forbiddenElements[local] {
                        found.append((offset, .svgForbiddenElement(name, does: what), .svgForbiddenElementHint(name)))
                    }
                    for attribute in attributes {
                        if let problem = check(attribute, in: local) { found.append((attribute.offset, problem.message, problem.hint)) }
                    }
                    elements.append(local)
                case .end:
                    elements.removeLast()
                case .text(let text, let offset):
                    if elements.last == "style", let problem = CSSCheck.problem(in: text) {
                        found.append((offset, .svgStyleElement(problem), .svgStyleElementHint()))
                    }
                }
            }
        } catch {
            // After an internal subset the rest may be read wrongly; that error is the one to fix.
            if !entitiesDeclared {
                found.append((error.offset, .svgNotWellFormed(error.message), .svgNotWellFormedHint()))
            }
        }
        return found.prefix(maxProblems).map { item in
            let (line, column) = positions.position(of: item.offset)
            return .error(SourceLocation(file: file, line: line, column: column), item.message, hint: item.hint)
        }
    }

    /// Elements that run script or embed another document, lower-cased, with what they do.
    static let forbiddenElements: [String: Phrase] = [
        "script": .svgRunsScript,
        "handler": .svgRunsHandler,
        "listener": .svgAttachesScript,
        "foreignobject": .svgPutsHTML,
        "iframe": .svgLoadsPage,
        "frame": .svgLoadsPage,
        "frameset": .svgLoadsPages,
        "embed": .svgEmbedsDocument,
        "object": .svgEmbedsDocument,
        "applet": .svgEmbedsPlugin,
        "portal": .svgLoadsPage,
        "meta": .svgRedirects,
        "base": .svgChangesBase,
        "link": .svgLoadsFile,
        "form": .svgSendsForm,
    ]

    /// The problem with one attribute, if any.
    private static func check(_ attribute: XMLScanner.Attribute, in element: String) -> (message: Message, hint: Message)? {
        let name = attribute.name
        if name == "xmlns" || name.hasPrefix("xmlns:") { return nil }  // namespace names are not addresses
        let local = localName(name)
        let value = attribute.value
        if local.hasPrefix("on") || local == "handler" {
            // on...: event handlers; handler: XML Events, which points at script to run on an event.
            return (.svgEventAttribute(name), .svgRemoveAttributeHint(name))
        }
        let normalized = URLSafety.normalized(value)
        if normalized.contains("javascript:") || normalized.contains("vbscript:") {
            return (.svgAttribute(name, .svgScriptAddress(shown(value))), .svgScriptAttributeHint())
        }
        if ["set", "animate", "animatecolor", "animatemotion", "animatetransform"].contains(element), local == "attributename" {
            let target = localName(value.trimmingCharacters(in: .whitespaces))
            if target == "href" || target.hasPrefix("on") {
                return (.svgAnimatesScript(element, value: value), .svgAnimatesScriptHint(element))
            }
        }
        if local == "href" || local == "src" || name == "xml:base" {
            if let problem = addressProblem(value) { return (.svgAttribute(name, problem), .svgAddressHint()) }
        } else if normalized.hasPrefix("data:") || normalized.hasPrefix("file:"), let problem = addressProblem(value) {
            // Any attribute can be read as an address by some viewer; web addresses elsewhere are
            // metadata (Inkscape's licence links), so only these schemes count there.
            return (.svgAttribute(name, problem), .svgAddressHint())
        }
        if local == "style" || normalized.contains("url(") {
            if let problem = CSSCheck.problem(in: value) { return (.svgAttribute(name, problem), .svgAddressHint()) }
        }
        return nil
    }

    /// What is wrong with an address in an image: script, another site, an embedded document.
    static func addressProblem(_ address: String) -> Phrase? {
        if URLSafety.isExternal(address) {
            return .svgOtherSite(shown(address))
        }
        if URLSafety.isDangerous(address, isImage: true) {
            if URLSafety.normalized(address).hasPrefix("data:") {
                return .svgDataNotImage(shown(address))
            }
            return .svgLocalOrScript(shown(address))
        }
        return nil
    }

    /// The part of a qualified name after its prefix, lower-cased (`xlink:href` gives `href`).
    static func localName(_ name: String) -> String {
        (name.split(separator: ":").last.map(String.init) ?? name).lowercased()
    }

    /// A value as quoted in a message: control characters as spaces, at most 60 characters.
    static func shown(_ text: String) -> String {
        let line = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }

    private static func isASCIICompatible(_ encoding: String) -> Bool {
        let name = encoding.lowercased()
        return ["utf-8", "utf8", "us-ascii", "ascii", "latin1", "windows-1252"].contains(name) || name.hasPrefix("iso-8859-")
    }
}
