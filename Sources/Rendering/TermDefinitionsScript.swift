import Foundation
import Glossary
import Search
import SiteModel

/// The short definitions of every term in one script, which a page loads the first time its
/// reader opens a glossary pop-up (a script, not `fetch()`, so that it also works from `file://`).
/// Pages carry only their term links and this file's URL: repeating the definitions in every page
/// made a site with a dense glossary five times as large.
///
/// It is published under a name with a hash of its bytes, which `assets/data.js` names (see
/// `DataScriptIndex`), so a page never meets definitions of another build, however long a browser
/// or a proxy keeps either.
///
///     window.KENNISBANK_DEFINITIONS = {"version":1,"terms":{"racisme":["Racisme","<em>…</em>"],…}};
package enum TermDefinitionsScript {
    /// Its plain site path; pages find the published one through the asset manifest.
    package static let path = "assets/definities.js"

    /// The script for `glossary`, with the definitions as the pop-ups show them (HTML without
    /// links, by slug); nil for a site without terms.
    package static func make(glossary: GlossaryIndex, definitions: [String: String]) -> OutputFile? {
        guard !glossary.terms.isEmpty else { return nil }
        var bytes = Array("window.KENNISBANK_DEFINITIONS = {\"version\":1,\"terms\":{".utf8)
        for (number, slug) in glossary.terms.keys.sorted().enumerated() {
            let term = glossary.terms[slug]!
            if number > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONBytes.appendString(slug, to: &bytes)
            bytes += Array(":[".utf8)
            JSONBytes.appendString(term.title, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            JSONBytes.appendString(definitions[slug] ?? HTMLEscaping.escape(term.definition), to: &bytes)
            bytes.append(UInt8(ascii: "]"))
        }
        bytes += Array("}};\n".utf8)
        return OutputFile(path: path, data: Data(bytes))
    }
}
