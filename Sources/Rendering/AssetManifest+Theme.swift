import Foundation
import Output
import SiteModel
import Theme

extension AssetManifest {
    /// The manifest of a theme's CSS and JavaScript (`assets/...` in the site), each hashed from
    /// its file unless `hashesNames` is false.
    package static func forTheme(_ theme: Theme, hashesNames: Bool) throws -> AssetManifest {
        var manifest = AssetManifest(hashesNames: hashesNames)
        for asset in theme.assets where isHashed(asset.path) {
            try manifest.add("assets/" + asset.path) { [UInt8](try asset.source.read()) }
        }
        return manifest
    }
}
