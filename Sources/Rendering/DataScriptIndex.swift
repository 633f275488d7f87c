import Foundation
import Output
import SiteModel

/// Where the scripts the build makes from the content are published: the search index's entry
/// and the glossary's definitions, by plain path, in one small script with a fixed name that a
/// page loads (bypassing caches) the first time its reader searches or opens a pop-up:
///
///     window.KENNISBANK_DATA = {"assets/definities.js":"assets/definities.1b2c3d4e.js","search-index.js":"search-index.3f9a1c2e.js"};
///
/// Pages do not name these scripts themselves. With content-hashed names every edit of a page's
/// text renames the search index, so every page would change with it: a rebuild after a one-word
/// edit would write the whole site again, and a deploy by rsync or object-store sync would send
/// all of it. Pages name only the theme's files, which change with the theme.
package enum DataScriptIndex {
    /// Its site path, the same in every build.
    package static let path = "assets/data.js"

    /// The script for `names` (plain -> published paths of the data scripts).
    package static func make(_ names: AssetManifest) -> OutputFile {
        OutputFile(path: path, data: Data(("window.KENNISBANK_DATA = " + names.scriptsJSON + ";\n").utf8))
    }
}
