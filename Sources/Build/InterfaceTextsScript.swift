import Foundation
import Search
import SiteModel

/// The interface texts of the theme's scripts (the `script` group of `texts/<language>.yml`: pop-ups,
/// quiz feedback, search, vragenlijst results and exports) as one script every page loads before
/// the theme's own, so the scripts speak the site's language without inline script (the
/// Content-Security-Policy forbids it). Published under a name with a hash of its bytes, like the
/// theme's files, as it changes only with the texts.
///
///     window.KENNISBANK_TEXTS = {"popup.close":"Sluiten","quiz.right":"Goed!",…};
enum InterfaceTextsScript {
    /// Its plain site path; the layout names the published one (`{{asset.assets.js.teksten_js}}`).
    static let path = "assets/js/teksten.js"
    /// The group of the texts the scripts read, left out of their keys; `words.` (the 'and' of a
    /// list) is shared with the templates and keeps its name.
    static let group = "script."
    static let shared = "words."

    /// The script's bytes for `texts`, keys sorted so the same texts give the same file.
    static func bytes(_ texts: InterfaceTexts) -> [UInt8] {
        var bytes = Array("window.KENNISBANK_TEXTS = {".utf8)
        let keys = texts.table.keys.filter { $0.hasPrefix(group) || $0.hasPrefix(shared) }.sorted()
        for (number, key) in keys.enumerated() {
            if number > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONBytes.appendString(key.hasPrefix(group) ? String(key.dropFirst(group.count)) : key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            JSONBytes.appendString(texts.table[key]!, to: &bytes)
        }
        bytes += Array("};\n".utf8)
        return bytes
    }
}
