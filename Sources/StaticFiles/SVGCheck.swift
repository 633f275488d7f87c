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
            return [.error(SourceLocation(file: file, line: 1, column: 1), "the SVG image is saved as UTF-16",
                           hint: "save it as UTF-8 (plain SVG) in your drawing program")]
        }
        var found: [(offset: Int, message: String, hint: String)] = []
        var elements: [String] = []
        var sawRoot = false
        var entitiesDeclared = false
        do {
            try XMLScanner.scan(bytes) { event in
                guard found.count < maxProblems else { return }
                switch event {
                case .declaration(let encoding, let offset):
                    if let encoding, !isASCIICompatible(encoding) {
                        found.append((offset, "the SVG image declares the encoding '\(encoding)'", "save it as UTF-8 (plain SVG) in your drawing program"))
                    }
                case .doctype(let hasInternalSubset, let offset):
                    if hasInternalSubset {
                        entitiesDeclared = true
                        found.append((offset, "the DOCTYPE declares entities between '[' and ']>', which can make the file expand without end ('billion laughs')",
                                      "delete everything from '[' to ']' in <!DOCTYPE ...> (Illustrator: save as SVG without 'Preserve Illustrator Editing Capabilities')"))
                    }
                case .processingInstruction(let target, let offset):
                    if target.lowercased() == "xml-stylesheet" {
                        found.append((offset, "<?xml-stylesheet?> loads a stylesheet that can change the image or load other files",
                                      "remove it; put styles in a <style> element of the image"))
                    }
                case .start(let name, let attributes, let offset):
                    let local = localName(name)
                    if !sawRoot, local != "svg" {
                        found.append((offset, "the first element is <\(name)>, not <svg>: this is not an SVG image",
                                      "save the image as SVG in your drawing program"))
                    }
                    sawRoot = true
                    if let what = forbiddenElements[local] {
                        found.append((offset, "an SVG image on the site may not contain <\(name)>: it \(what)",
                                      "remove the <\(name)> element (in Inkscape: Edit > XML Editor), or export the image again as plain SVG"))
                    }
                    for attribute in attributes {
                        if let problem = check(attribute, in: local) { found.append((attribute.offset, problem.message, problem.hint)) }
                    }
                    elements.append(local)
                case .end:
                    elements.removeLast()
                case .text(let text, let offset):
                    if elements.last == "style", let problem = CSSCheck.problem(in: text) {
                        found.append((offset, "the <style> element \(problem)", "remove that part of the style, or use a file of the site"))
                    }
                }
            }
        } catch {
            // After an internal subset the rest may be read wrongly; that error is the one to fix.
            if !entitiesDeclared {
                found.append((error.offset, "the SVG image is not well-formed XML: \(error.message)",
                               "a browser shows an error instead of this image; open it in a drawing program and save it again as plain SVG"))
            }
        }
        return found.prefix(maxProblems).map { item in
            let (line, column) = positions.position(of: item.offset)
            return .error(SourceLocation(file: file, line: line, column: column), item.message, hint: item.hint)
        }
    }

    /// Elements that run script or embed another document, lower-cased, with what they do.
    static let forbiddenElements: [String: String] = [
        "script": "runs script when the image is opened",
        "handler": "runs script (SVG Tiny event handler)",
        "listener": "attaches script to events",
        "foreignobject": "puts HTML inside the image, with forms, frames and script",
        "iframe": "loads another page inside the image",
        "frame": "loads another page inside the image",
        "frameset": "loads other pages inside the image",
        "embed": "embeds another document or plug-in",
        "object": "embeds another document or plug-in",
        "applet": "embeds a plug-in",
        "portal": "loads another page inside the image",
        "meta": "can send the reader to another address",
        "base": "changes where every address in the image leads",
        "link": "loads another file into the image",
        "form": "sends what a reader types to an address",
    ]

    /// The problem with one attribute, if any.
    private static func check(_ attribute: XMLScanner.Attribute, in element: String) -> (message: String, hint: String)? {
        let name = attribute.name
        if name == "xmlns" || name.hasPrefix("xmlns:") { return nil }  // namespace names are not addresses
        let local = localName(name)
        let value = attribute.value
        if local.hasPrefix("on") || local == "handler" {
            // on...: event handlers; handler: XML Events, which points at script to run on an event.
            return ("the attribute '\(name)' runs script when the image is opened", "remove the attribute '\(name)' from the image")
        }
        let normalized = URLSafety.normalized(value)
        if normalized.contains("javascript:") || normalized.contains("vbscript:") {
            return ("the attribute '\(name)' holds a script address ('\(shown(value))')", "remove the attribute, or give it an ordinary address")
        }
        if ["set", "animate", "animatecolor", "animatemotion", "animatetransform"].contains(element), local == "attributename" {
            let target = localName(value.trimmingCharacters(in: .whitespaces))
            if target == "href" || target.hasPrefix("on") {
                return ("<\(element)> changes '\(value)' while the image runs, which can turn it into a script",
                        "remove the <\(element)> element, or animate another attribute")
            }
        }
        if local == "href" || local == "src" || name == "xml:base" {
            if let problem = addressProblem(value) { return ("the attribute '\(name)' \(problem)", addressHint) }
        } else if normalized.hasPrefix("data:") || normalized.hasPrefix("file:"), let problem = addressProblem(value) {
            // Any attribute can be read as an address by some viewer; web addresses elsewhere are
            // metadata (Inkscape's licence links), so only these schemes count there.
            return ("the attribute '\(name)' \(problem)", addressHint)
        }
        if local == "style" || normalized.contains("url(") {
            if let problem = CSSCheck.problem(in: value) { return ("the attribute '\(name)' \(problem)", addressHint) }
        }
        return nil
    }

    static let addressHint = "put the file in content/ and refer to it by a relative path, or remove the reference"

    /// What is wrong with an address in an image: script, another site, an embedded document.
    static func addressProblem(_ address: String) -> String? {
        if URLSafety.isExternal(address) {
            return "refers to another site ('\(shown(address))'); an image on the site may only use the site's own files"
        }
        if URLSafety.isDangerous(address, isImage: true) {
            if URLSafety.normalized(address).hasPrefix("data:") {
                return "holds a data: address that is not a PNG, JPEG, GIF or WebP image ('\(shown(address))')"
            }
            return "refers to a file on this computer or to script ('\(shown(address))')"
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
