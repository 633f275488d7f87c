import Foundation
import Search
import SiteModel

/// The interface texts of the theme's scripts (the `script` group of `texts/<language>.yml`: pop-ups,
/// search, quiz feedback, vragenlijst results, download notices) as scripts the layout loads before
/// the theme's own, so the scripts speak the site's language without inline script (the
/// Content-Security-Policy forbids it). Published under names with a hash of their bytes, like the
/// theme's files, as they change only with the texts.
///
/// Every page loads what every page uses (pop-ups, search); quiz and vragenlijst pages also load
/// their own texts, so an ordinary page stays within the scripts budget of search on demand
/// (Tests/Browser/search_parts.py). A new group of script texts needs a place in `files`.
///
///     window.KENNISBANK_TEXTS = Object.assign(window.KENNISBANK_TEXTS || {}, {"popup.close":"Sluiten",…});
package enum InterfaceTextsScript {
    /// One texts script: its plain site path (the layout names the published one,
    /// `{{asset.assets.js.teksten_js}}`) and the key prefixes it carries.
    package struct File: Sendable {
        package let path: String
        let prefixes: [String]
    }

    package static let files = [
        File(path: "assets/js/teksten.js", prefixes: ["script.popup.", "script.search.", "words."]),
        File(path: "assets/js/teksten-toets.js", prefixes: ["script.quiz.", "script.download."]),
        File(path: "assets/js/teksten-vragenlijst.js", prefixes: ["script.questionnaire.", "script.download."]),
    ]
    /// Left out of the scripts' keys (`script.quiz.right` is `quiz.right`); `words.` (the 'and' of
    /// a list) is shared with the templates and keeps its name.
    package static let group = "script."

    /// The bytes of `file` for `texts`, keys sorted so the same texts give the same file.
    package static func bytes(_ texts: InterfaceTexts, _ file: File) -> [UInt8] {
        var bytes = Array("window.KENNISBANK_TEXTS = Object.assign(window.KENNISBANK_TEXTS || {}, {".utf8)
        let keys = texts.table.keys.filter { key in file.prefixes.contains { key.hasPrefix($0) } }.sorted()
        for (number, key) in keys.enumerated() {
            if number > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONBytes.appendString(key.hasPrefix(group) ? String(key.dropFirst(group.count)) : key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            JSONBytes.appendString(texts.table[key]!, to: &bytes)
        }
        bytes += Array("});\n".utf8)
        return bytes
    }
}
